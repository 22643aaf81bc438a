"""What every section of "About my cancer" that holds answers can do."""

from PySide6.QtCore import Signal

from mbc_desktop.domain.cancer import CancerProfile
from mbc_desktop.ui.common.sections import SectionPage


class ProfilePage(SectionPage):
    """A section holding parts of the profile. ``edited`` says something changed: True to
    save now (a choice), False to save a moment after typing stops."""

    edited = Signal(bool)

    def load(self, profile: CancerProfile, keep_typing: bool = False) -> None:
        """Show ``profile``; with ``keep_typing``, a field whose typing can't be saved keeps
        it."""
        raise NotImplementedError

    def parts(self, held: CancerProfile) -> dict[str, object]:
        """The parts of the profile as typed (CancerProfile fields → values). What can't be
        saved gets a message under its field, and keeps its saved value (``held``'s)."""
        raise NotImplementedError

    def has_messages(self) -> bool:
        """Typing here can't be saved as it is."""
        raise NotImplementedError
