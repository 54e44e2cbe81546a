"""SQLite's part of the search index: an FTS5 trigram table over ``search_unit.text``.

``search_fts`` is an external-content FTS5 table (the text is stored once, in
``search_unit``) with the ``trigram`` tokenizer (SQLite 3.34 and later),
``case_sensitive 1`` (the text is folded already: :func:`db.text.search_key`) and
``detail=full``: a term of three or more characters is asked as a phrase of
its trigrams, which matches exactly the rows holding it as a substring, so
no row is read to check it (positions make the index about 0.8 times the
text, measured on pages in six scripts; without them it was a tenth, but
every candidate row had to be read and checked, five times slower).
Triggers keep it in step with ``search_unit`` inside every transaction that
writes a unit. Results are exact on every SQLite from 3.34 on; nothing
relies on what differs between versions:
``LIKE`` on a trigram table (wrong results in 3.40, fixed later),
``remove_diacritics`` for trigram (3.45: :func:`db.text.fold` removes marks
itself). A SQLite without FTS5 or trigram (:func:`supported`) gets no
``search_fts``, and the search scans ``search_unit`` with ``instr()``:
the same results, slower.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import sqlalchemy as sa

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

TABLE = "search_fts"
#: Tables FTS5 makes for ``search_fts`` (its "shadow tables"), outside the models.
SHADOW_TABLES = tuple(f"{TABLE}_{part}" for part in ("data", "idx", "docsize", "config", "content"))
#: Terms shorter than this cannot be asked of a trigram index.
SHORTEST = 3

_CREATE = (
    f"CREATE VIRTUAL TABLE {TABLE} USING fts5(text, content='search_unit', "
    "content_rowid='id', tokenize='trigram case_sensitive 1', detail=full)"
)
_TRIGGERS = {
    "search_unit_fts_insert": (
        "AFTER INSERT ON search_unit BEGIN "
        f"INSERT INTO {TABLE}(rowid, text) VALUES (new.id, new.text); END"
    ),
    "search_unit_fts_delete": (
        "AFTER DELETE ON search_unit BEGIN "
        f"INSERT INTO {TABLE}({TABLE}, rowid, text) VALUES ('delete', old.id, old.text); END"
    ),
    "search_unit_fts_update": (
        "AFTER UPDATE OF text ON search_unit BEGIN "
        f"INSERT INTO {TABLE}({TABLE}, rowid, text) VALUES ('delete', old.id, old.text); "
        f"INSERT INTO {TABLE}(rowid, text) VALUES (new.id, new.text); END"
    ),
}


def supported(connection: Connection) -> bool:
    """Return whether this SQLite has FTS5 with the trigram tokenizer (a throwaway probe)."""
    try:
        with connection.begin_nested():
            connection.exec_driver_sql(
                "CREATE VIRTUAL TABLE temp.accord_fts_probe USING fts5(x, tokenize='trigram')"
            )
            connection.exec_driver_sql("DROP TABLE temp.accord_fts_probe")
    except sa.exc.DBAPIError:
        return False
    return True


def present(connection: Connection) -> bool:
    """Return whether the database has ``search_fts`` (made when its SQLite could)."""
    found = connection.exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (TABLE,)
    ).first()
    return found is not None


def create(connection: Connection) -> bool:
    """Create ``search_fts`` and its triggers and fill it from ``search_unit``, when this
    SQLite can; return whether it did (an existing table is kept)."""
    if present(connection):
        return True
    if not supported(connection):
        return False
    connection.exec_driver_sql(_CREATE)
    create_triggers(connection)
    rebuild(connection)
    return True


def drop(connection: Connection) -> None:
    """Drop ``search_fts`` and its triggers (the downgrade)."""
    drop_triggers(connection)
    connection.exec_driver_sql(f"DROP TABLE IF EXISTS {TABLE}")


def create_triggers(connection: Connection) -> None:
    """Create the triggers that keep ``search_fts`` in step with ``search_unit``."""
    for name, body in _TRIGGERS.items():
        connection.exec_driver_sql(f"CREATE TRIGGER IF NOT EXISTS {name} {body}")


def drop_triggers(connection: Connection) -> None:
    """Drop those triggers (a rebuild writes every unit, then :func:`rebuild`)."""
    for name in _TRIGGERS:
        connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")


def rebuild(connection: Connection) -> None:
    """Rebuild ``search_fts`` from every row of ``search_unit`` (FTS5's ``rebuild``)."""
    connection.exec_driver_sql(f"INSERT INTO {TABLE}({TABLE}) VALUES ('rebuild')")


def match_expression(term: str) -> str | None:
    """Return the FTS5 query that matches exactly the rows holding ``term``: the term as
    one quoted phrase (a ``"`` doubled, so nothing in a term is FTS5 syntax), which the
    trigram tokenizer reads as its trigrams in a row; ``None`` for a term too short for
    trigrams."""
    if len(term) < SHORTEST:
        return None
    return '"' + term.replace('"', '""') + '"'
