"""The release build: ``packaging/build.py`` makes a one-folder app that runs.

Built once for this module with PyInstaller (about two minutes on two
cores), from a working folder that is not the repository; then the frozen
``accord`` runs from a folder with a Japanese name on fresh libraries:
the window offscreen and under Xvfb, ``export``, ``attach`` (the frozen
PDF reader), ``check`` and every other command. Linux only: PyInstaller
builds for the platform it runs on.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import shutil
import struct
import subprocess
import sys
import time
from importlib.util import find_spec
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from collections.abc import Sequence

pytestmark = [
    pytest.mark.build,
    pytest.mark.skipif(sys.platform != "linux", reason="the build test builds the Linux app"),
    pytest.mark.skipif(
        find_spec("PyInstaller") is None, reason="PyInstaller is not installed (test extra)"
    ),
]

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = Path(__file__).with_name("samples")
#: Seconds one run of the frozen app may take before the test gives up on it.
RUN_TIMEOUT = 120
#: Qt libraries that must never be in the build (WebEngine alone is ~200 MB).
FORBIDDEN = re.compile(r"(WebEngine|Quick|Qml)", re.IGNORECASE)
LIBRARY_SUFFIX = re.compile(r"\.(so(\.\d+)*|dll|dylib)$")


class Build:
    """The app built for this module: its folder, executable and what build.py printed."""

    def __init__(self, app: Path, executable: Path, output: str) -> None:
        self.app = app
        self.executable = executable
        self.output = output


@pytest.fixture(scope="module")
def build(tmp_path_factory: pytest.TempPathFactory) -> Build:
    """Build the release once, with build.py run from a folder outside the repository."""
    base = tmp_path_factory.mktemp("release")
    elsewhere = base / "elsewhere"
    elsewhere.mkdir()
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "packaging" / "build.py"),
            "--dist",
            str(base / "dist"),
            "--work",
            str(base / "work"),
        ],
        cwd=elsewhere,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=15 * 60,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert list(elsewhere.iterdir()) == [], "the build wrote into the working folder"
    app = base / "dist" / "Accord"
    return Build(app, app / "accord", result.stdout)


@pytest.fixture
def workdir(tmp_path: Path) -> Path:
    """A working folder with a Japanese name and a space, as an office user may have."""
    folder = tmp_path / "協定 作業"
    folder.mkdir()
    return folder


def run(
    build: Build,
    *args: str,
    cwd: Path,
    env: dict[str, str] | None = None,
    wrapper: Sequence[str] = (),
) -> subprocess.CompletedProcess[str]:
    """Run the frozen ``accord`` with ``args`` in ``cwd``; its output as text."""
    return subprocess.run(
        [*wrapper, str(build.executable), *args],
        cwd=cwd,
        env=os.environ.copy() if env is None else env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=RUN_TIMEOUT,
        check=False,
    )


def png_size(path: Path) -> tuple[int, int]:
    """Width and height from a PNG file's IHDR chunk; fails if it is not a PNG."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path.name} is not a PNG"
    assert data[12:16] == b"IHDR"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def bundle_listing(app: Path) -> dict[str, float]:
    """Every file in the bundle with its modification time."""
    return {
        str(path.relative_to(app)): path.lstat().st_mtime
        for path in app.rglob("*")
        if path.is_file() or path.is_symlink()
    }


# --- the build -------------------------------------------------------------------


def test_build_prints_where_the_app_is_and_its_size(
    build: Build, capsys: pytest.CaptureFixture[str]
) -> None:
    match = re.search(r"Built (.+) in \d+ s: ([\d.]+) MB in (\d+) files; run (.+)\.", build.output)
    assert match, build.output
    assert Path(match.group(1)) == build.app
    assert Path(match.group(4)) == build.executable
    assert build.executable.is_file()
    assert os.access(build.executable, os.X_OK)
    megabytes = sum(
        f.stat().st_size for f in build.app.rglob("*") if f.is_file() and not f.is_symlink()
    )
    assert float(match.group(2)) == pytest.approx(megabytes / 1e6, abs=0.1)
    with capsys.disabled():
        print(f"\nrelease build: {match.group(2)} MB in {match.group(3)} files")


def test_no_webengine_quick_or_qml_library_is_inside(build: Build) -> None:
    libraries = [p.name for p in build.app.rglob("*") if LIBRARY_SUFFIX.search(p.name)]
    assert any(name.startswith("libQt6Pdf") for name in libraries)  # the check sees Qt
    assert [name for name in libraries if FORBIDDEN.search(name)] == []


