"""Reading level of a page, measured offline: Flesch-Kincaid grade with textstat 0.7.3, which
counts syllables with pyphen's dictionaries (no download at run time)."""

import textstat

from mbc_desktop.content import Page, plain_text

GRADE_LIMIT = 8.0  # NIH and AMA advise grade 6–8 for patient material


def grade(page: Page) -> float:
    """The page's Flesch-Kincaid grade: headings, list items and table cells count as
    sentences of their own (they are read that way)."""
    return float(textstat.flesch_kincaid_grade(plain_text(page.body)))


def words(page: Page) -> int:
    return int(textstat.lexicon_count(plain_text(page.body)))
