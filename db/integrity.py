"""Is a document's stored file still the file that was signed? And putting it back.

A stored file can go missing (deleted by hand, a library copied without its
``attachments/``) or change (edited, damaged on disk). :func:`document_status`
says which; :func:`relink_document` takes a file the user located and puts
it back, refusing a different file unless the user confirmed the
replacement, which is then recorded (:class:`~db.models.DocumentReplacement`).
"""

from __future__ import annotations

import getpass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from sqlmodel import col, delete, select

from db.attachments import database
from db.attachments.pdf import read_pdf
from db.attachments.store import file_sha256, remove_unreferenced_files, stored_path_for
from db.documents import check_pdf, copy_into_library, get_document
from db.errors import DocumentError, DocumentMismatchError, NotFoundError
from db.i18n.translate import QT_TRANSLATE_NOOP, fill, translate
from db.models import Document, DocumentPage, DocumentReplacement, utcnow
from db.server.roles import Action, require
from db.storage.files import reason

if TYPE_CHECKING:
    import os

    from db.library import Library
    from db.schemas import DocumentRead


class DocumentStatus(StrEnum):
    """The state of a document's stored file."""

    OK = "ok"
    MISSING = "missing"
    CHANGED = "changed"
    UNREADABLE = "unreadable"

    @property
    def problem(self) -> str:
        """A sentence for a person, "" when all is well."""
        problem = _PROBLEMS[self]
        return translate("check", problem) if problem else ""

    def problem_in(self, library: Library) -> str:
        """:attr:`problem` for ``library``: a server library's stored files are in its
        database, not in the library folder."""
        return self.problem_where(in_database=library.documents_in_database)

    def problem_where(self, *, in_database: bool) -> str:
        """:attr:`problem`, or with ``in_database`` the sentence of a server library, whose
        stored files are in its database on the server, not in the library folder."""
        problem = _IN_DATABASE.get(self) if in_database else None
        return translate("check", problem) if problem else self.problem


_PROBLEMS = {
    DocumentStatus.OK: "",
    DocumentStatus.MISSING: QT_TRANSLATE_NOOP(
        "check", "The stored file is missing from the library folder."
    ),
    DocumentStatus.CHANGED: QT_TRANSLATE_NOOP(
        "check",
        "The stored file has changed since it was attached (its SHA-256 differs), so it may not "
        "be the signed text.",
    ),
    DocumentStatus.UNREADABLE: QT_TRANSLATE_NOOP("check", "The stored file cannot be read."),
}
_IN_DATABASE = {
    DocumentStatus.MISSING: QT_TRANSLATE_NOOP(
        "check", "The stored file is missing from the database."
    ),
    DocumentStatus.CHANGED: QT_TRANSLATE_NOOP(
        "check",
        "The stored file in the database has changed since it was attached (its SHA-256 "
        "differs), so it cannot be opened as the signed text.",
    ),
}


def document_status(
    library: Library, document: DocumentRead, *, full: bool = True
) -> DocumentStatus:
    """Return the state of ``document``'s stored file.

    Missing and size changes are found from the file's metadata; with
    ``full`` the SHA-256 is computed too (reads the whole file: call it off
    the GUI thread).
    """
    if library.documents_in_database:
        return _stored_status(library, document, full=full)
    path = library.path_of(document.stored_path)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return DocumentStatus.MISSING
    except OSError:
        return DocumentStatus.UNREADABLE
    if not path.is_file():
        return DocumentStatus.MISSING
    if size != document.size:
        return DocumentStatus.CHANGED
    if not full:
        return DocumentStatus.OK
    try:
        digest = file_sha256(path)
    except OSError:
        return DocumentStatus.UNREADABLE
    return DocumentStatus.OK if digest == document.sha256 else DocumentStatus.CHANGED


