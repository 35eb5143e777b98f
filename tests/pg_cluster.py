"""A throwaway PostgreSQL cluster for the tests: initdb in a temp folder, a free loopback port, stopped at exit.

The server refuses to run as root, so under root the cluster belongs to the ``postgres`` user (or ``nobody``)
and its commands run through ``runuser``. ``POLICYLENS_TEST_PG_URL`` points the tests at an existing server
instead (each test still gets its own database).
"""
from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import uuid
from pathlib import Path

MISSING = (
    "PostgreSQL server binaries (initdb, pg_ctl) not found - install the Debian package `postgresql`"
    " (`make sysdeps` does) or set POLICYLENS_TEST_PG_URL"
)


def find_bindir() -> Path | None:
    """The folder holding initdb and pg_ctl: pg_config's bindir, Debian's versioned folders, or PATH."""
    candidates: list[str] = []
    if shutil.which("pg_config"):
        try:
            candidates.append(subprocess.run(["pg_config", "--bindir"], capture_output=True, text=True, check=True).stdout.strip())
        except (OSError, subprocess.CalledProcessError):
            pass
    versioned = glob.glob("/usr/lib/postgresql/*/bin")
    candidates += sorted(versioned, key=lambda p: int(Path(p).parent.name) if Path(p).parent.name.isdigit() else 0, reverse=True)
    candidates += [str(Path(w).resolve().parent) for w in (shutil.which("initdb"),) if w]
    for c in candidates:
        if c and (Path(c) / "initdb").is_file() and (Path(c) / "pg_ctl").is_file():
            return Path(c)
    return None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class TempCluster:
    """A running throwaway cluster; ``url(db)`` gives a connection URL, ``new_database()`` a fresh database."""

    def __init__(self, bindir: Path):
        self.bindir = bindir
        self.port = _free_port()
        # Under root the server's user must reach the folder: /tmp, not a private TMPDIR.
        root = os.geteuid() == 0
        self.dir = Path(tempfile.mkdtemp(prefix="policylens-pg-", dir="/tmp" if root and os.path.isdir("/tmp") else None))
        self.data = self.dir / "data"
        self._prefix: list[str] = []
        if root:
            user = "postgres"
            try:
                pw = pwd.getpwnam(user)
            except KeyError:
                user, pw = "nobody", pwd.getpwnam("nobody")
            os.chown(self.dir, pw.pw_uid, pw.pw_gid)
            self._prefix = ["runuser", "-u", user, "--"] if shutil.which("runuser") else ["su", user, "-s", "/bin/sh", "-c"]
        self._run("initdb", "-D", str(self.data), "-U", "policylens", "--auth=trust", "-E", "UTF8", "--locale=C", "--no-sync")
        opts = (
            f"-p {self.port} -k {self.dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off"
            " -c full_page_writes=off -c max_connections=60 -c shared_buffers=32MB"
        )
        self._run("pg_ctl", "-D", str(self.data), "-o", opts, "-l", str(self.dir / "server.log"), "-w", "-t", "60", "start")

    def _run(self, tool: str, *args: str) -> None:
        cmd = [str(self.bindir / tool), *args]
        if self._prefix[-1:] == ["-c"]:  # su wants one shell string
            import shlex

            cmd = [*self._prefix, shlex.join(cmd)]
        else:
            cmd = [*self._prefix, *cmd]
        res = subprocess.run(cmd, capture_output=True, text=True, cwd=self.dir)
        if res.returncode != 0:
            log = (self.dir / "server.log").read_text(errors="replace")[-2000:] if (self.dir / "server.log").exists() else ""
            raise RuntimeError(f"{tool} failed ({res.returncode}): {res.stderr.strip()}\n{log}")

    def url(self, db: str = "postgres") -> str:
        return f"postgresql://policylens@127.0.0.1:{self.port}/{db}"

    def stop(self) -> None:
        try:
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.dir, ignore_errors=True)


def server():
    """Yield the admin URL of a server for the test session: POLICYLENS_TEST_PG_URL, or a throwaway cluster."""
    import pytest

    pytest.importorskip("psycopg", reason="the PostgreSQL store needs psycopg - pip install 'psycopg[binary]'")
    if os.environ.get("POLICYLENS_TEST_PG_URL"):
        yield os.environ["POLICYLENS_TEST_PG_URL"]
        return
    bindir = find_bindir()
    if bindir is None:
        pytest.skip(MISSING)
    cluster = TempCluster(bindir)
    try:
        yield cluster.url()
    finally:
        cluster.stop()


def new_database(admin_url: str) -> str:
    """Create an empty database on the server of ``admin_url``; return its URL."""
    from urllib.parse import urlsplit, urlunsplit

    import psycopg

    name = "t_" + uuid.uuid4().hex[:12]
    with psycopg.connect(admin_url, autocommit=True) as c:
        c.execute(f'CREATE DATABASE "{name}" TEMPLATE template0 ENCODING \'UTF8\'')
    return urlunsplit(urlsplit(admin_url)._replace(path="/" + name))
