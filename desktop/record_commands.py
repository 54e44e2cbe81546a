"""Add, edit and delete partners and agreements: forms in, db use cases, one change out."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from db import agreements as agreement_cases
from db import documents as document_cases
from db import partners as partner_cases
from db.errors import AccordError
from db.library import Library
from db.schemas import AgreementRead, AgreementUpdate, DocumentRead, PartnerRead, PartnerUpdate
from db.text import fold
from desktop.changes import RecordChange, RecordsNotifier
from desktop.dialogs.agreement_dialog import AgreementDialog
from desktop.dialogs.partner_dialog import PartnerDialog
from desktop.messages import confirm, fill, plural, show_error


class RecordCommands(QObject):
    """The window's record commands; each ends with ``notifier.notify(...)`` or a message.

    Forms only collect values; the use cases of :mod:`db` validate and
    write. Every :class:`~db.errors.AccordError` is shown as its sentence.
    """

    def __init__(self, library: Library, notifier: RecordsNotifier, parent: QWidget) -> None:
        super().__init__(parent)
        self._library = library
        self._notifier = notifier
        self._parent = parent

    # -- partners -----------------------------------------------------------

    def add_partner(self) -> PartnerRead | None:
        """Ask for a new partner and add it; return it, or ``None`` when nothing was added."""
        try:
            partners = partner_cases.list_partners(self._library)
            data = PartnerDialog.ask(
                self._parent,
                countries=_countries(partners),
                existing_names=[p.name for p in partners],
            )
            if data is None:
                return None
            partner = partner_cases.add_partner(self._library, data)
        except AccordError as exc:
            show_error(self._parent, exc)
            return None
        self._notifier.notify(RecordChange(partners=True, partner_id=partner.id))
        return partner

    def edit_partner(self, partner: PartnerRead) -> PartnerRead | None:
        """Edit ``partner`` in the form and save the change; return it as saved."""
        try:
            partners = partner_cases.list_partners(self._library)
            current = partner_cases.get_partner(self._library, partner.id)
            data = PartnerDialog.ask(
                self._parent,
                countries=_countries(partners),
                partner=current,
                existing_names=[p.name for p in partners if p.id != partner.id],
            )
            if data is None:
                return None
            saved = partner_cases.update_partner(
                self._library, partner.id, PartnerUpdate(**data.model_dump())
            )
        except AccordError as exc:
            show_error(self._parent, exc)
            return None
        self._notifier.notify(RecordChange(partners=True, agreements=True, partner_id=saved.id))
        return saved

    def delete_partner(self, partner: PartnerRead) -> bool:
        """Delete ``partner`` after asking; with its agreements when it has any."""
        count = partner.agreement_count
        if count:
            text = plural(
                count,
                self.tr("Delete “{name}” and its agreement? Its documents are removed too."),
                self.tr("Delete “{name}” and its {n} agreements? Their documents are removed too."),
                name=partner.name,
            )
        else:
            text = fill(self.tr("Delete the partner “{name}”?"), name=partner.name)
        if not confirm(self._parent, self.tr("Delete partner"), text):
            return False
        try:
            partner_cases.delete_partner(self._library, partner.id, with_agreements=count > 0)
        except AccordError as exc:
            show_error(self._parent, exc)
            return False
        self._notifier.notify(RecordChange(partners=True, agreements=True, select_all=True))
        return True

    # -- agreements ---------------------------------------------------------

    def add_agreement(self, partner_id: int | None) -> AgreementRead | None:
        """Ask for a new agreement (partner pre-set to ``partner_id``) and add it."""
        try:
            partners = partner_cases.list_partners(self._library)
            result = AgreementDialog.ask(
                self._parent,
                library=self._library,
                partners=partners,
                partner_id=partner_id,
                known_areas=self._known_areas(),
            )
            if result is None:
                return None
            agreement = agreement_cases.add_agreement(
                self._library, result.data, allow_duplicate=result.allow_duplicate
            )
        except AccordError as exc:
            show_error(self._parent, exc)
            return None
        self._notifier.notify(
            RecordChange(partners=True, agreements=True, agreement_id=agreement.id)
        )
        return agreement

    def edit_agreement(self, agreement: AgreementRead) -> AgreementRead | None:
        """Edit ``agreement`` in the form and save the change; return it as saved."""
        try:
            current = agreement_cases.get_agreement(self._library, agreement.id)
            result = AgreementDialog.ask(
                self._parent,
                library=self._library,
                partners=partner_cases.list_partners(self._library),
                agreement=current,
                known_areas=self._known_areas(),
            )
            if result is None:
                return None
            saved = agreement_cases.update_agreement(
                self._library,
                agreement.id,
                AgreementUpdate(**result.data.model_dump()),
                allow_duplicate=result.allow_duplicate,
            )
        except AccordError as exc:
            show_error(self._parent, exc)
            return None
        self._notifier.notify(RecordChange(partners=True, agreements=True, agreement_id=saved.id))
        return saved

    def delete_agreement(self, agreement: AgreementRead) -> bool:
        """Delete ``agreement`` and its documents after asking."""
        count = agreement.document_count
        text = fill(
            self.tr("Delete the agreement “{title}” ({partner}, signed {date})?"),
            title=agreement.title,
            partner=agreement.partner_name,
            date=agreement.date_signed.isoformat(),
        )
        if count:
            text += " " + plural(
                count,
                self.tr("Its document is removed from the library too."),
                self.tr("Its {n} documents are removed from the library too."),
            )
        if not confirm(self._parent, self.tr("Delete agreement"), text):
            return False
        try:
            agreement_cases.delete_agreement(self._library, agreement.id)
        except AccordError as exc:
            show_error(self._parent, exc)
            return False
        self._notifier.notify(RecordChange(partners=True, agreements=True))
        return True

    # -- documents ----------------------------------------------------------

    def remove_document(self, document: DocumentRead) -> bool:
        """Remove ``document`` from its agreement after asking (the user's file stays).

        The library's copy is deleted only when no other document uses it
        (the records core decides); the question says which will happen.
        """
        shared = any(
            other.stored_path == document.stored_path and other.id != document.id
            for agreement in agreement_cases.list_agreements(self._library)
            for other in agreement.documents
        )
        if shared:
            text = self.tr(
                "Remove “{name}” from the agreement? Another agreement uses the same file, "
                "so the library keeps its copy; the file you attached from is not touched."
            )
        else:
            text = self.tr(
                "Remove “{name}” from the agreement? The library's copy is deleted; the file "
                "you attached from stays where it was."
            )
        text = fill(text, name=document.original_name)
        if not confirm(self._parent, self.tr("Remove document"), text):
            return False
        try:
            document_cases.remove_document(self._library, document.id)
        except AccordError as exc:
            show_error(self._parent, exc)
            return False
        self._notifier.notify(
            RecordChange(agreements=True, documents=True, agreement_id=document.agreement_id)
        )
        return True

    def _known_areas(self) -> list[str]:
        areas = {
            area
            for agreement in agreement_cases.list_agreements(self._library)
            for area in agreement.areas
        }
        return sorted(areas, key=fold)


def _countries(partners: list[PartnerRead]) -> list[str]:
    return sorted({p.country for p in partners}, key=fold)
