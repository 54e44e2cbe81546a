"""A server library's change log and its listener, on a real PostgreSQL server.

Each test has a database of its own (``tests/server_db.py``). A lost network is a
:class:`~tests.tcp_proxy.TcpRelay` cut between the listener and the server; a lost
backend is ``pg_terminate_backend``; a server restart is ``pg_ctl restart``, run only
when ``ACCORD_TEST_PGDATA`` names the test server's data folder (a cluster of one's own).
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import threading
from contextlib import contextmanager
from typing import TYPE_CHECKING

import psycopg
import pytest
import sqlalchemy as sa

from db.agreements import add_agreement, delete_agreement, update_agreement
from db.documents import attach_document, remove_document
from db.opening import open_library
from db.partners import add_partner, find_partner, update_partner
from db.schemas import AgreementCreate, AgreementUpdate, PartnerCreate, PartnerUpdate
from db.server.changes import (
    ChangeListener,
    ListenerState,
    changes_since,
    connect_args,
    newest_change,
)
from db.server.schema import CHANNEL
from db.trash import purge
from tests import server_db
from tests.tcp_proxy import TcpRelay

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    from db.library import Library

pytestmark = pytest.mark.skipif(not server_db.ADMIN_URL, reason=server_db.NO_SERVER)
WAIT_S = 30  # the longest any wait below may take before the test fails (never reached)


@pytest.fixture
def url() -> Iterator[str]:
    with server_db.database() as address:
        yield address


@pytest.fixture
def server(url: str, tmp_path: Path) -> Iterator[Library]:
    library = open_library(tmp_path / "library", database_url=url)
    yield library
    library.close()


def connect(url: str) -> psycopg.Connection:
    return psycopg.connect(**connect_args(url))


def all_numbers(library: Library) -> list[int]:
    with library.engine.connect() as conn:
        return [change.number for change in changes_since(conn, 0, 1_000_000)]


class Heard:
    """What a listener in a thread handed on, and the states it went through."""

    def __init__(self) -> None:
        self.changes: list = []
        self.states: list[ListenerState] = []
        self.event = threading.Condition()

    def on_changes(self, changes: list) -> None:
        with self.event:
            self.changes.extend(changes)
            self.event.notify_all()

    def on_state(self, state: ListenerState) -> None:
        with self.event:
            self.states.append(state)
            self.event.notify_all()

    def wait(self, condition) -> None:  # noqa: ANN001 - a callable without arguments
        with self.event:
            assert self.event.wait_for(condition, timeout=WAIT_S), "never happened"

    def numbers(self) -> list[int]:
        with self.event:
            return [change.number for change in self.changes]


@contextmanager
def listening(url: str, **kwargs) -> Iterator[tuple[ChangeListener, Heard]]:  # noqa: ANN003
    heard = Heard()
    listener = ChangeListener(url, heard.on_changes, on_state=heard.on_state, **kwargs)
    thread = threading.Thread(target=listener.run, daemon=True)
    thread.start()
    try:
        heard.wait(lambda: any(state.connected for state in heard.states))
        yield listener, heard
    finally:
        listener.stop()
        thread.join(WAIT_S)
        assert not thread.is_alive()


def test_every_kind_of_record_and_change_is_logged_in_order(server: Library, samples: Path) -> None:
    with server.engine.connect() as conn:
        start = newest_change(conn)
    partner = add_partner(server, PartnerCreate(name="Lyon Tourisme", country="FR"))
    update_partner(server, partner.id, PartnerUpdate(notes="met in May"))
    agreement = add_agreement(
        server, AgreementCreate(partner_id=partner.id, title="MoU", date_signed=dt.date(2026, 1, 5))
    )
    update_agreement(server, agreement.id, AgreementUpdate(notes="signed twice"))
    document = attach_document(server, agreement.id, samples / "minimal-document.pdf")
    remove_document(server, document.id)
    delete_agreement(server, agreement.id)  # to the trash
    purge(server, "agreement", agreement.id)  # gone for good
    with server.engine.connect() as conn:
        changes = changes_since(conn, start, 100)
        assert newest_change(conn) == changes[-1].number
    numbers = [change.number for change in changes]
    assert numbers == sorted(numbers)
    assert len(set(numbers)) == len(numbers)
    seen = [(c.record_kind, c.record_id, c.action) for c in changes]
    for expected in (
        ("partner", partner.id, "insert"),
        ("partner", partner.id, "update"),
        ("agreement", agreement.id, "insert"),
        ("agreement", agreement.id, "update"),
        ("document", document.id, "insert"),
        ("document", document.id, "update"),  # removed: to the trash
        ("agreement", agreement.id, "delete"),
        ("document", document.id, "delete"),
    ):
        assert expected in seen
    assert seen.index(("partner", partner.id, "insert")) < seen.index(
        ("agreement", agreement.id, "insert")
    )
    parents = {(c.record_kind, c.action): c.parent_id for c in changes}
    assert parents[("agreement", "insert")] == partner.id
    assert parents[("document", "insert")] == agreement.id
    assert parents[("partner", "insert")] is None
    assert {c.user for c in changes} == {"postgres"}
    assert all(c.at.tzinfo is not None for c in changes)
    with server.engine.connect() as conn:  # paging: three at a time, the same rows
        paged, last = [], start
        while page := changes_since(conn, last, 3):
            paged.extend(page)
            last = page[-1].number
    assert paged == changes


def test_the_notification_carries_the_newest_number_only(server: Library, url: str) -> None:
    with connect(url) as conn:
        conn.autocommit = True
        conn.execute(f"LISTEN {CHANNEL}")
        paris = find_partner(server, "Paris")
        update_partner(server, paris.id, PartnerUpdate(notes="again"))
        [notify] = list(conn.notifies(timeout=WAIT_S, stop_after=1))
        assert notify.channel == CHANNEL
        assert notify.payload == str(newest_change(conn))


def test_two_concurrent_writers_numbers_are_complete_when_read(server: Library, url: str) -> None:
    """Writer A takes a number and holds its transaction open; writer B commits after it.

    B's number is taken only after A commits (the advisory lock), so a reader that
    reads "above the last number seen" in between never skips A's number.
    """
    with server.engine.connect() as conn:
        last = newest_change(conn)
    read: list[int] = []

    def read_new() -> None:
        nonlocal last
        with connect(url) as reader:
            reader.autocommit = True
            for change in changes_since(reader, last, 1000):
                read.append(change.number)
                last = change.number

    a, b = connect(url), connect(url)
    b_done = threading.Event()
    try:
        a.execute("UPDATE partner SET notes = 'A' WHERE id = (SELECT min(id) FROM partner)")

        def write_b() -> None:
            b.execute("UPDATE partner SET notes = 'B' WHERE id = (SELECT max(id) FROM partner)")
            b.commit()
            b_done.set()

        thread = threading.Thread(target=write_b, daemon=True)
        thread.start()
        b_pid = b.info.backend_pid
        with connect(url) as watcher:
            watcher.autocommit = True
            waiting = "SELECT wait_event_type = 'Lock' FROM pg_stat_activity WHERE pid = %s"
            deadline = dt.datetime.now() + dt.timedelta(seconds=WAIT_S)
            while not b_done.is_set() and not watcher.execute(waiting, (b_pid,)).fetchone()[0]:
                assert dt.datetime.now() < deadline
        read_new()  # B waits for A (or, without the lock, B is committed and A is not)
        a.commit()
        thread.join(WAIT_S)
        read_new()
    finally:
        a.close()
        b.close()
    assert read == all_numbers(server)[-2:]
    assert len(read) == 2


def test_many_concurrent_writers_leave_no_gap_a_reader_skips(server: Library, url: str) -> None:
    with server.engine.connect() as conn:
        start = newest_change(conn)
    stop = threading.Event()
    read: list[int] = []

    def write(which: str) -> None:
        with connect(url) as conn:
            for i in range(40):
                conn.execute(
                    "UPDATE partner SET notes = %s WHERE id IN "
                    "(SELECT id FROM partner ORDER BY id LIMIT 3)",
                    (f"{which}{i}",),
                )
                conn.commit()

    def read_all() -> None:
        last = start
        with connect(url) as conn:
            conn.autocommit = True
            while not stop.is_set():
                for change in changes_since(conn, last, 50):
                    read.append(change.number)
                    last = change.number
            read.extend(c.number for c in changes_since(conn, last, 1_000_000))

    reader = threading.Thread(target=read_all, daemon=True)
    reader.start()
    writers = [threading.Thread(target=write, args=(w,), daemon=True) for w in "AB"]
    for writer in writers:
        writer.start()
    for writer in writers:
        writer.join(WAIT_S)
    stop.set()
    reader.join(WAIT_S)
    assert read == [n for n in all_numbers(server) if n > start]
    assert len(read) == 2 * 40 * 3


def test_the_listener_hands_on_changes_in_pages_and_skips_what_it_had(
    server: Library, url: str
) -> None:
    paris = find_partner(server, "Paris")
    with listening(url, page=2) as (listener, heard):
        assert heard.changes == []  # from the newest at the start
        for note in ("one", "two", "three"):
            update_partner(server, paris.id, PartnerUpdate(notes=note))
        newest = all_numbers(server)[-1]
        heard.wait(lambda: heard.changes and heard.changes[-1].number == newest)
        assert [(c.record_kind, c.record_id) for c in heard.changes] == [("partner", paris.id)] * 3
        assert listener.connections == 1


def test_the_listener_reconnects_after_its_backend_is_terminated(server: Library, url: str) -> None:
    paris = find_partner(server, "Paris")
    with listening(url) as (listener, heard):
        update_partner(server, paris.id, PartnerUpdate(notes="before"))
        heard.wait(lambda: len(heard.changes) == 1)
        with server.engine.connect() as conn:
            conn.execute(
                sa.text("SELECT pg_terminate_backend(:pid)"), {"pid": listener.backend_pid}
            )
        heard.wait(lambda: any(not state.connected for state in heard.states))
        for note in ("while", "away"):  # committed while it is away (or reconnecting)
            update_partner(server, paris.id, PartnerUpdate(notes=note))
        heard.wait(lambda: listener.connections == 2 and heard.states[-1].connected)
        heard.wait(lambda: len(heard.changes) == 3)
        assert heard.numbers() == all_numbers(server)[-3:]
        lost = next(state for state in heard.states if not state.connected)
        assert "terminat" in lost.reason or "closed" in lost.reason


def test_the_listener_reads_an_hour_of_changes_missed_while_the_network_was_down(
    server: Library, url: str
) -> None:
    relay = TcpRelay("127.0.0.1", sa.engine.make_url(url).port)
    with relay, listening(relay.url(url), page=1000) as (listener, heard):
        relay.cut()
        heard.wait(lambda: any(not state.connected for state in heard.states))
        with server.engine.begin() as conn:  # many changes, many pages to read
            for i in range(130):
                conn.execute(sa.text("UPDATE partner SET notes = :n"), {"n": f"note {i}"})
        away = len(all_numbers(server))
        assert away > 2500
        relay.restore()
        heard.wait(lambda: len(heard.changes) >= 130 * 20)
        assert heard.numbers() == all_numbers(server)[-len(heard.changes) :]
        assert heard.numbers()[-1] == all_numbers(server)[-1]
        assert listener.connections >= 2


@pytest.mark.skipif(
    not os.environ.get("ACCORD_TEST_PGDATA"), reason="needs ACCORD_TEST_PGDATA (own cluster)"
)
def test_the_listener_misses_nothing_across_a_server_restart(server: Library, url: str) -> None:
    paris = find_partner(server, "Paris")
    data = os.environ["ACCORD_TEST_PGDATA"]
    with listening(url) as (listener, heard):
        subprocess.run(
            [
                "runuser", "-u", "postgres", "--", "/usr/lib/postgresql/15/bin/pg_ctl",
                "-D", data, "-l", f"{data}/restarted.log", "-w", "-m", "fast", "restart",
            ],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd="/tmp",
        )  # fmt: skip
        update_partner(server, paris.id, PartnerUpdate(notes="after the restart"))
        heard.wait(lambda: listener.connections >= 2 and len(heard.changes) == 1)
        assert heard.numbers() == all_numbers(server)[-1:]
        assert any(not state.connected for state in heard.states)


def test_the_lag_measure_runs(server: Library, url: str) -> None:
    from tests.benchmarks.live_lag import notification_lag

    lag = notification_lag(url, commits=5)
    assert len(lag.samples) == 5
    assert "5 commits: median" in lag.line()
