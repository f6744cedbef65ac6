"""Help → About: version, where the library and the log are, and every licence we ship under."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout

from gui import __version__
from gui.core.logs import setup_logging
from gui.core.paths import ServerPath, resources_dir
from gui.shared.i18n import QT_TRANSLATE_NOOP

# The libraries pizhu runs on, with their licences.
COMPONENTS = (
    ("Qt 6 / PySide6", "LGPL-3.0"),
    ("jieba", "MIT"),
    ("sqlite-utils", "Apache-2.0"),
    ("SQLite", QT_TRANSLATE_NOOP("AboutDialog", "public domain")),
    ("platformdirs", "MIT"),
    ("charset-normalizer", "MIT"),
    ("openpyxl", "MIT"),
)
SAMPLE = QT_TRANSLATE_NOOP(
    "AboutDialog", "seeds/: a page of 山西日报 (Shanxi Daily), 25 March 2022, bundled as sample text for trying pizhu."
)


def licence_text() -> str:
    """Plain text: pizhu's licence, its components, and the resources' own README tables."""
    translate = QCoreApplication.translate
    parts = [translate("AboutDialog", "pizhu — MIT licence"), "", translate("AboutDialog", "Runs on:")]
    parts += [f"  {name}: {translate('AboutDialog', licence)}" for name, licence in COMPONENTS]
    parts += ["", translate("AboutDialog", SAMPLE), ""]
    for readme in (resources_dir() / "README.md", resources_dir() / "lexicons" / "README.md"):
        if readme.exists():
            parts += [readme.read_text(encoding="utf-8").strip(), ""]
    return "\n".join(parts)


class AboutDialog(QDialog):
    def __init__(self, library_path: Path | ServerPath, parent: Any = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About pizhu"))
        title = QLabel(f"批注 pizhu {__version__}")
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        log_file = setup_logging()
        info = QLabel(
            self.tr("A reader and annotator for Chinese government news.")
            + "\n\n"
            + self.tr("Library: {path}").format(path=library_path)
            + "\n"
            + self.tr("Log: {path}").format(path=log_file or self.tr("none"))
        )
        info.setTextFormat(Qt.TextFormat.PlainText)
        info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.licences = QPlainTextEdit(licence_text())
        self.licences.setObjectName("licences")
        self.licences.setReadOnly(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(info)
        layout.addWidget(QLabel(self.tr("Licences of pizhu, its components and its bundled data:")))
        layout.addWidget(self.licences, 1)
        layout.addWidget(buttons)
        self.resize(720, 560)
