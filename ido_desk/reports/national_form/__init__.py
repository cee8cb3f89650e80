"""The national registration form: its mapping (``mapping``) and the transfer of visits into
it (``transfer``). The totals per quarter are a report: ``ido_desk.reports.national_totals``."""
