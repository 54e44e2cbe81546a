"""The Timeline panel: the timeline of agreements and the chart of agreements per year.

:class:`TimelinePanel` shows the selected partner's agreements or every partner's
(its "Show" choice) in two tabs: the :class:`~desktop.window.timeline.view.TimelineView`
with its zoom and legend, and the :class:`~desktop.window.timeline.chart.TypeChart`
with "Export Chart as PNG…". It reads :func:`db.lifecycle.lives.read_lives` again,
off the GUI thread (every partner's agreements of a large library take a moment),
when the notifier announces a change, only while it is visible (a hidden panel is
read when it is shown next); :attr:`TimelinePanel.loaded` follows each read shown. It
says which agreement was clicked with :attr:`TimelinePanel.agreement_activated`.
"""

from __future__ import annotations

import datetime as dt
import math
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QSlider,
    QStackedWidget,
    QTabBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from db.i18n.translate import language
from db.lifecycle.lives import Lives, read_lives
from db.partner_names import display_name
from desktop.drawing.layout import MAX_PX_PER_YEAR, MIN_PX_PER_YEAR
from desktop.drawing.legend import TimelineLegend
from desktop.operations.document_support import remembered_folder
from desktop.support.messages import fill, show_error
from desktop.support.tasks import TaskRunner
from desktop.window.timeline.chart import TypeChart, year_counts
from desktop.window.timeline.view import TimelineView

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtGui import QCloseEvent, QShowEvent

    from db.library import Library
    from desktop.support.changes import RecordsNotifier

# QSettings key of the folder the chart was last saved to.
LAST_CHART_FOLDER_KEY = "timeline/lastChartFolder"
# Positions of the zoom slider (a logarithmic scale from the least to the most zoom).
SLIDER_STEPS = 100


