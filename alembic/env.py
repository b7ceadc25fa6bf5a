"""Alembic environment: the same database URL as the CLI, batch mode on SQLite.

A connection handed in through ``config.attributes["connection"]`` (by
``newsdb db``, the importer and the tests) is used as is; otherwise the URL is
``sqlalchemy.url`` from the config, else $NEWSDB_DATABASE_URL, else the
default SQLite file.
"""

from alembic import context

from newsdb.db import database_url, make_engine
from newsdb.models import Base, Money

config = context.config
target_metadata = Base.metadata


def render_item(type_, obj, autogen_context):
    """Render the Money type by its physical type, so revisions import no newsdb code."""
    if type_ == "type" and isinstance(obj, Money):
        return "sa.Numeric(precision=24, scale=2)"
    return False


def run_migrations(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        # One transaction for the whole upgrade or downgrade on SQLite too (it has
        # transactional DDL; Alembic assumes not and commits after each revision):
        # a revision that refuses leaves the database as it was, not half-way.
        transactional_ddl=True,
        compare_type=True,
        render_item=render_item,
    )
    with context.begin_transaction():
        context.run_migrations()


def main() -> None:
    url = database_url(config.get_main_option("sqlalchemy.url"))
    if context.is_offline_mode():
        context.configure(url=url, target_metadata=target_metadata, literal_binds=True)
        with context.begin_transaction():
            context.run_migrations()
        return
    connection = config.attributes.get("connection")
    if connection is not None:
        run_migrations(connection)
        return
    engine = make_engine(url)
    with engine.connect() as connection:
        run_migrations(connection)
        connection.commit()
    engine.dispose()


main()
