"""The schema this version of the app expects, in a module of its own with no imports, so that
the first screen's read (``quick_read``) can check a journal's schema before SQLAlchemy and
Alembic are loaded. ``migrate.py`` takes it from here."""

# The newest migration in storage/migrations/versions. A test checks that the two agree.
SCHEMA_HEAD = "0006"