class TimelinePanel(QWidget):
    """The timeline and the chart of one partner's agreements, or of every partner's."""

    # An agreement was clicked on the timeline: its ID.
    agreement_activated = Signal(int)
    # The lives read last are shown (after :meth:`reload`).
    loaded = Signal()

    SELECTED, ALL = 0, 1

    def __init__(
        self,
        library: Library,
        notifier: RecordsNotifier,
        parent: QWidget | None = None,
        *,
        today: Callable[[], dt.date] = dt.date.today,
        tasks: TaskRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("timelinePanel")
        self._library = library
        # Gives the day the timeline takes as today (its line, open-ended bars' ends).
        self.today = today
        self._partner_id: int | None = None
        self._stale = True
        self.lives: Lives | None = None
        # The window's runner when there is one (the window waits for it when it closes).
        self._tasks = tasks or TaskRunner(self)
        # Each read's number: a result that is no longer the newest is dropped.
        self._generation = 0

        self.scope = QComboBox(self)
        self.scope.setObjectName("timelineScope")
        #: The timeline's choice: the partner selected in the window.
        self.scope.addItem(self.tr("Selected partner"))
        #: The timeline's choice: every partner.
        self.scope.addItem(self.tr("All partners"))
        #: Label before the choice of whose agreements the timeline shows.
        scope_label = QLabel(self.tr("&Show:"), self)
        scope_label.setBuddy(self.scope)

        self.view = TimelineView(self)
        self.zoom_out_button = self._button("−", self.tr("Zoom out (Ctrl+-)"), self.view.zoom_out)
        self.zoom_in_button = self._button("+", self.tr("Zoom in (Ctrl++)"), self.view.zoom_in)
        #: Button: zoom the timeline so that every year fits its width.
        self.fit_button = self._button(
            self.tr("Fit"), self.tr("Show every year"), self.view.fit_width
        )
        self.zoom = QSlider(Qt.Orientation.Horizontal, self)
        self.zoom.setObjectName("timelineZoom")
        #: Accessible name of the slider that zooms the timeline.
        self.zoom.setAccessibleName(self.tr("Zoom"))
        self.zoom.setRange(0, SLIDER_STEPS)
        self.zoom.setMaximumWidth(160)

        # The tabs share the row of the controls: the lanes keep the height.
        self.tabs = QTabBar(self)
        self.tabs.setObjectName("timelineTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.setDrawBase(False)
        #: Tab of the Timeline panel: agreements on a time axis.
        self.tabs.addTab(self.tr("Timeline"))
        #: Tab of the Timeline panel: how many agreements were signed each year, by type.
        self.tabs.addTab(self.tr("Per Year"))
        controls = QHBoxLayout()
        controls.addWidget(self.tabs)
        controls.addSpacing(12)
        controls.addWidget(scope_label)
        controls.addWidget(self.scope)
        controls.addStretch(1)
        for widget in (self.zoom_out_button, self.zoom, self.zoom_in_button, self.fit_button):
            controls.addWidget(widget)

        timeline = QWidget(self)
        timeline_layout = QVBoxLayout(timeline)
        timeline_layout.setContentsMargins(0, 0, 0, 0)
        timeline_layout.addWidget(self.view, 1)
        self.legend = TimelineLegend(language(), timeline)
        timeline_layout.addWidget(self.legend)

        self.chart = TypeChart(self)
        self.export_button = self._button(
            #: Button of the chart's tab: save the chart as a PNG image (a verb).
            self.tr("Export Chart as PNG…"),
            self.tr("Save the chart as a PNG image, twice its size on screen"),
            self.export_png,
        )
        self.export_button.setObjectName("timelineExportPng")
        self.export_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.export_button.hide()  # the chart's, shown on its tab
        controls.addWidget(self.export_button)

        self.pages = QStackedWidget(self)
        self.pages.addWidget(timeline)
        self.pages.addWidget(self.chart)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 4)
        layout.setSpacing(2)
        layout.addLayout(controls)
        layout.addWidget(self.pages, 1)

        self.tabs.currentChanged.connect(self._on_tabs_current_changed)
        self.scope.currentIndexChanged.connect(self._on_scope_current_index_changed)
        self.zoom.valueChanged.connect(self._on_zoom_value_changed)
        self.view.zoom_changed.connect(self._on_view_zoom_changed)
        self.view.agreement_activated.connect(self.agreement_activated)
        notifier.records_changed.connect(self._on_notifier_records_changed)
        self._on_view_zoom_changed(self.view.px_per_year)

    def _button(self, text: str, tip: str, slot: Callable[[], object]) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.clicked.connect(slot)
        return button

    # -- what is shown --------------------------------------------------------

    @property
    def shown_partner_id(self) -> int | None:
        """The partner whose agreements are shown; none: every partner's."""
        return self._partner_id if self.scope.currentIndex() == self.SELECTED else None

    def set_partner(self, partner_id: int | None) -> None:
        """Follow the window's partner (none: "All agreements", shown as every partner)."""
        if partner_id == self._partner_id:
            return
        self._partner_id = partner_id
        if self.scope.currentIndex() == self.SELECTED:
            self.reload()

    def set_all_partners(self, every: bool) -> None:
        """Show every partner's agreements (True) or the selected partner's."""
        self.scope.setCurrentIndex(self.ALL if every else self.SELECTED)

    def select_agreement(self, agreement_id: int | None) -> None:
        """Outline ``agreement_id`` on the timeline (the window's selection)."""
        self.view.set_selected(agreement_id)

    def reload(self) -> None:
        """Read the lives again and show them; while hidden, only remember to."""
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        self._generation += 1
        generation, shown, library = self._generation, self.shown_partner_id, self._library

        def work(_progress: object) -> tuple[int, int | None, Lives]:
            return (
                generation,
                shown,
                read_lives(library, partner_ids=None if shown is None else [shown]),
            )

        self._tasks.run(work, on_success=self._on_read, on_failure=self._on_read_failed)

    @property
    def loading(self) -> bool:
        """Whether a read is on its way."""
        return self._tasks.busy

    def _on_read_failed(self, exc: Exception) -> None:
        show_error(self, exc)

    def _on_read(self, result: tuple[int, int | None, Lives]) -> None:
        generation, shown, lives = result
        if generation != self._generation:
            return  # a newer read is on its way
        self.lives = lives
        self.view.set_lives(self.lives, shown, self.today())
        partner = self.lives.partners.get(shown) if shown is not None else None
        name = display_name(partner.name, partner.office_name) if partner else ""
        self.chart.set_counts(year_counts(self.lives, shown), name)
        self.loaded.emit()

    def closeEvent(self, event: QCloseEvent) -> None:  # Qt override
        self._tasks.wait_for_done()  # a read still running must end before the panel goes
        super().closeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:  # Qt override
        super().showEvent(event)
        if self._stale:
            self.reload()

    # -- the chart as a PNG ---------------------------------------------------

    @Slot()
    def export_png(self) -> None:
        """Ask where, then write the chart there as a PNG (:meth:`TypeChart.save_png`)."""
        #: File name offered for the chart's PNG (no spaces, no extension).
        name = self.tr("agreements-per-year") + ".png"
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            #: Title of the file dialog that saves the chart.
            self.tr("Export Chart as PNG"),
            str(Path(remembered_folder(LAST_CHART_FOLDER_KEY)) / name),
            self.tr("PNG images (*.png)"),
        )
        if not chosen:
            return
        path = Path(chosen)
        if not path.suffix:
            path = path.with_suffix(".png")
        QSettings().setValue(LAST_CHART_FOLDER_KEY, str(path.parent))
        if not self.chart.save_png(path):
            #: The chart could not be saved; {path} is the file chosen.
            show_error(self, fill(self.tr("The chart cannot be written to {path}."), path=path))

    # -- slots ----------------------------------------------------------------

    @Slot(int)
    def _on_tabs_current_changed(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
        for widget in (self.zoom_out_button, self.zoom, self.zoom_in_button, self.fit_button):
            widget.setVisible(index == 0)  # the zoom is the timeline's
        self.export_button.setVisible(index == 1)

    @Slot(int)
    def _on_scope_current_index_changed(self, _index: int) -> None:
        self.reload()

    @Slot(object)
    def _on_notifier_records_changed(self, _change: object) -> None:
        self.reload()

    @Slot(int)
    def _on_zoom_value_changed(self, value: int) -> None:
        share = value / SLIDER_STEPS
        ratio = MAX_PX_PER_YEAR / MIN_PX_PER_YEAR
        self.view.set_px_per_year(MIN_PX_PER_YEAR * ratio**share)

    @Slot(float)
    def _on_view_zoom_changed(self, px_per_year: float) -> None:
        ratio = MAX_PX_PER_YEAR / MIN_PX_PER_YEAR
        share = math.log(px_per_year / MIN_PX_PER_YEAR) / math.log(ratio)
        blocked = self.zoom.blockSignals(True)
        self.zoom.setValue(round(share * SLIDER_STEPS))
        self.zoom.blockSignals(blocked)
