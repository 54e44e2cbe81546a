"""The full-text search benchmark judges its rows as its goals say (no timing asserted)."""

from __future__ import annotations

from tests.benchmarks.search_rows import Row, paired, table


def test_a_row_passes_within_its_ratio_and_its_limit() -> None:
    row = Row("keystroke", "its SQL, bare", 1.5, limit=0.100, accord=0.090, baseline=0.080)
    assert row.passed() is True
    row.accord = 0.110  # 1.375x: within the ratio, over the 100 ms limit
    assert row.passed() is False
    row.limit = None
    assert row.passed() is True
    row.accord = 0.130  # 1.625x
    assert row.passed() is False


def test_a_row_without_a_figure_or_given_up_fails_the_table() -> None:
    gave_up = Row("index", "pypdfium2 text alone", 1.5, baseline=10.0, failed=True,
                  error="gave up after 600 s")  # fmt: skip
    shown = Row("whole database file", "folded text", None, unit="B", accord=3e8, baseline=1e8)
    assert gave_up.passed() is False
    text, everything = table(1_000, [shown])
    assert everything
    assert "| info" in text
    assert "286.1 MiB" in text
    assert "3.00x" in text
    text, everything = table(1_000, [shown, gave_up])
    assert not everything
    assert "| FAIL" in text
    assert "- index: gave up after 600 s" in text
    text, everything = table(1_000, [Row("size", "text", 2.0, error="no FTS5 table")])
    assert not everything
    assert "| n/a" in text


def test_paired_calls_both_in_turn() -> None:
    calls: list[str] = []
    accord, baseline, runs = paired(
        lambda: calls.append("a"), lambda: calls.append("b"), runs=3, budget=60.0
    )
    assert runs == 3
    assert calls == ["a", "b", "a", "b", "b", "a", "a", "b"]  # one untimed pair, then in turn
    assert accord >= 0
    assert baseline >= 0
