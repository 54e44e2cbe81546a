"""Rounds of the crash-safety test: run two writers, SIGKILL one or both, check, restart.

Writers are forked from a warm process (multiprocessing's forkserver with
:mod:`tests.crash.writer` preloaded): each is a real process of its own,
with its own connections, killed with ``os.kill(pid, SIGKILL)``, but it
starts in about 0.1 s instead of the 1-2 s that importing ``db`` takes on
a busy 2-core machine. Each round:

1. both writers run for a random 50-400 ms (counted from when both are
   running);
2. one of them (three rounds in four) or both are killed with SIGKILL;
3. a writer that was not killed is paused between two operations (so no
   writer runs or holds a lock while the library is checked);
4. :meth:`tests.crash.checks.Expectation.check` checks the library;
5. the killed writers are started again (a new incarnation, same journal)
   and the paused one goes on.

At the end the writers still running are killed and checked too.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import random
import signal
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from fpdf import FPDF
from PIL import Image

from db.opening import open_library
from db.partners import add_partner
from db.schemas import PartnerCreate
from tests.crash import writer
from tests.crash.checks import Expectation

if TYPE_CHECKING:
    from pathlib import Path

#: Seconds to wait for a writer to answer (open the library, reach a pause).
ANSWER_TIMEOUT = 60.0


@dataclass
class Report:
    """What a run survived: kills, rounds, operations journaled as committed, seconds."""

    kills: int
    rounds: int
    committed: int
    uncertain: int
    leftovers: int
    seconds: float
    #: The expected records as the last check left them.
    expectation: Expectation = field(repr=False)

    def __str__(self) -> str:
        return (
            f"{self.kills} kills survived in {self.rounds} rounds, {self.seconds:.0f} s; "
            f"{self.committed} operations committed, {self.uncertain} cut short by a kill, "
            f"{self.leftovers} leftover files reported and removed"
        )


def make_pdfs(folder: Path, count: int = 4, *, scan: bool = False) -> Path:
    """Write ``count`` small, distinct real PDFs (fpdf2) into ``folder``; return it.

    With ``scan`` one more: a page with a 900×900 image of noise (about
    2.4 MB), whose copy into the library takes long enough for kills to
    land between the copy and the commit.
    """
    folder.mkdir(parents=True, exist_ok=True)
    for number in range(1, count + 1):
        pdf = FPDF()
        pdf.set_font("helvetica", size=14)
        for page in range(1, number + 1):
            pdf.add_page()
            pdf.cell(0, 10, f"Signed text {number}, page {page}")
        pdf.output(str(folder / f"signed-{number}.pdf"))
    if scan:
        noise = Image.frombytes("RGB", (900, 900), os.urandom(900 * 900 * 3))
        pdf = FPDF()
        pdf.add_page()
        pdf.set_font("helvetica", size=14)
        pdf.cell(0, 10, "Signed text, scanned")
        pdf.image(noise, x=10, y=30, w=150)
        pdf.output(str(folder / "signed-scan.pdf"))
    return folder


class _Writer:
    """A running writer process and the parent's end of its control pipe."""

    def __init__(self, ctx: Any, name: str, args: tuple[str, str, str], seed: int) -> None:
        self.name = name
        library, journal, pdfs = args
        self.conn, child = ctx.Pipe()
        self.process = ctx.Process(
            target=writer.run,
            args=(library, journal, seed),
            kwargs={"name": name, "pdfs": pdfs, "control": child},
            daemon=True,
        )
        self.process.start()
        child.close()
        self.expect("ready")

    def expect(self, word: str) -> None:
        """Wait for ``word`` from the writer; fail with its traceback if it broke."""
        message: Any = None
        try:
            if self.conn.poll(ANSWER_TIMEOUT):
                message = self.conn.recv()
        except EOFError:
            message = None
        if message == word:
            return
        if isinstance(message, tuple) and message[0] == "error":
            raise AssertionError(f"Writer {self.name} failed:\n{message[1]}")
        raise AssertionError(f"Writer {self.name} did not answer {word!r} (got {message!r}).")

    def kill(self) -> None:
        """SIGKILL the writer; fail if it had already stopped by itself."""
        with contextlib.suppress(ProcessLookupError):  # it may have died by itself
            os.kill(self.process.pid, signal.SIGKILL)
        self.process.join(ANSWER_TIMEOUT)
        if self.process.exitcode != -signal.SIGKILL:
            error = self.conn.recv() if self.conn.poll(0) else None
            detail = error[1] if isinstance(error, tuple) else error
            raise AssertionError(
                f"Writer {self.name} ended with {self.process.exitcode} before the kill:\n{detail}"
            )
        self.conn.close()


def run_rounds(workdir: Path, *, kills: int, seed: int) -> Report:
    """Run rounds until at least ``kills`` writers were killed, checking after each.

    ``workdir`` receives the library, the journals and the PDFs. Raises
    :class:`AssertionError` with the problems found and the round.
    """
    rng = random.Random(seed)
    library_dir = workdir / "library"
    library = open_library(library_dir)
    add_partner(library, PartnerCreate(name=writer.SHARED_PARTNER, country="Testland"))
    library.close()
    pdfs = str(make_pdfs(workdir / "pdfs", scan=True))
    names = ("w1", "w2")
    journals = {name: workdir / f"{name}.journal" for name in names}
    expectation = Expectation(journals)
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(["tests.crash.writer"])
    started = time.monotonic()

    def start(name: str) -> _Writer:
        args = (str(library_dir), str(journals[name]), pdfs)
        return _Writer(ctx, name, args, rng.randrange(1, 2**40))

    running = {name: start(name) for name in names}
    killed_total = rounds = 0
    try:
        while killed_total < kills:
            rounds += 1
            time.sleep(rng.uniform(0.05, 0.4))
            victims = set(names) if rng.random() < 0.25 else {rng.choice(names)}
            for name in sorted(victims):
                running.pop(name).kill()
                killed_total += 1
            for survivor in running.values():
                survivor.conn.send("pause")
                survivor.expect("paused")
            problems = expectation.check(library_dir, victims)
            assert not problems, f"Round {rounds} (seed {seed}):\n" + "\n".join(problems)
            for name in sorted(victims):
                running[name] = start(name)
            for survivor in running.values():
                if survivor.name not in victims:
                    survivor.conn.send("go")
        # The end: the writers still running are killed too, and checked once more.
        time.sleep(rng.uniform(0.05, 0.4))
        for name in sorted(running):
            running.pop(name).kill()
            killed_total += 1
        problems = expectation.check(library_dir, set(names))
        assert not problems, f"After the last round (seed {seed}):\n" + "\n".join(problems)
    finally:
        for remaining in running.values():
            if remaining.process.is_alive():
                os.kill(remaining.process.pid, signal.SIGKILL)
                remaining.process.join(ANSWER_TIMEOUT)
    return Report(
        kills=killed_total,
        rounds=rounds,
        committed=expectation.committed,
        uncertain=expectation.uncertain,
        leftovers=expectation.leftovers_removed,
        seconds=time.monotonic() - started,
        expectation=expectation,
    )
