"""The whole journal as one file: the export format (versioned JSON) and the checks an import
makes before anything is written.

An export is a ``JournalExport``: a header (what it is, which format version, when and by which
version of the app it was made, the journal's schema) and every entry of every kind, with the
ids the journal gave them, so that links between entries (a question's appointment, a score's
symptom) stay as they were. Every table column is in it: exporting a journal and importing the
file into an empty one gives the same journal, field by field.

Reading a file is strict, because the file may come from anywhere: every text goes through the
same rules as what a person types (``domain/text.py`` and each model's limits), a control
character the app never keeps is refused rather than dropped, times must carry their zone, ids
must be whole numbers, and nothing unknown is accepted (``extra="forbid"``). Links must point at
entries in the same file, ids must be unique, the nine ESAS-r scales must all be there under their
published names. Whatever is wrong comes back as a finished sentence that says where
("questions[3].text: …"), never as a traceback: see ``problem_message``.

``merge_plan`` is the rule for adding a file's entries next to a journal's: new ids, links
re-mapped, exact duplicates skipped. It is pure, so it is tested without a database.
"""

import json
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    Strict,
    ValidationError,
    model_validator,
)

from mbc_desktop.domain.answers import AnswerTopic, check_key, encode
from mbc_desktop.domain.appointments import (
    CLINICIAN_MAX_CHARS,
    NOTES_MAX_CHARS,
    PLACE_MAX_CHARS,
    PURPOSE_MAX_CHARS,
    Clinician,
    Decisions,
    NextSteps,
    Notes,
    Place,
    Purpose,
    Role,
    TestsOrdered,
    VisitNotes,
)
from mbc_desktop.domain.medications import (
    DOSE_MAX_CHARS,
    MEDICATION_NAME_MAX_CHARS,
    MEDICATION_NOTES_MAX_CHARS,
    MEDICATION_PURPOSE_MAX_CHARS,
    SCHEDULE_MAX_CHARS,
    STOPPED_BEFORE_STARTED,
    Dose,
    MedicationName,
    MedicationNotes,
    MedicationPurpose,
    Route,
    Schedule,
)
from mbc_desktop.domain.questions import (
    ANSWER_MAX_CHARS,
    ANSWERED_BY_MAX_CHARS,
    QUESTION_MAX_CHARS,
    SOURCE_MAX_CHARS,
    AnsweredBy,
    AnswerText,
    Priority,
    QuestionText,
    Status,
    Topic,
)
from mbc_desktop.domain.symptoms import (
    CHECK_IN_NOTE_MAX_CHARS,
    ESAS_R_BY_ITEM,
    SYMPTOM_NAME_MAX_CHARS,
    CompletedBy,
    EsasItem,
    Note,
    Score,
    SymptomKind,
    SymptomName,
)
from mbc_desktop.domain.text import CANT_SAVE_MESSAGE, clean_single_line

__all__ = [
    "EXPORT_FORMAT",
    "EXPORT_VERSION",
    "KINDS",
    "MAX_EXPORT_BYTES",
    "MAX_ROWS",
    "ExportAnswer",
    "ExportAppointment",
    "ExportCheckIn",
    "ExportDoseStep",
    "ExportMedication",
    "ExportProblem",
    "ExportQuestion",
    "ExportScore",
    "ExportSymptom",
    "ImportProblem",
    "JournalExport",
    "JournalRows",
    "MergePlan",
    "count_entries",
    "first_problem",
    "merge_plan",
    "parse_export",
    "problem_message",
    "renumbered",
    "too_big_message",
    "with_header",
]

EXPORT_FORMAT = "mbc-desktop-journal"
EXPORT_VERSION = 1
# Ten years of daily check-ins make an export of a few megabytes. A file far bigger than any
# journal is refused before it is read, and so is a list far longer than any journal holds.
MAX_EXPORT_BYTES = 200 * 1024 * 1024
MAX_ROWS: Mapping[str, int] = {
    "questions": 50_000,
    "appointments": 20_000,
    "symptoms": 2_000,
    "check_ins": 200_000,
    "medications": 10_000,
    "answers": 500_000,
}
MAX_DOSE_STEPS = 1_000  # per medication
MAX_SCORES = 2_000  # per check-in
ANSWER_VALUE_MAX_CHARS = 200_000  # one answer's value, as JSON text
ANSWER_VALUE_MAX_DEPTH = 32
# Far above any id SQLite hands out in a lifetime, and below what it can hold.
MAX_ID = 2**53
# The kinds of entry counted in previews and results, in the order an export lists them.
KINDS = ("questions", "appointments", "symptoms", "check_ins", "medications", "answers")

