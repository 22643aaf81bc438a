"""The unit of work: ``with store.transaction() as tx:`` is one SQLite transaction."""

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from mbc_desktop.storage.answer_repository import AnswerRepository
from mbc_desktop.storage.appointment_repository import AppointmentRepository
from mbc_desktop.storage.database import Database
from mbc_desktop.storage.errors import DAMAGED_WHILE_OPEN, DamagedJournalError
from mbc_desktop.storage.health import Health, is_damage, quick_check
from mbc_desktop.storage.medication_repository import MedicationRepository
from mbc_desktop.storage.question_repository import QuestionRepository
from mbc_desktop.storage.symptom_repository import CheckInRepository, SymptomRepository

if TYPE_CHECKING:
    from mbc_desktop.storage.backup import BackupInfo

log = logging.getLogger(__name__)


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
    """An open journal. Services use it through ``transaction()`` and nothing else.

    If SQLite reports damage (SQLITE_CORRUPT, SQLITE_NOTADB: "database disk image is
    malformed") in a transaction, that transaction is rolled back, DamagedJournalError is
    raised, and from then on every transaction is refused at once with the same error: nothing
    more is written into a damaged file. ``damaged`` tells whether that has happened.
    """

    def __init__(self, database: Database) -> None:
        self.database = database
        self.path = database.path
        self._damage: tuple[Health, BackupInfo | None] | None = None

    @property
    def damaged(self) -> bool:
        return self._damage is not None

    @contextmanager
    def transaction(self) -> Iterator[Transaction]:
        """Commit when the block ends normally; roll everything back if it raises."""
        if self._damage is not None:
            raise DamagedJournalError(DAMAGED_WHILE_OPEN, *self._damage)
        try:
            connection = self.database.connection()
            # IMMEDIATE takes the write lock up front: a read-then-write unit of work never
            # fails half-way with "database is locked".
            connection.execute("BEGIN IMMEDIATE")
            try:
                yield Transaction(
                    questions=QuestionRepository(connection),
                    appointments=AppointmentRepository(connection),
                    symptoms=SymptomRepository(connection),
                    check_ins=CheckInRepository(connection),
                    medications=MedicationRepository(connection),
                    answers=AnswerRepository(connection),
                )
                connection.execute("COMMIT")
            except BaseException:
                _roll_back(connection)
                raise
        except Exception as error:
            cause = _damage_in(error)
            if cause is None:
                raise
            self._damage = self._what_is_damaged(cause)
            raise DamagedJournalError(DAMAGED_WHILE_OPEN, *self._damage) from error

    def _what_is_damaged(self, cause: BaseException) -> "tuple[Health, BackupInfo | None]":
        from mbc_desktop.storage.backup import newest_good_backup

        problems: tuple[str, ...] = (str(getattr(cause, "orig", None) or cause),)
        milliseconds = 0.0
        try:
            found = quick_check(self.path)
            problems += found.problems
            milliseconds = found.milliseconds
        except OSError as error:
            problems += (f"The file could not be checked: {error}",)
        log.error("Journal damaged while open; no more writes: %s", "; ".join(problems))
        health = Health(ok=False, problems=problems, milliseconds=milliseconds)
        return health, newest_good_backup(self.path)

    def reopen(self) -> None:
        """Close the file and open it afresh (after encryption was turned on or off under it,
        with the journal closed): services keep this Store and go on."""
        self.database.dispose()
        database = Database(self.path)
        database.use_wal()  # a switched file starts in rollback-journal mode
        self.database = database

    def close(self) -> None:
        self.database.dispose()


def _roll_back(connection: Any) -> None:
    """Roll back what the transaction did, if SQLite has not already; a failure to roll back
    (a damaged file) is logged, and the error that caused it is the one raised."""
    if not connection.in_transaction:
        return
    try:
        connection.execute("ROLLBACK")
    except Exception:
        log.exception("Could not roll back")


def _damage_in(error: BaseException) -> BaseException | None:
    """``error``, or the error it was raised while handling, if it says the file is damaged."""
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if is_damage(current):
            return current
        current = current.__cause__ or current.__context__
    return None
