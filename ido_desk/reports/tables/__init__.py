"""A report's tables for CSV and XLSX, one module per report kind (``kinds``): each has
``tables(report)`` (the readable tables) and ``facts(report)`` (the long, tidy table: one row
per location x period x dimension x value). ``write`` writes them."""
