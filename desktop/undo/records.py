"""Undo commands for partners and agreements: added, edited, deleted.

An addition is undone by moving the record to the trash and redone by
restoring it (:mod:`db.trash`), so its ID never changes; a delete is undone
by restoring the whole trash batch (a partner with its agreements and
their documents). An edit is put back by changing only the fields the edit
changed, with ``expected_version``, and made again the same way.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from db import agreements as agreement_cases
from db import partners as partner_cases
from db import trash
from db.schemas import AgreementRead, AgreementUpdate, PartnerRead, PartnerUpdate
from desktop.support.changes import RecordChange
from desktop.support.messages import fill
from desktop.undo.base import (
    RecordCommand,
    UndoContext,
    changed_fields,
    restore_unless_back,
    short,
)

_PARTNER_FIELDS = tuple(PartnerUpdate.model_fields)
_AGREEMENT_FIELDS = tuple(AgreementUpdate.model_fields)


def _values(record: Any, fields: tuple[str, ...]) -> dict[str, Any]:
    return {name: getattr(record, name) for name in fields}


class _EditCommand(RecordCommand):
    """Fields of a record were changed: undo writes the old values of the fields the
    edit changed, redo the new ones (``_write`` in each subclass)."""

    def _remember(self, old: dict[str, Any], new: dict[str, Any]) -> None:
        self._new = changed_fields(old, new)
        self._old = {name: old[name] for name in self._new}

    @property
    def changes_anything(self) -> bool:
        """False when the edit saved the values the record already had."""
        return bool(self._new)

    def revert(self) -> RecordChange:
        return self._write(self._old)

    def apply(self) -> RecordChange:
        return self._write(self._new)

    def _write(self, values: dict[str, Any]) -> RecordChange:
        raise NotImplementedError


# -- partners -------------------------------------------------------------------------------


class AddPartnerCommand(RecordCommand):
    """A partner was added: undo moves it to the trash, redo restores it."""

    def __init__(self, context: UndoContext, partner: PartnerRead) -> None:
        #: A step in Edit › Undo (“Undo Add Partner …”); {name} is the partner's name.
        text = QCoreApplication.translate("undo", "Add Partner “{name}”")
        super().__init__(context, fill(text, name=short(partner.name)))
        self.partner_id = partner.id
        context.versions.note("partner", partner.id, partner.version)
        self._version = partner.version

    def revert(self) -> RecordChange:
        versions = self.context.versions
        expected = versions.expected("partner", self.partner_id, self._version)
        partner_cases.delete_partner(
            self.context.library, self.partner_id, expected_version=expected
        )
        return RecordChange(partners=True, agreements=True, select_all=True)

    def apply(self) -> RecordChange:
        return _restore_partner(self)


class EditPartnerCommand(_EditCommand):
    """A partner's fields were changed from ``before`` to ``after``."""

    def __init__(self, context: UndoContext, before: PartnerRead, after: PartnerRead) -> None:
        #: A step in Edit › Undo (“Undo Edit Partner …”); {name} is the partner's name.
        text = QCoreApplication.translate("undo", "Edit Partner “{name}”")
        super().__init__(context, fill(text, name=short(after.name)))
        self.partner_id = after.id
        self._remember(_values(before, _PARTNER_FIELDS), _values(after, _PARTNER_FIELDS))
        self._version = after.version
        context.versions.note("partner", after.id, after.version)

    def _write(self, values: dict[str, Any]) -> RecordChange:
        context = self.context
        saved = partner_cases.update_partner(
            context.library,
            self.partner_id,
            PartnerUpdate(**values),
            expected_version=context.versions.expected("partner", self.partner_id, self._version),
        )
        self._version = saved.version
        context.versions.note("partner", saved.id, saved.version)
        return RecordChange(partners=True, agreements=True, partner_id=saved.id)


class DeletePartnerCommand(RecordCommand):
    """A partner was moved to the trash (with its agreements): undo restores the batch."""

    def __init__(
        self, context: UndoContext, partner: PartnerRead, *, with_agreements: bool
    ) -> None:
        #: A step in Edit › Undo (“Undo Delete Partner …”); {name} is the partner's name.
        text = QCoreApplication.translate("undo", "Delete Partner “{name}”")
        super().__init__(context, fill(text, name=short(partner.name)))
        self.partner_id = partner.id
        self._with_agreements = with_agreements
        self._version = partner.version

    def revert(self) -> RecordChange:
        return _restore_partner(self)

    def apply(self) -> RecordChange:
        expected = self.context.versions.expected("partner", self.partner_id, self._version)
        partner_cases.delete_partner(
            self.context.library,
            self.partner_id,
            with_agreements=self._with_agreements,
            expected_version=expected,
        )
        return RecordChange(partners=True, agreements=True, select_all=True)


