"""What the passphrase screens need from the rest of the app, as Protocols.

ui/ never imports storage/ (docs/architecture.md): the composition root (app.py, with
data_actions.py) passes objects that do the work with the storage's encryption functions.

Every method that can fail for a reason the person can act on raises ``WrongSecret`` (the
passphrase or recovery key does not open the journal) or ``EncryptionProblem`` (anything else;
its message a finished sentence from the layer below, which the screens translate with
``words.i18n.domain_message``). In every such case nothing was changed.
"""

from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

# The shortest passphrase accepted when turning encryption on or changing it.
MIN_PASSPHRASE_LENGTH = 8


class WrongSecret(Exception):  # noqa: N818 - the person's word for it, not an error
    """The passphrase (or recovery key) given does not open this journal."""


class EncryptionProblem(Exception):  # noqa: N818 - pairs with DataProblem
    """Encryption could not be turned on, changed or off; nothing was changed. The message is
    a finished sentence for the person."""

    @property
    def message(self) -> str:
        return str(self.args[0]) if self.args else ""


@dataclass(frozen=True)
class PreparedEncryption:
    """A new key, made but not used yet: turning encryption on shows ``recovery_key`` first,
    and only once the person says they kept it does ``EncryptionActions.turn_on`` use it.

    ``recovery_key`` is text like "ABCD-EFGH-…" (13 groups of 4 letters and digits); it opens
    the journal, and every backup, without the passphrase. ``token`` is opaque: hand it back.
    """

    recovery_key: str
    token: object


class UnlockActions(Protocol):
    """What the unlock page (at start-up, and after a lock) needs."""

    def unlock(self, secret: str) -> None:
        """Open the journal with a passphrase or a recovery key (told apart by their shape).

        Raises WrongSecret if it does not open it, EncryptionProblem if the key file beside
        the journal cannot be read (the recovery key still works then). Takes about 0.15 s (the
        passphrase is stretched on purpose, so that guessing is slow).
        """
        ...


class EncryptionActions(Protocol):
    """What File › Passphrase and lock… needs."""

    @property
    def journal(self) -> Path:
        """The journal file: the recovery sheet names its folder, so that a person with more
        than one journal knows which one the key opens."""
        ...

    def is_encrypted(self) -> bool:
        """Whether the journal is encrypted now."""
        ...

    def prepare(self, passphrase: str) -> PreparedEncryption:
        """Make the key for ``passphrase`` (about 0.15 s). Nothing changes on disk yet."""
        ...

    def turn_on(self, prepared: PreparedEncryption) -> "list[Path] | None":
        """Encrypt the journal and every backup with the prepared key; the plain copies are
        overwritten, then removed. Saves what is typed first; the areas go on, on the
        encrypted journal. A few seconds for a big journal. Returns the backups that could not
        be encrypted (a damaged one, say), which stay as they were. Raises EncryptionProblem
        (nothing changed)."""
        ...

    def change_passphrase(self, current: str, new: str) -> None:
        """``current`` may be the passphrase or the recovery key; the recovery key stays the
        same. Raises WrongSecret or EncryptionProblem (nothing changed)."""
        ...

    def turn_off(self, current: str) -> "list[Path] | None":
        """Give back a plain journal and plain backups. ``current`` may be the passphrase or
        the recovery key. Returns the backups that stay encrypted (they could not be read
        back). Raises WrongSecret or EncryptionProblem (nothing changed)."""
        ...
