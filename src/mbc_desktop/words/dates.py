"""Dates and times as a person reads them, in the interface's language (QLocale), and the
person's time zone. Appointments are stored as aware UTC datetimes with the zone they were
entered in; everything shown is in that zone."""

from datetime import date, datetime, time, tzinfo
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QDate, QLocale, QObject, QTime, QTimeZone

if TYPE_CHECKING:
    from mbc_desktop.domain import Appointment


def local_zone_name() -> str:
    """The computer's time zone as an IANA name ("Europe/Madrid"), or "" if unknown."""
    name = bytes(QTimeZone.systemTimeZoneId().data()).decode()
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return ""
    return name


def zone(name: str) -> tzinfo:
    """The zone called ``name``; the computer's own zone if the name is empty or unknown."""
    if name:
        try:
            return ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            pass
    local = datetime.now().astimezone().tzinfo
    assert local is not None
    return local


def in_zone(moment: datetime, zone_name: str) -> datetime:
    return moment.astimezone(zone(zone_name))


def combine(day: QDate, clock: QTime, zone_name: str) -> datetime:
    """An aware datetime from a date and a time picked in ``zone_name``."""
    return datetime.combine(
        date(day.year(), day.month(), day.day()),
        time(clock.hour(), clock.minute()),
        tzinfo=zone(zone_name),
    )


def qdate(moment: datetime) -> QDate:
    return QDate(moment.year, moment.month, moment.day)


def qtime(moment: datetime) -> QTime:
    return QTime(moment.hour, moment.minute)


def long_date(moment: datetime) -> str:
    """ "Tuesday, December 15, 2026" (or as the interface's language writes it)."""
    return QLocale().toString(qdate(moment), QLocale.FormatType.LongFormat)


def short_date(moment: datetime) -> str:
    return QLocale().toString(qdate(moment), QLocale.FormatType.ShortFormat)


def clock_time(moment: datetime) -> str:
    return QLocale().toString(qtime(moment), QLocale.FormatType.ShortFormat)


def when(moment: datetime) -> str:
    """Date and time, e.g. "Tuesday, December 15, 2026 · 9:30 AM"."""
    return f"{long_date(moment)} · {clock_time(moment)}"


class _Texts(QObject):
    """Holds the translatable words for day distances (self.tr makes them plurals)."""

    def days_away(self, days: int) -> str:
        if days == 0:
            return self.tr("today")
        if days == 1:
            return self.tr("tomorrow")
        if days == -1:
            return self.tr("yesterday")
        if days > 0:
            return self.tr("in %n day(s)", "", days)
        return self.tr("%n day(s) ago", "", -days)


def days_away(days: int) -> str:
    """ "today", "tomorrow", "in 5 days", "3 days ago"."""
    return _Texts().days_away(days)


def appointment_choice_text(appointment: "Appointment") -> str:
    """How an appointment is named in a choice: "Dec 15, 2026 · Dr. Ortiz"."""
    local = appointment.local_start()
    text = short_date(local) + " " + clock_time(local)
    return f"{text} · {appointment.clinician}" if appointment.clinician else text


def date_edit_format() -> str:
    """The language's short date with the year in full: "12/3/2026", never "12/3/26" (a typed
    "2026" then lands in the year, not as "20" and a lost "26")."""
    pattern = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    return pattern if "yyyy" in pattern else pattern.replace("yy", "yyyy")


def time_edit_format() -> str:
    """The language's short time, with an ordinary space before AM/PM (some locales use a
    narrow no-break space that a typed space does not match, so "PM" was ignored)."""
    return QLocale().timeFormat(QLocale.FormatType.ShortFormat).replace("\u202f", " ")
