"""Counting rows of the report tables out of grouped SQL rows (a ``Cube``), the same way for
every report kind: topics with their sub-topics, organisations under their government level,
help given, referrals (one definition: ``referral``), channels, domains, medians."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from ido_desk.lists import GOVERNMENT_LEVELS, Catalogue
from ido_desk.reports.formatting import ratio
from ido_desk.reports.model import CountRow
from ido_desk.reports.referral import NO_TARGET, REFERRED_HELP

NO_SUBTOPIC = "zonder subonderwerp"
REFERRAL_KINDS = {"organisation": "organisatie", "course": "cursus", "service": "dienst"}


@dataclass(frozen=True)
class Cube:
    """Grouped rows: the named key columns, then the count (last). Its total, its sums by a
    column and its parts by values are made once (the account's tables read each several
    times)."""

    keys: tuple[str, ...]
    rows: tuple[tuple[Any, ...], ...]
    _memo: dict[Any, Any] = field(default_factory=dict, init=False, repr=False, compare=False)

    @classmethod
    def of(cls, keys: Sequence[str], rows: Iterable[Sequence[Any]]) -> Cube:
        return cls(tuple(keys), tuple(tuple(r) for r in rows))

    def column(self, name: str) -> int:
        return self.keys.index(name)

    @cached_property
    def total(self) -> int:
        parts = self._memo.get("parts")
        if parts is not None:
            return sum(part.total for part in parts)
        if self._has_table_keys():
            return int(self._table_sums()["total"])
        return sum(int(r[-1] or 0) for r in self.rows)

    def split(self, name: str) -> dict[Any, Cube]:
        """One cube per value of a key column (one pass over the rows)."""
        col, parts = self.column(name), {}
        groups: dict[Any, list[tuple[Any, ...]]] = {}
        for row in self.rows:
            groups.setdefault(row[col], []).append(row)
        for key, rows in groups.items():
            parts[key] = Cube(self.keys, tuple(rows))
        return parts

    @classmethod
    def joined(cls, keys: tuple[str, ...], parts: Iterable[Cube]) -> Cube:
        """The parts as one cube, equal keys summed (every count reads the same from it; the
        tables of a hundred locations together read a tenth of the rows)."""
        chosen = list(parts)
        if len(chosen) == 1:
            return chosen[0]
        totals: dict[tuple[Any, ...], int] = {}
        get = totals.get
        for part in chosen:
            for row in part.rows:
                key = row[:-1]
                totals[key] = get(key, 0) + int(row[-1] or 0)
        joined = cls(keys, tuple((*key, n) for key, n in totals.items()))
        joined._memo["parts"] = chosen  # sums by a column: the parts' sums added
        return joined

    def sum_by(self, name: str) -> Counter[Any]:
        """The counts by one key column (a copy: the caller may change it)."""
        return Counter(self._sums((name,)))

    def sum_by_pair(self, first: str, second: str) -> dict[tuple[Any, Any], int]:
        """The counts by two key columns, keyed (first, second); not to be changed."""
        return self._sums((first, second))

    def _sums(self, names: tuple[str, ...]) -> dict[Any, int]:
        known: dict[Any, int] | None = self._memo.get(("sum", names))
        if known is not None:
            return known
        parts = self._memo.get("parts")
        if parts is None and names in TABLE_SUMS and self._has_table_keys():
            return self._table_sums()[names]
        known = {}
        get = known.get
        if parts is not None:  # the total of many sections: their sums, not its rows
            for part in parts:
                for key, n in part._sums(names).items():
                    known[key] = get(key, 0) + n
        else:
            columns = [self.column(name) for name in names]
            for row in self.rows:
                key = row[columns[0]] if len(columns) == 1 else tuple(row[c] for c in columns)
                known[key] = get(key, 0) + int(row[-1] or 0)
        self._memo["sum", names] = known
        return known

    def _has_table_keys(self) -> bool:
        return all(name in self.keys for names in TABLE_SUMS for name in names)

    def _table_sums(self) -> dict[Any, Any]:
        """Every sum of ``TABLE_SUMS`` and the total, in one pass over the rows (the account's
        tables read them all, for two hundred cubes of hundreds of rows)."""
        known: dict[Any, Any] | None = self._memo.get("table sums")
        if known is not None:
            return known
        d, o, h, t, s, r = (
            self.column(name)
            for name in ("domain", "organisation", "help", "topic", "subtopic", "referral")
        )
        domains: dict[Any, int] = {}
        organisations: dict[Any, int] = {}
        helps: dict[Any, int] = {}
        topics: dict[tuple[Any, Any], int] = {}
        referrals: dict[tuple[Any, Any], int] = {}
        at_domain, at_organisation, at_help = domains.get, organisations.get, helps.get
        at_topic, at_referral = topics.get, referrals.get
        total = 0
        for row in self.rows:
            n = int(row[-1] or 0)
            total += n
            key = row[d]
            domains[key] = at_domain(key, 0) + n
            key = row[o]
            organisations[key] = at_organisation(key, 0) + n
            key = row[h]
            helps[key] = at_help(key, 0) + n
            pair = (row[t], row[s])
            topics[pair] = at_topic(pair, 0) + n
            pair = (key, row[r])
            referrals[pair] = at_referral(pair, 0) + n
        known = dict(
            zip(TABLE_SUMS, (domains, organisations, helps, topics, referrals), strict=True)
        )
        for names, sums in known.items():
            self._memo["sum", names] = sums
        known["total"] = total
        self._memo["table sums"] = known
        return known


# the sums the report tables read (by domain, by organisation, by help; by topic with its
# sub-topic, by help with its referral), made in one pass when a cube has all their columns
TABLE_SUMS: tuple[tuple[str, ...], ...] = (
    ("domain",),
    ("organisation",),
    ("help",),
    ("topic", "subtopic"),
    ("help", "referral"),
)


def label_of(items: Iterable[Any], missing: str = "Geen") -> Callable[[int | None], str]:
    by_id = {item.id: item.label_nl for item in items}

    def label(key: int | None) -> str:
        return missing if key is None else by_id.get(key, f"#{key}")

    return label


def ranked(counts: Counter[Any], label: Callable[[Any], str]) -> list[Any]:
    """The keys with a count, most first (ties by label)."""
    return [k for k, n in sorted(counts.items(), key=lambda kv: (-kv[1], label(kv[0]))) if n]


def rows_of(
    counts: Counter[Any], label: Callable[[Any], str], level: int = 0, total: int | None = None
) -> list[CountRow]:
    whole = sum(counts.values()) if total is None else total
    return [
        CountRow(label(k), counts[k], ratio(counts[k], whole), level) for k in ranked(counts, label)
    ]


def topic_rows(cube: Cube, catalogue: Catalogue) -> tuple[CountRow, ...]:
    per_topic: Counter[Any] = Counter()
    per_sub: dict[Any, Counter[Any]] = {}
    for (topic, sub), n in cube.sum_by_pair("topic", "subtopic").items():
        per_topic[topic] = per_topic.get(topic, 0) + n
        subs = per_sub.get(topic)
        if subs is None:
            subs = per_sub[topic] = Counter()
        subs[sub] = n
    whole, label = cube.total, label_of(catalogue.topics)
    result: list[CountRow] = []
    for topic_id in ranked(per_topic, label):
        result.append(
            CountRow(label(topic_id), per_topic[topic_id], ratio(per_topic[topic_id], whole))
        )
        subs = per_sub.get(topic_id, Counter())
        if any(key is not None for key in subs):
            named = Counter({k: v for k, v in subs.items() if k is not None})
            result += rows_of(named, label, 1, whole)
            if subs.get(None):
                result.append(CountRow(NO_SUBTOPIC, subs[None], ratio(subs[None], whole), 1))
    return tuple(result)


def level_name(level: str) -> str:
    return GOVERNMENT_LEVELS.get(level, (level or "Geen organisatie", ""))[0]


def organisation_rows(cube: Cube, catalogue: Catalogue) -> tuple[CountRow, ...]:
    per_org = cube.sum_by("organisation")
    whole = cube.total
    level = {o.id: o.level for o in catalogue.organisations}
    per_level: Counter[str] = Counter()
    for org_id, n in per_org.items():
        per_level[level.get(org_id, "") if org_id is not None else ""] += n
    result: list[CountRow] = []
    for name, n in sorted(per_level.items(), key=lambda kv: (-kv[1], kv[0])):
        if not n:
            continue
        result.append(CountRow(level_name(name), n, ratio(n, whole)))
        members_ = [k for k in per_org if k is not None and level.get(k) == name]
        if len(members_) == 1 and label_of(catalogue.organisations)(members_[0]).casefold() == (
            level_name(name).casefold()
        ):
            continue  # "Gemeente" under "Gemeente" says nothing new
        if name:
            members = Counter(
                {k: v for k, v in per_org.items() if k is not None and level.get(k) == name}
            )
            result += rows_of(members, label_of(catalogue.organisations), 1, whole)
    return tuple(result)


def help_rows(cube: Cube, catalogue: Catalogue) -> tuple[CountRow, ...]:
    return tuple(rows_of(cube.sum_by("help"), label_of(catalogue.help_kinds, "Niet ingevuld")))


def domain_rows(cube: Cube, catalogue: Catalogue) -> tuple[CountRow, ...]:
    return tuple(rows_of(cube.sum_by("domain"), label_of(catalogue.domains)))


def channel_rows(counts: Counter[Any], catalogue: Catalogue) -> tuple[CountRow, ...]:
    return tuple(rows_of(counts, label_of(catalogue.channels)))


def _referred_id(catalogue: Catalogue) -> int | None:
    referred = catalogue.help_kinds.get(REFERRED_HELP)
    return referred.id if referred else None


def referred_count(cube: Cube, catalogue: Catalogue) -> int:
    referred = _referred_id(catalogue)
    return cube.sum_by("help")[referred] if referred is not None else 0


def direct_count(cube: Cube, catalogue: Catalogue) -> int:
    """Questions helped directly: a help filled in, and not "Doorverwezen" (a question
    without help, as on most tally sheets, is not filled in, not helped directly)."""
    return cube.total - cube.sum_by("help")[None] - referred_count(cube, catalogue)


def referral_rows(cube: Cube, catalogue: Catalogue) -> tuple[CountRow, ...]:
    """Where the referred questions went (the targets of questions with help "Doorverwezen",
    a target not chosen as its own row)."""
    referred = _referred_id(catalogue)
    counts = Counter(
        {
            target: n
            for (help_id, target), n in cube.sum_by_pair("help", "referral").items()
            if referred is not None and help_id == referred
        }
    )
    kinds = {r.id: REFERRAL_KINDS.get(r.kind, "") for r in catalogue.referrals}
    rows = rows_of(counts, label_of(catalogue.referrals, NO_TARGET))
    keys = ranked(counts, label_of(catalogue.referrals, NO_TARGET))
    return tuple(
        CountRow(
            row.label, row.count, row.share, note=kinds.get(key, "") if key is not None else ""
        )
        for row, key in zip(rows, keys, strict=True)
    )


def median(histogram: Counter[int]) -> float | None:
    """The median of a histogram {value: count} (the mean of the two middle values)."""
    total = sum(histogram.values())
    if not total:
        return None
    low_rank, high_rank = (total + 1) // 2, total // 2 + 1
    running, low, high = 0, None, None
    for value in sorted(histogram):
        running += histogram[value]
        if low is None and running >= low_rank:
            low = value
        if running >= high_rank:
            high = value
            break
    assert low is not None and high is not None
    return (low + high) / 2
