"""The filter bar's code filter on the real window: hidden without a codebook, "variable: value"
choices from it, and the list narrowed to the articles coded so."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

from gui.core.codebook import load_codebook
from gui.core.paths import resources_dir

EXAMPLE = resources_dir() / "codebooks" / "policy-documents.json"


def test_the_list_filters_by_a_code_chosen_in_the_filter_bar(qtbot, qapp, seeded_library, settings) -> None:
    from gui.shared.fonts import apply_cjk_font
    from gui.window.mainwindow import MainWindow

    library = seeded_library
    win = MainWindow(library, apply_cjk_font(qapp), settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    combo = win.findChild(QComboBox, "code_filter")
    assert combo is not None and not combo.isVisible()  # no codebook yet

    library.set_codebook(load_codebook(EXAMPLE))
    article_id = library.article_ids()[-1]
    library.set_code("article", article_id, "instrument", "需求型")
    win._refresh_choices()
    assert combo.isVisible()
    texts = [combo.itemText(i) for i in range(combo.count())]
    assert texts[0] == "Any code" and "Policy instrument: Demand-side" in texts and "Issuer level: County" in texts
    assert win.model.rowCount() == 3

    combo.setCurrentIndex(combo.findData("instrument=需求型"))
    combo.activated.emit(combo.currentIndex())
    qtbot.waitUntil(lambda: win.model.rowCount() == 1)
    assert win.current_article_id() == article_id or win.model.row_of(article_id) == 0

    win.filter_bar.reset()
    qtbot.waitUntil(lambda: win.model.rowCount() == 3)
