"""What must hold after writer processes were killed with SIGKILL, with no writer running.

:class:`Expectation` replays the writers' journals (:mod:`tests.crash.writer`)
into the records each writer owns, as they must be: every operation
journaled as committed is there with its values, nothing else is. The one
operation a killed writer had begun but not journaled may or may not have
happened: the library must hold exactly the state before it or exactly the
state after it, for every record it touches at once (so an import is never
half-applied: its rows are in or out together), and the expectation then
takes the state found.

Stored files: every document row (in the trash or not) has its file, with
its SHA-256. A file in ``attachments/`` that no row refers to is accepted
only when the unfinished operation of a killed writer was about to add it
(an attach copies the file into place before committing the row, through a
``.attach-*.part`` temporary file) or to remove it (a purge deletes files
after committing): ``accord check`` must report each such leftover by
name, and :func:`db.attachments.store.remove_unreferenced_files` must remove it.
Any other unreferenced file is a failure.
"""

from __future__ import annotations

import copy
import hashlib
import json
import sqlite3
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from db.attachments.store import remove_unreferenced_files, stored_path_for
from db.library import DATABASE_NAME
from db.opening import open_library
from db.partners import add_partner
from db.safekeeping.check import check_library
from db.schemas import PartnerCreate
from tests.crash.writer import MARK, SHARED_PARTNER

#: The temporary file of an attach's copy (db.documents.copy_into_library).
PART = ".attach-*.part"
Key = tuple[str, int]
State = dict[Key, dict[str, Any]]
#: The fields compared per kind of record (``batch`` is the model's own trash batch).
FIELDS = {
    "partner": ("name", "notes", "deleted"),
    "agreement": ("partner_id", "title", "notes", "deleted"),
    "document": ("agreement_id", "sha256", "stored_path", "deleted"),
}


def integrity_problems(database: Path) -> list[str]:
    """Return ``PRAGMA integrity_check`` lines other than ok and ``foreign_key_check`` rows."""
    conn = sqlite3.connect(database)
    try:
        lines = [row[0] for row in conn.execute("PRAGMA integrity_check")]
        problems = [f"integrity_check: {line}" for line in lines if line != "ok"]
        problems += [
            f"foreign_key_check: {row}" for row in conn.execute("PRAGMA foreign_key_check")
        ]
    finally:
        conn.close()
    return problems


def read_owned(database: Path, writer: str) -> State:
    """Return every record ``writer`` owns as stored now, trash included."""
    like = writer + MARK + "%"
    conn = sqlite3.connect(database)
    try:
        state: State = {}
        for pid, name, notes, deleted in conn.execute(
            "SELECT id, name, notes, deleted_at IS NOT NULL FROM partner WHERE name LIKE ?", (like,)
        ):
            state[("partner", pid)] = {"name": name, "notes": notes, "deleted": bool(deleted)}
        for aid, partner_id, title, notes, deleted in conn.execute(
            "SELECT id, partner_id, title, notes, deleted_at IS NOT NULL FROM agreement "
            "WHERE title LIKE ?",
            (like,),
        ):
            state[("agreement", aid)] = {
                "partner_id": partner_id, "title": title, "notes": notes, "deleted": bool(deleted)
            }  # fmt: skip
        for did, agreement_id, sha, stored, deleted in conn.execute(
            "SELECT d.id, d.agreement_id, d.sha256, d.stored_path, d.deleted_at IS NOT NULL "
            "FROM document d JOIN agreement a ON a.id = d.agreement_id WHERE a.title LIKE ?",
            (like,),
        ):
            state[("document", did)] = {
                "agreement_id": agreement_id, "sha256": sha, "stored_path": stored,
                "deleted": bool(deleted),
            }  # fmt: skip
    finally:
        conn.close()
    return state


def _comparable(state: State) -> dict[Key, tuple[Any, ...]]:
    return {key: tuple(rec[f] for f in FIELDS[key[0]]) for key, rec in state.items()}


def _find(db: State, kind: str, **match: Any) -> int:
    """Return the ID of the one stored record of ``kind`` with these values, else -1."""
    for (k, record_id), record in db.items():
        if k == kind and all(record[f] == v for f, v in match.items()):
            return record_id
    return -1