def _restore_partner(command: AddPartnerCommand | DeletePartnerCommand) -> RecordChange:
    """Bring a partner back with what was trashed with it (see :func:`restore_unless_back`)."""
    library, partner_id = command.context.library, command.partner_id
    restore_unless_back(
        lambda: trash.restore_partner(library, partner_id),
        lambda: partner_cases.get_partner(library, partner_id),
    )
    command._version = command.context.versions.note_partner_tree(library, partner_id).version  # noqa: SLF001 - a helper of both classes
    return RecordChange(partners=True, agreements=True, documents=True, partner_id=partner_id)


# -- agreements -----------------------------------------------------------------------------


class AddAgreementCommand(RecordCommand):
    """An agreement was added: undo moves it to the trash, redo restores it."""

    def __init__(self, context: UndoContext, agreement: AgreementRead) -> None:
        #: A step in Edit › Undo (“Undo Add Agreement …”); {title} is the agreement's title.
        text = QCoreApplication.translate("undo", "Add Agreement “{title}”")
        super().__init__(context, fill(text, title=short(agreement.title)))
        self.agreement_id = agreement.id
        self._version = agreement.version
        context.versions.note_agreement(agreement)

    def revert(self) -> RecordChange:
        expected = self.context.versions.expected("agreement", self.agreement_id, self._version)
        agreement_cases.delete_agreement(
            self.context.library, self.agreement_id, expected_version=expected
        )
        return RecordChange(partners=True, agreements=True)

    def apply(self) -> RecordChange:
        return _restore_agreement(self)


class EditAgreementCommand(_EditCommand):
    """An agreement's fields were changed from ``before`` to ``after``.

    Undo and redo write only the fields the edit changed, and accept a
    duplicate title and date (both states were accepted once).
    """

    def __init__(self, context: UndoContext, before: AgreementRead, after: AgreementRead) -> None:
        #: A step in Edit › Undo (“Undo Edit Agreement …”); {title} is the agreement's title.
        text = QCoreApplication.translate("undo", "Edit Agreement “{title}”")
        super().__init__(context, fill(text, title=short(after.title)))
        self.agreement_id = after.id
        self._remember(_values(before, _AGREEMENT_FIELDS), _values(after, _AGREEMENT_FIELDS))
        self._version = after.version
        context.versions.note_agreement(after)

    def _write(self, values: dict[str, Any]) -> RecordChange:
        context = self.context
        saved = agreement_cases.update_agreement(
            context.library,
            self.agreement_id,
            AgreementUpdate(**values),
            expected_version=context.versions.expected(
                "agreement", self.agreement_id, self._version
            ),
            allow_duplicate=True,
        )
        self._version = saved.version
        context.versions.note_agreement(saved)
        return RecordChange(partners=True, agreements=True, agreement_id=saved.id)


class DeleteAgreementCommand(RecordCommand):
    """An agreement was moved to the trash with its documents: undo restores them."""

    def __init__(self, context: UndoContext, agreement: AgreementRead) -> None:
        #: A step in Edit › Undo (“Undo Delete Agreement …”); {title} is the agreement's title.
        text = QCoreApplication.translate("undo", "Delete Agreement “{title}”")
        super().__init__(context, fill(text, title=short(agreement.title)))
        self.agreement_id = agreement.id
        self._version = agreement.version

    def revert(self) -> RecordChange:
        return _restore_agreement(self)

    def apply(self) -> RecordChange:
        expected = self.context.versions.expected("agreement", self.agreement_id, self._version)
        agreement_cases.delete_agreement(
            self.context.library, self.agreement_id, expected_version=expected
        )
        return RecordChange(partners=True, agreements=True)


def _restore_agreement(command: AddAgreementCommand | DeleteAgreementCommand) -> RecordChange:
    library = command.context.library
    restore_unless_back(
        lambda: trash.restore_agreement(library, command.agreement_id),
        lambda: agreement_cases.get_agreement(library, command.agreement_id),
    )
    restored = agreement_cases.get_agreement(library, command.agreement_id)
    command.context.versions.note_agreement(restored)
    command._version = restored.version  # noqa: SLF001 - a helper of both classes
    return RecordChange(
        partners=True,
        agreements=True,
        documents=True,
        partner_id=restored.partner_id,
        agreement_id=restored.id,
    )
