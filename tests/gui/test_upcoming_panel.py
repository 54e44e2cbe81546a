"""View › Upcoming on the real window: sections, selection, count, lead time, calendar, reminder.

Settings are the test's own (tests/conftest.py points QSettings into its tmp folder), so
the lead time and the silenced reminders are read back from a real QSettings file.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from icalendar import Calendar
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QCheckBox, QFileDialog, QLabel

from db.agreements import add_agreement, get_agreement, update_agreement
from db.enums import AgreementType
from db.lifecycle.upcoming import ItemKind
from db.schemas import AgreementCreate, AgreementUpdate
from desktop.support.changes import RecordChange
from desktop.support.item_roles import ItemRole
from desktop.support.lead_time import LEAD_KEY
from desktop.support.upcoming_settings import SILENCED_KEY
from desktop.window.main_window import MainWindow

if TYPE_CHECKING:
    from db.library import Library

TODAY = dt.date.today()


def add(library: Library, title: str, partner_id: int, days: int, notice: str = "") -> int:
    data = AgreementCreate(
        partner_id=partner_id, title=title, type=AgreementType.JOINT_STATEMENT,
        date_signed=dt.date(2021, 5, 3), expires_on=TODAY + dt.timedelta(days=days),
        notice_period=notice,
    )  # fmt: skip
    return add_agreement(library, data).id


@pytest.fixture
def coming(library: Library) -> dict[str, int]:
    return {
        "soon": add(library, "Soon", 3, 40, "P1M"),  # deadline in about 10 days, expiry in 40
        "later": add(library, "Later", 4, 150),
        "past": add(library, "Past", 6, -5),
    }


def open_panel(qtbot, win: MainWindow):  # noqa: ANN001, ANN201
    with qtbot.waitSignal(win.upcoming.loaded, timeout=10_000):
        win.upcoming.toggle.trigger()
    return win.upcoming.panel


def rows(panel) -> dict[str, list[tuple[str, str, str, str]]]:  # noqa: ANN001
    model = panel.model
    found = {}
    for section in range(model.rowCount()):
        parent = model.index(section, 0)
        title = parent.data().rsplit(" (", 1)[0]
        found[title] = [
            tuple(model.index(row, column, parent).data() or "" for column in range(4))
            for row in range(model.rowCount(parent))
        ]
    return found


def new_window(qtbot, library: Library) -> MainWindow:  # noqa: ANN001
    win = MainWindow(library, restore_settings=False)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_the_panel_lists_each_section_and_the_status_bar_counts(
    qtbot,
    qtmodeltester,
    window: MainWindow,
    coming,  # noqa: ANN001
) -> None:
    assert window.upcoming.dock.isHidden()
    assert window.upcoming._panel is None  # nothing built before it is asked for
    panel = open_panel(qtbot, window)
    assert panel.view.objectName() == "upcomingView"
    qtmodeltester.check(panel.model)
    shown = rows(panel)
    assert list(shown) == [
        "Notice deadlines and expiries in the next 90 days", "Expired in the last 30 days",
        "Anniversaries in the next 12 months",
    ]  # fmt: skip
    due = shown["Notice deadlines and expiries in the next 90 days"]
    assert [(what, agreement) for _date, what, _partner, agreement in due] == [
        ("Notice deadline", "Soon"), ("Expires", "Soon"),
    ]  # fmt: skip
    assert due[1][0] == (TODAY + dt.timedelta(days=40)).isoformat()
    assert due[0][2] == "Paris"  # partner 3
    assert [row[1:] for row in shown["Expired in the last 30 days"]] == [
        ("Expired", "Jakarta", "Past")  # partner 6
    ]
    label = window.status_bar.findChild(QLabel, "upcomingLabel")
    assert label.text() == "1 due within 90 days"
    assert window.findChild(type(window.upcoming.export_ics), "actionUpcomingIcs") is not None


def test_activating_a_date_selects_its_agreement_even_past_a_search(
    qtbot,
    window: MainWindow,
    coming,  # noqa: ANN001
) -> None:
    panel = open_panel(qtbot, window)
    window.browser.set_search("Seoul", wait=True)  # hides Paris's agreement
    model = panel.model
    index = model.index(0, 1, model.index(0, 0))
    assert index.data(ItemRole.RECORD).agreement_id == coming["soon"]
    panel.activate(index)
    assert window.current_agreement().id == coming["soon"]
    assert window.current_partner().id == 3
    anniversaries = model.index(2, 0)
    if model.rowCount(anniversaries):  # a built-in agreement's milestone: its partner too
        item = model.index(0, 0, anniversaries).data(ItemRole.RECORD)
        panel.activate(model.index(0, 0, anniversaries))
        assert window.current_partner().id == item.partner_id


def test_the_lead_time_is_kept_in_settings_and_changes_what_is_due(
    qtbot,
    window: MainWindow,
    library: Library,
    coming,  # noqa: ANN001
) -> None:
    panel = open_panel(qtbot, window)
    with qtbot.waitSignal(window.upcoming.loaded, timeout=10_000):
        panel.lead.setCurrentIndex(panel.lead.findData(180))
    assert int(QSettings().value(LEAD_KEY)) == 180
    due = rows(panel)["Notice deadlines and expiries in the next 180 days"]
    assert [row[3] for row in due][-1] == "Later"
    label = window.status_bar.findChild(QLabel, "upcomingLabel")
    assert label.text() == "2 due within 180 days"
    with qtbot.waitSignal(window.upcoming.loaded, timeout=10_000):
        panel.lead.setCurrentIndex(panel.lead.findData(30))
    other = new_window(qtbot, library)
    assert open_panel(qtbot, other).lead.currentData() == 30
    assert "Notice deadlines and expiries in the next 30 days" in rows(other.upcoming.panel)


def test_a_change_to_the_records_reads_the_dates_again(
    qtbot,
    window: MainWindow,
    library: Library,
    coming,  # noqa: ANN001
) -> None:
    open_panel(qtbot, window)
    version = get_agreement(library, coming["later"]).version
    update_agreement(library, coming["later"], AgreementUpdate(expires_on=TODAY),
                     expected_version=version)  # fmt: skip
    with qtbot.waitSignal(window.upcoming.loaded, timeout=10_000):
        window.notifier.notify(RecordChange(agreements=True, agreement_id=coming["later"]))
    label = window.status_bar.findChild(QLabel, "upcomingLabel")
    assert label.text() == "2 due within 90 days"


def test_export_to_calendar_writes_the_file_chosen(
    qtbot,
    window: MainWindow,
    coming,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,  # noqa: ANN001
) -> None:
    target = tmp_path / "calendar"  # no suffix: .ics is added
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *args, **kwargs: (str(target), "")))  # fmt: skip
    window.findChild(type(window.upcoming.export_ics), "actionUpcomingIcs").trigger()
    written = target.with_suffix(".ics")
    qtbot.waitUntil(written.is_file, timeout=10_000)
    qtbot.waitUntil(lambda: "Saved " in window.status_bar.currentMessage(), timeout=10_000)
    calendar = Calendar.from_ical(written.read_bytes())
    summaries = {str(event["SUMMARY"]) for event in calendar.walk("VEVENT")}
    assert {"Notice deadline: Soon (Paris)", "Expires: Soon (Paris)"} <= summaries
    assert window.status_bar.currentMessage().endswith(f"to {written}.")


def reminder_of(qtbot, win: MainWindow):  # noqa: ANN001, ANN201
    with qtbot.waitSignal(win.upcoming.loaded, timeout=10_000):
        win.upcoming.remind()
    return win.upcoming.reminder


def test_the_reminder_shows_once_and_each_date_can_be_silenced(
    qtbot,
    window: MainWindow,
    library: Library,
    coming,  # noqa: ANN001
) -> None:
    reminder = reminder_of(qtbot, window)
    assert reminder is not None
    assert reminder.isVisible()
    assert not reminder.isModal()
    keys = [row.item.key for row in reminder.rows]
    assert keys == [f"notice-agreement-{coming['soon']}", f"expiry-agreement-{coming['soon']}"]
    window.upcoming.remind()  # once per run
    assert window.upcoming.reminder is reminder
    reminder.findChild(QCheckBox, f"silence:{keys[0]}").setChecked(True)
    reminder.close()
    marks = QSettings().value(SILENCED_KEY)
    marks = [marks] if isinstance(marks, str) else marks
    assert [mark.rsplit("@", 1)[0] for mark in marks] == [keys[0]]

    window.close()
    second = new_window(qtbot, library)
    again = reminder_of(qtbot, second)
    assert [row.item.key for row in again.rows] == [keys[1]]  # the silenced one is not listed
    again.boxes[0].setChecked(True)
    again.close()
    second.close()
    third = new_window(qtbot, library)
    assert reminder_of(qtbot, third) is None  # everything silenced: no reminder at all
    third.close()

    # The expiry moves: its deadline and its expiry remind again (key and date are kept).
    version = get_agreement(library, coming["soon"]).version
    update_agreement(library, coming["soon"], AgreementUpdate(expires_on=TODAY + dt.timedelta(50)),
                     expected_version=version)  # fmt: skip
    moved = reminder_of(qtbot, new_window(qtbot, library))
    assert [row.item.kind for row in moved.rows] == [ItemKind.NOTICE_DEADLINE, ItemKind.EXPIRY]
    moved.close()


def test_nothing_due_no_reminder(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    assert reminder_of(qtbot, window) is None
    assert not window.status_bar.findChild(QLabel, "upcomingLabel").isVisible()


def test_start_up_loads_none_of_it(tmp_path: Path) -> None:
    """A window shown with the dock hidden imports neither the panel, the reading of the
    dates nor icalendar (they load when the dock shows or the reminder looks)."""
    import os
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from db.opening import open_library\n"
        "from desktop.app import create_application\n"
        "from desktop.window.main_window import MainWindow\n"
        f"library = open_library({str(tmp_path / 'lib')!r})\n"
        "app = create_application(sys.argv[:1])\n"
        "win = MainWindow(library, restore_settings=False)\n"
        "win.show(); app.processEvents()\n"
        "print(sorted(m for m in sys.modules if m.startswith(('icalendar', "
        "'db.lifecycle.upcoming', 'db.lifecycle.ics', 'desktop.window.upcoming_panel', "
        "'desktop.models.upcoming', 'desktop.dialogs.upcoming'))))\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    root = Path(__file__).resolve().parents[2]
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            env=env, timeout=120, cwd=root)  # fmt: skip
    assert result.stdout.strip() == "[]", result.stdout + result.stderr
