"""Enumerations of the records, with the labels people and CSV files use.

Each member has one English label, shown in the window and messages and written to
CSV; only a file whose encoding cannot carry it gets it without accents
(:meth:`LabelledEnum.written`). Its labels in other languages are the catalogue's
(context ``enums``, marked in :data:`ENUM_LABELS`): the window shows them
(:mod:`desktop.support.labels`), a report with Japanese headings writes them
(``written(encoding, "ja")``), and :meth:`LabelledEnum.from_label` reads every
language's, so what is stored never depends on the language.
"""

from __future__ import annotations

import functools
import unicodedata
from enum import StrEnum
from typing import Self

from db.i18n.translate import QT_TRANSLATE_NOOP, fill, language, translate, translate_into
from db.i18n.ui_language import LANGUAGES
from db.text import fold

# Languages whose labels a file may hold: every language Accord has, English first.
LABEL_LANGUAGES = LANGUAGES


class LabelledEnum(StrEnum):
    """A string enumeration stored by value, shown and written by label.

    ``label`` defaults to the value made readable (``"signed_original"`` →
    ``"Signed original"``); :meth:`from_label` reads a label or a value back,
    ignoring case, accents and ``_``/space differences.
    """

    @property
    def label(self) -> str:
        """English label, e.g. ``"Signed original"``."""
        return self.value.replace("_", " ").capitalize()

    @classmethod
    def from_label(cls, text: str) -> Self:
        """Return the member whose label or value is ``text``.

        Raises ``ValueError`` naming the accepted labels for anything else.
        """
        key = fold(text.strip()).replace("_", " ")
        for member in cls:
            if key in (member.value.replace("_", " "), fold(member.label)):
                return member
        found = translated_labels(cls).get(key)
        if found is not None:
            return found  # type: ignore[return-value]
        code = language()
        choices = translate("import", ", ", "between the items of a list").join(
            member.label_in(code) for member in cls
        )
        refusal = translate("import", "“{text}” is not one of: {choices}.")
        raise ValueError(fill(refusal, text=text, choices=choices))

    def written(self, encoding: str, language: str = "en") -> str:
        """The label as a file in ``encoding`` with headings in ``language`` writes it:
        :meth:`label_in` that language wherever the encoding carries it, else without its
        accents (Shift_JIS, cp932, has no ``é``: ``"Joint communique"``); :meth:`from_label`
        reads both.

        A label the encoding cannot carry even without accents is given as it is (the
        export then refuses the record, naming the character).
        """
        return written_labels(type(self), encoding, language)[self]

    def label_in(self, language: str) -> str:
        """The label in ``language`` (``"ja"``: 覚書), from the catalogue (context ``enums``);
        the English :attr:`label` when the catalogue has none."""
        return translate_into(language, "enums", self.label)


@functools.cache
def written_labels(
    enum: type[LabelledEnum], encoding: str, language: str = "en"
) -> dict[LabelledEnum, str]:
    """Return each member's label as a file in ``encoding`` with headings in ``language``
    writes it (see :meth:`LabelledEnum.written`); made once per enumeration, encoding and
    language."""
    found: dict[LabelledEnum, str] = {}
    for member in enum:
        label = member.label_in(language)
        try:
            label.encode(encoding)
        except UnicodeEncodeError:
            plain = "".join(
                char for char in unicodedata.normalize("NFKD", label)
                if not unicodedata.combining(char)
            )  # fmt: skip
            label = unicodedata.normalize("NFC", plain)
        found[member] = label
    return found


@functools.cache
def translated_labels(enum: type[LabelledEnum]) -> dict[str, LabelledEnum]:
    """Return the members by their folded labels in every language of
    :data:`LABEL_LANGUAGES` but English (``"姉妹友好都市"``): what a Japanese file holds."""
    found: dict[str, LabelledEnum] = {}
    for code in LABEL_LANGUAGES[1:]:
        for member in enum:
            found.setdefault(fold(member.label_in(code)), member)
    return found


class Relationship(LabelledEnum):
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


