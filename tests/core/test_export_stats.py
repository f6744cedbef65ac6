"""The codes export as SPSS .sav and Stata .dta, read back with pyreadstat."""

from __future__ import annotations

import math
from pathlib import Path

import pyreadstat
import pytest

from gui.core.codebook import load_codebook
from gui.core.export import ExportError, ExportOptions, export_to_file, export_to_stream, format_for_path
from gui.core.library import Library
from gui.core.paths import resources_dir

EXAMPLE = resources_dir() / "codebooks" / "policy-documents.json"


ECONOMY = "policy_area__国民经济管理、国有资产监管"


@pytest.fixture
def coded(tmp_path: Path, seed_path: Path) -> tuple[Library, int, int]:
    library = Library.open(tmp_path / "lib.sqlite")
    library.import_paths([seed_path])
    library.set_codebook(load_codebook(EXAMPLE))
    article_id = library.article_ids()[0]
    directive = next(a.id for a in library.annotations(article_id, "directive") if a.id is not None)
    library.set_code("article", article_id, "instrument", "环境型")
    library.set_code("article", article_id, "policy_area", ["国民经济管理、国有资产监管", "民政、扶贫、救灾"])
    library.set_code("directive", directive, "issuer_level", "省")
    library.set_code("directive", directive, "strength", "必须")
    return library, article_id, directive


@pytest.mark.parametrize("fmt", ["sav", "dta"])
def test_the_codes_read_back_with_their_labels(coded: tuple[Library, int, int], tmp_path: Path, fmt: str) -> None:
    library, article_id, directive = coded
    path = tmp_path / f"codes.{fmt}"
    assert format_for_path(path) == fmt
    report = library.export(ExportOptions(what="codes", format=fmt), path)
    assert report.rows == 2 and report.path == path
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".pizhu-export")] == []
    read = pyreadstat.read_sav if fmt == "sav" else pyreadstat.read_dta
    frame, meta = read(str(path))
    assert meta.column_names[:7] == ["unit", "article_id", "annotation_id", "coder", "article_title", "published",
                                     "instrument"]  # fmt: skip
    assert ECONOMY in meta.column_names and "policy_area__党的建设" in meta.column_names
    labels = meta.column_names_to_labels
    assert labels["instrument"] == "政策工具" and labels["strength"] == "措辞强度"
    assert labels[ECONOMY] == "政策领域: 国民经济管理、国有资产监管"
    values = meta.variable_value_labels
    assert values["instrument"] == {1: "供给型", 2: "需求型", 3: "环境型"}
    assert values["issuer_level"] == {1: "中央", 2: "省", 3: "市", 4: "县"}
    assert ECONOMY not in values
    article, row = frame.iloc[0], frame.iloc[1]
    assert article["unit"] == "article" and article["article_id"] == article_id
    assert article["instrument"] == 3 and article[ECONOMY] == 1 and article["policy_area__党的建设"] == 0
    assert math.isnan(article["strength"]) and math.isnan(article["annotation_id"])
    assert row["unit"] == "directive" and row["annotation_id"] == directive
    assert row["issuer_level"] == 2 and row["strength"] == 1 and math.isnan(row[ECONOMY])


def test_a_statistics_file_needs_a_file(coded: tuple[Library, int, int], tmp_path: Path) -> None:
    library = coded[0]
    with pytest.raises(ExportError, match="binary file"):
        export_to_stream(library.store, ExportOptions(what="codes", format="sav"), (tmp_path / "x").open("wb"))
    with pytest.raises(ExportError, match="sav"):
        ExportOptions(what="directives", format="sav").validate()


def test_a_cancelled_statistics_export_leaves_nothing(coded: tuple[Library, int, int], tmp_path: Path) -> None:
    path = tmp_path / "codes.dta"
    report = export_to_file(coded[0].store, ExportOptions(what="codes", format="dta"), path, cancelled=lambda: True)
    assert report.cancelled and list(tmp_path.glob("codes*")) == [] and not list(tmp_path.glob(".pizhu-export*"))
