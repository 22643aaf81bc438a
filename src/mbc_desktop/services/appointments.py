"""Appointments: plan them, see the next one, finish a visit and carry on what it did not reach."""

import builtins
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo
from typing import TYPE_CHECKING

from mbc_desktop.domain import (
    FLAG_AFTER_CARRIES,
    VISIT_WINDOW,
    Appointment,
    AppointmentChanges,
    NewAppointment,
    Question,
    Status,
)
from mbc_desktop.services.events import Listeners
from mbc_desktop.services.questions import QuestionChanged, QuestionService, utc_now

if TYPE_CHECKING:  # the UI imports services before the journal (and SQLAlchemy) is loaded
    from mbc_desktop.storage import Store, Transaction

__all__ = [
    "FLAG_AFTER_CARRIES",
    "VISIT_WINDOW",
    "AppointmentAdded",
    "AppointmentChanged",
    "AppointmentEvent",
    "AppointmentRemoved",
    "AppointmentService",
    "DeletedAppointment",
    "VisitAlreadyFinishedError",
    "VisitResult",
]


@dataclass(frozen=True)
class AppointmentAdded:
    appointment: Appointment


@dataclass(frozen=True)
class AppointmentChanged:
    appointment: Appointment


@dataclass(frozen=True)
class AppointmentRemoved:
    appointment: Appointment


AppointmentEvent = AppointmentAdded | AppointmentChanged | AppointmentRemoved


@dataclass(frozen=True)
class DeletedAppointment:
    """What ``delete`` took away, for ``restore`` to put back: the appointment, and the
    questions that were planned for it (now "for the next appointment")."""

    appointment: Appointment
    question_ids: tuple[int, ...]


@dataclass(frozen=True)
class VisitResult:
    """What ``finish_visit`` did.

    ``next_appointment`` is where the questions not reached went: the appointment created with
    the visit, else the next one already planned after it, else None (they wait for the next
    one to be added). ``carried_question_ids`` are those questions, in list order.
    """

    finished: Appointment
    next_appointment: Appointment | None
    carried_question_ids: tuple[int, ...]


class VisitAlreadyFinishedError(ValueError):
    """The visit was finished before; finishing it again would carry its questions twice."""


def _aware(now: datetime) -> datetime:
    # A naive "now" would be read as the computer's local time: refuse it instead of guessing.
    if now.utcoffset() is None:
        raise ValueError("now must be a timezone-aware datetime")
    return now


def _window_start(now: datetime) -> datetime:
    """VISIT_WINDOW before ``now`` in real time: an appointment that started after it (and is
    not finished) is upcoming. In UTC, so a daylight-saving change in ``now``'s zone does not
    move it (aware arithmetic in one zone is wall-clock arithmetic)."""
    return now.astimezone(UTC) - VISIT_WINDOW


def _upcoming(
    tx: "Transaction", now: datetime, limit: int | None = None
) -> builtins.list[Appointment]:
    """The upcoming appointments at ``now`` (``Appointment.is_upcoming``: not finished, and
    not more than VISIT_WINDOW past their start), earliest first. Read from the journal's
    index: the few rows from VISIT_WINDOW ago on, not every appointment."""
    return tx.appointments.unfinished_after(_window_start(now), limit)


def _next_of(tx: "Transaction", now: datetime) -> Appointment | None:
    """The earliest upcoming one."""
    found = _upcoming(tx, now, limit=1)
    return found[0] if found else None


def _questions_for(
    tx: "Transaction", appointment: Appointment, now: datetime
) -> builtins.list[Question]:
    """The unsettled questions planned for it, and the unplanned ones if it is the next one."""
    planned = tx.questions.planned_for(appointment.id)
    nxt = _next_of(tx, now)
    if nxt is not None and nxt.id == appointment.id:
        planned += tx.questions.planned_for(None)
    return sorted(
        (q for q in planned if not q.status.is_settled), key=lambda question: question.position
    )


