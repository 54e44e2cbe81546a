"""Use cases on documents: attach a PDF, find its stored file, remove it.

Stored files are named by content in the attachment store
(:mod:`db.attachments.store`): the same file attached to two agreements is
stored once, and a stored file is deleted only when no document refers to it
any more, in the trash or not (:mod:`db.trash`). A server library keeps them in
the database instead and opens them from a per-user cache
(:mod:`db.attachments.database`). Removing a document moves it to the trash. The
user's original file is only read.
"""

from __future__ import annotations

import errno
import hashlib
import os
import shutil
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from sqlmodel import select

from db.attachments import database
from db.attachments.pdf import read_pdf
from db.attachments.pdf_check import check_pdf
from db.attachments.store import (
    CHUNK,
    holds,
    remove_unreferenced_files,
    stored_path_for,
)
from db.enums import DocumentRole
from db.errors import (
    Cancelled,
    DocumentError,
    DocumentMissingError,
    DuplicateError,
    LibraryError,
    NotFoundError,
)
from db.i18n.languages import normalise_language
from db.i18n.translate import fill, translate
from db.library import READ_ONLY_CHANGE, Library
from db.models import Agreement, Document, DocumentPage
from db.schemas import DocumentRead
from db.server.roles import Action, require
from db.storage.files import new_file_mode, reason
from db.storage.history_recorder import refuse_stale
from db.trash import move_to_trash

if TYPE_CHECKING:
    from db.progress import Progress

_CHUNK = 1 << 20


def copy_into_library(
    library: Library, source: Path, progress: Progress | None
) -> tuple[str, int, bool]:
    """Copy ``source`` into the attachments, hashing as it goes.

    Returns (stored_path, size, created) where ``created`` says whether the
    stored file is new (False: identical content was already stored). A
    stored copy that no longer has its SHA-256 (damaged on disk) is
    replaced by the verified new copy, so attaching or locating the genuine
    file repairs it.
    """
    try:
        src = source.open("rb")
        total = os.fstat(src.fileno()).st_size
    except OSError as exc:
        message = translate("documents", "The file {name} cannot be read: {reason}.")
        raise DocumentError(fill(message, name=source.name, reason=reason(exc))) from exc
    digest = hashlib.sha256()
    done = 0
    try:
        library.attachments_dir.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(
            prefix=".attach-", suffix=".part", dir=library.attachments_dir
        )
    except OSError as exc:
        src.close()
        raise _storing_error(source, exc) from exc
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as out, src:
            while chunk := src.read(CHUNK):
                digest.update(chunk)
                out.write(chunk)
                done += len(chunk)
                if progress is not None and progress(done, total) is False:
                    raise Cancelled(
                        translate("documents", "Attaching was cancelled; nothing was stored.")
                    )
            out.flush()
            os.fsync(out.fileno())
        sha = digest.hexdigest()
        stored = stored_path_for(sha)
        target = library.path_of(stored)
        existed = target.exists()
        if existed and holds(target, done, sha):
            return stored, done, False
        # New content, or a stored copy that was damaged: the verified copy goes in.
        target.parent.mkdir(parents=True, exist_ok=True)
        os.chmod(tmp, new_file_mode())
        os.replace(tmp, target)
        return stored, done, not existed
    except OSError as exc:
        raise _storing_error(source, exc) from exc
    finally:
        tmp.unlink(missing_ok=True)


def _storing_error(source: Path, error: OSError) -> DocumentError:
    """The sentence for a copy into the attachments folder that failed.

    A folder that refuses writing (a read-only file system or share:
    ``EROFS``; no permission: ``EACCES``, ``EPERM``) gets the one sentence
    every change to a read-only library gets (:data:`READ_ONLY_CHANGE`, as
    the README promises); anything else (a full disk) names the reason.
    """
    if error.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return DocumentError(translate("library", READ_ONLY_CHANGE))
    return DocumentError(
        fill(
            translate("documents", "{name} cannot be copied into the library: {reason}."),
            name=source.name,
            reason=reason(error),
        )
    )