def test_only_the_qt_plugins_and_translations_accord_uses(build: Build) -> None:
    qt = build.app / "_internal" / "PySide6" / "Qt"
    plugins = {p.parent.name + "/" + p.name for p in (qt / "plugins").rglob("*.so")}
    assert {"platforms/libqxcb.so", "platforms/libqoffscreen.so"} <= plugins
    assert {"imageformats/libqsvg.so", "iconengines/libqsvgicon.so"} <= plugins
    assert "platforminputcontexts/libibusplatforminputcontextplugin.so" in plugins  # Japanese IME
    assert not [p for p in plugins if p.split("/")[0] in ("tls", "egldeviceintegrations")]
    assert "platformthemes/libqgtk3.so" not in plugins
    assert not (qt / "translations").exists()
    # no dead links left by dropped libraries
    assert [p for p in build.app.rglob("*") if p.is_symlink() and not p.exists()] == []


def test_resources_data_and_migrations_are_collected(build: Build) -> None:
    internal = build.app / "_internal"
    for name in (
        "resources/accord.svg",
        "resources/icons/locked.svg",
        "resources/icons/app/accord-256.png",
        "db/data/builtin_library.json",
        "db/data/iso639_1.json",
        "db/data/eras.json",
        "resources/translations/accord_ja.qm",
        "resources/translations/accord_en.qm",
        "resources/translations/qt/qtbase_ja.qm",  # Qt's dialogs and buttons in Japanese
        "db/migrations/env.py",
        "db/migrations/script.py.mako",
        "db/migrations/versions/0001_initial.py",
    ):
        assert (internal / name).is_file(), name
    assert list(internal.glob("accord-*.dist-info/METADATA"))
    assert not (internal / "resources" / "screenshots").exists()
    assert not list((internal / "resources" / "translations").glob("*.ts"))  # sources stay out


# --- the frozen app on a fresh library -------------------------------------------


