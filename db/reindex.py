"""Rebuilds a library's search index: ``accord reindex`` and File ▸ Rebuild Search Index.

The index is kept current by every change (:mod:`db.search.index`); a
rebuild is for a library whose index is in doubt (restored from an old
backup, written by a script), after a new catalogue adds labels in another
language, or, with ``from_files``, after a better text extraction: each
document's page texts are then read again from its stored PDF first. One
transaction: cancelled or failed, the index stays as it was.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import sqlalchemy as sa

from db.attachments import database
from db.attachments.pdf import read_pdf
from db.errors import AccordError, Cancelled
from db.i18n.translate import translate
from db.library import Library, database_error
from db.models import Document, DocumentPage
from db.search.rebuild import rebuild_units
from db.server.roles import Action, require

if TYPE_CHECKING:
    from db.progress import Progress

_D = Document.__table__  # type: ignore[attr-defined]
_P = DocumentPage.__table__  # type: ignore[attr-defined]


def reindex(library: Library, progress: Progress | None = None, *, from_files: bool = False) -> int:
    """Rebuild the search index of ``library``; return how many units it holds.

    ``progress(done, total)`` counts documents read (with ``from_files``: each
    in a child process, :func:`db.attachments.pdf.read_pdf`), then records and
    pages indexed; returning ``False`` raises :class:`~db.errors.Cancelled`
    and changes nothing. A document whose file cannot be read keeps its
    stored page texts. Raises :class:`~db.errors.LibraryError` when the
    database cannot be written.
    """
    require(library.role, Action.REINDEX)
    try:
        texts = _read_files(library, progress) if from_files else {}
        with library.write_session() as session:
            connection = session.connection()
            for document_id, pages in texts.items():
                connection.execute(_P.delete().where(_P.c.document_id == document_id))
                if pages:
                    connection.execute(_P.insert(), [
                        {"document_id": document_id, "page_number": number, "text": text}
                        for number, text in enumerate(pages, start=1)
                    ])  # fmt: skip
            count = rebuild_units(connection, progress)
            session.commit()
            return count
    except Cancelled as exc:
        raise Cancelled(translate("search", "The search index was not rebuilt.")) from exc
    except sa.exc.DBAPIError as exc:
        raise database_error(exc, library) from exc


def _read_files(library: Library, progress: Progress | None) -> dict[int, list[str]]:
    """Return the page texts of every document whose stored file can be read, by ID."""
    with library.session() as session:
        documents = (
            session.connection()
            .execute(
                sa.select(_D.c.id, _D.c.stored_path, _D.c.sha256, _D.c.size, _D.c.original_name)
            )
            .all()
        )
    texts: dict[int, list[str]] = {}
    for done, (document_id, stored, sha256, size, name) in enumerate(documents, start=1):
        try:
            if library.documents_in_database:  # a verified copy in this person's cache
                path = database.fetch(library, sha256, size, name)
            else:
                path = library.path_of(stored)
            info = read_pdf(path)
        except (AccordError, OSError):
            info = None
        if info is not None and not info.encrypted:
            texts[document_id] = info.texts
        if progress is not None and progress(done, len(documents)) is False:
            raise Cancelled()
    return texts
