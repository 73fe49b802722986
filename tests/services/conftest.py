import pytest

from consult.store.database import open_database


@pytest.fixture
def database(tmp_path):
    db = open_database(f"sqlite:///{tmp_path / 'consult.sqlite3'}")
    yield db
    db.engine.dispose()
