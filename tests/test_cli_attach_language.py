"""``accord attach --language``: a code that is not ISO 639-1 is bad usage (exit 2)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from desktop.cli.main import main

if TYPE_CHECKING:
    from pathlib import Path


@pytest.mark.parametrize("code", ["zz", "日本語", "ja-Latn-JP", "jpn", "j"])
def test_a_bad_document_language_exits_2_before_the_library_is_opened(
    capsysbinary, library_dir: Path, samples: Path, code: str
) -> None:
    pdf = samples / "minimal-document.pdf"
    status = main(["--library", str(library_dir), "attach", "1", str(pdf), "--language", code])
    out, err = capsysbinary.readouterr()
    assert (status, out) == (2, b"")
    text = err.decode("utf-8")
    assert text.count("\n") == 1
    assert "Traceback" not in text
    assert f"“{code}” is not a language code" in text
    assert "ISO 639-1" in text
    assert not library_dir.exists()  # refused while parsing: nothing was opened or attached


def test_a_language_code_is_taken_in_any_case(
    capsysbinary, library_dir: Path, samples: Path
) -> None:
    pdf = samples / "minimal-document.pdf"
    status = main(["--library", str(library_dir), "attach", "1", str(pdf), "--language", "KO"])
    out, _ = capsysbinary.readouterr()
    assert status == 0, out
