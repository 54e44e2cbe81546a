"""The built-in library: the office's published records, loaded into a new library.

The records are data in the package (``db/data/builtin_library.json``),
taken from the TMG's public pages (``shared/reference/``); no documents are
attached because the signed PDFs are not public.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from db.enums import AgreementType, PartnerKind, Relationship
from db.models import Agreement, Partner

if TYPE_CHECKING:
    from sqlmodel import Session

BUILTIN_DATA = Path(__file__).with_name("data") / "builtin_library.json"


def builtin_records() -> dict[str, Any]:
    """Return the built-in records as read from the package's JSON file.

    Shape: ``{"partners": [{name, local_name, office_name, country, kind,
    relationship, date_of_affiliation}], "agreements": [{partner, title, type, date_signed}]}``
    with dates as ISO strings.
    """
    return json.loads(BUILTIN_DATA.read_text(encoding="utf-8"))


def load_builtin(session: Session) -> None:
    """Add the built-in partners and agreements to ``session`` (not committed)."""
    data = builtin_records()
    partners: dict[str, Partner] = {}
    for item in data["partners"]:
        affiliated = item.get("date_of_affiliation")
        partner = Partner(
            name=item["name"],
            local_name=item.get("local_name", ""),
            office_name=item.get("office_name", ""),
            country=item["country"],
            kind=PartnerKind(item["kind"]),
            relationship=Relationship(item["relationship"]),
            date_of_affiliation=dt.date.fromisoformat(affiliated) if affiliated else None,
        )
        session.add(partner)
        partners[partner.name] = partner
    session.flush()
    for item in data["agreements"]:
        session.add(
            Agreement(
                partner_id=partners[item["partner"]].id,  # type: ignore[arg-type]
                title=item["title"],
                type=AgreementType(item["type"]),
                date_signed=dt.date.fromisoformat(item["date_signed"]),
                areas=item.get("areas", []),
            )
        )
