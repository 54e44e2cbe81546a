"""A deterministic generator of large Accord libraries, cached on disk.

``large_library(size)`` returns the folder of a library with ``size``
agreements (1,000 / 10,000 / 100,000), ``size // 50`` partners and
``size // 5`` documents: at 100,000 that is 2,000 partners, 100,000
agreements and 20,000 documents. Everything comes from one seeded
:class:`random.Random`, so two machines build the same records.

- Names, local names, titles and notes in Latin (with accents), Japanese,
  Korean, Cyrillic, Thai and Arabic scripts (:mod:`.vocabulary`); notes
  with newlines; areas of cooperation; dates signed from 1950-01-01 to
  2026-11-30; some agreements valid until a date or superseding an earlier
  one of their partner. Lives (generator version 5, from a random stream of their own so
  that every other field stays as before): most agreements that expire have a notice
  period (3 or 6 months, 90 days), some renew automatically every 12 months, some enter
  into force after signing; a few are renewed (the renewal moved their expiry) or
  terminated (``agreement_event``).
- Documents are real PDFs, one distinct file each, on distinct agreements:
  the first ``size // 5`` documents of the search benchmark's corpus
  (:mod:`.search_corpus`: 20,000 PDFs and over 100,000 pages at 100,000
  agreements, in the same six scripts), stored content-addressed as Accord
  stores them (:func:`db.attachments.store.stored_path_for`; hard-linked
  from the corpus's cache when the file system allows, copied otherwise),
  with their page count, title, language and the page texts Accord's
  reader extracted from them (``document_page``).
- Built through Accord's own schema: :func:`db.opening.open_library`
  (``builtin=False``) runs the migrations, then rows are inserted in bulk
  with SQLAlchemy Core into the tables as the database has them. The
  ``search_text`` columns (migration 0004), when present, are filled with
  :func:`db.search.terms.partner_search_text` (without the notes, as
  :mod:`db.search.index` fills it) and
  :func:`db.search.terms.agreement_search_text`; then :func:`db.reindex.reindex`
  builds the search index (``search_unit``) from the rows, as ``accord
  reindex`` does. Core inserts write no history rows: a generated library is
  one imported long ago.

The cache is ``$ACCORD_BENCH_CACHE`` (default ``~/.cache/accord-bench``)
``/<generator version>-<schema revision>/<size>/library``; a new schema
revision or generator version builds afresh. A library is built in a
temporary folder and renamed into place when whole.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import shutil
import sys
import time
from typing import TYPE_CHECKING

import sqlalchemy as sa

from db.attachments.store import stored_path_for
from db.enums import AgreementType, DocumentRole, PartnerKind, Relationship
from db.opening import open_library
from db.reindex import reindex
from db.search.terms import agreement_search_text, partner_search_text
from db.storage.migrate import head_revision
from tests.benchmarks.cache import cache_root
from tests.benchmarks.search_corpus import search_corpus
from tests.benchmarks.vocabulary import (
    AREAS,
    DOCUMENT_NAMES,
    ENGLISH_TITLES,
    SCRIPTS,
)

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    from tests.benchmarks.search_corpus import Corpus

__all__ = ["SIZES", "cache_root", "counts", "large_library"]

#: Bump when the generated records change, so caches are rebuilt.
GENERATOR_VERSION = 5
SEED = 20261130
SIZES = (1_000, 10_000, 100_000)
FIRST_DATE = dt.date(1950, 1, 1)
LAST_DATE = dt.date(2026, 11, 30)
#: A fixed "now" for created/updated timestamps (deterministic rows).
STAMP = dt.datetime(2026, 11, 30, 9, 0, tzinfo=dt.UTC)
_CHUNK = 5_000


def counts(size: int) -> tuple[int, int, int]:
    """Return (partners, agreements, documents) of the library of ``size`` agreements."""
    return max(size // 50, 4), size, size // 5


def large_library(size: int, *, log=print) -> Path:  # noqa: ANN001 - a print-like callable
    """Return the folder of the cached library of ``size`` agreements, building it if needed.

    ``log`` receives one line when a library is built. Raises ``RuntimeError``
    when the built library does not hold the expected counts.
    """
    home = cache_root() / f"g{GENERATOR_VERSION}-{head_revision()}" / str(size)
    folder = home / "library"
    if (home / "done.json").is_file() and folder.is_dir():
        return folder
    if home.exists():
        shutil.rmtree(home)
    home.mkdir(parents=True)
    started = time.perf_counter()
    building = home / "building"
    corpus = search_corpus(counts(size)[2], log=log)
    made = build(building, size, corpus)
    building.rename(folder)
    (home / "done.json").write_text(json.dumps(made), encoding="utf-8")
    log(f"built the {size:,}-agreement library in {time.perf_counter() - started:.1f} s: {home}")
    return folder


def build(
    folder: Path, size: int, corpus: Corpus, *, database_url: str | None = None
) -> dict[str, int]:
    """Create an empty library in ``folder`` (its records on the server of ``database_url``
    when given, an empty database) and fill it; return what it holds."""
    library = open_library(folder, database_url=database_url, builtin=False)
    try:
        tables = _tables(library.engine)
        rng = random.Random(SEED + size)
        n_partners, n_agreements, n_documents = counts(size)
        partners = list(_partners(rng, n_partners))
        agreements = list(_agreements(rng, n_agreements, partners))
        events = _lives(random.Random(SEED + size + 1), agreements)
        documents = _documents(rng, n_documents, n_agreements, corpus)
        _store_files(library.root, corpus)
        for rows in (partners, agreements):
            for row in rows:
                row.pop("_script", None)
        with library.engine.begin() as conn:
            for name, rows in (
                ("partner", partners),
                ("agreement", agreements),
                ("document", documents),
                ("agreement_event", events),
            ):
                table = tables[name]
                keep = set(table.columns.keys())
                for start in range(0, len(rows), _CHUNK):
                    chunk = [
                        {k: v for k, v in r.items() if k in keep}
                        for r in rows[start : start + _CHUNK]
                    ]
                    conn.execute(sa.insert(table), chunk)
            _insert_pages(conn, tables["document_page"], corpus)
        # The search index (search_unit and its FTS5 / pg_trgm index) from the rows stored,
        # as ``accord reindex`` builds it: Core inserts pass by the ORM hook that keeps it.
        reindex(library)
        with library.engine.connect() as conn:
            if library.engine.dialect.name == "sqlite":
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            found = {
                name: conn.execute(sa.text(f"SELECT count(*) FROM {name}")).scalar_one()
                for name in ("partner", "agreement", "document")
            }
    finally:
        library.close()
    expected = {"partner": n_partners, "agreement": n_agreements, "document": n_documents}
    if found != expected:
        raise RuntimeError(f"The generated library holds {found}, not {expected}.")
    return found


def _tables(engine: sa.Engine) -> dict[str, sa.Table]:
    """The tables as the database has them (reflected: whatever migrations ran)."""
    metadata = sa.MetaData()
    names = ("partner", "agreement", "document", "document_page", "agreement_event")
    return {name: sa.Table(name, metadata, autoload_with=engine) for name in names}


def has_search_text(engine: sa.Engine) -> bool:
    """Whether the database has the ``search_text`` columns (migration 0004)."""
    columns = {c["name"] for c in sa.inspect(engine).get_columns("agreement")}
    return "search_text" in columns


def _date(rng: random.Random, first: dt.date = FIRST_DATE) -> dt.date:
    return first + dt.timedelta(days=rng.randrange((LAST_DATE - first).days + 1))


def _partners(rng: random.Random, count: int) -> Iterator[dict]:
    kinds = (PartnerKind.CITY, PartnerKind.STATE, PartnerKind.REGION, PartnerKind.PROVINCE)
    for number in range(1, count + 1):
        script = SCRIPTS[(number - 1) % len(SCRIPTS)]
        place = rng.choice(script["places"])
        local = rng.choice(script["local"])
        relationship = (
            Relationship.SISTER_FRIENDSHIP
            if rng.random() < 0.1
            else Relationship.COOPERATION_PARTNER
        )
        country = rng.choice(script["countries"])
        notes = "\n".join(rng.sample(script["notes"], k=rng.randint(0, 2)))
        name, local_name = f"{place} {number}", f"{local} {number}"
        yield {
            "_script": script,
            "id": number,
            "name": name,
            "local_name": local_name,
            "country": country,
            "kind": rng.choice(kinds).value,
            "relationship": relationship.value,
            "date_of_affiliation": _date(rng) if rng.random() < 0.7 else None,
            "notes": notes,
            "created_at": STAMP,
            "updated_at": STAMP,
            "version": 1,
            # Without notes, as db.search.index fills it (an agreement joins it at query time).
            "search_text": partner_search_text(name, local_name, country, relationship.label),
        }


def _agreements(rng: random.Random, count: int, partners: list[dict]) -> Iterator[dict]:
    types = list(AgreementType)
    seen: set[tuple[int, str, dt.date]] = set()
    last_of_partner: dict[int, int] = {}
    # A few partners hold many agreements, most hold some (weights 1..20).
    weights = [1 + (i * 7919) % 20 for i in range(len(partners))]
    chosen = rng.choices(range(len(partners)), weights=weights, k=count)
    for number, index in enumerate(chosen, start=1):
        partner = partners[index]
        script = partner["_script"]
        own = rng.random() < 0.6
        title = rng.choice(script["title"] if own else ENGLISH_TITLES)
        signed = _date(rng)
        while (partner["id"], title, signed) in seen:
            signed = _date(rng)
        seen.add((partner["id"], title, signed))
        kind = rng.choice(types)
        areas = rng.sample(AREAS, k=rng.randint(0, 3))
        notes = "\n".join(rng.sample(script["notes"], k=rng.choice((0, 0, 1, 2))))
        expires_on = (
            signed + dt.timedelta(days=365 * rng.randint(1, 10)) if rng.random() < 0.2 else None
        )
        supersedes = last_of_partner.get(partner["id"]) if rng.random() < 0.05 else None
        last_of_partner[partner["id"]] = number
        yield {
            "id": number,
            "partner_id": partner["id"],
            "title": title,
            "type": kind.value,
            "date_signed": signed,
            "areas": areas,
            "notes": notes,
            "expires_on": expires_on,
            "supersedes_id": supersedes,
            "created_at": STAMP,
            "updated_at": STAMP,
            "version": 1,
            "search_text": agreement_search_text(
                title,
                kind.label,
                signed.isoformat(),
                expires_on.isoformat() if expires_on else "",
                notes,
                areas,
            ),
        }


def _lives(rng: random.Random, agreements: list[dict]) -> list[dict]:
    """Give agreements their terms (in place) and return their events: notice periods for
    most that expire, automatic renewal for some, a later entry into force for some; a
    renewal for 2% of those that expire (which set the expiry they have), a termination for
    1%. Expiry dates are left as they are, so that the search text made from them holds."""
    events: list[dict] = []
    for row in agreements:
        signed, expires = row["date_signed"], row["expires_on"]
        later = rng.random() < 0.1
        row["effective_from"] = signed + dt.timedelta(days=rng.randint(1, 90)) if later else None
        row["renewal"], row["renewal_term"], row["notice_period"] = "none", "", ""
        if expires is None:
            continue
        row["notice_period"] = rng.choice(("P3M", "P6M", "P90D", "P3M", ""))
        if rng.random() < 0.3:
            row["renewal"], row["renewal_term"] = "automatic", "P12M"
        draw = rng.random()
        if draw < 0.02:
            renewed = signed + (expires - signed) / 2
            events.append({"agreement_id": row["id"], "kind": "renewed", "date": renewed,
                           "new_expiry": expires, "note": "", "automatic": False})  # fmt: skip
        elif draw < 0.03:
            ended = signed + (expires - signed) / 3
            events.append({"agreement_id": row["id"], "kind": "terminated", "date": ended,
                           "new_expiry": None, "note": "", "automatic": False})  # fmt: skip
    return events


def _store_files(root: Path, corpus: Corpus) -> None:
    """Put each corpus file into the library's attachments, named by content (a hard link
    to the cached file where the file system allows, else a copy)."""
    for entry in corpus.documents:
        target = root / stored_path_for(entry["sha256"])
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            os.link(corpus.path(entry), target)
        except OSError:
            shutil.copyfile(corpus.path(entry), target)


def _insert_pages(conn: sa.Connection, table: sa.Table, corpus: Corpus) -> None:
    """Insert the page texts of the corpus's documents (document ``n`` is row ``n``)."""
    chunk: list[dict] = []
    for number, page, text in corpus.texts():
        chunk.append({"document_id": number, "page_number": page, "text": text})
        if len(chunk) >= _CHUNK:
            conn.execute(sa.insert(table), chunk)
            chunk = []
    if chunk:
        conn.execute(sa.insert(table), chunk)


