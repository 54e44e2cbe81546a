"""Two floors under the CSV import figure: what no importer written in Python can beat.

The import of a 100,000-agreement file is meant to take at most 3x the
``sqlite3`` tool's ``.import`` of it into a plain table. These two
measurements, taken in the same run as that baseline, show how much of the
gap is Python and Accord's schema rather than Accord's checks:

- :func:`plain_copy` — Python's own ``.import``: the :mod:`csv` module's
  reader straight into the :mod:`sqlite3` module's ``executemany``, every
  cell as text into a new plain table, no check, no index (the baseline's
  work, done from Python);
- :func:`stored_rows` — the rows as an Accord library must hold them, and
  nothing more: partners created from the file, every agreement inserted
  with its stored values (type and relationship by value, areas as JSON,
  version, timestamps, ``search_text`` from :mod:`db.search.terms`; cells an
  export neutralised restored, :func:`db.csv.export.unneutralise`), its
  indexes built, one ``created`` history row each, one commit. No cell is
  checked, no date read beyond ISO, nothing matched: an importer that did
  this and any checking at all could only be slower.

Both use only the standard library and :mod:`db.search.terms` (the search text
is part of the schema's contract: the search runs on it), with the SQL that
:mod:`db.csv.import_write` and :mod:`db.storage.history_recorder` send, so a faster import
than :func:`stored_rows` would have to store less than the schema asks.
"""

from __future__ import annotations

import csv
import json
import sqlite3
import time
from itertools import repeat
from typing import TYPE_CHECKING

from db.csv.export import unneutralise
from db.enums import AgreementType, Relationship
from db.search.terms import agreement_search_text, partner_search_text

if TYPE_CHECKING:
    from pathlib import Path


def plain_copy(csv_file: Path, database: Path) -> float:
    """Copy ``csv_file`` into a new plain table of ``database``; return the seconds taken.

    The counterpart of ``sqlite3 DB ".import --csv FILE agreements"`` in
    Python: header row as column names, every cell text, one transaction.
    """
    database.unlink(missing_ok=True)
    start = time.perf_counter()
    connection = sqlite3.connect(database)
    try:
        with csv_file.open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.reader(handle)
            header = next(reader)
            columns = ", ".join(f'"{name}" TEXT' for name in header)
            connection.execute(f"CREATE TABLE agreements ({columns})")
            marks = ", ".join("?" * len(header))
            connection.executemany(f"INSERT INTO agreements VALUES ({marks})", reader)
        connection.commit()
    finally:
        connection.close()
    return time.perf_counter() - start


_TYPES = {member.label: member for member in AgreementType}
#: The cells a person types, which an export may have neutralised (a leading ``'``).
_TYPED = ("Partner", "Country", "Agreement", "Areas", "Notes", "Local name")
_RELATIONSHIPS = {member.label: member for member in Relationship}


def stored_rows(csv_file: Path, database: Path) -> float:
    """Store the agreements of ``csv_file`` (an Accord export) in the empty Accord library
    ``database`` as the schema requires, checking nothing; return the seconds taken.

    Raises :class:`sqlite3.Error` if the file is not an unedited Accord export
    (the rows are stored as they are: this is a floor, not an importer).
    """
    start = time.perf_counter()
    with csv_file.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.reader(handle)
        header = next(reader)
        column = {name: index for index, name in enumerate(header)}
        rows = list(reader)
    typed = [column[name] for name in _TYPED]
    for row in rows:
        for index in typed:
            if row[index][:1] == "'":
                row[index] = unneutralise(row[index])
    now = "2026-01-01 00:00:00.000000"
    connection = sqlite3.connect(database, isolation_level=None)
    try:
        connection.execute("PRAGMA foreign_keys = ON")
        connection.execute("BEGIN IMMEDIATE")
        partners: dict[str, int] = {}
        partner_rows = []
        for row in rows:
            name = row[column["Partner"]]
            if name in partners:
                continue
            partners[name] = len(partners) + 1
            relationship = _RELATIONSHIPS[row[column["Relationship"]]]
            local, country = row[column["Local name"]], row[column["Country"]]
            text = partner_search_text(name, local, country, relationship.label)
            partner_rows.append((partners[name], name, local, country, "city",
                                 relationship.value, "", now, now, 1, text))  # fmt: skip
        connection.executemany(
            "INSERT INTO partner (id, name, local_name, country, kind, relationship, notes, "
            "created_at, updated_at, version, search_text) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            partner_rows,
        )
        indexes = connection.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' "
            "AND tbl_name = 'agreement' AND sql IS NOT NULL"
        ).fetchall()
        for name, _sql in indexes:
            connection.execute(f'DROP INDEX "{name}"')
        agreement_rows, links = [], []
        for row in rows:
            agreement_id = int(row[column["ID"]])
            kind = _TYPES[row[column["Type"]]]
            areas = row[column["Areas"]].split("; ") if row[column["Areas"]] else []
            signed, until = row[column["Date signed"]], row[column["Expires on"]]
            title, notes = row[column["Agreement"]], row[column["Notes"]]
            text = agreement_search_text(title, kind.label, signed, until, notes, areas)
            agreement_rows.append((agreement_id, partners[row[column["Partner"]]], title,
                                   kind.value, signed, json.dumps(areas), notes, until or None,
                                   now, now, 1, text))  # fmt: skip
            if row[column["Supersedes"]]:
                links.append((int(row[column["Supersedes"]]), agreement_id))
        connection.executemany(
            "INSERT INTO agreement (id, partner_id, title, type, date_signed, areas, notes, "
            "expires_on, created_at, updated_at, version, search_text) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            agreement_rows,
        )
        connection.executemany("UPDATE agreement SET supersedes_id = ? WHERE id = ?", links)
        for _name, sql in indexes:
            connection.execute(sql)
        history = (
            "INSERT INTO history (at, user, record_kind, record_id, action) VALUES (?,?,?,?,?)"
        )
        for kind_name, ids in (("partner", partners.values()),
                               ("agreement", (row[0] for row in agreement_rows))):  # fmt: skip
            connection.executemany(
                history,
                zip(
                    repeat(now), repeat("bench"), repeat(kind_name), ids, repeat("created")
                ),  # fmt: skip
            )
        connection.execute("COMMIT")
    finally:
        connection.close()
    return time.perf_counter() - start
