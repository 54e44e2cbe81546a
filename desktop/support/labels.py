"""The words the window shows for stored values: enum members and record fields.

What is stored never depends on the language: an agreement's type is
``memorandum_of_understanding`` in the database, labelled in CSV in English
or in the report's heading language (:mod:`db.enums`). The window shows each member by its English
label (``member.label``) passed through the catalogue, context ``enums``
(marked in :data:`db.enums.ENUM_LABELS`, which CSV reports in Japanese use
too), and each field by its form's word, context ``fields`` (marked in the field tables,
and below for documents).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from db import enums
from db.agreement_fields import AGREEMENT_FIELDS
from db.i18n.translate import QT_TRANSLATE_NOOP
from db.partner_fields import PARTNER_FIELDS

if TYPE_CHECKING:
    from enum import Enum

# The enum labels are marked for the catalogue in db.enums (one list for the window and
# for CSV reports in another language); re-exported here for the window's tests.
ENUM_LABELS = enums.ENUM_LABELS

# The fields of partners, agreements and documents, as the forms call them: a partner's and
# an agreement's from their field tables (db.partner_fields, db.agreement_fields).
FIELD_LABELS = {
    **{f.name: f.label for f in (*PARTNER_FIELDS, *AGREEMENT_FIELDS) if f.label},
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
