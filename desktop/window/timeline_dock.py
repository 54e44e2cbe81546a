"""The Timeline dock of the main window: hidden at first, its panel made when first shown.

:class:`TimelineDock` is cheap to make: it imports nothing of
:mod:`desktop.window.timeline` until it is shown, so the window starts as fast as
without it. Its panel follows the partner and agreement selected in the record
browser, and a click on the timeline selects that agreement in the browser (moving to
its partner, or clearing a search that hides it, when it is not in the table).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QDockWidget, QMainWindow

from desktop.support.changes import RecordChange

if TYPE_CHECKING:
    from db.library import Library
    from desktop.support.changes import RecordsNotifier
    from desktop.window.record_browser import RecordBrowser
    from desktop.window.timeline.panel import TimelinePanel


class TimelineDock(QDockWidget):
    """A dock at the bottom of ``window`` holding the :class:`TimelinePanel`, once shown.

    :meth:`toggleViewAction` (``actionTimeline``) shows and hides it (the View menu).
    """

    def __init__(
        self,
        window: QMainWindow,
        library: Library,
        notifier: RecordsNotifier,
        browser: RecordBrowser,
    ) -> None:
        #: Title of the dock of the timeline of agreements (and of its View menu item).
        super().__init__(self.tr("Timeline"), window)
        self.setObjectName("timelineDock")
        self._library = library
        self._notifier = notifier
        self._browser = browser
        self.panel: TimelinePanel | None = None
        self.setAllowedAreas(
            Qt.DockWidgetArea.BottomDockWidgetArea | Qt.DockWidgetArea.TopDockWidgetArea
        )
        action = self.toggleViewAction()
        action.setObjectName("actionTimeline")
        #: Status tip of View > Timeline.
        action.setStatusTip(self.tr("Show the agreements on a timeline, and a chart per year"))
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self)
        self.hide()
        self.visibilityChanged.connect(self._on_visibility_changed)

    @Slot(bool)
    def _on_visibility_changed(self, visible: bool) -> None:
        if visible and self.panel is None:
            self.make_panel()

    def make_panel(self) -> TimelinePanel:
        """Make the panel now (the first show does), following the browser's selection."""
        if self.panel is not None:
            return self.panel
        from desktop.window.timeline.panel import TimelinePanel

        tasks = getattr(self.parentWidget(), "tasks", None)  # the main window's runner
        self.panel = TimelinePanel(self._library, self._notifier, self, tasks=tasks)
        self.setWidget(self.panel)
        window = self.parentWidget()
        central = window.centralWidget() if isinstance(window, QMainWindow) else None
        if isinstance(window, QMainWindow) and central is not None and not self.isFloating():
            # A third of the window at first, or what the records leave without growing it.
            spare = central.height() - central.minimumSizeHint().height() + self.height()
            height = max(min(window.height() // 3, spare), self.panel.minimumSizeHint().height())
            window.resizeDocks([self], [height], Qt.Orientation.Vertical)
        self.panel.agreement_activated.connect(self._on_panel_agreement_activated)
        self._browser.selection_changed.connect(self._on_browser_selection_changed)
        self._on_browser_selection_changed()
        return self.panel

    @Slot()
    def _on_browser_selection_changed(self) -> None:
        if self.panel is None:
            return
        partner = self._browser.current_partner()
        self.panel.set_partner(partner.id if partner else None)
        agreement = self._browser.current_agreement()
        self.panel.select_agreement(agreement.id if agreement else None)

    @Slot(int)
    def _on_panel_agreement_activated(self, agreement_id: int) -> None:
        browser = self._browser
        browser.agreement_model.settle()
        if browser.agreement_model.row_of(agreement_id) >= 0:
            browser.select_agreement(agreement_id)
            return
        lives = self.panel.lives if self.panel else None
        life = next((a for a in lives.agreements if a.id == agreement_id), None) if lives else None
        partner_id = life.partner_id if life else None
        # As after a change to it: its partner is selected, a search hiding it is cleared.
        browser.refresh(RecordChange(partner_id=partner_id, agreement_id=agreement_id))
