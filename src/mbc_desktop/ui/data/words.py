"""The data screens' words: when a backup was made, why, how big, and counts of entries.

In a QObject so that ``self.tr`` reads them (plurals included) in the context "DataWords".
"""

from collections.abc import Iterable, Mapping
from datetime import datetime, timedelta

from PySide6.QtCore import QLocale, QObject

from mbc_desktop.words.dates import clock_time, long_date, zone
from mbc_desktop.words.texts import fill

# Why a backup was made, from the storage's names (backup.REASON_…, migrate's
# "before-schema-NNNN", "rescued" for a salvaged journal).
AUTOMATIC = "automatic"
ON_EXIT = "on-exit"
MANUAL = "manual"
BEFORE_RESTORE = "before-restore"
BEFORE_IMPORT = "before-import"
BEFORE_MIGRATION = "before-migration"
BEFORE_SCHEMA = "before-schema-"
DAMAGED = "damaged"
RESCUED = "rescued"


def local(moment: datetime) -> datetime:
    """``moment`` in this computer's time zone."""
    return moment.astimezone(zone(""))


class DataWords(QObject):
    def when(self, made_at: datetime, now: datetime) -> str:
        """ "Today at 9:30 AM", "Yesterday at 6:02 PM", "Tuesday, March 3, 2026 at 9:30 AM"."""
        moment, today = local(made_at), local(now).date()
        time = clock_time(moment)
        if moment.date() == today:
            return fill(self.tr("Today at %1"), time)
        if moment.date() == today - timedelta(days=1):
            return fill(self.tr("Yesterday at %1"), time)
        return fill(self.tr("%1 at %2"), long_date(moment), time)

    def when_in_sentence(self, made_at: datetime, now: datetime) -> str:
        """As ``when``, inside a sentence: "the backup from today at 9:30 AM"."""
        moment, today = local(made_at), local(now).date()
        time = clock_time(moment)
        if moment.date() == today:
            return fill(self.tr("today at %1", "inside a sentence"), time)
        if moment.date() == today - timedelta(days=1):
            return fill(self.tr("yesterday at %1", "inside a sentence"), time)
        return fill(self.tr("%1 at %2"), long_date(moment), time)

    def why(self, reason: str) -> str:
        """Why a backup was made, in a few words."""
        if reason == AUTOMATIC:
            return self.tr("automatic")
        if reason == ON_EXIT:
            return self.tr("automatic, on closing")
        if reason == MANUAL:
            return self.tr("made by you")
        if reason == BEFORE_RESTORE:
            return self.tr("before a restore")
        if reason == BEFORE_IMPORT:
            return self.tr("before an import")
        if reason == BEFORE_MIGRATION or reason.startswith(BEFORE_SCHEMA):
            return self.tr("before an update")
        if reason == DAMAGED:
            return self.tr("a damaged journal, set aside")
        if reason == RESCUED:
            return self.tr("rescued from a damaged journal")
        return self.tr("other")

    @staticmethod
    def size(size: int) -> str:
        """ "1.2 MB", as the interface's language writes it."""
        return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeSIFormat)

    def row(self, made_at: datetime, size: int, reason: str, now: datetime) -> str:
        """A backup's row in the list: "Today at 9:30 AM · made by you · 1.2 MB"."""
        return fill(
            self.tr("%1 · %2 · %3"), self.when(made_at, now), self.why(reason), self.size(size)
        )

    def spoken_row(self, made_at: datetime, size: int, reason: str, now: datetime) -> str:
        """The row as a screen reader says it: a sentence, without the dots."""
        return fill(
            self.tr("Backup from %1, %2, %3."),
            self.when_in_sentence(made_at, now),
            self.why(reason),
            self.size(size),
        )

    def kind(self, kind: str, count: int) -> str:
        """ "42 questions": one kind of entry in an export, an import or a rescue."""
        if kind == "questions":
            return self.tr("%n question(s)", "", count)
        if kind == "appointments":
            return self.tr("%n appointment(s)", "", count)
        if kind == "symptoms":
            return self.tr("%n symptom(s) of your own", "", count)
        if kind == "check_ins":
            return self.tr("%n check-in(s)", "", count)
        if kind == "scores":
            return self.tr("%n symptom score(s)", "", count)
        if kind == "medications":
            return self.tr("%n medicine(s)", "", count)
        if kind == "dose_steps":
            return self.tr("%n dose(s) of medicines", "", count)
        if kind == "answers":
            return self.tr("%n answer(s) about your goals, your cancer and your choices", "", count)
        return f"{QLocale().toString(count)} {kind}"

    def rescued_kind(self, kind: str, count: int) -> str:
        """As ``kind``, for a rescued journal, whose symptoms include the ESAS-r scales."""
        if kind == "symptoms":
            return self.tr("%n symptom(s), the ESAS-r scales included", "", count)
        return self.kind(kind, count)

    def entries(self, count: int) -> str:
        return self.tr("%n entry(ies)", "", count)


def kinds_in_order(counts: Mapping[str, int], order: Iterable[str]) -> list[tuple[str, int]]:
    """(kind, count) in ``order``, then any other kinds of ``counts``."""
    listed = list(order)
    return [(kind, counts[kind]) for kind in listed if kind in counts] + [
        (kind, count) for kind, count in counts.items() if kind not in listed
    ]
