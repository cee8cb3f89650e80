"""The tabs of the main window, in order, with their titles (``ui.tab_views`` says what
stands behind each)."""

from __future__ import annotations

REGISTER, OVERVIEW, REPORTS, NATIONAL_FORM, EXCHANGE, REGION, SETTINGS = range(7)
TAB_TITLES = (
    "Registreren",
    "Overzicht",
    "Rapporten",
    "Landelijk formulier",
    "Uitwisseling",
    "Regio",
    "Instellingen",
)
