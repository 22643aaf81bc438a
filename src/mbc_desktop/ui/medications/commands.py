"""Undoable medication actions, for Edit › Undo and the banner's Undo: add, delete, a change of
how it is taken or of its dates, and a dose change recorded or taken back.

Each command names the medicine it acts on ("Undo Stop “capecitabine” on Nov 20, 2026"). A
change the journal may refuse (a stop before the start, a dose change before the last one) is
made by the editor first, where the refusal becomes a message beside the field; only a change
that was made is pushed, already done (``done=True``), so Undo never meets a refusal.
After undo or redo each command calls ``select`` with the medicine's id, so the pane can pick it.
"""

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from mbc_desktop.domain.medications import (
    DoseChange,
    DoseStep,
    Medication,
    MedicationChanges,
    NewMedication,
)
from mbc_desktop.services import MedicationService
from mbc_desktop.words.i18n import label
from mbc_desktop.words.medications import day_text
from mbc_desktop.words.texts import fill, shorten

Select = Callable[[int | None], None]


def _nothing(_medication_id: int | None) -> None:
    pass


class AddMedication(QUndoCommand):
    def __init__(
        self, service: MedicationService, new: NewMedication, select: Select = _nothing
    ) -> None:
        super().__init__(
            fill(
                QCoreApplication.translate("MedicationCommands", "Add “%1”"),
                shorten(new.name),
            )
        )
        self._service = service
        self._new = new
        self._select = select
        self.medication: Medication | None = None

    def redo(self) -> None:
        if self.medication is None:
            self.medication = self._service.add(self._new)
        else:
            self.medication = self._service.restore(self.medication)
            self._select(self.medication.id)

    def undo(self) -> None:
        assert self.medication is not None
        # What it had become by then (a name typed after adding it), for redo to put back.
        self.medication = self._service.delete(self.medication.id)
        self._select(None)


class DeleteMedication(QUndoCommand):
    def __init__(
        self, service: MedicationService, medication: Medication, select: Select = _nothing
    ) -> None:
        super().__init__(
            fill(
                QCoreApplication.translate("MedicationCommands", "Delete “%1”"),
                shorten(medication.name),
            )
        )
        self._service = service
        self._select = select
        self.medication = medication

    def redo(self) -> None:
        self.medication = self._service.delete(self.medication.id)
        self._select(None)

    def undo(self) -> None:
        self.medication = self._service.restore(self.medication)
        self._select(self.medication.id)


def change_text(before: Medication, changes: MedicationChanges) -> str:
    """What Edit › Undo calls a change: "Stop “capecitabine” on Nov 20, 2026"."""
    values = changes.as_dict()
    name = shorten(before.name)
    if set(values) == {"route"} and changes.route is not None:
        return fill(
            QCoreApplication.translate("MedicationCommands", "Set how “%1” is taken to %2"),
            name,
            label(changes.route),
        )
    if set(values) == {"stopped_on"}:
        if changes.stopped_on is None:
            return fill(
                QCoreApplication.translate("MedicationCommands", "Clear the stop date of “%1”"),
                name,
            )
        return fill(
            QCoreApplication.translate("MedicationCommands", "Stop “%1” on %2"),
            name,
            day_text(changes.stopped_on),
        )
    if set(values) == {"started_on"}:
        if changes.started_on is None:
            return fill(
                QCoreApplication.translate("MedicationCommands", "Clear the start date of “%1”"),
                name,
            )
        return fill(
            QCoreApplication.translate("MedicationCommands", "Start “%1” on %2"),
            name,
            day_text(changes.started_on),
        )
    return fill(QCoreApplication.translate("MedicationCommands", "Change “%1”"), name)


class ChangeMedication(QUndoCommand):
    """How it is taken, or its start or stop date: ``after`` is the journal's answer to
    ``changes``, already made; undo puts back the fields it changed, as ``before`` had them."""

    def __init__(
        self,
        service: MedicationService,
        before: Medication,
        changes: MedicationChanges,
        select: Select = _nothing,
    ) -> None:
        super().__init__(change_text(before, changes))
        self._service = service
        self._id = before.id
        self._changes = changes
        self._previous = MedicationChanges.model_validate(
            {name: getattr(before, name) for name in changes.as_dict()}
        )
        self._select = select
        self._done = True

    def redo(self) -> None:
        if self._done:  # made by the editor before it was pushed
            self._done = False
            return
        self._service.update(self._id, self._changes)
        self._select(self._id)

    def undo(self) -> None:
        self._service.update(self._id, self._previous)
        self._select(self._id)


class RecordDoseChange(QUndoCommand):
    """A new dose from a day on, already recorded (``after`` is the medicine with it); undo
    takes it back out of the history."""

    def __init__(
        self,
        service: MedicationService,
        after: Medication,
        change: DoseChange,
        select: Select = _nothing,
    ) -> None:
        super().__init__(
            fill(
                QCoreApplication.translate("MedicationCommands", "Record a new dose of “%1”"),
                shorten(after.name),
            )
        )
        self._service = service
        self._id = after.id
        self._change = change
        self._step_id = after.current.id
        self._select = select
        self._done = True

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._step_id = self._service.change_dose(self._id, self._change).current.id
        self._select(self._id)

    def undo(self) -> None:
        self._service.remove_dose_change(self._id, self._step_id)
        self._select(self._id)


class RemoveDoseChange(QUndoCommand):
    """Take a recorded dose change back out of the history (the latest one); undo records it
    again."""

    def __init__(
        self,
        service: MedicationService,
        medication: Medication,
        step: DoseStep,
        select: Select = _nothing,
    ) -> None:
        super().__init__(
            fill(
                QCoreApplication.translate(
                    "MedicationCommands", "Remove the dose change of “%1” on %2"
                ),
                shorten(medication.name),
                day_text(step.from_day) if step.from_day is not None else "",
            )
        )
        assert step.from_day is not None  # the first dose is never a change
        self._service = service
        self._id = medication.id
        self._step_id = step.id
        self._change = DoseChange(dose=step.dose, schedule=step.schedule, on=step.from_day)
        self._select = select

    def redo(self) -> None:
        self._service.remove_dose_change(self._id, self._step_id)
        self._select(self._id)

    def undo(self) -> None:
        self._step_id = self._service.change_dose(self._id, self._change).current.id
        self._select(self._id)
