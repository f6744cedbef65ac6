"""The directive editor's issuer is linked to the words it comes from: Show selects them."""

from __future__ import annotations

from PySide6.QtCore import Qt


def test_show_selects_the_entity_the_issuer_comes_from(qtbot, qapp, seeded_library, settings) -> None:
    from gui.shared.fonts import apply_cjk_font
    from gui.window.mainwindow import MainWindow

    window = MainWindow(seeded_library, apply_cjk_font(qapp), settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    for row in range(window.model.rowCount()):
        window.select_row(row)
        spoken = [
            a for a in window.reader.annotations if a.kind == "directive" and a.attrs.get("issuer_label") == "PER"
        ]
        if spoken:
            break
    directive = spoken[0]
    window.annotator.focus(directive.id)
    editor = window.panel.editor
    assert editor.show_issuer.isEnabled()
    qtbot.mouseClick(editor.show_issuer, Qt.MouseButton.LeftButton)
    current = window.reader.current()
    start, end = directive.attrs["issuer_span"]
    assert current is not None and current.kind == "entity" and current.label == "PER"
    assert (current.start, current.end) == (start, end) and current.text == directive.attrs["issuer"]
    # A typed issuer points at no words: nothing to show.
    window.annotator.focus(directive.id)
    editor.issuer.setEditText("某某")
    editor.issuer.lineEdit().editingFinished.emit()
    window.annotator.focus(directive.id)
    assert not window.panel.editor.show_issuer.isEnabled()
