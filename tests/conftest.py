"""Shared fixtures: every test gets its own library and settings; nothing touches the user's.

- ``QT_QPA_PLATFORM=offscreen`` unless a display was chosen on purpose.
- ``ACCORD_LIBRARY``, ``XDG_*`` and QSettings point into the test's tmp folder.
- ``ACCORD_LANGUAGE=en``: tests read English unless they choose a language
  (whatever the machine's own language is).
- ``library`` opens a fresh library (the built-in records) and, after the
  test, asserts SQLite's ``foreign_key_check`` is empty.
"""

from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from typing import TYPE_CHECKING

import pytest  # noqa: E402
import sqlalchemy as sa  # noqa: E402

from db.opening import open_library  # noqa: E402

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


@pytest.fixture
def library(library_dir: Path) -> Iterator[Library]:
    """A new library with the built-in records; checked for orphan rows afterwards."""
    lib = open_library(library_dir)
    yield lib
    assert_no_orphans(lib)
    lib.close()


def assert_no_orphans(lib: Library) -> None:
    """Fail if SQLite's ``foreign_key_check`` finds any row whose parent is missing."""
    if lib.engine.dialect.name != "sqlite":
        return
    with lib.engine.connect() as conn:
        assert conn.execute(sa.text("PRAGMA foreign_key_check")).all() == []
