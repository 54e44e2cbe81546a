"""The built-in library matches the office's published records row for row."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from db.agreements import list_agreements
from db.enums import AgreementType, Relationship
from db.partners import list_partners

if TYPE_CHECKING:
    from db.library import Library

pytestmark = pytest.mark.backends

REFERENCE = Path(__file__).with_name("reference")
_TYPES = {
    "memorandum of understanding": AgreementType.MEMORANDUM_OF_UNDERSTANDING,
    "joint statement": AgreementType.JOINT_STATEMENT,
    "joint communique": AgreementType.JOINT_COMMUNIQUE,
    "joint communiqué": AgreementType.JOINT_COMMUNIQUE,
    "joint declaration": AgreementType.JOINT_DECLARATION,
    "letter of intent": AgreementType.LETTER_OF_INTENT,
}


def published_agreements() -> list[tuple[str, str, dt.date]]:
    """Parse the TMG page's table into (partner, title, date signed), independently of db/."""
    lines = (REFERENCE / "tmg-agreements-page.txt").read_text(encoding="utf-8").splitlines()
    start = lines.index("City / State / Agreement / Date Signed / PDF") + 1
    rows = []
    for line in lines[start:]:
        if line.startswith("※"):
            break
        partner, rest = line.split(" / ", 1)
        for match in re.finditer(r"(.+?) / (\w+ \d{1,2}, \d{4}) ?/ PDF ?", rest):
            signed = dt.datetime.strptime(match.group(2), "%B %d, %Y").date()
            rows.append((partner, match.group(1).strip(), signed))
    return rows


def published_sister_cities() -> dict[str, tuple[str, dt.date]]:
    """Parse the sister/friendship table of the reference README: name → (country, date)."""
    text = (REFERENCE / "README.md").read_text(encoding="utf-8")
    rows = {}
    for line in text.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 3 and re.fullmatch(r"\d{4}-\d{2}-\d{2}", cells[2]):
            rows[cells[0]] = (cells[1], dt.date.fromisoformat(cells[2]))
    return rows


def test_reference_parses_to_the_published_counts() -> None:
    assert len(published_agreements()) == 21
    assert len({p for p, _, _ in published_agreements()}) == 15
    assert len(published_sister_cities()) == 12


def test_agreements_match_the_published_table_row_for_row(library: Library) -> None:
    stored = {(a.partner_name, a.title, a.date_signed): a for a in list_agreements(library)}
    published = published_agreements()
    assert sorted(stored) == sorted(published)
    for partner, title, _signed in published:
        prefix = next(k for k in _TYPES if title.lower().startswith(k))
        agreement = next(
            a for a in stored.values() if (a.partner_name, a.title) == (partner, title)
        )
        assert agreement.type is _TYPES[prefix], title
        assert agreement.documents == []


def test_titles_keep_the_published_slips(library: Library) -> None:
    titles = {a.title for a in list_agreements(library)}
    assert any("Brussel-Capital Region" in t for t in titles)
    assert any("Joint Communique of the Tokyo" in t for t in titles)
    assert "Joint Communiqué of the Governor of Tokyo and the Mayor of Paris" in titles
    assert any("Governor’s Office" in t for t in titles)  # typographic apostrophe kept


def test_partners_are_the_twenty_of_the_reference(library: Library) -> None:
    partners = {p.name: p for p in list_partners(library)}
    sister = published_sister_cities()
    cooperation = {p for p, _, _ in published_agreements()} - set(sister)
    assert len(partners) == 20
    assert set(partners) == set(sister) | cooperation
    for name, (country, affiliated) in sister.items():
        assert partners[name].relationship is Relationship.SISTER_FRIENDSHIP
        assert (partners[name].country, partners[name].date_of_affiliation) == (country, affiliated)
    for name in cooperation:
        assert partners[name].relationship is Relationship.COOPERATION_PARTNER
        assert partners[name].date_of_affiliation is None
    counts = {p: sum(1 for q, _, _ in published_agreements() if q == p) for p in partners}
    assert {n: p.agreement_count for n, p in partners.items()} == counts
    assert partners["Seoul"].local_name == "서울특별시"
    assert partners["Bangkok"].local_name == "กรุงเทพมหานคร"
