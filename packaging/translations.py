"""Bring Accord's translation catalogues up to date: lupdate into ``.ts``, lrelease into ``.qm``.

``python packaging/translations.py`` extracts every marked text of ``db/``
and ``desktop/`` (docs/translations.md says which call forms are marked)
into each ``resources/translations/accord_<code>.ts``, then compiles each
into the ``accord_<code>.qm`` that the window and :mod:`db.i18n.translate` read. The
``.qm`` files are committed, so a plain ``pip install -e .`` and the release
build carry them; tests/test_i18n_catalogue.py checks they match.

``--check`` writes nothing: it runs the same steps in a temporary folder and
exits 1, naming the files, when a committed ``.ts`` or ``.qm`` differs from
what the tools make of the tree.

The English catalogue holds only the plural messages (``-pluralonly``):
English is the source language, so only ``%n`` texts need forms
("1 record" / "%n records"). Locations are not written (``-locations
none``): a moved line would otherwise change the catalogue, and engineers
editing code in parallel would collide in it.

Exit codes: 0 done (or up to date), 1 a tool failed or ``--check`` found a
difference, 2 bad usage.
"""

from __future__ import annotations

import argparse
import filecmp
import shutil
import subprocess
import sys
import tempfile
from importlib.util import find_spec
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Sequence

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
#: Folders whose Python files are scanned, relative to the repository.
SOURCES = ("db", "desktop")
SOURCE_LANGUAGE = "en"
#: Qt Linguist's language of each catalogue, by Accord's language code.
QT_LANGUAGES = {"en": "en_US", "ja": "ja_JP"}


def qt_tool(name: str) -> Path:
    """Return the path of ``lupdate`` or ``lrelease`` from the PySide6 wheel.

    The wheel puts them beside its package (``pyside6-lupdate`` only
    wraps them). Raises :class:`FileNotFoundError` when PySide6 has none.
    """
    spec = find_spec("PySide6")
    if spec is None or spec.origin is None:
        raise FileNotFoundError("PySide6 is not installed in this Python.")
    tool = Path(spec.origin).parent / (f"{name}.exe" if sys.platform == "win32" else name)
    if not tool.is_file():
        raise FileNotFoundError(f"PySide6 has no {name} at {tool}.")
    return tool


def catalogue_codes(folder: Path = TRANSLATIONS) -> list[str]:
    """Return the language codes of the ``accord_<code>.ts`` files in ``folder``."""
    return sorted(path.stem.removeprefix("accord_") for path in folder.glob("accord_*.ts"))


def update(folder: Path, codes: Sequence[str], root: Path = ROOT) -> None:
    """Run lupdate over :data:`SOURCES` of ``root`` into ``folder/accord_<code>.ts``.

    A missing ``.ts`` is created. Raises :class:`subprocess.CalledProcessError`
    when lupdate fails.
    """
    for code in codes:
        command = [
            str(qt_tool("lupdate")),
            "-silent",
            "-extensions",
            "py",
            "-no-obsolete",
            "-locations",
            "none",
            "-source-language",
            QT_LANGUAGES.get(SOURCE_LANGUAGE, SOURCE_LANGUAGE),
            "-target-language",
            QT_LANGUAGES.get(code, code),
            *(["-pluralonly"] if code == SOURCE_LANGUAGE else []),
            *SOURCES,
            "-ts",
            str(folder / f"accord_{code}.ts"),
        ]
        subprocess.run(command, cwd=root, check=True, capture_output=True, text=True)


def release(folder: Path, codes: Sequence[str]) -> None:
    """Compile each ``folder/accord_<code>.ts`` into ``accord_<code>.qm`` with lrelease.

    Raises :class:`subprocess.CalledProcessError` when lrelease fails.
    """
    for code in codes:
        ts = folder / f"accord_{code}.ts"
        command = [str(qt_tool("lrelease")), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))]
        subprocess.run(command, check=True, capture_output=True, text=True)


def differences(folder: Path = TRANSLATIONS, root: Path = ROOT) -> list[str]:
    """Return the names of the catalogue files that lupdate and lrelease would change."""
    codes = catalogue_codes(folder)
    with tempfile.TemporaryDirectory() as temporary:
        scratch = Path(temporary)
        for code in codes:
            shutil.copy2(folder / f"accord_{code}.ts", scratch)
        update(scratch, codes, root)
        release(scratch, codes)
        changed = []
        for code in codes:
            for suffix in (".ts", ".qm"):
                name = f"accord_{code}{suffix}"
                if not (folder / name).is_file() or not filecmp.cmp(
                    folder / name, scratch / name, shallow=False
                ):
                    changed.append(name)
        return changed


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="translations.py", description="Update the .ts catalogues and compile the .qm files."
    )
    parser.add_argument("--check", action="store_true", help="write nothing; exit 1 if stale")
    parser.add_argument(
        "--add", metavar="CODE", help="start the catalogue of a new language (e.g. ko)"
    )
    args = parser.parse_args(argv)
    codes = catalogue_codes()
    try:
        if args.check:
            changed = differences()
            if changed:
                print(
                    f"Out of date: {', '.join(changed)}; run “python packaging/translations.py”.",
                    file=sys.stderr,
                )
                return 1
            return 0
        if args.add:
            codes = sorted({*codes, args.add})
        update(TRANSLATIONS, codes)
        release(TRANSLATIONS, codes)
    except (OSError, subprocess.CalledProcessError) as error:
        detail = getattr(error, "stderr", "") or str(error)
        print(f"The translation tools failed: {detail.strip()}", file=sys.stderr)
        return 1
    print(f"Updated {', '.join(f'accord_{code}.ts/.qm' for code in codes)}.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
