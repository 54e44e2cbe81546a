"""The exceptions of the records core.

Every message is one sentence written for a person: the GUI shows it in a
message box and the command line prints it on stderr, never a traceback.

Every exception ``db/`` lets out lives here, so a caller imports its errors
from one place (only :mod:`db.storage.snapshots`'s private ``_Cancel``, which never
leaves the SQLite backup callback, stays beside its use). The module imports
nothing heavy (no SQLAlchemy, no catalogue): the command line and the
catalogue reader import it at start. Three are ``ValueError``s rather than
:class:`AccordError`s, as parsers' errors are (:class:`DateError`,
:class:`CellError`, :class:`CatalogueError`): they are turned into a row's
refusal or a form's hint, never shown alone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path


class AccordError(Exception):
    """Base of every error the records core raises on purpose."""


class LibraryError(AccordError):
    """The library folder or its database cannot be opened or used."""


class NotFoundError(AccordError):
    """A record asked for by ID does not exist (any more)."""


class ValidationError(AccordError):
    """A value given for a record is not acceptable (empty, too long, wrong kind).

    ``field`` names the offending field, so a form can put the focus there.
    """

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class DuplicateError(AccordError):
    """The record would duplicate one the library already holds."""


class InUseError(AccordError):
    """The record cannot be deleted because other records still refer to it."""


class DocumentError(AccordError):
    """A file cannot be attached, or a stored document cannot be used."""


class DocumentMissingError(DocumentError):
    """The stored file of a document is no longer in the library folder."""


class DocumentDamagedError(DocumentError):
    """The stored file of a document in a server library's database differs from its record."""


class DocumentMismatchError(DocumentError):
    """The located file is not the one recorded (different SHA-256); :mod:`db.integrity`."""


class Cancelled(AccordError):  # noqa: N818 - it is an outcome, not a fault
    """The person cancelled a long operation through its progress callback; nothing changed.

    Raised when a :data:`db.progress.Progress` callback returns ``False``
    (attaching a document, exporting CSV, making or verifying a backup
    archive), or by a callback itself to stop; ``str()`` is the sentence
    saying what was not done, or empty where the caller words it (a backup).
    """


class ExportError(AccordError):
    """A CSV report cannot be written."""


class CsvImportError(AccordError):
    """A CSV file cannot be imported (unreadable, or rows rejected); nothing was written."""


class ConflictError(AccordError):
    """A record was changed by someone else after it was read (its version moved on).

    ``current`` is the record as it is stored now (a ``*Read`` of
    :mod:`db.schemas`), so a form can show both versions; ``None`` when
    the conflict is not about one stored record.
    """

    def __init__(self, message: str, *, current: object | None = None) -> None:
        super().__init__(message)
        self.current = current


class TrashError(AccordError):
    """A record cannot be restored from the trash, or deleted for good, as asked."""


class RoleError(LibraryError):
    """The person's role in a server library does not allow the change asked; nothing
    was changed (:func:`db.server.roles.refusal` is the sentence)."""


class BackupError(AccordError):
    """A backup cannot be made, or an archive cannot be verified or restored."""


class DamagedLibraryError(LibraryError):
    """The library's database file is damaged: SQLite finds it malformed, or no database.

    ``folder`` is the library folder and ``snapshot`` the newest sound
    snapshot in its ``backups/`` (``None`` when there is none); the message
    names that snapshot and the ``accord restore`` command that puts it back
    (README, "Backups"), so a window can offer the same restore.
    """

    def __init__(self, message: str, *, folder: Path, snapshot: Path | None) -> None:
        super().__init__(message)
        self.folder = folder
        self.snapshot = snapshot


class DateError(ValueError):
    """A text that is not a date Accord can read (:func:`db.dates.parse_date`); ``str()`` is
    one sentence naming it."""


class CellError(ValueError):
    """A CSV cell that cannot be imported (:mod:`db.csv.cells`); ``str()`` is one sentence
    naming its value, which the import puts in the row's refusal."""


class CatalogueError(ValueError):
    """A file is not a ``.qm`` catalogue :mod:`db.i18n.qm` understands (a programmer's message:
    the source texts show instead of translations)."""
