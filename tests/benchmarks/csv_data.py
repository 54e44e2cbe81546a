"""A deterministic large library for the CSV benchmarks and the CSV speed tests.

:func:`fill_library` writes partners, agreements and documents straight
into an empty library's tables (no ORM, no history: the point is the data,
quickly), with names, titles and notes in Latin, Japanese, Korean,
Cyrillic, Thai and Arabic scripts, cells that need quoting (delimiters,
quotes, line breaks) and cells that start like a spreadsheet formula. The
same ``seed`` always gives the same library.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import sqlite3
from typing import TYPE_CHECKING

from db.enums import AgreementType, PartnerKind, Relationship
from db.search.index import agreement_text, partner_text

if TYPE_CHECKING:
    from pathlib import Path

#: (English name, local name, country) stems per script; numbers make them unique.
PLACES = (
    ("Lyon", "Lyon", "France"),
    ("São Paulo", "São Paulo", "Brazil"),
    ("Osaka", "大阪", "Japan"),
    ("Seoul", "서울", "Korea"),
    ("Novosibirsk", "Новосибирск", "Russia"),
    ("Bangkok", "กรุงเทพมหานคร", "Thailand"),
    ("Cairo", "القاهرة", "Egypt"),
    ("Zürich", "Zürich", "Switzerland"),
)
TITLES = (
    "Memorandum on cooperation in culture",
    "東京都と{p}との友好協力に関する合意書",
    "도쿄도와 {p} 간의 협력 각서",
    "Соглашение о сотрудничестве",
    "บันทึกความเข้าใจว่าด้วยความร่วมมือ",
    "مذكرة تفاهم بشأن التعاون",
    'Joint statement, "green" Tokyo',
    "=SUM(A1:A9) looks like a formula",
    "-minus start, and a comma",
    "Line one\nline two",
)
AREAS = ("Environment", "Sports", "Culture", "環境", "스포츠", "Культура", "การศึกษา", "ثقافة")
NOTES = (
    "",
    "",
    "",
    "Signed in Tokyo.",
    'He said "yes"; twice',
    "@mention\r\nnext",
    "+81 3",
    "'=quoted",
)
START = dt.date(1960, 1, 1)


def _stamp(day: int) -> str:
    return f"{START + dt.timedelta(days=day)} 09:30:00.000000"


def fill_library(
    database: Path, agreements: int, *, partners: int = 2000, documents: int = 0, seed: int = 7
) -> None:
    """Add ``partners`` partners, ``agreements`` agreements and ``documents`` document rows.

    ``database`` is an empty library's SQLite file (``open_library(...,
    builtin=False)``). Documents are rows only (no stored file): what an
    export reads. Search columns are filled when the schema has them.
    """
    rng = random.Random(seed)
    partners = min(partners, max(agreements // 5, 10))
    connection = sqlite3.connect(database)
    partner_columns = {row[1] for row in connection.execute("PRAGMA table_info(partner)")}
    searchable = "search_text" in partner_columns
    kinds, relationships = list(PartnerKind), list(Relationship)
    partner_rows = []
    names = []
    for number in range(1, partners + 1):
        name, local, country = PLACES[number % len(PLACES)]
        name, local = f"{name} {number}", f"{local} {number}" if number % 3 else ""
        relationship = relationships[number % 2]
        row = [number, name, local, country, kinds[number % len(kinds)].value,
               relationship.value, str(START + dt.timedelta(days=number)) if number % 4 else None,
               NOTES[number % len(NOTES)], _stamp(number), _stamp(number), 1]  # fmt: skip
        if searchable:
            row.append(partner_text(name, local, country, relationship))
        partner_rows.append(row)
        names.append(name)
    types = list(AgreementType)
    agreement_rows = []
    for number in range(1, agreements + 1):
        partner = rng.randrange(1, partners + 1)
        title = TITLES[number % len(TITLES)].format(p=names[partner - 1]) + f" {number}"
        signed = START + dt.timedelta(days=rng.randrange(0, 23000))
        until = signed + dt.timedelta(days=3650) if number % 5 == 0 else None
        areas = rng.sample(AREAS, rng.randrange(0, 4))
        kind = types[number % len(types)]
        notes = NOTES[(number * 7) % len(NOTES)]
        supersedes = number - 1 if number % 50 == 0 else None
        stamp = _stamp(number)
        row = [number, partner, title, kind.value, str(signed), json.dumps(areas), notes,
               str(until) if until else None, supersedes, stamp, stamp, 1]  # fmt: skip
        if searchable:
            row.append(agreement_text(title, kind, signed, until, notes, areas))
        agreement_rows.append(row)
    document_rows = []
    for number in range(1, documents + 1):
        agreement = rng.randrange(1, agreements + 1)
        document_rows.append(
            (number, agreement, f"signed-{number}; 署名.pdf", f"attachments/x/{number:064x}.pdf",
             1000 + number, f"{number:064x}", "ja", "signed_original", 1, "", 0,
             _stamp(number), _stamp(number), _stamp(number), 1)
        )  # fmt: skip
    extra = ", search_text" if searchable else ""
    marks = ", ?" if searchable else ""
    with connection:
        connection.executemany(
            "INSERT INTO partner (id, name, local_name, country, kind, relationship, "
            f"date_of_affiliation, notes, created_at, updated_at, version{extra}) "
            f"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?{marks})",
            partner_rows,
        )
        connection.executemany(
            "INSERT INTO agreement (id, partner_id, title, type, date_signed, areas, notes, "
            f"expires_on, supersedes_id, created_at, updated_at, version{extra}) "
            f"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?{marks})",
            agreement_rows,
        )
        connection.executemany(
            "INSERT INTO document (id, agreement_id, original_name, stored_path, size, sha256, "
            "language, role, page_count, title, encrypted, added_at, created_at, updated_at, "
            "version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            document_rows,
        )
    connection.close()