class AppointmentService:
    """Every method is one transaction; listeners hear about each change after it commits.

    Questions change too (a visit carries them on, a deleted appointment lets them go): those
    changes are announced as QuestionChanged through ``questions.changes``, the same
    QuestionService the Questions area listens to. Pass it as ``questions``; without one, the
    service makes its own.
    """

    def __init__(
        self,
        store: "Store",
        clock: Callable[[], datetime] = utc_now,
        *,
        questions: QuestionService | None = None,
    ) -> None:
        self._store = store
        self._clock = clock
        self.questions = questions if questions is not None else QuestionService(store, clock)
        self.changes: Listeners[AppointmentEvent] = Listeners()

    def _now(self, now: datetime | None) -> datetime:
        return _aware(self._clock() if now is None else now)

    def _announce_questions(self, questions: Sequence[Question]) -> None:
        for question in questions:
            self.questions.changes.emit(QuestionChanged(question))

    def list(self) -> builtins.list[Appointment]:
        """Every appointment, earliest first (two at the same time: in the order added)."""
        with self._store.transaction() as tx:
            return tx.appointments.list_all()

    def start_times(self) -> builtins.list[datetime]:
        """When every appointment starts, earliest first (to mark them on a chart)."""
        with self._store.transaction() as tx:
            return tx.appointments.start_times()

    def get(self, appointment_id: int) -> Appointment:
        """One appointment; raises NotFoundError if it is not in the journal."""
        with self._store.transaction() as tx:
            return tx.appointments.get(appointment_id)

    def upcoming(self, now: datetime | None = None) -> builtins.list[Appointment]:
        """Appointments not finished and not more than VISIT_WINDOW past their start,
        earliest first. A visit in progress is still upcoming."""
        moment = self._now(now)
        with self._store.transaction() as tx:
            return _upcoming(tx, moment)

    def past(self, now: datetime | None = None) -> builtins.list[Appointment]:
        """Every appointment that is not upcoming (finished, or its visit window is over),
        newest first."""
        moment = self._now(now)
        return [a for a in reversed(self.list()) if not a.is_upcoming(moment)]

    def first_unfinished_after(self, appointment: Appointment) -> Appointment | None:
        """The first appointment not finished after ``appointment`` in time order (at the same
        time: added after it), or None."""
        with self._store.transaction() as tx:
            return tx.appointments.unfinished_after_one(appointment)

    def last_unfinished(self, now: datetime | None = None) -> Appointment | None:
        """The most recent appointment that is over (VISIT_WINDOW past its start) but was
        never finished, or None: the first of ``past`` not completed, read without reading
        them all."""
        moment = self._now(now)
        with self._store.transaction() as tx:
            return tx.appointments.last_unfinished_by(_window_start(moment))

    def last_appointment(self, now: datetime | None = None) -> Appointment | None:
        """The most recent appointment that started at or before ``now`` and is over (finished,
        or VISIT_WINDOW past its start): "my last appointment". A visit in progress is the
        next one, not the last."""
        moment = self._now(now)
        with self._store.transaction() as tx:
            # Only appointments within the visit window can still be in progress: a few rows.
            limit = 8
            while True:
                recent = tx.appointments.started_before(moment, limit)
                over = next((a for a in recent if not a.is_upcoming(moment)), None)
                if over is not None or len(recent) < limit:
                    return over
                limit *= 4

    def next_appointment(self, now: datetime | None = None) -> Appointment | None:
        """The earliest upcoming appointment, or None: the one the person is preparing for.

        A visit stays "next" until VISIT_WINDOW after its start or until it is finished, so
        that the app still shows it in the exam room. Times are compared as instants, so
        midnight and daylight-saving changes make no difference.
        """
        moment = self._now(now)
        with self._store.transaction() as tx:
            return _next_of(tx, moment)

    def days_until(
        self, appointment: Appointment, now: datetime | None = None, zone: tzinfo | None = None
    ) -> int:
        """Calendar days from today to the appointment's day: 0 today, 1 tomorrow, -1 yesterday.

        Both days are read in the appointment's own time zone; if it has none, in ``zone``
        (pass the computer's zone), else in UTC. A day is a date on the calendar, not 24 hours,
        so a night with a daylight-saving change counts as one day like any other.
        """
        moment = self._now(now)
        where = appointment.zone or zone or UTC
        return (
            appointment.starts_at.astimezone(where).date() - moment.astimezone(where).date()
        ).days

    def planned_questions(
        self, appointment_id: int, now: datetime | None = None
    ) -> builtins.list[Question]:
        """The questions to ask at this appointment, in list order: those planned for it that
        are not answered or dropped, and, if it is the next appointment, also those planned
        for no appointment in particular. Putting "must ask" first is the caller's choice.

        For a visit that has begun, pass ``now=appointment.starts_at`` to get the questions as
        they stood when it started (``finish_visit`` counts the same ones).
        """
        moment = self._now(now)
        with self._store.transaction() as tx:
            appointment = tx.appointments.get(appointment_id)
            return _questions_for(tx, appointment, moment)

    def visit_questions(self, appointment_id: int) -> builtins.list[Question]:
        """Everything to go through after the visit, in list order: every question planned
        for it, answered or not, and the unsettled ones planned for no appointment if it was
        the next appointment when it began."""
        with self._store.transaction() as tx:
            appointment = tx.appointments.get(appointment_id)
            counted = _questions_for(tx, appointment, appointment.starts_at)
            planned = tx.questions.planned_for(appointment_id)
        found = {q.id: q for q in [*planned, *counted]}
        return sorted(found.values(), key=lambda question: question.position)

    def add(self, new: NewAppointment) -> Appointment:
        """Add an appointment."""
        with self._store.transaction() as tx:
            appointment = tx.appointments.add(new, self._clock())
        self.changes.emit(AppointmentAdded(appointment))
        return appointment

    def update(self, appointment_id: int, changes: AppointmentChanges) -> Appointment:
        """Apply the fields set in ``changes``; raises NotFoundError if it has gone."""
        values = changes.as_dict()
        with self._store.transaction() as tx:
            current = tx.appointments.get(appointment_id)
            values = {k: v for k, v in values.items() if getattr(current, k) != v}
            if not values:
                return current
            appointment = tx.appointments.update(appointment_id, values, self._clock())
        self.changes.emit(AppointmentChanged(appointment))
        return appointment

    def delete(self, appointment_id: int) -> DeletedAppointment:
        """Delete an appointment. Nothing planned for it is lost: its questions return to
        "for the next appointment". Pass the result to ``restore`` to undo."""
        with self._store.transaction() as tx:
            tx.appointments.get(appointment_id)  # NotFoundError before anything changes
            ids = [q.id for q in tx.questions.planned_for(appointment_id)]
            released = tx.questions.replan(ids, None, only_unplanned=False)
            removed = tx.appointments.delete(appointment_id)
        self.changes.emit(AppointmentRemoved(removed))
        self._announce_questions(released)
        return DeletedAppointment(removed, tuple(ids))

    def restore(self, deleted: DeletedAppointment) -> Appointment:
        """Undo ``delete``: the same appointment under the same id, with its questions planned
        for it again (except any planned for another appointment since, or deleted)."""
        with self._store.transaction() as tx:
            restored = tx.appointments.restore(deleted.appointment)
            back = tx.questions.replan(deleted.question_ids, restored.id, only_unplanned=True)
        self.changes.emit(AppointmentAdded(restored))
        self._announce_questions(back)
        return restored

    def finish_visit(
        self, appointment_id: int, next_appointment: NewAppointment | None = None
    ) -> VisitResult:
        """Finish a visit: mark it completed, add the next appointment if given, and carry on
        the questions it did not reach. One transaction: all of it happens, or none.

        The questions counted are those ``planned_questions`` gave when the visit began. Of
        them, an open one (not reached) moves to the next appointment: the one given here,
        else the next one already planned, else "for the next appointment"; its carry count
        goes up by one and it remembers this visit's start (``carried_from``) and the first
        visit it missed (``asked_about_since``). An asked one stays with this visit, and one
        planned for no appointment is planned for it, since it was asked here. Answered and
        dropped questions never move.

        Raises VisitAlreadyFinishedError if it was finished before, and ValueError if the
        next appointment does not start after this one.
        """
        now = self._clock()
        with self._store.transaction() as tx:
            this = tx.appointments.get(appointment_id)
            if this.is_completed:
                raise VisitAlreadyFinishedError("This visit has already been finished.")
            if next_appointment is not None and next_appointment.starts_at <= this.starts_at:
                raise ValueError("The next appointment has to be after this one.")
            counted = _questions_for(tx, this, this.starts_at)
            finished = tx.appointments.update(this.id, {"completed_at": now}, now)
            created = (
                None if next_appointment is None else tx.appointments.add(next_appointment, now)
            )
            # The first unfinished one after this (it is finished now, so never itself).
            target = created or tx.appointments.unfinished_after_one(this)
            carried: builtins.list[Question] = []
            kept: builtins.list[Question] = []
            for question in counted:
                if question.status is Status.OPEN:
                    values: dict[str, object] = {
                        "appointment_id": None if target is None else target.id,
                        "carry_count": question.carry_count + 1,
                        "carried_from": this.starts_at,
                        "asked_about_since": question.asked_about_since or this.starts_at,
                    }
                    carried.append(tx.questions.update(question.id, values, now))
                elif question.appointment_id is None:
                    kept.append(tx.questions.update(question.id, {"appointment_id": this.id}, now))
        self.changes.emit(AppointmentChanged(finished))
        if created is not None:
            self.changes.emit(AppointmentAdded(created))
        self._announce_questions(sorted([*carried, *kept], key=lambda q: q.position))
        return VisitResult(finished, target, tuple(q.id for q in carried))
