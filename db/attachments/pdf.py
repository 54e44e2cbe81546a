"""Reading a PDF's page count, title, encryption and page texts, safely.

pypdfium2 (PDFium, the engine of Chrome's viewer) reads the file; it
extracts CJK and Arabic text correctly where pure-Python readers do not.
PDFium is C++: a hostile or damaged file (a cross-reference table that
loops, a 300 MB scan) could hang or exhaust memory. So the file is read in
a child process, with a time limit and, on POSIX, an address-space limit;
the caller's thread only waits on a pipe, and a child that runs over is
killed. Nothing here touches the library.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from db.errors import DocumentError
from db.i18n.translate import QT_TRANSLATE_NOOP, fill, translate

if TYPE_CHECKING:
    from collections.abc import Callable

# Seconds a PDF may take to be read before it is given up as damaged.
READ_TIMEOUT = 60.0
# Address space the reading process may use, in bytes (POSIX only).
MEMORY_LIMIT = 2 * 1024**3
# Environment variable by which :func:`read_pdf` gives the child its memory limit.
MEMORY_LIMIT_ENV = "ACCORD_PDF_MEMORY_LIMIT"
# Pages of text kept per document; a scan of thousands of pages keeps its count.
MAX_PAGES_WITH_TEXT = 5000


@dataclass(frozen=True)
class PdfInfo:
    """What a PDF says about itself.

    ``page_count`` is ``None`` for an encrypted file read without its
    password; ``texts`` holds one string per page (empty for scans without
    a text layer), at most :data:`MAX_PAGES_WITH_TEXT`.
    """

    page_count: int | None
    title: str = ""
    encrypted: bool = False
    texts: list[str] = field(default_factory=list)


# Argument with which a frozen build's executable runs :func:`worker_main`
# (``desktop.cli.main.main`` dispatches it before anything else).
WORKER_FLAG = "--accord-pdf-worker"


def worker_command(path: str) -> list[str]:
    """Return the command line of a child process that reads ``path``.

    From source or a wheel: this Python with ``-c``. In a frozen build
    (PyInstaller) ``sys.executable`` is Accord itself, which runs the
    worker when given :data:`WORKER_FLAG`; on Windows its console twin
    ``accord-cli.exe`` (packaging/accord.spec), because a windowed ``.exe``
    has no standard output to answer on.
    """
    if getattr(sys, "frozen", False):
        executable = Path(sys.executable)
        console = executable.with_name("accord-cli.exe")
        if sys.platform == "win32" and console.is_file():
            executable = console
        return [str(executable), WORKER_FLAG, path]
    # -P: the working folder is not put on the import path, so a json.py or
    # db/ lying in the user's current folder is never run (Python 3.11+).
    package_root = str(Path(__file__).resolve().parents[2])
    code = (
        "import sys; sys.path.insert(0, sys.argv[1]); "
        "import db.attachments.pdf; db.attachments.pdf.worker_main(sys.argv[2])"
    )
    return [sys.executable, "-P", "-c", code, package_root, path]


def worker_main(path: str) -> None:
    """Run in the child process: read ``path``, print one JSON object on stdout.

    ``{"page_count", "title", "texts"}``, or ``{"encrypted": true}``, or
    ``{"error": kind}`` with a kind of :data:`REFUSALS`.
    """
    try:
        import resource

        limit = int(os.environ.get(MEMORY_LIMIT_ENV) or MEMORY_LIMIT)
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    except (ImportError, ValueError, OSError):
        pass  # Windows has no RLIMIT_AS; the time limit still holds
    try:
        result = _read(path)
    except MemoryError:
        result = {"error": "memory"}
    except OSError:  # pypdfium2 raises FileNotFoundError itself, before PDFium
        result = {"error": "file"}
    except Exception:  # noqa: BLE001 - any other failure: PDFium could not read it
        result = {"error": "format"}
    sys.stdout.buffer.write(json.dumps(result).encode("utf-8"))
    sys.stdout.flush()


# PDFium's load errors (``FPDF_ERR_*`` of ``fpdfview.h``) as kinds of :data:`REFUSALS`;
# UNKNOWN (1) and any other code count as "format".
_LOAD_ERRORS = {2: "file", 3: "format", 4: "password", 5: "security", 6: "page"}


def _read(path: str) -> dict[str, Any]:
    import pypdfium2 as pdfium

    try:
        document = pdfium.PdfDocument(path)
    except pdfium.PdfiumError as exc:
        kind = _LOAD_ERRORS.get(exc.err_code or 0, "format")
        return {"encrypted": True} if kind == "password" else {"error": kind}
    try:
        count = len(document)
        title = (document.get_metadata_dict().get("Title") or "").strip()
        texts = []
        for index in range(min(count, MAX_PAGES_WITH_TEXT)):
            try:
                page = document[index]
                textpage = page.get_textpage()
            except pdfium.PdfiumError:  # "Failed to load page." (no error code)
                return {"error": "page"}
            texts.append(textpage.get_text_range().replace("\r\n", "\n"))
            textpage.close()
            page.close()
    finally:
        document.close()
    return {"page_count": count, "title": title, "texts": texts}


#: Why PDFium could not read a file, one sentence per kind of failure ({name}: the file's);
#: catalogue texts (context "documents"), translated by :func:`pdf_refusal`.
REFUSALS = {
    "format": QT_TRANSLATE_NOOP(
        "documents",
        "The file {name} is damaged or is not a PDF that Accord can read; you can try repairing "
        "it, for example by opening it and printing it to PDF again.",
    ),
    "file": QT_TRANSLATE_NOOP(
        "documents",
        "The file {name} cannot be opened: it was moved or deleted, or Accord is not allowed to "
        "read it.",
    ),
    "security": QT_TRANSLATE_NOOP(
        "documents",
        "The file {name} is protected by a kind of encryption that Accord cannot read; save a "
        "copy without the protection, or print it to PDF again.",
    ),
    "page": QT_TRANSLATE_NOOP(
        "documents",
        "A page of the file {name} is damaged, so Accord cannot read it; you can try repairing "
        "it, for example by opening it and printing it to PDF again.",
    ),
    "memory": QT_TRANSLATE_NOOP(
        "documents",
        "The file {name} needs more memory than Accord allows for one PDF; you can try making "
        "it smaller, for example by printing it to PDF again.",
    ),
    "stopped": QT_TRANSLATE_NOOP(
        "documents",
        "The PDF reader stopped while reading {name}: the file is damaged, or too large or "
        "complex for the memory Accord allows for one PDF; you can try repairing it, for "
        "example by opening it and printing it to PDF again.",
    ),
}


def pdf_refusal(kind: str, name: str) -> str:
    """Return the sentence of :data:`REFUSALS` for ``kind`` (unknown kinds: "format")."""
    return fill(translate("documents", REFUSALS.get(kind, REFUSALS["format"])), name=name)


def read_pdf(
    path: str | os.PathLike[str],
    *,
    timeout: float = READ_TIMEOUT,
    cancelled: Callable[[], bool] | None = None,
    memory_limit: int = MEMORY_LIMIT,
) -> PdfInfo:
    """Read the PDF at ``path`` in a child process and return what it says.

    An encrypted file is not an error: it comes back with ``encrypted`` set.
    Raises :class:`DocumentError` (one sentence of :data:`REFUSALS`) when
    PDFium cannot read the file (damaged, not a PDF, missing, an unsupported
    encryption, a damaged page), when the child runs out of ``memory_limit``
    bytes of address space (POSIX), when it takes longer than ``timeout``
    seconds, or when ``cancelled()`` turns true (polled every 0.1 s); the
    child is then killed.
    """
    name = Path(path).name
    process = subprocess.Popen(
        worker_command(os.fspath(path)),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env={**os.environ, MEMORY_LIMIT_ENV: str(memory_limit)},
        creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),
    )
    deadline = time.monotonic() + timeout
    try:
        while True:
            if cancelled is not None and cancelled():
                raise DocumentError(
                    fill(translate("documents", "Reading {name} was cancelled."), name=name)
                )
            if time.monotonic() >= deadline:
                raise DocumentError(
                    fill(
                        translate(
                            "documents",
                            "The file {name} could not be read within {timeout} seconds, so it "
                            "is probably damaged.",
                        ),
                        name=name,
                        timeout=format(timeout, ".0f"),
                    )
                )
            try:
                output, _ = process.communicate(timeout=0.1)
                break
            except subprocess.TimeoutExpired:
                continue
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    try:
        result = json.loads(output)
    except ValueError:
        result = None
    if not isinstance(result, dict):  # it died: out of memory in PDFium's C++, or a crash
        raise DocumentError(pdf_refusal("stopped", name))
    if "error" in result:
        raise DocumentError(pdf_refusal(str(result["error"]), name))
    if result.get("encrypted"):
        return PdfInfo(page_count=None, encrypted=True)
    return PdfInfo(page_count=result["page_count"], title=result["title"], texts=result["texts"])
