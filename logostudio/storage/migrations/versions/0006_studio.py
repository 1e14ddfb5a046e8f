"""The studio: set_info (a set's own name, and what it was made from: More like this, New
variations or the editor's edits) and shortlist (the logos each person put a heart on).

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import JSONB

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

JSON = sa.JSON().with_variant(JSONB(), "postgresql")


def upgrade() -> None:
    op.create_table(
        "set_info",
        sa.Column("job_id", sa.Uuid(), sa.ForeignKey("jobs.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("name", sa.String(80), nullable=True),
        sa.Column("origin", sa.String(16), nullable=True),
        sa.Column("source_job_id", sa.Uuid(), sa.ForeignKey("jobs.id", ondelete="SET NULL"), nullable=True),
        sa.Column("source_index", sa.Integer(), nullable=True),
        sa.Column("source_title", sa.String(80), nullable=True),
        sa.Column("edits", JSON, nullable=True),
        sa.Column("base_index", sa.Integer(), nullable=True),
        sa.Column("nudge", sa.Integer(), nullable=False, server_default="0"),
    )
    op.create_index("ix_set_info_source_job_id", "set_info", ["source_job_id"])
    op.create_table(
        "shortlist",
        sa.Column("id", sa.Uuid(), primary_key=True),
        sa.Column("user_id", sa.Uuid(), sa.ForeignKey("users.id", ondelete="CASCADE"), nullable=True),
        sa.Column("anon_id", sa.Uuid(), nullable=True),
        sa.Column("job_id", sa.Uuid(), sa.ForeignKey("jobs.id", ondelete="CASCADE"), nullable=False),
        sa.Column("variant_index", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("user_id", "job_id", "variant_index", name="uq_shortlist_user_variant"),
        sa.UniqueConstraint("anon_id", "job_id", "variant_index", name="uq_shortlist_anon_variant"),
        sa.CheckConstraint("user_id IS NOT NULL OR anon_id IS NOT NULL", name="ck_shortlist_owner"),
    )
    op.create_index("ix_shortlist_user_id", "shortlist", ["user_id"])
    op.create_index("ix_shortlist_anon_id", "shortlist", ["anon_id"])
    op.create_index("ix_shortlist_job_id", "shortlist", ["job_id"])


def downgrade() -> None:
    op.drop_table("shortlist")
    op.drop_table("set_info")
