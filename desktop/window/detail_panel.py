"""The detail panel of the selected agreement (``objectName`` ``agreementDetail``).

Fields, then the documents list and the record's history in two tabs
(``detailTabs``), on the left; the preview of the selected document on the
right, in a splitter (``detailSplitter``) whose sizes the window remembers.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from db.agreement_fields import PANEL_FIELDS
from db.i18n.translate import language
from db.lifecycle.events import event_line
from db.lifecycle.lives import agreement_status
from db.partner_names import names_line
from db.periods import period_from_iso
from desktop.support.date_settings import long_date
from desktop.support.labels import enum_label
from desktop.support.lead_time import lead_time
from desktop.support.messages import fill
from desktop.support.user_text import user_text_label
from desktop.window.document_list import DocumentListView
from desktop.window.history_view import HistoryPanel
from desktop.window.pdf_preview import PdfPreview

if TYPE_CHECKING:
    from db.library import Library
    from db.schemas import AgreementRead

_DASH = "—"


class AgreementDetail(QWidget):
    """Shows one agreement's fields and its documents, or a hint when none is selected.

    The documents list (:attr:`document_view`) is the ``documentView`` of
    DESIGN; the buttons beside and under it trigger the window's own
    actions, given to :meth:`set_document_actions`. :attr:`preview` shows
    the selected document (the record browser tells it which file).
    :attr:`history` (the History tab) lists every change to the agreement,
    or to its partner, read from ``library``. Without an agreement the panel shows a
    hint (:meth:`show_hint`), with a Clear search button when a search is
    what left the table empty.
    """

    # The Clear search button of the "nothing matches" hint was clicked.
    clear_search_requested = Signal()

    def __init__(self, parent: QWidget | None = None, *, library: Library | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agreementDetail")
        #: Accessible name of the panel that shows the selected agreement.
        self.setAccessibleName(self.tr("Agreement details"))
        self._agreement: AgreementRead | None = None
        self._library = library

        self.hint_label = user_text_label(self)  # it may quote the search or a name
        self.hint_label.setObjectName("detailHint")
        self.hint_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        #: A button under the hint shown when a search matches no agreement.
        self.clear_search_button = QPushButton(self.tr("Clear search"), self)
        self.clear_search_button.setObjectName("clearSearchButton")
        self.clear_search_button.clicked.connect(self.clear_search_requested)
        self._placeholder = QWidget(self)
        placeholder_layout = QVBoxLayout(self._placeholder)
        placeholder_layout.addStretch(1)
        placeholder_layout.addWidget(self.hint_label)
        placeholder_layout.addWidget(self.clear_search_button, 0, Qt.AlignmentFlag.AlignHCenter)
        placeholder_layout.addStretch(1)

        self.title_label = self._value_label()
        title_font = QFont(self.title_label.font())
        title_font.setBold(True)
        title_font.setPointSizeF(title_font.pointSizeF() * 1.15)
        self.title_label.setFont(title_font)
        # One row per field the field table puts in the panel (db.agreement_fields.PANEL).
        self._rows: dict[str, QLabel] = {}
        self._fields = fields = QFormLayout()
        fields.setContentsMargins(0, 0, 0, 0)
        fields.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        fields.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        # Where the agreement stands today: derived, never typed (db.lifecycle.life).
        self.status_label = self._value_label()
        self.status_label.setObjectName("agreementStatus")
        #: Caption in the agreement's detail panel: in force, expiring, expired, superseded...
        fields.addRow(self.tr("Status:"), self.status_label)
        for field in PANEL_FIELDS:
            self._rows[field.name] = row = self._value_label()
            fields.addRow(QCoreApplication.translate("AgreementDetail", str(field.panel)), row)
            if field.kind == "notes":
                # Long notes are cut to a few lines (all of them in the tooltip), so
                # the documents list keeps its room whatever the agreement holds.
                row.setMaximumHeight(row.fontMetrics().lineSpacing() * 3)

        self.document_view = DocumentListView(self)
        if library is not None:
            self.document_view.document_model.in_database = library.documents_in_database
        self._attach_button = self._tool_button()
        self._document_buttons = QHBoxLayout()
        self._document_buttons.setSpacing(4)
        documents = QWidget(self)
        documents_layout = QVBoxLayout(documents)
        documents_layout.setContentsMargins(0, 4, 0, 0)
        documents_layout.addWidget(self.document_view, 1)
        documents_layout.addLayout(self._document_buttons)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(8, 6, 4, 4)
        left_layout.addWidget(self.title_label)
        left_layout.addLayout(fields)
        left_layout.addSpacing(6)
        self.history = HistoryPanel(library, self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("detailTabs")
        self.tabs.setDocumentMode(True)
        #: Tab of the detail panel: the PDF documents of the agreement.
        self.tabs.addTab(documents, self.tr("&Documents"))
        #: Tab of the detail panel: every change to the agreement.
        self.tabs.addTab(self.history, self.tr("&History"))
        # Attach stays at hand beside the tabs, whichever is open.
        self.tabs.setCornerWidget(self._attach_button, Qt.Corner.TopRightCorner)
        left_layout.addWidget(self.tabs, 1)

        self.preview = PdfPreview(self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("detailSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.preview)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([600, 680])
        content = self.splitter

        self._stack = QStackedWidget(self)
        self._stack.addWidget(self._placeholder)
        self._stack.addWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._stack)
        self.set_agreement(None)

    def default_hint(self) -> str:
        """The hint shown when agreements are listed but none is selected."""
        return self.tr("Select an agreement to see its details.")

    def show_hint(self, text: str, *, offer_clear_search: bool = False) -> None:
        """Show no agreement but ``text`` (plain text), and the Clear search button if asked."""
        self.set_agreement(None)
        self.hint_label.setText(text)
        self.hint_label.setAccessibleDescription(text)
        self.clear_search_button.setVisible(offer_clear_search)

    def set_document_actions(
        self, attach: QAction, actions: list[QAction], *, locate: QAction | None = None
    ) -> None:
        """Put the window's actions on buttons: Attach beside the tabs, ``actions`` under
        the list. ``locate`` (one of ``actions``) is shown only while it is enabled, so its
        button appears just when a stored file is missing or changed.
        """
        self._attach_button.setDefaultAction(attach)
        for action in actions:
            if action.isSeparator():
                continue
            button = self._tool_button()
            button.setDefaultAction(action)
            self._document_buttons.addWidget(button)
            if action is locate:
                button.setVisible(action.isEnabled())
                action.enabledChanged.connect(button.setVisible)
        self._document_buttons.addStretch(1)

    @property
    def agreement(self) -> AgreementRead | None:
        """The agreement shown, ``None`` when none is."""
        return self._agreement

    def set_agreement(
        self,
        agreement: AgreementRead | None,
        *,
        local_name: str = "",
        office_name: str = "",
        supersedes_title: str = "",
        keep_document_id: int | None = None,
    ) -> None:
        """Show ``agreement`` with its documents (``None``: the default hint).

        ``local_name`` is the partner's name in its own script, ``office_name`` in
        the office's language (all names shown on one line, the chosen language's first), and
        ``supersedes_title`` the title of the agreement it supersedes, if any.
        """
        self._agreement = agreement
        if agreement is None:
            self.history.show_agreement(None)
            self.document_view.set_documents([])
            self.hint_label.setText(self.default_hint())
            self.clear_search_button.hide()
            self._stack.setCurrentIndex(0)
            return
        self.title_label.setText(agreement.title)
        self.show_status()
        for field in PANEL_FIELDS:
            row, value = self._rows[field.name], getattr(agreement, field.name)
            if field.kind == "partner":
                partner = names_line(agreement.partner_name, local_name, office_name)
                row.setText(f"{partner}\n{agreement.partner_country}")
            elif field.kind == "id" and value is not None:  # the agreement it supersedes
                #: Names an agreement whose title is not at hand; {id} is its number.
                row.setText(supersedes_title or fill(self.tr("Agreement {id}"), id=value))
            elif field.kind == "label":
                row.setText(enum_label(value))
            elif field.kind == "list":
                row.setText("; ".join(value) or _DASH)
            elif field.kind == "period":
                period = period_from_iso(value)
                row.setText(period.written(language()) if period else _DASH)
            elif field.kind == "signatories":
                row.setText("\n".join(
                    f"{p['name']} ({p['title']})" if p.get("title") else p["name"] for p in value
                ) or _DASH)  # fmt: skip
            elif field.kind == "events":
                row.setText("\n".join(event_line(e, language()) for e in value) or _DASH)
            elif field.kind != "date":
                row.setText(str(value or "") or _DASH)
                if field.kind == "notes":
                    row.setToolTip(value)
            if field.hide_empty:
                # Rows with nothing to say are hidden, so the documents get the room.
                self._fields.setRowVisible(row, value not in (None, "", []))
        self.refresh_dates()
        self.document_view.set_documents(agreement.documents, keep_id=keep_document_id)
        self.history.show_agreement(
            agreement.id, partner_id=agreement.partner_id, partner_name=agreement.partner_name
        )
        self._stack.setCurrentIndex(1)

    def show_status(self, lead_days: int | None = None) -> None:
        """Show the status of the agreement shown, as of today (``lead_days``: how near a
        deadline makes it "Expiring"; default the user's setting)."""
        if self._agreement is None:
            return
        if lead_days is None:
            lead_days = lead_time()
        found = None
        if self._library is not None:
            found = agreement_status(self._library, self._agreement.id, dt.date.today(), lead_days)
        self.status_label.setText(enum_label(found) if found is not None else _DASH)

    def refresh_dates(self) -> None:
        """Show the agreement's dates again, in the long form the era option asks for."""
        if self._agreement is not None:
            for field in PANEL_FIELDS:
                if field.kind == "date":
                    date = getattr(self._agreement, field.name)
                    self._rows[field.name].setText(long_date(date) or _DASH)

    def value_label(self, field: str) -> QLabel:
        """The label showing ``field`` (a name of db.agreement_fields.PANEL)."""
        return self._rows[field]

    def _tool_button(self) -> QToolButton:
        button = QToolButton(self)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        return button

    def _value_label(self) -> QLabel:
        label = user_text_label(self)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Minimum)
        return label
