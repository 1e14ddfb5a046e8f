"""Owners and API keys: jobs.anon_id (an anonymous browser's sets), indexes on the owners, api_keys.

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("jobs") as batch:
        batch.add_column(sa.Column("anon_id", sa.Uuid(), nullable=True))
        batch.create_index("ix_jobs_anon_id", ["anon_id"])
        batch.create_index("ix_jobs_user_id", ["user_id"])
    op.create_table(
        "api_keys",
        sa.Column("id", sa.Uuid(), primary_key=True),
        sa.Column("user_id", sa.Uuid(), sa.ForeignKey("users.id", ondelete="CASCADE"), nullable=True),
        sa.Column("anon_id", sa.Uuid(), nullable=True),
        sa.Column("name", sa.String(60), nullable=False),
        sa.Column("prefix", sa.String(16), nullable=False),
        sa.Column("key_hash", sa.String(64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_used_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
        sa.UniqueConstraint("key_hash", name="uq_api_keys_key_hash"),
        sa.CheckConstraint("user_id IS NOT NULL OR anon_id IS NOT NULL", name="ck_api_keys_owner"),
    )
    op.create_index("ix_api_keys_user_id", "api_keys", ["user_id"])
    op.create_index("ix_api_keys_anon_id", "api_keys", ["anon_id"])


def downgrade() -> None:
    op.drop_table("api_keys")
    with op.batch_alter_table("jobs") as batch:
        batch.drop_index("ix_jobs_user_id")
        batch.drop_index("ix_jobs_anon_id")
        batch.drop_column("anon_id")
