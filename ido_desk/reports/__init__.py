"""Reports for the branch manager and the coordinator.

Journey: a request -> ``service.build_report`` -> SQL aggregates (``db.queries.reports``) ->
a model of numbers (``monthly``, ``municipality``, ``region``, ``national_totals``) -> its PDF
(``pdf``) or its tables as CSV or XLSX (``tables``). The kinds are one table: ``kinds``."""
