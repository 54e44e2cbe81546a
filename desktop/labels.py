"""The words the window shows for stored values: enum members and record fields.

What is stored never depends on the language: an agreement's type is
``memorandum_of_understanding`` in the database and in CSV (whose labels
stay those of :mod:`db.enums`). The window shows each member by its English
label (``member.label``) passed through the catalogue, context ``enums``,
and each field by its form's word, context ``fields``. The ``QT_TRANSLATE_NOOP``
lists below only put those texts in the catalogue; they must match the
labels of :mod:`db.enums` (a test checks it).
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

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
)

# The fields of partners, agreements and documents, as the forms call them.
FIELD_LABELS = {
    #: A field of a partner or a document: its name.
    "name": QT_TRANSLATE_NOOP("fields", "Name"),
    #: A field of a partner: its name in its own language and script.
    "local_name": QT_TRANSLATE_NOOP("fields", "Local name"),
    #: A field of a partner: its name in the office's own language (for a Japanese
    #: office ソウル特別市, パリ市), beside its English and local names.
    "office_name": QT_TRANSLATE_NOOP("fields", "Office-language name"),
    #: A field of a partner: its country.
    "country": QT_TRANSLATE_NOOP("fields", "Country"),
    #: A field of a partner: city, state, province...
    "kind": QT_TRANSLATE_NOOP("fields", "Kind"),
    #: A field of a partner: sister/friendship or cooperation partner.
    "relationship": QT_TRANSLATE_NOOP("fields", "Relationship"),
    #: A field of a partner: the date the partnership began.
    "date_of_affiliation": QT_TRANSLATE_NOOP("fields", "Date of affiliation"),
    #: A field of a partner or an agreement: free notes.
    "notes": QT_TRANSLATE_NOOP("fields", "Notes"),
    #: A field of an agreement: the partner it was signed with.
    "partner_id": QT_TRANSLATE_NOOP("fields", "Partner"),
    #: A field of an agreement: its title.
    "title": QT_TRANSLATE_NOOP("fields", "Title"),
    #: A field of an agreement: memorandum, joint statement...
    "type": QT_TRANSLATE_NOOP("fields", "Type"),
    #: A field of an agreement: the date it was signed.
    "date_signed": QT_TRANSLATE_NOOP("fields", "Date signed"),
    #: A field of an agreement: its areas of cooperation.
    "areas": QT_TRANSLATE_NOOP("fields", "Areas of cooperation"),
    #: A field of an agreement: the last day it is in force.
    "valid_until": QT_TRANSLATE_NOOP("fields", "Valid until"),
    #: A field of an agreement: the earlier agreement it replaces.
    "supersedes_id": QT_TRANSLATE_NOOP("fields", "Supersedes"),
    #: A field of a document: the agreement it belongs to.
    "agreement_id": QT_TRANSLATE_NOOP("fields", "Agreement"),
    #: A field of a document: the name of the file it was attached from.
    "original_name": QT_TRANSLATE_NOOP("fields", "File name"),
    #: A field of a document: the library's copy of the file.
    "stored_path": QT_TRANSLATE_NOOP("fields", "Stored file"),
    #: A field of a document: its size in bytes.
    "size": QT_TRANSLATE_NOOP("fields", "Size (bytes)"),
    #: A field of a document: the language of its text.
    "language": QT_TRANSLATE_NOOP("fields", "Language"),
    #: A field of a document: signed original, translation, scan...
    "role": QT_TRANSLATE_NOOP("fields", "Role"),
    #: A field of a document: its number of pages.
    "page_count": QT_TRANSLATE_NOOP("fields", "Pages"),
    #: A field of a document: whether the PDF needs a password.
    "encrypted": QT_TRANSLATE_NOOP("fields", "Password-protected"),
}


def enum_label(member: Enum) -> str:
    """Return how the window shows ``member`` of a :mod:`db.enums` enumeration, translated."""
    label = str(getattr(member, "label", member.value))
    return QCoreApplication.translate("enums", label)


def field_label(field: str) -> str:
    """Return the translated name of a record's ``field`` (its own name if unknown)."""
    label = FIELD_LABELS.get(field)
    if label is None:
        return "SHA-256" if field == "sha256" else field
    return QCoreApplication.translate("fields", str(label))
