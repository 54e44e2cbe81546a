"""Edit and Delete act on the record kind of the view that last had the focus."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QApplication, QWidget

if TYPE_CHECKING:
    from collections.abc import Callable

    from desktop.operations.records import RecordOperations
    from desktop.window.actions import WindowActions
    from desktop.window.record_browser import RecordBrowser


class EditTarget(QObject):
    """Follows the focus among the browser's partner, agreement and document views.

    Edit and Delete (:class:`WindowActions` ``edit`` and ``delete``) act on
    the partner, the agreement, or (Delete: "Remove Document…") the document
    selected in the view that last had the focus; the agreement view until
    another one has had it. :attr:`target_changed` says the focus moved to
    another of the views, so the window updates its actions. ``records`` is
    the :class:`RecordOperations` that do it, or a callable returning them (so
    that they are made when first used).
    """

    # The focus moved to one of the views: Edit and Delete may act on something else now.
    target_changed = Signal()

    def __init__(
        self,
        browser: RecordBrowser,
        actions: WindowActions,
        records: RecordOperations | Callable[[], RecordOperations],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._browser = browser
        self._actions = actions
        self._records = records
        self._focus_view: QWidget = browser.agreement_view
        actions.edit.triggered.connect(self._on_edit_triggered)
        actions.delete.triggered.connect(self._on_delete_triggered)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_application_focus_changed)

    @property
    def _operations(self) -> RecordOperations:
        records = self._records
        return records if isinstance(records, QObject) else records()

    def kind(self) -> str:
        """What Edit and Delete act on: "partner", "agreement" or "document"."""
        if self._focus_view is self._browser.partner_view:
            return "partner"
        if self._focus_view is self._browser.document_view:
            return "document"
        return "agreement"

    def update_actions(self) -> None:
        """Name Edit and Delete after what they act on; enable them when it is selected."""
        browser = self._browser
        partner, agreement = browser.current_partner(), browser.current_agreement()
        target = self.kind()
        if target == "partner":
            edit_text, delete_text = self.tr("&Edit Partner…"), self.tr("&Delete Partner…")
            can_edit = can_delete = partner is not None
        elif target == "document":
            edit_text, delete_text = self.tr("&Edit Agreement…"), self.tr("&Remove Document…")
            can_edit, can_delete = agreement is not None, browser.current_document() is not None
        else:
            edit_text, delete_text = self.tr("&Edit Agreement…"), self.tr("&Delete Agreement…")
            can_edit = can_delete = agreement is not None
        actions = self._actions
        actions.edit.setText(edit_text)
        actions.delete.setText(delete_text)
        actions.edit.setEnabled(can_edit)
        actions.delete.setEnabled(can_delete)

    @Slot(QWidget, QWidget)
    def _on_application_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        browser = self._browser
        if new in (browser.partner_view, browser.agreement_view, browser.document_view):
            self._focus_view = new
            self.target_changed.emit()

    @Slot()
    def _on_edit_triggered(self) -> None:
        partner, agreement = self._browser.current_partner(), self._browser.current_agreement()
        if self.kind() == "partner":
            if partner is not None:
                self._operations.edit_partner(partner)
        elif agreement is not None:
            self._operations.edit_agreement(agreement)

    @Slot()
    def _on_delete_triggered(self) -> None:
        target = self.kind()
        browser = self._browser
        partner, agreement = browser.current_partner(), browser.current_agreement()
        document = browser.current_document()
        if target == "partner" and partner is not None:
            self._operations.delete_partner(partner)
        elif target == "document" and document is not None:
            self._operations.remove_document(document)
        elif target == "agreement" and agreement is not None:
            self._operations.delete_agreement(agreement)
