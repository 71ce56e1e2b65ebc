"""Opening a knowledge base: URL resolution, SQLite pragmas, migrations on open.

SQLite is the default (``newsgraph.db`` in the current directory); it runs in WAL mode, so readers are
never blocked by an ingest and a killed writer leaves the last committed batch intact. PostgreSQL is
chosen by a ``postgresql+psycopg://`` URL.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from ..errors import StoreError

__all__ = ["DEFAULT_DB", "Store", "open_store", "resolve_url", "StoreLike"]

DEFAULT_DB = "newsgraph.db"
_MIGRATIONS = Path(__file__).with_name("migrations")
# how long a SQLite connection waits for another's write lock before "database is locked"
_BUSY_TIMEOUT_MS = 30_000


def resolve_url(db: str | os.PathLike[str] | None) -> str:
    """A SQLAlchemy URL from ``None`` (``newsgraph.db`` in cwd), a file path, or a URL."""
    if db is None or str(db) == "":
        db = DEFAULT_DB
    text = str(db)
    if "://" in text:
        if text.startswith("postgresql://") or text.startswith("postgres://"):
            # the bare scheme would pick psycopg2, which is not a dependency
            text = "postgresql+psycopg://" + text.split("://", 1)[1]
        return text
    return f"sqlite:///{Path(text).expanduser()}"


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    # the busy timeout first: switching to WAL may itself wait for another connection's lock
    cur.execute(f"PRAGMA busy_timeout={_BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA journal_mode=WAL")
    # NORMAL is durable across a killed process in WAL mode (only a power loss may lose the last commit)
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.close()


class Store:
    """An open knowledge base: an engine whose schema is at the latest migration.

    Use :meth:`begin` for a transaction and :meth:`connect` for reads. ``dialect`` is ``"sqlite"`` or
    ``"postgresql"``. Close with :meth:`close` (or use the store as a context manager).
    """

    def __init__(self, engine: Engine, url: str) -> None:
        self.engine = engine
        self.url = url
        self.dialect = engine.dialect.name

    @contextmanager
    def begin(self) -> Iterator[Connection]:
        with self.engine.begin() as conn:
            yield conn

    @contextmanager
    def connect(self) -> Iterator[Connection]:
        with self.engine.connect() as conn:
            yield conn

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Store({self.engine.url.render_as_string(hide_password=True)!r})"


StoreLike = Store | str | os.PathLike[str] | None


def _make_engine(url: str) -> Engine:
    try:
        if url.startswith("sqlite"):
            engine = sa.create_engine(url, connect_args={"timeout": 30})
            sa.event.listen(engine, "connect", _sqlite_pragmas)
            return engine
        return sa.create_engine(url, pool_pre_ping=True)
    except ImportError as exc:
        raise StoreError(f"database driver missing for {url.split(':', 1)[0]} ({exc}); "
                         "install newsgraph[postgres] for PostgreSQL") from exc
    except sa.exc.ArgumentError as exc:
        raise StoreError(f"not a database URL: {url!r} ({exc})") from exc


def migrate(engine: Engine) -> None:
    """Bring the schema to the latest Alembic revision (idempotent)."""
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(_MIGRATIONS))
    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            # two processes opening a fresh database at once must not both create the tables
            conn.execute(sa.text("SELECT pg_advisory_xact_lock(7261001)"))
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")


def _lock_path(url: str) -> Path | None:
    """The lock file that serializes schema creation on a SQLite file (None for :memory: and servers)."""
    if not url.startswith("sqlite:///") or url == "sqlite:///:memory:":
        return None
    db = Path(url[len("sqlite:///"):])
    return db.with_name(db.name + ".migrate-lock")


@contextmanager
def _creation_lock(url: str) -> Iterator[None]:
    """Serialize schema creation on a SQLite file: two processes opening a new file at once would both
    create the tables.

    The lock is an flock on a SEPARATE file beside the database, never on the database itself: POSIX
    record locks belong to the process, and closing any descriptor of the database file drops all of
    them, SQLite's included; another process may then delete the -wal and -shm files under a live
    connection and corrupt the base (SQLite's "How To Corrupt An SQLite Database File", section 2.2).
    When the lock file cannot be created (a read-only folder), nothing can be created either, so the
    migration runs unlocked and fails, or finds the schema current, on its own.
    """
    lock = _lock_path(url)
    if lock is None:
        yield
        return
    import fcntl

    try:
        fd = os.open(lock, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError:
        yield
        return
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # drops the flock; the lock file is never the database, so SQLite's locks stay


def open_store(db: StoreLike = None, *, create: bool = True) -> Store:
    """Open (and create or migrate) the knowledge base at ``db``: a Store, a URL, a path or None.

    Raises :class:`~newsgraph.errors.StoreError` with the reason when the database cannot be opened.
    With ``create=False`` a missing SQLite file is an error instead of a new empty base.
    """
    if isinstance(db, Store):
        return db
    url = resolve_url(db)
    if url.startswith("sqlite:///") and url != "sqlite:///:memory:":
        path = Path(url[len("sqlite:///"):])
        if not create and not path.exists():
            raise StoreError("no such knowledge base (run `newsgraph ingest` first)", item=str(path))
        if not path.parent.exists():
            raise StoreError(f"folder {path.parent} does not exist", item=str(path))
    engine = _make_engine(url)
    try:
        with _creation_lock(url):
            migrate(engine)
    except sa.exc.OperationalError as exc:
        engine.dispose()
        raise StoreError(f"cannot open the knowledge base: {exc.orig}", item=_safe(url)) from exc
    except sa.exc.SQLAlchemyError as exc:
        engine.dispose()
        raise StoreError(f"cannot open the knowledge base: {exc}", item=_safe(url)) from exc
    return Store(engine, url)


def _safe(url: str) -> str:
    return sa.engine.make_url(url).render_as_string(hide_password=True)
