"""The writer the crash test kills, and the loop that kills it.

A writer is a child process that opens a journal through the app's real services
(``mbc_desktop.app.open_journal``) and writes for ever: questions, symptom check-ins and
appointments, each different (lengths, languages, time zones, scores, a question planned for
an appointment, a check-in naming a new "other problem", which is one more row in the same
transaction). After each write returns, it prints one line and flushes::

    Q <id> <text>          C <id> <taken_at>          A <id> <start>

Every write comes from a plan: write ``k`` of a writer with seed ``s`` is always the same
(``plan(s, k)``), and carries the tag ``[ws:k]`` at the start of its text or note. So the
checker knows, field by field, what each reported write holds, and can also tell whether the
write that was under way when the kill came is in the journal whole or not at all.

The loop starts a writer, kills it with SIGKILL after a random delay (counted from the moment
it starts to open the journal, so some kills land while it opens, most while it writes),
then opens the journal again through the services and checks:

- every write the writer reported is there, exactly as planned (not one field different),
  and so is every write reported by the writers before it on the same journal;
- nothing else is there but, at most, the one write under way, and that one whole;
- ``PRAGMA integrity_check`` says "ok" and ``PRAGMA foreign_key_check`` finds nothing.

Trials run in batches (50 by default) on one journal each, so each check also covers every
earlier crash of its batch.

    python tests/e2e/crash_writer.py soak [N] [--seed S] [--keep]   # N trials, the tally
    python tests/e2e/crash_writer.py write DATA_DIR SEED            # one writer (the child)

Run it with the virtual environment's python (``python3 dev.py soak`` does).
"""

import argparse
import os
import random
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve()
BATCH_SIZE = 50
# The kill comes this long, at most, after the writer starts to open the journal. Opening an
# existing journal takes about 0.05 s here and a new one about 0.2 s; one write about 1 ms.
MAX_DELAY = 0.35
STARTUP_TIMEOUT = 60.0

# --- the plan: what write k of a writer with seed s is --------------------------------------

PHRASES = (
    "What does my latest scan show",
    "Is the treatment still working",
    "Can we change the dose because of the fatigue",
    "¿Puedo viajar en diciembre con este tratamiento?",
    "Should I see a palliative care team now",
    "What are the side effects of the next line",
    "Est-ce que je peux continuer à travailler",
    "Is this clinical trial open to me",
    "乳がんの治療について質問があります",
    "How often will I need blood tests",
    "Why is my tumour marker going up",
    "What should I do about the neuropathy in my feet 🦶",
)
ZONES = ("", "UTC", "America/Chicago", "Europe/Madrid", "Asia/Tokyo", "Australia/Sydney")
TOPICS = (
    "treatment_options",
    "side_effects",
    "tests_and_scans",
    "symptoms",
    "prognosis",
    "clinical_trials",
    "practical_and_cost",
    "second_opinion",
    "other",
)
PRIORITIES = ("must_ask", "want_to_ask", "if_time")
ROLES = ("medical_oncologist", "radiation_oncologist", "surgeon", "nurse", "palliative_care")
OTHER_PROBLEMS = ("Hot flashes", "Mouth sores", "Numb fingers", "Dry skin")
CLINICIANS = ("Dr. García", "Dr. Okafor", "Nurse Lindqvist", "Dr. Nakamura-Smith")
PLACES = ("Cancer Centre, 3rd floor", "Hospital Universitario, Planta 2", "Telehealth")


@dataclass(frozen=True)
class PlannedQuestion:
    text: str
    topic: str
    priority: str
    for_latest_appointment: bool  # planned for the writer's latest appointment, if it has one


@dataclass(frozen=True)
class PlannedCheckIn:
    taken_at: datetime
    time_zone: str
    completed_by: str
    note: str
    esas_scores: tuple[tuple[int, int], ...]  # (position on the ESAS-r form, score)
    other: tuple[str, int] | None  # a named "other problem" and its score


@dataclass(frozen=True)
class PlannedAppointment:
    starts_at: datetime
    time_zone: str
    clinician: str
    role: str
    place: str
    telehealth: bool
    purpose: str
    notes: str


Planned = PlannedQuestion | PlannedCheckIn | PlannedAppointment
KIND = {PlannedQuestion: "Q", PlannedCheckIn: "C", PlannedAppointment: "A"}
TAG = re.compile(r"^\[w(\d+):(\d+)\]")


def tag(seed: int, index: int) -> str:
    return f"[w{seed}:{index}]"


