"""The branch's own location: set once on first start (or with ``ido-desk setup``), changeable
in the settings. Its code is stable, so coordinators can tell branches apart for ever."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import asdict, dataclass, replace

from sqlalchemy import Connection, insert, update

from db.queries.catalogue import location_rows, own_location_row
from db.tables import location as table
from ido_desk.audit import write_audit
from ido_desk.csv_safe import starts_like_formula
from ido_desk.desk import Desk
from ido_desk.errors import ValidationError
from ido_desk.location_info import LocationInfo
from ido_desk.location_info import info_of as _info
from ido_desk.municipalities import known, names_by_code, same_name
from ido_desk.roles import require_manager
from ido_desk.translatable import QT_TRANSLATE_NOOP

SETUPS: dict[str, tuple[str, str]] = {
    "basis": ("Basis", "Basic"),
    "altijd": ("Altijd beschikbaar", "Always available"),
    "breed": ("Brede dienstverlening", "Broad service"),
}

PROVINCES = (
    "Drenthe",
    "Flevoland",
    "Friesland",
    "Gelderland",
    "Groningen",
    "Limburg",
    "Noord-Brabant",
    "Noord-Holland",
    "Overijssel",
    "Utrecht",
    "Zeeland",
    "Zuid-Holland",
)

CBS_CODE = re.compile(r"^GM\d{4}$")


@dataclass(frozen=True)
class LocationInput:
    name: str
    municipality: str
    cbs_code: str
    organisation: str = ""
    province: str = ""
    setup: str = "basis"
    opening_hours: str = ""
    code: str | None = None  # made from the CBS code and the name when not given


def slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def validate(data: LocationInput) -> LocationInput:
    name = data.name.strip()
    municipality = data.municipality.strip()
    cbs = data.cbs_code.strip().upper()
    if cbs.isdigit() and len(cbs) <= 4:
        cbs = f"GM{int(cbs):04d}"
    if not name:
        raise ValidationError("name", QT_TRANSLATE_NOOP("core", "Vul de naam van de locatie in."))
    if not municipality:
        raise ValidationError("municipality", QT_TRANSLATE_NOOP("core", "Vul de gemeente in."))
    if not CBS_CODE.match(cbs):
        raise ValidationError(
            "cbs_code",
            QT_TRANSLATE_NOOP(
                "core",
                "CBS-gemeentecode '{data.cbs_code}' klopt niet: gebruik GM en vier cijfers, "
                "bijvoorbeeld GM0603.",
            ).format(data=data),
        )
    for field, noun, text in (
        ("name", "naam", name),
        ("organisation", "organisatie", data.organisation.strip()),
        ("municipality", "gemeente", municipality),
        ("province", "provincie", data.province.strip()),
        ("opening_hours", "openingstijden", data.opening_hours.strip()),
    ):
        if starts_like_formula(text):  # every export would be refused (formula injection)
            raise ValidationError(
                field,
                QT_TRANSLATE_NOOP(
                    "core",
                    "De {noun} mag niet beginnen met =, +, - of @ (een rekenblad leest dat "
                    "als formule).",
                ).format(noun=noun),
            )
    if data.province and data.province not in PROVINCES:
        raise ValidationError(
            "province",
            QT_TRANSLATE_NOOP(
                "core", "Onbekende provincie '{data.province}'. Kies uit: {PROVINCES}."
            ).format(data=data, PROVINCES=", ".join(PROVINCES)),
        )
    if data.setup not in SETUPS:
        raise ValidationError(
            "setup",
            QT_TRANSLATE_NOOP(
                "core", "Onbekende soort informatiepunt '{data.setup}'. Kies uit: {SETUPS}."
            ).format(data=data, SETUPS=", ".join(SETUPS)),
        )
    _check_known(cbs, municipality, data.province)
    code = (data.code or f"{cbs}-{slug(name)}")[:40]
    if not re.match(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$", code):
        raise ValidationError(
            "code",
            QT_TRANSLATE_NOOP(
                "core",
                "Locatiecode '{code}' mag alleen letters, cijfers, '-', '_' en '.' bevatten.",
            ).format(code=code),
        )
    return LocationInput(
        name=name,
        municipality=municipality,
        cbs_code=cbs,
        organisation=data.organisation.strip(),
        province=data.province,
        setup=data.setup,
        opening_hours=data.opening_hours.strip(),
        code=code,
    )


def _check_known(cbs: str, municipality: str, province: str) -> None:
    """A code in the table (ido_desk/data/municipalities.txt) must carry its own name: a
    place in the municipality ("Hoofddorp" for Haarlemmermeer) would split the reports into
    two municipalities with one code. Unknown codes are taken as given."""
    found = known(cbs)
    if found is None:
        return
    if not same_name(cbs, municipality, found.name):
        raise ValidationError(
            "municipality",
            QT_TRANSLATE_NOOP(
                "core",
                "{cbs} is de gemeente {name}, niet {given}. Vul als gemeente {name} in (een "
                "plaats of wijk in de gemeente is niet de gemeentenaam), of controleer de "
                "CBS-code.",
            ).format(cbs=cbs, name=found.name, given=municipality),
        )
    if province and province != found.province:
        raise ValidationError(
            "province",
            QT_TRANSLATE_NOOP("core", "{cbs} ({name}) ligt in {right}, niet in {given}.").format(
                cbs=cbs, name=found.name, right=found.province, given=province
            ),
        )


def own_location(desk: Desk) -> LocationInfo | None:
    with desk.db.connection() as connection:
        return _own(connection)


def _own(connection: Connection) -> LocationInfo | None:
    row = connection.execute(own_location_row()).first()
    return _info(row) if row else None


def all_locations(desk: Desk) -> list[LocationInfo]:
    """Every location in the database (a coordinator's holds the branches'), own first, each
    municipality under the one name of its CBS code (``municipalities.names_by_code``)."""
    with desk.db.connection() as connection:
        rows = connection.execute(
            location_rows().order_by(table.c.is_own.desc(), table.c.municipality, table.c.name)
        )
        locations = [_info(row) for row in rows]
    names = names_by_code(locations)
    return [replace(loc, municipality=names[loc.cbs_code]) for loc in locations]


class SharedLocation(ValidationError):
    """A shared database (on a server) has one own location, every coordinator's: it is changed
    only when asked for, for everyone (``set_location(..., for_everyone=True)``)."""

    def __init__(self, current: LocationInfo) -> None:
        self.current = current
        super().__init__(
            "setup",
            QT_TRANSLATE_NOOP(
                "core",
                "Deze gedeelde database heeft al een eigen locatie: {current.title} "
                "({current.municipality}, {current.cbs_code}). Die geldt voor alle "
                "coördinatoren; u hoeft die niet opnieuw in te stellen. Wijzigen voor iedereen: "
                "in het venster met 'Wijzigen voor iedereen', of met "
                "'ido-desk setup ... --change'.",
            ).format(current=current),
        )


def set_location(desk: Desk, data: LocationInput, *, for_everyone: bool = False) -> LocationInfo:
    """Set (or change) this installation's own location. The code stays what it was once set,
    unless a new code is given explicitly. On a shared database the location it has is
    changed only ``for_everyone`` (else SharedLocation)."""
    clean = validate(data)
    with desk.db.connection() as connection:
        old = _own(connection)
        fields = asdict(clean)
        if old is None:
            connection.execute(insert(table).values(is_own=True, created_at=desk.clock(), **fields))
            made = _own(connection)
            assert made is not None
            return made
        if desk.paths.database_file is None and not for_everyone:
            raise SharedLocation(old)
        require_manager(desk, QT_TRANSLATE_NOOP("core", "De locatie wijzigen"), connection)
        if data.code is None:
            fields.pop("code")
        connection.execute(update(table).where(table.c.id == old.id).values(**fields))
        after = _own(connection)
        assert after is not None
        write_audit(connection, desk, "edit", "location", str(old.id), asdict(old), asdict(after))
        return after
