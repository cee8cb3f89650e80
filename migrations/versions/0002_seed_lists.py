"""Seed the default lists of DESIGN.md, in Dutch with English labels.

The data is frozen here on purpose: a migration must mean the same thing forever. Later
changes to the lists are made by the branch manager, or by a later migration.

Revision ID: 0002_seed_lists
Revises: 0001_initial
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002_seed_lists"
down_revision: str | Sequence[str] | None = "0001_initial"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CHANNELS = [
    ("balie", "Aan de balie / inloop", "At the desk / walk-in"),
    ("afspraak", "Op afspraak", "By appointment"),
    ("telefoon", "Telefonisch", "By phone"),
    ("online", "Online (mail, video)", "Online (mail, video)"),
    ("buiten", "Op locatie buiten de bibliotheek", "Off-site, outside the library"),
]

DOMAINS = [
    ("digitale_overheid", "Digitale overheid", "Digital government"),
    ("bibliotheek", "Bibliotheek / digitale vaardigheden", "Library / digital skills"),
    ("overig", "Overig", "Other"),
]

# code, Dutch, English, government level
ORGANISATIONS = [
    ("belastingdienst", "Belastingdienst", "Tax and Customs Administration", "rijk"),
    ("toeslagen", "Dienst Toeslagen", "Benefits Agency", "rijk"),
    ("uwv", "UWV", "UWV (employee insurance)", "zbo"),
    ("svb", "SVB", "SVB (social insurance bank)", "zbo"),
    ("duo", "DUO", "DUO (education executive agency)", "rijk"),
    ("cak", "CAK", "CAK (care contributions)", "zbo"),
    ("cjib", "CJIB", "CJIB (fines collection)", "rijk"),
    ("cbr", "CBR", "CBR (driving tests)", "zbo"),
    ("rdw", "RDW", "RDW (vehicle authority)", "zbo"),
    ("ciz", "CIZ", "CIZ (care needs assessment)", "zbo"),
    ("logius", "Logius (DigiD)", "Logius (DigiD)", "rijk"),
    ("rvig", "Rijksdienst voor Identiteitsgegevens", "National Office for Identity Data", "rijk"),
    ("gemeente", "Gemeente", "Municipality", "gemeente"),
    ("zorgverzekeraar", "Zorgverzekeraar", "Health insurer", "privaat"),
    ("pensioenfonds", "Pensioenfonds", "Pension fund", "privaat"),
    (
        "juridisch_loket",
        "Raad voor Rechtsbijstand / Juridisch Loket",
        "Legal Aid Board / Legal Services Counter",
        "zbo",
    ),
    ("overig", "Overig", "Other", "privaat"),
]

# code, Dutch, English, domain, suggested organisation, sub-topics (code, Dutch, English)
TOPICS = [
    (
        "digid",
        "DigiD",
        "DigiD",
        "digitale_overheid",
        "logius",
        [
            ("digid_aanvragen", "Aanvragen", "Apply"),
            ("digid_activeren", "Activeren", "Activate"),
            ("digid_app", "App installeren", "Install the app"),
            ("digid_inloggen", "Inloggen / wachtwoord", "Log in / password"),
            ("digid_machtigen", "Machtigen", "Authorise someone"),
        ],
    ),
    ("belastingen", "Belastingen", "Taxes", "digitale_overheid", "belastingdienst", []),
    (
        "toeslagen",
        "Toeslagen",
        "Benefits (toeslagen)",
        "digitale_overheid",
        "toeslagen",
        [
            ("zorgtoeslag", "Zorgtoeslag", "Healthcare allowance"),
            ("huurtoeslag", "Huurtoeslag", "Rent allowance"),
            ("kinderopvangtoeslag", "Kinderopvangtoeslag", "Childcare allowance"),
            ("kindgebonden_budget", "Kindgebonden budget", "Child-related budget"),
        ],
    ),
    ("werk_uitkering", "Werk en uitkering", "Work and benefits", "digitale_overheid", "uwv", []),
    (
        "aow_pensioen",
        "AOW en pensioen",
        "State pension and pensions",
        "digitale_overheid",
        "svb",
        [],
    ),
    ("zorg_wmo", "Zorg en Wmo", "Care and Wmo", "digitale_overheid", "gemeente", []),
    (
        "onderwijs",
        "Studiefinanciering en onderwijs",
        "Student finance and education",
        "digitale_overheid",
        "duo",
        [],
    ),
    (
        "boetes",
        "Boetes en betalingsregelingen",
        "Fines and payment plans",
        "digitale_overheid",
        "cjib",
        [],
    ),
    (
        "rijbewijs",
        "Rijbewijs en voertuig",
        "Driving licence and vehicle",
        "digitale_overheid",
        "rdw",
        [],
    ),
    (
        "identiteit",
        "Identiteitsbewijs (paspoort, ID-kaart)",
        "Identity document (passport, ID)",
        "digitale_overheid",
        "gemeente",
        [],
    ),
    ("wonen", "Wonen", "Housing", "digitale_overheid", None, []),
    ("gemeentezaken", "Gemeentezaken", "Municipal matters", "digitale_overheid", "gemeente", []),
    (
        "mijnoverheid",
        "MijnOverheid / Berichtenbox",
        "MijnOverheid / Message box",
        "digitale_overheid",
        "logius",
        [],
    ),
    (
        "computer",
        "Computer, telefoon en tablet",
        "Computer, phone and tablet",
        "bibliotheek",
        None,
        [],
    ),
    ("overig", "Overig", "Other", "overig", None, []),
]

HELP_KINDS = [
    ("informatie", "Informatie gegeven", "Information given"),
    ("samen", "Samen gedaan", "Done together"),
    ("voorgedaan", "Voorgedaan, bezoeker deed het zelf", "Shown, visitor did it"),
    ("doorverwezen", "Doorverwezen", "Referred"),
    ("cursus", "Cursus aangeraden", "Course recommended"),
]

# Courses and services a visitor can be sent to, besides the organisations.
SERVICES = [
    ("digisterker", "Digisterker", "Digisterker (course)", "course"),
    ("klik_tik", "Klik & Tik", "Klik & Tik (course)", "course"),
    ("taalhuis", "Taalhuis", "Language house", "service"),
    ("geldzaken", "Geldzaken / schuldhulp", "Money matters / debt help", "service"),
    ("sociaal_raadslieden", "Sociaal raadslieden", "Social counsellors", "service"),
    ("welzijn", "Welzijn", "Social welfare", "service"),
]


def _list_table(name: str, *extra: sa.Column) -> sa.TableClause:
    return sa.table(
        name,
        sa.column("id", sa.Integer),
        sa.column("code", sa.String),
        sa.column("label_nl", sa.String),
        sa.column("label_en", sa.String),
        sa.column("sort_order", sa.Integer),
        *extra,
    )


def _rows(items: list[tuple[str, str, str]]) -> list[dict[str, object]]:
    return [
        {"id": n, "code": code, "label_nl": nl, "label_en": en, "sort_order": n}
        for n, (code, nl, en) in enumerate(items, start=1)
    ]


def upgrade() -> None:
    op.bulk_insert(_list_table("channel"), _rows(CHANNELS))
    op.bulk_insert(_list_table("domain"), _rows(DOMAINS))
    op.bulk_insert(_list_table("help_kind"), _rows(HELP_KINDS))

    organisation_id = {code: n for n, (code, *_rest) in enumerate(ORGANISATIONS, start=1)}
    op.bulk_insert(
        _list_table("organisation", sa.column("level", sa.String)),
        [
            {"id": n, "code": code, "label_nl": nl, "label_en": en, "sort_order": n, "level": level}
            for n, (code, nl, en, level) in enumerate(ORGANISATIONS, start=1)
        ],
    )

    domain_id = {code: n for n, (code, *_rest) in enumerate(DOMAINS, start=1)}
    topics: list[dict[str, object]] = []
    for order, (code, nl, en, domain, organisation, subtopics) in enumerate(TOPICS, start=1):
        parent = len(topics) + 1
        topics.append(
            {
                "id": parent,
                "code": code,
                "label_nl": nl,
                "label_en": en,
                "sort_order": order,
                "parent_id": None,
                "domain_id": domain_id[domain],
                "organisation_id": organisation_id.get(organisation or ""),
            }
        )
        for sub_order, (sub_code, sub_nl, sub_en) in enumerate(subtopics, start=1):
            topics.append(
                {
                    "id": len(topics) + 1,
                    "code": sub_code,
                    "label_nl": sub_nl,
                    "label_en": sub_en,
                    "sort_order": sub_order,
                    "parent_id": parent,
                    "domain_id": domain_id[domain],
                    "organisation_id": organisation_id.get(organisation or ""),
                }
            )
    op.bulk_insert(
        _list_table(
            "topic",
            sa.column("parent_id", sa.Integer),
            sa.column("domain_id", sa.Integer),
            sa.column("organisation_id", sa.Integer),
        ),
        topics,
    )

    referrals: list[dict[str, object]] = [
        {
            "id": n,
            "code": code,
            "label_nl": nl,
            "label_en": en,
            "sort_order": n,
            "kind": "organisation",
            "organisation_id": n,
        }
        for n, (code, nl, en, _level) in enumerate(ORGANISATIONS, start=1)
    ]
    for code, nl, en, kind in SERVICES:
        n = len(referrals) + 1
        referrals.append(
            {
                "id": n,
                "code": code,
                "label_nl": nl,
                "label_en": en,
                "sort_order": n,
                "kind": kind,
                "organisation_id": None,
            }
        )
    op.bulk_insert(
        _list_table(
            "referral_target",
            sa.column("kind", sa.String),
            sa.column("organisation_id", sa.Integer),
        ),
        referrals,
    )


def downgrade() -> None:
    for table in ("referral_target", "topic", "organisation", "help_kind", "domain", "channel"):
        op.execute(sa.text(f"DELETE FROM {table}"))
