"""Alembic environment: run from code with the engine the app opened."""

from alembic import context

from consult.store.errors import StoreError
from consult.store.models import Base

engine = context.config.attributes["engine"]
with engine.connect() as connection:
    sqlite = connection.dialect.name == "sqlite"
    if sqlite:
        # SQLite's batch mode rebuilds a table by copying it and dropping the old one. With
        # foreign keys on, dropping `patient` fails once consultations point at it, or empties
        # the tables that cascade from it. Off during the migration (the pragma is ignored
        # inside a transaction, hence on the driver's connection first), checked after.
        connection.connection.driver_connection.execute("PRAGMA foreign_keys=OFF")
    try:
        with connection.begin():
            context.configure(
                connection=connection,
                target_metadata=Base.metadata,
                render_as_batch=sqlite,
            )
            context.run_migrations()
            if sqlite:
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").first()
                if broken is not None:
                    raise StoreError(
                        f"updating the database would break a link from table {broken[0]}: "
                        "nothing was changed"
                    )
    finally:
        if sqlite:
            connection.connection.driver_connection.execute("PRAGMA foreign_keys=ON")
