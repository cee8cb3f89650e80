"""Exchange between a branch and its coordinator.

Journey: ``export_period`` writes one signed file per location and period (export.py, one
line of visits.jsonl written by lines.py) -> ``prepare_import`` at the coordinator verifies it
once (verify.py: signature, manifest.py, lists_file.py) -> ``import_prepared`` reads
visits.jsonl once, checks each line (lines.py) against the lists as they will be stored
(codes.py) and stages it outside the lock for imports (stage.py; on SQLite a staging file, on
PostgreSQL temporary tables filled with COPY), then applies it in one short set-based
transaction (importer.py, db.queries.exchange_stage) -> ``regional_overview``
(overview.py)."""
