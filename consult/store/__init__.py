"""Persistence: SQLAlchemy models, migrations, repositories, backups."""