# --- messages (finished sentences; the UI translates them) -------------------------------------
NOT_AN_EXPORT = (
    "This is not an MBC Desktop export. Choose a file that MBC Desktop saved with "
    "Export (it ends in .json)."
)
NEWER_VERSION = (
    "This file was made by a newer MBC Desktop (format version {version}). "
    "Update MBC Desktop to import it."
)
TOO_BIG = (
    "This file is too big to be an MBC Desktop export ({megabytes} MB; the most is {limit} MB). "
    "Nothing was changed."
)
TOO_MANY = (
    "This file has more {kind} ({count}) than MBC Desktop can import (at most {limit}). "
    "Nothing was changed."
)
NOT_UTF8 = (
    "This file is damaged: part of it is not text. Export the journal again, or use a backup. "
    "Nothing was changed."
)
CUT_SHORT = (
    "This file is cut short: it ends before the journal does (it may not have finished "
    "copying). Export the journal again, or use a backup. Nothing was changed."
)
DAMAGED = (
    "This file is damaged: {detail} (line {line}, column {column}). Export the journal "
    "again, or use a backup. Nothing was changed."
)
TOO_DEEP = (
    "This file is damaged: it nests lists and groups far deeper than any export. "
    "Nothing was changed."
)
BAD_CONTENT = "This file can't be imported: {problem}. Nothing was changed."
MORE_PROBLEMS = " (and {count} more problems)"
ONE_MORE_PROBLEM = " (and 1 more problem)"
NUMBER_TOO_LONG = "it holds a number far too long to be anything MBC Desktop keeps"
NOT_A_NUMBER = "it holds {name}, which is not a number JSON can hold"
SAME_FIELD_TWICE = "the field {key!r} is in one group twice"

# Parts of those sentences, with the place they are about in front ("questions[3].text: ").
NOT_TEXT = "should be text."
TOO_LONG = "is {length} characters long; MBC Desktop keeps at most {limit} here."
CONTROL_CHARACTER = (
    "has a control character (U+{code:04X}) that MBC Desktop never saves, so the file was "
    "changed after it was exported."
)
NOT_A_MOMENT = "should be a date and time with its time zone, like 2026-03-02T09:30:00+00:00."
NO_TIME_ZONE = "has no time zone; every time in an export has one."
NOT_A_DAY = "should be a day, like 2026-03-02."
OUT_OF_RANGE = "should be between the years 1900 and 2199."
NOT_A_ZONE = "is not a time zone name (like America/Chicago)."
NOT_A_KEY = "is not an answer key (lower-case words joined by _ and .)."
NOT_JSON_VALUE = "is not a value MBC Desktop keeps ({reason})."
DUPLICATE_ID = "{where}.id: {id} is used by another entry of the same kind in this file."
NOT_IN_FILE = "{where}: {what} {id} is not in this file."
TWICE_IN_CHECK_IN = "{where}: the check-in scores symptom {id} twice."
ESAS_ITEM_WITHOUT_KIND = "{where}: only an ESAS-r scale has an ESAS-r item."
ESAS_KIND_WITHOUT_ITEM = "{where}: an ESAS-r scale needs its ESAS-r item."
ESAS_NAME = "{where}.name: the ESAS-r scale keeps its published name, {name!r}."
ESAS_TWICE = "{where}: the ESAS-r scale {item!r} is in the file twice."
ESAS_MISSING = "symptoms: the ESAS-r scale {item!r} is missing; every journal has all nine."
SAME_NAME = "{where}.name: {name!r} is the name of another symptom in this file."
FIRST_STEP = "{where}.steps[0]: the first dose is from the start, without a day."
LATER_STEP = "{where}.steps[{index}]: every dose after the first has the day it started."
STEP_ORDER = "{where}.steps[{index}]: the doses must be in the order they started."
STEP_BEFORE_START = "{where}.steps[{index}]: a dose can't start before the medicine was started."
STEP_AFTER_STOP = "{where}.steps[{index}]: a dose can't start after the medicine was stopped."


class ImportProblem(Exception):  # noqa: N818 - the name the callers use
    """A file that can't be imported, or an import that could not be done. The message is a
    finished sentence for the person; nothing in the journal was changed."""

    @property
    def message(self) -> str:
        return str(self.args[0]) if self.args else ""


class ExportProblem(Exception):  # noqa: N818 - pairs with ImportProblem
    """The journal could not be exported. The message is a finished sentence for the person."""

    @property
    def message(self) -> str:
        return str(self.args[0]) if self.args else ""


# --- field rules -----------------------------------------------------------------------------
# Control characters no text of the app keeps: a multi-line text keeps tab and line feed.
_CONTROL_MULTILINE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_CONTROL_ONE_LINE = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def _text(limit: int, *, multiline: bool = False) -> Callable[[object], object]:
    """Before the app's own rule for a field: text, not longer than the field's limit, and
    without a control character (the app drops them as they are typed, so an export never
    has one; a file that does was changed by something else, and is refused, not cleaned)."""
    controls = _CONTROL_MULTILINE if multiline else _CONTROL_ONE_LINE

    def check(value: object) -> object:
        if not isinstance(value, str):
            raise ValueError(NOT_TEXT)
        if len(value) > limit:
            raise ValueError(TOO_LONG.format(length=f"{len(value):,}", limit=f"{limit:,}"))
        found = controls.search(value)
        if found is not None:
            raise ValueError(CONTROL_CHARACTER.format(code=ord(found.group())))
        return value

    return check


def _source(value: str) -> str:
    # A Learn page's id, or "" for a question the person typed.
    return clean_single_line(value)