_RELATIONSHIP_LABELS = {
    Relationship.SISTER_FRIENDSHIP: "Sister/friendship",
    Relationship.COOPERATION_PARTNER: "Cooperation partner",
}


class PartnerKind(LabelledEnum):
    """What kind of government a partner is."""

    CITY = "city"
    STATE = "state"
    REGION = "region"
    PROVINCE = "province"
    COUNTRY = "country"
    OTHER = "other"


class AgreementType(LabelledEnum):
    """The kinds of instrument the office signs."""

    MEMORANDUM_OF_UNDERSTANDING = "memorandum_of_understanding"
    JOINT_STATEMENT = "joint_statement"
    JOINT_COMMUNIQUE = "joint_communique"
    JOINT_DECLARATION = "joint_declaration"
    LETTER_OF_INTENT = "letter_of_intent"
    OTHER = "other"

    @property
    def label(self) -> str:
        """English label used in the window, messages and CSV, e.g. ``"Joint communiqué"``
        (one spelling; a file that cannot carry it writes :meth:`written`)."""
        return _TYPE_LABELS[self]

    @classmethod
    def from_label(cls, text: str) -> Self:
        """Return the type a label, value or common alias names (:data:`TYPE_ALIASES`:
        ``MoU``, ``覚書``, ``共同声明``...), ignoring case; raises ``ValueError`` as
        :meth:`LabelledEnum.from_label`."""
        alias = TYPE_ALIASES.get(fold(text.strip()))
        if alias is not None:
            return cls(alias)
        return super().from_label(text)


_TYPE_LABELS = {
    AgreementType.MEMORANDUM_OF_UNDERSTANDING: "Memorandum of understanding",
    AgreementType.JOINT_STATEMENT: "Joint statement",
    AgreementType.JOINT_COMMUNIQUE: "Joint communiqué",
    AgreementType.JOINT_DECLARATION: "Joint declaration",
    AgreementType.LETTER_OF_INTENT: "Letter of intent",
    AgreementType.OTHER: "Other",
}
# Other names of the types a person or a Japanese office writes (folded: any case).
TYPE_ALIASES = {
    "mou": AgreementType.MEMORANDUM_OF_UNDERSTANDING,
    "覚書": AgreementType.MEMORANDUM_OF_UNDERSTANDING,  # oboegaki
    "共同声明": AgreementType.JOINT_STATEMENT,
    "共同コミュニケ": AgreementType.JOINT_COMMUNIQUE,
    "共同宣言": AgreementType.JOINT_DECLARATION,
    "意向書": AgreementType.LETTER_OF_INTENT,
    "趣意書": AgreementType.LETTER_OF_INTENT,
}


class DocumentRole(LabelledEnum):
    """What a document is to its agreement."""

    SIGNED_ORIGINAL = "signed_original"
    TRANSLATION = "translation"
    SCAN = "scan"
    ANNEX = "annex"
    OTHER = "other"


class Renewal(LabelledEnum):
    """How an agreement with an end date goes on past it."""

    NONE = "none"
    AUTOMATIC = "automatic"
    BY_AGREEMENT = "by_agreement"

    @property
    def label(self) -> str:
        """English label, e.g. ``"By agreement"`` (``"none"`` reads ``"No renewal"``)."""
        return {"none": "No renewal", "automatic": "Automatic", "by_agreement": "By agreement"}[
            self.value
        ]


class EventKind(LabelledEnum):
    """What happened to an agreement that its fields do not already say.

    Signing, entry into force and being superseded are the agreement's own fields
    (date signed, effective from, the newer agreement's "supersedes"); these are kept as
    :class:`db.models.AgreementEvent` rows.
    """

    RENEWED = "renewed"
    AMENDED = "amended"
    TERMINATED = "terminated"


class AgreementStatus(LabelledEnum):
    """Where an agreement stands on a given day: derived, never typed
    (:func:`db.lifecycle.life.status`)."""

    NOT_YET_IN_FORCE = "not_yet_in_force"
    IN_FORCE = "in_force"
    EXPIRING = "expiring"
    EXPIRED = "expired"
    RENEWED = "renewed"
    SUPERSEDED = "superseded"
    TERMINATED = "terminated"


