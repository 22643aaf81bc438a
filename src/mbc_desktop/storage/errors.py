"""Why a journal could not be opened, in words a user can act on."""


class JournalError(Exception):
    """The journal file could not be opened or used. The message is for the user."""


class NotAJournalError(JournalError):
    """The file is not an MBC Desktop journal (or is too damaged to tell)."""


class JournalTooNewError(JournalError):
    """The file was written by a newer version of the app; we must not touch it."""
