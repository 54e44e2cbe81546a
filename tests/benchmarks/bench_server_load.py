"""``python -m tests.benchmarks.bench_server_load``: many people on one server library.

Usage: ``python -m tests.benchmarks.bench_server_load [--clients 20] [--seconds 120]
[--database-url URL]`` (default URL: ``ACCORD_TEST_DATABASE_URL``, a superuser's,
which ``.ci/run`` sets). A new database is set up as an office's
(``accord server init``), one editor per client is added, and each client, a
process of its own logged in as its user (:mod:`tests.benchmarks.load_client`),
edits, attaches and imports at random for the given time. Then:

- no lost update: each edited agreement's counter equals the edits that succeeded
  on it, every other attempt having been refused as a conflict;
- every change reached every client's change-log reader;
- ``accord check`` finds the library sound (no document without its stored file,
  no stored file without a document);
- the lag from a commit to another client reading it, median and 99th percentile.

Prints one table row; exit 0 when the three checks pass. The database is dropped.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa

from tests.benchmarks.load_client import EDITED, ClientResult, counter_of, run_client


@dataclass
class LoadFigures:
    """The outcome of one load run (see the module's docstring)."""

    clients: int
    seconds: float
    operations: dict[str, int]
    conflicts: int
    refused: int
    lost_updates: int
    unseen: int
    check_problems: list[str]
    lag_median_ms: float
    lag_p99_ms: float
    errors: list[str]
    refusals: list[str]

    @property
    def passed(self) -> bool:
        """No lost update, nothing unseen, a sound library, no unexpected error."""
        return not (self.lost_updates or self.unseen or self.check_problems or self.errors)


def _users(count: int) -> list[str]:
    return [f"accord_load_{os.getpid()}_{index:02d}" for index in range(1, count + 1)]


def prepare(admin_url: str, database: str, users: list[str]) -> str:
    """Create ``database`` as an office's library (built-in records) with ``users`` as
    editors; return the address of the database as a superuser."""
    from db.office.init import init_server
    from db.office.people import grant
    from db.opening import open_library

    base = sa.engine.make_url(admin_url)
    engine = sa.create_engine(base.set(database="postgres"), isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.exec_driver_sql(f"CREATE DATABASE {database}")
    engine.dispose()
    url = base.set(database=database).render_as_string(hide_password=False)
    admin = users[0] + "_admin"
    init_server(url, admin=admin)
    admin_url_of_db = base.set(database=database, username=admin).render_as_string(
        hide_password=False
    )
    with tempfile.TemporaryDirectory() as scratch:
        library = open_library(Path(scratch) / "admin", database_url=admin_url_of_db)
        try:
            for user in users:
                grant(library, user, "editor")
        finally:
            library.close()
    return url


def drop(admin_url: str, database: str, users: list[str]) -> None:
    """Drop the load test's database and its users."""
    base = sa.engine.make_url(admin_url)
    engine = sa.create_engine(base.set(database="postgres"), isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.exec_driver_sql(f"DROP DATABASE IF EXISTS {database} WITH (FORCE)")
        for user in [*users, users[0] + "_admin"]:
            conn.exec_driver_sql(f"DROP ROLE IF EXISTS {user}")
    engine.dispose()


def _lags(results: list[ClientResult]) -> list[float]:
    """Seconds from each commit to each other client's reader reading it."""
    lags = []
    for writer in results:
        for number, committed in writer.commits:
            for reader in results:
                if reader is not writer and number in reader.seen:
                    lags.append(max(0.0, reader.seen[number] - committed))
    return lags


def run_load(admin_url: str, clients: int = 20, seconds: float = 120.0) -> LoadFigures:
    """Run the load test on a new database of the server at ``admin_url``; return figures."""
    from db.opening import open_library
    from db.safekeeping.check import check_library

    users = _users(clients)
    database = f"accord_load_{os.getpid()}"
    url = prepare(admin_url, database, users)
    base = sa.engine.make_url(url)
    try:
        start_at = time.time() + 3.0 + clients * 0.3  # every process up and listening
        context = multiprocessing.get_context("spawn")
        with context.Pool(clients) as pool:
            jobs = [
                pool.apply_async(
                    run_client,
                    (
                        user,
                        base.set(username=user).render_as_string(hide_password=False),
                        seconds,
                        start_at,
                        index,
                    ),
                )
                for index, user in enumerate(users)
            ]
            results = [job.get(timeout=seconds + 300) for job in jobs]
        with tempfile.TemporaryDirectory() as scratch:
            library = open_library(Path(scratch) / "check", database_url=url)
            try:
                problems = list(check_library(library).problems)
                from db.agreements import get_agreement

                counters = {
                    i: counter_of(get_agreement(library, i).notes) for i in range(1, EDITED + 1)
                }
                with library.engine.connect() as conn:
                    numbers = set(conn.exec_driver_sql("SELECT id FROM change_log").scalars())
            finally:
                library.close()
    finally:
        drop(admin_url, database, users)
    succeeded = {i: sum(r.edits.get(i, 0) for r in results) for i in counters}
    lost = sum(max(0, succeeded[i] - counters[i]) for i in counters)
    first = min((n for r in results for n, _t in r.commits), default=0)
    wanted = {n for n in numbers if n >= first}
    unseen = sum(len(wanted - set(r.seen)) for r in results)
    lags = sorted(_lags(results)) or [0.0]
    operations: dict[str, int] = {}
    for r in results:
        for kind, count in r.operations.items():
            operations[kind] = operations.get(kind, 0) + count
    return LoadFigures(
        clients=clients,
        seconds=seconds,
        operations=operations,
        conflicts=sum(r.conflicts for r in results),
        refused=sum(r.refused for r in results),
        lost_updates=lost,
        unseen=unseen,
        check_problems=problems,
        lag_median_ms=statistics.median(lags) * 1000,
        lag_p99_ms=lags[min(len(lags) - 1, int(len(lags) * 0.99))] * 1000,
        errors=[e for r in results for e in r.errors],
        refusals=[e for r in results for e in r.refusals],
    )


def row(figures: LoadFigures) -> str:
    """The benchmark row of ``figures`` (Markdown)."""
    total = sum(figures.operations.values())
    kinds = ", ".join(f"{count} {kind}" for kind, count in sorted(figures.operations.items()))
    verdict = "pass" if figures.passed else "FAIL"
    return (
        f"| {figures.clients} clients × {figures.seconds:.0f} s | {total} operations ({kinds}); "
        f"{figures.conflicts} conflicts reported, {figures.refused} refused | "
        f"lost updates {figures.lost_updates}, unseen changes {figures.unseen}, "
        f"check {'clean' if not figures.check_problems else figures.check_problems[0]} | "
        f"lag median {figures.lag_median_ms:.1f} ms, p99 {figures.lag_p99_ms:.1f} ms | {verdict} |"
    )


def main(argv: list[str] | None = None) -> int:
    """Run the load test and print its row; 0 when it passes, 1 when not, 2 without a server."""
    parser = argparse.ArgumentParser(prog="python -m tests.benchmarks.bench_server_load")
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=120.0)
    parser.add_argument("--database-url", default=os.environ.get("ACCORD_TEST_DATABASE_URL", ""))
    args = parser.parse_args(argv)
    if not args.database_url:
        print("needs --database-url or ACCORD_TEST_DATABASE_URL (a superuser's)", file=sys.stderr)
        return 2
    figures = run_load(args.database_url, args.clients, args.seconds)
    print("| load | operations | correctness | notification lag | goal |")
    print("|---|---|---|---|---|")
    print(row(figures))
    for error in figures.errors[:5]:
        print(f"error: {error}", file=sys.stderr)
    return 0 if figures.passed else 1


if __name__ == "__main__":
    sys.exit(main())
