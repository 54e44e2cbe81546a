"""db.search.index.agreement_texts (bulk writes) gives exactly agreement_text of each row.

The bulk function folds each part once per distinct text and joins the folded
parts; :func:`db.search.terms.search_text` folds the joined text. These tests hold
the two to the same result on any text, including the characters where a
fold across a space could differ: combining marks at a part's start or end,
Hangul jamo that NFC composes, compatibility spaces and invisible characters.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from db.enums import AgreementType
from db.search.index import agreement_text, agreement_texts

_TRICKY = (
    " \u3000\u00a0\t\n\u200b\ufeffaAéÉİıßσςΣ\u0301\u0308\u0345\u1100\u1161\u11a8가각"
    "ｶﾞ\u3099①ﬁ𠮷\U0001d400\U0001e000"
)
_TEXT = st.text(alphabet=st.characters(codec="utf-8") | st.sampled_from(_TRICKY), max_size=12)
_DATE = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31))
_ROW = st.tuples(
    _TEXT,
    st.sampled_from(list(AgreementType)) | st.sampled_from([t.value for t in AgreementType]),
    _DATE | _DATE.map(dt.date.isoformat),
    st.none() | _DATE,
    _TEXT,
    st.lists(_TEXT, max_size=3),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_ROW, max_size=6), st.data())
def test_agreement_texts_is_agreement_text_of_each_row(rows, data) -> None:
    # Repeats of earlier rows' parts exercise the remembered folds.
    rows += [data.draw(st.sampled_from(rows)) for _ in range(2)] if rows else []
    assert agreement_texts(rows) == [agreement_text(*row) for row in rows]


def test_an_office_row() -> None:
    row = ("Mémorandum ① 서울", AgreementType.OTHER, dt.date(2021, 7, 8), None, "  ", ["Culture"])
    assert agreement_texts([row, row]) == [agreement_text(*row)] * 2
