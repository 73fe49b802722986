"""Opening the database: private files, pragmas, migrations, refusals."""

import os
import sqlite3
import stat

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text

from consult.store.database import StoreError, current_revision, driver_url, open_database
from consult.store.models import Base


def url(path):
    return f"sqlite:///{path}"


def test_upgrade_head_on_an_empty_file_matches_the_models(database_url):
    db = open_database(database_url)
    with db.engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
        # compare_metadata does not compare collations: the C-collated search columns on
        # PostgreSQL are checked here.
        reflected = {
            (table.name, column["name"]): getattr(column["type"], "collation", None)
            for table in Base.metadata.sorted_tables
            for column in inspect(connection).get_columns(table.name)
        }
        modelled = {
            (table.name, column.name): getattr(
                column.type.dialect_impl(connection.dialect), "collation", None
            )
            for table in Base.metadata.sorted_tables
            for column in table.columns
        }
    db.engine.dispose()
    assert differences == []
    assert reflected == modelled


def test_folder_and_file_are_private_to_the_user(tmp_path):
    path = tmp_path / "data" / "consult.sqlite3"
    open_database(url(path))
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_pragmas_are_set_on_every_connection(tmp_path):
    db = open_database(url(tmp_path / "p.sqlite3"))
    with db.engine.connect() as connection:
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA busy_timeout")).scalar() >= 5000


def test_opening_again_keeps_the_data_and_the_revision(database_url):
    db = open_database(database_url)
    head = current_revision(db.engine)
    with db.engine.begin() as connection:
        connection.execute(
            text("INSERT INTO practitioner (name, created_at) VALUES ('A', '2026-01-01')")
        )
    db.engine.dispose()
    db = open_database(database_url)
    assert current_revision(db.engine) == head
    with db.engine.connect() as connection:
        assert connection.execute(text("SELECT name FROM practitioner")).scalar() == "A"
    db.engine.dispose()


def test_a_database_newer_than_the_app_is_refused(database_url):
    db = open_database(database_url)
    with db.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    db.engine.dispose()
    with pytest.raises(StoreError, match="newer version of consult"):
        open_database(database_url)


@pytest.mark.parametrize("content", [os.urandom(8192), b"SQLite format 3\x00" + b"\x00" * 50])
def test_a_damaged_file_is_named_and_left_untouched(tmp_path, content):
    path = tmp_path / "bad.sqlite3"
    path.write_bytes(content)
    with pytest.raises(StoreError, match=r"bad\.sqlite3"):
        open_database(url(path))
    assert path.read_bytes() == content


def test_an_older_database_is_copied_aside_then_upgraded_with_its_data(tmp_path):
    from alembic import command
    from sqlalchemy import create_engine

    from consult.store.database import alembic_config

    path = tmp_path / "old.sqlite3"
    engine = create_engine(url(path))
    command.upgrade(alembic_config(engine), "0001")
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO patient (given_names, family_name, date_of_birth, sex, phone, email,"
                " fitzpatrick_questionnaire, language, notes, archived, created_at, updated_at,"
                " phone_digits) VALUES ('Zoë', 'Old', '1990-01-01', '', '', '', '', 'en', '',"
                " 0, '2026-01-01', '2026-01-01', '')"
            )
        )
    engine.dispose()
    db = open_database(url(path))
    assert current_revision(db.engine) != "0001"
    with db.engine.connect() as connection:
        row = connection.execute(text("SELECT given_names, version FROM patient")).one()
    assert tuple(row) == ("Zoë", 1)
    kept = tmp_path / f"old.sqlite3.before-{current_revision(db.engine)}"
    assert kept.exists() and stat.S_IMODE(kept.stat().st_mode) == 0o600
    with sqlite3.connect(kept) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)


@pytest.mark.parametrize("scheme", ["postgresql", "postgres", "postgresql+psycopg"])
def test_a_postgresql_url_uses_psycopg(scheme):
    assert driver_url(f"{scheme}://u:pw@host/db").drivername == "postgresql+psycopg"
    assert driver_url("sqlite:///x.sqlite3").drivername == "sqlite"


def test_a_server_that_cannot_be_reached_is_named_without_its_password():
    # Port 1 on the local machine: nothing listens there, the connection is refused at once.
    with pytest.raises(StoreError) as refused:
        open_database("postgresql://consult:s3cret-pw@127.0.0.1:1/consult")
    message = str(refused.value)
    assert "127.0.0.1:1/consult" in message
    assert "could not be used" in message
    assert "s3cret-pw" not in message


@pytest.mark.parametrize(
    "address", ["postgresql://consult:s3cret-pw@host:port/db", "not a url://s3cret-pw"]
)
def test_an_unreadable_address_is_refused_without_repeating_it(address):
    with pytest.raises(StoreError, match="could not be read") as refused:
        open_database(address)
    assert "s3cret-pw" not in str(refused.value)


def test_an_unknown_kind_of_database_is_refused():
    with pytest.raises(StoreError, match="cannot open the database nosuchdb://u:\\*\\*\\*@h/d"):
        open_database("nosuchdb://u:pw@h/d")


