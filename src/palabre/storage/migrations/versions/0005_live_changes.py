"""comments.live_change: what a live stream tells readers about a comment's last change

Revision ID: 0005_live_changes
Revises: 0004_live
Create Date: 2026-12-02 18:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005_live_changes"
down_revision = "0004_live"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # "publish", "edit" or "remove"; NULL on rows changed before this revision, which
    # streams read as "publish", what they meant then.
    op.add_column("comments", sa.Column("live_change", sa.String(8), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("comments") as batch:
        batch.drop_column("live_change")
