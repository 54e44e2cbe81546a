"""Opening stored documents: only PDFs inside the attachments, always as a local-file URL."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from desktop import opener


@pytest.fixture
def attachments(tmp_path) -> Path:
    folder = tmp_path / "lib #1" / "attachments"
    (folder / "ab").mkdir(parents=True)
    return folder


@pytest.fixture
def opened(monkeypatch) -> list[QUrl]:
    urls: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: urls.append(QUrl(url)) or True)
    return urls


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


def test_a_frozen_bundle_gives_the_viewer_the_users_environment(monkeypatch, attachments):
    pdf = attachments / "ab" / "x.pdf"
    pdf.write_bytes(b"%PDF-1.4\n")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setenv("LD_LIBRARY_PATH", "/bundle")
    monkeypatch.setenv("LD_LIBRARY_PATH_ORIG", "/usr/lib")
    monkeypatch.setenv("QT_PLUGIN_PATH", "/bundle/plugins")
    seen: dict = {}

    def open_url(url: QUrl) -> bool:
        seen["ld"] = os.environ.get("LD_LIBRARY_PATH")
        seen["plugins"] = os.environ.get("QT_PLUGIN_PATH")
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    assert opener.open_document(pdf, attachments_dir=attachments)
    assert seen == {"ld": "/usr/lib", "plugins": None}
    assert os.environ["LD_LIBRARY_PATH"] == "/bundle"
    assert os.environ["QT_PLUGIN_PATH"] == "/bundle/plugins"
