"""Custom item data roles shared by Accord's item models and proxies."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import Qt


class ItemRole(IntEnum):
    """Data roles beyond Qt's own, named so that views and proxies never guess.

    - ``RECORD``: the db read value of the row (``PartnerRead``,
      ``AgreementRead``, ``DocumentRead``), or ``None`` for a pinned row.
    - ``SORT``: a value that sorts as the column means it (folded text,
      ISO dates, counts as ints).
    - ``SEARCH``: the folded text the search field is matched against.
    - ``PINNED``: true for a row that stays first under any sort
      ("All agreements").
    - ``STATUS``: the :class:`~db.integrity.DocumentStatus` of a document's
      stored file, ``None`` while it is not known.
    - ``KEEP``: the end of the display text that must stay whole when the
      cell is too narrow (the count of "All agreements (21)"); the rest is
      elided instead (:class:`~desktop.support.cell_delegates.SpacedDelegate`).
    """

    RECORD = int(Qt.ItemDataRole.UserRole) + 1
    SORT = int(Qt.ItemDataRole.UserRole) + 2
    SEARCH = int(Qt.ItemDataRole.UserRole) + 3
    PINNED = int(Qt.ItemDataRole.UserRole) + 4
    STATUS = int(Qt.ItemDataRole.UserRole) + 5
    KEEP = int(Qt.ItemDataRole.UserRole) + 6
