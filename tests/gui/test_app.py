"""Start-up of the GUI: the application object, the screenshot, the error hook, resources."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QMessageBox

from db.errors import AccordError, LibraryError
from desktop import app as desktop_app
from desktop.app import ScreenshotError, create_application, run_gui, save_screenshot
from desktop.support.resources import get_asset


def test_create_application_names_accord_and_sets_the_icon(qapp):
    app = create_application([])
    assert app is qapp
    assert QCoreApplication.organizationName() == "Accord"
    assert QCoreApplication.applicationName() == "Accord"
    assert not app.windowIcon().isNull()


def test_app_icon_is_shipped_as_a_resource():
    icon = get_asset("accord.svg")
    assert icon.is_file()
    assert icon.parent.name == "resources"
    assert "<svg" in icon.read_text(encoding="utf-8")


def test_resources_come_from_the_bundle_when_frozen(monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert get_asset("accord.svg") == tmp_path / "resources" / "accord.svg"
    assert get_asset("icons/x.svg") == tmp_path / "resources" / "icons" / "x.svg"


def test_screenshot_shows_the_window_with_records(qapp, library, tmp_path):
    target = tmp_path / "shot.png"
    save_screenshot(library, target)
    image = QImage(str(target))
    assert target.read_bytes().startswith(b"\x89PNG")
    assert (image.width(), image.height()) == (1280, 800)
    colours = {image.pixel(x, y) for x in range(0, 1280, 7) for y in range(0, 800, 7)}
    assert len(colours) > 20  # text and selection, not a blank window


def test_screenshot_that_cannot_be_written_raises_a_sentence(qapp, library, tmp_path):
    with pytest.raises(ScreenshotError, match=r"cannot be written to .*shot\.png\.$"):
        save_screenshot(library, tmp_path / "no such folder" / "shot.png")
    assert issubclass(ScreenshotError, AccordError)


def test_run_gui_shows_the_window_and_restores_the_hook(monkeypatch, qapp, library):
    shown: list = []
    hook = sys.excepthook

    def fake_exec(self) -> int:
        shown.extend(w.objectName() for w in QApplication.topLevelWidgets() if w.isVisible())
        assert sys.excepthook is not hook
        return 0

    monkeypatch.setattr(QApplication, "exec", fake_exec)
    assert run_gui(library) == 0
    assert "mainWindow" in shown
    assert sys.excepthook is hook
    for widget in QApplication.topLevelWidgets():
        if widget.objectName() == "mainWindow":
            widget.close()


def test_unexpected_errors_are_shown_in_one_line(monkeypatch, qapp, capsys):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    try:
        raise ValueError("bad value\nsecond line")
    except ValueError as exc:
        desktop_app._show_unexpected_error(ValueError, exc, exc.__traceback__)
    assert shown == ["Something unexpected went wrong (ValueError: bad value)."]
    assert "Traceback" in capsys.readouterr().err
    error = LibraryError("The library folder cannot be written.")
    desktop_app._show_unexpected_error(LibraryError, error, None)
    assert shown[-1] == "The library folder cannot be written."
