"""The unit of work: ``with store.transaction() as tx:`` is one SQLite transaction."""

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import sessionmaker

from mbc_desktop.storage.answer_repository import AnswerRepository
from mbc_desktop.storage.appointment_repository import AppointmentRepository
from mbc_desktop.storage.medication_repository import MedicationRepository
from mbc_desktop.storage.question_repository import QuestionRepository
from mbc_desktop.storage.symptom_repository import CheckInRepository, SymptomRepository


@dataclass(frozen=True)
class Transaction:
    """The repositories available inside one transaction."""

    questions: QuestionRepository
    appointments: AppointmentRepository
    symptoms: SymptomRepository
    check_ins: CheckInRepository
    medications: MedicationRepository
    answers: AnswerRepository


class Store:
    """An open journal. Services use it through ``transaction()`` and nothing else."""

    def __init__(self, engine: Engine, path: Path) -> None:
        self._engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self.path = path

    @property
    def engine(self) -> Engine:
        return self._engine

    @contextmanager
    def transaction(self) -> Iterator[Transaction]:
        """Commit when the block ends normally; roll everything back if it raises."""
        with self._sessions() as session, session.begin():
            yield Transaction(
                questions=QuestionRepository(session),
                appointments=AppointmentRepository(session),
                symptoms=SymptomRepository(session),
                check_ins=CheckInRepository(session),
                medications=MedicationRepository(session),
                answers=AnswerRepository(session),
            )

    def close(self) -> None:
        self._engine.dispose()
