"""The words the window shows for stored values: enum members and record fields.

What is stored never depends on the language: an agreement's type is
``memorandum_of_understanding`` in the database, labelled in CSV in English
or in the report's heading language (:mod:`db.enums`). The window shows each member by its English
label (``member.label``) passed through the catalogue, context ``enums``
(marked in :data:`db.enums.ENUM_LABELS`, which CSV reports in Japanese use
too), and each field by its form's word, context ``fields`` (marked below).
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication

from db import enums
from db.i18n import QT_TRANSLATE_NOOP

# The enum labels are marked for the catalogue in db.enums (one list for the window and
# for CSV reports in another language); re-exported here for the window's tests.
ENUM_LABELS = enums.ENUM_LABELS

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
