"""A real PostgreSQL for the scale-out tests: Debian's server programs, started once per session on a free local
port in a temporary folder (trust authentication, 127.0.0.1 only), and a fresh database for each test."""

from __future__ import annotations

import os
import secrets
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from tests.ui.test_browser import free_port

PROGRAMS = Path("/usr/lib/postgresql")  # Debian keeps the server's programs here, one folder per major version
MISSING = "PostgreSQL's server programs are missing: run `make postgres` (apt-get install postgresql)"


def programs() -> Path:
    """The folder of the newest installed PostgreSQL's initdb and pg_ctl (else the ones on PATH)."""
    found = sorted(PROGRAMS.glob("*/bin/initdb"), key=lambda p: int(p.parts[-3]) if p.parts[-3].isdigit() else 0)
    on_path = shutil.which("initdb")
    if not found and on_path is None:
        pytest.fail(MISSING)
    return found[-1].parent if found else Path(on_path or "").resolve().parent


def as_server_user(command: list[str]) -> list[str]:
    """initdb and postgres refuse to run as root: there they run as the `postgres` user the Debian package adds."""
    if os.geteuid() != 0:
        return command
    # runuser lives in /usr/sbin, which a clean CI environment's PATH (/usr/local/bin:/usr/bin:/bin) leaves out
    runuser = shutil.which("runuser", path=os.pathsep.join([os.environ.get("PATH", ""), "/usr/sbin", "/sbin"]))
    if runuser is None:
        pytest.fail("runuser (util-linux) is missing: it runs PostgreSQL as the postgres user")
    return [runuser, "-u", "postgres", "--", *command]


class Server:
    """One PostgreSQL cluster in a temporary folder; stopped and started again by a test that needs it down."""

    def __init__(self) -> None:
        self.bin, self.port = programs(), free_port()
        self.folder = Path(tempfile.mkdtemp(prefix="chatbot-pg-"))  # not pytest's tmp: the postgres user must reach it
        if os.geteuid() == 0:
            try:
                shutil.chown(self.folder, "postgres")
            except LookupError:
                pytest.fail(f"There is no `postgres` user to run PostgreSQL as (initdb refuses root). {MISSING}")
        self.data, self.log = self.folder / "data", self.folder / "server.log"
        self.url = f"postgresql://postgres@127.0.0.1:{self.port}/postgres"
        # --no-sync and fsync=off: a throw-away cluster need not survive a power cut, and starts in about 2 s
        self.run("initdb", "-D", str(self.data), "-A", "trust", "-U", "postgres", "-E", "UTF8", "--no-sync")

    def run(self, program: str, *args: str) -> None:
        done = subprocess.run(as_server_user([str(self.bin / program), *args]), capture_output=True, text=True)
        if done.returncode:
            log = self.log.read_text(errors="replace") if self.log.exists() else ""
            pytest.fail(f"{program} {' '.join(args)} failed:\n{done.stdout}{done.stderr}{log}")

    def start(self) -> None:
        options = f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 -c fsync=off"
        self.run("pg_ctl", "-D", str(self.data), "-l", str(self.log), "-w", "-t", "60", "-o", options, "start")

    def stop(self) -> None:
        self.run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop")

    def database(self, name: str) -> str:
        return self.url.rsplit("/", 1)[0] + "/" + name


@pytest.fixture(scope="session")
def postgres() -> Iterator[Server]:
    """PostgreSQL running for the whole session (about 2 s to set up), removed with its folder at the end."""
    server = Server()
    try:
        server.start()
        yield server
        server.stop()
    finally:
        shutil.rmtree(server.folder, ignore_errors=True)


@pytest.fixture
def postgres_url(postgres: Server) -> Iterator[str]:
    """A fresh database of the session's server, so no test sees another's rows; dropped after the test."""
    name = f"test_{secrets.token_hex(6)}"
    with psycopg.connect(postgres.url, autocommit=True) as admin:
        admin.execute(f"CREATE DATABASE {name}")
    yield postgres.database(name)
    with psycopg.connect(postgres.url, autocommit=True) as admin:
        admin.execute(f"DROP DATABASE {name} WITH (FORCE)")
