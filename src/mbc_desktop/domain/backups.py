"""Which backups to keep: recent ones all, older ones thinned to one a day, a week, a month.

The rule (after Anki's): keep the newest ``KEEP_NEWEST``; and the newest of each calendar day
for the last ``KEEP_DAYS`` days; of each ISO week (Monday to Sunday) for the last
``KEEP_WEEKS`` weeks; of each month for the last ``KEEP_MONTHS`` months. Everything else goes.
"The last 14 days" counts today as the first of them, and so for weeks and months.

Days, weeks and months are those of the times as given (the backups' times are UTC). Pure:
no clock, no files; ``storage/backup.py`` applies it to the files.
"""

from collections.abc import Iterable, Sequence
from datetime import date, datetime, timedelta

KEEP_NEWEST = 10
KEEP_DAYS = 14
KEEP_WEEKS = 8
KEEP_MONTHS = 12
# The most backups the rule can keep: the newest ones, then one per day, week and month.
MOST_KEPT = KEEP_NEWEST + KEEP_DAYS + KEEP_WEEKS + KEEP_MONTHS


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _newest_per_bucket(times: Iterable[datetime], bucket_of: dict[datetime, int]) -> set[datetime]:
    """The newest time of each bucket (times without a bucket are left out)."""
    newest: dict[int, datetime] = {}
    for moment in times:
        bucket = bucket_of.get(moment)
        if bucket is not None and (bucket not in newest or moment > newest[bucket]):
            newest[bucket] = moment
    return set(newest.values())


def keep(times: Sequence[datetime], now: datetime) -> set[datetime]:
    """The times, of ``times``, whose backups are kept at ``now``; the others may be deleted.

    The newest time is always kept, never more than ``MOST_KEPT`` are, and applying the rule
    to what it kept keeps all of it. Times after ``now`` (a clock that was wrong) only count
    among the newest. All times must be aware or all naive, like ``now``.
    """
    distinct = sorted(set(times), reverse=True)
    kept = set(distinct[:KEEP_NEWEST])
    today = now.date()
    days: dict[datetime, int] = {}
    weeks: dict[datetime, int] = {}
    months: dict[datetime, int] = {}
    for moment in distinct:
        day = moment.date()
        days_ago = (today - day).days
        if 0 <= days_ago < KEEP_DAYS:
            days[moment] = days_ago
        weeks_ago = (_monday(today) - _monday(day)).days // 7
        if 0 <= weeks_ago < KEEP_WEEKS:
            weeks[moment] = weeks_ago
        months_ago = (today.year * 12 + today.month) - (day.year * 12 + day.month)
        if 0 <= months_ago < KEEP_MONTHS:
            months[moment] = months_ago
    for buckets in (days, weeks, months):
        kept |= _newest_per_bucket(distinct, buckets)
    return kept