def _moment(value: object) -> datetime:
    """A time with its zone (ISO 8601 text in a file, an aware datetime from the journal),
    in UTC."""
    if isinstance(value, datetime):
        moment = value
    elif isinstance(value, str) and len(value) <= 64:
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:
            raise ValueError(NOT_A_MOMENT) from None
    else:
        raise ValueError(NOT_A_MOMENT)
    if moment.utcoffset() is None:
        raise ValueError(NO_TIME_ZONE)
    if not 1900 <= moment.year <= 2199:
        raise ValueError(OUT_OF_RANGE)
    moment = moment.astimezone(UTC)
    if not 1900 <= moment.year <= 2199:
        raise ValueError(OUT_OF_RANGE)
    return moment


def _day(value: object) -> date:
    if isinstance(value, date) and not isinstance(value, datetime):
        day = value
    elif isinstance(value, str) and len(value) <= 10:
        try:
            day = date.fromisoformat(value)
        except ValueError:
            raise ValueError(NOT_A_DAY) from None
    else:
        raise ValueError(NOT_A_DAY)
    if not 1900 <= day.year <= 2199:
        raise ValueError(OUT_OF_RANGE)
    return day


_ZONE_NAME = re.compile(r"[A-Za-z0-9_+\-/]*")


def _zone(value: str) -> str:
    # Not checked against this computer's zones: a journal from a computer with newer zone
    # data must still import (Appointment and CheckIn keep any name for the same reason).
    if _ZONE_NAME.fullmatch(value) is None:
        raise ValueError(NOT_A_ZONE)
    return value


def _key(value: str) -> str:
    try:
        return check_key(value)
    except ValueError:
        raise ValueError(NOT_A_KEY) from None


def _answer_value(value: object) -> object:
    """Anything JSON holds (the rule of AnswerService), within limits: not nested too deep,
    not too long, and no lone surrogate in a text (the journal could not store it)."""
    pending: list[tuple[object, int]] = [(value, 0)]
    while pending:
        item, depth = pending.pop()
        if depth > ANSWER_VALUE_MAX_DEPTH:
            raise ValueError(NOT_JSON_VALUE.format(reason="nested too deep"))
        if isinstance(item, str):
            if _SURROGATE.search(item) is not None:
                raise ValueError(CANT_SAVE_MESSAGE)
        elif isinstance(item, dict):
            pending.extend((key, depth + 1) for key in item)
            pending.extend((child, depth + 1) for child in item.values())
        elif isinstance(item, list):
            pending.extend((child, depth + 1) for child in item)
        elif item is not None and not isinstance(item, bool | int | float):
            raise ValueError(NOT_JSON_VALUE.format(reason=type(item).__name__))
    try:
        text = encode(value)
    except ValueError:
        raise ValueError(NOT_JSON_VALUE.format(reason="not a number JSON can hold")) from None
    if len(text) > ANSWER_VALUE_MAX_CHARS:
        raise ValueError(
            TOO_LONG.format(length=f"{len(text):,}", limit=f"{ANSWER_VALUE_MAX_CHARS:,}")
        )
    return value


def _before(limit: int, *, multiline: bool = False) -> BeforeValidator:
    return BeforeValidator(_text(limit, multiline=multiline))


Id = Annotated[int, Strict(), Field(gt=0, le=MAX_ID)]
Count = Annotated[int, Strict(), Field(ge=0, le=MAX_ID)]
Moment = Annotated[datetime, BeforeValidator(_moment)]
Day = Annotated[date, BeforeValidator(_day)]
TimeZone = Annotated[str, AfterValidator(_zone), _before(64)]
Flag = Annotated[bool, Strict()]

_QuestionText = Annotated[QuestionText, _before(QUESTION_MAX_CHARS, multiline=True)]
_AnswerText = Annotated[AnswerText, _before(ANSWER_MAX_CHARS, multiline=True)]
_AnsweredBy = Annotated[AnsweredBy, _before(ANSWERED_BY_MAX_CHARS)]
_Source = Annotated[str, AfterValidator(_source), _before(SOURCE_MAX_CHARS)]
_Clinician = Annotated[Clinician, _before(CLINICIAN_MAX_CHARS)]
_Place = Annotated[Place, _before(PLACE_MAX_CHARS)]
_Purpose = Annotated[Purpose, _before(PURPOSE_MAX_CHARS)]
_Notes = Annotated[Notes, _before(NOTES_MAX_CHARS, multiline=True)]
_VisitNotes = Annotated[VisitNotes, _before(NOTES_MAX_CHARS, multiline=True)]
_Decisions = Annotated[Decisions, _before(NOTES_MAX_CHARS, multiline=True)]
_NextSteps = Annotated[NextSteps, _before(NOTES_MAX_CHARS, multiline=True)]
_TestsOrdered = Annotated[TestsOrdered, _before(NOTES_MAX_CHARS, multiline=True)]
_SymptomName = Annotated[SymptomName, _before(SYMPTOM_NAME_MAX_CHARS)]
_CheckInNote = Annotated[Note, _before(CHECK_IN_NOTE_MAX_CHARS, multiline=True)]
_MedicationName = Annotated[MedicationName, _before(MEDICATION_NAME_MAX_CHARS)]
_Dose = Annotated[Dose, _before(DOSE_MAX_CHARS)]
_Schedule = Annotated[Schedule, _before(SCHEDULE_MAX_CHARS)]
_MedicationPurpose = Annotated[MedicationPurpose, _before(MEDICATION_PURPOSE_MAX_CHARS)]
_MedicationNotes = Annotated[MedicationNotes, _before(MEDICATION_NOTES_MAX_CHARS, multiline=True)]
_Key = Annotated[str, AfterValidator(_key), _before(64)]
_AnswerValue = Annotated[Any, BeforeValidator(_answer_value)]
_ShortText = Annotated[str, AfterValidator(clean_single_line), _before(64)]


