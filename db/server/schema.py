"""The server's own database objects, which no model declares (PostgreSQL only).

A library on a PostgreSQL server keeps two tables a SQLite library does not have
(migration 0008 creates them on PostgreSQL and nothing on SQLite):

- ``document_content``: the signed files themselves, keyed by SHA-256 and stored
  once, in parts of :data:`PART_SIZE` bytes (``bytea``, ``STORAGE EXTERNAL``: PDFs
  are compressed already). Parts stream in and out with bounded memory; measured
  on a 50 MB file against one ``bytea`` row and against large objects (which
  also need a grant per object), parts were the quickest both ways
  (``tests/benchmarks/bench_server_documents.py``).
- ``change_log``: one numbered row per changed partner, agreement, document or
  agreement event, written by a trigger in the changing transaction. The trigger
  takes one transaction-level advisory lock (:data:`CHANGE_LOCK`) before taking a
  number, so numbers are committed in the order they are taken: a reader that has
  seen number N has seen everything below it (a plain sequence would let a slow
  transaction commit number 10 after 11 was read). A statement-level trigger sends
  the newest number on :data:`CHANNEL`; PostgreSQL delivers it at commit.
"""

from __future__ import annotations

from db.search import outside_models as _outside_search

#: Table of the stored files' parts: ``(sha256, part, content)``.
CONTENT_TABLE = "document_content"
#: Table of the numbered changes: ``(id, at, by_user, record_kind, record_id, parent_id, action)``.
CHANGE_TABLE = "change_log"
#: The ``LISTEN/NOTIFY`` channel; a notification's payload is the newest change number.
CHANNEL = "accord_changes"
#: Bytes in one part of a stored file (1 MiB; the last part may be shorter).
PART_SIZE = 1 << 20
#: Key of the transaction-level advisory lock that orders the change numbers ("ACCD").
CHANGE_LOCK = 0x41434344
#: Tables whose rows are logged: table -> (record kind, ID column, parent column).
LOGGED_TABLES: dict[str, tuple[str, str, str | None]] = {
    "partner": ("partner", "id", None),
    "agreement": ("agreement", "id", "partner_id"),
    "agreement_event": ("agreement", "agreement_id", None),
    "document": ("document", "id", "agreement_id"),
}
#: Tables only a server library has, as :func:`outside_models` leaves them out.
SERVER_TABLES = (CONTENT_TABLE, CHANGE_TABLE)


def outside_models(name: str | None, type_: str, parent_names: object = None) -> bool:
    """Return False for the database objects no model declares (the search index's, and
    the server's tables above), for Alembic's ``include_name`` when a schema is compared
    with the models."""
    if type_ == "table" and name in SERVER_TABLES:
        return False
    if type_ == "index" and name is not None and name.startswith(SERVER_TABLES):
        return False
    return _outside_search(name, type_, parent_names)
