"""Work off the GUI thread: results, errors and progress come back in the GUI thread."""

from __future__ import annotations

import threading

from PySide6.QtCore import QThread

from desktop.support.tasks import TaskRunner


def test_result_arrives_in_the_gui_thread(qtbot):
    runner = TaskRunner()
    gui_thread = QThread.currentThread()
    seen: dict = {}

    def work(progress):
        seen["worker"] = threading.current_thread() is threading.main_thread()
        progress(1, 2)
        progress(2, 2)
        return 42

    def on_success(value):
        seen["value"] = value
        seen["thread"] = QThread.currentThread() is gui_thread

    progress: list = []
    with qtbot.waitSignal(runner.task_ended, timeout=5000):
        runner.run(
            work,
            on_success=on_success,
            on_failure=lambda exc: None,
            on_progress=lambda d, t: progress.append((d, t)),
        )
    assert seen == {"worker": False, "value": 42, "thread": True}
    assert progress == [(1, 2), (2, 2)]
    assert not runner.busy


def test_an_exception_is_handed_to_the_failure_callback(qtbot):
    runner = TaskRunner()
    failures: list[Exception] = []
    with qtbot.waitSignal(runner.task_ended, timeout=5000):
        runner.run(
            lambda progress: 1 / 0,
            on_success=lambda value: None,
            on_failure=failures.append,
        )
    assert isinstance(failures[0], ZeroDivisionError)


def test_cancel_makes_progress_return_false(qtbot):
    runner = TaskRunner()
    started = threading.Event()
    release = threading.Event()
    answers: list[bool] = []

    def work(progress):
        started.set()
        release.wait(5)
        answers.append(progress(1, 10))
        return "done"

    task = runner.run(work, on_success=lambda value: None, on_failure=lambda exc: None)
    assert started.wait(5)
    task.cancel()
    release.set()
    qtbot.waitUntil(lambda: not runner.busy, timeout=5000)
    assert answers == [False]
    assert task.cancelled


def test_progress_beyond_two_gigabytes_is_carried(qtbot):
    runner = TaskRunner()
    seen: list = []
    with qtbot.waitSignal(runner.task_ended, timeout=5000):
        runner.run(
            lambda progress: progress(3 << 30, 4 << 30),
            on_success=lambda value: None,
            on_failure=lambda exc: None,
            on_progress=lambda done, total: seen.append((done, total)),
        )
    assert seen == [(3 << 30, 4 << 30)]
    assert runner.wait_for_done(1000)