def test_a_truncated_database_is_refused_by_its_header(tmp_path):
    path = tmp_path / "cut.sqlite3"
    db = open_database(url(path))
    with db.engine.begin() as connection:
        connection.execute(text("CREATE TABLE filler (x TEXT)"))
        for _ in range(50):
            connection.execute(text("INSERT INTO filler VALUES (:x)"), {"x": "y" * 4000})
    db.engine.dispose()
    content = path.read_bytes()[: len(path.read_bytes()) // 2]
    path.write_bytes(content)
    with pytest.raises(StoreError, match=r"cut\.sqlite3.*truncated"):
        open_database(url(path))
    assert path.read_bytes() == content


def test_a_large_file_gets_the_structural_check_and_opens(tmp_path, monkeypatch):
    import consult.store.database as database

    path = tmp_path / "large.sqlite3"
    open_database(url(path)).engine.dispose()
    monkeypatch.setattr(database, "QUICK_CHECK_MAX_BYTES", 0)
    assert current_revision(open_database(url(path)).engine) is not None
    path.write_bytes(b"SQLite format 3\x00" + os.urandom(8192))
    with pytest.raises(StoreError, match=r"large\.sqlite3"):
        open_database(url(path))


def test_migrations_that_rebuild_a_table_keep_the_rows_that_point_at_it(tmp_path):
    """SQLite rebuilds a table to drop a column: foreign keys must not refuse or cascade."""
    from alembic import command

    from consult.store.database import alembic_config

    path = tmp_path / "rows.sqlite3"
    db = open_database(url(path))
    with db.engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO patient (id, given_names, family_name, date_of_birth, sex, phone,"
                " email, fitzpatrick_questionnaire, language, notes, archived, created_at,"
                " updated_at, phone_digits) VALUES (1, 'A', 'B', '1990-01-01', '', '', '', '',"
                " 'en', '', 0, '2026-01-01', '2026-01-01', '')"
            )
        )
        connection.execute(text("INSERT INTO patient_search_token VALUES (1, 'a')"))
        connection.execute(
            text(
                "INSERT INTO consultation (id, patient_id, date, status, rules_version,"
                " created_at, updated_at) VALUES (1, 1, '2026-01-01', 'draft', 'x',"
                " '2026-01-01', '2026-01-01')"
            )
        )
    command.downgrade(alembic_config(db.engine), "0001")  # rebuilds patient and consultation
    db.engine.dispose()
    db = open_database(url(path))
    with db.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM patient_search_token")).scalar() == 1
        assert connection.execute(text("SELECT patient_id FROM consultation")).scalar() == 1
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1


def test_an_earlier_copy_aside_is_never_overwritten(tmp_path):
    from alembic import command
    from alembic.script import ScriptDirectory
    from sqlalchemy import create_engine

    from consult.store.database import alembic_config

    path = tmp_path / "twice.sqlite3"
    engine = create_engine(url(path))
    config = alembic_config(engine)
    command.upgrade(config, "0001")
    engine.dispose()
    head = ScriptDirectory.from_config(config).get_current_head()
    earlier = tmp_path / f"twice.sqlite3.before-{head}"
    earlier.write_bytes(b"the copy from an earlier upgrade")
    open_database(url(path)).engine.dispose()
    assert earlier.read_bytes() == b"the copy from an earlier upgrade"
    (made,) = [p for p in tmp_path.glob(f"twice.sqlite3.before-{head}-*")]
    with sqlite3.connect(made) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)


def test_the_shipped_head_is_what_alembic_calls_head():
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    from consult.store.database import MIGRATIONS, shipped_revisions

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    script = ScriptDirectory.from_config(config)
    revisions = shipped_revisions()
    assert revisions.head == script.get_current_head()
    assert revisions.known == {rev.revision for rev in script.walk_revisions()}


def test_every_database_has_its_own_installation_id_made_once(tmp_path):
    import uuid

    from alembic import command
    from sqlalchemy import create_engine

    from consult.domain.clinic import ClinicDetails
    from consult.store import clinic
    from consult.store.database import alembic_config

    # A database from before the id existed gets one when it is upgraded.
    path = tmp_path / "old.sqlite3"
    engine = create_engine(url(path))
    command.upgrade(alembic_config(engine), "0004")
    engine.dispose()
    db = open_database(url(path))
    with db.read() as session:
        made = clinic.installation_id(session)
    assert uuid.UUID(made).version == 4
    db.engine.dispose()
    # Opening again, or saving the clinic's details, keeps it: made once.
    db = open_database(url(path))
    with db.write() as session:
        clinic.save(session, ClinicDetails(name="Renamed Clinic"))
    with db.read() as session:
        assert clinic.installation_id(session) == made
    db.engine.dispose()
    # A new database has its own from the start, before any settings are saved.
    fresh = open_database(url(tmp_path / "new.sqlite3"))
    with fresh.read() as session:
        other = clinic.installation_id(session)
    assert uuid.UUID(other).version == 4 and other != made
    fresh.engine.dispose()
