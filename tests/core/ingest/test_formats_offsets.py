"""Every format keeps pizhu's promise: an annotation's text is exactly body[start:end], and
`pizhu analyze` prints the same JSON for a web page, a PDF and a Word file as for text."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from helpers import SHARED_DATA

from gui.cli import main
from gui.core.library import Library

FORMATS = SHARED_DATA / "formats"
SAMPLES = [
    "html/xinhuanet_france_strike.html",
    "html/shanxi_gov_20190918.html",
    "html/sxmu_jianchafa_20180517.html",
    "pdf/npc_constitution_forbiddrugs.pdf",
    "pdf/rmrb_20251020_compiled.pdf",
    "word/npc_anti_drug_law.docx",
    "word/nb_npp_psr_part1_explanation.doc",
]
pytestmark = pytest.mark.skipif(not FORMATS.is_dir(), reason=f"the sample files are not at {FORMATS}")


def test_every_annotation_of_every_format_is_its_text_in_the_body(tmp_path: Path, library: Library) -> None:
    names = [s for s in SAMPLES if not s.endswith(".doc") or shutil.which("antiword")]
    for name in names:
        (tmp_path / Path(name).name).symlink_to(FORMATS / name)
    report = library.import_paths([tmp_path])
    assert report.problems == [] and report.files == len(names)
    checked = 0
    for article in library.store.iter_articles():
        assert article.source_path and len(article.source_hash) == 64
        for annotation in library.store.annotations(article.id or 0):
            assert annotation.text == article.body[annotation.start : annotation.end]
            checked += 1
    assert checked > 500


@pytest.mark.parametrize("name", SAMPLES[:1] + SAMPLES[3:4] + SAMPLES[5:6])
def test_analyze_prints_the_text_json_for_documents(name: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["analyze", str(FORMATS / name), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    keys = {"pre_title", "title", "subtitles", "byline", "dateline", "published", "body", "entities", "directives"}
    [article] = data["articles"]
    assert set(article) == keys and article["title"] and article["entities"]
    for span in article["entities"] + article["directives"]:
        assert article["body"][span["start"] : span["end"]] == span["text"]