def attach_document(
    library: Library,
    agreement_id: int,
    path: str | os.PathLike[str],
    *,
    language: str = "",
    role: DocumentRole = DocumentRole.SIGNED_ORIGINAL,
    progress: Progress | None = None,
) -> DocumentRead:
    """Copy the PDF at ``path`` into the library and attach it to an agreement.

    Records the original file name, size in bytes, SHA-256, and what the PDF
    says of itself (page count, title, whether it is password-protected,
    each page's text; read by :func:`db.attachments.pdf.read_pdf` in a child process
    with a time limit). ``language`` is an ISO 639-1 code (``"ko"``) or
    empty. ``progress(done, total)`` (bytes) is called while reading and
    copying and may return False to cancel. Raises :class:`NotFoundError`
    (no such agreement), :class:`DocumentError` (not a PDF, damaged,
    unreadable, cancelled, unknown language) and :class:`DuplicateError`
    (this file is already attached to the agreement); in every case nothing
    is stored. A password-protected PDF is attached and marked encrypted.
    A read-only library (``Library.read_only``) raises :class:`LibraryError`
    before the PDF is read, and an attachments folder that cannot be
    written :class:`DocumentError`, both with :data:`db.library.READ_ONLY_CHANGE`.
    """
    require(library.role, Action.ATTACH)
    source = Path(path)
    if library.read_only:
        raise LibraryError(translate("library", READ_ONLY_CHANGE))
    try:
        language = normalise_language(language)
    except ValueError as exc:
        raise DocumentError(str(exc)) from exc
    with library.session() as session:
        agreement = session.get(Agreement, agreement_id)
        if agreement is None or agreement.deleted_at is not None:
            message = translate("documents", "There is no agreement with ID {agreement_id}.")
            raise NotFoundError(fill(message, agreement_id=agreement_id))
    check_pdf(source)
    total = source.stat().st_size
    stop: list[bool] = []

    def cancelled() -> bool:
        if progress is not None and progress(0, total) is False:
            stop.append(True)
        return bool(stop)

    try:
        info = read_pdf(source, cancelled=cancelled)
    except DocumentError:
        if stop:
            raise Cancelled(
                translate("documents", "Attaching was cancelled; nothing was stored.")
            ) from None
        raise
    if library.documents_in_database:
        sha, size = database.hash_file(source, progress, 2 * total)
        stored = stored_path_for(sha)
    else:
        stored, size, created = copy_into_library(library, source, progress)
        sha = Path(stored).stem
    try:
        with library.session(write=True) as session:
            agreement = session.get(Agreement, agreement_id)
            if agreement is None or agreement.deleted_at is not None:
                message = translate("documents", "There is no agreement with ID {agreement_id}.")
                raise NotFoundError(fill(message, agreement_id=agreement_id))
            existing = session.exec(
                select(Document).where(
                    Document.agreement_id == agreement_id, Document.sha256 == sha
                )
            ).first()
            if existing is not None and existing.deleted_at is not None:
                message = translate(
                    "documents",
                    "This file was removed from the agreement as “{original_name}” and "
                    "is in the trash; restore it from there.",
                )
                raise DuplicateError(fill(message, original_name=existing.original_name))
            if existing is not None:
                message = translate(
                    "documents",
                    "This file is already attached to the agreement as “{original_name}”.",
                )
                raise DuplicateError(fill(message, original_name=existing.original_name))
            document = Document(
                agreement_id=agreement_id,
                original_name=source.name,
                stored_path=stored,
                size=size,
                sha256=sha,
                language=language,
                role=role,
                page_count=info.page_count,
                title=info.title[:1000],
                encrypted=info.encrypted,
            )
            session.add(document)
            session.flush()
            session.add_all(
                DocumentPage(document_id=document.id, page_number=number, text=text)  # type: ignore[arg-type]
                for number, text in enumerate(info.texts, start=1)
            )
            if library.documents_in_database:
                # In this transaction: a refusal or failure before the commit leaves no part.
                # A damaged stored copy is replaced by this verified file, as on SQLite.
                database.store_file(session, source, sha, size, progress, replace_damaged=True)
            elif not holds(library.path_of(stored), size, sha):
                # Another window removed it as unreferenced between our copy and our
                # write lock (files go only under that lock): copy it again.
                copy_into_library(library, source, None)
            session.commit()
            return DocumentRead.model_validate(document)
    except BaseException:
        # Copied now or found there (left by an attach a crash cut short), the
        # stored file goes if no row refers to it: no orphan outlives this attach
        # (on a server the rollback took the parts).
        if not library.documents_in_database:
            remove_unreferenced_files(library, [stored])
        raise


