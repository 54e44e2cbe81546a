"""``accord search QUERY [--limit N] [--json]``: what the search box finds, one hit a line."""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING

from db.i18n.translate import QT_TRANSLATE_NOOP, fill, translate
from desktop.cli.commands import EXIT_OK

if TYPE_CHECKING:
    from db.library import Library

NAME = "search"
HELP = QT_TRANSLATE_NOOP(
    "cli",
    'partners, agreements and document pages that match a query (words, "a phrase", -word, '
    "type:, partner:, lang:, year:, in:documents, in:records, is:notext)",
)
# Agreements listed when ``--limit`` is not given.
DEFAULT_LIMIT = 50


def _limit(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(
            fill(translate("cli", "“{text}” is not a number of hits (1 or more)"), text=text)
        )
    return value


def configure(parser: argparse.ArgumentParser) -> None:
    """Add the arguments of ``accord search``."""
    parser.add_argument("query", metavar="QUERY", nargs="+", help=translate("cli", "what to find"))
    parser.add_argument(
        "--limit",
        metavar="N",
        type=_limit,
        default=DEFAULT_LIMIT,
        help=fill(
            translate("cli", "agreements and pages shown at most (default {n})"), n=DEFAULT_LIMIT
        ),  # fmt: skip
    )
    parser.add_argument("--json", action="store_true", help=translate("cli", "one JSON document"))


def run(library: Library, args: argparse.Namespace) -> int:
    """Print the agreements found, best first: ``ID  partner  title``, then each page hit
    indented under its agreement: ``document  p. N  snippet``. Exit 0 whether or not
    anything is found (a count line says so)."""
    from db.agreement_query import agreement_rows
    from db.search.query import MAX_TERMS
    from db.text_search import search

    text = " ".join(args.query)
    result = search(library, text, limit=args.limit)
    shown = list(result.agreement_ids[: args.limit])
    rows = agreement_rows(library, shown)
    pages: dict[int, list] = {}
    for hit in result.page_hits:
        pages.setdefault(hit.agreement_id, []).append(hit)
    if args.json:
        document = {
            "query": text,
            "count": len(result.agreement_ids),
            "agreements": [
                {
                    "id": ident,
                    "partner": rows[ident].partner_name,
                    "title": rows[ident].title,
                    "date_signed": rows[ident].date_signed.isoformat(),
                    "rank": result.ranks.get(ident, 0),
                    "pages": [
                        {
                            "document_id": hit.document_id,
                            "document": hit.original_name,
                            "page": hit.page_number,
                            "snippet": hit.snippet,
                            "highlights": [list(place) for place in hit.highlights],
                        }
                        for hit in pages.get(ident, [])
                    ],  # fmt: skip
                }
                for ident in shown
                if ident in rows
            ],
        }
        print(json.dumps(document, ensure_ascii=False, indent=2))
        return EXIT_OK
    for ident in shown:
        row = rows.get(ident)
        if row is None:
            continue
        print(f"{ident}\t{row.partner_name}\t{row.title}")
        for hit in pages.get(ident, []):
            page = fill(translate("cli", "p. {page}"), page=hit.page_number)
            print(f"\t{hit.original_name}\t{page}\t{hit.snippet}")
    count = len(result.agreement_ids)
    if count > len(shown):
        line = translate("cli", "{shown} of {count} agreements found (see --limit).")
    elif count == 1:
        line = translate("cli", "1 agreement found.")
    else:
        line = translate("cli", "{count} agreements found.")
    print(fill(line, shown=len(shown), count=count))
    if result.query.ignored:
        line = translate("cli", "{n} words past the first {max} were not searched.")
        print(fill(line, n=result.query.ignored, max=MAX_TERMS))
    return EXIT_OK
