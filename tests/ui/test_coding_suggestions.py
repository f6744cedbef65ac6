"""Coding help in the window: suggested codes confirmed by a key, directives reached by Alt+arrows
(accepted ones too), a coded suggestion accepted so re-tagging keeps it, and the coder's note."""

from __future__ import annotations

import pytest
from helpers import active_window, code_in
from PySide6.QtCore import Qt

from gui.core import paths
from gui.core.codebook import load_codebook
from gui.window.mainwindow import MainWindow

EXAMPLE = paths.resources_dir() / "codebooks" / "policy-documents.json"
SHIFT, ALT, CTRL = (
    Qt.KeyboardModifier.ShiftModifier,
    Qt.KeyboardModifier.AltModifier,
    Qt.KeyboardModifier.ControlModifier,
)


# A second library beside the seed page: a written county notice (markdown, a heading per article),
# provisions under 通知如下 and a meeting's 会议要求, none of the seed page's names or phrasing.
NOTICE = """# 青河县人民政府办公室关于做好2024年秋冬季防汛抗旱工作的通知

2024年9月18日，青河县人民政府办公室印发通知，部署秋冬季防汛抗旱工作。现就有关事项通知如下：

一、各乡镇要在10月底前完成山塘水库的安全检查，发现隐患必须立即整改。

二、县水利局要会同县财政局落实抗旱水源工程资金，鼓励村集体和农民合作社参与小型水利设施管护。

三、县应急管理局应当修订应急预案，严禁在汛期擅自降低水库水位。

# 青河县召开冬春农田水利建设推进会

10月8日，青河县召开冬春农田水利建设推进会。县长周明远出席会议并讲话。
会议要求，各乡镇要把高标准农田建设作为重点，务必在明年春耕前完成渠系配套。
周明远强调，县农业农村局要加强技术指导，支持种粮大户开展节水灌溉。
"""


@pytest.fixture(params=["seed page", "county notice"])
def coding_library(request, tmp_path, library):
    if request.param == "seed page":
        return request.getfixturevalue("seeded_library")
    source = tmp_path / "qinghe.md"
    source.write_text(NOTICE, encoding="utf-8")
    report = library.import_paths([source])
    assert report.added == 2, report.problems
    return library


@pytest.fixture()
def window(qtbot, qapp, coding_library, settings) -> MainWindow:
    assert coding_library.set_codebook(load_codebook(EXAMPLE)).applied
    win = active_window(qtbot, coding_library, settings)
    # The article with the most directives.
    counts = []
    for row in range(win.model.rowCount()):
        win.select_row(row)
        counts.append(sum(1 for a in win.reader.annotations if a.kind == "directive" and a.status != "rejected"))
    code_in(qtbot, win, counts.index(max(counts)))
    return win


def _codes(window: MainWindow, unit: str, unit_id: int) -> dict:
    return {r.variable: r.value for r in window.library.codes_of(unit, [unit_id])}


def _directives(window: MainWindow) -> list:
    return sorted(
        (a for a in window.reader.annotations if a.kind == "directive" and a.status != "rejected"),
        key=lambda a: (a.start, a.end),
    )


def test_alt_down_walks_every_directive_and_shift_enter_confirms_its_suggestions(window, qtbot) -> None:
    body = window.reader.body_view
    first = _directives(window)[0]
    assert first.status == "suggested"
    qtbot.keyClick(body, Qt.Key.Key_Down, ALT)
    assert window.reader.current().id == first.id
    panel = window.panel.coding
    suggested = {name: value for (unit, name), value in panel.suggested.items() if unit == "directive"}
    assert suggested.get("strength") in {"必须", "要", "鼓励", "可"}  # every directive has a strength
    shown = panel.value_labels[("directive", "strength", suggested["strength"])]
    assert shown.property("suggested") and not shown.property("coded") and shown.toolTip()
    assert _codes(window, "directive", first.id) == {}  # shown, never written
    qtbot.keyClick(body, Qt.Key.Key_Return, SHIFT)
    assert _codes(window, "directive", first.id) == suggested
    assert window.library.annotation(first.id).status == "accepted"  # coding a suggestion accepts it
    assert panel.value_labels[("directive", "strength", suggested["strength"])].property("coded")
    # One undo takes the codes and the acceptance back together.
    qtbot.keyClick(body, Qt.Key.Key_Z, CTRL)
    assert _codes(window, "directive", first.id) == {}
    assert window.library.annotation(first.id).status == "suggested"