def words(rng: random.Random, limit: int) -> str:
    """Phrases joined up to about ``limit`` characters (never more)."""
    text = rng.choice(PHRASES)
    while rng.random() < 0.7:
        more = f"{text}; {rng.choice(PHRASES).lower()}"
        if len(more) > limit:
            break
        text = more
    return text[:limit]


def plan(seed: int, index: int) -> Planned:
    """Write ``index`` of the writer with ``seed``: the same every time it is asked."""
    rng = random.Random(f"{seed}:{index}")
    label = tag(seed, index)
    roll = rng.random()
    if roll < 0.5:
        long = rng.random() < 0.2
        return PlannedQuestion(
            text=f"{label} {words(rng, 470 if long else 120)}?",  # under 500 with the tag
            topic=rng.choice(TOPICS),
            priority=rng.choice(PRIORITIES),
            for_latest_appointment=rng.random() < 0.3,
        )
    if roll < 0.8:
        positions = sorted(rng.sample(range(9), rng.randint(1, 9)))
        note_lines = [label] + [words(rng, 200) for _ in range(rng.choice((0, 0, 1, 3, 8)))]
        other = (rng.choice(OTHER_PROBLEMS), rng.randint(0, 10)) if rng.random() < 0.25 else None
        return PlannedCheckIn(
            taken_at=datetime(2019, 1, 1, tzinfo=UTC)
            + timedelta(minutes=rng.randrange(6 * 365 * 24 * 60)),
            time_zone=rng.choice(ZONES),
            completed_by=rng.choice(("me", "caregiver")),
            note="\n".join(note_lines),
            esas_scores=tuple((position, rng.randint(0, 10)) for position in positions),
            other=other,
        )
    telehealth = rng.random() < 0.3
    return PlannedAppointment(
        starts_at=datetime(2027, 1, 4, 8, tzinfo=UTC)
        + timedelta(minutes=15 * rng.randrange(4 * 365 * 24 * 4)),
        time_zone=rng.choice(ZONES),
        clinician=rng.choice(CLINICIANS),
        role=rng.choice(ROLES),
        place="Video call" if telehealth else rng.choice(PLACES),
        telehealth=telehealth,
        purpose=rng.choice(("", "Scan results", "Start of the next line", "Check-up")),
        notes=f"{label}\n" + "\n".join(words(rng, 300) for _ in range(rng.choice((1, 2, 15)))),
    )


def ack_line(planned: Planned, record_id: int) -> str:
    """The line a writer prints once ``planned`` is saved under ``record_id``."""
    if isinstance(planned, PlannedQuestion):
        return f"Q {record_id} {planned.text}"
    if isinstance(planned, PlannedCheckIn):
        return f"C {record_id} {planned.taken_at.astimezone(UTC).isoformat()}"
    return f"A {record_id} {planned.starts_at.astimezone(UTC).isoformat()}"


# --- the writer (the child process) ---------------------------------------------------------


def write_for_ever(data_dir: Path, seed: int) -> None:
    """Open the journal through the services and write the plan, one line per saved write."""
    # Imported before "OPENING" (open_journal imports them on first use), so that the random
    # kill lands in opening or writing, not in Python importing modules.
    import mbc_desktop.services
    import mbc_desktop.storage
    import mbc_desktop.summary.builder
    from mbc_desktop.app import open_journal
    from mbc_desktop.domain import NewAppointment, NewQuestion, Priority, Role, Topic
    from mbc_desktop.domain.symptoms import CompletedBy, NewCheckIn, SymptomKind
    from mbc_desktop.paths import DataPaths

    # The packages load their modules on first use (PEP 562): load every one now.
    for package in (mbc_desktop.services, mbc_desktop.storage):
        for name in package.__all__:
            getattr(package, name)

    out = sys.stdout
    out.write("OPENING\n")
    out.flush()
    journal = open_journal(DataPaths(data_dir))
    esas = [s.id for s in journal.symptoms.symptoms() if s.kind is SymptomKind.ESAS]
    out.write("READY\n")
    out.flush()
    latest_appointment: int | None = None
    index = 0
    while True:
        planned = plan(seed, index)
        if isinstance(planned, PlannedQuestion):
            question = journal.questions.add(
                NewQuestion(
                    text=planned.text,
                    topic=Topic(planned.topic),
                    priority=Priority(planned.priority),
                    appointment_id=latest_appointment if planned.for_latest_appointment else None,
                )
            )
            line = f"Q {question.id} {question.text}"
        elif isinstance(planned, PlannedCheckIn):
            check_in = journal.symptoms.add_check_in(
                NewCheckIn(
                    taken_at=planned.taken_at,
                    time_zone=planned.time_zone,
                    completed_by=CompletedBy(planned.completed_by),
                    note=planned.note,
                    scores={esas[position]: score for position, score in planned.esas_scores},
                    other_problem=planned.other[0] if planned.other else "",
                    other_score=planned.other[1] if planned.other else None,
                )
            )
            line = f"C {check_in.id} {check_in.taken_at.isoformat()}"
        else:
            appointment = journal.appointments.add(
                NewAppointment(
                    starts_at=planned.starts_at,
                    time_zone=planned.time_zone,
                    clinician=planned.clinician,
                    role=Role(planned.role),
                    place=planned.place,
                    telehealth=planned.telehealth,
                    purpose=planned.purpose,
                    notes=planned.notes,
                )
            )
            latest_appointment = appointment.id
            line = f"A {appointment.id} {appointment.starts_at.isoformat()}"
        # One write() of one whole line: the parent counts only lines that end.
        out.write(line + "\n")
        out.flush()
        index += 1


