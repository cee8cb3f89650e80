"""The schema revision this program writes: the head of ``migrations/versions``.

A constant, so that the window's first read (``db.first_read``) can tell a database at head
without reading the migration scripts or loading Alembic; ``tests/test_first_read.py`` checks
that it is the scripts' one head (a new migration changes it here too)."""

HEAD_REVISION = "0011_question_count"