# The labels as the catalogue knows them (context "enums"): what the window shows and a
# report in another language writes. They must be the labels above (a test checks it).
ENUM_LABELS = (
    # AgreementType
    #: Type of agreement (Japanese local governments: 覚書).
    QT_TRANSLATE_NOOP("enums", "Memorandum of understanding"),
    #: Type of agreement (共同声明).
    QT_TRANSLATE_NOOP("enums", "Joint statement"),
    #: Type of agreement (共同コミュニケ).
    QT_TRANSLATE_NOOP("enums", "Joint communiqué"),
    #: Type of agreement (共同宣言).
    QT_TRANSLATE_NOOP("enums", "Joint declaration"),
    #: Type of agreement (意向書).
    QT_TRANSLATE_NOOP("enums", "Letter of intent"),
    #: Any other type of agreement, kind of partner or role of a document.
    QT_TRANSLATE_NOOP("enums", "Other"),
    # Relationship
    #: How the office relates to a partner: one of its sister or friendship cities/states.
    QT_TRANSLATE_NOOP("enums", "Sister/friendship"),
    #: How the office relates to a partner: a city or state it cooperates with, not a sister.
    QT_TRANSLATE_NOOP("enums", "Cooperation partner"),
    # PartnerKind
    #: Kind of partner government: a city.
    QT_TRANSLATE_NOOP("enums", "City"),
    #: Kind of partner government: a state of a federation (New South Wales, New York).
    QT_TRANSLATE_NOOP("enums", "State"),
    #: Kind of partner government: a region (Île-de-France).
    QT_TRANSLATE_NOOP("enums", "Region"),
    #: Kind of partner government: a province (Gyeonggi-do, Jiangsu).
    QT_TRANSLATE_NOOP("enums", "Province"),
    #: Kind of partner government: a whole country.
    QT_TRANSLATE_NOOP("enums", "Country"),
    # DocumentRole
    #: What a document is to its agreement: the signed original text.
    QT_TRANSLATE_NOOP("enums", "Signed original"),
    #: What a document is to its agreement: a translation of it.
    QT_TRANSLATE_NOOP("enums", "Translation"),
    #: What a document is to its agreement: a scanned copy.
    QT_TRANSLATE_NOOP("enums", "Scan"),
    #: What a document is to its agreement: an annex (附属書).
    QT_TRANSLATE_NOOP("enums", "Annex"),
    # Renewal
    #: How an agreement goes on after its end date: it does not (it ends).
    QT_TRANSLATE_NOOP("enums", "No renewal"),
    #: How an agreement goes on after its end date: it renews itself for another term.
    QT_TRANSLATE_NOOP("enums", "Automatic"),
    #: How an agreement goes on after its end date: only if both sides agree to renew it.
    QT_TRANSLATE_NOOP("enums", "By agreement"),
    # EventKind
    #: An event in an agreement's life: it was renewed for a new term.
    QT_TRANSLATE_NOOP("enums", "Renewed"),
    #: An event in an agreement's life: its text was amended.
    QT_TRANSLATE_NOOP("enums", "Amended"),
    #: An event in an agreement's life: it was ended before (or instead of) its expiry.
    QT_TRANSLATE_NOOP("enums", "Terminated"),
    # AgreementStatus
    #: An agreement's status: signed, but its date of entry into force is still ahead.
    QT_TRANSLATE_NOOP("enums", "Not yet in force"),
    #: An agreement's status: in force.
    QT_TRANSLATE_NOOP("enums", "In force"),
    #: An agreement's status: in force, but its notice deadline or expiry is near.
    QT_TRANSLATE_NOOP("enums", "Expiring"),
    #: An agreement's status: its end date has passed.
    QT_TRANSLATE_NOOP("enums", "Expired"),
    #: An agreement's status: replaced by a newer agreement that is in force.
    QT_TRANSLATE_NOOP("enums", "Superseded"),
)