def _stored_status(library: Library, document: DocumentRead, *, full: bool) -> DocumentStatus:
    """:func:`document_status` on a server library: the stored size (one query), then with
    ``full`` the parts read back from the database and hashed
    (:func:`db.server.content.verify`; a good copy in this person's cache does not
    stand for a damaged one on the server)."""
    state = DocumentStatus(database.stored_state(library, document.sha256, document.size))
    if state != DocumentStatus.OK or not full:
        return state
    verified = database.verify(library, document.sha256, document.size)
    if verified is None:
        return DocumentStatus.UNREADABLE
    return DocumentStatus.OK if verified else DocumentStatus.CHANGED


def relink_document(
    library: Library,
    document_id: int,
    path: str | os.PathLike[str],
    *,
    replace: bool = False,
) -> DocumentRead:
    """Put the file at ``path`` back as the stored file of a document.

    A file with the recorded SHA-256 is copied into place (the record does
    not change). A different file raises :class:`DocumentMismatchError`
    unless ``replace`` is true: then it must be a readable PDF, becomes the
    document's file (new SHA-256, size, page texts), and the replacement is
    recorded with the time and the operating-system user. The user's file
    is only read. Raises :class:`NotFoundError`, :class:`DocumentError`.
    """
    require(library.role, Action.ATTACH)
    document = get_document(library, document_id)
    source = Path(path)
    check_pdf(source)
    try:
        digest = file_sha256(source)
    except OSError as exc:
        raise DocumentError(
            fill(
                translate("check", "The file {name} cannot be read: {reason}."),
                name=source.name,
                reason=reason(exc),
            )
        ) from exc
    if digest == document.sha256:
        if library.documents_in_database:
            with library.session(write=True) as session:
                size = source.stat().st_size
                database.store_file(session, source, digest, size, replace_damaged=True)
                session.commit()
        else:
            copy_into_library(library, source, None)
        return get_document(library, document_id)
    if not replace:
        raise DocumentMismatchError(
            fill(
                translate(
                    "check",
                    "{name} is not the file that was attached as “{original_name}” (its SHA-256 "
                    "differs).",
                ),
                name=source.name,
                original_name=document.original_name,
            )
        )
    info = read_pdf(source)
    in_database = library.documents_in_database
    if in_database:
        stored, size, created = stored_path_for(digest), source.stat().st_size, False
    else:
        stored, size, created = copy_into_library(library, source, None)
    try:
        with library.session(write=True) as session:
            row = session.get(Document, document_id)
            if row is None:
                raise NotFoundError(
                    fill(
                        translate("check", "There is no document with ID {document_id}."),
                        document_id=document_id,
                    )
                )
            session.add(
                DocumentReplacement(
                    document_id=document_id,
                    replaced_by=_user_name(),
                    old_sha256=row.sha256,
                    new_sha256=digest,
                    old_size=row.size,
                    new_size=size,
                    original_name=source.name,
                )
            )
            old_stored, old_sha = row.stored_path, row.sha256
            row.stored_path, row.sha256, row.size = stored, digest, size
            row.page_count, row.title, row.encrypted = (
                info.page_count,
                info.title[:1000],
                info.encrypted,
            )
            row.updated_at = utcnow()
            session.add(row)
            session.exec(delete(DocumentPage).where(col(DocumentPage.document_id) == document_id))
            session.add_all(
                DocumentPage(document_id=document_id, page_number=number, text=text)
                for number, text in enumerate(info.texts, start=1)
            )
            if in_database:
                database.store_file(session, source, digest, size, replace_damaged=True)
                session.flush()
                database.remove_unreferenced(session, [old_sha])
            session.commit()
    except BaseException:
        if created:
            remove_unreferenced_files(library, [stored])
        raise
    if not in_database:
        remove_unreferenced_files(library, [old_stored])
    return get_document(library, document_id)


def replacements(library: Library, document_id: int) -> list[DocumentReplacement]:
    """Return the recorded replacements of a document's file, oldest first."""
    with library.session() as session:
        return list(
            session.exec(
                select(DocumentReplacement)
                .where(DocumentReplacement.document_id == document_id)
                .order_by(DocumentReplacement.replaced_at)  # type: ignore[arg-type]
            ).all()
        )


def _user_name() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no user name in the environment or the password database
        return ""
