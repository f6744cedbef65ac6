"""Curation mode by keys (issue 17): Tools → Adjudicate on a three-coder library."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from core.test_adjudication import lead  # noqa: F401 - the three-coder library fixture (helpers/team.py)
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QTextCharFormat, QTextDocument

from gui.cli import main
from gui.core import adjudication
from gui.core.library import Library
from gui.reader.curation import CODER_COLORS
from gui.window.mainwindow import MainWindow


def _final_labels(library: Library, article_id: int, start: int, end: int) -> list[str]:
    return sorted(
        a.label
        for a in library.annotations(article_id)
        if a.coder == "" and a.status == "accepted" and (a.kind, a.start, a.end) == ("entity", start, end)
    )


def _each_coder_underlined_in_the_legends_colour(window: MainWindow, article_id: int) -> None:
    """In the text, coder #k's annotations are underlined dashed in the legend's colour #k; the
    final layer's are underlined solid, in the label's colour; on a span several coders marked, every
    label they gave it shows on a part of it, in the colour of a coder who gave it (the last one drawn
    no longer hides the others)."""
    legend = window.curation.panel.legend.text()
    body = window.reader.body_view
    drawn: list[tuple[int, int, str, QTextCharFormat.UnderlineStyle, str]] = []
    for selection in body.extraSelections():
        start = body.offsets.to_py(selection.cursor.selectionStart())
        end = body.offsets.to_py(selection.cursor.selectionEnd())
        fmt = selection.format
        drawn.append((start, end, fmt.underlineColor().name(), fmt.underlineStyle(), fmt.background().color().name()))

    def looks_inside(start: int, end: int) -> set[tuple[str, QTextCharFormat.UnderlineStyle, str]]:
        """What each character shows: later selections are drawn over earlier ones."""
        shown: dict[int, tuple[str, QTextCharFormat.UnderlineStyle, str]] = {}
        for s, e, color, style, fill in drawn:
            if style == QTextCharFormat.UnderlineStyle.NoUnderline:
                continue  # the current annotation's tint: it leaves the underline as it was
            for at in range(max(s, start), min(e, end)):
                shown[at] = (color, style, fill)
        return set(shown.values())

    dashed = QTextCharFormat.UnderlineStyle.DashUnderline
    annotations = window.library.annotations(article_id)
    colors = {coder: QColor(CODER_COLORS[n]).name() for n, coder in enumerate(window.curation.curation.coders)}
    for color in colors.values():
        assert f"color:{color}" in legend.lower()
    coded = [a for a in annotations if a.coder and a.status != "rejected" and a.kind == "entity"]
    assert {a.coder for a in coded} == set(colors)
    for start, end in {(a.start, a.end) for a in coded}:
        looks = looks_inside(start, end)
        for label in {a.label for a in coded if (a.start, a.end) == (start, end)}:
            fill = QColor(window.reader.labels.get(label).color).name()
            by = {colors[a.coder] for a in coded if (a.start, a.end, a.label) == (start, end, label)}
            assert any(c in by and s == dashed and f == fill for c, s, f in looks), (start, end, label)
    finals = [a for a in annotations if a.coder == "" and a.status == "accepted" and a.kind == "entity"]
    assert finals and all(
        any(style == QTextCharFormat.UnderlineStyle.SingleUnderline for _c, style, _f in looks_inside(a.start, a.end))
        for a in finals
    )


def test_curation_by_keys_takes_a_coders_version_moves_on_and_undoes(qtbot, qapp, lead: Path, settings) -> None:  # noqa: F811
    from gui.shared.fonts import apply_cjk_font

    settings.set_coder("lead")
    library = Library.open(lead, create=False)
    window = MainWindow(library, apply_cjk_font(qapp), settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.select_row(0)
    (article_id,) = library.article_ids()
    assert library.annotations(article_id) and _final_labels(library, article_id, 0, 2) == []

    window.activateWindow()
    qtbot.waitUntil(lambda: qapp.activeWindow() is window)
    body = window.reader.body_view
    body.setFocus()
    qtbot.keyClick(body, Qt.Key.Key_F7)  # Tools → Adjudicate (Curation Mode)
    curation = window.curation
    assert curation.active and curation.panel.isVisible() and not window.panel.isVisible()
    # Opening the article wrote the agreements: 林武 (all three: PER) is in the final layer.
    assert _final_labels(library, article_id, 0, 2) == ["PER"]
    assert window.library.store.code("article", article_id, "policy_area", "") == ["综合政务"]
    assert "4 disagreements left" in curation.status.text()
    legend = QTextDocument()
    legend.setHtml(curation.panel.legend.text())
    assert legend.toPlainText().split()[:6] == ["1", "li", "2", "wang", "3", "zhao"]
    _each_coder_underlined_in_the_legends_colour(window, article_id)
    assert curation.current == "entity:3-5"  # the first disagreement: 太原, LOC / LOC / ORG

    qtbot.keyClick(body, Qt.Key.Key_3)  # coder #3 (zhao): ORG
    assert _final_labels(library, article_id, 3, 5) == ["ORG"]
    row = next(r for r in library.store.decisions(article_id) if r.item == "entity:3-5")
    assert (row.action, row.coder, row.decided_by) == ("take", "zhao", "lead")
    assert curation.current != "entity:3-5"  # moved on to the next disagreement
    assert "3 disagreements left" in curation.status.text()
    moved_to = curation.current
    qtbot.keyClick(body, Qt.Key.Key_N)
    assert curation.current not in (moved_to, "entity:3-5")
    qtbot.keyClick(body, Qt.Key.Key_P)
    assert curation.current == moved_to

    qtbot.keyClick(body, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undo the decision
    assert _final_labels(library, article_id, 3, 5) == []
    assert not any(r.item == "entity:3-5" for r in library.store.decisions(article_id))
    assert "4 disagreements left" in curation.status.text()

    # Take coder #2 (wang) on every disagreement left, then none is left.
    for _ in range(10):
        if not adjudication.curation(library.store, article_id).open:
            break
        item = next(i for i in adjudication.curation(library.store, article_id).open)
        curation.go_to(item)
        qtbot.keyClick(body, Qt.Key.Key_2)
    assert adjudication.curation(library.store, article_id).adjudicated
    assert _final_labels(library, article_id, 3, 5) == ["LOC"]
    assert "0 disagreements left" in curation.status.text()

    qtbot.keyClick(body, Qt.Key.Key_F7)  # off: the normal mode again
    assert not curation.active and window.panel.isVisible() and library.coder == "lead"
    window.close()

    out = lead.parent / "final.csv"
    assert main(["export", "--what", "entities", "--layer", "final", "-o", str(out), "--db", str(lead)]) == 0
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    finals = {(r["text"], r["label"]) for r in rows if r["status"] == "accepted"}
    assert ("太原", "LOC") in finals and ("林武", "PER") in finals and ("太原", "ORG") not in finals
