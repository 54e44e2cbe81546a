"""Accord 0.5: a partner's name in the office's own language (``office_name``).

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-07

``office_name`` (VARCHAR(200) NOT NULL DEFAULT '') is added to ``partner``
(SQLite's own ``ALTER TABLE ADD COLUMN``; see 0003 for why the tables are
never copied): the name as the office writes it in its language
(ソウル特別市, パリ市 for the Tokyo Metropolitan Government), beside the
English ``name`` and the ``local_name`` in the partner's own script.

A library's built-in partners get the Japanese names the built-in library
now carries (:data:`BUILTIN_OFFICE_NAMES`, a frozen copy of
``db/data/builtin_library.json``'s at this revision): only a partner whose
English name *and* country are exactly the built-in's, and whose new column
is still empty. Every library so far began as the built-in library of this
one office, so without them its Japanese window would show every partner in
English until someone typed twenty names; a partner the office added or
renamed is left empty. The fill writes no history row and no new version
(an upgrade, not an edit); the partners' ``search_text`` is made again so
that searching ソウル finds Seoul.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from db.search.index import partner_text

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

# (English name, country) → Japanese name, as in builtin_library.json at this revision.
BUILTIN_OFFICE_NAMES = {
    ("New York City", "United States of America"): "ニューヨーク市",
    ("Beijing", "People's Republic of China"): "北京市",
    ("Paris", "French Republic"): "パリ市",
    ("New South Wales", "Commonwealth of Australia"): "ニューサウスウェールズ州",
    ("Seoul", "Republic of Korea"): "ソウル特別市",
    ("Jakarta", "Republic of Indonesia"): "ジャカルタ特別州",
    ("São Paulo (state)", "Federative Republic of Brazil"): "サンパウロ州",
    ("Cairo", "Arab Republic of Egypt"): "カイロ県",
    ("Moscow", "Russian Federation"): "モスクワ市",
    ("Berlin", "Federal Republic of Germany"): "ベルリン市",
    ("Rome", "Republic of Italy"): "ローマ市",
    ("London", "United Kingdom of Great Britain and Northern Ireland"): "ロンドン",
    ("Tomsk Region", "Russian Federation"): "トムスク州",
    ("Brussels-Capital Region", "Kingdom of Belgium"): "ブリュッセル首都圏地域",
    ("Los Angeles", "United States of America"): "ロサンゼルス市",
    ("Kuala Lumpur", "Malaysia"): "クアラルンプール市",
    ("City of Helsinki", "Republic of Finland"): "ヘルシンキ市",
    ("Abu Dhabi", "United Arab Emirates"): "アブダビ首長国",
    ("Ulaanbaatar", "Mongolia"): "ウランバートル市",
    ("Bangkok", "Kingdom of Thailand"): "バンコク都",
}


def upgrade() -> None:
    with op.batch_alter_table("partner") as batch:
        batch.add_column(
            sa.Column("office_name", sa.String(200), nullable=False, server_default="")
        )
    _fill_builtin_names()


def _fill_builtin_names() -> None:
    """Give the built-in partners recognised by exact English name and country their
    Japanese name, where none is recorded, and make their search text again."""
    conn = op.get_bind()
    rows = conn.execute(
        sa.text("SELECT id, name, local_name, country, relationship, office_name FROM partner")
    ).all()
    statement = sa.text(
        "UPDATE partner SET office_name = :office, search_text = :text WHERE id = :id"
    )
    for pid, name, local, country, relationship, office in rows:
        found = BUILTIN_OFFICE_NAMES.get((name, country))
        if found is None or office:
            continue
        text = partner_text(name, local or "", country, relationship, found)
        conn.execute(statement, {"id": pid, "office": found, "text": text})


def downgrade() -> None:
    """Back to 0004: the column goes (ALTER TABLE DROP COLUMN); search texts keep the names
    until the partner next changes, which only makes a search find a little more."""
    op.drop_column("partner", "office_name")
