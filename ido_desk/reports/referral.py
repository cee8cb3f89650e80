"""The one definition of "doorverwezen" (referred), used by the key figure, the help table,
the national-form list and every export.

A question is referred when its help given is "Doorverwezen". The referral target, when one
was chosen, says where to; a referred question without a target still counts as referred.
"Cursus aangeraden" is its own kind of help: a course advised is not a referral, also when a
course is chosen as its target."""

from __future__ import annotations

REFERRED_HELP = "doorverwezen"

DEFINITION = (
    "Doorverwezen: een vraag waarbij als hulp 'Doorverwezen' is gekozen, met of zonder "
    "vastgelegde bestemming. 'Cursus aangeraden' is een eigen soort hulp en telt niet als "
    "doorverwijzing. Direct geholpen: de vragen met een andere hulp dan 'Doorverwezen'; "
    "een vraag zonder hulp (zoals op een turflijst) telt als 'Niet ingevuld', niet als "
    "direct geholpen."
)
NO_TARGET = "Bestemming niet vastgelegd"


def is_referred(help_code: str | None) -> bool:
    return help_code == REFERRED_HELP
