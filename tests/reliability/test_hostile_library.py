"""Hostile libraries and --db values (issue 21): a writer that holds the lock while it computes,
read-only media, paths that are no library, control characters in printed text, damaged files.

Each case ends in one line on stderr and a non-zero exit (or works), with no traceback, no
file left behind and nothing already stored lost.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import textwrap
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from helpers import SOURCE_ROOT

from gui import cli
from gui.core import corrections
from gui.core.errors import LibraryError
from gui.core.library import Library
from gui.core.model import Annotation
from gui.core.store import Store


def pizhu(
    *args: str, cwd: Path | None = None, env: dict[str, str] | None = None, prefix: tuple[str, ...] = ()
) -> subprocess.CompletedProcess[str]:
    environment = dict(os.environ, PYTHONPATH=SOURCE_ROOT, **(env or {}))
    return subprocess.run(
        [*prefix, sys.executable, "-m", "gui", *args],
        cwd=cwd,
        env=environment,
        capture_output=True,
        text=True,
        timeout=300,
    )


def one_line_error(result: subprocess.CompletedProcess[str], *words: str) -> str:
    assert result.returncode == 1, (result.returncode, result.stdout, result.stderr)
    assert "Traceback" not in result.stderr and "unexpected error" not in result.stderr
    (line,) = result.stderr.strip().splitlines()
    for word in words:
        assert word in line
    return line


@pytest.fixture()
def db(tmp_path: Path, seed_path: Path) -> Path:
    path = tmp_path / "lib.sqlite"
    with Library.open(path) as library:
        library.import_paths([seed_path])
    return path


def stored(path: Path) -> list[tuple[str, str, int]]:
    with Store(path) as store:
        return sorted((a.content_hash, a.title, len(store.annotations(a.id))) for a in store.iter_articles())


# -- 6: a re-tag starting its tagger holds no write lock -------------------------

# A re-tag in its own process whose tagger takes as long to start as the parent wants: it says
# "starting" and waits for a line on stdin, as a cold start of the worker pool takes seconds.
_SLOW_RETAG = textwrap.dedent(
    """
    import sys
    from gui.core import tagging
    from gui.core.library import Library

    start = tagging.Tagger.__init__

    def slow_start(self, *args, **kwargs):
        print("starting", flush=True)
        sys.stdin.readline()
        start(self, *args, **kwargs)

    tagging.Tagger.__init__ = slow_start
    with Library.open(sys.argv[1]) as library:
        print(library.retag().summary(), flush=True)
    """
)


@pytest.fixture()
def retag_starting(db: Path) -> Iterator[subprocess.Popen[str]]:
    """A re-tag of `db` in another process, held while its tagger starts."""
    child = subprocess.Popen(
        [sys.executable, "-c", _SLOW_RETAG, str(db)],
        env=dict(os.environ, PYTHONPATH=SOURCE_ROOT),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "starting", child.stderr.read() if child.stderr else ""
        yield child
    finally:
        if child.poll() is None:
            child.kill()
        child.wait(timeout=30)


def _let_go(child: subprocess.Popen[str]) -> str:
    out, err = child.communicate("go\n", timeout=120)
    assert child.returncode == 0, err
    return out


def test_an_edit_goes_in_while_a_retag_starts_its_tagger(db: Path, retag_starting: subprocess.Popen[str]) -> None:
    with Store(db) as store:
        article = next(a for a in store.iter_articles() if "技术经理人" in a.title)
        span = article.body.index("技术经理人")
        new = Annotation("entity", "ORG", span, span + 5, "技术经理人", article_id=article.id)
        began = time.monotonic()
        corrections.apply(store, corrections.add(store, new))  # before: "busy" after 15 s
        assert time.monotonic() - began < 2.0
    assert "re-tagged" in _let_go(retag_starting)
    with Store(db) as store:  # the re-tag kept the editor's work
        assert any(a.text == "技术经理人" and a.origin == "manual" for a in store.annotations(article.id))


def test_a_second_tag_runs_while_the_first_starts_its_tagger(db: Path, retag_starting: subprocess.Popen[str]) -> None:
    second = pizhu("tag", "--db", str(db), env={"PIZHU_LOCK_TIMEOUT": "3"})
    assert second.returncode == 0, second.stderr  # before: "busy in another pizhu process"
    assert "3 articles re-tagged" in second.stdout
    assert "3 articles re-tagged" in _let_go(retag_starting)
    with Store(db) as store:
        assert store.integrity_ok()


# -- 8: read-only media ------------------------------------------------------------


def test_a_cleanly_closed_library_on_read_only_media_lists_and_searches(
    db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    before = stored(db)
    assert not Path(f"{db}-wal").exists() and not Path(f"{db}-shm").exists()  # closed cleanly
    # Root writes anywhere: read-only media are what the store's check reports, as it does for them.
    monkeypatch.setattr("gui.core.store.connection._writable", lambda path: False)
    assert cli.main(["list", "--db", str(db), "--format", "json"]) == 0
    out, err = capsys.readouterr()
    assert len(json.loads(out)) == 3
    assert err.strip().splitlines() == [f"pizhu: {db}: the library is read-only: changes cannot be saved"]
    assert cli.main(["search", "住房", "--db", str(db)]) == 0
    assert "省委常委会议召开会议" in capsys.readouterr().out
    page = tmp_path / "page.txt"
    page.write_text("某县召开春耕生产工作会议\n\n本报讯 3月1日，某县召开春耕生产工作会议。\n", encoding="utf-8")
    assert cli.main(["import", str(page), "--db", str(db)]) == 1
    (line,) = capsys.readouterr().err.strip().splitlines()
    assert "read-only" in line and "nothing was changed" in line
    # Opened immutable: no -wal or -shm file was made, as none can be on read-only media.
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("lib.sqlite")) == ["lib.sqlite"]
    monkeypatch.undo()
    assert stored(db) == before


@pytest.fixture()
def read_only_folder(seed_path: Path) -> Iterator[tuple[Path, tuple[str, ...]]]:
    """A library in a folder its reader may not write, and the command prefix that makes that reader."""
    if os.geteuid() == 0:
        if shutil.which("setpriv") is None:
            pytest.skip("running as root without setpriv: no user for whom the folder is read-only")
        prefix: tuple[str, ...] = ("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups")
    else:
        prefix = ()
    top = Path(tempfile.mkdtemp(prefix="pizhu-ro-"))
    try:
        top.chmod(0o755)
        (top / "home").mkdir(mode=0o777)
        (top / "home").chmod(0o777)
        media = top / "media"
        media.mkdir()
        with Library.open(media / "lib.sqlite") as library:
            library.import_paths([seed_path])
        for path in media.iterdir():
            path.chmod(0o444)
        media.chmod(0o555)
        yield media / "lib.sqlite", prefix
    finally:
        (top / "media").chmod(0o755)
        shutil.rmtree(top)


def test_a_library_in_a_read_only_folder_lists_and_refuses_an_import(
    read_only_folder: tuple[Path, tuple[str, ...]], seed_path: Path
) -> None:
    db, prefix = read_only_folder
    home = db.parent.parent / "home"
    env = {"HOME": str(home), "XDG_DATA_HOME": str(home / "d"), "XDG_STATE_HOME": str(home / "s")}
    listed = pizhu("list", "--db", str(db), "--format", "json", env=env, prefix=prefix)
    assert listed.returncode == 0, listed.stderr  # before: "attempt to write a readonly database"
    assert len(json.loads(listed.stdout)) == 3
    assert "read-only" in listed.stderr
    refused = pizhu("import", str(seed_path), "--db", str(db), env=env, prefix=prefix)
    one_line_error(refused, "read-only")


# -- 9: --db values that are no library file ---------------------------------------


@pytest.mark.parametrize(
    ("args", "env", "words"),
    [
        # A server library whose server is not there (issue 18): one line, the password never shown.
        (
            ["list", "--db", "postgresql://user:secret@127.0.0.1:1/news"],
            {},
            ["postgresql://user@127.0.0.1:1/news", "cannot reach"],
        ),
        (["--db", "postgresql://x.invalid"], {}, ["x.invalid", "cannot reach"]),  # the window: refused before it starts
        (["list"], {"PIZHU_DB": "postgres://x.invalid"}, ["postgres://x.invalid", "cannot reach"]),
        (["search", "住房", "--db", "sqlite:///x.sqlite"], {}, ["URL"]),
        (["search", "住房", "--db", "typo/dir/x.sqlite"], {}, ["typo/dir/x.sqlite", "no such library"]),
        (["search", "住房"], {"PIZHU_DB": "typo/x.sqlite"}, ["no such library"]),
        (["list", "--db", "missing.sqlite"], {}, ["no such library"]),
        (["tag", "--db", "missing.sqlite"], {}, ["no such library"]),
        (["export", "--what", "entities", "--db", "typo/dir/x.sqlite"], {}, ["no such library"]),
        (["list", "--db", "~no_such_user_pizhu/x.sqlite"], {}, ["no_such_user_pizhu"]),
        (["list", "--db", "/dev/stdout"], {}, ["/dev/stdout", "not a library file"]),
        (["import", "SEED", "--db", "/dev/stdout"], {}, ["/dev/stdout", "not a library file"]),
        (["list", "--db", "/dev/null"], {}, ["not a library file"]),
    ],
)
def test_a_db_value_that_is_no_library_gets_one_line_and_creates_nothing(
    tmp_path: Path, seed_path: Path, args: list[str], env: dict[str, str], words: list[str]
) -> None:
    work = tmp_path / "work"
    work.mkdir()
    args = [str(seed_path) if a == "SEED" else a for a in args]
    result = pizhu(*args, cwd=work, env=env)
    one_line_error(result, *words)
    assert result.stdout == "" and "secret" not in result.stderr
    assert list(work.iterdir()) == []


def test_import_may_create_a_new_library_where_a_read_may_not(tmp_path: Path, seed_path: Path) -> None:
    target = tmp_path / "new" / "lib.sqlite"
    one_line_error(pizhu("list", "--db", str(target)), "no such library")
    assert not target.parent.exists()
    created = pizhu("import", str(seed_path), "--db", str(target))
    assert created.returncode == 0, created.stderr
    assert len(json.loads(pizhu("list", "--db", str(target), "--format", "json").stdout)) == 3


# -- 10: control characters never reach the terminal -------------------------------

HOSTILE_TITLE = "\x1b]0;owned\x07标题\x1b[2J\u202e反转\u009b31m\n第二行"  # (import makes CR LF a LF)
TERMINAL_ACTIVE = ["\x1b", "\x07", "\x9b", "\u202e", "\r"]


def test_titles_and_file_names_are_printed_with_control_characters_made_visible(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    records = [{"title": HOSTILE_TITLE, "body": "各地要抓好春耕生产。"}, {"title": "春耕", "body": "各地要做好春耕。"}]
    feed.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    bad_name = tmp_path / "empty\x1b[31m\x07\r.txt"
    bad_name.write_text("")
    db = str(tmp_path / "lib.sqlite")

    imported = pizhu("import", str(feed), str(bad_name), "--db", db)
    assert imported.returncode == 0, imported.stderr
    assert "empty\\x1b[31m\\x07\\r.txt: empty file; skipped" in imported.stderr
    table = pizhu("list", "--db", db)
    assert table.returncode == 0
    assert len(table.stdout.splitlines()) == 3  # a header and one line per article: no line break got through
    assert "\\x1b]0;owned\\x07标题\\x1b[2J\\u202e反转\\x9b31m\\n第二行" in table.stdout
    listed = pizhu("list", "--db", db, "--format", "json")
    assert {a["title"] for a in json.loads(listed.stdout)} == {HOSTILE_TITLE, "春耕"}  # JSON keeps the value
    missing = pizhu("list", "--db", str(tmp_path / "x\x1b[2J.sqlite"))
    assert "x\\x1b[2J.sqlite" in one_line_error(missing, "no such library")
    for result in (imported, table, listed, missing):
        for ch in TERMINAL_ACTIVE:
            assert ch not in result.stdout and ch not in result.stderr, repr(ch)


def test_an_export_shown_on_a_terminal_cannot_drive_it(tmp_path: Path) -> None:
    import pty

    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"title": HOSTILE_TITLE, "body": "各地要抓好春耕生产。"}, ensure_ascii=False), "utf-8")
    db = str(tmp_path / "lib.sqlite")
    assert pizhu("import", str(feed), "--db", db).returncode == 0
    master, terminal = pty.openpty()
    child = subprocess.Popen(
        [sys.executable, "-m", "gui", "export", "--what", "articles", "--db", db],
        env=dict(os.environ, PYTHONPATH=SOURCE_ROOT),
        stdout=terminal,
        stderr=subprocess.PIPE,
    )
    os.close(terminal)
    shown = b""
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:  # the terminal closed with the process
            break
        if not chunk:
            break
        shown += chunk
    os.close(master)
    assert child.wait(timeout=120) == 0
    text = shown.decode("utf-8")
    assert "\\x1b]0;owned\\x07标题" in text
    for ch in ("\x1b", "\x07", "\x9b", "\u202e"):
        assert ch not in text, repr(ch)
    # A pipe still gets the exact bytes, for a file or another program.
    piped = pizhu("export", "--what", "articles", "--db", db)
    assert "\x1b]0;owned\x07标题" in piped.stdout


def test_shown_keeps_chinese_and_tabs_and_escapes_every_control() -> None:
    assert cli.shown("林武\t主持") == "林武\t主持"
    assert cli.shown("a\x00b\x7fc\x85d\u2028e\u2066") == "a\\x00b\\x7fc\\x85d\\u2028e\\u2066"


# -- 12: damaged libraries -----------------------------------------------------------


def _drop_a_table(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("DROP TABLE directive_values")
    conn.commit()
    conn.close()


def _garble_pages(path: Path) -> None:
    data = bytearray(path.read_bytes())
    page = 4096
    for start in range(3 * page, len(data) - page, 3 * page):
        data[start + 100 : start + 300] = bytes(range(200))
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("damage", [_drop_a_table, _garble_pages], ids=["dropped table", "garbled pages"])
@pytest.mark.parametrize(
    "args",
    [
        ["list"],
        ["search", "住房"],
        ["export", "--what", "entities"],
        ["tag"],
        ["import", "SEED"],
    ],
    ids=lambda args: args[0],
)
def test_a_damaged_library_is_refused_with_how_to_recover(
    db: Path, seed_path: Path, damage: Callable[[Path], None], args: list[str]
) -> None:
    damage(db)
    before = db.read_bytes()
    args = [str(seed_path) if a == "SEED" else a for a in args]
    line = one_line_error(pizhu(*args, "--db", str(db)), "damaged", "nothing was written")
    assert f"sqlite3 {db} .recover | sqlite3 recovered.sqlite" in line
    assert db.read_bytes() == before


def test_the_damaged_library_line_names_the_backup_of_an_upgrade(db: Path) -> None:
    backup = db.with_name("lib.sqlite.v8-backup")
    shutil.copy(db, backup)
    _drop_a_table(db)
    one_line_error(pizhu("list", "--db", str(db)), "damaged", f"copy back the backup {backup}")


def test_a_damaged_library_is_noticed_by_the_window_and_any_open(db: Path) -> None:
    _drop_a_table(db)
    with pytest.raises(LibraryError, match="damaged"):
        Library.open(db)
    with pytest.raises(LibraryError, match="damaged"):
        Store(db, read_only=True)
