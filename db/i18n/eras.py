"""Japanese eras (和暦) as data: which era a date falls in, and ``平成26年7月23日``.

The table is ``db/data/eras.json`` (明治, 大正, 昭和, 平成, 令和 with their first
days and where each comes from: the imperial rescripts and the Cabinet
Orders changing the era name). A future era is one more entry there. An era
lasts from its first day to the day before the next era's first day; year 1
of an era is written 元年 (``令和元年5月1日``).

Dates before 1873-01-01 (``gregorian_from`` in the data) were written in
Japan's lunisolar calendar, whose months and days are not the Gregorian
ones, so they have no era form here (:func:`era_date` returns ``None``).
"""

from __future__ import annotations

import datetime as dt
import json
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from db.i18n.translate import fill, translate

ERA_TABLE = Path(__file__).resolve().parents[1] / "data" / "eras.json"
# Year 1 of an era, as Japanese writes it.
GANNEN = "元"


@dataclass(frozen=True)
class Era:
    """One era: ``name`` 平成, ``romaji`` Heisei, ``letter`` H, its first and last day."""

    name: str
    romaji: str
    letter: str
    first_day: dt.date
    last_day: dt.date | None  # None: the current era

    def contains(self, day: dt.date) -> bool:
        """Return whether ``day`` falls in this era."""
        return self.first_day <= day and (self.last_day is None or day <= self.last_day)

    def year_of(self, day: dt.date) -> int:
        """Return the year of this era that ``day`` falls in (1 for its first calendar year)."""
        return day.year - self.first_day.year + 1


@dataclass(frozen=True)
class EraTable:
    """The eras oldest first, and the first day Japan used the Gregorian calendar."""

    eras: tuple[Era, ...]
    gregorian_from: dt.date


@cache
def era_table(path: Path = ERA_TABLE) -> EraTable:
    """Return the era table read from ``path`` (read once).

    Raises :class:`OSError` when the file cannot be read and
    :class:`ValueError` when its eras are not in order of their first days.
    """
    data = json.loads(path.read_text(encoding="utf-8"))
    entries = data["eras"]
    firsts = [dt.date.fromisoformat(entry["first_day"]) for entry in entries]
    if firsts != sorted(set(firsts)):
        raise ValueError(
            fill(
                translate(
                    "dates", "{path}: the eras must be listed oldest first, one per first day."
                ),
                path=path,
            )
        )
    eras = tuple(
        Era(
            name=entry["name"],
            romaji=entry["romaji"],
            letter=entry["letter"],
            first_day=first,
            last_day=following - dt.timedelta(days=1) if following else None,
        )
        for entry, first, following in zip(entries, firsts, [*firsts[1:], None], strict=True)
    )
    return EraTable(eras=eras, gregorian_from=dt.date.fromisoformat(data["gregorian_from"]))


def eras() -> tuple[Era, ...]:
    """Return the eras, oldest first."""
    return era_table().eras


def era_of(day: dt.date) -> Era | None:
    """Return the era ``day`` falls in, or ``None`` before the first era of the table."""
    table = eras()
    index = bisect_right([era.first_day for era in table], day) - 1
    return table[index] if index >= 0 else None


def era_named(name: str) -> Era:
    """Return the era called ``name``: 平成, Heisei (any case, with or without macrons), or H.

    Raises :class:`LookupError` when no era has that name.
    """
    plain = _plain(name)
    for era in eras():
        if name == era.name or plain in (_plain(era.romaji), era.letter.lower()):
            return era
    raise LookupError(fill(translate("dates", "No Japanese era is called “{name}”."), name=name))


def _plain(text: str) -> str:
    return text.strip().lower().translate(str.maketrans("āēīōū", "aeiou"))


def era_year(day: dt.date) -> tuple[Era, int] | None:
    """Return ``(era, year of the era)`` of ``day``; ``None`` before 1873 (no era date then)."""
    era = era_of(day)
    if era is None or day < era_table().gregorian_from:
        return None
    return era, era.year_of(day)


def era_year_text(year: int) -> str:
    """Return an era's year as Japanese writes it: ``元`` for 1, else the number."""
    return GANNEN if year == 1 else str(year)


def era_date(day: dt.date) -> str | None:
    """Return ``day`` as a Japanese era date, ``平成26年7月23日`` or ``令和元年5月1日``.

    ``None`` for a day before 1873-01-01, which Japan wrote in its old
    lunisolar calendar (see the module's docstring).
    """
    found = era_year(day)
    if found is None:
        return None
    era, year = found
    return f"{era.name}{era_year_text(year)}年{day.month}月{day.day}日"


def from_era(era: Era, year: int, month: int, day: int) -> dt.date:
    """Return the Gregorian date of ``era`` year ``year``, ``month``/``day``.

    Raises :class:`ValueError` (a sentence) when there is no such day, when
    it falls outside the era (平成31年5月1日 was 令和元年5月1日), or before 1873.
    """
    names = {"era": era.romaji, "name": era.name}
    if year < 1:
        #: {era} is the era in Latin letters (Heisei), {name} in kanji (平成).
        raise ValueError(
            fill(translate("eras", "There is no year {year} of {era}."), year=year, **names)
        )
    found = dt.date(era.first_day.year + year - 1, month, day)  # ValueError: no such day
    if found < era.first_day:
        #: {era} is the era in Latin letters (Heisei), {name} in kanji (平成); {date} is ISO.
        text = translate("eras", "The {era} era began on {date}.")
        raise ValueError(fill(text, date=era.first_day.isoformat(), **names))
    if era.last_day is not None and found > era.last_day:
        #: {era} is the era in Latin letters (Heisei), {name} in kanji (平成); {date} is ISO.
        text = translate("eras", "The {era} era ended on {date}.")
        raise ValueError(fill(text, date=era.last_day.isoformat(), **names))
    if found < era_table().gregorian_from:
        raise ValueError(translate("eras", "Japan used its old lunisolar calendar before 1873."))
    return found
