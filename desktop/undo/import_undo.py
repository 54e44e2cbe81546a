"""Undo and redo of a whole CSV import, as one command, off the GUI thread.

:func:`apply_with_snapshot` is what the import's worker runs: it reads the
records the plan will update (their fields before), applies the plan
(:func:`db.csv.importer.apply_import`, whole or nothing) and reads back what
it added and updated. :class:`ImportCommand` then undoes the import by
putting the updated fields back and moving the added agreements and the
partners it created to the trash; redo restores them and writes the new
values again. Each record goes through its use case (one short transaction
each: about 3 ms a record, so 1,000 rows take seconds), which is why the
steps run in the task runner's worker with Undo and Redo disabled.

Before a step changes anything, every record is checked to be at the
version the import left it: if someone changed one meanwhile, nothing is
written, the user is told, and the stack stays as it was. Should a step
fail half-way all the same (a change in the instant between check and
write), the user is told and the undo stack is cleared, since it no longer
matches the library.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QTimer

from db import agreements as agreement_cases
from db import partners as partner_cases
from db import trash
from db.csv.import_plan import ImportKind, ImportPlan, ImportResult, RowAction
from db.errors import AccordError
from db.schemas import AgreementUpdate, PartnerUpdate
from desktop.support.changes import RecordChange
from desktop.support.messages import fill, show_error, summary
from desktop.support.progress_dialog import close_progress, progress_dialog
from desktop.undo.base import RecordCommand, UndoContext, changed_fields, short

if TYPE_CHECKING:
    from collections.abc import Callable

    from db.library import Library
    from db.progress import Progress

_AGREEMENT_FIELDS = tuple(AgreementUpdate.model_fields)
_PARTNER_FIELDS = tuple(PartnerUpdate.model_fields)
Versions = dict[tuple[str, int], int]


@dataclass(frozen=True)
class ImportSnapshot:
    """What an applied import changed, enough to take it back and make it again.

    ``kind`` is the plan's (agreements or partners file); ``added`` the IDs
    of the records it added (agreements, or partners for a partners file);
    ``partners_created`` the partners an agreements file created;
    ``before``/``after`` the changed fields of each updated record
    (ID → {field: value}); ``versions`` each touched record's version after
    the import, keyed by ("agreement"/"partner", ID).
    """

    source_name: str
    kind: ImportKind
    added: tuple[int, ...]
    partners_created: tuple[int, ...]
    before: dict[int, dict[str, Any]] = field(default_factory=dict)
    after: dict[int, dict[str, Any]] = field(default_factory=dict)
    versions: Versions = field(default_factory=dict)

    @property
    def record_kind(self) -> str:
        """``"agreement"`` or ``"partner"``: what ``added`` and the updates are."""
        return "agreement" if self.kind is ImportKind.AGREEMENTS else "partner"


def _read(library: Library, kind: str, ids: list[int]) -> dict[int, Any]:
    if not ids:
        return {}
    if kind == "agreement":
        return {a.id: a for a in agreement_cases.list_agreements(library, agreement_ids=ids)}
    wanted = set(ids)
    return {p.id: p for p in partner_cases.list_partners(library) if p.id in wanted}


def _fields(kind: str) -> tuple[str, ...]:
    return _AGREEMENT_FIELDS if kind == "agreement" else _PARTNER_FIELDS


def apply_with_snapshot(
    library: Library,
    plan: ImportPlan,
    *,
    create_partners: bool,
    progress: Callable[[int, int], None] | None = None,
) -> tuple[ImportResult, ImportSnapshot]:
    """Apply ``plan`` (see :func:`db.csv.importer.apply_import`) and return what undoing needs.

    Reads the records to be updated first (one query), then applies the
    plan, then reads back every record it added or updated. Raises what
    ``apply_import`` raises (nothing is written then).
    """
    from db.csv.importer import apply_import

    kind = "agreement" if plan.kind is ImportKind.AGREEMENTS else "partner"
    names = _fields(kind)
    updating = [row.record_id for row in plan.of(RowAction.UPDATE) if row.record_id is not None]
    old = _read(library, kind, updating)
    before = {i: {n: getattr(r, n) for n in names} for i, r in old.items()}
    result = apply_import(library, plan, create_partners=create_partners, progress=progress)
    now = _read(library, kind, [*result.added, *result.updated])
    versions: Versions = {(kind, i): r.version for i, r in now.items()}
    for partner in _read(library, "partner", list(result.partners_created)).values():
        versions[("partner", partner.id)] = partner.version
    after_fields = {i: changed_fields(before.get(i, {}), {n: getattr(now[i], n) for n in names})
                    for i in result.updated if i in now}  # fmt: skip
    snapshot = ImportSnapshot(
        source_name=Path(plan.source).name,
        kind=plan.kind,
        added=tuple(result.added),
        partners_created=tuple(result.partners_created),
        before={i: {n: before[i][n] for n in changed} for i, changed in after_fields.items()},
        after=after_fields,
        versions=versions,
    )
    return result, snapshot


class _NothingChanged(AccordError):  # noqa: N818 - an outcome the caller handles, not a fault
    """A step was refused before it wrote anything (wraps the sentence)."""


def _check(library: Library, snapshot: ImportSnapshot, versions: Versions, ids: list[int]) -> None:
    """Refuse (nothing written) unless each record is live and at the version we left it."""
    kind = snapshot.record_kind
    found = _read(library, kind, ids)
    found_partners = _read(library, "partner", list(snapshot.partners_created))
    for key, record in [*((("partner", i), r) for i, r in found_partners.items()),
                        *(((kind, i), r) for i, r in found.items())]:  # fmt: skip
        if record.version != versions.get(key, record.version):
            name = getattr(record, "title", None) or getattr(record, "name", "")
            #: {name} is a partner's name or an agreement's title.
            text = QCoreApplication.translate(
                "undo", "Someone else changed “{name}” after the import."
            )
            raise _NothingChanged(fill(text, name=name))
    missing = [i for i in ids if i not in found]
    missing += [i for i in snapshot.partners_created if i not in found_partners]
    if missing:
        if kind == "agreement":
            text = QCoreApplication.translate(
                "undo",
                "The agreement with ID {id} is no longer in the library as the import left it.",
            )
        else:
            text = QCoreApplication.translate(
                "undo",
                "The partner with ID {id} is no longer in the library as the import left it.",
            )
        raise _NothingChanged(fill(text, id=missing[0]))


def revert_import(
    library: Library, snapshot: ImportSnapshot, versions: Versions, progress: Progress
) -> Versions:
    """Undo an import (see the module); return the versions of the records it updated back."""
    kind = snapshot.record_kind
    _check(library, snapshot, versions, [*snapshot.added, *snapshot.before])
    total, done = len(snapshot.before) + len(snapshot.added) + len(snapshot.partners_created), 0
    result: Versions = {}
    for record_id, values in snapshot.before.items():
        result[(kind, record_id)] = _update(library, kind, record_id, values, versions)
        done += 1
        progress(done, total)
    for record_id in snapshot.added:
        expected = versions[(kind, record_id)]
        if kind == "agreement":
            agreement_cases.delete_agreement(library, record_id, expected_version=expected)
        else:
            partner_cases.delete_partner(library, record_id, expected_version=expected)
        done += 1
        progress(done, total)
    for partner_id in snapshot.partners_created:
        expected = versions[("partner", partner_id)]
        partner_cases.delete_partner(library, partner_id, expected_version=expected)
        done += 1
        progress(done, total)
    return result


def reapply_import(
    library: Library, snapshot: ImportSnapshot, versions: Versions, progress: Progress
) -> Versions:
    """Redo an undone import: restore what it added, write its new values again."""
    kind = snapshot.record_kind
    updated = _read(library, kind, list(snapshot.after))
    for record_id, record in updated.items():
        if record.version != versions.get((kind, record_id), record.version):
            name = getattr(record, "title", None) or getattr(record, "name", "")
            #: {name} is a partner's name or an agreement's title.
            text = QCoreApplication.translate(
                "undo", "Someone else changed “{name}” after the import was undone."
            )
            raise _NothingChanged(fill(text, name=name))
    if len(updated) < len(snapshot.after):
        if kind == "agreement":
            text = QCoreApplication.translate(
                "undo", "An agreement the import updated is no longer in the library."
            )
        else:
            text = QCoreApplication.translate(
                "undo", "A partner the import updated is no longer in the library."
            )
        raise _NothingChanged(text)
    total, done = len(snapshot.after) + len(snapshot.added) + len(snapshot.partners_created), 0
    for partner_id in snapshot.partners_created:
        trash.restore_partner(library, partner_id)
        done += 1
        progress(done, total)
    for record_id in snapshot.added:
        trash.restore(library, kind, record_id)
        done += 1
        progress(done, total)
    result: Versions = {}
    for record_id, values in snapshot.after.items():
        result[(kind, record_id)] = _update(library, kind, record_id, values, versions)
        done += 1
        progress(done, total)
    touched = _read(library, kind, list(snapshot.added))
    result.update({(kind, i): r.version for i, r in touched.items()})
    for partner in _read(library, "partner", list(snapshot.partners_created)).values():
        result[("partner", partner.id)] = partner.version
    return result


def _update(
    library: Library, kind: str, record_id: int, values: dict[str, Any], versions: Versions
) -> int:
    expected = versions.get((kind, record_id))
    if kind == "agreement":
        saved: Any = agreement_cases.update_agreement(
            library,
            record_id,
            AgreementUpdate(**values),
            expected_version=expected,
            allow_duplicate=True,
        )
    else:
        saved = partner_cases.update_partner(
            library, record_id, PartnerUpdate(**values), expected_version=expected
        )
    return saved.version


class ImportCommand(RecordCommand):
    """A whole CSV import, undone and redone in the task runner's worker.

    While a step runs, Undo and Redo are off (:class:`~desktop.undo.base.StackLock`)
    and a window-modal progress dialog keeps other changes out. A step
    refused before it wrote anything puts the stack back where it was (the
    command stays, to be tried again); one that failed half-way clears it.
    """

    def __init__(self, context: UndoContext, snapshot: ImportSnapshot) -> None:
        #: A step in Edit › Undo (“Undo Import …”); {name} is the CSV file's name.
        text = QCoreApplication.translate("undo", "Import “{name}”")
        title = fill(text, name=short(snapshot.source_name))
        super().__init__(context, title)
        self._title = title
        self.snapshot = snapshot
        self._resync = False
        for (kind, record_id), version in snapshot.versions.items():
            context.versions.note(kind, record_id, version)

    def undo(self) -> None:  # Qt override
        if self._resync:
            self._resync = False
            return
        self._start(revert_import, undoing=True)

    def redo(self) -> None:  # Qt override
        if self._resync or not self._pushed:
            self._resync = False
            self._pushed = True
            return
        self._start(reapply_import, undoing=False)

    def _start(self, step: Callable[..., Versions], *, undoing: bool) -> None:
        context, snapshot = self.context, self.snapshot
        known = {key: context.versions.expected(key[0], key[1], version)
                 for key, version in snapshot.versions.items()}  # fmt: skip

        def work(progress: Progress) -> Versions:
            return step(context.library, snapshot, known, progress)

        if undoing:
            #: Progress text; {what} is the step, e.g. Import “agreements.csv”.
            text = QCoreApplication.translate("undo", "Undoing {what}…")
        else:
            #: Progress text; {what} is the step, e.g. Import “agreements.csv”.
            text = QCoreApplication.translate("undo", "Redoing {what}…")
        dialog = progress_dialog(context.parent, fill(text, what=self._title), cancellable=False)
        if context.lock is not None:
            context.lock.hold()

        def ended() -> None:
            close_progress(dialog)
            if context.lock is not None:
                context.lock.release()

        def succeeded(versions: Versions) -> None:
            ended()
            for (kind, record_id), version in versions.items():
                context.versions.note(kind, record_id, version)
            context.notifier.notify(RecordChange(partners=True, agreements=True, documents=True))

        def failed(error: Exception) -> None:
            ended()
            self._failed(error, undoing=undoing)

        if context.runner is None:
            try:
                succeeded(work(lambda _done, _total: True))
            except Exception as exc:  # noqa: BLE001 - shown as one sentence
                failed(exc)
            return
        context.runner.run(work, on_success=succeeded, on_failure=failed)

    def _failed(self, error: Exception, *, undoing: bool) -> None:
        context = self.context
        if undoing:
            title = QCoreApplication.translate("undo", "Cannot undo “{what}”")
        else:
            title = QCoreApplication.translate("undo", "Cannot redo “{what}”")
        title = fill(title, what=self._title)
        context.notifier.notify(RecordChange(partners=True, agreements=True, documents=True))
        if isinstance(error, _NothingChanged):
            # Nothing was written: move the stack back over this command without running it.
            self._resync = True
            stack = context.stack
            QTimer.singleShot(0, stack.redo if undoing else stack.undo)
            show_error(context.parent, str(error), title=title)
            return
        QTimer.singleShot(0, context.stack.clear)
        message = str(error) if isinstance(error, AccordError) else summary(error)
        show_error(context.parent, message, title=title)
