"""Make the library of the README's screenshots: partners in Korean, Thai, Arabic and Russian.

The built-in records, less the partners whose names would push those off
the first screen (to the trash, so nothing is lost), plus Busan, Chiang Mai
and Dubai with an agreement each. Run from the source tree::

    python -m tests.gui.screenshot_library /tmp/accord-shots
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from db.agreements import add_agreement
from db.enums import AgreementType, Relationship
from db.opening import open_library
from db.partners import add_partner, delete_partner, list_partners
from db.schemas import AgreementCreate, PartnerCreate

if TYPE_CHECKING:
    from db.library import Library

KEPT = {"Abu Dhabi", "Bangkok", "Cairo", "Moscow", "Seoul", "Tomsk Region"}
ADDED = [
    ("Busan", "부산광역시", "釜山広域市", "Republic of Korea", "Agreement on Friendship"),
    ("Chiang Mai", "เชียงใหม่", "チェンマイ県", "Kingdom of Thailand", "Memorandum on Tourism"),
    (
        "Dubai",
        "دبي",
        "ドバイ首長国",
        "United Arab Emirates",
        "Memorandum of Understanding on Urban Development",
    ),
]


def make(folder: Path) -> Library:
    """Create the screenshot library in ``folder`` (which must not hold one yet)."""
    library = open_library(folder)
    for partner in list_partners(library):
        if partner.name not in KEPT:
            delete_partner(library, partner.id, with_agreements=True)
    for day, (name, local, office, country, title) in enumerate(ADDED, start=1):
        partner = add_partner(
            library,
            PartnerCreate(
                name=name,
                local_name=local,
                office_name=office,
                country=country,
                relationship=Relationship.COOPERATION_PARTNER,
            ),
        )
        add_agreement(
            library,
            AgreementCreate(
                partner_id=partner.id,
                title=title,
                type=AgreementType.MEMORANDUM_OF_UNDERSTANDING,
                date_signed=dt.date(2025, 3, day * 7),
                areas=["tourism", "culture"],
            ),
        )
    return library


if __name__ == "__main__":
    make(Path(sys.argv[1])).close()
