"""Issue 16's first "done means": the seed page's three articles and their directives coded with
the example codebook by keyboard alone, exported as .sav by the command line, read back with
pyreadstat with the codebook's labels and the values that were keyed."""

from __future__ import annotations

import math
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pyreadstat
from helpers import SOURCE_ROOT
from PySide6.QtCore import Qt

from gui.core import paths
from gui.core.codebook import load_codebook
from gui.window.mainwindow import MainWindow

EXAMPLE = paths.resources_dir() / "codebooks" / "policy-documents.json"

# Per article: the instrument's key, then policy_area's keys (the first variable still empty
# takes a shared key, then the multi-choice variable being coded keeps it).
ARTICLE_KEYS = (("s", "ab"), ("e", "c"), ("h", ""))
# Per directive, in turn: issuer_level's key, then strength's (none of strength's keys is issuer_level's).
DIRECTIVE_KEYS = (("c", "b"), ("p", "y"), ("m", "g"), ("t", "e"))


def _value(variable: Any, key: str) -> str:
    return next(v.code for v in variable.values if v.key == key)


def test_the_seed_page_is_coded_by_keys_and_read_back_from_sav(
    qtbot, qapp, seeded_library, settings, tmp_path: Path
) -> None:
    codebook = load_codebook(EXAMPLE)
    assert seeded_library.set_codebook(codebook).applied
    window = MainWindow(seeded_library, None, settings)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    body = window.reader.body_view
    assert body.hasFocus()
    instrument, policy_area = codebook.variable("instrument"), codebook.variable("policy_area")
    issuer, strength = codebook.variable("issuer_level"), codebook.variable("strength")
    expected: dict[tuple[str, int, int | None], dict[str, Any]] = {}
    turn = 0
    for instrument_key, area_keys in ARTICLE_KEYS:
        article_id = window.current_article_id()
        assert article_id is not None and window.reader.current() is None
        for key in instrument_key + area_keys:
            qtbot.keyClick(body, key)
        codes: dict[str, Any] = {"instrument": _value(instrument, instrument_key)}
        if area_keys:
            codes["policy_area"] = [c for c in policy_area.codes() if c in {_value(policy_area, k) for k in area_keys}]
        expected[("article", article_id, None)] = codes
        # Tab walks the suggestions in reading order (and round again): code each directive as it comes.
        directives = {a.id for a in window.library.store.annotations(article_id, "directive") if a.status != "rejected"}
        seen: set[int] = set()
        while True:
            qtbot.keyClick(body, Qt.Key.Key_Tab)
            current = window.reader.current()
            if current is None or current.id in seen:
                break
            seen.add(current.id)
            if current.kind != "directive":
                continue
            issuer_key, strength_key = DIRECTIVE_KEYS[turn % len(DIRECTIVE_KEYS)]
            turn += 1
            qtbot.keyClick(body, issuer_key)
            qtbot.keyClick(body, strength_key)
            expected[("directive", article_id, current.id)] = {
                "issuer_level": _value(issuer, issuer_key),
                "strength": _value(strength, strength_key),
            }
        assert directives <= seen, "a directive Tab does not reach"
        qtbot.keyClick(body, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        assert window.library.article(article_id).status == "done", window.statusBar().currentMessage()
    assert {r.status for r in window.library.store.article_rows(window.library.article_ids())} == {"done"}
    assert sum(1 for unit, _a, _d in expected if unit == "directive") > 0

    out = tmp_path / "codes.sav"
    environment = dict(os.environ) | {"PYTHONPATH": SOURCE_ROOT}
    result = subprocess.run(
        [sys.executable, "-m", "gui", "export", "--what", "codes", "--format", "sav", "-o", str(out)]
        + ["--db", str(window.library.path)],
        cwd=tmp_path,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    frame, meta = pyreadstat.read_sav(str(out))

    # One row per coded unit; the codebook's labels (Chinese, as the documents are).
    rows = [
        (unit, int(article), None if math.isnan(directive) else int(directive))
        for unit, article, directive in zip(frame["unit"], frame["article_id"], frame["annotation_id"], strict=True)
    ]
    assert sorted(rows, key=str) == sorted(expected, key=str)
    labels = meta.column_names_to_labels
    for variable in codebook.variables:
        if variable.type == "multi":
            for value in variable.values:
                assert labels[f"{variable.name}__{value.code}"] == f"{variable.label_zh}: {value.label_zh}"
        else:
            assert labels[variable.name] == variable.label_zh
            assert meta.variable_value_labels[variable.name] == {
                float(n): value.label_zh for n, value in enumerate(variable.values, 1)
            }
    # The values are what was keyed: a single choice as its number in codebook order, multi as 0/1 columns.
    for row, unit in zip(frame.to_dict("records"), rows, strict=True):
        codes = expected[unit]
        for variable in codebook.variables:
            value = codes.get(variable.name)
            if variable.type == "multi":
                for code in variable.codes():
                    cell = row[f"{variable.name}__{code}"]
                    assert math.isnan(cell) if value is None else cell == float(code in value), (unit, code)
            elif value is None:
                assert math.isnan(row[variable.name]), (unit, variable.name)
            else:
                assert row[variable.name] == variable.codes().index(value) + 1, (unit, variable.name)
