"""Shared fixtures: every test gets its own library and settings; nothing touches the user's.

- ``QT_QPA_PLATFORM=offscreen`` unless a display was chosen on purpose.
- ``ACCORD_LIBRARY``, ``XDG_*`` and QSettings point into the test's tmp folder.
- ``ACCORD_LANGUAGE=en``: tests read English unless they choose a language
  (whatever the machine's own language is).
- ``library`` opens a fresh library (the built-in records) and, after the
  test, asserts SQLite's ``foreign_key_check`` is empty.
- A module marked ``pytestmark = pytest.mark.backends`` runs each test that uses
  ``library`` (or a fixture of its own on ``database_url``, or ``backend``) twice: on
  SQLite and on a database of its own on the PostgreSQL server of
  ``ACCORD_TEST_DATABASE_URL`` (skipped without it; ``tests/server_db.py``).
  A test of such a module marked ``@pytest.mark.sqlite_only("why")`` checks something
  only SQLite has (a PRAGMA, the file, FTS5, a query plan): its PostgreSQL half is
  skipped with that reason.
"""

from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from typing import TYPE_CHECKING

import pytest  # noqa: E402
import sqlalchemy as sa  # noqa: E402

from db.opening import open_library  # noqa: E402
from tests import server_db  # noqa: E402

if TYPE_CHECKING:
    from collections.abc import Iterator

    from db.library import Library

SAMPLES = Path(__file__).with_name("samples")


@pytest.fixture(autouse=True)
def _isolate(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Point every per-user location of Accord and Qt into the test's folder."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("ACCORD_LIBRARY", str(tmp_path / "default-library"))
    monkeypatch.delenv("ACCORD_DATABASE_URL", raising=False)
    monkeypatch.setenv("ACCORD_LANGUAGE", "en")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    try:
        from PySide6.QtCore import QSettings
    except ImportError:  # pragma: no cover - PySide6 is a dependency
        return
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings")
    )


@pytest.fixture
def samples() -> Path:
    """Folder of the real sample PDFs (copied from shared/samples, see its README)."""
    return SAMPLES


@pytest.fixture
def library_dir(tmp_path: Path) -> Path:
    """A not-yet-existing library folder inside the test's tmp folder."""
    return tmp_path / "library"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "backends: run the module's library tests on SQLite and on PostgreSQL"
    )
    config.addinivalue_line(
        "markers", "sqlite_only(reason): in a backends module, skip the PostgreSQL half"
    )


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Give every test of a ``backends`` module that uses ``library`` (or ``database_url``,
    or ``backend`` itself) both backends (the PostgreSQL half skipped for a ``sqlite_only``
    test or without a server)."""
    if "backend" in metafunc.fixturenames and metafunc.definition.get_closest_marker("backends"):
        only = metafunc.definition.get_closest_marker("sqlite_only")
        if only is not None:
            server = pytest.mark.skip(reason=f"SQLite only: {only.args[0]}")
        else:
            server = pytest.mark.skipif(not server_db.ADMIN_URL, reason=server_db.NO_SERVER)
        metafunc.parametrize(
            "backend", ["sqlite", pytest.param("postgresql", marks=server)], indirect=True
        )


def pytest_sessionfinish(session: pytest.Session) -> None:
    if server_db.ADMIN_URL:
        server_db.drop_templates()


@pytest.fixture
def backend(request: pytest.FixtureRequest) -> str:
    """Where ``library`` keeps its records: ``sqlite`` (the default) or ``postgresql``."""
    return getattr(request, "param", "sqlite")


@pytest.fixture
def database_url(backend: str) -> Iterator[str | None]:
    """The address of the records for ``library``: None (SQLite in the folder), or a new
    database on the test server (dropped after the test)."""
    if backend == "sqlite":
        yield None
        return
    with server_db.database() as url:
        yield url


@pytest.fixture
def bare_database_url(backend: str) -> Iterator[str | None]:
    """As ``database_url``, for ``open_library(..., builtin=False)``: the new server
    database holds no records (a copy of the template without the built-in ones)."""
    if backend == "sqlite":
        yield None
        return
    with server_db.database(builtin=False) as url:
        yield url


@pytest.fixture
def library(library_dir: Path, database_url: str | None) -> Iterator[Library]:
    """A new library with the built-in records; checked for orphan rows afterwards."""
    lib = open_library(library_dir, database_url=database_url)
    yield lib
    assert_no_orphans(lib)
    lib.close()


def assert_no_orphans(lib: Library) -> None:
    """Fail if SQLite's ``foreign_key_check`` finds any row whose parent is missing."""
    if lib.engine.dialect.name != "sqlite":
        return
    with lib.engine.connect() as conn:
        assert conn.execute(sa.text("PRAGMA foreign_key_check")).all() == []
