"""Importing files and folders into a library, as the CLI and the window do."""

from __future__ import annotations

import json
import os
from pathlib import Path

from gui.core import paths
from gui.core.library import Library
from gui.core.model import Annotation
from gui.core.store import ArticleFilter


def _write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode(encoding))
    return path


def test_a_new_default_library_starts_with_the_bundled_seeds() -> None:
    assert not paths.default_library_path().exists()
    with Library.open() as library:
        assert library.path == paths.default_library_path()
        titles = {r.title for r in library.store.article_rows(library.article_ids())}
    assert "省委常委会议召开会议" in titles
    assert len(titles) == 3
    with Library.open() as again:  # not seeded twice
        assert again.store.count_articles() == 3


def test_pizhu_db_environment_variable_chooses_the_library(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("PIZHU_DB", str(tmp_path / "env.sqlite"))
    with Library.open() as library:
        assert library.path == tmp_path / "env.sqlite"
        assert library.store.count_articles() == 0  # only the default library is seeded


def test_folder_import_is_recursive_mixed_and_survives_bad_files(
    tmp_path: Path, library: Library, seed_path: Path
) -> None:
    folder = tmp_path / "in"
    _write(folder / "a" / "page.txt", seed_path.read_text(encoding="utf-8"), "gb18030")
    _write(folder / "b" / "c" / "news.md", "# 标题甲\n\n正文甲。\n\n# 标题乙\n\n正文乙。\n")
    _write(folder / "feed.jsonl", json.dumps({"title": "丙", "body": "正文丙。"}, ensure_ascii=False) + "\n{bad\n")
    _write(folder / "empty.txt", "")
    (folder / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 10)
    _write(folder / "notes.pages", "ignored: not an article file")
    _write(folder / ".hidden.txt", "隐藏文件。")
    os.symlink(folder, folder / "a" / "loop")  # a symlink loop must not hang the walk

    report = library.import_paths([folder])
    assert report.added == 3 + 2 + 1
    assert report.files == 5
    problems = "\n".join(report.problems)
    assert "empty.txt: empty file; skipped" in problems
    assert "image.txt: binary file" in problems
    assert "feed.jsonl, line 2: not valid JSON" in problems
    assert len(report.problems) == 3
    assert library.search("郜蓉")  # the GB18030 seed copy was decoded

    again = library.import_paths([folder])
    assert again.added == 0 and again.duplicates == 6


def test_missing_paths_are_reported_and_the_rest_imports(tmp_path: Path, library: Library) -> None:
    good = _write(tmp_path / "good.txt", "标题\n\n本报讯 正文。")
    report = library.import_paths([tmp_path / "nope.txt", good])
    assert report.added == 1
    assert report.problems == [f"{tmp_path / 'nope.txt'}: no such file or folder"]


def test_published_option_fills_only_missing_dates(tmp_path: Path, library: Library) -> None:
    undated = _write(tmp_path / "page.txt", "标题\n\n本报讯 正文。")
    dated = _write(tmp_path / "2021-05-06_page.txt", "另一标题\n\n本报讯 另一正文。")
    library.import_paths([undated, dated], published="2020-01-02")
    dates = {library.article(i).title: library.article(i).published for i in library.article_ids()}
    assert dates == {"标题": "2020-01-02", "另一标题": "2020-01-02"}
    # A date given on the command line wins over one guessed from a file name,
    # but not over the date a page carries itself.
    header = _write(tmp_path / "header.txt", "人民日报 2023年6月5日 星期一 第4版\n\n第三标题\n\n本报讯 第三正文。")
    library.import_paths([header], published="2020-01-02")
    assert library.article(library.search("第三正文")[0]).published == "2023-06-05"


def test_cancel_stops_between_files_and_keeps_what_was_imported(tmp_path: Path, library: Library) -> None:
    files = [_write(tmp_path / f"{n}.txt", f"标题{n}\n\n本报讯 正文{n}。") for n in range(8)]
    seen: list[int] = []
    report = library.import_paths(
        files, progress=lambda done, total, what: seen.append(done), cancelled=lambda: len(seen) >= 2
    )
    assert report.cancelled
    assert 2 <= report.added < 8  # files already in hand finish; no file is half-imported
    assert library.store.count_articles() == report.added == report.files
    assert len(library.article_ids(ArticleFilter(query="正文"))) == report.added


def test_a_correction_in_one_article_shows_in_the_next_import(tmp_path: Path, library: Library) -> None:
    from gui.core import corrections
    from gui.core.tagging import tag_body

    first = _write(tmp_path / "one.txt", "党员风采\n\n本报讯 在山西田间地头，刘成是党员。\n")
    library.import_paths([first])
    (article_id,) = library.article_ids()
    body = library.article(article_id).body
    start = body.index("刘成")
    taught = Annotation("entity", "PER", start, start + 2, "刘成", article_id=article_id)
    corrections.apply(library.store, corrections.add(library.store, taught))  # a name the tagger missed
    place = next(a for a in library.store.annotations(article_id) if a.text == "山西" and a.label == "LOC")
    corrections.apply(library.store, corrections.remove(library.store, place))  # say 山西 is no place here

    text = "本报讯 在山西田间地头，可见刘成与客商交流。"
    untaught = {(a.text, a.label) for a in tag_body(text)[0]}
    assert ("山西", "LOC") in untaught and ("刘成", "PER") not in untaught
    second = _write(tmp_path / "two.txt", f"春耕生产\n\n{text}\n")
    report = library.import_paths([second])
    found = {(a.text, a.label) for a in library.store.annotations(report.added_ids[0]) if a.kind == "entity"}
    assert ("刘成", "PER") in found
    assert ("山西", "LOC") not in found
