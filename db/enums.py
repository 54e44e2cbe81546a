"""Enumerations of the records, with the labels people and CSV files use."""

from __future__ import annotations

from enum import StrEnum


class Relationship(StrEnum):
    """How the office relates to a partner.

    The TMG calls its twelve sister and friendship cities/states one group
    and does not say which is which, so there is one value for both.
    """

    SISTER_FRIENDSHIP = "sister_friendship"
    COOPERATION_PARTNER = "cooperation_partner"

    @property
    def label(self) -> str:
        """The English label of the CSV contract (DESIGN, "CSV contract")."""
        return _RELATIONSHIP_LABELS[self]

    @classmethod
    def from_label(cls, text: str) -> Relationship:
        """Return the member whose label or value is ``text`` (case-insensitive).

        Raises ``ValueError`` for anything else.
        """
        key = text.strip().casefold()
        for member in cls:
            if key in (member.value, member.label.casefold()):
                return member
        raise ValueError(f"“{text}” is not a relationship")


_RELATIONSHIP_LABELS = {
    Relationship.SISTER_FRIENDSHIP: "Sister/friendship",
    Relationship.COOPERATION_PARTNER: "Cooperation partner",
}


class PartnerKind(StrEnum):
    """What kind of government a partner is."""

    CITY = "city"
    STATE = "state"
    REGION = "region"
    PROVINCE = "province"
    COUNTRY = "country"
    OTHER = "other"

    @property
    def label(self) -> str:
        """Capitalised English label, e.g. ``"City"``."""
        return self.value.capitalize()


class AgreementType(StrEnum):
    """The kinds of instrument the office signs."""

    MEMORANDUM_OF_UNDERSTANDING = "memorandum_of_understanding"
    JOINT_STATEMENT = "joint_statement"
    JOINT_COMMUNIQUE = "joint_communique"
    JOINT_DECLARATION = "joint_declaration"
    LETTER_OF_INTENT = "letter_of_intent"
    OTHER = "other"

    @property
    def label(self) -> str:
        """English label used in the window and in CSV, e.g. ``"Joint communiqué"``."""
        return _TYPE_LABELS[self]

    @property
    def csv_label(self) -> str:
        """The label written to CSV: plain ASCII (``"Joint communique"``).

        Shift_JIS (cp932), which old Japanese Excel needs, has no ``é``; an
        ASCII label keeps every type exportable in every encoding and filters
        in Excel consistent. :meth:`from_label` reads both spellings.
        """
        return _TYPE_CSV_LABELS[self]

    @classmethod
    def from_label(cls, text: str) -> AgreementType:
        """Return the member whose label or value is ``text``, ignoring case and accents.

        Raises ``ValueError`` for anything else.
        """
        from db.text import fold

        key = fold(text.strip()).replace("_", " ")
        for member in cls:
            if key in (member.value.replace("_", " "), fold(member.label)):
                return member
        raise ValueError(f"“{text}” is not an agreement type")


_TYPE_LABELS = {
    AgreementType.MEMORANDUM_OF_UNDERSTANDING: "Memorandum of understanding",
    AgreementType.JOINT_STATEMENT: "Joint statement",
    AgreementType.JOINT_COMMUNIQUE: "Joint communiqué",
    AgreementType.JOINT_DECLARATION: "Joint declaration",
    AgreementType.LETTER_OF_INTENT: "Letter of intent",
    AgreementType.OTHER: "Other",
}
_TYPE_CSV_LABELS = {member: label.replace("é", "e") for member, label in _TYPE_LABELS.items()}


class DocumentRole(StrEnum):
    """What a document is to its agreement."""

    SIGNED_ORIGINAL = "signed_original"
    TRANSLATION = "translation"
    SCAN = "scan"
    ANNEX = "annex"
    OTHER = "other"

    @property
    def label(self) -> str:
        """English label, e.g. ``"Signed original"``."""
        return self.value.replace("_", " ").capitalize()

    @classmethod
    def from_label(cls, text: str) -> DocumentRole:
        """Return the member whose label or value is ``text`` (case-insensitive).

        Raises ``ValueError`` for anything else.
        """
        key = text.strip().casefold().replace("_", " ")
        for member in cls:
            if key == member.label.casefold():
                return member
        raise ValueError(f"“{text}” is not a document role")
