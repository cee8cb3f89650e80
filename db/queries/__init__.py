"""Queries: the SQL lives here; aggregations happen in SQL, not in Python loops."""
