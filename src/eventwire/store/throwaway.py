"""A throwaway PostgreSQL server on loopback, for tests and benchmarks: ``initdb`` + ``pg_ctl`` in a temp dir.

>>> with ThrowawayCluster() as cluster:           # doctest: +SKIP
...     url = cluster.create_database("scratch")  # postgresql://postgres@127.0.0.1:PORT/scratch

The binaries come from ``$EVENTWIRE_PG_BINDIR``, Debian's ``/usr/lib/postgresql/<newest>/bin``
or ``PATH``. ``initdb`` refuses to run as root, so as root the server runs as the ``postgres``
user (``nobody`` when there is none) and the temp dir is handed to it. Nothing listens
beyond 127.0.0.1 and authentication is ``trust``: for scratch data only.
"""

from __future__ import annotations

import os
import pwd
import re
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path
from types import TracebackType
from typing import Any

BINDIR_ENV = "EVENTWIRE_PG_BINDIR"
_NAME = re.compile(r"^[a-z_][a-z0-9_]*$")


class ClusterUnavailable(RuntimeError):
    """No server could be started here; the message says why."""


def find_bindir() -> Path | None:
    """The directory holding ``initdb`` and ``pg_ctl``, or None when PostgreSQL is not installed."""
    candidates: list[Path] = []
    if os.environ.get(BINDIR_ENV):
        candidates.append(Path(os.environ[BINDIR_ENV]))
    debian = sorted(Path("/usr/lib/postgresql").glob("*/bin"), key=_major_version, reverse=True)
    candidates.extend(debian)
    on_path = shutil.which("initdb")
    if on_path:
        candidates.append(Path(on_path).resolve().parent)
    for bindir in candidates:
        if (bindir / "initdb").is_file() and (bindir / "pg_ctl").is_file():
            return bindir
    return None


def _major_version(bindir: Path) -> int:
    name = bindir.parent.name
    return int(name) if name.isdigit() else 0


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _server_user() -> pwd.struct_passwd | None:
    """The unprivileged account to run as when we are root; None when we are not root."""
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "nobody"):
        try:
            return pwd.getpwnam(name)
        except KeyError:
            continue
    raise ClusterUnavailable("running as root and there is no 'postgres' or 'nobody' user for initdb")


class ThrowawayCluster:
    """One PostgreSQL server in a temp dir, removed by ``stop``.

    ``durable=False`` (tests) turns fsync off; ``durable=True`` keeps the server defaults,
    for timings that mean something.
    """

    def __init__(self, bindir: Path | None = None, *, durable: bool = False) -> None:
        found = bindir or find_bindir()
        if found is None:
            raise ClusterUnavailable("PostgreSQL is not installed (no initdb/pg_ctl; apt-get install postgresql)")
        self.bindir = found
        self.durable = durable
        self.port = 0
        self.root: Path | None = None
        self._user = _server_user()

    # -- lifecycle ---------------------------------------------------------------------

    def start(self) -> None:
        parent = "/tmp" if self._user is not None and Path("/tmp").is_dir() else None
        self.root = Path(tempfile.mkdtemp(prefix="eventwire-pg-", dir=parent))
        if self._user is not None:
            os.chown(self.root, self._user.pw_uid, self._user.pw_gid)
        self._initdb()
        last = ""
        for _ in range(3):  # another process may take the free port between our check and the bind
            self.port = _free_port()
            result = self._run(self._pg_ctl_start())
            if result.returncode == 0:
                return
            last = self._log_tail() or result.stdout
        self.stop()
        raise ClusterUnavailable(f"pg_ctl could not start the server: {last.strip()[-500:]}")

    def stop(self) -> None:
        if self.root is None:
            return
        if (self.root / "data" / "postmaster.pid").exists():
            self._run([str(self.bindir / "pg_ctl"), "-D", str(self.root / "data"), "-m", "immediate", "-w", "stop"])
        shutil.rmtree(self.root, ignore_errors=True)
        self.root = None

    def __enter__(self) -> ThrowawayCluster:
        self.start()
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None) -> None:
        self.stop()

    # -- databases ---------------------------------------------------------------------

    def url(self, dbname: str = "postgres") -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{dbname}"

    def admin(self) -> Any:
        """An autocommit connection to the ``postgres`` database as the superuser."""
        import psycopg

        return psycopg.connect(self.url(), autocommit=True)

    def create_database(self, name: str) -> str:
        """A new, empty database; returns its URL."""
        _check_name(name)
        with self.admin() as conn:
            conn.execute(f"CREATE DATABASE {name}")
        return self.url(name)

    def drop_database(self, name: str) -> None:
        _check_name(name)
        with self.admin() as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")

    # -- internals ---------------------------------------------------------------------

    def _run(self, args: list[str]) -> subprocess.CompletedProcess[str]:
        user = self._user
        return subprocess.run(
            args,
            cwd=self.root,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
            user=user.pw_uid if user else None,
            group=user.pw_gid if user else None,
            extra_groups=[] if user else None,
        )

    def _initdb(self) -> None:
        assert self.root is not None
        base = [str(self.bindir / "initdb"), "-D", str(self.root / "data"), "-U", "postgres", "-A", "trust"]
        base += ["-E", "UTF8", "--no-sync"]
        result = self._run([*base, "--locale=C.UTF-8"])
        if result.returncode != 0:  # a system without the C.UTF-8 locale
            shutil.rmtree(self.root / "data", ignore_errors=True)
            result = self._run([*base, "--no-locale"])
        if result.returncode != 0:
            self.stop()
            raise ClusterUnavailable(f"initdb failed: {(result.stderr or result.stdout).strip()[-500:]}")

    def _pg_ctl_start(self) -> list[str]:
        assert self.root is not None
        settings = {"listen_addresses": "127.0.0.1", "unix_socket_directories": str(self.root)}
        if not self.durable:
            settings.update(fsync="off", synchronous_commit="off", full_page_writes="off")
        options = f"-p {self.port} " + " ".join(f"-c {key}={value}" for key, value in settings.items())
        data, log = str(self.root / "data"), str(self.root / "server.log")
        return [str(self.bindir / "pg_ctl"), "-D", data, "-l", log, "-w", "-t", "60", "-o", options, "start"]

    def _log_tail(self) -> str:
        assert self.root is not None
        log = self.root / "server.log"
        return log.read_text(errors="replace")[-2000:] if log.exists() else ""


def _check_name(name: str) -> None:
    if not _NAME.match(name):
        raise ValueError(f"database name must be lower-case letters, digits and _, got {name!r}")
