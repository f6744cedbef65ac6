"""Choosing a font that has Chinese glyphs, whatever the platform's default is.

Qt's default font on a bare Linux system has no CJK glyphs, and fallback is not
guaranteed (offscreen and minimal platforms draw boxes). We pick a CJK family
ourselves and put it first in the application font's family list.
"""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

log = logging.getLogger("pizhu.fonts")

PREFERRED_FAMILIES = (
    "Noto Sans CJK SC",
    "Noto Sans SC",
    "Source Han Sans SC",
    "Source Han Sans CN",
    "WenQuanYi Micro Hei",
    "WenQuanYi Zen Hei",
    "Microsoft YaHei UI",
    "Microsoft YaHei",
    "PingFang SC",
    "Hiragino Sans GB",
    "Heiti SC",
    "SimHei",
    "Noto Sans CJK TC",
    "Noto Serif CJK SC",
    "SimSun",
    "Droid Sans Fallback",
    "AR PL UMing CN",
)


def find_cjk_family() -> str | None:
    """The best installed family that can draw Simplified Chinese, or None."""
    families = QFontDatabase.families()
    available = set(families)
    for family in PREFERRED_FAMILIES:
        if family in available:
            return family
    for family in families:
        if QFontDatabase.WritingSystem.SimplifiedChinese in QFontDatabase.writingSystems(family):
            return family
    return None


def apply_cjk_font(app: QApplication) -> str | None:
    """Make the application font Chinese-capable; return the family, or None if there is none."""
    family = find_cjk_family()
    if family is None:
        log.warning("no font with Chinese glyphs found; install fonts-noto-cjk or fonts-wqy-microhei")
        return None
    font = QFont(app.font())
    font.setFamilies([family, *[f for f in font.families() if f != family]])
    app.setFont(font)
    log.info("using %s for Chinese text", family)
    return family
