"""A writer process for the crash-safety test: random changes, forever, journaled.

Run as ``python -m tests.crash.writer LIBRARY JOURNAL SEED [--name W]
[--pdfs DIR]``; it runs until it is killed. The test forks writers from a
warm process instead (:func:`run` with a control pipe), because importing
``db`` takes 1-2 s on a busy 2-core machine, longer than a whole round.

Each writer is one colleague. It owns every record whose partner name or
agreement title starts with ``<name>·`` and the documents of those
agreements, so its journal alone tells their expected state; it also adds
agreements to the shared partner (:data:`SHARED_PARTNER`) and edits that
partner's notes, which both writers do.

The journal is JSON lines appended to JOURNAL, one ``write()`` each:

- ``{"kind": "start", "inc": ...}`` when a process starts, on a line of its
  own (a kill may have cut the last line short);
- ``{"kind": "intent", "op": ..., ...}`` before an operation (not a
  commitment; not fsynced), with the values it is about to write;
- ``{"kind": "commit", "op": ..., ...}`` after the use case returned, with
  the record IDs and the values written, fsynced before the next operation:
  "reported as committed";
- ``{"kind": "refused", "op": ..., "reason": ...}`` when the use case
  refused in one sentence (a :class:`db.errors.AccordError`), which
  writes nothing.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import os
import random
import sys
import tempfile
import traceback
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from db import agreements, documents, partners, trash
from db.attachments import store as attachment_store
from db.csv.import_plan import RowAction
from db.csv.importer import apply_import, plan_import
from db.errors import AccordError, CsvImportError
from db.opening import open_library
from db.schemas import AgreementCreate, AgreementUpdate, PartnerCreate, PartnerUpdate

if TYPE_CHECKING:
    from multiprocessing.connection import Connection

    from db.library import Library

#: The partner both writers add agreements to (created by the test's setup).
SHARED_PARTNER = "Shared partner of both writers"
#: Separates a writer's name from the rest of its records' names and titles.
MARK = "·"

_NOTES = (
    "東京都と友好都市協定を締結。\n第二条：文化交流",
    "اتفاقية تعاون في مجال البيئة",
    "서울특별시와의 교류\n두 번째 줄",
    "Zürich — naïve café, «déjà vu»",
    "Ελληνικά κείμενα\n\nafter an empty line",
    "Handshake 🤝 and flags 🇯🇵🇫🇷",
    "Москва: протокол о намерениях",
    "हिन्दी में टिप्पणी",
    "line one\nline two\nline three",
    "",
)
_CITIES = ("Paris", "Seoul", "Cairo", "São Paulo", "Zürich", "Kraków", "Hà Nội", "Jakarta")
_LOCAL = ("巴黎", "서울", "القاهرة", "Kraków", "Hà Nội", "Москва", "")
_WEIGHTS = {
    "add_partner": 2.0,
    "edit_partner": 2.0,
    "edit_shared": 1.0,
    "add_agreement": 4.0,
    "edit_agreement": 5.0,
    "delete_agreement": 1.5,
    "delete_partner": 0.7,
    "restore": 2.0,
    "purge": 0.7,
    "attach": 1.5,
    "remove_document": 1.5,
    "import": 1.5,
}


class Writer:
    """One writer process: ``name`` prefixes its records, ``inc`` this incarnation."""

    def __init__(
        self, library: Library, journal: Path, seed: int, name: str, pdfs: list[Path]
    ) -> None:
        self.library = library
        self.rng = random.Random(seed)
        self.name = name
        self.prefix = name + MARK
        self.inc = f"{seed:x}"
        self.pdfs = pdfs
        self.counter = 0
        self.fd = os.open(journal, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        self.tmp = Path(tempfile.mkdtemp(prefix=f"crash-{name}-"))
        self._log({"kind": "start", "inc": self.inc, "pid": os.getpid()}, sync=True)

    # -- journal ---------------------------------------------------------

    def _log(self, entry: dict[str, Any], *, sync: bool) -> None:
        entry = {"writer": self.name, "inc": self.inc, **entry}
        # A start line begins a line of its own, whatever a kill left of the last one.
        lead = "\n" if entry["kind"] == "start" else ""
        os.write(self.fd, (lead + json.dumps(entry, ensure_ascii=False) + "\n").encode())
        if sync:
            os.fsync(self.fd)

    def intent(self, op: str, **values: Any) -> None:
        self._log({"kind": "intent", "op": op, **values}, sync=False)

    def commit(self, op: str, **values: Any) -> None:
        self._log({"kind": "commit", "op": op, **values}, sync=True)

    # -- what this writer owns -------------------------------------------

    def _rows(self, sql: str, **params: Any) -> list[Any]:
        with self.library.engine.connect() as conn:
            return list(conn.execute(sa.text(sql), params).all())

    def own_partners(self, *, deleted: bool) -> list[Any]:
        return self._rows(
            "SELECT id, name FROM partner WHERE name LIKE :p AND (deleted_at IS NOT NULL) = :d",
            p=self.prefix + "%",
            d=deleted,
        )

    def own_agreements(self, *, deleted: bool) -> list[Any]:
        return self._rows(
            "SELECT a.id, a.title, a.date_signed, p.name FROM agreement a "
            "JOIN partner p ON p.id = a.partner_id "
            "WHERE a.title LIKE :p AND (a.deleted_at IS NOT NULL) = :d",
            p=self.prefix + "%",
            d=deleted,
        )

    def own_documents(self, *, deleted: bool) -> list[Any]:
        return self._rows(
            "SELECT d.id FROM document d JOIN agreement a ON a.id = d.agreement_id "
            "WHERE a.title LIKE :p AND (d.deleted_at IS NOT NULL) = :d",
            p=self.prefix + "%",
            d=deleted,
        )

    def shared_id(self) -> int:
        return int(self._rows("SELECT id FROM partner WHERE name = :n", n=SHARED_PARTNER)[0][0])

    # -- values ----------------------------------------------------------

    def token(self) -> str:
        self.counter += 1
        return f"{self.prefix}{self.inc}-{self.counter}"

    def notes(self) -> str:
        first, second = self.rng.choice(_NOTES), self.rng.choice(_NOTES)
        return f"{first}\n{self.inc}-{self.counter}-{self.rng.randrange(10**6)}\n{second}".strip()

    def date(self) -> dt.date:
        return dt.date(1990, 1, 1) + dt.timedelta(days=self.rng.randrange(12000))

    # -- operations ------------------------------------------------------

    def step(self) -> None:
        """Do one random operation: intent, use case, then commit or refused."""
        op = self.rng.choices(list(_WEIGHTS), weights=list(_WEIGHTS.values()))[0]
        try:
            getattr(self, "op_" + op)()
        except AccordError as exc:
            self._log({"kind": "refused", "op": op, "reason": str(exc)}, sync=False)

    def op_add_partner(self) -> None:
        name = f"{self.token()} {self.rng.choice(_CITIES)}"
        notes = self.notes()
        self.intent("add_partner", name=name, notes=notes)
        data = PartnerCreate(
            name=name, local_name=self.rng.choice(_LOCAL), country="Testland", notes=notes
        )
        made = partners.add_partner(self.library, data)
        self.commit("add_partner", id=made.id, name=made.name, notes=made.notes)

    def op_edit_partner(self) -> None:
        live = self.own_partners(deleted=False)
        if not live:
            return self.op_add_partner()
        partner_id = self.rng.choice(live).id
        notes = self.notes()
        self.intent("edit_partner", id=partner_id, notes=notes)
        done = partners.update_partner(self.library, partner_id, PartnerUpdate(notes=notes))
        self.commit("edit_partner", id=partner_id, notes=done.notes)

    def op_edit_shared(self) -> None:
        notes = f"{self.name} was here: {self.notes()}"
        shared = self.shared_id()
        self.intent("edit_shared", id=shared, notes=notes)
        done = partners.update_partner(self.library, shared, PartnerUpdate(notes=notes))
        self.commit("edit_shared", id=shared, notes=done.notes)

    def op_add_agreement(self) -> None:
        live = self.own_partners(deleted=False)
        partner_id = self.shared_id() if not live or self.rng.random() < 0.3 else None
        partner_id = partner_id or self.rng.choice(live).id
        title = f"{self.token()} Memorandum on {self.rng.choice(_CITIES)}"
        notes = self.notes()
        self.intent("add_agreement", partner_id=partner_id, title=title, notes=notes)
        data = AgreementCreate(
            partner_id=partner_id,
            title=title,
            date_signed=self.date(),
            notes=notes,
            areas=["culture", "environment"][: self.rng.randrange(3)],
        )
        made = agreements.add_agreement(self.library, data)
        self.commit(
            "add_agreement", id=made.id, partner_id=partner_id, title=made.title, notes=made.notes
        )

    def op_edit_agreement(self) -> None:
        live = self.own_agreements(deleted=False)
        if not live:
            return self.op_add_agreement()
        row = self.rng.choice(live)
        title = row.title
        if self.rng.random() < 0.3:
            title = f"{self.token()} Revised {self.rng.choice(_CITIES)} statement"
        notes = self.notes()
        self.intent("edit_agreement", id=row.id, title=title, notes=notes)
        done = agreements.update_agreement(
            self.library, row.id, AgreementUpdate(title=title, notes=notes)
        )
        self.commit("edit_agreement", id=row.id, title=done.title, notes=done.notes)

    def op_delete_agreement(self) -> None:
        live = self.own_agreements(deleted=False)
        if live:
            agreement_id = self.rng.choice(live).id
            self.intent("delete_agreement", id=agreement_id)
            agreements.delete_agreement(self.library, agreement_id)
            self.commit("delete_agreement", id=agreement_id)

    def op_delete_partner(self) -> None:
        live = self.own_partners(deleted=False)
        if live:
            partner_id = self.rng.choice(live).id
            self.intent("delete_partner", id=partner_id)
            partners.delete_partner(self.library, partner_id, with_agreements=True)
            self.commit("delete_partner", id=partner_id)

    def _trashed(self) -> list[tuple[str, int]]:
        return (
            [("partner", r.id) for r in self.own_partners(deleted=True)]
            + [("agreement", r.id) for r in self.own_agreements(deleted=True)]
            + [("document", r.id) for r in self.own_documents(deleted=True)]
        )

    def op_restore(self) -> None:
        trashed = self._trashed()
        if trashed:
            kind, record_id = self.rng.choice(trashed)
            self.intent("restore", record=kind, id=record_id)
            trash.restore(self.library, kind, record_id)
            self.commit("restore", record=kind, id=record_id)

    def op_purge(self) -> None:
        trashed = self._trashed()
        if trashed:
            kind, record_id = self.rng.choice(trashed)
            self.intent("purge", record=kind, id=record_id)
            trash.purge(self.library, kind, record_id)
            self.commit("purge", record=kind, id=record_id)

    def op_attach(self) -> None:
        live = self.own_agreements(deleted=False)
        if live:
            agreement_id = self.rng.choice(live).id
            pdf = self.rng.choice(self.pdfs)
            sha = attachment_store.file_sha256(pdf)
            self.intent("attach", agreement_id=agreement_id, sha256=sha)
            made = documents.attach_document(self.library, agreement_id, pdf)
            self.commit("attach", id=made.id, agreement_id=agreement_id, sha256=made.sha256)

    def op_remove_document(self) -> None:
        live = self.own_documents(deleted=False)
        if live:
            document_id = self.rng.choice(live).id
            self.intent("remove_document", id=document_id)
            documents.remove_document(self.library, document_id)
            self.commit("remove_document", id=document_id)

    def op_import(self) -> None:
        """Import a small CSV: two new agreements, up to two updated; notes share a marker."""
        live_partners = self.own_partners(deleted=False)
        if not live_partners:
            return self.op_add_partner()
        marker = f"import {self.token()}"
        header = ["ID", "Partner", "Agreement", "Date signed", "Notes"]
        added = []
        for number in (1, 2):
            partner = self.rng.choice(live_partners)
            title = f"{self.token()} Imported joint statement"
            notes = f"{marker} row {number}\n{self.rng.choice(_NOTES)}".strip()
            added.append({"title": title, "notes": notes, "partner": partner})
        live = self.own_agreements(deleted=False)
        chosen = self.rng.sample(live, min(len(live), self.rng.randrange(3)))
        updated = [
            {"id": row.id, "notes": f"{marker} update\n{self.rng.choice(_NOTES)}".strip()}
            for row in chosen
        ]
        rows = [["", a["partner"].name, a["title"], self.date().isoformat(), a["notes"]]
                for a in added]  # fmt: skip
        rows += [[str(r.id), r.name, r.title, str(r.date_signed), u["notes"]]
                 for r, u in zip(chosen, updated, strict=True)]  # fmt: skip
        path = self.tmp / "import.csv"
        with path.open("w", encoding="utf-8-sig", newline="") as out:
            csv.writer(out, lineterminator="\r\n").writerows([header, *rows])
        adds = [{"title": a["title"], "notes": a["notes"], "partner_id": a["partner"].id}
                for a in added]  # fmt: skip
        self.intent("import", marker=marker, added=adds, updated=updated)
        for _attempt in range(5):
            plan = plan_import(self.library, path)
            bad = plan.of(RowAction.REJECTED)
            assert not bad, (plan.file_problems, bad)
            assert not plan.file_problems, (plan.file_problems, bad)
            try:
                result = apply_import(self.library, plan)
            except CsvImportError as exc:
                if "changed since" in str(exc):
                    continue  # the other writer wrote between plan and apply: plan again
                raise
            by_title = {a.title: a.id for a in agreements.list_agreements(
                self.library, agreement_ids=result.added)}  # fmt: skip
            for add in adds:
                add["id"] = by_title[add["title"]]
            self.commit("import", marker=marker, added=adds, updated=updated)
            return None
        raise CsvImportError("The library kept changing between plan and apply.")


def run(
    library_dir: str,
    journal: str,
    seed: int,
    *,
    name: str,
    pdfs: str,
    control: Connection | None = None,
) -> None:
    """Open the library and do random operations until killed (or told to stop).

    With ``control`` (a pipe end): send ``"ready"`` once open; between two
    operations, on ``"pause"`` answer ``"paused"`` and wait for ``"go"``
    (or ``"stop"``). An unexpected exception is sent as ``("error", text)``.
    """
    try:
        library = open_library(library_dir)
        files = sorted(Path(pdfs).glob("*.pdf"))
        writer = Writer(library, Path(journal), seed, name, files)
        if control is not None:
            control.send("ready")
        while True:
            if control is not None and control.poll():
                message = control.recv()
                if message == "pause":
                    control.send("paused")
                    message = control.recv()
                if message == "stop":
                    return
            writer.step()
    except BaseException:
        if control is not None:
            control.send(("error", traceback.format_exc()))
        raise


def main(argv: list[str] | None = None) -> None:
    """Command line: ``LIBRARY JOURNAL SEED [--name W] [--pdfs DIR]``."""
    parser = argparse.ArgumentParser(prog="python -m tests.crash.writer")
    parser.add_argument("library")
    parser.add_argument("journal")
    parser.add_argument("seed", type=int)
    parser.add_argument("--name", default="w1")
    parser.add_argument("--pdfs", default=str(Path(__file__).parents[1] / "samples"))
    args = parser.parse_args(argv)
    run(args.library, args.journal, args.seed, name=args.name, pdfs=args.pdfs)


if __name__ == "__main__":
    main(sys.argv[1:])
