"""Several people on one server library at once, for real: separate processes, each logged
in as its own editor, editing, attaching and importing at random (the load benchmark,
:mod:`tests.benchmarks.bench_server_load`, run small). What must hold whatever the timing:
no lost update, every change heard by every other reader, a sound library afterwards."""

from __future__ import annotations

import pytest

from db.errors import ConflictError
from db.models import Agreement
from db.opening import open_library
from tests import server_db
from tests.benchmarks.bench_server_load import run_load

pytestmark = pytest.mark.skipif(not server_db.ADMIN_URL, reason=server_db.NO_SERVER)


def test_three_editors_at_once_lose_nothing_and_hear_everything() -> None:
    figures = run_load(server_db.ADMIN_URL, clients=3, seconds=4)
    assert figures.errors == []
    assert figures.refusals == []
    assert set(figures.operations) == {"edit", "attach", "import"}
    assert figures.lost_updates == 0
    assert figures.unseen == 0
    assert figures.check_problems == []


def test_a_change_saved_meanwhile_by_someone_else_is_a_conflict_not_overwritten(tmp_path) -> None:
    with server_db.database() as url:
        mine = open_library(tmp_path / "mine", database_url=url)
        theirs = open_library(tmp_path / "theirs", database_url=url)
        try:
            with mine.session(write=True) as first:
                read_by_me = first.get(Agreement, 1)
                assert read_by_me is not None
                version = read_by_me.version
                with theirs.session(write=True) as second:
                    read_by_them = second.get(Agreement, 1)
                    assert read_by_them is not None
                    assert read_by_them.version == version  # both read the same
                    read_by_them.notes = "theirs"
                    second.commit()
                read_by_me.notes = "mine"
                with pytest.raises(ConflictError, match="same moment"):
                    first.commit()
            with mine.session() as session:
                stored = session.get(Agreement, 1)
                assert stored is not None
                assert stored.notes == "theirs"
                assert stored.version == version + 1
        finally:
            mine.close()
            theirs.close()
