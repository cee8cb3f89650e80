"""The branch's own location: set once on first start (or with ``ido-desk setup``), changeable
in the settings. Its code is stable, so coordinators can tell branches apart for ever."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import asdict, dataclass

from sqlalchemy import select

from db.models import Location
from db.queries import locations as queries
from ido_desk.audit import write_audit
from ido_desk.csv_safe import starts_like_formula
from ido_desk.desk import Desk
from ido_desk.errors import ValidationError
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


@dataclass(frozen=True)
class LocationInfo:
    id: int
    code: str
    name: str
    organisation: str
    municipality: str
    cbs_code: str
    province: str
    setup: str
    opening_hours: str
    is_own: bool = False

    @property
    def title(self) -> str:
        """ "Bibliotheek Rijswijk, Huis van de Stad" style: organisation, then the name."""
        if self.organisation and self.organisation not in self.name:
            return f"{self.organisation}, {self.name}"
        return self.name


def _info(row: Location) -> LocationInfo:
    return LocationInfo(
        id=row.id,
        code=row.code,
        name=row.name,
        organisation=row.organisation,
        municipality=row.municipality,
        cbs_code=row.cbs_code,
        province=row.province,
        setup=row.setup,
        opening_hours=row.opening_hours,
        is_own=row.is_own,
    )


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
                "core", "Onbekende IDO-opzet '{data.setup}'. Kies uit: {SETUPS}."
            ).format(data=data, SETUPS=", ".join(SETUPS)),
        )
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


def own_location(desk: Desk) -> LocationInfo | None:
    with desk.db.session() as session:
        row = session.scalar(select(Location).where(Location.is_own.is_(True)))
        return _info(row) if row else None


def all_locations(desk: Desk) -> list[LocationInfo]:
    """Every location in the database (a coordinator's holds the branches'), own first."""
    with desk.db.session() as session:
        return [_info(row) for row in queries.all_locations(session)]


def set_location(desk: Desk, data: LocationInput) -> LocationInfo:
    """Set (or change) this installation's own location. The code stays what it was once set,
    unless a new code is given explicitly."""
    clean = validate(data)
    with desk.db.session() as session:
        row = session.scalar(select(Location).where(Location.is_own.is_(True)))
        fields = asdict(clean)
        if row is None:
            row = Location(is_own=True, created_at=desk.clock(), **fields)
            session.add(row)
            session.flush()
            return _info(row)
        require_manager(desk, QT_TRANSLATE_NOOP("core", "De locatie wijzigen"))
        before = asdict(_info(row))
        if data.code is None:
            fields.pop("code")
        for name, value in fields.items():
            setattr(row, name, value)
        session.flush()
        after = _info(row)
        write_audit(session, desk, "edit", "location", str(row.id), before, asdict(after))
        return after
