"""comments.published_version: live streams resume by publication, not by id

Revision ID: 0004_live
Revises: 0001
Create Date: 2026-12-02 15:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_live"
down_revision = "0001"
branch_labels = ("live",)
depends_on = None


def upgrade() -> None:
    op.add_column(
        "comments",
        sa.Column(
            "published_version",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            nullable=True,
        ),
    )
    op.create_index("ix_comments_thread_published", "comments", ["thread_id", "published_version"])
    # Comments published before this revision are older than any stream that opens after
    # it: version 0 keeps them out of every "since" query.
    op.execute("UPDATE comments SET published_version = 0 WHERE status = 'published'")


def downgrade() -> None:
    op.drop_index("ix_comments_thread_published", table_name="comments")
    with op.batch_alter_table("comments") as batch:
        batch.drop_column("published_version")
