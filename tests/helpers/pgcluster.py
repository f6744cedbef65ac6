"""A throwaway PostgreSQL cluster for tests and benchmarks: initdb into a temporary folder,
started on a free local port and a unix socket there, stopped and removed at the end.

initdb refuses to run as root, so as root (CI) the server's programs run as `nobody`
through runuser, in a folder that user owns. Without the PostgreSQL programs `binaries()`
is None and the callers skip.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

SEARCHED = ("/usr/lib/postgresql/*/bin", "/usr/local/pgsql/bin", "/opt/homebrew/bin", "/usr/local/bin", "/usr/bin")


def binaries() -> Path | None:
    """The folder of initdb and pg_ctl ($PIZHU_PG_BIN, else the newest Debian one, else PATH)."""
    env = os.environ.get("PIZHU_PG_BIN")
    if env:
        return Path(env) if (Path(env) / "initdb").exists() else None
    debian = sorted(Path("/usr/lib/postgresql").glob("*/bin"), key=lambda p: int(p.parent.name), reverse=True)
    for folder in debian:
        if (folder / "initdb").exists():
            return folder
    found = shutil.which("initdb")
    return Path(found).parent if found else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Cluster:
    """A running cluster whose superuser is `postgres` (trust authentication, local only)."""

    def __init__(self, bin_dir: Path) -> None:
        self.bin_dir = bin_dir
        self.folder = Path(tempfile.mkdtemp(prefix="pizhu-pg-"))
        self.data = self.folder / "data"
        self.port = _free_port()
        self._as: list[str] = []
        if os.geteuid() == 0:  # initdb and postgres refuse root
            self._as = ["runuser", "-u", "nobody", "--"]
            os.chmod(self.folder, 0o755)
            shutil.chown(self.folder, "nobody")

    def _run(self, *args: str) -> None:
        subprocess.run([*self._as, *args], check=True, capture_output=True, cwd=self.folder)

    def start(self) -> Cluster:
        self._run(
            str(self.bin_dir / "initdb"), "-D", str(self.data), "-U", "postgres", "--auth=trust",
            "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync",
        )  # fmt: skip
        options = (
            f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 -c fsync=off"
            " -c synchronous_commit=off -c full_page_writes=off -c max_connections=100"
        )
        self._run(str(self.bin_dir / "pg_ctl"), "-D", str(self.data), "-l", str(self.folder / "log"),
                  "-o", options, "-w", "start")  # fmt: skip
        return self

    def stop(self) -> None:
        with contextlib.suppress(subprocess.CalledProcessError):
            self._run(str(self.bin_dir / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w", "stop")
        shutil.rmtree(self.folder, ignore_errors=True)

    def url(self, dbname: str = "postgres", user: str = "postgres") -> str:
        """A libpq URL over TCP on the local port (what a lab's coders would type)."""
        return f"postgresql://{user}@127.0.0.1:{self.port}/{dbname}"

    def new_database(self, prefix: str = "lib") -> str:
        """A fresh empty database; its URL."""
        import psycopg

        name = f"{prefix}_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)


@contextlib.contextmanager
def running_cluster() -> Iterator[Cluster | None]:
    """A started cluster for the block, or None when PostgreSQL is not installed."""
    bin_dir = binaries()
    if bin_dir is None:
        yield None
        return
    cluster = Cluster(bin_dir).start()
    try:
        yield cluster
    finally:
        cluster.stop()
