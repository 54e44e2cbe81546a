"""One client of the server load test: a process of its own, logged in as its own user.

It edits, attaches and imports at random until its time is up, while a change-log
reader (the one the window uses) records when each change number reaches it. Every
edit is a read-modify-write of a counter kept in an agreement's notes, sent with the
version it read: a lost update would show as a counter lower than the number of
edits that succeeded on it (:mod:`tests.benchmarks.bench_server_load` adds them up).
"""

from __future__ import annotations

import random
import tempfile
import threading
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path

#: The prefix of an agreement's notes that holds the load test's counter.
COUNTER = "load-counter "
#: How many of the built-in agreements the clients edit (the contended ones).
EDITED = 8


@dataclass
class ClientResult:
    """What one client did and saw (pickled back to the parent process).

    ``commits``: ``(change number, wall time)`` of each of its own commits;
    ``seen``: ``{change number: wall time it was read}`` by its change-log reader;
    ``refusals``: the sentences of changes Accord refused (other than conflicts);
    ``errors``: anything else that went wrong (a failure of the test).
    """

    user: str
    operations: dict[str, int] = field(default_factory=dict)
    conflicts: int = 0
    refused: int = 0
    edits: dict[int, int] = field(default_factory=dict)
    commits: list[tuple[int, float]] = field(default_factory=list)
    seen: dict[int, float] = field(default_factory=dict)
    refusals: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def counter_of(notes: str) -> int:
    """The counter an agreement's notes hold (0 when they hold none)."""
    return int(notes[len(COUNTER) :]) if notes.startswith(COUNTER) else 0


def _pdf(user: str, number: int) -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=12)
    pdf.cell(text=f"Load test document {number} of {user} {random.random()}")
    return bytes(pdf.output())


def run_client(user: str, url: str, seconds: float, start_at: float, seed: int) -> ClientResult:
    """Work on the library at ``url`` (as ``user``) for ``seconds`` from ``start_at``."""
    from db.agreements import get_agreement, update_agreement
    from db.csv.importer import apply_import, plan_import
    from db.documents import attach_document
    from db.errors import AccordError, ConflictError
    from db.opening import open_library
    from db.schemas import AgreementUpdate
    from db.server.changes import ChangeListener, newest_change

    result = ClientResult(user=user)
    rng = random.Random(seed)
    scratch = Path(tempfile.mkdtemp(prefix=f"accord-load-{user}-"))
    library = open_library(scratch / "library", database_url=url)

    def heard(changes: list) -> None:
        now = time.time()
        for change in changes:
            result.seen.setdefault(change.number, now)

    with library.engine.connect() as conn:
        first = newest_change(conn)
    listener = ChangeListener(url, heard, after=first)
    reader = threading.Thread(target=listener.run, name=f"changes-{user}", daemon=True)
    reader.start()
    while time.time() < start_at:
        time.sleep(0.01)
    deadline = start_at + seconds
    number = 0
    while time.time() < deadline:
        number += 1
        kind = rng.choice(("edit", "edit", "edit", "attach", "import"))
        try:
            if kind == "edit":
                agreement_id = rng.randint(1, EDITED)
                agreement = get_agreement(library, agreement_id)
                count = counter_of(agreement.notes)
                update_agreement(
                    library,
                    agreement_id,
                    AgreementUpdate(notes=f"{COUNTER}{count + 1}"),
                    expected_version=agreement.version,
                )
                result.edits[agreement_id] = result.edits.get(agreement_id, 0) + 1
            elif kind == "attach":
                path = scratch / f"{user}-{number}.pdf"
                path.write_bytes(_pdf(user, number))
                attach_document(library, rng.randint(1, 21), path)
            else:
                text = (
                    "Partner,Agreement,Type,Date signed\r\n"
                    f"Seoul,Load test {user} {number},Memorandum of understanding,2020-01-02\r\n"
                )
                plan = plan_import(library, text.encode("utf-8"))
                apply_import(
                    library, plan, replan=lambda t=text: plan_import(library, t.encode("utf-8"))
                )
        except ConflictError:
            result.conflicts += 1
            continue
        except AccordError as exc:
            result.refused += 1
            result.refusals.append(f"{kind}: {exc}")
            continue
        except Exception:  # noqa: BLE001 - a load test reports every failure, never stops
            result.errors.append(f"{kind}: {traceback.format_exc(limit=3)}")
            continue
        committed = time.time()
        result.operations[kind] = result.operations.get(kind, 0) + 1
        with library.engine.connect() as conn:
            mine = conn.exec_driver_sql(
                "SELECT max(id) FROM change_log WHERE by_user = session_user"
            ).scalar()
        result.commits.append((int(mine or 0), committed))
    time.sleep(1.0)  # the others' last changes reach this reader
    listener.stop()
    reader.join(timeout=10)
    library.close()
    return result
