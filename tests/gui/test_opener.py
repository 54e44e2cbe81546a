"""Opening stored documents: only PDFs inside the attachments, always as a local-file URL."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from desktop.support import opener


@pytest.fixture
def attachments(tmp_path) -> Path:
    folder = tmp_path / "lib #1" / "attachments"
    (folder / "ab").mkdir(parents=True)
    return folder


def test_a_stored_pdf_is_opened_as_a_local_file_url(attachments, opened):
    pdf = attachments / "ab" / "report?#1.pdf"
    pdf.write_bytes(b"%PDF-1.4\n")
    assert opener.open_document(pdf, attachments_dir=attachments)
    assert opened[0].isLocalFile()
    assert Path(opened[0].toLocalFile()) == pdf.resolve()


@pytest.mark.parametrize("name", ["notes.txt", "script.pdf.exe", "folder.pdf"])
def test_anything_but_a_pdf_file_is_refused(attachments, opened, name):
    target = attachments / "ab" / name
    if name == "folder.pdf":
        target.mkdir()
    else:
        target.write_bytes(b"%PDF-1.4\n")
    assert not opener.open_document(target, attachments_dir=attachments)
    assert opened == []


def test_a_pdf_outside_the_attachments_is_refused(tmp_path, attachments, opened):
    outside = tmp_path / "elsewhere.pdf"
    outside.write_bytes(b"%PDF-1.4\n")
    sneaky = attachments / ".." / "elsewhere.pdf"
    assert not opener.open_document(outside, attachments_dir=attachments)
    assert not opener.open_document(sneaky, attachments_dir=attachments)
    assert not opener.open_document(attachments / "missing.pdf", attachments_dir=attachments)
    assert opened == []


def test_a_failing_viewer_is_reported_as_false(monkeypatch, attachments):
    pdf = attachments / "ab" / "x.pdf"
    pdf.write_bytes(b"%PDF-1.4\n")
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: False)
    assert opener.open_document(pdf, attachments_dir=attachments) is False


BUNDLE = {
    "LD_LIBRARY_PATH": "/tmp/_MEI123",
    "LD_LIBRARY_PATH_ORIG": "/usr/local/lib",
    "DYLD_LIBRARY_PATH": "/bundle/Frameworks",
    "DYLD_FRAMEWORK_PATH": "/bundle/Frameworks",
    "QT_PLUGIN_PATH": "/tmp/_MEI123/PySide6/plugins",
    "QML2_IMPORT_PATH": "/tmp/_MEI123/PySide6/qml",
    "PYTHONPATH": "/tmp/_MEI123/base_library.zip",
    "PYTHONHOME": "/tmp/_MEI123",
}


@pytest.fixture
def bundle_environment(monkeypatch) -> dict:
    """A frozen build's environment; returns what the patched openUrl saw of it."""
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    for name, value in BUNDLE.items():
        monkeypatch.setenv(name, value)
    seen: dict = {}

    def open_url(url: QUrl) -> bool:
        seen.update({name: os.environ.get(name) for name in BUNDLE})
        seen["url"] = QUrl(url)
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    return seen


@pytest.mark.parametrize("platform", ["linux", "darwin", "win32"])
def test_a_frozen_bundle_gives_the_viewer_the_users_environment(
    monkeypatch, attachments, bundle_environment, platform
):
    pdf = attachments / "ab" / "x.pdf"
    pdf.write_bytes(b"%PDF-1.4\n")
    monkeypatch.setattr(sys, "platform", platform)
    assert opener.open_document(pdf, attachments_dir=attachments)
    seen = bundle_environment
    monkeypatch.setattr(sys, "platform", "linux")
    for name in ("QT_PLUGIN_PATH", "QML2_IMPORT_PATH", "PYTHONPATH", "PYTHONHOME"):
        assert seen[name] is None, name
    if platform == "linux":
        assert seen["LD_LIBRARY_PATH"] == "/usr/local/lib"  # the value before the bundle
        assert seen["DYLD_LIBRARY_PATH"] == "/bundle/Frameworks"  # not Linux's business
    elif platform == "darwin":
        assert seen["DYLD_LIBRARY_PATH"] is None
        assert seen["DYLD_FRAMEWORK_PATH"] is None
        assert seen["LD_LIBRARY_PATH"] == "/tmp/_MEI123"
    # Afterwards every variable is exactly as it was.
    assert {name: os.environ.get(name) for name in BUNDLE} == BUNDLE


def test_a_bundle_without_a_saved_original_removes_the_library_path(
    monkeypatch, attachments, bundle_environment
):
    monkeypatch.delenv("LD_LIBRARY_PATH_ORIG")
    monkeypatch.setattr(sys, "platform", "linux")
    pdf = attachments / "ab" / "x.pdf"
    pdf.write_bytes(b"%PDF-1.4\n")
    assert opener.show_in_folder(pdf, attachments_dir=attachments)
    assert bundle_environment["LD_LIBRARY_PATH"] is None
    assert Path(bundle_environment["url"].toLocalFile()) == pdf.resolve().parent
    assert os.environ["LD_LIBRARY_PATH"] == "/tmp/_MEI123"


def test_the_environment_is_restored_when_opening_fails(monkeypatch, attachments):
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setenv("QT_PLUGIN_PATH", "/bundle/plugins")
    monkeypatch.delenv("PYTHONHOME", raising=False)

    def broken(url: QUrl) -> bool:
        assert "QT_PLUGIN_PATH" not in os.environ
        raise RuntimeError("no desktop")

    monkeypatch.setattr(QDesktopServices, "openUrl", broken)
    pdf = attachments / "ab" / "x.pdf"
    pdf.write_bytes(b"%PDF-1.4\n")
    with pytest.raises(RuntimeError):
        opener.open_document(pdf, attachments_dir=attachments)
    assert os.environ["QT_PLUGIN_PATH"] == "/bundle/plugins"
    assert "PYTHONHOME" not in os.environ


def test_outside_a_bundle_the_environment_is_left_alone(monkeypatch, attachments, opened):
    monkeypatch.delattr(sys, "frozen", raising=False)
    monkeypatch.setenv("QT_PLUGIN_PATH", "/my/plugins")
    with opener.sanitized_environment():
        assert os.environ["QT_PLUGIN_PATH"] == "/my/plugins"


def test_show_in_folder_refuses_what_open_refuses(tmp_path, attachments, opened):
    outside = tmp_path / "elsewhere.pdf"
    outside.write_bytes(b"%PDF-1.4\n")
    assert not opener.show_in_folder(outside, attachments_dir=attachments)
    assert not opener.show_in_folder(attachments / "missing.pdf", attachments_dir=attachments)
    assert opened == []


def test_explorer_selects_the_file_with_its_own_quoting():
    path = Path("C:/Users/Ayumi Sato/Accord #1/attachments/ab/ab12.pdf")
    assert opener.explorer_arguments(path) == f'/select,"{path}"'
    with pytest.raises(ValueError, match="not a Windows path"):
        opener.explorer_arguments(Path('C:/bad"name.pdf'))
