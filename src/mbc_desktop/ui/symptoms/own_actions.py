"""What the "Your own symptoms" section does: track a symptom (typed or suggested), stop
tracking one, track it again — each with undo and a banner — and the suggestions the side
effects of the medicines taken now give."""

from collections.abc import Callable

from pydantic import ValidationError
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication

from mbc_desktop.domain import NotFoundError, field_messages
from mbc_desktop.domain.drug_catalogue import suggestions_for
from mbc_desktop.domain.symptoms import NewSymptom, Symptom
from mbc_desktop.services import MedicationService, SymptomService
from mbc_desktop.ui.symptoms.commands import ArchiveSymptom, TrackSymptom
from mbc_desktop.ui.symptoms.own_symptoms import OwnSymptoms
from mbc_desktop.words.i18n import domain_message, label

Banner = Callable[[str, str], None]  # (text, the Undo button's name)
Select = Callable[[int | None], None]


class OwnSymptomActions(QObject):
    def __init__(
        self,
        symptoms: SymptomService,
        medications: MedicationService,
        undo_stack: QUndoStack,
        own: OwnSymptoms,
        banner: Banner,
        select: Select,
        refresh: Callable[[], None],
    ) -> None:
        super().__init__(own)
        self._symptoms = symptoms
        self._medications = medications
        self._undo = undo_stack
        self._own = own
        self._banner = banner
        self._select = select
        self._refresh = refresh
        own.add_requested.connect(self.add)
        own.archive_requested.connect(self.stop_tracking)
        own.unarchive_requested.connect(self.track_again)

    def show_state(self, every: list[Symptom]) -> None:
        """Show ``every`` symptom's tracking, and the suggestions for the medicines taken now
        ("Joint pain or stiffness — from letrozole"; without one, the common ones)."""
        names = [medication.name for medication in self._medications.current()]
        found = suggestions_for(names)
        offered: list[tuple[str, str]] = []
        for effect, drugs in found:
            name = label(effect)
            text = (
                self.tr("%1 — from %2").replace("%1", name).replace("%2", ", ".join(drugs))
                if drugs
                else name
            )
            offered.append((name, text))
        from_medicines = any(drugs for _effect, drugs in found)
        self._own.set_state(every, offered, from_medicines)

    def add(self, name: str) -> None:
        own = self._own
        # A suggestion pressed goes away once tracked: the keyboard then goes to the symptom it
        # became, not wherever Qt sends it.
        from_suggestion = QApplication.focusWidget() in own.suggestion_buttons()
        try:
            symptom = self._symptoms.add_symptom(NewSymptom(name=name))
        except ValidationError as error:
            own.show_message(domain_message(field_messages(error)["name"]))
            own.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        except ValueError as error:  # already tracked
            own.show_message(domain_message(str(error)))
            own.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self._undo.push(TrackSymptom(self._symptoms, symptom, self._select))
        own.added()
        self._banner(
            self.tr("Now tracking “%1”: it is in every check-in.").replace("%1", symptom.name),
            self.tr("Undo"),
        )
        own.select(symptom.id)
        if from_suggestion:
            own.own_list.setFocus(Qt.FocusReason.OtherFocusReason)

    def stop_tracking(self, symptom: Symptom) -> None:
        try:
            archived = self._symptoms.archive(symptom.id)
        except (ValueError, NotFoundError):
            self._refresh()
            return
        self._undo.push(ArchiveSymptom(self._symptoms, archived, self._select))
        self._banner(
            self.tr("Stopped tracking “%1”. Its history is kept. You can undo this.").replace(
                "%1", symptom.name
            ),
            self.tr("Undo"),
        )
        self._own.own_list.setFocus(Qt.FocusReason.OtherFocusReason)

    def track_again(self, symptom: Symptom) -> None:
        try:
            tracked = self._symptoms.unarchive(symptom.id)
        except NotFoundError:
            self._refresh()
            return
        self._undo.push(TrackSymptom(self._symptoms, tracked, self._select, again=True))
        self._banner(
            self.tr("Tracking “%1” again: it is in every check-in.").replace("%1", symptom.name),
            self.tr("Undo"),
        )
        self._own.select(symptom.id)
