"""What is coming, in the main window: the Upcoming dock, its count, calendar export, reminder.

:class:`UpcomingDock` makes at start-up only what is cheap: a hidden dock widget
(``upcomingDock``, View › Upcoming toggles it, the window's saved state may show it),
its actions and nothing else. The panel (:mod:`desktop.window.upcoming_panel`) is built
the first time the dock shows, and the dates are read off the GUI thread
(:func:`db.lifecycle.upcoming.read_upcoming` through the window's task runner) then, when
the start-up reminder asks (:meth:`UpcomingDock.remind`, called by :func:`desktop.app.run_gui`
once the window is up), and after every change to the records once read. Each read
updates the panel and the status bar's count ("3 due within 90 days").

The lead time is the user's one lead time (:mod:`desktop.support.lead_time`, which also
makes an agreement "Expiring"), chosen in the panel among 30, 90 and 180 days. The
reminder lists the notice deadlines and expiries within it, at most once per run, and
not those the user silenced for that date.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QSettings, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QDockWidget, QFileDialog, QMainWindow

from desktop.operations.document_support import remembered_folder
from desktop.support.changes import RecordChange
from desktop.support.lead_time import lead_time, set_lead_time
from desktop.support.messages import fill, show_error
from desktop.window.actions import follow_text, toolbar_text

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMenu

    from db.library import Library
    from db.lifecycle.lives import Lives
    from db.lifecycle.upcoming import UpcomingItem
    from desktop.support.changes import RecordsNotifier
    from desktop.support.tasks import TaskRunner
    from desktop.window.record_browser import RecordBrowser
    from desktop.window.status_bar import WindowStatusBar
    from desktop.window.upcoming_panel import UpcomingPanel

# QSettings key of the folder the last calendar file was saved in.
_LAST_FOLDER_KEY = "upcoming/lastFolder"
# Milliseconds a burst of changes is gathered before the dates are read again.
RELOAD_DELAY_MS = 300


class UpcomingDock(QObject):
    """The Upcoming dock and what goes with it (see the module)."""

    # The dates were read and shown (panel, status bar); for tests and the reminder.
    loaded = Signal()

    def __init__(
        self,
        window: QMainWindow,
        library: Library,
        *,
        notifier: RecordsNotifier,
        tasks: TaskRunner,
        status_bar: WindowStatusBar,
        browser: RecordBrowser,
    ) -> None:
        super().__init__(window)
        self._window, self._library, self._tasks = window, library, tasks
        self._status_bar, self._browser = status_bar, browser
        self._panel: UpcomingPanel | None = None
        self._active = False  # read once: changes read again
        self._generation = 0
        self._remind_wanted = False
        self._reminded = False
        self.items: list[UpcomingItem] = []
        self.lives: Lives | None = None
        self.today = dt.date.today()
        self.reminder: QObject | None = None

        #: Title of the dock panel listing deadlines, expiries and anniversaries ahead.
        self.dock = QDockWidget(self.tr("Upcoming"), window)
        self.dock.setObjectName("upcomingDock")
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.dock.hide()
        self.toggle = self.dock.toggleViewAction()
        self.toggle.setObjectName("actionShowUpcoming")
        #: View menu, checkable: show the panel of deadlines, expiries and anniversaries.
        self.toggle.setText(self.tr("&Upcoming"))
        self.toggle.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_U))
        follow_text(self.toggle)  # its icon text and tooltip without "(U)"
        #: File menu and the Upcoming panel: write the upcoming dates as an .ics file.
        self.export_ics = QAction(self.tr("Export to &Calendar…"), window)
        self.export_ics.setObjectName("actionUpcomingIcs")
        self.export_ics.setIconText(toolbar_text(self.export_ics.text()).removesuffix("…"))
        self.export_ics.setIcon(QIcon.fromTheme(QIcon.ThemeIcon.DocumentSaveAs))
        tip = self.tr("Save the upcoming dates as a calendar file for Outlook or Google Calendar")
        self.export_ics.setToolTip(tip)
        self.export_ics.setStatusTip(tip)
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(RELOAD_DELAY_MS)
        self._reload_timer.timeout.connect(self.reload)

        self.dock.visibilityChanged.connect(self._on_dock_visibility_changed)
        self.export_ics.triggered.connect(self._on_export_ics_triggered)
        notifier.records_changed.connect(self._on_notifier_records_changed)

    def add_to_menus(self, file_menu: QMenu, view_menu: QMenu) -> None:
        """Put Export to Calendar… in the File menu (after the CSV actions) and the dock's
        toggle in the View menu (before the trash)."""
        _insert(file_menu, self.export_ics, after="actionImportCsv")
        _insert(view_menu, self.toggle, before="actionShowTrash")

    @property
    def panel(self) -> UpcomingPanel:
        """The panel, built on first use."""
        if self._panel is None:
            from desktop.support.upcoming_settings import lead_choices
            from desktop.window.upcoming_panel import UpcomingPanel

            self._panel = UpcomingPanel(lead_choices(), lead_time(), self.export_ics, self.dock)
            self._panel.item_activated.connect(self._on_panel_item_activated)
            self._panel.lead_changed.connect(self._on_panel_lead_changed)
            self.dock.setWidget(self._panel)
        return self._panel

    # -- reading ----------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the dates again off the GUI thread; :attr:`loaded` follows."""
        from db.lifecycle.upcoming import read_upcoming

        self._active = True
        self._generation += 1
        generation, library, today, days = (
            self._generation,
            self._library,
            dt.date.today(),
            lead_time(),
        )

        def work(_progress: Any) -> tuple:
            return (generation, today, days, *read_upcoming(library, today, days))

        self._tasks.run(work, on_success=self._on_read, on_failure=self._on_read_failed)

    def remind(self) -> None:
        """Read the dates and show the reminder if something falls due within the lead time
        (once per run; see the module)."""
        if self._reminded:
            return
        self._remind_wanted = True
        self.reload()

    def _on_read(self, result: tuple) -> None:
        generation, today, days, lives, items = result
        if generation != self._generation:
            return  # a newer read is on its way
        from db.lifecycle.upcoming_text import due_agreements

        self.today, self.lives, self.items = today, lives, items
        if self._panel is not None:
            self._panel.set_sections(self._sections(days))
            self._panel.show_status("")
        due = due_agreements(items)
        #: Status bar: agreements with a notice deadline or an expiry within {days} days.
        text = fill(self.tr("%n due within {days} days", "", due), days=days) if due else ""
        self._status_bar.show_upcoming(text, self.tr("View › Upcoming lists them."))
        if self._remind_wanted:
            self._remind_wanted = False
            self._show_reminder(days)
        self.loaded.emit()

    def _on_read_failed(self, exc: Exception) -> None:
        if self._panel is not None:
            self._panel.show_status(str(exc))
        self._remind_wanted = False
        self.loaded.emit()

    def _rows(self, items: list[UpcomingItem]) -> list:
        from db.lifecycle.upcoming_text import partner_name, what
        from desktop.models.upcoming_model import UpcomingRow

        assert self.lives is not None
        return [UpcomingRow(item, what(item), partner_name(self.lives, item.partner_id))
                for item in items]  # fmt: skip

    def _sections(self, days: int) -> list:
        from db.lifecycle.upcoming_text import grouped, section_title
        from desktop.models.upcoming_model import UpcomingSection

        return [
            UpcomingSection(section_title(section, days), tuple(self._rows(listed)))
            for section, listed in grouped(self.items)
        ]

    # -- the reminder -----------------------------------------------------------------------

    def _show_reminder(self, days: int) -> None:
        from db.lifecycle.upcoming_text import Section, section_of
        from desktop.support.upcoming_settings import silence_mark, silenced

        quiet = silenced()
        due = [
            i for i in self.items if section_of(i) is Section.DUE and silence_mark(i) not in quiet
        ]
        if not due or self._reminded:
            return
        from desktop.dialogs.upcoming_reminder import UpcomingReminder

        self._reminded = True
        reminder = UpcomingReminder(self._rows(due), days, self._window)
        reminder.silenced.connect(self._on_reminder_silenced)
        reminder.panel_requested.connect(self.dock.show)
        reminder.destroyed.connect(self._on_reminder_destroyed)
        self.reminder = reminder
        reminder.show()

    @Slot(object)
    def _on_reminder_silenced(self, items: list[UpcomingItem]) -> None:
        from desktop.support.upcoming_settings import silence

        if items:
            silence(items, self.today)

    @Slot()
    def _on_reminder_destroyed(self) -> None:
        self.reminder = None

    # -- slots ------------------------------------------------------------------------------

    @Slot(bool)
    def _on_dock_visibility_changed(self, visible: bool) -> None:
        if visible and self._panel is None:
            _ = self.panel
            self.reload()

    @Slot(object)
    def _on_notifier_records_changed(self, _change: RecordChange) -> None:
        if self._active:
            self._reload_timer.start()

    @Slot(int)
    def _on_panel_lead_changed(self, days: int) -> None:
        set_lead_time(days)
        self.reload()
        self._browser.detail.show_status()  # "Expiring" follows the same lead time

    @Slot(object)
    def _on_panel_item_activated(self, item: UpcomingItem) -> None:
        """Select what ``item`` is about in the browser (a search hiding it is cleared)."""
        self._browser.refresh(
            RecordChange(partner_id=item.partner_id, agreement_id=item.agreement_id)
        )
        view = self._browser.agreement_view if item.agreement_id else self._browser.partner_view
        view.setFocus()

    @Slot()
    def _on_export_ics_triggered(self) -> None:
        settings = QSettings()
        folder = remembered_folder(_LAST_FOLDER_KEY)
        chosen, _filter = QFileDialog.getSaveFileName(
            self._window,
            #: Title of the file dialog of File › Export to Calendar….
            self.tr("Export to Calendar"),
            str(Path(folder) / "Accord upcoming.ics"),
            self.tr("iCalendar files (*.ics);;All files (*)"),
        )
        if not chosen:
            return
        target = Path(chosen) if Path(chosen).suffix else Path(chosen).with_suffix(".ics")
        settings.setValue(_LAST_FOLDER_KEY, str(target.parent))
        library, today, days = self._library, dt.date.today(), lead_time()

        def work(_progress: Any) -> int:
            from db.lifecycle.ics import write_ics
            from db.lifecycle.upcoming import read_upcoming

            lives, items = read_upcoming(library, today, days)
            return write_ics(library, items, lives, target)

        def done(count: int) -> None:
            #: Status bar after Export to Calendar…: {target} is the file written.
            said = self.tr("Saved %n date(s) to {target}.", "", count)
            self._status_bar.post(fill(said, target=target))

        self._tasks.run(work, on_success=done, on_failure=lambda exc: show_error(self._window, exc))


def _insert(menu: QMenu, action: QAction, *, after: str = "", before: str = "") -> None:
    """Put ``action`` in ``menu`` after or before the action of that objectName (else last)."""
    actions = menu.actions()
    names = [a.objectName() for a in actions]
    index = (
        names.index(after) + 1 if after in names else names.index(before) if before in names else -1
    )
    if 0 <= index < len(actions):
        menu.insertAction(actions[index], action)
    else:
        menu.addAction(action)
