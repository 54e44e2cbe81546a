"""Migration 0007: "valid until" becomes "expires on" without losing a value."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

from db.agreements import list_agreements
from db.enums import AgreementStatus, Renewal
from db.history.read import record_history
from db.library import DATABASE_NAME
from db.lifecycle.lives import agreement_status
from db.opening import open_library

LIBRARIES = Path(__file__).with_name("data") / "libraries"


def test_valid_until_values_and_their_history_survive_as_expires_on(tmp_path) -> None:
    folder = tmp_path / "library"
    shutil.copytree(LIBRARIES / "0.2.0", folder)
    with sqlite3.connect(folder / DATABASE_NAME) as connection:  # schema 0004
        ids = [row[0] for row in connection.execute(
            "SELECT id FROM agreement WHERE deleted_at IS NULL ORDER BY id LIMIT 3")]  # fmt: skip
        connection.execute("UPDATE agreement SET valid_until = '2030-03-31' WHERE id = ?",
                           (ids[0],))  # fmt: skip
        connection.execute("UPDATE agreement SET valid_until = '2024-02-29' WHERE id = ?",
                           (ids[1],))  # fmt: skip
        connection.execute(
            "INSERT INTO history (at, user, record_kind, record_id, action, field, old_value,"
            " new_value) VALUES ('2024-01-01 00:00:00', 'u', 'agreement', ?, 'changed',"
            " 'valid_until', '', '2030-03-31')",
            (ids[0],),
        )
    library = open_library(folder)
    agreements = {a.id: a for a in list_agreements(library)}
    assert agreements[ids[0]].expires_on == dt.date(2030, 3, 31)
    assert agreements[ids[1]].expires_on == dt.date(2024, 2, 29)
    assert agreements[ids[2]].expires_on is None
    kept = agreements[ids[2]]
    assert (kept.effective_from, kept.renewal, kept.renewal_term, kept.notice_period) == (
        None, Renewal.NONE, "", "")  # fmt: skip
    assert (kept.office_signatories, kept.place_signed, kept.events) == ([], "", [])
    today = dt.date(2026, 12, 7)
    assert agreement_status(library, ids[1], today) is AgreementStatus.EXPIRED
    assert agreement_status(library, ids[2], today) is AgreementStatus.IN_FORCE
    lines = [e for e in record_history(library, "agreement", ids[0]) if e.field == "valid_until"]
    assert [(line.field_label, line.new_value) for line in lines] == [("Expires on", "2030-03-31")]
