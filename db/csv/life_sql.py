"""The SQL of the report cells of an agreement's life: periods, signatories, events.

Each gives exactly the text the Python writers give (:mod:`db.record_fields`'
``write_period`` and ``write_signatories``, :func:`db.lifecycle.events.events_text`), on
SQLite and on PostgreSQL, so that the export's one query (:mod:`db.csv.export_query`)
writes them with no Python per row; ``tests/test_csv_life.py`` compares both ways and
both databases byte for byte.
"""

from __future__ import annotations

from db.enums import EventKind
from db.i18n.translate import translate_into
from db.lifecycle.events import EVENT_LABELS

# Rows of a joined cell's subquery are joined with this, by dialect (events: a line each).
_NEWLINE = {"postgresql": "chr(10)", "sqlite": "char(10)"}


def quoted(text: str) -> str:
    """``text`` as an SQL string literal."""
    return "'" + text.replace("'", "''") + "'"


def joined(dialect: str, column: str, source: str, order: str, separator: str) -> str:
    """Return SQL joining ``column`` of ``source`` rows with ``separator`` (SQL) in
    ``order`` ('' if none); the form :func:`db.csv.export_query._neutralised` unwraps."""
    if dialect == "postgresql":
        return (f"(SELECT coalesce(string_agg({column}, {separator} ORDER BY {order}), '') "
                f"FROM {source})")  # fmt: skip
    # SQLite (before 3.44) has no ORDER BY inside group_concat: an ordered subquery keeps it.
    return (f"(SELECT coalesce(group_concat(v, {separator}), '') "
            f"FROM (SELECT {column} AS v FROM {source} ORDER BY {order}))")  # fmt: skip


def period(column: str, language: str) -> str:
    """Return SQL writing a stored period (``"P3M"``, ``"P90D"``; ``""`` none) as
    :meth:`db.periods.Period.written` does in ``language``: ``"3 months"``, ``"1 month"``,
    ``"90 days"``, ``"1 day"``; Japanese ``"3か月"``, ``"90日"``."""
    amount = f"substr({column}, 2, length({column}) - 2)"
    letter = f"substr({column}, length({column}), 1)"
    if language == "ja":
        unit = f"CASE {letter} WHEN 'D' THEN '日' ELSE 'か月' END"
    else:
        unit = (f"CASE WHEN {letter} = 'D' AND {amount} = '1' THEN ' day' "
                f"WHEN {letter} = 'D' THEN ' days' WHEN {amount} = '1' THEN ' month' "
                "ELSE ' months' END")  # fmt: skip
    return f"CASE WHEN coalesce({column}, '') = '' THEN '' ELSE {amount} || {unit} END"


def signatories(dialect: str, column: str) -> str:
    """Return SQL writing a JSON list of ``{"name", "title"}`` as ``"Name (Title); Name2"``
    (a title without a name: ``"(Title)"``), in list order."""
    if dialect == "postgresql":
        name, title = "coalesce(e.value->>'name', '')", "coalesce(e.value->>'title', '')"
        source = f"json_array_elements({column}) WITH ORDINALITY AS e(value, n)"
    else:
        name = "coalesce(json_extract(value, '$.name'), '')"
        title = "coalesce(json_extract(value, '$.title'), '')"
        source = f"json_each({column})"
    one = (f"CASE WHEN {title} = '' THEN {name} WHEN {name} = '' THEN '(' || {title} || ')' "
           f"ELSE {name} || ' (' || {title} || ')' END")  # fmt: skip
    if dialect == "postgresql":
        return joined(dialect, one, source, "e.n", "'; '")
    # json_each gives the elements in list order: no subquery needed to keep it.
    return f"(SELECT coalesce(group_concat({one}, '; '), '') FROM {source})"


def events(dialect: str, language: str) -> str:
    """Return SQL writing the agreement ``a``'s events one a line in date order (then as
    added), each as :func:`db.lifecycle.events.event_line` writes it in ``language``:
    ISO dates whatever the report's date style."""

    def iso(column: str) -> str:
        return f"to_char({column}, 'YYYY-MM-DD')" if dialect == "postgresql" else column

    def label(kind: EventKind, automatic: bool = False) -> str:
        return quoted(translate_into(language, "lifecycle", EVENT_LABELS[(kind, automatic)]))

    renewed = EventKind.RENEWED.value
    labels = (f"CASE WHEN ev.kind = '{renewed}' AND ev.automatic "
              f"THEN {label(EventKind.RENEWED, True)} "
              + " ".join(f"WHEN ev.kind = '{kind.value}' THEN {label(kind)}" for kind in EventKind)
              + " END")  # fmt: skip
    line = (f"{iso('ev.date')} || ' ' || {labels} || CASE WHEN ev.new_expiry IS NULL THEN '' "
            f"ELSE ' → ' || {iso('ev.new_expiry')} END || CASE WHEN coalesce(ev.note, '') = '' "
            "THEN '' ELSE ': ' || ev.note END")  # fmt: skip
    return joined(dialect, line, "agreement_event ev WHERE ev.agreement_id = a.id",
                  "ev.date, ev.id", _NEWLINE.get(dialect, "char(10)"))  # fmt: skip
