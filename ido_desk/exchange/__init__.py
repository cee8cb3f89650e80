"""Exchange between a branch and its coordinator.

Journey: ``export_period`` writes one signed file per location and period (format.py) ->
``import_files`` at the coordinator verifies it (verify.py), stages and validates every row and
applies it in one transaction (importer.py, rows.py) -> ``regional_overview`` (overview.py)."""
