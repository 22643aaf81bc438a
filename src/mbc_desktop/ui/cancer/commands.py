"""The undoable save of "About my cancer": one command per save, holding the parts it
changed; undo takes back exactly the answers that save recorded."""

from collections.abc import Callable, Mapping

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from mbc_desktop.domain.answers import Answer
from mbc_desktop.domain.cancer import CancerProfile
from mbc_desktop.services.cancer_profile import CancerProfileService


def part_name(key: str) -> str:
    """A part of the profile in words, for Edit › Undo."""
    names = {
        "receptors": QCoreApplication.translate("CancerCommands", "receptor results"),
        "menopausal_status": QCoreApplication.translate("CancerCommands", "menopausal status"),
        "biomarkers": QCoreApplication.translate("CancerCommands", "biomarkers"),
        "spread": QCoreApplication.translate("CancerCommands", "where it has spread"),
        "spread_other": QCoreApplication.translate("CancerCommands", "where it has spread"),
        "how_it_came_back": QCoreApplication.translate("CancerCommands", "how it came back"),
        "lines": QCoreApplication.translate("CancerCommands", "treatment lines"),
        "local": QCoreApplication.translate("CancerCommands", "local treatments"),
    }
    return names.get(key, key)


class SaveProfile(QUndoCommand):
    """Save ``changes`` (CancerProfile fields → new values) over the current profile.

    The first redo (on push) saves; undo removes the answers that save recorded, so each part
    is again what it was; a redo saves the same changes again. ``after`` is called with the
    keys touched, after each undo and redo."""

    def __init__(
        self,
        service: CancerProfileService,
        changes: Mapping[str, object],
        after: Callable[[tuple[str, ...]], None] = lambda _keys: None,
    ) -> None:
        names = list(dict.fromkeys(part_name(key) for key in changes))
        super().__init__(
            QCoreApplication.translate("CancerCommands", "Change %1 in About my cancer").replace(
                "%1", ", ".join(names)
            )
        )
        self._service = service
        self._changes = dict(changes)
        self._after = after
        self._first = True
        self.recorded: list[Answer] = []

    def redo(self) -> None:
        held = self._service.current()
        values = {key: getattr(held, key) for key in CancerProfile.model_fields}
        values.update(self._changes)
        self.recorded = self._service.save(CancerProfile.model_validate(values))
        if self._first:
            self._first = False
            if not self.recorded:
                self.setObsolete(True)
            return
        self._after(tuple(self._changes))

    def undo(self) -> None:
        self._service.answers.remove_many([answer.id for answer in self.recorded])
        self.recorded = []
        self._after(tuple(self._changes))
