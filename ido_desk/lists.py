"""The lists a visit is answered from, as plain frozen dataclasses for the UI and the CLI.

Loaded once per Desk and cached; ``Desk.lists_changed()`` drops the cache after an edit."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Generic, TypeVar

if TYPE_CHECKING:
    from db.engine import Database

GOVERNMENT_LEVELS: dict[str, tuple[str, str]] = {
    "rijk": ("Rijk", "Central government"),
    "gemeente": ("Gemeente", "Municipality"),
    "provincie": ("Provincie", "Province"),
    "waterschap": ("Waterschap", "Water authority"),
    "zbo": ("Zelfstandig bestuursorgaan", "Independent administrative body"),
    "privaat": ("Private / maatschappelijke organisatie", "Private / civil-society organisation"),
}


@dataclass(frozen=True)
class Item:
    id: int
    code: str
    label_nl: str
    label_en: str
    sort_order: int
    retired: bool

    @property
    def label(self) -> str:
        return self.label_nl

    def label_in(self, english: bool) -> str:
        """The English name in an English window when the item has one, else the Dutch."""
        return self.label_en if english and self.label_en else self.label_nl


@dataclass(frozen=True)
class OrganisationItem(Item):
    level: str


@dataclass(frozen=True)
class TopicItem(Item):
    parent_code: str | None
    domain_code: str
    organisation_code: str | None  # suggested organisation


@dataclass(frozen=True)
class ReferralItem(Item):
    kind: str  # organisation | course | service
    organisation_code: str | None


T = TypeVar("T", bound=Item)


@dataclass(frozen=True)
class ItemList(Generic[T]):
    """One list, in display order, looked up by code or id."""

    items: tuple[T, ...]
    _by_code: dict[str, T] = field(init=False, repr=False, compare=False)
    _by_id: dict[int, T] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_code", {item.code: item for item in self.items})
        object.__setattr__(self, "_by_id", {item.id: item for item in self.items})

    def __iter__(self) -> Iterator[T]:
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)

    def active(self) -> list[T]:
        return [item for item in self.items if not item.retired]

    def get(self, code: str) -> T | None:
        return self._by_code.get(code)

    def by_id(self, item_id: int) -> T:
        return self._by_id[item_id]


@dataclass(frozen=True)
class Catalogue:
    channels: ItemList[Item]
    domains: ItemList[Item]
    organisations: ItemList[OrganisationItem]
    topics: ItemList[TopicItem]  # topics and sub-topics
    help_kinds: ItemList[Item]
    referrals: ItemList[ReferralItem]

    def main_topics(self) -> list[TopicItem]:
        """Active top-level topics, in display order (the number keys follow this order)."""
        return [t for t in self.topics.active() if t.parent_code is None]

    def subtopics(self, topic_code: str) -> list[TopicItem]:
        return [t for t in self.topics.active() if t.parent_code == topic_code]

    def by_kind(self) -> dict[str, ItemList[Item]]:
        """Every list by its CLI name."""
        return {
            "channel": self.channels,
            "domain": self.domains,
            "organisation": self.organisations,  # type: ignore[dict-item]
            "topic": self.topics,  # type: ignore[dict-item]
            "help": self.help_kinds,
            "referral": self.referrals,  # type: ignore[dict-item]
        }


def _sorted(items: Iterable[T]) -> tuple[T, ...]:
    return tuple(sorted(items, key=lambda item: (item.sort_order, item.id)))


def load_catalogue(database: Database) -> Catalogue:
    """Every list, read with Core (no ORM: ``ido-desk log`` starts faster without it)."""
    from db.queries.catalogue import LIST_TABLES, list_rows

    with database.connection() as connection:
        rows = {
            name: list(connection.execute(list_rows(table))) for name, table in LIST_TABLES.items()
        }
    return catalogue_of(rows)


def catalogue_of(rows: Mapping[str, Sequence[Any]]) -> Catalogue:
    """The lists from their rows by table name (``db.queries.catalogue.LIST_TABLES``): rows
    with the tables' columns as attributes, from SQLAlchemy or from the window's first read."""
    domains = {d.id: d for d in rows["domain"]}
    organisations = {o.id: o for o in rows["organisation"]}
    topics = {t.id: t for t in rows["topic"]}
    channels, help_kinds = rows["channel"], rows["help_kind"]
    referrals = rows["referral_target"]

    def base(row: Any) -> dict:
        return {
            "id": row.id,
            "code": row.code,
            "label_nl": row.label_nl,
            "label_en": row.label_en,
            "sort_order": row.sort_order,
            "retired": row.retired_at is not None,
        }

    def org_code(org_id: int | None) -> str | None:
        return organisations[org_id].code if org_id is not None else None

    return Catalogue(
        channels=ItemList(_sorted(Item(**base(c)) for c in channels)),
        domains=ItemList(_sorted(Item(**base(d)) for d in domains.values())),
        organisations=ItemList(
            _sorted(OrganisationItem(**base(o), level=o.level) for o in organisations.values())
        ),
        topics=ItemList(
            _sorted(
                TopicItem(
                    **base(t),
                    parent_code=topics[t.parent_id].code if t.parent_id else None,
                    domain_code=domains[t.domain_id].code,
                    organisation_code=org_code(t.organisation_id),
                )
                for t in topics.values()
            )
        ),
        help_kinds=ItemList(_sorted(Item(**base(h)) for h in help_kinds)),
        referrals=ItemList(
            _sorted(
                ReferralItem(**base(r), kind=r.kind, organisation_code=org_code(r.organisation_id))
                for r in referrals
            )
        ),
    )
