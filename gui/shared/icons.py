"""Toolbar icons: line drawings in resources/icons/actions, drawn in the palette's text colour.

The SVG files are black strokes; recolouring them at load time keeps them legible in
dark mode, and rendering at the screen's device pixel ratio keeps them sharp on
high-DPI screens.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from gui.core.paths import resources_dir

_SIZES = (16, 24, 32)


@lru_cache(maxsize=64)
def _icon(name: str, color: str, ratio: float) -> QIcon:
    path = resources_dir() / "icons" / "actions" / f"{name}.svg"
    if not path.exists():
        return QIcon()
    svg = path.read_text(encoding="utf-8").replace("#000000", color)
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    icon = QIcon()
    for size in _SIZES:
        pixmap = QPixmap(round(size * ratio), round(size * ratio))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        icon.addPixmap(pixmap)
    return icon


def icon(name: str) -> QIcon:
    """The named action icon in the current palette's text colour."""
    palette = QGuiApplication.palette()
    ratio = QGuiApplication.primaryScreen().devicePixelRatio() if QGuiApplication.primaryScreen() else 1.0
    return _icon(name, palette.color(QPalette.ColorRole.WindowText).name(), ratio)