class _Entry(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


# --- the entries ---------------------------------------------------------------------------
class ExportQuestion(_Entry):
    """A question, every column as the journal keeps it (``domain.Question``)."""

    id: Id
    text: _QuestionText
    topic: Topic
    priority: Priority
    status: Status
    answer: _AnswerText = ""
    answered_by: _AnsweredBy = ""
    position: Count
    created_at: Moment
    updated_at: Moment
    appointment_id: Id | None = None
    carry_count: Count = 0
    carried_from: Moment | None = None
    asked_about_since: Moment | None = None
    source: _Source = ""


class ExportAppointment(_Entry):
    """An appointment, every column (``domain.Appointment``)."""

    id: Id
    starts_at: Moment
    time_zone: TimeZone = ""
    clinician: _Clinician = ""
    role: Role
    place: _Place = ""
    telehealth: Flag = False
    purpose: _Purpose = ""
    notes: _Notes = ""
    visit_notes: _VisitNotes = ""
    decisions: _Decisions = ""
    next_steps: _NextSteps = ""
    tests_ordered: _TestsOrdered = ""
    completed_at: Moment | None = None
    created_at: Moment
    updated_at: Moment


class ExportSymptom(_Entry):
    """A symptom: one of the nine ESAS-r scales, one of the person's own, or a named "other
    problem" (``domain.symptoms.Symptom``)."""

    id: Id
    kind: SymptomKind
    esas_item: EsasItem | None = None
    name: _SymptomName
    position: Count = 0
    archived_at: Moment | None = None
    created_at: Moment


class ExportScore(_Entry):
    """One symptom's score in a check-in (a skipped symptom has none)."""

    symptom_id: Id
    score: Score


class ExportCheckIn(_Entry):
    """A check-in with its scores (``domain.symptoms.CheckIn``)."""

    id: Id
    taken_at: Moment
    time_zone: TimeZone = ""
    completed_by: CompletedBy = CompletedBy.ME
    note: _CheckInNote = ""
    scores: tuple[ExportScore, ...] = Field(default=(), max_length=MAX_SCORES)
    created_at: Moment
    updated_at: Moment


class ExportDoseStep(_Entry):
    """A dose and schedule from a day on (None: from the start)."""

    id: Id
    dose: _Dose = ""
    schedule: _Schedule = ""
    from_day: Day | None = None
    created_at: Moment


class ExportMedication(_Entry):
    """A medication with its dose history, oldest first (``domain.medications.Medication``)."""

    id: Id
    name: _MedicationName
    route: Route
    purpose: _MedicationPurpose = ""
    started_on: Day | None = None
    stopped_on: Day | None = None
    notes: _MedicationNotes = ""
    steps: tuple[ExportDoseStep, ...] = Field(min_length=1, max_length=MAX_DOSE_STEPS)
    created_at: Moment
    updated_at: Moment


class ExportAnswer(_Entry):
    """One dated answer of a form (``domain.answers.Answer``); ``value`` is the JSON value
    itself, not its text."""

    id: Id
    topic: AnswerTopic
    key: _Key
    value: _AnswerValue
    recorded_at: Moment


class JournalRows(BaseModel):
    """Every entry of a journal, as an export holds them (without the file's header, and
    without the checks that entries fit together: ``JournalExport`` makes those)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    questions: tuple[ExportQuestion, ...] = ()
    appointments: tuple[ExportAppointment, ...] = ()
    symptoms: tuple[ExportSymptom, ...] = ()
    check_ins: tuple[ExportCheckIn, ...] = ()
    medications: tuple[ExportMedication, ...] = ()
    answers: tuple[ExportAnswer, ...] = ()


def count_entries(rows: "JournalRows | JournalExport") -> dict[str, int]:
    """How many entries of each kind (``KINDS``). The nine ESAS-r scales, which every journal
    has, are not counted among the symptoms."""
    counts = {kind: len(getattr(rows, kind)) for kind in KINDS}
    counts["symptoms"] = sum(1 for s in rows.symptoms if s.kind is not SymptomKind.ESAS)
    return counts


# --- the file ------------------------------------------------------------------------------
def _where(kind: str, index: int) -> str:
    return f"{kind}[{index}]"


def _unique_ids(kind: str, entries: Iterable[tuple[int, int]]) -> None:
    seen: set[int] = set()
    for index, entry_id in entries:
        if entry_id in seen:
            raise ValueError(DUPLICATE_ID.format(where=_where(kind, index), id=entry_id))
        seen.add(entry_id)


def _check_symptoms(symptoms: tuple[ExportSymptom, ...]) -> None:
    items: set[EsasItem] = set()
    names: set[str] = set()
    for index, symptom in enumerate(symptoms):
        where = _where("symptoms", index)
        if symptom.kind is SymptomKind.ESAS:
            if symptom.esas_item is None:
                raise ValueError(ESAS_KIND_WITHOUT_ITEM.format(where=where))
            published = ESAS_R_BY_ITEM[symptom.esas_item].name
            if symptom.name != published:
                raise ValueError(ESAS_NAME.format(where=where, name=published))
            if symptom.esas_item in items:
                raise ValueError(ESAS_TWICE.format(where=where, item=symptom.esas_item.value))
            items.add(symptom.esas_item)
        elif symptom.esas_item is not None:
            raise ValueError(ESAS_ITEM_WITHOUT_KIND.format(where=where))
        # No two symptoms share a name, whatever the case (the app never makes two).
        folded = symptom.name.casefold()
        if folded in names:
            raise ValueError(SAME_NAME.format(where=where, name=symptom.name))
        names.add(folded)
    for item in EsasItem:
        if item not in items:
            raise ValueError(ESAS_MISSING.format(item=item.value))


def _check_steps(index: int, medication: ExportMedication) -> None:
    where = _where("medications", index)
    if medication.steps[0].from_day is not None:
        raise ValueError(FIRST_STEP.format(where=where))
    last: date | None = None
    for number, step in enumerate(medication.steps[1:], start=1):
        if step.from_day is None:
            raise ValueError(LATER_STEP.format(where=where, index=number))
        if last is not None and step.from_day <= last:
            raise ValueError(STEP_ORDER.format(where=where, index=number))
        if medication.started_on is not None and step.from_day < medication.started_on:
            raise ValueError(STEP_BEFORE_START.format(where=where, index=number))
        if medication.stopped_on is not None and step.from_day > medication.stopped_on:
            raise ValueError(STEP_AFTER_STOP.format(where=where, index=number))
        last = step.from_day


def _known_version(version: int) -> int:
    if version != EXPORT_VERSION:
        raise ValueError(f"should be {EXPORT_VERSION}")
    return version


class JournalExport(BaseModel):
    """A whole journal as one file. ``schema`` (``schema_revision`` here) is the journal's
    storage schema when it was exported; ``version`` is the file format's, which is what
    decides whether this version of the app can read it."""

    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)

    format: Literal["mbc-desktop-journal"]
    version: Annotated[int, Strict(), AfterValidator(_known_version)]
    exported_at: Moment
    app_version: _ShortText
    schema_revision: _ShortText = Field(alias="schema")
    questions: tuple[ExportQuestion, ...] = Field(max_length=MAX_ROWS["questions"])
    appointments: tuple[ExportAppointment, ...] = Field(max_length=MAX_ROWS["appointments"])
    symptoms: tuple[ExportSymptom, ...] = Field(max_length=MAX_ROWS["symptoms"])
    check_ins: tuple[ExportCheckIn, ...] = Field(max_length=MAX_ROWS["check_ins"])
    medications: tuple[ExportMedication, ...] = Field(max_length=MAX_ROWS["medications"])
    answers: tuple[ExportAnswer, ...] = Field(max_length=MAX_ROWS["answers"])

    @model_validator(mode="after")
    def _entries_fit_together(self) -> "JournalExport":
        for kind in ("questions", "appointments", "symptoms", "check_ins", "medications"):
            entries = getattr(self, kind)
            _unique_ids(kind, ((i, e.id) for i, e in enumerate(entries)))
        _unique_ids("answers", ((i, a.id) for i, a in enumerate(self.answers)))
        steps: set[int] = set()
        for index, medication in enumerate(self.medications):
            for number, step in enumerate(medication.steps):
                if step.id in steps:
                    where = f"{_where('medications', index)}.steps[{number}]"
                    raise ValueError(DUPLICATE_ID.format(where=where, id=step.id))
                steps.add(step.id)
        appointments = {a.id for a in self.appointments}
        for index, question in enumerate(self.questions):
            if question.appointment_id is not None and question.appointment_id not in appointments:
                raise ValueError(
                    NOT_IN_FILE.format(
                        where=f"{_where('questions', index)}.appointment_id",
                        what="appointment",
                        id=question.appointment_id,
                    )
                )
        _check_symptoms(self.symptoms)
        symptoms = {s.id for s in self.symptoms}
        for index, check_in in enumerate(self.check_ins):
            scored: set[int] = set()
            for number, score in enumerate(check_in.scores):
                where = f"{_where('check_ins', index)}.scores[{number}]"
                if score.symptom_id not in symptoms:
                    raise ValueError(
                        NOT_IN_FILE.format(
                            where=f"{where}.symptom_id", what="symptom", id=score.symptom_id
                        )
                    )
                if score.symptom_id in scored:
                    raise ValueError(TWICE_IN_CHECK_IN.format(where=where, id=score.symptom_id))
                scored.add(score.symptom_id)
        for index, medication in enumerate(self.medications):
            started, stopped = medication.started_on, medication.stopped_on
            if started is not None and stopped is not None and stopped < started:
                raise ValueError(f"{_where('medications', index)}: {STOPPED_BEFORE_STARTED}")
            _check_steps(index, medication)
        return self

    @property
    def rows(self) -> JournalRows:
        return JournalRows(
            questions=self.questions,
            appointments=self.appointments,
            symptoms=self.symptoms,
            check_ins=self.check_ins,
            medications=self.medications,
            answers=self.answers,
        )

    def to_json(self) -> str:
        """The file's text: UTF-8 JSON, indented, the header first, every time in UTC."""
        return json.dumps(
            self.model_dump(mode="json", by_alias=True),
            ensure_ascii=False,
            indent=2,
            allow_nan=False,
        )


# --- reading a file ------------------------------------------------------------------------
_LOCATION_PART = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def _location(parts: Iterable[int | str]) -> str:
    where = ""
    for part in parts:
        if isinstance(part, int):
            where += f"[{part}]"
        elif _LOCATION_PART.fullmatch(part):  # not pydantic's names for a type it tried
            where += f".{part}" if where else part
    return where


def _sentence(text: str) -> str:
    text = text.strip()
    return text if text.endswith((".", "?", "!", ")")) else text + "."


def _bad_content(problem: str, more: int = 0) -> str:
    """BAD_CONTENT around ``problem`` (a sentence or a part of one), with how many more."""
    if more == 1:
        problem = problem.rstrip(". ") + ONE_MORE_PROBLEM
    elif more > 1:
        problem = problem.rstrip(". ") + MORE_PROBLEMS.format(count=f"{more:,}")
    return BAD_CONTENT.format(problem=problem.rstrip(". "))


_PLAIN: Mapping[str, str] = {
    "missing": "is missing.",
    "extra_forbidden": "is not something MBC Desktop knows (the file may come from another "
    "program, or a newer MBC Desktop).",
    "int_type": "should be a whole number.",
    "int_parsing": "should be a whole number.",
    "int_from_float": "should be a whole number.",
    "bool_type": "should be true or false.",
    "bool_parsing": "should be true or false.",
    "string_type": NOT_TEXT,
    "tuple_type": "should be a list.",
    "list_type": "should be a list.",
    "model_type": "should be a group of fields in braces.",
    "model_attributes_type": "should be a group of fields in braces.",
    "dict_type": "should be a group of fields in braces.",
}


def _plain(error: Mapping[str, Any]) -> str:
    kind = str(error.get("type", ""))
    if kind in _PLAIN:
        return _PLAIN[kind]
    if kind == "too_long":
        limit = (error.get("ctx") or {}).get("max_length")
        return f"has more entries than MBC Desktop can import (at most {limit})."
    if kind == "too_short":
        return "can't be empty."
    message = str(error.get("msg", "")).removeprefix("Value error, ")
    if message.startswith("Input should"):
        message = message.removeprefix("Input ")
    return _sentence(message)


def problem_message(error: ValidationError) -> str:
    """The first problem pydantic found, as one sentence saying where it is and what is
    wrong, and how many more there are."""
    errors = error.errors(include_url=False, include_input=False)
    return _bad_content(first_problem(error), len(errors) - 1)


def first_problem(error: ValidationError) -> str:
    """The first problem pydantic found, as "where: what is wrong" without a full stop."""
    errors = error.errors(include_url=False, include_input=False)
    if not errors:
        return "its content is not valid"
    first = errors[0]
    where = _location(first["loc"])
    what = _plain(first).rstrip(". ")
    return f"{where}: {what}" if where else what


class _DuplicateKeyError(ValueError):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def _no_duplicate_keys(pairs: list[tuple[str, object]]) -> dict[str, object]:
    found: dict[str, object] = {}
    for key, value in pairs:
        if key in found:
            raise _DuplicateKeyError(key)
        found[key] = value
    return found


class _ConstantError(ValueError):
    pass


def _no_constant(name: str) -> object:
    raise _ConstantError(NOT_A_NUMBER.format(name=name))


_OPENS_AN_OBJECT = re.compile(rb"\s*\{")


def _parse_json(text: str) -> object:
    try:
        return json.loads(text, object_pairs_hook=_no_duplicate_keys, parse_constant=_no_constant)
    except _DuplicateKeyError as error:
        raise ImportProblem(_bad_content(SAME_FIELD_TWICE.format(key=error.key))) from None
    except json.JSONDecodeError as error:
        # Every export ends with the brace that closes it: a file that doesn't was cut.
        if not text.rstrip().endswith("}") or not text[error.pos :].strip():
            raise ImportProblem(CUT_SHORT) from None
        raise ImportProblem(
            DAMAGED.format(detail=error.msg.lower(), line=error.lineno, column=error.colno)
        ) from None
    except RecursionError:
        raise ImportProblem(TOO_DEEP) from None
    except _ConstantError as error:  # NaN or Infinity
        raise ImportProblem(_bad_content(str(error))) from None
    except ValueError:  # an integer of thousands of digits
        raise ImportProblem(_bad_content(NUMBER_TOO_LONG)) from None


def parse_export(data: bytes) -> JournalExport:
    """Read an export from the bytes of a file. Raises ``ImportProblem`` with a sentence for
    the person for anything wrong: not an export, a newer format, a file cut short or damaged,
    too big, or content the app would not accept (saying where)."""
    if len(data) > MAX_EXPORT_BYTES:
        raise ImportProblem(too_big_message(len(data)))
    data = data.removeprefix(b"\xef\xbb\xbf")  # a byte-order mark some editors add
    if _OPENS_AN_OBJECT.match(data) is None:
        raise ImportProblem(NOT_AN_EXPORT)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        if error.reason == "unexpected end of data":  # cut in the middle of a character
            raise ImportProblem(CUT_SHORT) from None
        raise ImportProblem(NOT_UTF8) from None
    parsed = _parse_json(text)
    if not isinstance(parsed, dict) or parsed.get("format") != EXPORT_FORMAT:
        raise ImportProblem(NOT_AN_EXPORT)
    version = parsed.get("version")
    if isinstance(version, int) and not isinstance(version, bool) and version > EXPORT_VERSION:
        raise ImportProblem(NEWER_VERSION.format(version=version))
    for kind, limit in MAX_ROWS.items():
        entries = parsed.get(kind)
        if isinstance(entries, list) and len(entries) > limit:
            raise ImportProblem(
                TOO_MANY.format(
                    kind=kind.replace("_", "-"), count=f"{len(entries):,}", limit=f"{limit:,}"
                )
            )
    try:
        return JournalExport.model_validate(parsed)
    except ValidationError as error:
        raise ImportProblem(problem_message(error)) from None
    except RecursionError:
        raise ImportProblem(TOO_DEEP) from None


def too_big_message(size: int) -> str:
    return TOO_BIG.format(
        megabytes=f"{size / 1024 / 1024:,.0f}", limit=f"{MAX_EXPORT_BYTES // 1024 // 1024}"
    )


# --- merging -------------------------------------------------------------------------------
# The summary's notes for the doctor are kept per appointment, under "notes_<appointment id>"
# (services/summary_preferences.py): merged, they follow their appointment's new id.
_NOTES_KEY = re.compile(r"notes_([0-9]+)")


def _same_words(text: str) -> str:
    """Two questions are the same when they have the same words, whatever the case and spaces
    (the rule of QuestionService for suggested questions)."""
    return " ".join(text.casefold().split())


@dataclass(frozen=True)
class MergePlan:
    """What merging a file adds: the new entries with their new ids and re-mapped links, and
    how many of each kind were added and skipped (already in the journal)."""

    rows: JournalRows
    added: dict[str, int]
    skipped: dict[str, int]


class _Ids:
    def __init__(self, next_ids: Mapping[str, int]) -> None:
        self._next = dict(next_ids)

    def take(self, kind: str) -> int:
        value = self._next[kind]
        self._next[kind] = value + 1
        return value


def merge_plan(
    journal: JournalRows, incoming: JournalRows, next_ids: Mapping[str, int]
) -> MergePlan:
    """Plan adding ``incoming``'s entries next to ``journal``'s.

    ``next_ids`` gives, for each kind (``KINDS`` and "dose_steps"), the first id free in the
    journal. Every entry added gets a new id, and the links between them follow: a question's
    appointment, a check-in's scores (its symptoms are matched by ESAS-r item for the nine
    scales and by name, whatever the case, for the others), a medication's dose steps, and the
    summary's notes for an appointment. Entries already in the journal are skipped: the same
    question words; an appointment starting at the same moment; a check-in taken at the same
    moment; a medication of the same name started the same day; an answer to the same key of
    the same topic recorded at the same moment. Merging the same file again adds nothing.
    """
    ids = _Ids(next_ids)
    added = dict.fromkeys(KINDS, 0)
    skipped = dict.fromkeys(KINDS, 0)

    # Appointments first: questions and the summary's notes point at them.
    starts: dict[datetime, int] = {}
    for appointment in sorted(journal.appointments, key=lambda a: (a.starts_at, a.id)):
        starts.setdefault(appointment.starts_at, appointment.id)
    appointment_ids: dict[int, int] = {}
    new_appointments = []
    for appointment in sorted(incoming.appointments, key=lambda a: (a.starts_at, a.id)):
        held = starts.get(appointment.starts_at)
        if held is not None:
            appointment_ids[appointment.id] = held
            skipped["appointments"] += 1
            continue
        new_id = ids.take("appointments")
        appointment_ids[appointment.id] = new_id
        new_appointments.append(appointment.model_copy(update={"id": new_id}))
        added["appointments"] += 1

    # Questions: after the journal's, in the file's order.
    texts = {_same_words(q.text) for q in journal.questions}
    position = len(journal.questions)
    new_questions = []
    for question in sorted(incoming.questions, key=lambda q: (q.position, q.id)):
        if _same_words(question.text) in texts:
            skipped["questions"] += 1
            continue
        planned = question.appointment_id
        new_questions.append(
            question.model_copy(
                update={
                    "id": ids.take("questions"),
                    "position": position,
                    "appointment_id": None if planned is None else appointment_ids[planned],
                }
            )
        )
        position += 1
        added["questions"] += 1

    # Symptoms: the ESAS-r scales by item, the others by name; a new one goes after its kind.
    by_item = {s.esas_item: s.id for s in journal.symptoms if s.esas_item is not None}
    by_name = {s.name.casefold(): s.id for s in journal.symptoms if s.esas_item is None}
    last_position: dict[SymptomKind, int] = {}
    for symptom in journal.symptoms:
        last_position[symptom.kind] = max(last_position.get(symptom.kind, -1), symptom.position)
    symptom_ids: dict[int, int] = {}
    new_symptoms = []
    for symptom in sorted(incoming.symptoms, key=lambda s: (s.position, s.id)):
        held = (
            by_item.get(symptom.esas_item)
            if symptom.esas_item is not None
            else by_name.get(symptom.name.casefold())
        )
        if held is not None:
            symptom_ids[symptom.id] = held
            if symptom.kind is not SymptomKind.ESAS:
                skipped["symptoms"] += 1
            continue
        new_id = ids.take("symptoms")
        symptom_ids[symptom.id] = new_id
        last_position[symptom.kind] = last_position.get(symptom.kind, -1) + 1
        by_name[symptom.name.casefold()] = new_id
        new_symptoms.append(
            symptom.model_copy(update={"id": new_id, "position": last_position[symptom.kind]})
        )
        added["symptoms"] += 1

    taken = {c.taken_at for c in journal.check_ins}
    new_check_ins = []
    for check_in in sorted(incoming.check_ins, key=lambda c: (c.taken_at, c.id)):
        if check_in.taken_at in taken:
            skipped["check_ins"] += 1
            continue
        scores = tuple(
            s.model_copy(update={"symptom_id": symptom_ids[s.symptom_id]}) for s in check_in.scores
        )
        new_check_ins.append(
            check_in.model_copy(update={"id": ids.take("check_ins"), "scores": scores})
        )
        added["check_ins"] += 1

    held_medications = {(m.name.casefold(), m.started_on) for m in journal.medications}
    new_medications = []
    for medication in sorted(incoming.medications, key=lambda m: m.id):
        if (medication.name.casefold(), medication.started_on) in held_medications:
            skipped["medications"] += 1
            continue
        steps = tuple(s.model_copy(update={"id": ids.take("dose_steps")}) for s in medication.steps)
        new_medications.append(
            medication.model_copy(update={"id": ids.take("medications"), "steps": steps})
        )
        added["medications"] += 1

    held_answers = {(a.topic, a.key, a.recorded_at) for a in journal.answers}
    new_answers = []
    # In the order they were recorded: of two answers of one instant, the later id is newer.
    for answer in sorted(incoming.answers, key=lambda a: (a.recorded_at, a.id)):
        key = answer.key
        notes = _NOTES_KEY.fullmatch(key) if answer.topic is AnswerTopic.SUMMARY else None
        if notes is not None:
            planned = appointment_ids.get(int(notes.group(1)))
            if planned is None:  # notes for an appointment deleted before the export
                skipped["answers"] += 1
                continue
            key = f"notes_{planned}"
        if (answer.topic, key, answer.recorded_at) in held_answers:
            skipped["answers"] += 1
            continue
        new_answers.append(answer.model_copy(update={"id": ids.take("answers"), "key": key}))
        added["answers"] += 1

    rows = JournalRows(
        questions=tuple(new_questions),
        appointments=tuple(new_appointments),
        symptoms=tuple(new_symptoms),
        check_ins=tuple(new_check_ins),
        medications=tuple(new_medications),
        answers=tuple(new_answers),
    )
    return MergePlan(rows=rows, added=added, skipped=skipped)


def renumbered(rows: JournalRows) -> JournalRows:
    """``rows`` with the questions' positions 0..n-1 in their order (the list has no gaps)."""
    ordered = sorted(rows.questions, key=lambda q: (q.position, q.id))
    questions = tuple(
        q if q.position == place else q.model_copy(update={"position": place})
        for place, q in enumerate(ordered)
    )
    return JournalRows(
        questions=questions,
        appointments=rows.appointments,
        symptoms=rows.symptoms,
        check_ins=rows.check_ins,
        medications=rows.medications,
        answers=rows.answers,
    )


def with_header(
    rows: JournalRows, *, exported_at: datetime, app_version: str, schema_revision: str
) -> JournalExport:
    """An export of ``rows``, checked as a file would be (``ValidationError`` if not valid)."""
    return JournalExport.model_validate(
        {
            "format": EXPORT_FORMAT,
            "version": EXPORT_VERSION,
            "exported_at": exported_at,
            "app_version": app_version,
            "schema": schema_revision,
            "questions": rows.questions,
            "appointments": rows.appointments,
            "symptoms": rows.symptoms,
            "check_ins": rows.check_ins,
            "medications": rows.medications,
            "answers": rows.answers,
        }
    )
