"""The command line's standard streams: no command fails because of its own output.

A command's work (an attach, an import, a restore) and its exit code must
not depend on where its report goes. :func:`report_streams` sets this up
once, in :func:`desktop.cli.main.main`, before anything (``--help`` included) is
printed:

- What the stream's encoding cannot carry is written as ``\\uXXXX``
  (:func:`escape_unencodable`), never raised as ``UnicodeEncodeError``.
- A report that cannot be written at all (a full disk, a closed pipe, a
  device error) is dropped from then on and does not change the exit code
  (:class:`ReportStream`); a full disk or a device error is then told in one
  sentence on stderr, a reader that went away (``accord check | head``) is not.

``export`` to stdout writes CSV bytes to ``sys.stdout.buffer``: they are the
work, not a report, so they pass neither guard and their failure is the
export's.
"""

from __future__ import annotations

import os
import sys
from contextlib import contextmanager, suppress
from typing import TYPE_CHECKING, Any, TextIO

from db.i18n.translate import fill, translate

if TYPE_CHECKING:
    from collections.abc import Iterator


def escape_unencodable() -> None:
    """Make ``sys.stdout`` and ``sys.stderr`` escape what their encoding cannot carry.

    A stream redirected to a file or a pipe gets the locale's code page on
    Windows (cp932 on Japanese Windows; ``PYTHONIOENCODING`` or the locale
    elsewhere) and, for stdout, the ``strict`` error handler: printing a
    Korean, Thai or Arabic name, or a dash cp932 lacks, would raise
    ``UnicodeEncodeError`` after the work was done. The encoding is kept,
    so the output stays readable in that code page; only the characters it
    lacks come out as ``\\uXXXX`` (``backslashreplace``, what Python's own
    stderr does). It acts on whatever stream is there, however its encoding
    was chosen, so a console whose ``sys.stdout.encoding`` is cp932 without
    ``PYTHONIOENCODING`` (``PYTHONLEGACYWINDOWSSTDIO``, an embedding host) is
    covered; Python's own Windows console stream writes UTF-16 and never
    fails. A missing stream (``pythonw``) or one without ``reconfigure`` is
    left as it is.
    """
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            with suppress(ValueError, OSError):  # a closed stream, an unusual wrapper
                reconfigure(errors="backslashreplace")


class ReportStream:
    """``sys.stdout`` while a command runs: writing the report can fail, the command cannot.

    Wraps the real stream; ``write`` and ``flush`` catch ``OSError``, keep
    the first in :attr:`failure` and drop what follows. Everything else
    (``buffer``, ``encoding``, ``fileno``...) is the real stream's.
    """

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream
        # The first error writing the report, ``None`` while all was written.
        self.failure: OSError | None = None

    def write(self, text: str) -> int:
        """Write ``text``, or drop it once writing has failed; return its length."""
        if self.failure is None:
            try:
                self._stream.write(text)
            except OSError as exc:
                self._failed(exc)
        return len(text)

    def flush(self) -> None:
        """Flush the real stream (an error is kept, not raised)."""
        if self.failure is None:
            try:
                self._stream.flush()
            except OSError as exc:
                self._failed(exc)

    def _failed(self, error: OSError) -> None:
        self.failure = error
        # Python flushes stdout again at exit and would fail the same way (exit 120):
        # what is still buffered goes to the null device instead, as the io docs advise.
        with suppress(OSError, ValueError, AttributeError):
            null = os.open(os.devnull, os.O_WRONLY)
            os.dup2(null, self._stream.fileno())
            os.close(null)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


@contextmanager
def report_streams() -> Iterator[ReportStream | None]:
    """Set up stdout and stderr for one run of the command line (see the module).

    Yields the :class:`ReportStream` that stands for ``sys.stdout`` (``None``
    without a stdout); the caller flushes it and looks at its ``failure``
    when the command is done. The real stream is put back afterwards.
    """
    escape_unencodable()
    real = sys.stdout
    if real is None:
        yield None
        return
    report = ReportStream(real)
    sys.stdout = report
    try:
        yield report
    finally:
        sys.stdout = real


def tell_failure(report: ReportStream | None) -> None:
    """Flush ``report``; say on stderr, in one sentence, why it could not be written.

    A reader that went away (``BrokenPipeError``: ``accord check | head``)
    is not a failure and is not told.
    """
    if report is None:
        return
    report.flush()
    failure = report.failure
    if failure is None or isinstance(failure, BrokenPipeError):
        return
    why = failure.strerror or str(failure)
    with suppress(OSError, ValueError):
        print(
            fill(
                translate(
                    "cli",
                    "accord: what this command reports could not be "
                    "written to standard output ({why}); the exit code "
                    "still says how the command went.",
                ),
                why=why,
            ),
            file=sys.stderr,
        )
