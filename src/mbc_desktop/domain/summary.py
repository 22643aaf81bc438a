"""The pre-appointment summary's choices that the person makes and the app remembers: which
parts to print, the paper size, the name in the header, and notes for the doctor.

``Section`` and ``Paper`` live here, in the domain, so that the service that remembers them
(``services/summary_preferences.py``) can name them: services may import the domain only.
``summary/model.py`` uses the same values.
"""

import re
from enum import StrEnum

from mbc_desktop.domain.text import limited


class Section(StrEnum):
    """The parts of the one-page summary, in page order. Each can be left out; the footer
    ("prepared by the patient; not medical advice", page numbers) is always there."""

    HEADER = "header"
    WHAT_MATTERS = "what_matters"
    QUESTIONS = "questions"
    SYMPTOMS = "symptoms"
    MEDICATIONS = "medications"
    CANCER = "cancer"
    NOTES = "notes"


ALL_SECTIONS = frozenset(Section)


class Paper(StrEnum):
    A4 = "a4"
    LETTER = "letter"


# A name with a title fits in 120 (as an advocate's name does in My goals).
SUMMARY_NAME_MAX_CHARS = 120
# Notes for the doctor: a few short paragraphs, so the page still fits on one sheet.
DOCTOR_NOTES_MAX_CHARS = 1000

NO_SECTIONS = "Choose at least one part of the summary to print."

# Where Letter paper is the usual size (CLDR's paperSize data: "US-Letter"); A4 elsewhere.
LETTER_TERRITORIES = frozenset(
    {"BZ", "CA", "CL", "CO", "CR", "GT", "MX", "NI", "PA", "PH", "PR", "SV", "US", "VE"}
)
# Windows names the territory in words ("English_United States.1252").
_LETTER_TERRITORY_NAMES = {
    "belize": "BZ",
    "canada": "CA",
    "chile": "CL",
    "colombia": "CO",
    "costa rica": "CR",
    "guatemala": "GT",
    "mexico": "MX",
    "nicaragua": "NI",
    "panama": "PA",
    "philippines": "PH",
    "puerto rico": "PR",
    "el salvador": "SV",
    "united states": "US",
    "venezuela": "VE",
}
_LOCALE = re.compile(r"[^_.@]*_(?P<territory>[^.@]+)")

check_name = limited("your name", SUMMARY_NAME_MAX_CHARS)
check_doctor_notes = limited(
    "the notes for the doctor",
    DOCTOR_NOTES_MAX_CHARS,
    multiline=True,
    advice=": keep the main points.",
)


def territory_of(locale_name: str | None) -> str:
    """The territory a locale name gives, as a two-letter code where it can tell:
    "en_US.UTF-8" → "US", "es_MX" → "MX", "English_United States" → "US"; "" for "C",
    "POSIX", None and names without one."""
    if not locale_name:
        return ""
    found = _LOCALE.match(locale_name)
    if found is None:
        return ""
    territory = found["territory"].strip()
    if len(territory) == 2 and territory.isalpha():
        return territory.upper()
    return _LETTER_TERRITORY_NAMES.get(territory.casefold(), "")


def default_paper(locale_name: str | None) -> Paper:
    """Letter where it is the usual paper (the United States, Canada, Mexico…), else A4."""
    return Paper.LETTER if territory_of(locale_name) in LETTER_TERRITORIES else Paper.A4