# --- the checker ------------------------------------------------------------------------------

Key = tuple[str, int]  # ("Q", 12): a question's id, ("C", 3) a check-in's, ("A", 5)…


@dataclass
class Tally:
    """What the trials found. ``lost``, ``partial``, ``integrity_failures`` and
    ``writer_errors`` must all stay 0."""

    trials: int = 0
    acknowledged: int = 0  # writes the writers reported as saved
    lost: int = 0  # reported writes missing, or not as written
    partial: int = 0  # rows nobody wrote, or half a write
    integrity_failures: int = 0  # integrity_check or foreign_key_check not clean, or no open
    writer_errors: int = 0  # a writer that stopped by itself before the kill
    in_flight_saved: int = 0  # the write under way at the kill was saved whole (allowed)
    killed_while_opening: int = 0  # the kill came before the writer had opened the journal
    seconds: float = 0.0
    problems: list[str] = field(default_factory=list)
    kinds: dict[str, int] = field(default_factory=lambda: {"Q": 0, "C": 0, "A": 0})

    @property
    def ok(self) -> bool:
        return not (self.lost or self.partial or self.integrity_failures or self.writer_errors)

    def report(self) -> str:
        minutes, seconds = divmod(round(self.seconds), 60)
        kinds = self.kinds
        rows = [
            ("trials", f"{self.trials}"),
            (
                "writes acknowledged",
                f"{self.acknowledged} ({kinds['Q']} questions, {kinds['C']} check-ins, "
                f"{kinds['A']} appointments)",
            ),
            ("writes lost", f"{self.lost} (must be 0)"),
            ("partial or unknown writes", f"{self.partial} (must be 0)"),
            ("integrity failures", f"{self.integrity_failures} (must be 0)"),
            ("writers that failed alone", f"{self.writer_errors} (must be 0)"),
            (
                "write under way saved whole",
                f"{self.in_flight_saved} (saved; killed before saying so)",
            ),
            ("kills while opening", f"{self.killed_while_opening}"),
            ("time", f"{minutes} min {seconds:02d} s"),
        ]
        lines = [f"{name:<29}{value}" for name, value in rows]
        return "\n".join(lines)


@dataclass
class Expected:
    record: tuple[Any, ...]
    where: str  # "trial 3, write 17 (seed …)", for messages


def question_record(question: Any) -> tuple[Any, ...]:
    return (
        question.text,
        question.topic.value,
        question.priority.value,
        question.status.value,
        question.appointment_id,
    )


def check_in_record(check_in: Any) -> tuple[Any, ...]:
    return (
        check_in.taken_at.astimezone(UTC),
        check_in.time_zone,
        check_in.completed_by.value,
        check_in.note,
        tuple(sorted(check_in.scores.items())),
    )


def appointment_record(appointment: Any) -> tuple[Any, ...]:
    return (
        appointment.starts_at.astimezone(UTC),
        appointment.time_zone,
        appointment.clinician,
        appointment.role.value,
        appointment.place,
        appointment.telehealth,
        appointment.purpose,
        appointment.notes,
        appointment.completed_at,
    )


