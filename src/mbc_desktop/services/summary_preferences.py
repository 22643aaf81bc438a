"""What the pre-appointment summary remembers, kept as dated answers of the topic "summary":
the name for its header, the parts left out, the paper size, and the notes for the doctor,
one note per appointment.

Keys: ``name``; ``hidden_sections`` (the parts left out, so that a part a later version adds
is shown until the person leaves it out); ``paper``; ``notes_<appointment id>``, and
``notes_next`` for the summary made when no appointment is planned. A blank text is "not
answered": the key is cleared.
"""

import builtins
import locale
import os
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from mbc_desktop.domain.answers import Answer, AnswerTopic
from mbc_desktop.domain.summary import (
    ALL_SECTIONS,
    NO_SECTIONS,
    Paper,
    Section,
    check_doctor_notes,
    check_name,
    default_paper,
)
from mbc_desktop.services.answers import AnswerService

__all__ = ["SummaryChoices", "SummaryPreferences", "notes_key"]

TOPIC = AnswerTopic.SUMMARY.value
NAME_KEY = "name"
HIDDEN_SECTIONS_KEY = "hidden_sections"
PAPER_KEY = "paper"


def notes_key(appointment_id: int | None) -> str:
    """The key of the notes for one appointment (None: when no appointment is planned)."""
    return "notes_next" if appointment_id is None else f"notes_{int(appointment_id)}"


def _text(values: Mapping[str, object], key: str) -> str:
    value = values.get(key)
    return value if isinstance(value, str) else ""


def _sections(values: Mapping[str, object]) -> frozenset[Section]:
    hidden = values.get(HIDDEN_SECTIONS_KEY)
    if not isinstance(hidden, list):
        return ALL_SECTIONS
    shown = ALL_SECTIONS - {s for s in Section if s.value in hidden}
    # Only a journal edited by hand can leave nothing: show everything rather than a
    # blank page.
    return shown or ALL_SECTIONS


@dataclass(frozen=True)
class SummaryChoices:
    """What one summary takes from the preferences: the name for its header, the parts
    chosen and the notes for its appointment."""

    name: str
    sections: frozenset[Section]
    notes: str


def system_locale_name() -> str | None:
    """This computer's locale for paper ("en_US", "English_United States"…), None if it has
    none. On Linux and macOS the environment says it (LC_ALL, then LC_PAPER, then LANG):
    Python's ``getlocale`` reads "C.UTF-8" as "en_US", which would give a US paper size to
    every machine with no locale set."""
    if os.name == "posix":
        for variable in ("LC_ALL", "LC_PAPER", "LANG"):
            value = os.environ.get(variable)
            if value:
                return value
        return None
    return locale.getlocale()[0]


class SummaryPreferences:
    """Reads and remembers the summary's choices through ``answers`` (its listeners hear the
    topic "summary"). Every ``set_`` is one transaction and returns the answers it recorded
    (none when nothing changed); give their ids to ``answers.remove_many`` to undo.

    ``locale_name`` gives the locale whose country decides the paper until one is chosen.
    """

    def __init__(
        self,
        answers: AnswerService,
        locale_name: Callable[[], str | None] = system_locale_name,
    ) -> None:
        self.answers = answers
        self._locale_name = locale_name

    def _value(self, key: str) -> object:
        return self.answers.current(TOPIC).get(key)

    def _record(self, key: str, value: object) -> builtins.list[Answer]:
        return self.answers.record_many(TOPIC, {key: value})

    def choices(self, appointment_id: int | None) -> SummaryChoices:
        """The name, the parts chosen and the notes for this appointment (None: for the
        summary made when no appointment is planned), as ``name``, ``sections`` and
        ``notes_for`` give them, in one read."""
        values = self.answers.current(TOPIC)
        return SummaryChoices(
            name=_text(values, NAME_KEY),
            sections=_sections(values),
            notes=_text(values, notes_key(appointment_id)),
        )

    # --- the name in the header ---------------------------------------------------------------
    def name(self) -> str:
        """The person's name for the header ("" when not given)."""
        return _text(self.answers.current(TOPIC), NAME_KEY)

    def set_name(self, text: str) -> builtins.list[Answer]:
        """Remember the name, cleaned to one line; blank forgets it. Raises ValueError, with
        a message for the person, when it is too long."""
        return self._record(NAME_KEY, check_name(text) or None)

    # --- the parts shown --------------------------------------------------------------------
    def sections(self) -> frozenset[Section]:
        """The parts chosen (every part until some are left out)."""
        return _sections(self.answers.current(TOPIC))

    def set_sections(self, sections: Iterable[str]) -> builtins.list[Answer]:
        """Remember the parts chosen (``Section`` members, or their values). Raises
        ValueError when none is chosen, or for a part that does not exist."""
        chosen = frozenset(Section(str(section)) for section in sections)
        if not chosen:
            raise ValueError(NO_SECTIONS)
        hidden = [section.value for section in Section if section not in chosen]
        return self._record(HIDDEN_SECTIONS_KEY, hidden or None)

    # --- the paper --------------------------------------------------------------------------
    def paper(self) -> Paper:
        """The paper chosen; until one is, Letter where it is the usual size, else A4."""
        value = self._value(PAPER_KEY)
        if isinstance(value, str) and value in {paper.value for paper in Paper}:
            return Paper(value)
        return default_paper(self._locale_name())

    def set_paper(self, paper: str) -> builtins.list[Answer]:
        """Remember the paper (a ``Paper`` or its value); raises ValueError for another."""
        return self._record(PAPER_KEY, Paper(str(paper)).value)

    # --- notes for the doctor ---------------------------------------------------------------
    def notes_for(self, appointment_id: int | None) -> str:
        """The notes for the doctor written for this appointment (None: for the summary made
        when no appointment is planned); "" when none."""
        return _text(self.answers.current(TOPIC), notes_key(appointment_id))

    def set_notes(self, appointment_id: int | None, text: str) -> builtins.list[Answer]:
        """Remember the notes for this appointment, cleaned (they may run over several
        lines); blank forgets them. Raises ValueError, with a message for the person, when
        they are too long."""
        return self._record(notes_key(appointment_id), check_doctor_notes(text) or None)
