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

import multiprocessing
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from pathlib import Path

from db.errors import DocumentError

#: Seconds a PDF may take to be read before it is given up as damaged.
READ_TIMEOUT = 60.0
#: Address space the reading process may use, in bytes (POSIX only).
MEMORY_LIMIT = 2 * 1024**3
#: Pages of text kept per document; a scan of thousands of pages keeps its count.
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


def _child(path: str, conn: Connection, memory_limit: int) -> None:
    """Run in the child process: read ``path`` and send a dict (or an error) back."""
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (memory_limit, memory_limit))
    except (ImportError, ValueError, OSError):
        pass  # Windows has no RLIMIT_AS; the time limit still holds
    try:
        import pypdfium2 as pdfium

        try:
            document = pdfium.PdfDocument(path)
        except pdfium.PdfiumError as exc:
            if "password" in str(exc).lower():
                conn.send({"encrypted": True})
            else:
                conn.send({"error": str(exc)})
            return
        count = len(document)
        title = (document.get_metadata_dict().get("Title") or "").strip()
        texts = []
        for index in range(min(count, MAX_PAGES_WITH_TEXT)):
            page = document[index]
            textpage = page.get_textpage()
            texts.append(textpage.get_text_range().replace("\r\n", "\n"))
            textpage.close()
            page.close()
        document.close()
        conn.send({"page_count": count, "title": title, "texts": texts})
    except MemoryError:
        conn.send({"error": "it needs more memory than Accord allows for one file"})
    except Exception as exc:  # noqa: BLE001 - any failure is reported to the parent as text
        conn.send({"error": f"{type(exc).__name__}: {exc}"})
    finally:
        conn.close()


def read_pdf(
    path: str | os.PathLike[str],
    *,
    timeout: float = READ_TIMEOUT,
    cancelled: Callable[[], bool] | None = None,
) -> PdfInfo:
    """Read the PDF at ``path`` in a child process and return what it says.

    An encrypted file is not an error: it comes back with ``encrypted`` set.
    Raises :class:`DocumentError` when PDFium cannot read the file (damaged,
    not a PDF), when it takes longer than ``timeout`` seconds, runs out of
    its memory allowance, or when ``cancelled()`` turns true (polled every
    0.1 s); the child is then killed.
    """
    name = Path(path).name
    context = multiprocessing.get_context("spawn")
    receiver, sender = context.Pipe(duplex=False)
    process = context.Process(
        target=_child, args=(os.fspath(path), sender, MEMORY_LIMIT), daemon=True
    )
    process.start()
    sender.close()
    waited = 0.0
    try:
        while not receiver.poll(0.1):
            waited += 0.1
            if cancelled is not None and cancelled():
                raise DocumentError(f"Reading {name} was cancelled.")
            if waited >= timeout:
                raise DocumentError(
                    f"The file {name} could not be read within {timeout:.0f} seconds, "
                    "so it is probably damaged."
                )
            if not process.is_alive() and not receiver.poll(0):
                raise DocumentError(f"The file {name} made the PDF reader fail, so it is damaged.")
        try:
            result = receiver.recv()
        except EOFError as exc:
            raise DocumentError(
                f"The file {name} made the PDF reader fail, so it is damaged."
            ) from exc
    finally:
        receiver.close()
        if process.is_alive():
            process.kill()
        process.join(5)
    if "error" in result:
        raise DocumentError(f"The file {name} is damaged: {_plain(result['error'])}.")
    if result.get("encrypted"):
        return PdfInfo(page_count=None, encrypted=True)
    return PdfInfo(page_count=result["page_count"], title=result["title"], texts=result["texts"])


def _plain(error: str) -> str:
    """Return PDFium's error without its wrapping ("Failed to load document (PDFium: X).")."""
    text = error.strip().rstrip(".")
    if "(PDFium:" in text:
        text = text.split("(PDFium:", 1)[1].rstrip(")").strip()
    return text[:1].lower() + text[1:] if text else "PDFium cannot read it"
