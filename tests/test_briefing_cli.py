"""``accord briefing PARTNER [-o FILE.pdf]`` on a Japanese Windows console (cp932), and the
file name it chooses."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.briefing.content import file_name
from tests.test_briefing import flat, pdf_text

if TYPE_CHECKING:
    from db.library import Library

ROOT = Path(__file__).resolve().parents[1]


def test_file_names_are_safe_on_windows() -> None:
    assert file_name("Paris") == "Paris-briefing.pdf"
    assert file_name("パリ市") == "パリ市-briefing.pdf"
    assert file_name('São Paulo (state): "A/B"?') == "São Paulo (state)- -A-B-briefing.pdf"
    assert file_name("CON") == "_CON-briefing.pdf"
    assert file_name("...") == "partner-briefing.pdf"


def accord(library_dir: Path, cwd: Path, *argv: str) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "PYTHONIOENCODING": "cp932", "PYTHONPATH": str(ROOT)}
    env.pop("QT_QPA_PLATFORM", None)  # the command chooses offscreen itself without a display
    env.pop("DISPLAY", None)
    env.pop("WAYLAND_DISPLAY", None)
    return subprocess.run(
        [sys.executable, "-m", "desktop", "--library", str(library_dir), *argv],
        capture_output=True, env=env, cwd=cwd, timeout=120,
    )  # fmt: skip


def test_accord_briefing_on_a_cp932_console(
    library: Library, library_dir: Path, tmp_path: Path
) -> None:
    library.close()
    work = tmp_path / "work"
    work.mkdir()
    result = accord(library_dir, work, "briefing", "seoul")
    assert result.returncode == 0, result.stderr
    text, pages = pdf_text(work / "Seoul-briefing.pdf")
    unit = "page" if pages == 1 else "pages"
    assert result.stdout.decode("cp932") == (
        f"Wrote the briefing sheet of Seoul to Seoul-briefing.pdf ({pages} {unit}).{os.linesep}"
    )
    assert "서울특별시" in text
    assert "ソウル特別市" in text

    result = accord(library_dir, work, "--language", "ja", "briefing", "ソウル", "-o", "s.pdf")
    assert result.returncode == 0, result.stderr
    text, pages = pdf_text(work / "s.pdf")
    wrote = f"ソウル特別市のブリーフィングシートを s.pdf に書き出しました（{pages}ページ）。"
    assert result.stdout.decode("cp932") == wrote + os.linesep
    assert "提携日" in flat(text)

    result = accord(library_dir, work, "briefing", "new")
    assert result.returncode == 1
    assert result.stderr.decode("cp932").strip() == (
        "accord: “new” could be New South Wales or New York City: type more of the name."
    )
    result = accord(library_dir, work, "briefing", "paris", "-o", str(tmp_path / "no" / "p.pdf"))
    assert result.returncode == 1
    err = result.stderr.decode("cp932").strip()
    assert err.startswith("accord: The briefing sheet cannot be written to ")
    assert "\n" not in err
    result = accord(library_dir, work, "briefing", "paris", "-o", "p.txt")
    assert result.returncode == 2
    assert sorted(p.name for p in work.iterdir()) == ["Seoul-briefing.pdf", "s.pdf"]


def test_offscreen_only_where_there_is_no_display(monkeypatch) -> None:  # noqa: ANN001
    from desktop.cli.commands import briefing

    monkeypatch.setattr(sys, "platform", "linux")
    headless: dict[str, str] = {}
    assert briefing.use_offscreen_if_headless(headless)
    assert headless == {"QT_QPA_PLATFORM": "offscreen"}
    for env in ({"DISPLAY": ":0"}, {"WAYLAND_DISPLAY": "wayland-0"}, {"QT_QPA_PLATFORM": "vnc"}):
        kept = dict(env)
        assert not briefing.use_offscreen_if_headless(kept)
        assert kept == env
    for platform in ("win32", "darwin"):
        monkeypatch.setattr(sys, "platform", platform)
        native: dict[str, str] = {}
        assert not briefing.use_offscreen_if_headless(native)
        assert native == {}
