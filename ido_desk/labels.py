"""How a visit reads in one line: list codes and ids turned into their Dutch labels.

One home for the texts the day list, the status line, the audit log and the CLI all show:
"DigiD > Activeren" for a topic with its sub-topic, "achteraf" / "turflijst" for how a visit
was entered, and the summary "DigiD · Aan de balie · Samen gedaan · 10 min"."""

from __future__ import annotations

from ido_desk.drafts import Entry, QuestionDraft, VisitDraft
from ido_desk.lists import Catalogue
from ido_desk.translatable import QT_TRANSLATE_NOOP, Count, Text, in_language

PATH_SEPARATOR = " > "
PART_SEPARATOR = " · "

VISIT, VISITS = QT_TRANSLATE_NOOP("core", "bezoek"), QT_TRANSLATE_NOOP("core", "bezoeken")
QUESTION, QUESTIONS = QT_TRANSLATE_NOOP("core", "vraag"), QT_TRANSLATE_NOOP("core", "vragen")
LOCATION, LOCATIONS = QT_TRANSLATE_NOOP("core", "locatie"), QT_TRANSLATE_NOOP("core", "locaties")
PAGE, PAGES = QT_TRANSLATE_NOOP("core", "pagina"), QT_TRANSLATE_NOOP("core", "pagina's")
BACKUP, BACKUPS = QT_TRANSLATE_NOOP("core", "back-up"), QT_TRANSLATE_NOOP("core", "back-ups")
NO_TOPIC = QT_TRANSLATE_NOOP("core", "geen onderwerp")
NO_CHANNEL = QT_TRANSLATE_NOOP("core", "geen kanaal")
NO_HELP = QT_TRANSLATE_NOOP("core", "geen hulp")
NO_DURATION = QT_TRANSLATE_NOOP("core", "duur onbekend")
ENTRY_LABELS = {
    Entry.LIVE: QT_TRANSLATE_NOOP("core", "direct"),
    Entry.BACKDATED: QT_TRANSLATE_NOOP("core", "achteraf"),
    Entry.BATCH: QT_TRANSLATE_NOOP("core", "turflijst"),
}


def entry_label(entry: str) -> str:
    """ "achteraf" for a back-dated visit (a marked text: shown in the reader's language);
    an unknown value as it is."""
    try:
        return ENTRY_LABELS[Entry(entry)]
    except ValueError:
        return str(entry)


def topic_path(topic: str, subtopic: str | None) -> str:
    """ "DigiD > Activeren" from the two labels, "DigiD" without a sub-topic."""
    return topic if subtopic is None else f"{topic}{PATH_SEPARATOR}{subtopic}"


def question_topic(cat: Catalogue, question: QuestionDraft, english: bool = False) -> str:
    topic = cat.topics.get(question.topic)
    sub = cat.topics.get(question.subtopic) if question.subtopic else None
    return topic_path(
        topic.label_in(english) if topic else question.topic,
        sub.label_in(english) if sub else None,
    )


def topics_text(cat: Catalogue, draft: VisitDraft, english: bool = False) -> str:
    """ "DigiD > Activeren; Toeslagen" (the lists' English names with ``english``)"""
    return "; ".join(question_topic(cat, q, english) for q in draft.questions)


def help_path(help_label: str, referral: str | None) -> str:
    """ "Doorverwezen: Belastingdienst" from the two labels, "Samen gedaan" without a referral."""
    return help_label if referral is None else f"{help_label}: {referral}"


def help_text(
    cat: Catalogue, help_code: str | None, referral_code: str | None, english: bool = False
) -> str | None:
    """ "Doorverwezen: Belastingdienst", "Samen gedaan", or None without a help."""
    help_kind = cat.help_kinds.get(help_code) if help_code else None
    if help_kind is None:
        return None
    referral = cat.referrals.get(referral_code) if referral_code else None
    return help_path(help_kind.label_in(english), referral.label_in(english) if referral else None)


def counted(n: int, one: str, many: str) -> str:
    """ "1 bezoek", "3.725 bezoeken": a count with the right Dutch form (in English too when
    the words are marked for translation: "3,725 visits")."""
    return Text("core", "{n} {word}", (), {"n": Count(n), "word": one if n == 1 else many})


def duration_text(minutes: int | None, language: str | None = None) -> str:
    return in_language(NO_DURATION, language) if minutes is None else f"{minutes} min"


def visit_line(cat: Catalogue, draft: VisitDraft, english: bool = False) -> str:
    """ "DigiD · Aan de balie · Samen gedaan · 10 min": what a save stores, in one line (the
    lists' English names and the English words for what is missing with ``english``)."""
    language = "en" if english else None
    channel = cat.channels.get(draft.channel) if draft.channel else None
    helps = [help_text(cat, q.help, q.referral, english) for q in draft.questions]
    parts = [
        topics_text(cat, draft, english) or in_language(NO_TOPIC, language),
        channel.label_in(english) if channel else in_language(NO_CHANNEL, language),
        "; ".join(dict.fromkeys(h for h in helps if h)) or in_language(NO_HELP, language),
        duration_text(draft.duration_min, language),
    ]
    return PART_SEPARATOR.join(parts)
