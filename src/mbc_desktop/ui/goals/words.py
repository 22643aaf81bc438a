"""The words of "My goals": each answer's name, a value as it reads, and a change as a line of
"What changed since my last appointment" ("How far I would travel: from “Within an hour” to
“Anywhere, for the right trial” (Nov 20, 2026)")."""

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from mbc_desktop.domain.choice import Choice
from mbc_desktop.domain.goals import GoalName
from mbc_desktop.services.goals import PreferenceChange
from mbc_desktop.words.i18n import QT_TRANSLATE_NOOP, label
from mbc_desktop.words.texts import fill, shorten

# Each answer by its name, as "What changed" and the undo texts say it (no Alt letters here).
FIELD_NAMES: dict[str, str] = {
    "what_matters_most": QT_TRANSLATE_NOOP("GoalsWords", "What matters most to me now"),
    "hardest_side_effects": QT_TRANSLATE_NOOP("GoalsWords", "Side effects hardest to accept"),
    "own_hardest": QT_TRANSLATE_NOOP("GoalsWords", "Other hard side effects, in my words"),
    "easiest_side_effects": QT_TRANSLATE_NOOP("GoalsWords", "Side effects easiest to accept"),
    "own_easiest": QT_TRANSLATE_NOOP("GoalsWords", "Other easy side effects, in my words"),
    "treatment_form": QT_TRANSLATE_NOOP("GoalsWords", "Pills or infusions"),
    "where_treated": QT_TRANSLATE_NOOP("GoalsWords", "Where I want to be treated"),
    "travel": QT_TRANSLATE_NOOP("GoalsWords", "How far I would travel"),
    "trials_interest": QT_TRANSLATE_NOOP("GoalsWords", "Interest in clinical trials"),
    "insurance_concerns": QT_TRANSLATE_NOOP("GoalsWords", "Insurance and out-of-network concerns"),
    "help_at_home": QT_TRANSLATE_NOOP("GoalsWords", "Help I have at home"),
    "help_notes": QT_TRANSLATE_NOOP("GoalsWords", "Notes about help at home"),
    "advocate_name": QT_TRANSLATE_NOOP("GoalsWords", "My advocate's name"),
    "advocate_relationship": QT_TRANSLATE_NOOP("GoalsWords", "My advocate's relationship to me"),
    "advocate_may_speak": QT_TRANSLATE_NOOP("GoalsWords", "My advocate may speak for me"),
    "second_opinion": QT_TRANSLATE_NOOP("GoalsWords", "Second opinion"),
    "second_opinion_where": QT_TRANSLATE_NOOP("GoalsWords", "Where the second opinion is"),
}


def day_text(day: date) -> str:
    """ "Nov 20, 2026" in English; the translation gives the order of its language."""
    # A Qt date pattern: d is the day, MMM the month's short name, yyyy the year.
    pattern = QCoreApplication.translate("GoalsWords", "MMM d, yyyy")
    return QLocale().toString(QDate(day.year, day.month, day.day), pattern)


def moment_day(moment: datetime) -> str:
    """The day of ``moment`` on this computer's clock, as ``day_text``."""
    return day_text(moment.astimezone().date())


def field_name(key: str) -> str:
    """An answer's key ("travel", "importance.living_longer") as its name in words."""
    if key.startswith("importance."):
        goal = next((g for g in GoalName if f"importance.{g.value}" == key), None)
        if goal is not None:
            return fill(
                QCoreApplication.translate("GoalsWords", "%1 (how much it matters)"), label(goal)
            )
    name = FIELD_NAMES.get(key)
    return QCoreApplication.translate("GoalsWords", name) if name is not None else key


def value_text(value: object) -> str:
    """A value as it reads: a choice's words, a list's words joined, a text cut short."""
    if value is None or value in ("", ()):
        return QCoreApplication.translate("GoalsWords", "not answered")
    if isinstance(value, Choice):
        return label(value)
    if isinstance(value, tuple | list):
        return ", ".join(label(item) if isinstance(item, Choice) else str(item) for item in value)
    return shorten(str(value), 60)


def change_line(change: PreferenceChange) -> str:
    """One line of "What changed since my last appointment"."""
    name = field_name(change.key)
    day = moment_day(change.changed_at)
    if change.before is None:
        return fill(
            QCoreApplication.translate("GoalsWords", "%1: “%2” (answered %3)"),
            name,
            value_text(change.after),
            day,
        )
    if change.after is None:
        return fill(
            QCoreApplication.translate("GoalsWords", "%1: cleared; it was “%2” (%3)"),
            name,
            value_text(change.before),
            day,
        )
    return fill(
        QCoreApplication.translate("GoalsWords", "%1: from “%2” to “%3” (%4)"),
        name,
        value_text(change.before),
        value_text(change.after),
        day,
    )