def get_document(library: Library, document_id: int) -> DocumentRead:
    """Return the document ``document_id``; raises :class:`NotFoundError` (also in the trash)."""
    with library.session() as session:
        document = session.get(Document, document_id)
        if document is None or document.deleted_at is not None:
            message = translate("documents", "There is no document with ID {document_id}.")
            raise NotFoundError(fill(message, document_id=document_id))
        return DocumentRead.model_validate(document)


def document_file(library: Library, document_id: int) -> Path:
    """Return the absolute path of the stored file of a document, to open it.

    Raises :class:`NotFoundError` and :class:`DocumentMissingError` when the
    stored file is no longer in the library folder. On a server library the path
    is this person's cached copy, fetched and checked against the recorded size
    and SHA-256 (:func:`db.attachments.database.fetch`; reads the whole file: call
    it off the GUI thread), and :class:`DocumentError` says it is damaged.
    """
    document = get_document(library, document_id)
    return local_file(library, document)


def local_file(library: Library, document: DocumentRead) -> Path:
    """Return the path of ``document``'s stored file; see :func:`document_file`."""
    if library.documents_in_database:
        return database.fetch(library, document.sha256, document.size, document.original_name)
    path = library.path_of(document.stored_path)
    if not path.is_file():
        message = translate(
            "documents",
            "The stored file of “{original_name}” is missing from the library folder "
            "({stored_path}).",
        )
        raise DocumentMissingError(
            fill(message, original_name=document.original_name, stored_path=document.stored_path)
        )
    return path


def remove_document(
    library: Library, document_id: int, *, expected_version: int | None = None
) -> None:
    """Remove a document from its agreement: it goes to the trash (:mod:`db.trash`).

    Its stored file stays until the trash is emptied, and then goes only
    if no other document uses it; the user's original file is never
    touched. Raises :class:`NotFoundError` and, when ``expected_version``
    is given and the document changed since, :class:`ConflictError`.
    """
    require(library.role, Action.TRASH)
    with library.session(write=True) as session:
        document = session.get(Document, document_id)
        if document is None or document.deleted_at is not None:
            message = translate("documents", "There is no document with ID {document_id}.")
            raise NotFoundError(fill(message, document_id=document_id))
        refuse_stale(
            session,
            document,
            expected_version,
            document.original_name,
            lambda: DocumentRead.model_validate(document),
        )
        move_to_trash(session, [document])
        session.commit()


def save_copy(library: Library, document_id: int, destination: str | os.PathLike[str]) -> Path:
    """Write a copy of a document's stored file to ``destination`` and return its path.

    Raises :class:`DocumentMissingError` or :class:`DocumentError` when it
    cannot be written.
    """
    source = document_file(library, document_id)
    target = Path(destination)
    try:
        shutil.copyfile(source, target)
    except OSError as exc:
        message = translate("documents", "The copy cannot be written to {target}: {value}.")
        raise DocumentError(fill(message, target=target, value=exc.strerror or exc)) from exc
    return target
