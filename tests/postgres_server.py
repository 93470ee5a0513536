"""A throwaway PostgreSQL server for the test session, started from the installed binaries.

The PostgreSQL variants of the store, scheduler, folder and never-twice tests need a real
server. When `TEST_POSTGRES_URL` names one, the tests use it; otherwise the session starts
its own: `initdb` into a fresh temporary folder, `pg_ctl start` on a free loopback port (trust
authentication, loopback only, no fsync), and `pg_ctl stop` plus the folder removed at the
end. The binaries are Debian's `postgresql` package (`/usr/lib/postgresql/<major>/bin`), or
whatever `initdb` is on PATH or named by `pg_config --bindir`. PostgreSQL refuses to run as
root, so as root the server runs as the `postgres` user (via `runuser`), which Debian's
package creates.

Not handled: a machine with none of these binaries (the PostgreSQL tests then skip, or fail
under REQUIRE_POSTGRES=1, which `.ci/run` sets after installing Debian's package).
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

START_TIMEOUT_SECONDS = 60
PORT_ATTEMPTS = 3


class PostgresUnavailable(RuntimeError):
    """No PostgreSQL server could be started here; the message says why."""


def find_bin_dir() -> Path | None:
    """The folder holding initdb and pg_ctl: Debian's newest major version first."""

    def major(initdb: str) -> int:
        name = Path(initdb).parent.parent.name
        return int(name) if name.isdigit() else 0

    debian = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=major)
    if debian:
        return Path(debian[-1]).parent
    on_path = shutil.which("initdb")
    if on_path:
        return Path(on_path).parent
    pg_config = shutil.which("pg_config")
    if pg_config:
        found = subprocess.run([pg_config, "--bindir"], capture_output=True, text=True)
        candidate = Path(found.stdout.strip())
        if found.returncode == 0 and (candidate / "initdb").exists():
            return candidate
    return None


def free_port() -> int:
    """A loopback port nobody listens on right now (the server may still lose it to a race,
    which `start` answers by trying another)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class PostgresServer:
    """A running throwaway server: `url` is its `postgres` database, as the superuser."""

    bin_dir: Path
    root: Path
    port: int
    run_as: str | None

    @property
    def url(self) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/postgres"

    @property
    def data_dir(self) -> Path:
        return self.root / "data"

    def stop(self) -> None:
        """Stop the server at once (nothing in it is worth keeping) and remove its folder."""
        _run(self, "pg_ctl", "-D", str(self.data_dir), "-m", "immediate", "-w", "stop")
        shutil.rmtree(self.root, ignore_errors=True)


def _command(server: PostgresServer, program: str, *args: str) -> list[str]:
    command = [str(server.bin_dir / program), *args]
    return ["runuser", "-u", server.run_as, "--", *command] if server.run_as else command


def _run(server: PostgresServer, program: str, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        _command(server, program, *args),
        capture_output=True,
        text=True,
        timeout=START_TIMEOUT_SECONDS + 30,
        cwd=server.root,
    )


def start() -> PostgresServer:
    """initdb a temporary folder and start a server on a free loopback port."""
    bin_dir = find_bin_dir()
    if bin_dir is None:
        raise PostgresUnavailable(
            "no PostgreSQL binaries (initdb) found: apt-get install postgresql, "
            "or set TEST_POSTGRES_URL"
        )
    run_as = None
    if os.geteuid() == 0:  # initdb and postgres refuse to run as root
        try:
            pwd.getpwnam("postgres")
        except KeyError:
            raise PostgresUnavailable("running as root and there is no postgres user") from None
        if shutil.which("runuser") is None:
            raise PostgresUnavailable("running as root and runuser is missing")
        run_as = "postgres"
    # Not under pytest's 0700 tmp folders: the postgres user must reach it. Short, because the
    # server's Unix socket lives here too (paths over ~100 bytes are refused).
    root = Path(tempfile.mkdtemp(prefix="digest-pg-"))
    if run_as:
        shutil.chown(root, user=run_as)
    server = PostgresServer(bin_dir, root, 0, run_as)
    made = _run(
        server, "initdb", "-D", str(server.data_dir), "-U", "postgres", "-A", "trust",
        "-E", "UTF8", "--no-locale", "--no-sync",
    )  # fmt: skip
    if made.returncode != 0:
        shutil.rmtree(root, ignore_errors=True)
        raise PostgresUnavailable(f"initdb failed: {made.stderr.strip()[-500:]}")
    log = root / "server.log"
    for _attempt in range(PORT_ATTEMPTS):
        server.port = free_port()
        options = (
            f"-c listen_addresses=127.0.0.1 -p {server.port} -k {root} "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
            "-c max_connections=200"
        )
        started = _run(
            server, "pg_ctl", "-D", str(server.data_dir), "-l", str(log),
            "-w", "-t", str(START_TIMEOUT_SECONDS), "-o", options, "start",
        )  # fmt: skip
        if started.returncode == 0:
            return server
    reason = log.read_text(errors="replace")[-800:] if log.exists() else started.stderr
    shutil.rmtree(root, ignore_errors=True)
    raise PostgresUnavailable(f"the server did not start: {reason.strip()}")
