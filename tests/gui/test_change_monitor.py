"""Live refresh: what another window or process commits shows up in the window, selection kept.

"Another window" is a second :class:`~db.library.Library` opened on the same
folder, or a real second process running the db use cases; the window is
the real one, polling with its :class:`~desktop.window.change_monitor.ChangeMonitor`.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from db.agreements import add_agreement, list_agreements, update_agreement
from db.opening import open_library
from db.partners import find_partner
from db.schemas import AgreementCreate, AgreementUpdate
from desktop.models.agreement_model import AgreementTableModel
from desktop.support.changes import RecordChange

if TYPE_CHECKING:
    from collections.abc import Iterator

    from db.library import Library
    from desktop.window.main_window import MainWindow

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def other(library_dir: Path, library: Library) -> Iterator[Library]:
    """A second Library on the same folder: another Accord window, as far as SQLite knows."""
    second = open_library(library_dir)
    yield second
    second.close()


def titles(window: MainWindow) -> list[str]:
    model = window.agreement_view.model()
    return [model.index(row, AgreementTableModel.TITLE).data() for row in range(model.rowCount())]


def select_paris_agreement(window: MainWindow, library: Library):  # noqa: ANN201
    paris = find_partner(library, "Paris")
    agreement = list_agreements(library, partner_id=paris.id)[1]
    assert window.select_partner(paris.id)
    assert window.select_agreement(agreement.id)
    return paris, agreement


def test_an_agreement_added_by_another_window_appears_and_the_selection_stays(
    qtbot, library: Library, other: Library, window: MainWindow
) -> None:
    paris, selected = select_paris_agreement(window, library)
    assert window.change_monitor.active

    add_agreement(
        other,
        AgreementCreate(
            partner_id=paris.id, title="Letter on the 2026 Games", date_signed=dt.date(2026, 1, 9)
        ),
    )

    qtbot.waitUntil(lambda: "Letter on the 2026 Games" in titles(window), timeout=5000)
    assert window.current_partner().id == paris.id
    assert window.current_agreement().id == selected.id
    assert window.current_partner().agreement_count == 4


def test_an_edit_of_the_selected_agreement_by_another_process_is_shown(
    qtbot, library: Library, library_dir: Path, window: MainWindow
) -> None:
    _paris, selected = select_paris_agreement(window, library)
    script = (
        "import sys\n"
        "from db.opening import open_library\n"
        "from db.agreements import update_agreement\n"
        "from db.schemas import AgreementUpdate\n"
        "lib = open_library(sys.argv[1])\n"
        "update_agreement(lib, int(sys.argv[2]), AgreementUpdate(notes='Edited elsewhere.'))\n"
        "lib.close()\n"
    )
    subprocess.run(
        [sys.executable, "-c", script, str(library_dir), str(selected.id)],
        cwd=REPO,
        check=True,
        timeout=60,
    )

    qtbot.waitUntil(
        lambda: window.detail.value_label("notes").text() == "Edited elsewhere.", timeout=5000
    )
    assert window.current_agreement().id == selected.id
    assert window.current_agreement().notes == "Edited elsewhere."


def test_a_selected_document_and_the_scroll_position_are_kept(
    qtbot, library: Library, other: Library, samples: Path, window: MainWindow
) -> None:
    from db.documents import attach_document

    newest = list_agreements(library)[0]
    attach_document(library, newest.id, samples / "jo.pdf")
    document = attach_document(library, newest.id, samples / "minimal-document.pdf")
    window.refresh()
    window.select_partner(None)
    window.select_agreement(newest.id)
    documents = window.document_view.document_model
    window.document_view.setCurrentIndex(documents.index(documents.row_of(document.id), 0))
    assert window.current_document().id == document.id
    bar = window.agreement_view.verticalScrollBar()
    assert bar.maximum() > 0
    bar.setValue(bar.maximum())
    monitor = window.change_monitor

    with qtbot.waitSignal(monitor.external_change, timeout=5000):
        update_agreement(other, list_agreements(other)[-1].id, AgreementUpdate(notes="Elsewhere."))

    assert bar.value() == bar.maximum()
    assert window.current_agreement().id == newest.id
    assert window.current_document().id == document.id


def test_the_windows_own_change_is_not_reloaded_twice(
    qtbot, library: Library, window: MainWindow
) -> None:
    monitor = window.change_monitor
    agreement = window.current_agreement()
    update_agreement(library, agreement.id, AgreementUpdate(notes="Mine."))
    window.notifier.notify(RecordChange(partners=True, agreements=True, agreement_id=agreement.id))
    assert window.detail.value_label("notes").text() == "Mine."
    assert not monitor.check_now()


def test_a_partial_reload_leaves_the_next_check_to_reload_everything(
    library: Library, other: Library, window: MainWindow
) -> None:
    update_agreement(other, list_agreements(other)[-1].id, AgreementUpdate(notes="Elsewhere."))
    window.notifier.notify(RecordChange(documents=True))  # reloads agreements only
    assert window.change_monitor.check_now()


def test_checks_pause_while_a_task_runs(
    qtbot, library: Library, other: Library, window: MainWindow
) -> None:
    release = threading.Event()
    window.tasks.run(lambda _progress: release.wait(30), on_success=print, on_failure=print)
    assert window.tasks.busy
    update_agreement(other, list_agreements(other)[-1].id, AgreementUpdate(notes="During."))
    assert not window.change_monitor.check_now()
    release.set()
    qtbot.waitUntil(lambda: not window.tasks.busy)
    assert window.change_monitor.check_now()


def test_a_failing_check_backs_off_says_so_and_recovers(
    qtbot, library: Library, other: Library, window: MainWindow
) -> None:
    monitor = window.change_monitor
    messages: list[str] = []
    monitor.message_posted.connect(messages.append)
    monitor._watcher._conn.close()  # noqa: SLF001 - the watcher's connection really fails

    assert not monitor.check_now()

    assert monitor.timer.interval() == 2000  # waits longer before it looks again
    assert len(messages) == 1
    assert messages[0].startswith("The library's changes cannot be watched")
    assert window.isEnabled()
    update_agreement(other, list_agreements(other)[-1].id, AgreementUpdate(notes="Meanwhile."))
    assert monitor.check_now()  # a new watcher: reloads once, whatever happened meanwhile
    assert monitor.timer.interval() == 1000
    assert messages[-1] == "Changes made in other windows are seen again."


def test_closing_the_window_stops_the_checks(library: Library, window: MainWindow) -> None:
    monitor = window.change_monitor
    window.close()
    assert not monitor.active
    assert monitor._watcher is None  # noqa: SLF001 - its connection is closed