def planned_record(
    planned: Planned, latest_appointment: int | None, esas: list[int], others: dict[str, int]
) -> tuple[Any, ...] | None:
    """What the journal must hold for ``planned``; None if it cannot (its symptom is gone)."""
    if isinstance(planned, PlannedQuestion):
        linked = latest_appointment if planned.for_latest_appointment else None
        return (planned.text, planned.topic, planned.priority, "open", linked)
    if isinstance(planned, PlannedCheckIn):
        scores = {esas[position]: score for position, score in planned.esas_scores}
        if planned.other is not None:
            other_id = others.get(planned.other[0].casefold())
            if other_id is None:
                return None
            scores.setdefault(other_id, planned.other[1])
        return (
            planned.taken_at,
            planned.time_zone,
            planned.completed_by,
            planned.note,
            tuple(sorted(scores.items())),
        )
    return (
        planned.starts_at,
        planned.time_zone,
        planned.clinician,
        planned.role,
        planned.place,
        planned.telehealth,
        planned.purpose,
        planned.notes,
        None,
    )


@dataclass
class Journal:
    """What the journal holds, read through the services."""

    records: dict[Key, tuple[Any, ...]]
    tags: dict[Key, tuple[int, int] | None]  # (writer's seed, write's index)
    esas: list[int]
    others: dict[str, int]  # "other problem" symptoms by their name, casefolded
    other_ids_unused: set[int]  # "other problem" symptoms no check-in rates: half a write


def read_journal(data_dir: Path) -> Journal:
    from mbc_desktop.app import open_journal
    from mbc_desktop.domain.symptoms import SymptomKind
    from mbc_desktop.paths import DataPaths

    journal = open_journal(DataPaths(data_dir))
    try:
        questions = journal.questions.list()
        check_ins = journal.symptoms.check_ins()
        appointments = journal.appointments.list()
        symptoms = journal.symptoms.symptoms(include_archived=True)
    finally:
        journal.close()
    records: dict[Key, tuple[Any, ...]] = {}
    tags: dict[Key, tuple[int, int] | None] = {}

    def add(key: Key, record: tuple[Any, ...], text: str) -> None:
        records[key] = record
        found = TAG.match(text)
        tags[key] = (int(found.group(1)), int(found.group(2))) if found else None

    for question in questions:
        add(("Q", question.id), question_record(question), question.text)
    for check_in in check_ins:
        add(("C", check_in.id), check_in_record(check_in), check_in.note)
    for appointment in appointments:
        add(("A", appointment.id), appointment_record(appointment), appointment.notes)
    others = [s for s in symptoms if s.kind is SymptomKind.OTHER]
    rated = {symptom_id for check_in in check_ins for symptom_id in check_in.scores}
    return Journal(
        records=records,
        tags=tags,
        esas=[s.id for s in symptoms if s.kind is SymptomKind.ESAS],
        others={s.name.casefold(): s.id for s in others},
        other_ids_unused={s.id for s in others if s.id not in rated},
    )


def sqlite_checks(journal_file: Path) -> list[str]:
    """What integrity_check and foreign_key_check find wrong (nothing: an empty list)."""
    db = sqlite3.connect(journal_file)
    try:
        integrity = [row[0] for row in db.execute("PRAGMA integrity_check")]
        foreign = db.execute("PRAGMA foreign_key_check").fetchall()
    except sqlite3.DatabaseError as error:  # too damaged even to check
        return [f"integrity_check could not run: {error}"]
    finally:
        db.close()
    found = [] if integrity == ["ok"] else [f"integrity_check: {'; '.join(integrity)}"]
    if foreign:
        found.append(f"foreign_key_check: {foreign[:5]}")
    return found


@dataclass
class Trial:
    """One writer's run: what it reported before the kill."""

    number: int
    seed: int
    delay: float
    lines: list[str]
    reached_ready: bool
    returncode: int | None
    stderr: str

    def where(self, index: int) -> str:
        return f"trial {self.number}, write {index} (writer seed {self.seed})"


