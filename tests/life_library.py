"""A library whose agreements have every status and upcoming date, for tests and screenshots.

:func:`make_life_library` opens the built-in library at ``folder`` and adds, for
Paris, Seoul and Bangkok, agreements as of :data:`TODAY`:

- ``expiring``: ends in 60 days, with 3 months' notice (its deadline is past);
- ``renewed``: renewed in 2025 to 2030;
- ``superseded``: replaced by ``successor`` in force since 2026-04-01;
- ``terminated``: terminated on 2026-10-01;
- ``expired``: ended 10 days ago;
- ``pending``: enters into force next year;
- ``auto``: renews itself every 12 months from its first end, 2024-02-29, with 30 days'
  notice: once renewed (:func:`db.lifecycle.renewals.apply_automatic_renewals`) it ends
  on 2027-02-28, so its notice deadline, 2027-01-29, is near.

``EXPECTED`` gives each one's status on :data:`TODAY` with the default lead time, after
the automatic renewals.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from db.agreements import add_agreement
from db.enums import AgreementStatus, AgreementType, EventKind, Renewal
from db.opening import open_library
from db.partners import list_partners
from db.schemas import AgreementCreate, EventData

if TYPE_CHECKING:
    from pathlib import Path

    from db.library import Library

TODAY = dt.date(2026, 12, 7)
D = dt.date

EXPECTED = {
    "expiring": AgreementStatus.EXPIRING,
    "renewed": AgreementStatus.RENEWED,
    "superseded": AgreementStatus.SUPERSEDED,
    "successor": AgreementStatus.IN_FORCE,
    "terminated": AgreementStatus.TERMINATED,
    "expired": AgreementStatus.EXPIRED,
    "pending": AgreementStatus.NOT_YET_IN_FORCE,
    "auto": AgreementStatus.EXPIRING,
}


def make_life_library(
    folder: Path, database_url: str | None = None
) -> tuple[Library, dict[str, int]]:
    """Open the built-in library at ``folder`` (its records on ``database_url`` if given)
    with the agreements above; return it and their IDs by key."""
    library = open_library(folder, database_url=database_url)
    partner = {p.name: p.id for p in list_partners(library)}
    paris, seoul, bangkok = partner["Paris"], partner["Seoul"], partner["Bangkok"]
    ids: dict[str, int] = {}

    def add(key: str, **fields) -> None:
        fields.setdefault("type", AgreementType.MEMORANDUM_OF_UNDERSTANDING)
        ids[key] = add_agreement(library, AgreementCreate(**fields)).id

    add("expiring", partner_id=paris, title="Paris–Tokyo Memorandum on Tourism",
        date_signed=D(2022, 2, 8), expires_on=TODAY + dt.timedelta(days=60),
        notice_period="P3M", renewal=Renewal.BY_AGREEMENT, renewal_term="P24M",
        place_signed="Paris", responsible_staff="山田花子",
        office_signatories=[{"name": "小池百合子", "title": "東京都知事"}],
        partner_signatories=[{"name": "Anne Hidalgo", "title": "Maire de Paris"}],
        areas=["tourism", "culture"])  # fmt: skip
    add("renewed", partner_id=seoul, title="서울–도쿄 환경협력 양해각서",
        date_signed=D(2020, 4, 1), expires_on=D(2025, 3, 31),
        events=[EventData(kind=EventKind.RENEWED, date=D(2025, 3, 1),
                          new_expiry=D(2030, 3, 31))])  # fmt: skip
    add("superseded", partner_id=seoul, title="Seoul–Tokyo Sports Exchange Agreement",
        date_signed=D(2012, 5, 1))  # fmt: skip
    add("successor", partner_id=seoul, title="Seoul–Tokyo Sports and Youth Exchange Agreement",
        date_signed=D(2026, 3, 15), effective_from=D(2026, 4, 1),
        supersedes_id=ids["superseded"])  # fmt: skip
    add("terminated", partner_id=bangkok, title="กรุงเทพฯ–โตเกียว Letter of Intent on Transport",
        type=AgreementType.LETTER_OF_INTENT, date_signed=D(2018, 6, 1),
        events=[EventData(kind=EventKind.TERMINATED, date=D(2026, 10, 1),
                          note="replaced by the national programme")])  # fmt: skip
    add("expired", partner_id=bangkok, title="Bangkok–Tokyo Flood Control Cooperation",
        date_signed=D(2021, 12, 1), expires_on=TODAY - dt.timedelta(days=10))  # fmt: skip
    add("pending", partner_id=paris, title="Paris–Tokyo Joint Statement on Climate Action",
        type=AgreementType.JOINT_STATEMENT, date_signed=D(2026, 11, 20),
        effective_from=D(2027, 1, 1))  # fmt: skip
    add("auto", partner_id=bangkok, title="Bangkok–Tokyo Student Exchange Memorandum",
        date_signed=D(2023, 3, 1), expires_on=D(2024, 2, 29), renewal=Renewal.AUTOMATIC,
        renewal_term="P12M", notice_period="P30D")  # fmt: skip
    return library, ids
