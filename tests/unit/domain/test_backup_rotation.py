"""The backup rotation rule: the newest 10, then one a day, a week and a month.

The worked examples count the buckets by hand; the properties hold for any set of times.
"""

from datetime import UTC, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from mbc_desktop.domain.backups import (
    KEEP_DAYS,
    KEEP_MONTHS,
    KEEP_NEWEST,
    KEEP_WEEKS,
    MOST_KEPT,
    keep,
)

# A Wednesday.
NOW = datetime(2026, 11, 25, 18, 30, tzinfo=UTC)


def test_the_limits_are_those_of_the_issue() -> None:
    assert (KEEP_NEWEST, KEEP_DAYS, KEEP_WEEKS, KEEP_MONTHS) == (10, 14, 8, 12)
    assert MOST_KEPT == 44


def test_nothing_to_keep() -> None:
    assert keep([], NOW) == set()


def test_ten_or_fewer_are_all_kept_however_old() -> None:
    times = [NOW - timedelta(days=400 * n) for n in range(10)]
    assert keep(times, NOW) == set(times)


def test_every_half_hour_today_keeps_the_newest_ten_only() -> None:
    times = [NOW - timedelta(minutes=30 * n) for n in range(30)]  # all on 25 November
    assert keep(times, NOW) == set(times[:10])


def test_a_year_of_daily_backups_by_hand() -> None:
    # One at 09:00 UTC every day from 26 Nov 2025 to 25 Nov 2026 (365 days).
    times = [datetime(2026, 11, 25, 9, tzinfo=UTC) - timedelta(days=n) for n in range(365)]
    kept = keep(times, NOW)
    days = sorted({moment.date().isoformat() for moment in kept})
    # The newest 10: 16–25 Nov; 14 days: 12–25 Nov; so 12–25 Nov (14 days).
    # Weeks (Monday to Sunday), newest of each: the Sundays 22, 15, 8, 1 Nov, 25 Oct, 18 Oct,
    # 11 Oct (the current week's newest is 25 Nov): eight weeks. Months: November 2026 (its
    # newest is today's) and the eleven before, so the last day of Dec 2025…Oct 2026; November
    # 2025 is the thirteenth month and goes.
    expected = [f"2026-11-{day:02d}" for day in range(12, 26)]
    expected += ["2026-11-08", "2026-11-01", "2026-10-25", "2026-10-18", "2026-10-11"]
    expected += ["2025-12-31", "2026-01-31", "2026-02-28", "2026-03-31"]
    expected += ["2026-04-30", "2026-05-31", "2026-06-30", "2026-07-31", "2026-08-31"]
    expected += ["2026-09-30", "2026-10-31"]
    assert days == sorted(set(expected))
    assert len(kept) == len(set(expected)) == 30


def test_the_newest_of_a_day_is_kept_not_an_earlier_one() -> None:
    # Eleven today (so the tenth newest is today too), and two five days ago.
    today = [NOW - timedelta(minutes=n) for n in range(11)]
    earlier, later = NOW - timedelta(days=5, hours=3), NOW - timedelta(days=5, hours=1)
    kept = keep([*today, earlier, later], NOW)
    assert later in kept
    assert earlier not in kept


def test_a_time_after_now_is_kept_as_one_of_the_newest() -> None:
    future = NOW + timedelta(days=3)
    times = [future, *(NOW - timedelta(hours=n) for n in range(40))]
    assert future in keep(times, NOW)


def test_old_ones_beyond_a_year_go_once_there_are_enough_newer() -> None:
    old = NOW - timedelta(days=800)
    times = [old, *(NOW - timedelta(minutes=n) for n in range(10))]
    assert old not in keep(times, NOW)


moments = st.datetimes(
    min_value=datetime(2023, 1, 1), max_value=datetime(2027, 12, 31), timezones=st.just(UTC)
)


@given(st.lists(moments, max_size=300), moments)
def test_properties_of_the_rule(times: list[datetime], now: datetime) -> None:
    kept = keep(times, now)
    assert kept <= set(times)
    assert len(kept) <= MOST_KEPT
    if times:
        assert max(times) in kept
    # The newest ten (or all, if fewer) are always there.
    assert set(sorted(set(times), reverse=True)[:KEEP_NEWEST]) <= kept
    # Idempotent: rotating what is left removes nothing more.
    assert keep(sorted(kept), now) == kept


@given(st.lists(moments, min_size=1, max_size=200), moments)
def test_the_newest_of_each_recent_day_is_kept(times: list[datetime], now: datetime) -> None:
    kept = keep(times, now)
    for moment in times:
        days_ago = (now.date() - moment.date()).days
        newest_that_day = max(t for t in times if t.date() == moment.date())
        if 0 <= days_ago < KEEP_DAYS:
            assert newest_that_day in kept