class Batch:
    """Trials on one journal: each check covers every write reported since the batch began."""

    def __init__(self, data_dir: Path, python: str = sys.executable) -> None:
        self.data_dir = data_dir
        self.python = python
        self.expected: dict[Key, Expected] = {}
        self.trials = 0

    @property
    def journal_file(self) -> Path:
        return self.data_dir / "journal.sqlite"

    def run_writer(self, seed: int, delay: float, after: str = "OPENING") -> Trial:
        """Start a writer, SIGKILL it ``delay`` seconds after it prints ``after``."""
        self.trials += 1
        self.data_dir.parent.mkdir(parents=True, exist_ok=True)
        out_path = self.data_dir.parent / f"writer-{self.trials}.out"
        err_path = self.data_dir.parent / f"writer-{self.trials}.err"
        with out_path.open("wb") as out, err_path.open("wb") as err:
            process = subprocess.Popen(
                [self.python, str(HERE), "write", str(self.data_dir), str(seed)],
                stdout=out,
                stderr=err,
                stdin=subprocess.DEVNULL,
            )
        try:
            deadline = time.monotonic() + STARTUP_TIMEOUT
            marker = f"{after}\n".encode()
            while marker not in out_path.read_bytes():
                if process.poll() is not None or time.monotonic() > deadline:
                    break
                time.sleep(0.002)
            else:
                time.sleep(delay)
            process.send_signal(signal.SIGKILL)
        finally:
            process.kill()
            returncode = process.wait()
        text = out_path.read_bytes().decode("utf-8", errors="replace")
        out_path.unlink()
        stderr = err_path.read_text(errors="replace")
        err_path.unlink()
        # Only whole lines count: a line cut by the kill was not reported.
        lines = text.split("\n")[:-1]
        reached_ready = "READY" in lines
        writes = lines[lines.index("READY") + 1 :] if reached_ready else []
        return Trial(self.trials, seed, delay, writes, reached_ready, returncode, stderr)

    def check(self, trial: Trial, tally: Tally) -> None:
        """Open the journal through the services and compare it with every reported write."""
        tally.trials += 1
        if not trial.reached_ready:
            tally.killed_while_opening += 1
        if trial.returncode != -signal.SIGKILL:
            tally.writer_errors += 1
            tally.problems.append(
                f"trial {trial.number}: the writer stopped by itself (exit {trial.returncode})"
                f"\n{trial.stderr[-2000:]}"
            )
        try:
            journal = read_journal(self.data_dir)
        except Exception as error:  # the journal does not open: that is what we look for
            tally.integrity_failures += 1
            tally.problems.append(
                f"trial {trial.number}: the journal did not open again: "
                + "".join(traceback.format_exception_only(error)).strip()
            )
            return
        self._take_reported(trial, journal, tally)
        self._compare(journal, tally, trial)
        failures = sqlite_checks(self.journal_file)
        if failures:
            tally.integrity_failures += 1
            tally.problems.append(f"trial {trial.number}: " + " / ".join(failures))

    def _take_reported(self, trial: Trial, journal: Journal, tally: Tally) -> None:
        """Add what this writer reported (and its write under way, if saved whole) to what
        the journal must hold from now on."""
        latest_appointment: int | None = None
        for index, line in enumerate(trial.lines):
            planned = plan(trial.seed, index)
            kind = KIND[type(planned)]
            parts = line.split(" ", 2)
            if len(parts) < 3 or parts[0] != kind or not parts[1].isdigit():
                tally.partial += 1
                tally.problems.append(f"{trial.where(index)}: not a write line: {line!r}")
                return
            record_id = int(parts[1])
            if line != ack_line(planned, record_id):
                tally.partial += 1
                tally.problems.append(
                    f"{trial.where(index)}: the writer saved something else than planned: "
                    f"{line!r}, planned {ack_line(planned, record_id)!r}"
                )
            record = planned_record(planned, latest_appointment, journal.esas, journal.others)
            if record is None:
                tally.lost += 1
                tally.problems.append(f"{trial.where(index)}: its other problem is gone")
                continue
            self.expected[(kind, record_id)] = Expected(record, trial.where(index))
            tally.acknowledged += 1
            tally.kinds[kind] += 1
            if kind == "A":
                latest_appointment = record_id
        reported = len(trial.lines)
        extra = sorted(
            (found[1], key)
            for key, found in journal.tags.items()
            if found is not None and found[0] == trial.seed and key not in self.expected
        )
        for index, key in extra:
            planned = plan(trial.seed, index)
            record = planned_record(planned, latest_appointment, journal.esas, journal.others)
            if index == reported and key[0] == KIND[type(planned)]:
                if journal.records[key] == record:
                    self.expected[key] = Expected(record, trial.where(index) + ", under way")
                    tally.in_flight_saved += 1
                    continue
                tally.partial += 1
                tally.problems.append(
                    f"{trial.where(index)}: the write under way at the kill is only partly "
                    f"there: {journal.records[key]!r}, planned {record!r}"
                )
            else:
                tally.partial += 1
                tally.problems.append(
                    f"{trial.where(index)}: in the journal, but {reported} writes were reported"
                    f" and only one can be under way: {key}"
                )
            self.expected[key] = Expected(journal.records[key], trial.where(index))  # once

    def _compare(self, journal: Journal, tally: Tally, trial: Trial) -> None:
        for key, expected in self.expected.items():
            found = journal.records.get(key)
            if found is None:
                tally.lost += 1
                tally.problems.append(
                    f"after trial {trial.number}: {key} from {expected.where} is missing"
                )
            elif found != expected.record:
                tally.lost += 1
                tally.problems.append(
                    f"after trial {trial.number}: {key} from {expected.where} is not as "
                    f"written: {found!r}, written {expected.record!r}"
                )
        for key in journal.records.keys() - self.expected.keys():
            tally.partial += 1
            tally.problems.append(
                f"after trial {trial.number}: {key} is in the journal but no writer wrote it"
                f" ({journal.records[key]!r})"
            )
            self.expected[key] = Expected(journal.records[key], "unknown")  # reported once
        if journal.other_ids_unused:
            tally.partial += 1
            tally.problems.append(
                f"after trial {trial.number}: other-problem symptoms {journal.other_ids_unused}"
                " without the check-in that named them (half a write)"
            )


