"""Export one location's visits of a period to a signed exchange file (docs/exchange-format.md).

Journey 3 starts here: period -> the visits and their questions (latest revision; tombstones
for deleted visits), date and hour only (the ids too: ido_desk.ids.hour_id), never notes ->
visits.jsonl, the list codes used with their labels, the manifest -> checksums -> signature.
The file is written next to its final name and moved into place only when complete."""

from __future__ import annotations

import hashlib
import json
import os
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from db.files import replacing
from ido_desk import __version__
from ido_desk.desk import Desk
from ido_desk.errors import NoLocation, ValidationError
from ido_desk.exchange import format as fmt
from ido_desk.exchange.export_visits import HashingWriter, Progress, write_visits
from ido_desk.exchange.keys import b64, fingerprint, sign
from ido_desk.lists import Catalogue, Item, ItemList, OrganisationItem, ReferralItem, TopicItem
from ido_desk.location import own_location
from ido_desk.periods import named, refuse_future
from ido_desk.roles import require_manager
from ido_desk.translatable import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class ExportResult:
    path: Path
    location_code: str
    period_start: date
    period_end: date  # exclusive; a running period ends with the day of the export
    running: bool  # the period had not ended (today is in it): the file holds it up to now
    visits: int  # tombstones included
    tombstones: int
    questions: int
    fingerprint: str
    sha256: str  # of the whole file


def default_file_name(location_code: str, start: date, end: date) -> str:
    """ "ido-export-GM0603-huis-van-de-stad-20261001-20261031.zip": the first and last day."""
    last = end - timedelta(days=1)
    return f"ido-export-{location_code}-{start:%Y%m%d}-{last:%Y%m%d}{fmt.FILE_SUFFIX}"


class MissingFolder(ValidationError):
    """The folder to export into does not exist; the caller may ask and try again with
    ``create_folder``."""

    def __init__(self, folder: Path) -> None:
        super().__init__(
            "out", QT_TRANSLATE_NOOP("core", "De map {folder} bestaat niet.").format(folder=folder)
        )
        self.folder = folder