def apply(state: State, entry: dict[str, Any], db: State | None = None) -> None:
    """Apply one journaled operation to ``state``, as the use case is meant to.

    For an unfinished operation IDs of new records are unknown: they are
    looked up in ``db`` by their unique values (-1, matching nothing, when absent).
    """
    op, e = entry["op"], dict(entry)
    if db is not None:  # an intent: fill in the IDs of what it would have added
        if op == "add_partner":
            e["id"] = _find(db, "partner", name=e["name"])
        elif op == "add_agreement":
            e["id"] = _find(db, "agreement", title=e["title"])
        elif op == "attach":
            e["id"] = _find(db, "document", agreement_id=e["agreement_id"], sha256=e["sha256"])
        elif op == "import":
            e["added"] = [{**a, "id": _find(db, "agreement", title=a["title"])} for a in e["added"]]
    batch = uuid.uuid4().hex
    if op == "add_partner":
        state[("partner", e["id"])] = {"name": e["name"], "notes": e["notes"], "deleted": False}
    elif op == "edit_partner":
        state[("partner", e["id"])]["notes"] = e["notes"]
    elif op == "add_agreement":
        state[("agreement", e["id"])] = {
            "partner_id": e["partner_id"], "title": e["title"], "notes": e["notes"],
            "deleted": False,
        }  # fmt: skip
    elif op == "edit_agreement":
        state[("agreement", e["id"])].update(title=e["title"], notes=e["notes"])
    elif op == "attach":
        state[("document", e["id"])] = {
            "agreement_id": e["agreement_id"], "sha256": e["sha256"],
            "stored_path": stored_path_for(e["sha256"]), "deleted": False,
        }  # fmt: skip
    elif op == "import":
        for add in e["added"]:
            state[("agreement", add["id"])] = {
                "partner_id": add["partner_id"], "title": add["title"], "notes": add["notes"],
                "deleted": False,
            }  # fmt: skip
        for update in e["updated"]:
            state[("agreement", update["id"])]["notes"] = update["notes"]
    elif op in ("delete_partner", "delete_agreement", "remove_document"):
        kind = {"delete_partner": "partner", "delete_agreement": "agreement"}.get(op, "document")
        for key in _with_dependents(state, (kind, e["id"]), live_only=True):
            state[key].update(deleted=True, batch=batch)
    elif op == "restore":
        wanted = state[(e["record"], e["id"])].get("batch")
        for record in state.values():
            if record["deleted"] and record.get("batch") == wanted:
                record.update(deleted=False, batch=None)
    elif op == "purge":
        wanted = state[(e["record"], e["id"])].get("batch")
        doomed: set[Key] = set()
        for key, record in state.items():
            if record["deleted"] and record.get("batch") == wanted:
                doomed |= _with_dependents(state, key, live_only=False)
        for key in doomed:
            del state[key]
    elif op != "edit_shared":
        raise AssertionError(f"unknown operation {op}")


def _with_dependents(state: State, key: Key, *, live_only: bool) -> set[Key]:
    """``key`` with its agreements (of a partner) and documents (of an agreement)."""
    found = {key}
    child_kind = {"partner": "agreement", "agreement": "document"}.get(key[0])
    parent_field = {"agreement": "partner_id", "document": "agreement_id"}.get(child_kind or "", "")
    for other, record in state.items():
        live = not (live_only and record["deleted"])
        if other[0] == child_kind and record[parent_field] == key[1] and live:
            found |= _with_dependents(state, other, live_only=live_only)
    return found


@dataclass
class Expectation:
    """The records each writer must own, built by replaying the journals round after round."""

    journals: dict[str, Path]
    states: dict[str, State] = field(default_factory=dict)
    offsets: dict[str, int] = field(default_factory=dict)
    committed: int = 0
    uncertain: int = 0
    shared_notes: set[str] = field(default_factory=lambda: {""})
    #: Unreferenced files left by operations a kill cut short, found and removed.
    leftovers_removed: int = 0

    def check(self, library_dir: Path, killed: set[str]) -> list[str]:
        """Check the library after a round in which the writers ``killed`` were killed.

        The other writers are paused between two operations. Returns the
        problems found, one sentence each; empty when all is well.
        """
        database = library_dir / DATABASE_NAME
        problems = integrity_problems(database)
        leftovers: set[str] = set()
        for writer, journal in self.journals.items():
            problems += self._replay(writer, journal, database, writer in killed, leftovers)
        problems += self._check_shared(database)
        file_problems, removed = check_files(library_dir, leftovers)
        problems += file_problems
        self.leftovers_removed += removed
        problems += check_still_writable(library_dir)
        return problems

    def _replay(
        self, writer: str, journal: Path, database: Path, killed: bool, leftovers: set[str]
    ) -> list[str]:
        state = self.states.setdefault(writer, {})
        with journal.open("rb") as handle:
            handle.seek(self.offsets.get(writer, 0))
            data = handle.read()
        lines = data.split(b"\n")
        complete, tail = lines[:-1], lines[-1]  # a killed writer may leave half a line
        self.offsets[writer] = self.offsets.get(writer, 0) + len(data) - len(tail)
        pending: dict[str, Any] | None = None
        for raw in complete:
            try:
                entry = json.loads(raw)
            except ValueError:  # the start of a line a kill cut (or an empty line)
                # Cut intent: its operation never began. Cut commit: it stays unfinished.
                continue
            if entry["kind"] == "intent":
                pending = entry
            elif entry["kind"] == "commit":
                apply(state, entry)
                self.committed += 1
                if entry["op"] == "edit_shared":
                    self.shared_notes.add(entry["notes"])
                pending = None
            elif entry["kind"] in ("refused", "start"):
                pending = None
        stored = read_owned(database, writer)
        if pending is not None and killed:
            self.uncertain += 1
            after = copy.deepcopy(state)
            apply(after, pending, db=stored)
            if pending["op"] == "edit_shared":
                self.shared_notes.add(pending["notes"])
            leftovers |= _files_of(pending, state, after)
            if _comparable(stored) == _comparable(after):
                self.states[writer] = state = after
        elif pending is not None:
            return [f"{writer} was paused with an unfinished {pending['op']}."]
        if _comparable(stored) == _comparable(state):
            return []
        return [_difference(writer, pending, _comparable(state), _comparable(stored))]

    def _check_shared(self, database: Path) -> list[str]:
        conn = sqlite3.connect(database)
        try:
            query = "SELECT notes, deleted_at FROM partner WHERE name = ?"
            rows = list(conn.execute(query, (SHARED_PARTNER,)))
        finally:
            conn.close()
        if len(rows) != 1 or rows[0][1] is not None:
            return [f"The shared partner is missing or in the trash: {rows}."]
        if rows[0][0] not in self.shared_notes:
            return [f"The shared partner's notes were never written by a writer: {rows[0][0]!r}."]
        return []


