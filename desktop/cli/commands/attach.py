"""``accord attach AGREEMENT_ID FILE``: add a PDF document to an agreement."""

from __future__ import annotations

from typing import TYPE_CHECKING

from db.enums import DocumentRole
from db.i18n.translate import QT_TRANSLATE_NOOP, fill, language, translate
from desktop.cli.commands import EXIT_OK, document_language, record_id

if TYPE_CHECKING:
    import argparse

    from db.library import Library

NAME = "attach"
HELP = QT_TRANSLATE_NOOP("cli", "add a PDF document to an agreement")

PAGES = QT_TRANSLATE_NOOP("cli", "%n page(s)", None, 1)


def configure(parser: argparse.ArgumentParser) -> None:
    """Add the arguments of ``accord attach``."""
    parser.add_argument("agreement_id", metavar="AGREEMENT_ID", type=record_id)
    parser.add_argument("file", metavar="FILE")
    parser.add_argument(
        "--language",
        metavar="CODE",
        type=document_language,
        default="",
        help=translate("cli", "ISO 639-1, e.g. ko"),
    )
    parser.add_argument(
        "--role",
        choices=[role.value for role in DocumentRole],
        default=DocumentRole.SIGNED_ORIGINAL.value,
        help=translate("cli", "what the document is to the agreement (default: signed_original)"),
    )


def run(library: Library, args: argparse.Namespace) -> int:
    """Attach the file; print the stored document's size, hash, role and pages."""
    from db.documents import attach_document

    document = attach_document(
        library,
        args.agreement_id,
        args.file,
        language=args.language,
        role=DocumentRole(args.role),
    )
    pages = (
        #: in place of the page count of a PDF whose pages cannot be counted
        translate("cli", "password-protected")
        if document.encrypted or document.page_count is None
        else translate("cli", PAGES, None, document.page_count)
    )
    print(
        fill(
            translate(
                "cli",
                "Attached {original_name} to agreement {agreement_id} as document {id} ({size} "
                "bytes, SHA-256 {sha256}, {lower}, {pages}).",
            ),
            original_name=document.original_name,
            agreement_id=document.agreement_id,
            id=document.id,
            size=document.size,
            sha256=document.sha256,
            lower=document.role.label_in(language()).lower(),
            pages=pages,
        )
    )
    return EXIT_OK
