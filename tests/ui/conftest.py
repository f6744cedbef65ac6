"""Fixtures for window tests: a library with known annotations and a window on it."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import ASTRAL, MEETING, PLAIN, meeting_annotations
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from gui.core.library import Library
from gui.core.model import Article
from gui.fonts import apply_cjk_font
from gui.mainwindow import MainWindow
from gui.settings import Settings


@pytest.fixture()
def settings(tmp_path: Path) -> Settings:
    return Settings(QSettings(str(tmp_path / "pizhu.ini"), QSettings.Format.IniFormat))


@pytest.fixture()
def annotated_library(library: Library) -> Library:
    meeting = Article(title="会议报道", body=MEETING, published="2022-03-25", annotations=meeting_annotations())
    astral = Article(title="生僻字", body=ASTRAL, published="2022-03-24")
    plain = Article(title="春耕", body=PLAIN, published="2022-03-23")
    library.import_articles([meeting, astral, plain])
    return library


@pytest.fixture()
def win(qtbot, qapp: QApplication, annotated_library: Library, settings: Settings) -> MainWindow:
    window = MainWindow(annotated_library, apply_cjk_font(qapp), settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window
