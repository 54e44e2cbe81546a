"""Import sentences: a refusal is one sentence, notices name what was changed."""

from __future__ import annotations

from pathlib import Path

import pytest

from db import sqlite
from db.csv_import import apply_import, plan_import
from db.errors import CsvImportError
from db.library import Library, open_library


def test_an_import_into_a_read_only_library_is_refused_in_one_sentence(library_dir: Path) -> None:
    open_library(library_dir).close()
    data = b"Partner,Agreement,Date signed\r\nSeoul,New one,2021-01-01\r\n"
    engine = sqlite.read_only_engine(library_dir / "accord.sqlite3")
    library = Library(root=library_dir.resolve(), engine=engine, read_only=True)
    try:
        plan = plan_import(library, data)
        with pytest.raises(CsvImportError) as caught:
            apply_import(library, plan)
    finally:
        library.close()
    message = str(caught.value)
    assert message.startswith("Nothing was imported: the library is read-only"), message
    assert message.count(". ") == 0 and ": The" not in message
