"""Agreements with lives for the timeline's tests and screenshots, added to Seoul's.

Beside the built-in records (Seoul, partner 5, has two open-ended agreements of
2014 and 2015): one renewed twice and then superseded, the one superseding it, one
expired and one terminated. Run from the source tree to render the panel::

    python -m tests.gui.timeline_library /tmp/timeline-shots
"""

from __future__ import annotations

import datetime as dt
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from db.agreements import add_agreement
from db.enums import AgreementType, EventKind, Renewal
from db.models import AgreementEvent
from db.partners import find_partner
from db.schemas import AgreementCreate

if TYPE_CHECKING:
    from db.library import Library

#: The day the tests take as today.
TODAY = dt.date(2026, 1, 15)


@dataclass(frozen=True)
class Added:
    """The IDs of the agreements :func:`add_lives` added, and Seoul's partner ID."""

    seoul: int
    renewed: int  # renewed in 2013 and 2016, superseded in 2019
    successor: int  # supersedes ``renewed`` from 1 April 2019
    expired: int  # expired on 31 May 2020
    terminated: int  # terminated on 30 September 2021, before its expiry in 2024


def add_lives(library: Library) -> Added:
    """Add the four agreements (and their events) to Seoul's; return their IDs."""
    seoul = find_partner(library, "Seoul")
    assert seoul is not None

    def add(title: str, kind: AgreementType, signed: dt.date, **more: object) -> int:
        data = AgreementCreate(partner_id=seoul.id, title=title, type=kind, date_signed=signed,
                               **more)  # type: ignore[arg-type]  # fmt: skip
        return add_agreement(library, data).id

    renewed = add(
        "Agreement on Youth Exchange",
        AgreementType.OTHER,
        dt.date(2010, 3, 1),
        effective_from=dt.date(2010, 4, 1),
        expires_on=dt.date(2019, 3, 31),
        renewal=Renewal.AUTOMATIC,
        renewal_term="P36M",
        notice_period="P3M",
    )
    successor = add(
        "Agreement on Youth and Sports Exchange",
        AgreementType.OTHER,
        dt.date(2018, 11, 20),
        effective_from=dt.date(2019, 4, 1),
        expires_on=dt.date(2027, 3, 31),
        supersedes_id=renewed,
        notice_period="P3M",
    )
    expired = add(
        "Memorandum on Disaster Preparedness",
        AgreementType.MEMORANDUM_OF_UNDERSTANDING,
        dt.date(2012, 6, 1),
        expires_on=dt.date(2020, 5, 31),
    )
    terminated = add(
        "Letter of Intent on Tourism Promotion",
        AgreementType.LETTER_OF_INTENT,
        dt.date(2016, 1, 15),
        expires_on=dt.date(2024, 1, 14),
    )
    with library.session(write=True) as session:
        for day, expiry in ((dt.date(2013, 3, 1), dt.date(2016, 3, 31)),
                            (dt.date(2016, 3, 1), dt.date(2019, 3, 31))):  # fmt: skip
            session.add(
                AgreementEvent(
                    agreement_id=renewed,
                    kind=EventKind.RENEWED,
                    date=day,
                    new_expiry=expiry,
                    automatic=True,
                )  # fmt: skip
            )
        session.add(
            AgreementEvent(
                agreement_id=terminated,
                kind=EventKind.TERMINATED,
                date=dt.date(2021, 9, 30),
                note="By mutual consent",
            )  # fmt: skip
        )
        session.commit()
    return Added(seoul.id, renewed, successor, expired, terminated)


def render(folder: Path) -> list[Path]:
    """Render the Timeline panel (Seoul, then every partner; timeline and chart) in
    English and in Japanese into ``folder``; return the PNG paths."""
    from PySide6.QtWidgets import QApplication

    from db.i18n.ui_language import LanguageChoice
    from db.opening import open_library
    from desktop.support.changes import RecordsNotifier
    from desktop.support.language import install_translators
    from desktop.window.timeline.panel import TimelinePanel

    app = QApplication.instance() or QApplication(sys.argv[:1])
    library = open_library(folder / "library")
    added = add_lives(library)
    written = []
    for code in ("en", "ja"):
        install_translators(app, LanguageChoice(code, "option"))
        notifier = RecordsNotifier()
        panel = TimelinePanel(library, notifier, today=lambda: TODAY)
        panel.resize(1100, 420)
        panel.show()
        panel.set_partner(added.seoul)
        panel.select_agreement(added.successor)
        for scope, name in ((False, "seoul"), (True, "all")):
            panel.set_all_partners(scope)
            for tab, what in ((0, "timeline"), (1, "chart")):
                panel.tabs.setCurrentIndex(tab)
                app.processEvents()
                path = folder / f"timeline-{name}-{what}-{code}.png"
                panel.grab().save(str(path))
                written.append(path)
        panel.close()
    return written


if __name__ == "__main__":
    for shot in render(Path(sys.argv[1])):
        print(shot)
