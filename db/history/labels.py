"""How history lines name fields and actions: catalogue texts (context ``history``).

The stored values are English words and attribute names; these labels (a
partner's and an agreement's fields' in their field tables) are marked for the
catalogue and translated where a line is made
(:class:`db.history.read.HistoryEntry`).
"""

from __future__ import annotations

from db.agreement_fields import AGREEMENT_FIELDS
from db.i18n.translate import QT_TRANSLATE_NOOP
from db.partner_fields import PARTNER_FIELDS

# How each action reads in a history line (the stored action is the English word).
ACTION_LABELS = {
    #: what happened to a record, in a history line
    "created": QT_TRANSLATE_NOOP("history", "created"),
    #: what happened to a record, in a history line
    "changed": QT_TRANSLATE_NOOP("history", "changed"),
    #: what happened to a record: moved to the trash
    "trashed": QT_TRANSLATE_NOOP("history", "trashed"),
    #: what happened to a record: brought back from the trash
    "restored": QT_TRANSLATE_NOOP("history", "restored"),
    #: what happened to a record: deleted for good
    "deleted": QT_TRANSLATE_NOOP("history", "deleted"),
    "document added": QT_TRANSLATE_NOOP("history", "document added"),
    "document removed": QT_TRANSLATE_NOOP("history", "document removed"),
}

# How a history line names each field: a partner's and an agreement's from their field
# tables (db.partner_fields, db.agreement_fields), a document's here.
FIELD_LABELS = {
    **{f.name: f.history for f in (*PARTNER_FIELDS, *AGREEMENT_FIELDS) if f.history},
    # An agreement's end date as history rows written before Accord 0.7 name it.
    "valid_until": QT_TRANSLATE_NOOP("history", "Expires on"),
    #: a field of a record, as a history line names it
    "agreement_id": QT_TRANSLATE_NOOP("history", "Agreement"),
    #: a field of a record, as a history line names it
    "original_name": QT_TRANSLATE_NOOP("history", "File name"),
    #: a field of a record, as a history line names it
    "stored_path": QT_TRANSLATE_NOOP("history", "Stored file"),
    #: a field of a record, as a history line names it
    "size": QT_TRANSLATE_NOOP("history", "Size (bytes)"),
    #: a field of a record, as a history line names it
    "sha256": QT_TRANSLATE_NOOP("history", "SHA-256"),
    #: a field of a record, as a history line names it
    "language": QT_TRANSLATE_NOOP("history", "Language"),
    #: a field of a record, as a history line names it
    "role": QT_TRANSLATE_NOOP("history", "Role"),
    #: a field of a record, as a history line names it
    "page_count": QT_TRANSLATE_NOOP("history", "Pages"),
    #: a field of a record, as a history line names it
    "encrypted": QT_TRANSLATE_NOOP("history", "Password-protected"),
}

# Why a record's history cannot be shown.
NO_SUCH = {
    "partner": QT_TRANSLATE_NOOP("history", "There is no partner with ID {id}."),
    "agreement": QT_TRANSLATE_NOOP("history", "There is no agreement with ID {id}."),
    "document": QT_TRANSLATE_NOOP("history", "There is no document with ID {id}."),
}
NOT_A_KIND = QT_TRANSLATE_NOOP(
    "history", "“{kind}” is not a kind of record (partner, agreement, document)."
)
