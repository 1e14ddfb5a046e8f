"""jobs: the outbox (enqueued_at) and the lease (lease_token, lease_expires_at, attempts).

The database is the source of truth for jobs: `enqueued_at` says when a job was last handed to the
queue (NULL: not yet, the reconciler will), `lease_token` names the one run allowed to write the
job's rows until `lease_expires_at` (renewed while it runs), `attempts` counts the runs that began.

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("jobs") as batch:
        batch.add_column(sa.Column("enqueued_at", sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column("lease_token", sa.Uuid(), nullable=True))
        batch.add_column(sa.Column("lease_expires_at", sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column("attempts", sa.Integer(), nullable=False, server_default=sa.text("0")))


def downgrade() -> None:
    with op.batch_alter_table("jobs") as batch:
        batch.drop_column("attempts")
        batch.drop_column("lease_expires_at")
        batch.drop_column("lease_token")
        batch.drop_column("enqueued_at")