def test_accepted_directives_stay_reachable_by_alt_arrows_in_reading_order(window, qtbot) -> None:
    body = window.reader.body_view
    directives = _directives(window)
    assert len(directives) >= 2
    qtbot.keyClick(body, Qt.Key.Key_Down, ALT)
    qtbot.keyClick(body, Qt.Key.Key_Return)  # accept the first (Enter goes on to the next suggestion)
    assert window.library.annotation(directives[0].id).status == "accepted"
    window.annotator.focus(None)
    visited = []
    for _ in directives:
        qtbot.keyClick(body, Qt.Key.Key_Down, ALT)
        visited.append(window.reader.current().id)
    assert visited == [d.id for d in directives]  # the accepted one first, in reading order
    qtbot.keyClick(body, Qt.Key.Key_Down, ALT)  # round again
    assert window.reader.current().id == directives[0].id
    qtbot.keyClick(body, Qt.Key.Key_Up, ALT)
    assert window.reader.current().id == directives[-1].id


def test_a_directive_coded_by_key_is_kept_with_its_codes_when_the_article_is_retagged(window, qtbot) -> None:
    body = window.reader.body_view
    article = window.current_article_id()
    qtbot.keyClick(body, Qt.Key.Key_Down, ALT)
    qtbot.keyClick(body, Qt.Key.Key_Down, ALT)
    second = window.reader.current()
    assert second.status == "suggested"
    qtbot.keyClicks(body, "g")  # strength: 鼓励
    assert window.library.annotation(second.id).status == "accepted"
    window.library.retag([article])
    assert window.library.annotation(second.id) is not None
    assert _codes(window, "directive", second.id) == {"strength": "鼓励"}


def test_the_article_s_suggestions_are_confirmed_when_no_directive_is_current(window, qtbot) -> None:
    body = window.reader.body_view
    article = window.current_article_id()
    suggested = {name: value for (unit, name), value in window.panel.coding.suggested.items() if unit == "article"}
    assert "policy_area" in suggested  # from the directives' topics
    qtbot.keyClick(body, Qt.Key.Key_Return, SHIFT)
    assert _codes(window, "article", article) == suggested
    assert window.panel.coding.suggested == {} or all(u != "article" for u, _ in window.panel.coding.suggested)
    # Nothing left to confirm: a message, no change.
    qtbot.keyClick(body, Qt.Key.Key_Return, SHIFT)
    assert "Nothing suggested" in window.statusBar().currentMessage()
    assert _codes(window, "article", article) == suggested


def test_a_note_is_typed_saved_as_typed_and_shown_again(window, qtbot) -> None:
    body = window.reader.body_view
    article = window.current_article_id()
    qtbot.keyClick(body, Qt.Key.Key_N, CTRL | SHIFT)
    note = window.panel.coding.note
    assert note.hasFocus()
    qtbot.keyClicks(note, "instrument unclear: mixed")
    qtbot.waitUntil(lambda: window.library.note(article) == "instrument unclear: mixed", timeout=3000)
    qtbot.keyClick(note, Qt.Key.Key_Escape)
    assert body.hasFocus()
    qtbot.keyClicks(body, "s")  # the keys code again: instrument 供给型
    assert _codes(window, "article", article)["instrument"] == "供给型"
    # Typed just before moving on: written when the article changes, not lost.
    qtbot.keyClick(body, Qt.Key.Key_N, CTRL | SHIFT)
    qtbot.keyClicks(note, "; check 2nd para")
    qtbot.keyClick(note, Qt.Key.Key_Escape)
    # J goes to the next article, K back; the last row's article goes back first.
    last = window.table.currentIndex().row() == window.model.rowCount() - 1
    away, back = (Qt.Key.Key_K, Qt.Key.Key_J) if last else (Qt.Key.Key_J, Qt.Key.Key_K)
    qtbot.keyClick(body, away)
    assert window.current_article_id() != article
    assert window.library.note(article) == "instrument unclear: mixed; check 2nd para"
    assert note.toPlainText() == window.library.note(window.current_article_id()) == ""
    qtbot.keyClick(body, back)
    assert window.current_article_id() == article and note.toPlainText().endswith("check 2nd para")
