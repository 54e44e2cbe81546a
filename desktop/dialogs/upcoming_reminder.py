"""The start-up reminder: notice deadlines and expiries within the lead time, non-modal.

One line per date (date, what, partner, agreement) with its own "Don't remind me again"
box; Close keeps the boxes' answers (:attr:`UpcomingReminder.silenced` carries the items
ticked), Show Upcoming also opens the panel. At most :data:`MAX_LISTED` dates are listed,
then how many more there are.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.dialogs.base_dialog import Dialog
from desktop.support.date_settings import table_date
from desktop.support.messages import fill

if TYPE_CHECKING:
    from collections.abc import Sequence

    from desktop.models.upcoming_model import UpcomingRow

# Dates listed at most; the rest are counted (the panel lists them all).
MAX_LISTED = 20


class UpcomingReminder(Dialog):
    """The reminder (see the module); ``objectName`` ``upcomingReminder``."""

    # The items whose box was ticked, when the reminder closes (a list, maybe empty).
    silenced = Signal(object)
    # Show Upcoming was clicked.
    panel_requested = Signal()

    def __init__(self, rows: Sequence[UpcomingRow], days: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("upcomingReminder")
        #: Title of the start-up reminder of deadlines and expiries.
        self.setWindowTitle(self.tr("Coming Up"))
        self.setModal(False)
        self.setWindowModality(Qt.WindowModality.NonModal)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.rows = list(rows[:MAX_LISTED])
        self.boxes: list[QCheckBox] = []
        #: The start-up reminder's first line; {days} is the lead time chosen in Upcoming.
        intro = self.tr("These notice deadlines and expiries fall within {days} days:")
        heading = QLabel(fill(intro, days=days), self)
        heading.setWordWrap(True)

        grid_holder = QWidget(self)
        grid = QGridLayout(grid_holder)
        for number, row in enumerate(self.rows):
            item = row.item
            cells = [table_date(item.date), row.what, row.partner, item.title]
            for column, text in enumerate(cells):
                label = QLabel(text, grid_holder)
                label.setTextFormat(Qt.TextFormat.PlainText)
                grid.addWidget(label, number, column)
            #: A box beside each date of the start-up reminder.
            box = QCheckBox(self.tr("Don't remind me again"), grid_holder)
            box.setObjectName(f"silence:{item.key}")
            grid.addWidget(box, number, len(cells))
            self.boxes.append(box)
        grid.setColumnStretch(3, 1)
        grid.setRowStretch(len(self.rows), 1)  # the rows stay together at the top
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(grid_holder)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(scroll, 1)
        more = len(rows) - len(self.rows)
        if more > 0:
            #: Under the start-up reminder's list: dates not listed (see View › Upcoming).
            text = self.tr("%n more in View › Upcoming.", "", more)
            layout.addWidget(QLabel(text, self))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        #: Button of the start-up reminder: open the Upcoming panel.
        show = QPushButton(self.tr("Show Upcoming"), self)
        show.setObjectName("showUpcoming")
        buttons.addButton(show, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self._on_buttons_accepted)
        layout.addWidget(buttons)
        self.button_box = buttons
        self.finished.connect(self._on_finished)
        self.resize(760, min(160 + 32 * len(self.rows), 560))

    @Slot()
    def _on_buttons_accepted(self) -> None:
        self.panel_requested.emit()
        self.accept()

    @Slot(int)
    def _on_finished(self, _result: int) -> None:
        ticked = [
            row.item for row, box in zip(self.rows, self.boxes, strict=True) if box.isChecked()
        ]
        self.silenced.emit(ticked)