class FileExists(ValidationError):
    """The export file exists already; the caller may ask and try again with ``overwrite``."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            "out",
            QT_TRANSLATE_NOOP(
                "core",
                "Het bestand {path} bestaat al; het wordt niet zonder te vragen overschreven.",
            ).format(path=path),
        )
        self.path = path


def export_target(
    out: Path | str,
    location_code: str,
    start: date,
    end: date,
    *,
    create_folder: bool = False,
    overwrite: bool = False,
) -> Path:
    """The file an export to ``out`` writes. ``out`` names a file only when its name ends in
    ``.zip`` (any case); anything else names a folder (an existing one, one ending in a
    separator, or a missing one such as a default "Documents" folder that was never made),
    and the file gets its default name inside it. A Path drops a trailing separator: pass the
    text as typed."""
    text = os.fspath(out)
    path = Path(text).resolve()
    names_file = path.suffix.lower() == fmt.FILE_SUFFIX and not text.endswith(
        (os.sep, os.altsep or os.sep)
    )
    folder = path.parent if names_file else path
    if folder.exists() and not folder.is_dir():
        raise ValidationError(
            "out",
            QT_TRANSLATE_NOOP("core", "{folder} is een bestand, geen map.").format(folder=folder),
        )
    if not folder.is_dir():
        if not create_folder:
            raise MissingFolder(folder)
        folder.mkdir(parents=True, exist_ok=True)
    target = path if names_file else folder / default_file_name(location_code, start, end)
    if target.is_dir():
        raise ValidationError(
            "out",
            QT_TRANSLATE_NOOP("core", "{target} is een map, geen bestand.").format(target=target),
        )
    if target.exists() and not overwrite:
        raise FileExists(target)
    return target


def export_period(
    desk: Desk,
    period_start: date,
    period_end: date,
    out_path: Path | str,
    progress: Progress | None = None,
    *,
    create_folder: bool = False,
    overwrite: bool = False,
    pending_months: Sequence[str] | None = None,
) -> ExportResult:
    """Write the own location's visits that started in [period_start, period_end) to
    ``out_path`` (see ``export_target``). A period that has not ended is written up to and
    including today, and its manifest says so (the coordinator trusts no file further than
    its created_at). A missing folder is made only with ``create_folder`` (MissingFolder
    otherwise), an existing file replaced only with ``overwrite`` (FileExists otherwise).
    ``pending_months`` ("2026-09", ...): the months the branch still has to deliver, for the
    manifest (ido_desk.delivery). Needs the manager role."""
    require_manager(desk, QT_TRANSLATE_NOOP("core", "Exporteren"))
    if period_end <= period_start:
        raise ValidationError(
            "period",
            QT_TRANSLATE_NOOP("core", "De periode is leeg: het einde ligt niet na het begin."),
        )
    today = desk.clock().date()
    refuse_future(named(period_start, period_end), today)  # as a report does
    running = period_end > today  # today is not over: the period runs (Period.runs_on)
    period_end = min(period_end, today + timedelta(days=1))  # no visits logged after now
    location = own_location(desk)
    if location is None:
        raise NoLocation()
    target = export_target(
        out_path,
        location.code,
        period_start,
        period_end,
        create_folder=create_folder,
        overwrite=overwrite,
    )
    start = datetime.combine(period_start, time())
    end = datetime.combine(period_end, time())
    digests: dict[str, str] = {}
    with replacing(target) as partial:
        with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
            with archive.open(fmt.VISITS, "w", force_zip64=True) as member:
                writer = HashingWriter(member)
                counts, used = write_visits(desk, location.id, start, end, writer, progress)
            digests[fmt.VISITS] = writer.digest.hexdigest()
            lists = _lists(desk.catalogue, used)
            manifest = _manifest(desk, location, period_start, period_end, counts)
            if pending_months is not None:
                manifest[fmt.PENDING_MONTHS] = list(pending_months)
            for name, value in ((fmt.LISTS, lists), (fmt.MANIFEST, manifest)):
                data = (json.dumps(value, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
                archive.writestr(name, data)
                digests[name] = hashlib.sha256(data).hexdigest()
            checksums = "".join(f"{digests[n]}  {n}\n" for n in fmt.SIGNED_MEMBERS).encode()
            archive.writestr(fmt.CHECKSUMS, checksums)
            public, signature = sign(desk.paths, checksums)
            archive.writestr(
                fmt.SIGNATURE,
                json.dumps(
                    {
                        "algorithm": "ed25519",
                        "signed_member": fmt.CHECKSUMS,
                        "public_key": b64(public),
                        "signature": b64(signature),
                    },
                    indent=1,
                )
                + "\n",
            )
        with open(partial, "rb") as done:
            file_hash = hashlib.file_digest(done, "sha256").hexdigest()
    return ExportResult(
        path=target,
        location_code=location.code,
        period_start=period_start,
        period_end=period_end,
        running=running,
        visits=counts["visits"],
        tombstones=counts["tombstones"],
        questions=counts["questions"],
        fingerprint=fingerprint(public),
        sha256=file_hash,
    )


def _lists(cat: Catalogue, used: dict[str, set[int]]) -> dict[str, list[dict[str, Any]]]:
    """The list items the visits use, plus what they refer to (a sub-topic's parent, a topic's
    domain and suggested organisation, a referral's organisation), so that a coordinator can
    add any code it does not know yet."""
    ids = {kind: set(values) for kind, values in used.items()}
    for topic_id in list(ids["topic"]):
        topic = cat.topics.by_id(topic_id)
        if topic.parent_code:
            ids["topic"].add(_id(cat.topics, topic.parent_code))
    for topic_id in list(ids["topic"]):
        topic = cat.topics.by_id(topic_id)
        ids["domain"].add(_id(cat.domains, topic.domain_code))
        if topic.organisation_code:
            ids["organisation"].add(_id(cat.organisations, topic.organisation_code))
    for referral_id in ids["referral"]:
        referral = cat.referrals.by_id(referral_id)
        if referral.organisation_code:
            ids["organisation"].add(_id(cat.organisations, referral.organisation_code))
    return {
        kind: [_entry(items.by_id(i)) for i in sorted(ids[kind])]
        for kind, items in cat.by_kind().items()
    }


def _id(items: ItemList[Any], code: str) -> int:
    item = items.get(code)
    assert item is not None, code
    return int(item.id)


def _entry(item: Item) -> dict[str, Any]:
    entry: dict[str, Any] = {
        "code": item.code,
        "label_nl": item.label_nl,
        "label_en": item.label_en,
    }
    if isinstance(item, TopicItem):
        entry |= {
            "parent": item.parent_code,
            "domain": item.domain_code,
            "organisation": item.organisation_code,
        }
    elif isinstance(item, OrganisationItem):
        entry["level"] = item.level
    elif isinstance(item, ReferralItem):
        entry |= {"kind": item.kind, "organisation": item.organisation_code}
    return entry


def _manifest(
    desk: Desk, location: Any, start: date, end: date, counts: dict[str, int]
) -> dict[str, Any]:
    return {
        "format": fmt.FORMAT_NAME,
        "format_version": fmt.FORMAT_VERSION,
        "location": {
            "code": location.code,
            "name": location.name,
            "organisation": location.organisation,
            "municipality": location.municipality,
            "cbs_code": location.cbs_code,
            "province": location.province,
            "setup": location.setup,
        },
        "period": {"start": start.isoformat(), "end": end.isoformat()},
        "counts": counts,
        "created_at": fmt.hour_text(desk.clock()),  # date and hour, like every time that leaves
        "program": f"IDO Desk {__version__}",
    }
