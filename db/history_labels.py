"""How history lines name fields and actions: catalogue texts (context ``history``).

The stored values are English words and attribute names; these labels are
marked for the catalogue and translated where a line is made
(:class:`db.history.HistoryEntry`).
"""

from __future__ import annotations

from db.i18n import QT_TRANSLATE_NOOP

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

FIELD_LABELS = {
    "name": QT_TRANSLATE_NOOP("history", "Name"),
    "local_name": QT_TRANSLATE_NOOP("history", "Local name"),
    "country": QT_TRANSLATE_NOOP("history", "Country"),
    "kind": QT_TRANSLATE_NOOP("history", "Kind"),
    "relationship": QT_TRANSLATE_NOOP("history", "Relationship"),
    "date_of_affiliation": QT_TRANSLATE_NOOP("history", "Date of affiliation"),
    "notes": QT_TRANSLATE_NOOP("history", "Notes"),
    "partner_id": QT_TRANSLATE_NOOP("history", "Partner"),
    "title": QT_TRANSLATE_NOOP("history", "Title"),
    "type": QT_TRANSLATE_NOOP("history", "Type"),
    "date_signed": QT_TRANSLATE_NOOP("history", "Date signed"),
    "areas": QT_TRANSLATE_NOOP("history", "Areas"),
    "valid_until": QT_TRANSLATE_NOOP("history", "Valid until"),
    "supersedes_id": QT_TRANSLATE_NOOP("history", "Supersedes"),
    "agreement_id": QT_TRANSLATE_NOOP("history", "Agreement"),
    "original_name": QT_TRANSLATE_NOOP("history", "File name"),
    "stored_path": QT_TRANSLATE_NOOP("history", "Stored file"),
    "size": QT_TRANSLATE_NOOP("history", "Size (bytes)"),
    "sha256": QT_TRANSLATE_NOOP("history", "SHA-256"),
    "language": QT_TRANSLATE_NOOP("history", "Language"),
    "role": QT_TRANSLATE_NOOP("history", "Role"),
    "page_count": QT_TRANSLATE_NOOP("history", "Pages"),
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
