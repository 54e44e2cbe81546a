"""Add, edit and delete partners and agreements: forms in, db use cases, one change out.

Each change made here is also pushed on the window's undo stack as one
undo command (:mod:`desktop.undo`). The forms save while they are open
(:class:`~desktop.dialogs.conflict_dialog.FormSaving`), so a busy library
or someone else's change never costs what the user typed; a delete of a
record someone else changed meanwhile says so and asks again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeVar

from db import agreements as agreement_cases
from db import documents as document_cases
from db import partners as partner_cases
from db.errors import AccordError, ConflictError
from db.i18n.date_display import format_date
from db.partner_names import display_name
from db.schemas import AgreementRead, AgreementUpdate, DocumentRead, PartnerRead, PartnerUpdate
from db.text import fold
from desktop.dialogs.agreement_dialog import AgreementDialog
from desktop.dialogs.conflict_dialog import FormSaving
from desktop.dialogs.partner_dialog import PartnerDialog
from desktop.operations.base import Operation
from desktop.support.changes import RecordChange
from desktop.support.collation import name_key
from desktop.support.messages import confirm, fill, show_error
from desktop.undo import (
    AddAgreementCommand,
    AddPartnerCommand,
    DeleteAgreementCommand,
    DeletePartnerCommand,
    EditAgreementCommand,
    EditPartnerCommand,
    RecordCommand,
    RemoveDocumentCommand,
)

if TYPE_CHECKING:
    from collections.abc import Callable

# A partner, agreement or document as the views hold it.
_Record = TypeVar("_Record", PartnerRead, AgreementRead, DocumentRead)


class RecordOperations(Operation):
    """The window's record operations; each ends with ``notifier.notify(...)`` or a message.

    Forms only collect values and hand them to the use cases of :mod:`db`,
    which validate and write. Every :class:`~db.errors.AccordError` is
    shown as its sentence (inline in a form that is still open). With
    ``undo`` each change is pushed on ``undo.stack``.

    A form whose ``ask`` returns a value without having saved it (one
    that only collects values) is saved here after it closed. Each change
    is one short transaction, made in the GUI thread while the form is
    modal; no worker thread is needed.
    """

    def _push(self, make: Callable[..., RecordCommand], *args: Any, **kwargs: Any) -> None:
        if self._undo is not None:
            command = make(self._undo, *args, **kwargs)
            if getattr(command, "changes_anything", True):
                self._undo.push(command)

    # -- partners -----------------------------------------------------------

    def add_partner(self) -> PartnerRead | None:
        """Ask for a new partner and add it; return it, or ``None`` when nothing was added."""
        library = self._library
        try:
            partners = partner_cases.list_partners(library, name_key=name_key())
            saving = FormSaving(
                library,
                kind="partner",
                save=lambda value, _expected: partner_cases.add_partner(library, value),
            )
            data = PartnerDialog.ask(
                self._parent,
                countries=_countries(partners),
                existing_names=[p.name for p in partners],
                saving=saving,
            )
            if data is None:
                return None
            partner = saving.saved or partner_cases.add_partner(library, data)
        except AccordError as exc:
            show_error(self._parent, exc)
            return None
        self._push(AddPartnerCommand, partner)
        self._notifier.notify(RecordChange(partners=True, partner_id=partner.id))
        return partner

    def edit_partner(self, partner: PartnerRead) -> PartnerRead | None:
        """Edit ``partner`` in the form and save the change; return it as saved.

        The save expects the version the form was filled from; someone
        else's change meanwhile is shown side by side (see
        :class:`FormSaving`).
        """
        library = self._library

        def save(value, expected: int | None) -> PartnerRead:  # noqa: ANN001
            change = PartnerUpdate(**value.model_dump())
            return partner_cases.update_partner(
                library, partner.id, change, expected_version=expected
            )

        try:
            partners = partner_cases.list_partners(library, name_key=name_key())
            current = partner_cases.get_partner(library, partner.id)
            saving = FormSaving(library, kind="partner", save=save, original=current)
            data = PartnerDialog.ask(
                self._parent,
                countries=_countries(partners),
                partner=current,
                existing_names=[p.name for p in partners if p.id != partner.id],
                saving=saving,
            )
            if data is None:
                if saving.theirs is not None:
                    self._notifier.notify(
                        RecordChange(partners=True, agreements=True, partner_id=partner.id)
                    )
                return None
            saved = saving.saved or save(data, current.version)
        except AccordError as exc:
            show_error(self._parent, exc)
            return None
        self._push(EditPartnerCommand, saving.before, saved)
        self._notifier.notify(RecordChange(partners=True, agreements=True, partner_id=saved.id))
        return saved

    def delete_partner(self, partner: PartnerRead) -> bool:
        """Delete ``partner`` after asking; with its agreements when it has any.

        If someone else changed the partner since it was shown, the user is
        told and asked again about the partner as it is now.
        """

        def question(partner: PartnerRead) -> str:
            if not partner.agreement_count:
                return fill(
                    self.tr("Delete the partner “{name}”?"),
                    name=display_name(partner.name, partner.office_name),
                )
            text = self.tr(
                "Delete “{name}” and its %n agreement(s)? They go to the trash with their "
                "documents, and can be restored from there.",
                "",
                partner.agreement_count,
            )
            return fill(text, name=display_name(partner.name, partner.office_name))

        def delete(partner: PartnerRead) -> None:
            partner_cases.delete_partner(
                self._library,
                partner.id,
                with_agreements=partner.agreement_count > 0,
                expected_version=partner.version,
            )

        #: Title of the question box (a noun phrase or a verb phrase, as the language prefers).
        deleted = self._confirm_and_delete(partner, self.tr("Delete partner"), question, delete)
        if deleted is None:
            return False
        partner, count = deleted, deleted.agreement_count
        self._push(DeletePartnerCommand, partner, with_agreements=count > 0)
        self._notifier.notify(RecordChange(partners=True, agreements=True, select_all=True))
        return True

    # -- agreements ---------------------------------------------------------

    def add_agreement(self, partner_id: int | None) -> AgreementRead | None:
        """Ask for a new agreement (partner pre-set to ``partner_id``) and add it."""
        library = self._library

        def save(value, _expected: int | None, allow_duplicate: bool = False) -> AgreementRead:  # noqa: ANN001
            return agreement_cases.add_agreement(library, value, allow_duplicate=allow_duplicate)

        try:
            partners = partner_cases.list_partners(library, name_key=name_key())
            saving = FormSaving(
                library,
                kind="agreement",
                save=save,
                partner_names={p.id: p.name for p in partners},
            )
            result = AgreementDialog.ask(
                self._parent,
                library=library,
                partners=partners,
                partner_id=partner_id,
                known_areas=self._known_areas(),
                saving=saving,
            )
            if result is None:
                return None
            agreement = saving.saved or save(result.data, None, result.allow_duplicate)
        except AccordError as exc:
            show_error(self._parent, exc)
            return None
        self._push(AddAgreementCommand, agreement)
        self._notifier.notify(
            RecordChange(partners=True, agreements=True, agreement_id=agreement.id)
        )
        return agreement

    def edit_agreement(self, agreement: AgreementRead) -> AgreementRead | None:
        """Edit ``agreement`` in the form and save the change; return it as saved.

        The save expects the version the form was filled from; someone
        else's change meanwhile is shown side by side (see
        :class:`FormSaving`).
        """
        library = self._library

        def save(value, expected: int | None, allow_duplicate: bool = False) -> AgreementRead:  # noqa: ANN001
            return agreement_cases.update_agreement(
                library,
                agreement.id,
                AgreementUpdate(**value.model_dump()),
                expected_version=expected,
                allow_duplicate=allow_duplicate,
            )

        try:
            current = agreement_cases.get_agreement(library, agreement.id)
            partners = partner_cases.list_partners(library, name_key=name_key())
            saving = FormSaving(
                library,
                kind="agreement",
                save=save,
                original=current,
                partner_names={p.id: p.name for p in partners},
            )
            result = AgreementDialog.ask(
                self._parent,
                library=library,
                partners=partners,
                agreement=current,
                known_areas=self._known_areas(),
                saving=saving,
            )
            if result is None:
                if saving.theirs is not None:
                    self._notifier.notify(
                        RecordChange(partners=True, agreements=True, agreement_id=agreement.id)
                    )
                return None
            saved = saving.saved or save(result.data, current.version, result.allow_duplicate)
        except AccordError as exc:
            show_error(self._parent, exc)
            return None
        self._push(EditAgreementCommand, saving.before, saved)
        self._notifier.notify(RecordChange(partners=True, agreements=True, agreement_id=saved.id))
        return saved

    def delete_agreement(self, agreement: AgreementRead) -> bool:
        """Delete ``agreement`` and its documents after asking.

        If someone else changed it since it was shown, the user is told and
        asked again about the agreement as it is now.
        """

        def question(agreement: AgreementRead) -> str:
            text = fill(
                self.tr("Delete the agreement “{title}” ({partner}, signed {date})?"),
                title=agreement.title,
                partner=display_name(agreement.partner_name, agreement.partner_office_name),
                date=format_date(agreement.date_signed),
            )
            if agreement.document_count:
                text += " " + self.tr(
                    "It goes to the trash with its %n document(s), and can be restored from there.",
                    "",
                    agreement.document_count,
                )
            return text

        def delete(agreement: AgreementRead) -> None:
            agreement_cases.delete_agreement(
                self._library, agreement.id, expected_version=agreement.version
            )

        deleted = self._confirm_and_delete(agreement, self.tr("Delete agreement"), question, delete)
        if deleted is None:
            return False
        agreement = deleted
        self._push(DeleteAgreementCommand, agreement)
        self._notifier.notify(RecordChange(partners=True, agreements=True))
        return True

    # -- documents ----------------------------------------------------------

    def remove_document(self, document: DocumentRead) -> bool:
        """Move ``document`` to the trash after asking (the user's own file is never touched).

        The library's copy stays while the document is in the trash, so
        Undo and View › Trash can bring it back; it is deleted only when the
        trash is emptied and no other document uses it (the records core
        decides).
        """
        text = self.tr(
            "Remove “{name}” from the agreement? It goes to the trash, from where it can be "
            "restored; the file you attached from is not touched."
        )

        def delete(document: DocumentRead) -> None:
            document_cases.remove_document(
                self._library, document.id, expected_version=document.version
            )

        removed = self._confirm_and_delete(
            document,
            self.tr("Remove document"),
            lambda document: fill(text, name=document.original_name),
            delete,
        )
        if removed is None:
            return False
        document = removed
        self._push(RemoveDocumentCommand, document)
        self._notifier.notify(
            RecordChange(agreements=True, documents=True, agreement_id=document.agreement_id)
        )
        return True

    def _confirm_and_delete(
        self,
        record: _Record,
        title: str,
        question: Callable[[_Record], str],
        delete: Callable[[_Record], None],
    ) -> _Record | None:
        """Ask ``question(record)`` and, on Yes, ``delete(record)``; return the record deleted.

        When someone else changed the record since it was shown
        (:class:`ConflictError`), the user is told so and asked again about
        the record as it is now. ``None`` when the user said No or the
        deletion was refused (the sentence was shown).
        """
        notice = ""
        while True:
            if not confirm(self._parent, title, notice + question(record)):
                return None
            try:
                delete(record)
            except ConflictError as exc:
                if not isinstance(exc.current, type(record)):
                    show_error(self._parent, exc)
                    return None
                record, notice = exc.current, f"{exc}\n\n"
                continue
            except AccordError as exc:
                show_error(self._parent, exc)
                return None
            return record

    def _known_areas(self) -> list[str]:
        return agreement_cases.known_areas(self._library)


def _countries(partners: list[PartnerRead]) -> list[str]:
    return sorted({p.country for p in partners}, key=fold)
