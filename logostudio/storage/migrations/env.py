"""Alembic environment: runs on the connection that logostudio.storage.db.migrate() hands over."""

from alembic import context

from logostudio.storage.db import get_engine
from logostudio.storage.models import Base

target_metadata = Base.metadata
connection = context.config.attributes.get("connection")


def run() -> None:
    if connection is not None:
        context.configure(
            connection=connection, target_metadata=target_metadata, render_as_batch=connection.dialect.name == "sqlite"
        )
        with context.begin_transaction():
            context.run_migrations()
        return
    with get_engine().connect() as conn:
        context.configure(
            connection=conn, target_metadata=target_metadata, render_as_batch=conn.dialect.name == "sqlite"
        )
        with context.begin_transaction():
            context.run_migrations()


run()