def _files_of(pending: dict[str, Any], before: State, after: State) -> set[str]:
    """Stored paths an unfinished operation may leave with no row referring to them:
    the file an attach copied in, the files of the documents a purge deleted."""
    if pending["op"] == "attach":
        return {stored_path_for(pending["sha256"]), PART}
    return {r["stored_path"] for k, r in before.items() if k[0] == "document" and k not in after}


def _difference(
    writer: str,
    pending: dict[str, Any] | None,
    expected: dict[Key, tuple[Any, ...]],
    stored: dict[Key, tuple[Any, ...]],
) -> str:
    missing = {k: v for k, v in expected.items() if stored.get(k) != v}
    extra = {k: v for k, v in stored.items() if expected.get(k) != v}
    unfinished = pending["op"] if pending else "none"
    return (
        f"{writer}'s records differ from its journal (unfinished operation: {unfinished}); "
        f"expected but not stored: {missing}; stored but not expected: {extra}."
    )


def check_files(library_dir: Path, leftovers: set[str]) -> tuple[list[str], int]:
    """Check every document's file, and that unreferenced files are accepted leftovers.

    ``leftovers`` are stored paths an unfinished operation may leave, and
    :data:`PART` when a writer was killed in an attach (its temporary copy).
    Accepted leftovers must be reported by ``check_library`` and are then
    removed with ``remove_unreferenced_files``. Returns the problems and the
    number of leftovers removed.
    """
    problems: list[str] = []
    conn = sqlite3.connect(library_dir / DATABASE_NAME)
    try:
        rows = list(conn.execute("SELECT id, stored_path, sha256 FROM document"))
    finally:
        conn.close()
    used = set()
    for document_id, stored, sha in rows:
        used.add(stored)
        path = library_dir / stored
        if not path.is_file():
            problems.append(f"Document {document_id}: its stored file {stored} is missing.")
        elif hashlib.sha256(path.read_bytes()).hexdigest() != sha:
            problems.append(f"Document {document_id}: its stored file {stored} has changed.")
    attachments = library_dir / "attachments"
    unused = sorted(
        p.relative_to(library_dir).as_posix()
        for p in attachments.rglob("*")
        if p.is_file() and p.relative_to(library_dir).as_posix() not in used
    )
    accepted = [
        u for u in unused
        if u in leftovers or (Path(u).match(PART) and PART in leftovers)
    ]  # fmt: skip
    problems += [f"The file {u} is used by no record and no unfinished operation." for u in unused
                 if u not in accepted]  # fmt: skip
    if accepted:
        library = open_library(library_dir)
        try:
            reported = "\n".join(check_library(library).problems)
            problems += [f"accord check does not report the leftover {u}." for u in accepted
                         if u not in reported]  # fmt: skip
            remove_unreferenced_files(library, accepted)
        finally:
            library.close()
        problems += [f"The leftover {u} could not be removed." for u in accepted
                     if (library_dir / u).exists()]  # fmt: skip
    return problems, len(accepted)


def check_still_writable(library_dir: Path) -> list[str]:
    """Open the library with :func:`open_library` and add a partner: it must accept a write."""
    library = open_library(library_dir)
    try:
        made = add_partner(library, PartnerCreate(name=f"checker {uuid.uuid4().hex}", country="X"))
        return [] if made.id else ["The library did not accept a new partner."]
    finally:
        library.close()
