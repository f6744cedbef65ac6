"""Coding in the window: a value's key codes it, Ctrl+Z undoes it, done needs the required codes."""

from __future__ import annotations

from dataclasses import replace

import pytest
from helpers import active_window, code_in
from PySide6.QtCore import Qt

from gui.core import paths
from gui.core.codebook import Codebook, load_codebook
from gui.shared import i18n
from gui.window.mainwindow import MainWindow

EXAMPLE = paths.resources_dir() / "codebooks" / "policy-documents.json"


def _example() -> Codebook:
    return load_codebook(EXAMPLE)


@pytest.fixture()
def make_window(qtbot, qapp, seeded_library, settings):
    def make(codebook: Codebook) -> MainWindow:
        assert seeded_library.set_codebook(codebook).applied
        window = active_window(qtbot, seeded_library, settings)
        code_in(qtbot, window, 0)
        return window

    return make


class Keys:
    """Presses keys on the reader and counts them."""

    def __init__(self, qtbot, window: MainWindow) -> None:
        self.qtbot, self.window, self.count = qtbot, window, 0

    def press(self, key: str | Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        self.count += 1
        target = self.window.reader.body_view
        if isinstance(key, str):
            self.qtbot.keyClicks(target, key)
        else:
            self.qtbot.keyClick(target, key, modifier)


def _codes(window: MainWindow, unit: str, unit_id: int) -> dict:
    return {r.variable: r.value for r in window.library.codes_of(unit, [unit_id])}


def _shared_keys() -> Codebook:
    """The example with policy areas that share the instrument's keys (e, h, s), as a codebook
    written by hand may: the panel's rule decides which variable a shared key codes."""
    example = _example()
    area = example.variable("policy_area")
    shared = {"卫生、体育": "e", "科技、教育": "h", "公安、安全、司法": "s"}
    values = tuple(replace(v, key=shared.get(v.code, v.key)) for v in area.values)
    variables = tuple(replace(v, values=values) if v.name == "policy_area" else v for v in example.variables)
    return Codebook(example.name, variables, example.version)


def test_keys_code_the_article_and_undo_takes_the_last_code_back(make_window, qtbot) -> None:
    window = make_window(_shared_keys())
    article = window.current_article_id()
    keys = Keys(qtbot, window)
    keys.press("s")  # instrument: 供给型
    keys.press("e")  # instrument is coded: e goes on to policy_area's 疫情防控
    keys.press("h")  # policy_area is being coded: 科技, not instrument's 环境型
    assert _codes(window, "article", article) == {"instrument": "供给型", "policy_area": ["科技、教育", "卫生、体育"]}
    panel = window.panel.coding
    assert panel.value_labels[("article", "instrument", "供给型")].property("coded")
    assert not panel.value_labels[("article", "instrument", "需求型")].property("coded")
    keys.press("e")  # pressed again: 疫情防控 comes off
    assert _codes(window, "article", article)["policy_area"] == ["科技、教育"]
    qtbot.keyClick(window.reader.body_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _codes(window, "article", article)["policy_area"] == ["科技、教育", "卫生、体育"]
    keys.press("s")  # policy_area is still being coded: its 法治, not the instrument's 供给型
    assert _codes(window, "article", article)["policy_area"] == ["科技、教育", "卫生、体育", "公安、安全、司法"]
    # A click on the coded value takes the code off.
    qtbot.mouseClick(panel.value_labels[("article", "instrument", "供给型")], Qt.MouseButton.LeftButton)
    assert "instrument" not in _codes(window, "article", article)
    window.undo_stack.undo()
    assert _codes(window, "article", article)["instrument"] == "供给型"


def test_a_directive_is_coded_when_it_is_current_and_done_needs_its_codes(make_window, qtbot) -> None:
    window = make_window(_example())
    for row in range(window.model.rowCount()):  # an article with directives
        window.select_row(row)
        if any(a.kind == "directive" and a.status != "rejected" for a in window.reader.annotations):
            break
    window.reader.body_view.setFocus()
    article = window.current_article_id()
    directives = [a.id for a in window.reader.annotations if a.kind == "directive" and a.status != "rejected"]
    keys = Keys(qtbot, window)
    keys.press("h")  # instrument: 环境型
    keys.press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    message = window.statusBar().currentMessage()
    assert "Issuer level" in message and "Strength" in message and "Policy instrument" not in message
    assert window.current_article_id() == article
    assert window.library.article(article).status != "done"
    for directive in directives:
        window.annotator.focus(directive)
        keys.press("c")  # issuer_level: 中央 (c is also policy_area's 国民经济管理: the directive wins)
        keys.press("b")  # strength: 必须
        assert _codes(window, "directive", directive) == {"issuer_level": "中央", "strength": "必须"}
    assert "policy_area" not in _codes(window, "article", article)
    assert window.panel.coding.value_labels[("directive", "strength", "必须")].property("coded")
    keys.press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert window.library.article(article).status == "done"


def test_coding_an_article_takes_no_more_keys_than_values_plus_one(make_window, qtbot) -> None:
    example = _example()
    codebook = Codebook(example.name, tuple(example.of_unit("article")), example.version)
    window = make_window(codebook)
    article = window.current_article_id()
    keys = Keys(qtbot, window)
    for key in "sab":  # three values: instrument 供给型, policy_area 党的建设 and 综合政务
        keys.press(key)
    keys.press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # done, on to the next
    assert _codes(window, "article", article) == {"instrument": "供给型", "policy_area": ["党的建设", "综合政务"]}
    assert window.library.article(article).status == "done"
    assert window.current_article_id() != article
    assert keys.count <= 3 + 1


def test_a_key_of_the_label_set_stays_the_label_s_and_the_panel_says_so(make_window, qtbot) -> None:
    example = _example()
    instrument = example.variable("instrument")
    values = (replace(instrument.values[0], key="1"), *instrument.values[1:])
    codebook = Codebook(example.name, (replace(instrument, values=values),), example.version)
    window = make_window(codebook)
    article = window.current_article_id()
    qtbot.keyClicks(window.reader.body_view, "1")
    assert _codes(window, "article", article) == {}
    shown = window.panel.coding.value_labels[("article", "instrument", "供给型")]
    assert "gray" in shown.text() and shown.toolTip()
    qtbot.mouseClick(shown, Qt.MouseButton.LeftButton)  # the mouse still codes it
    assert _codes(window, "article", article) == {"instrument": "供给型"}


def test_the_panel_speaks_chinese_in_the_chinese_interface(make_window, qtbot) -> None:
    i18n.install("zh_CN")
    try:
        window = make_window(_example())
        title = window.panel.coding.variable_labels[("article", "instrument")]
        assert "政策工具" in title.text() and "*" in title.text()
        assert "供给型" in window.panel.coding.value_labels[("article", "instrument", "供给型")].text()
        window.reader.body_view.setFocus()
        qtbot.keyClick(window.reader.body_view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        assert "未完成" in window.statusBar().currentMessage() and "政策工具" in window.statusBar().currentMessage()
    finally:
        i18n.install("en")
