"""Real journals to damage: filled through the services, and tools to hurt them precisely.

The page tools read SQLite's file format directly (https://sqlite.org/fileformat.html), so
they do not depend on the dbstat table being compiled in.
"""

import contextlib
import hashlib
import random
import sqlite3
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from mbc_desktop.domain import NewAppointment, NewQuestion, Priority, Topic
from mbc_desktop.domain.medications import DoseChange, NewMedication
from mbc_desktop.domain.symptoms import NewCheckIn
from mbc_desktop.services import (
    AnswerService,
    AppointmentService,
    MedicationService,
    QuestionService,
    SymptomService,
)
from mbc_desktop.storage import Store

TABLES = (
    "appointments",
    "questions",
    "symptoms",
    "check_ins",
    "scores",
    "medications",
    "dose_steps",
    "answers",
)
START = datetime(2025, 1, 6, 9, 0, tzinfo=UTC)


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def fill(store: Store, seed: int = 12) -> None:
    """A few hundred rows in every table, written as the app writes them."""
    rng = random.Random(seed)
    clock = Clock(START)
    questions = QuestionService(store, clock=clock)
    appointments = AppointmentService(store, clock=clock, questions=questions)
    symptoms = SymptomService(store, clock)
    medications = MedicationService(store, clock, today=lambda: date(2026, 1, 1))
    answers = AnswerService(store, clock)
    visits = [
        appointments.add(
            NewAppointment(starts_at=START + timedelta(days=7 * n, hours=1), clinician="Dr. Ortiz")
        )
        for n in range(40)
    ]
    for n in range(220):
        clock.now = START + timedelta(hours=7 * n)
        planned = rng.choice(visits).id if n % 3 == 0 else None
        questions.add(
            NewQuestion(
                text=f"Question {n}: " + "is the scan due, and what does it show? " * 3,
                topic=rng.choice(list(Topic)),
                priority=rng.choice(list(Priority)),
                appointment_id=planned,
            )
        )
    for n in range(150):
        clock.now = START + timedelta(days=n)
        scores = {item: rng.randint(0, 10) for item in range(1, 10) if rng.random() < 0.9}
        symptoms.add_check_in(
            NewCheckIn(taken_at=clock.now, scores=scores or {1: 2}, note=f"Day {n}")
        )
    for n in range(8):
        medicine = medications.add(
            NewMedication(name=f"Medicine {n}", dose="10 mg", started_on=date(2025, 1, 1 + n))
        )
        for step in range(3):
            medications.change_dose(
                medicine.id, DoseChange(dose=f"{20 + step} mg", on=date(2025, 3, 1 + step))
            )
    for n in range(40):
        clock.now = START + timedelta(days=n)
        answers.record("goals", f"note_{n % 7}", f"Answer {n}")


def read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(path.resolve().as_uri() + "?mode=ro&immutable=1", uri=True)


def row_counts(path: Path) -> dict[str, int]:
    with contextlib.closing(read_only(path)) as connection:
        return {
            table: connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
            for table in TABLES
        }


def rows(path: Path, table: str) -> list[tuple[object, ...]]:
    """Every row of ``table`` in rowid order (for a healthy file)."""
    with contextlib.closing(read_only(path)) as connection:
        return connection.execute(f'SELECT * FROM "{table}" ORDER BY rowid').fetchall()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def page_size(path: Path) -> int:
    value = int.from_bytes(path.read_bytes()[16:18], "big")
    return 65536 if value == 1 else value


def btree_pages(path: Path, name: str) -> tuple[list[int], list[int]]:
    """(interior pages, leaf pages in key order) of the table or index ``name``."""
    with contextlib.closing(read_only(path)) as connection:
        (root,) = connection.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = ?", (name,)
        ).fetchone()
    data, size = path.read_bytes(), page_size(path)
    interiors: list[int] = []
    leaves: list[int] = []

    def walk(number: int) -> None:
        start = (number - 1) * size
        header = start + (100 if number == 1 else 0)
        kind = data[header]
        cells = int.from_bytes(data[header + 3 : header + 5], "big")
        if kind in (0x0D, 0x0A):  # table leaf, index leaf
            leaves.append(number)
            return
        assert kind in (0x05, 0x02), f"page {number} is not a b-tree page"
        interiors.append(number)
        for cell in range(cells):
            pointer = int.from_bytes(data[header + 12 + 2 * cell : header + 14 + 2 * cell], "big")
            walk(int.from_bytes(data[start + pointer : start + pointer + 4], "big"))
        walk(int.from_bytes(data[header + 8 : header + 12], "big"))

    walk(int(root))
    return interiors, leaves


def rowids_on_leaf(path: Path, leaf: int) -> list[int]:
    """The rowids of the rows on one table leaf page (its cells' keys)."""
    data, size = path.read_bytes(), page_size(path)
    start = (leaf - 1) * size
    cells = int.from_bytes(data[start + 3 : start + 5], "big")
    found = []
    for cell in range(cells):
        offset = start + int.from_bytes(data[start + 8 + 2 * cell : start + 10 + 2 * cell], "big")
        _payload, offset = _varint(data, offset)
        rowid, _ = _varint(data, offset)
        found.append(rowid)
    return found


def _varint(data: bytes, offset: int) -> tuple[int, int]:
    value = 0
    for index in range(9):
        byte = data[offset + index]
        if index == 8:
            return (value << 8) | byte, offset + 9
        value = (value << 7) | (byte & 0x7F)
        if byte < 0x80:
            return value, offset + index + 1
    raise AssertionError("unreachable")


def overwrite_page(path: Path, number: int, seed: int = 7) -> None:
    """Fill one whole page with random bytes (a stray write, a bad sector)."""
    size = page_size(path)
    with path.open("r+b") as file:
        file.seek((number - 1) * size)
        file.write(random.Random(seed).randbytes(size))


def overwrite_header(path: Path, seed: int = 8) -> None:
    """Random bytes over the 100-byte database header."""
    with path.open("r+b") as file:
        file.write(random.Random(seed).randbytes(100))


def truncate(path: Path, fraction: float) -> None:
    """Cut the file to ``fraction`` of its size, in the middle of a page."""
    size = path.stat().st_size
    with path.open("r+b") as file:
        file.truncate(int(size * fraction) // page_size(path) * page_size(path) + 1000)
