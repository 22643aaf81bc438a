"""Undoable symptom actions: a check-in saved, changed or deleted; one of your own symptoms
added, no longer tracked, or tracked again.

Each command is made after its change was made (so an error shows to the person, not inside
the undo stack): its first ``redo`` does nothing, later ones do the change again.
"""

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from mbc_desktop.domain.symptoms import CheckIn, CheckInChanges, Symptom
from mbc_desktop.services import SymptomService
from mbc_desktop.words.dates import clock_time, short_date, zone

Select = Callable[[int | None], None]


def _nothing(_id: int | None) -> None:
    pass


def check_in_when(check_in: CheckIn) -> str:
    """ "11/27/26 9:30 AM": a check-in named in an undo text or a banner."""
    local = check_in.local_time(zone(check_in.time_zone))
    return f"{short_date(local)} {clock_time(local)}"


class _Done(QUndoCommand):
    """A command whose change is already made when it is pushed."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self.again()

    def again(self) -> None:
        raise NotImplementedError


class AddCheckIn(_Done):
    def __init__(self, service: SymptomService, check_in: CheckIn, select: Select = _nothing):
        super().__init__(
            QCoreApplication.translate("SymptomCommands", "Check-in of %1").replace(
                "%1", check_in_when(check_in)
            )
        )
        self._service = service
        self.check_in = check_in
        self._select = select

    def again(self) -> None:
        self.check_in = self._service.restore_check_in(self.check_in)
        self._select(self.check_in.id)

    def undo(self) -> None:
        self.check_in = self._service.delete_check_in(self.check_in.id)
        self._select(None)


def _as_changes(check_in: CheckIn) -> CheckInChanges:
    return CheckInChanges(
        taken_at=check_in.taken_at,
        time_zone=check_in.time_zone,
        completed_by=check_in.completed_by,
        note=check_in.note,
        scores=dict(check_in.scores),
    )


class ChangeCheckIn(_Done):
    def __init__(
        self,
        service: SymptomService,
        before: CheckIn,
        after: CheckIn,
        select: Select = _nothing,
    ) -> None:
        super().__init__(
            QCoreApplication.translate("SymptomCommands", "Change the check-in of %1").replace(
                "%1", check_in_when(before)
            )
        )
        self._service = service
        self._before = before
        self._after = after
        self._select = select

    def again(self) -> None:
        self._service.update_check_in(self._after.id, _as_changes(self._after))
        self._select(self._after.id)

    def undo(self) -> None:
        self._service.update_check_in(self._before.id, _as_changes(self._before))
        self._select(self._before.id)


class DeleteCheckIn(_Done):
    def __init__(self, service: SymptomService, removed: CheckIn, select: Select = _nothing):
        super().__init__(
            QCoreApplication.translate("SymptomCommands", "Delete the check-in of %1").replace(
                "%1", check_in_when(removed)
            )
        )
        self._service = service
        self._removed = removed
        self._select = select

    def again(self) -> None:
        self._service.delete_check_in(self._removed.id)
        self._select(None)

    def undo(self) -> None:
        self._removed = self._service.restore_check_in(self._removed)
        self._select(self._removed.id)


class TrackSymptom(_Done):
    """One of your own symptoms tracked (added, or tracked again). Undo stops tracking it:
    nothing is deleted, since a symptom added by mistake may already have a score."""

    def __init__(
        self,
        service: SymptomService,
        symptom: Symptom,
        select: Select = _nothing,
        *,
        again: bool = False,
    ) -> None:
        text = (
            QCoreApplication.translate("SymptomCommands", "Track “%1” again")
            if again
            else QCoreApplication.translate("SymptomCommands", "Track “%1”")
        )
        super().__init__(text.replace("%1", symptom.name))
        self._service = service
        self._symptom = symptom
        self._select = select

    def again(self) -> None:
        self._service.unarchive(self._symptom.id)
        self._select(self._symptom.id)

    def undo(self) -> None:
        self._service.archive(self._symptom.id)
        self._select(None)


class ArchiveSymptom(TrackSymptom):
    """No longer tracked (its history kept): the mirror image of tracking it."""

    def __init__(self, service: SymptomService, symptom: Symptom, select: Select = _nothing):
        super().__init__(service, symptom, select)
        self.setText(
            QCoreApplication.translate("SymptomCommands", "Stop tracking “%1”").replace(
                "%1", symptom.name
            )
        )

    def again(self) -> None:
        super().undo()

    def undo(self) -> None:
        super().again()