def test_screenshot_offscreen_from_a_japanese_folder(
    build: Build, workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    started = time.perf_counter()
    result = run(build, "--library", "lib", "--screenshot", "shot.png", cwd=workdir, env=env)
    elapsed = time.perf_counter() - started
    assert result.returncode == 0, result.stderr
    assert png_size(workdir / "shot.png") == (1280, 800)
    assert (workdir / "shot.png").stat().st_size > 30_000  # a drawn window, not a blank
    assert (workdir / "lib" / "accord.sqlite3").is_file()
    with capsys.disabled():  # measured, not asserted
        print(f"\nfrozen start-up to a saved screenshot (offscreen): {elapsed:.2f} s")


def test_the_frozen_window_and_command_line_speak_japanese(build: Build, workdir: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    kana = re.compile(r"[\u3040-\u30ff]")
    shots = {}
    for code in ("en", "ja"):
        args = ["--library", "lib", "--language", code, "--screenshot", f"shot-{code}.png"]
        result = run(build, *args, cwd=workdir, env=env)
        assert result.returncode == 0, result.stderr
        shots[code] = (workdir / f"shot-{code}.png").read_bytes()
        # The saved-screenshot sentence, from the bundled catalogue.
        assert (kana.search(result.stderr) is not None) == (code == "ja"), result.stderr
    assert png_size(workdir / "shot-ja.png") == (1280, 800)
    assert shots["ja"] != shots["en"]  # the window itself was drawn in the other language
    usage = run(build, "--language", "ja", "--help", cwd=workdir)
    assert usage.returncode == 0
    assert usage.stdout.startswith("使い方"), usage.stdout  # argparse's words too


def test_export_attach_check_and_the_pdf_worker(build: Build, workdir: Path) -> None:
    before = bundle_listing(build.app)
    export = run(build, "--library", "lib", "export", "-o", "agreements.csv", cwd=workdir)
    assert export.returncode == 0, export.stderr
    rows = list(csv.DictReader(io.StringIO((workdir / "agreements.csv").read_text("utf-8-sig"))))
    assert len(rows) == 21
    assert {"ID", "Partner", "Agreement", "Date signed"} <= set(rows[0])

    attach = run(
        build, "--library", "lib", "attach", "1", str(SAMPLES / "pdflatex-4-pages.pdf"), cwd=workdir
    )
    assert attach.returncode == 0, attach.stderr
    assert "4 pages" in attach.stdout  # read by the frozen app running itself as the worker

    check = run(build, "--library", "lib", "check", cwd=workdir)
    assert check.returncode == 0, check.stdout + check.stderr
    assert "in order" in check.stdout

    worker = run(build, "--accord-pdf-worker", str(SAMPLES / "jo.pdf"), cwd=workdir)
    assert worker.returncode == 0
    assert json.loads(worker.stdout)["page_count"] >= 1
    assert bundle_listing(build.app) == before, "the app wrote inside itself"


def test_every_other_command_runs_frozen(build: Build, workdir: Path) -> None:
    def accord(*args: str) -> subprocess.CompletedProcess[str]:
        result = run(build, "--library", "lib", *args, cwd=workdir)
        assert result.returncode == 0, (args, result.stderr)
        assert "Traceback" not in result.stderr
        return result

    assert "export" in accord("--help").stdout
    accord("export", "--partners", "-o", "partners.csv")
    # cp932, the codec Japanese Excel reads, is in the bundle: 北京市 is written, é refused
    accord("export", "-o", "beijing.csv", "--encoding", "cp932", "--partner", "Beijing")
    assert "北京市".encode("cp932") in (workdir / "beijing.csv").read_bytes()
    refused = run(build, "--library", "lib", "export", "--encoding", "cp932", cwd=workdir)
    assert refused.returncode == 1
    assert "Shift_JIS" in refused.stderr
    dry = accord("import", "beijing.csv", "--dry-run")
    assert "1 unchanged" in dry.stdout
    accord("attach", "2", str(SAMPLES / "jo.pdf"), "--language", "ja", "--role", "translation")
    assert "document added" in accord("history", "2").stdout
    backup = accord("backup", "copy.zip")
    assert (workdir / "copy.zip").is_file(), backup.stdout
    accord("restore", "copy.zip")
    accord("check", "--verbose")
    bad = run(build, "--library", "lib", "attach", "1", "nothing.pdf", cwd=workdir)
    assert bad.returncode == 1
    assert bad.stderr.count("\n") == 1
    assert "Traceback" not in bad.stderr


def test_default_library_is_in_the_user_data_folder(
    build: Build, workdir: Path, tmp_path: Path
) -> None:
    env = {k: v for k, v in os.environ.items() if k != "ACCORD_LIBRARY"}
    env["XDG_DATA_HOME"] = str(tmp_path / "xdg-data")
    result = run(build, "check", cwd=workdir, env=env)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "xdg-data" / "Accord" / "library" / "accord.sqlite3").is_file()
    assert not list(build.app.rglob("*.sqlite3"))


def test_the_bundle_library_path_is_what_the_opener_removes(
    build: Build, workdir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The bootloader's LD_LIBRARY_PATH, read off the running window, is undone by the opener."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LD_LIBRARY_PATH": "/opt/office/lib"}
    process = subprocess.Popen(
        [str(build.executable), "--library", "lib"],
        cwd=workdir,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        environ: dict[str, str] = {}
        deadline = time.monotonic() + RUN_TIMEOUT
        while "LD_LIBRARY_PATH_ORIG" not in environ and time.monotonic() < deadline:
            assert process.poll() is None, "the window exited"
            raw = Path(f"/proc/{process.pid}/environ").read_bytes()
            environ = dict(item.split("=", 1) for item in raw.decode().split("\0") if "=" in item)
            time.sleep(0.05)
    finally:
        process.terminate()
        process.wait(timeout=RUN_TIMEOUT)
    internal = str(build.app / "_internal")
    assert environ["LD_LIBRARY_PATH"].split(":")[0] == internal
    assert environ["LD_LIBRARY_PATH_ORIG"] == "/opt/office/lib"

    from desktop.support.opener import sanitized_environment

    monkeypatch.setattr(sys, "frozen", True, raising=False)
    for name in ("LD_LIBRARY_PATH", "LD_LIBRARY_PATH_ORIG"):
        monkeypatch.setenv(name, environ[name])
    with sanitized_environment():
        assert os.environ["LD_LIBRARY_PATH"] == "/opt/office/lib"
    assert os.environ["LD_LIBRARY_PATH"] == environ["LD_LIBRARY_PATH"]


# --- under a virtual X display -------------------------------------------------


@pytest.fixture
def xvfb_run() -> str:
    path = shutil.which("xvfb-run")
    if path is None:
        pytest.skip("xvfb-run is not installed (.ci/run installs xvfb); offscreen runs still ran")
    return path


def test_screenshot_under_xvfb_with_the_xcb_platform(
    build: Build, workdir: Path, xvfb_run: str
) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb"}  # fail if the bundled xcb plugin cannot load
    result = run(
        build,
        "--library",
        "lib",
        "--screenshot",
        "x.png",
        cwd=workdir,
        env=env,
        wrapper=(xvfb_run, "-a"),
    )
    assert result.returncode == 0, result.stderr
    assert png_size(workdir / "x.png") == (1280, 800)


def test_the_window_opens_under_xvfb(build: Build, workdir: Path, xvfb_run: str) -> None:
    if shutil.which("xwininfo") is None:
        pytest.skip("xwininfo is not installed (.ci/run installs x11-utils)")
    script = """
"$ACCORD" --library lib &
pid=$!
for _ in $(seq 1 600); do
  if xwininfo -root -tree | grep -q '"Accord": ("accord" "Accord")'; then
    echo shown; break
  fi
  kill -0 $pid 2>/dev/null || { echo exited; break; }
  sleep 0.1
done
kill $pid 2>/dev/null
wait $pid 2>/dev/null
true
"""
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    env["ACCORD"] = str(build.executable)
    result = subprocess.run(
        [xvfb_run, "-a", "bash", "-c", script],
        cwd=workdir,
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=RUN_TIMEOUT,
        check=False,
    )
    assert result.stdout.split() == ["shown"], result.stdout + result.stderr
