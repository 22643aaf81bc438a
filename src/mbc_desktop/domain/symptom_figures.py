"""The figures a symptom's history gives for a span of time, and the spans the trends offer.

A span is half-open, ``[start, end)``: a reading exactly at ``start`` belongs to it, one exactly
at ``end`` to the next. "Since my last appointment" starts when that appointment started, so a
check-in made in the waiting room counts for the visit after it.

Averages and the change are exact fractions: a worsening of exactly 2 points is flagged, never
missed by a rounding error. Every scale runs from 0 (best) to 10 (worst) — wellbeing too — so
"worse" is always "higher".
"""

import calendar
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta, tzinfo
from fractions import Fraction

from mbc_desktop.domain.choice import Choice

# Worse by this many points or more, on average, than the same length of time before: flagged.
WORSENED_BY = 2


@dataclass(frozen=True)
class Reading:
    """One score for one symptom, when it was given (aware), and the check-in it is from."""

    at: datetime
    score: int
    check_in_id: int = 0


@dataclass(frozen=True)
class SpanFigures:
    """What the readings in ``[start, end)`` say: how many, the latest, the worst (the most
    recent if several are equally bad) and the average (None when there are none)."""

    start: datetime
    end: datetime
    count: int
    total: int
    latest: Reading | None
    worst: Reading | None

    @property
    def average(self) -> Fraction | None:
        return None if self.count == 0 else Fraction(self.total, self.count)


@dataclass(frozen=True)
class SymptomFigures:
    """A span and the same length of time just before it, compared.

    ``change`` is the span's average minus the one before (positive: worse), None unless both
    have readings. ``worsened`` when the change is WORSENED_BY or more.
    """

    current: SpanFigures
    before: SpanFigures

    @property
    def change(self) -> Fraction | None:
        now, then = self.current.average, self.before.average
        return None if now is None or then is None else now - then

    @property
    def worsened(self) -> bool:
        change = self.change
        return change is not None and change >= WORSENED_BY


def span_figures(readings: Iterable[Reading], start: datetime, end: datetime) -> SpanFigures:
    """The figures of the readings in ``[start, end)`` (aware times; any order)."""
    inside = [r for r in readings if start <= r.at < end]
    latest = max(inside, key=lambda r: (r.at, r.check_in_id), default=None)
    worst = max(inside, key=lambda r: (r.score, r.at, r.check_in_id), default=None)
    return SpanFigures(
        start=start,
        end=end,
        count=len(inside),
        total=sum(r.score for r in inside),
        latest=latest,
        worst=worst,
    )


def compare(readings: Iterable[Reading], start: datetime, end: datetime) -> SymptomFigures:
    """The figures for ``[start, end)`` against ``[start - (end - start), start)``."""
    if end <= start:
        raise ValueError("a span must end after it starts")
    listed = list(readings)
    length = end - start
    return SymptomFigures(
        current=span_figures(listed, start, end),
        before=span_figures(listed, start - length, start),
    )


class TrendSpan(Choice):
    """How far back a trend chart looks."""

    TWO_WEEKS = "two_weeks"
    SINCE_LAST_APPOINTMENT = "since_last_appointment"
    THREE_MONTHS = "three_months"
    YEAR = "year"
    ALL = "all"


def _months_back(day: "datetime", months: int) -> "datetime":
    """The same day of the month ``months`` earlier (the month's last day if it is shorter)."""
    month_index = day.year * 12 + (day.month - 1) - months
    year, month = divmod(month_index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return day.replace(year=year, month=month + 1, day=min(day.day, last))


def span_start(
    span: TrendSpan,
    now: datetime,
    zone: tzinfo,
    *,
    last_appointment: datetime | None = None,
    first_reading: datetime | None = None,
) -> datetime | None:
    """When a trend over ``span`` starts, as an aware time; it ends at ``now``.

    Calendar spans start at midnight in ``zone`` (the person's days, whatever the clock did in
    between), given back in UTC: two weeks is today and the 13 days before; three months and
    a year go back to the same date. "Since my last appointment" starts when it started (None
    without one); "all" at the first reading (None without readings).
    """
    today = now.astimezone(zone).date()
    midnight = datetime.combine(today, time(0), tzinfo=zone)
    if span is TrendSpan.TWO_WEEKS:
        return datetime.combine(today - timedelta(days=13), time(0), tzinfo=zone).astimezone(UTC)
    if span is TrendSpan.THREE_MONTHS:
        return _months_back(midnight, 3).astimezone(UTC)
    if span is TrendSpan.YEAR:
        return _months_back(midnight, 12).astimezone(UTC)
    if span is TrendSpan.SINCE_LAST_APPOINTMENT:
        return last_appointment
    return first_reading
