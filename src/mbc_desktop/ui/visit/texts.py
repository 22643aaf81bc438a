"""How the visit area writes an appointment and its dates: in the interface's language
(QLocale) and in the time zone the appointment was entered in."""

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

from mbc_desktop.domain import Appointment, Role
from mbc_desktop.words.i18n import label


def local_start(appointment: Appointment) -> datetime:
    """When it starts, in its own zone (else this computer's)."""
    return appointment.local_start(datetime.now().astimezone().tzinfo)


def long_date(moment: datetime) -> str:
    """ "Tuesday, December 15, 2026", as the interface's language writes it."""
    return QLocale().toString(
        QDate(moment.year, moment.month, moment.day), QLocale.FormatType.LongFormat
    )


def short_day(moment: datetime) -> str:
    """ "December 15" — the day without the weekday or the year, for sentences."""
    locale = QLocale()
    day = QDate(moment.year, moment.month, moment.day)
    # The locale's own pattern for a long date, less the weekday and the year.
    pattern = locale.dateFormat(QLocale.FormatType.LongFormat)
    for part in ("dddd, ", "dddd ", " 'de' yyyy", ", yyyy", " yyyy", "yyyy"):
        pattern = pattern.replace(part, "")
    return locale.toString(day, pattern.strip(" ,"))


def clock_time(moment: datetime) -> str:
    return QLocale().toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)


def when(appointment: Appointment) -> str:
    """ "Tuesday, December 15, 2026 at 9:30 AM"."""
    start = local_start(appointment)
    return (
        QCoreApplication.translate("VisitTexts", "%1 at %2")
        .replace("%1", long_date(start))
        .replace("%2", clock_time(start))
    )


def role_words(role: Role) -> str:
    return label(role)


def with_whom(appointment: Appointment) -> str:
    """ "Dr. Ortiz (Medical oncologist)", or the role alone when no name was given."""
    role = role_words(appointment.role)
    if not appointment.clinician:
        return role
    return (
        QCoreApplication.translate("VisitTexts", "%1 (%2)")
        .replace("%1", appointment.clinician)
        .replace("%2", role)
    )
