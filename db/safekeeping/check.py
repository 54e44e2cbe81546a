"""``accord check``: the integrity of the database and of the stored documents."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sqlmodel import col, select

from db.attachments.store import file_sha256
from db.errors import DamagedLibraryError, LibraryError
from db.i18n.translate import fill, translate
from db.models import Document
from db.opening import damage_of
from db.server import content
from db.storage import sqlite
from db.storage.files import reason

if TYPE_CHECKING:
    from collections.abc import Sequence
    from pathlib import Path

    from db.library import Library


@dataclass
class CheckReport:
    """What ``check_library`` found.

    ``problems`` are sentences for a person; ``checked`` lists what was looked at.
    """

    problems: list[str] = field(default_factory=list)
    checked: list[str] = field(default_factory=list)
    # For a damaged database: the sentence that names the newest sound snapshot and
    # the command that restores it (:func:`db.storage.damage.damaged_error`); else "".
    advice: str = ""

    @property
    def ok(self) -> bool:
        """True when no problem was found."""
        return not self.problems


def check_library(library: Library) -> CheckReport:
    """Check the database and every document's stored file.

    On SQLite: ``PRAGMA integrity_check`` and ``foreign_key_check``. For
    every document, in the trash or not (its file is kept until the trash
    is emptied): its stored file exists, has the recorded size (bytes) and
    SHA-256. Stray files in ``attachments/`` that no record uses are
    reported too. On a server library the stored files are in the database:
    each is read back there and checked the same way, and stored files no
    document refers to are reported as stray. A damaged database gets ``advice``: the newest sound
    snapshot and the command that restores it (README, "Backups"). Reads
    only; changes nothing.
    """
    report = CheckReport()
    if sqlite.is_sqlite(library.engine):
        found = sqlite.integrity_problems(library.engine)
        report.problems.extend(found)
        report.checked.append(translate("check", "database: integrity_check and foreign_key_check"))
        damaged = damage_of(library) if found else None
        if damaged is not None:
            report.advice = str(damaged)
    try:
        with library.session() as session:
            documents = session.exec(select(Document).order_by(col(Document.id))).all()
    except DamagedLibraryError as exc:
        report.problems.append(
            translate("check", "The documents cannot be listed, because the database is damaged.")
        )
        report.advice = report.advice or str(exc)
        return report
    except LibraryError as exc:
        report.problems.append(
            fill(translate("check", "The documents cannot be listed: {exc}"), exc=exc)
        )
        return report
    if library.documents_in_database:
        _check_stored(library, documents, report)
        return report
    used: set[Path] = set()
    for document in documents:
        path = library.path_of(document.stored_path)
        used.add(path.resolve())
        label = _label(document)
        if not path.is_file():
            report.problems.append(
                fill(
                    translate("check", "{label}: its stored file {stored_path} is missing."),
                    label=label,
                    stored_path=document.stored_path,
                )
            )
            continue
        size = path.stat().st_size
        if size != document.size:
            report.problems.append(
                fill(
                    translate(
                        "check",
                        "{label}: its stored file has {size} bytes where {size2} were recorded.",
                    ),
                    label=label,
                    size=size,
                    size2=document.size,
                )
            )
        else:
            try:
                changed = file_sha256(path) != document.sha256
            except OSError as exc:
                report.problems.append(
                    fill(
                        translate("check", "{label}: its stored file cannot be read: {reason}."),
                        label=label,
                        reason=reason(exc),
                    )
                )
                continue
            if changed:
                report.problems.append(
                    fill(
                        translate(
                            "check", "{label}: its stored file has changed (SHA-256 differs)."
                        ),
                        label=label,
                    )
                )
        report.checked.append(f"{label}: {document.stored_path}")
    if library.attachments_dir.is_dir():
        for path in sorted(library.attachments_dir.rglob("*")):
            if path.is_file() and path.resolve() not in used:
                relative = path.relative_to(library.root).as_posix()
                report.problems.append(
                    fill(
                        translate(
                            "check", "The file {relative} in the library is used by no record."
                        ),
                        relative=relative,
                    )
                )
    return report


def _label(document: Document) -> str:
    return fill(
        translate("check", "Document {id} “{name}” of agreement {agreement}")
        if document.deleted_at is None
        else translate("check", "Document {id} “{name}” of agreement {agreement} (in the trash)"),
        id=document.id,
        name=document.original_name,
        agreement=document.agreement_id,
    )


def _check_stored(library: Library, documents: Sequence[Document], report: CheckReport) -> None:
    """Check a server library's stored files in the database (:mod:`db.server.content`).

    Every document's file is read back and checked against its recorded size and
    SHA-256 (each file once, however many documents share it); stored files no
    document refers to are reported as stray.
    """
    found: dict[tuple[str, int], str] = {}
    try:
        with library.session() as session:
            conn = session.connection()
            for document in documents:
                key = (document.sha256, document.size)
                if key not in found:
                    if content.stored_size(conn, document.sha256) is None:
                        found[key] = "missing"
                    else:
                        found[key] = "ok" if content.verify(conn, *key) else "damaged"
                label = _label(document)
                if found[key] == "missing":
                    report.problems.append(
                        fill(
                            translate(
                                "check", "{label}: its stored file is missing from the database."
                            ),
                            label=label,
                        )
                    )
                elif found[key] == "damaged":
                    report.problems.append(
                        fill(
                            translate(
                                "check",
                                "{label}: its stored file in the database has changed (its "
                                "size or SHA-256 differs from the recorded one).",
                            ),
                            label=label,
                        )
                    )
                report.checked.append(f"{label}: {document.sha256}")
            stray = content.stored_hashes(conn) - {document.sha256 for document in documents}
    except LibraryError as exc:
        report.problems.append(
            fill(translate("check", "The stored files cannot be read: {exc}"), exc=exc)
        )
        return
    report.checked.append(translate("check", "stored files in the database"))
    for sha256 in sorted(stray):
        report.problems.append(
            fill(
                translate(
                    "check", "The stored file {sha256} in the database is used by no record."
                ),
                sha256=sha256,
            )
        )