def run_trials(
    count: int,
    seed: int,
    workdir: Path,
    *,
    python: str = sys.executable,
    batch_size: int = BATCH_SIZE,
    max_delay: float = MAX_DELAY,
    progress: Callable[[Tally], None] | None = None,
) -> Tally:
    """``count`` trials in ``workdir``, a new journal every ``batch_size``; everything random
    comes from ``seed``, so a failure names the seed to run again (the kill's moment still
    depends on the machine's speed)."""
    rng = random.Random(seed)
    tally = Tally()
    started = time.monotonic()
    batch: Batch | None = None
    for number in range(count):
        if number % batch_size == 0:
            batch = Batch(workdir / f"batch-{number // batch_size + 1}" / "data", python)
        assert batch is not None
        trial = batch.run_writer(rng.getrandbits(48), rng.uniform(0, max_delay))
        batch.check(trial, tally)
        tally.seconds = time.monotonic() - started
        if progress is not None and (number + 1) % batch_size == 0:
            progress(tally)
    tally.seconds = time.monotonic() - started
    return tally


# --- the command line ----------------------------------------------------------------------


def soak(count: int, seed: int | None, keep: bool) -> int:
    seed = seed if seed is not None else random.SystemRandom().getrandbits(32)
    workdir = Path(tempfile.mkdtemp(prefix="mbc-soak-"))
    print(
        f"Crash soak: {count} trials, seed {seed}, in {workdir} (Python {sys.version.split()[0]},"
        f" SQLite {sqlite3.sqlite_version}). Each trial kills a writer with SIGKILL.",
        flush=True,
    )

    def progress(tally: Tally) -> None:
        print(
            f"  {tally.trials} trials, {tally.acknowledged} writes acknowledged, "
            f"{tally.lost} lost, {tally.integrity_failures} integrity failures, "
            f"{tally.seconds:.0f} s",
            flush=True,
        )

    tally = run_trials(count, seed, workdir, progress=progress)
    print(f"\nSeed {seed}\n{tally.report()}")
    if not tally.ok:
        print("\nProblems:\n" + "\n".join(tally.problems[:50]))
        print(f"\nThe journals are kept in {workdir}.")
        return 1
    if keep:
        print(f"\nThe journals are kept in {workdir}.")
    else:
        shutil.rmtree(workdir, ignore_errors=True)
    print("\nNothing acknowledged was lost.")
    return 0


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    writer = commands.add_parser("write", help="be the writer (the child process)")
    writer.add_argument("data_dir", type=Path)
    writer.add_argument("seed", type=int)
    soaker = commands.add_parser("soak", help="run trials and print the tally")
    soaker.add_argument("count", type=int, nargs="?", default=1000)
    soaker.add_argument("--seed", type=int)
    soaker.add_argument("--keep", action="store_true", help="keep the journals afterwards")
    args = parser.parse_args(argv)
    if args.command == "write":
        write_for_ever(args.data_dir, args.seed)
        return 0
    if args.count < 1:
        parser.error("the number of trials must be 1 or more")
    return soak(args.count, args.seed, args.keep)


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.exit(main(sys.argv[1:]))
