"""logo_variants.meta: what each variant says about itself (layout, icon, font, checks).

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

JSONType = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")


def upgrade() -> None:
    with op.batch_alter_table("logo_variants") as batch:
        batch.add_column(sa.Column("meta", JSONType, nullable=False, server_default=sa.text("'{}'")))


def downgrade() -> None:
    with op.batch_alter_table("logo_variants") as batch:
        batch.drop_column("meta")