def _documents(rng: random.Random, count: int, n_agreements: int, corpus: Corpus) -> list[dict]:
    """Document rows on ``count`` distinct agreements: row ``n`` is corpus document ``n``."""
    roles = list(DocumentRole)
    agreements = sorted(rng.sample(range(1, n_agreements + 1), k=count))
    documents: list[dict] = []
    for number, (agreement_id, entry) in enumerate(
        zip(agreements, corpus.documents, strict=True), start=1
    ):
        documents.append(
            {
                "id": number,
                "agreement_id": agreement_id,
                "original_name": rng.choice(DOCUMENT_NAMES).format(n=number),
                "stored_path": stored_path_for(entry["sha256"]),
                "size": entry["size"],
                "sha256": entry["sha256"],
                "language": entry["language"],
                "role": rng.choice(roles).value,
                "page_count": entry["pages"],
                "title": entry["title"],
                "encrypted": False,
                "added_at": STAMP,
                "created_at": STAMP,
                "updated_at": STAMP,
                "version": 1,
            }
        )
    return documents


def main(argv: list[str] | None = None) -> int:
    """``python -m tests.benchmarks.generate [SIZE...]``: build (or find) the cached libraries."""
    sizes = [int(arg.replace(",", "").replace("_", "")) for arg in (argv or sys.argv[1:])] or SIZES
    for size in sizes:
        print(large_library(size))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
