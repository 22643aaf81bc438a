"""The figures a symptom's history gives, against values worked out by hand.

Every expected number below was computed on paper from the readings written next to it, never
by the code under test: averages and changes are exact fractions, spans are half-open
``[start, end)``, and the calendar spans start at the person's local midnight whatever the clock
did in between (daylight saving in New York and Madrid included).
"""

from datetime import UTC, datetime, timedelta
from fractions import Fraction
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mbc_desktop.domain.symptom_figures import (
    WORSENED_BY,
    Reading,
    SpanFigures,
    SymptomFigures,
    TrendSpan,
    compare,
    span_figures,
    span_start,
)

NEW_YORK = ZoneInfo("America/New_York")
MADRID = ZoneInfo("Europe/Madrid")

# A week-long span, and the week before it.
START = datetime(2026, 3, 10, 0, 0, tzinfo=UTC)
END = datetime(2026, 3, 17, 0, 0, tzinfo=UTC)
BEFORE = datetime(2026, 3, 3, 0, 0, tzinfo=UTC)
MICROSECOND = timedelta(microseconds=1)


def reading(day: int, score: int, hour: int = 9, check_in_id: int = 0) -> Reading:
    """A score given on ``day`` March 2026 at ``hour`` UTC."""
    return Reading(datetime(2026, 3, day, hour, tzinfo=UTC), score, check_in_id)


def scores_in_current(*scores: int) -> list[Reading]:
    """Readings in [START, END) with these scores, one a day from 10 March (more than seven
    wrap round to the same days at later hours)."""
    return [reading(10 + n % 7, s, hour=1 + n // 7) for n, s in enumerate(scores)]


def scores_in_before(*scores: int) -> list[Reading]:
    """Readings in [BEFORE, START) with these scores, one a day from 3 March."""
    return [reading(3 + n % 7, s, hour=1 + n // 7) for n, s in enumerate(scores)]


# --- one span --------------------------------------------------------------------------------


def test_an_empty_span_has_no_figures() -> None:
    figures = span_figures([], START, END)

    assert figures == SpanFigures(START, END, count=0, total=0, latest=None, worst=None)
    assert figures.average is None


def test_readings_outside_the_span_leave_it_empty() -> None:
    figures = span_figures([reading(9, 7), reading(17, 8)], START, END)

    assert (figures.count, figures.total, figures.latest, figures.worst) == (0, 0, None, None)
    assert figures.average is None


def test_a_single_reading_is_the_latest_the_worst_and_the_average() -> None:
    only = reading(12, 6, check_in_id=4)

    figures = span_figures([only], START, END)

    assert (figures.count, figures.total) == (1, 6)
    assert figures.latest == only
    assert figures.worst == only
    assert figures.average == Fraction(6)


def test_a_single_zero_is_a_reading_not_a_missing_one() -> None:
    figures = span_figures([reading(12, 0)], START, END)

    assert figures.count == 1
    assert figures.average == Fraction(0)
    assert figures.worst == reading(12, 0)


def test_the_average_is_exact() -> None:
    # 2 + 2 + 3 = 7 over 3 readings: 7/3, not 2.333…
    figures = span_figures(scores_in_current(2, 2, 3), START, END)

    assert figures.average == Fraction(7, 3)
    assert (figures.count, figures.total) == (3, 7)


def test_latest_and_worst_are_found_whatever_the_order() -> None:
    first = reading(10, 3)
    worst = reading(12, 9)
    last = reading(15, 5)

    for order in ([first, worst, last], [last, first, worst], [worst, last, first]):
        figures = span_figures(order, START, END)
        assert figures.latest == last
        assert figures.worst == worst
        assert figures.average == Fraction(17, 3)


def test_of_equally_bad_readings_the_most_recent_is_the_worst() -> None:
    early = reading(11, 8, check_in_id=1)
    later = reading(14, 8, check_in_id=2)
    milder = reading(15, 4, check_in_id=3)

    figures = span_figures([later, milder, early], START, END)

    assert figures.worst == later
    assert figures.latest == milder


def test_two_readings_at_the_same_moment_are_told_apart_by_the_later_check_in() -> None:
    # Two check-ins saved for the same minute: the one saved last counts as the latest.
    first = reading(12, 5, check_in_id=7)
    second = reading(12, 5, check_in_id=8)

    for order in ([first, second], [second, first]):
        figures = span_figures(order, START, END)
        assert figures.latest == second
        assert figures.worst == second


def test_a_reading_exactly_at_the_start_is_in_the_span_one_at_the_end_is_not() -> None:
    at_start = Reading(START, 4, 1)
    just_before_end = Reading(END - MICROSECOND, 6, 2)
    at_end = Reading(END, 10, 3)
    just_before_start = Reading(START - MICROSECOND, 10, 4)

    figures = span_figures([just_before_start, at_start, just_before_end, at_end], START, END)

    assert (figures.count, figures.total) == (2, 10)
    assert figures.latest == just_before_end
    assert figures.worst == just_before_end
    assert figures.average == Fraction(5)


def test_times_in_different_zones_are_compared_as_instants() -> None:
    # 10 March 2026, 19:30 in New York (EDT, UTC-4) is 23:30 UTC: inside a span that starts
    # at 23:00 UTC, although its wall-clock hour is earlier.
    start = datetime(2026, 3, 10, 23, 0, tzinfo=UTC)
    evening_in_new_york = Reading(datetime(2026, 3, 10, 19, 30, tzinfo=NEW_YORK), 7)
    # 10 March, 23:45 in Madrid (CET, UTC+1) is 22:45 UTC: before it.
    late_in_madrid = Reading(datetime(2026, 3, 10, 23, 45, tzinfo=MADRID), 9)

    figures = span_figures([evening_in_new_york, late_in_madrid], start, END)

    assert figures.count == 1
    assert figures.latest == evening_in_new_york


# --- a span against the one before ---------------------------------------------------------


def test_compare_with_no_readings_at_all() -> None:
    figures = compare([], START, END)

    assert figures.current.count == 0
    assert figures.before.count == 0
    assert figures.change is None
    assert not figures.worsened


def test_the_span_before_has_the_same_length_and_ends_where_this_one_starts() -> None:
    figures = compare([], START, END)

    assert (figures.current.start, figures.current.end) == (START, END)
    assert (figures.before.start, figures.before.end) == (BEFORE, START)


def test_without_readings_before_there_is_no_change_and_no_flag() -> None:
    # Ten out of ten all week, but nothing to compare it with: nothing is flagged.
    figures = compare(scores_in_current(10, 10, 10), START, END)

    assert figures.current.average == Fraction(10)
    assert figures.before.average is None
    assert figures.change is None
    assert not figures.worsened


def test_without_readings_now_there_is_no_change() -> None:
    figures = compare(scores_in_before(1, 2), START, END)

    assert figures.current.count == 0
    assert figures.before.average == Fraction(3, 2)
    assert figures.change is None
    assert not figures.worsened


def test_a_worsening_of_exactly_two_points_is_flagged() -> None:
    # Now 3, 4, 4: 11/3. Before 1, 2, 2: 5/3. The change is 6/3 = 2 exactly; in floating
    # point 11/3 - 5/3 comes out as 1.9999999999999998 and would be missed.
    figures = compare(scores_in_current(3, 4, 4) + scores_in_before(1, 2, 2), START, END)

    assert figures.current.average == Fraction(11, 3)
    assert figures.before.average == Fraction(5, 3)
    assert figures.change == Fraction(2)
    assert WORSENED_BY == 2
    assert figures.worsened
    assert 11 / 3 - 5 / 3 < 2  # why the figures are fractions


def test_a_worsening_just_under_two_points_is_not_flagged() -> None:
    # Now ten readings adding up to 41 (4.1); before nine adding up to 19 (2.111…).
    # 41/10 - 19/9 = (369 - 190)/90 = 179/90 = 1.988…
    current = scores_in_current(4, 4, 4, 4, 4, 4, 4, 4, 4, 5)
    before = scores_in_before(2, 2, 2, 2, 2, 2, 2, 2, 3)
    assert sum(r.score for r in current) == 41
    assert sum(r.score for r in before) == 19

    figures = compare(current + before, START, END)

    assert figures.change == Fraction(179, 90)
    assert not figures.worsened


def test_a_worsening_of_more_than_two_points_is_flagged() -> None:
    # Now 7 and 8: 15/2. Before 2, 3, 4: 3. Change 9/2.
    figures = compare(scores_in_current(7, 8) + scores_in_before(2, 3, 4), START, END)

    assert figures.change == Fraction(9, 2)
    assert figures.worsened


@pytest.mark.parametrize(
    ("now", "then", "change"),
    [
        pytest.param((2, 2), (8, 8), Fraction(-6), id="much better"),
        pytest.param((3, 4, 4), (5, 6, 6), Fraction(-2), id="better by exactly 2"),
        pytest.param((5,), (5, 5), Fraction(0), id="the same"),
    ],
)
def test_an_improvement_or_no_change_is_never_flagged(
    now: tuple[int, ...], then: tuple[int, ...], change: Fraction
) -> None:
    figures = compare(scores_in_current(*now) + scores_in_before(*then), START, END)

    assert figures.change == change
    assert not figures.worsened


def test_wellbeing_is_worse_when_higher_too() -> None:
    # On the ESAS-r, wellbeing runs from 0 "Best Wellbeing" to 10 "Worst Possible Wellbeing":
    # going from 2 to 5 is feeling worse, and flagged like any other scale.
    figures = compare(scores_in_current(5, 5) + scores_in_before(2, 2), START, END)

    assert figures.change == Fraction(3)
    assert figures.worsened


def test_readings_on_the_edges_of_both_spans() -> None:
    at_start_of_before = Reading(BEFORE, 1, 1)  # the first instant of "before"
    too_early = Reading(BEFORE - MICROSECOND, 10, 2)  # in neither span
    last_of_before = Reading(START - MICROSECOND, 3, 3)  # the last instant of "before"
    at_start = Reading(START, 5, 4)  # the first instant of "current"
    at_end = Reading(END, 10, 5)  # after "current": in neither span

    figures = compare([at_end, at_start, last_of_before, too_early, at_start_of_before], START, END)

    assert figures.before.count == 2
    assert figures.before.average == Fraction(2)  # (1 + 3) / 2
    assert figures.before.worst == last_of_before
    assert figures.before.latest == last_of_before
    assert figures.current.count == 1
    assert figures.current.latest == at_start
    assert figures.change == Fraction(3)
    assert figures.worsened


def test_the_worst_reading_of_the_span_keeps_its_date() -> None:
    figures = compare(
        [reading(11, 9, hour=22, check_in_id=2), reading(13, 4, check_in_id=3)], START, END
    )

    assert figures.current.worst is not None
    assert figures.current.worst.at == datetime(2026, 3, 11, 22, tzinfo=UTC)
    assert figures.current.worst.check_in_id == 2


@pytest.mark.parametrize("end", [START, START - MICROSECOND])
def test_a_span_must_end_after_it_starts(end: datetime) -> None:
    with pytest.raises(ValueError, match="end after it starts"):
        compare([], START, end)


def test_figures_compare_equal_when_built_from_the_same_readings() -> None:
    readings = scores_in_current(1, 2) + scores_in_before(3)

    assert compare(readings, START, END) == compare(list(reversed(readings)), START, END)
    assert isinstance(compare(readings, START, END), SymptomFigures)


# --- where the trend spans start ------------------------------------------------------------


def utc(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=UTC)


@pytest.mark.parametrize(
    ("now", "zone", "start"),
    [
        # Today, 20 March, and the 13 days before: from 7 March at midnight.
        pytest.param(utc(2026, 3, 20, 15, 0), UTC, utc(2026, 3, 7, 0, 0), id="UTC"),
        # The first instant of the day is its own day.
        pytest.param(utc(2026, 3, 20, 0, 0), UTC, utc(2026, 3, 7, 0, 0), id="UTC at midnight"),
        pytest.param(
            utc(2026, 3, 20, 23, 59, 59, 999999), UTC, utc(2026, 3, 7), id="UTC just before"
        ),
        # New York springs forward on 8 March 2026. Now is 20 March, 10:00 EDT (14:00 UTC);
        # 7 March is still on EST (UTC-5), so its midnight is 05:00 UTC, not 04:00.
        pytest.param(
            utc(2026, 3, 20, 14, 0), NEW_YORK, utc(2026, 3, 7, 5, 0), id="New York, spring"
        ),
        # 21 March, 02:00 UTC is still 20 March, 22:00 in New York: the person's today is
        # the 20th, so the span starts on the 7th (in UTC it would be the 8th).
        pytest.param(
            utc(2026, 3, 21, 2, 0), NEW_YORK, utc(2026, 3, 7, 5, 0), id="New York, evening"
        ),
        # From 21 March (EDT) back to 8 March itself: midnight there is before the 2 AM
        # change, on EST: 05:00 UTC.
        pytest.param(
            utc(2026, 3, 21, 16, 0), NEW_YORK, utc(2026, 3, 8, 5, 0), id="New York, DST day"
        ),
        # New York falls back on 1 November 2026. Now is 10 November, 12:00 EST (17:00 UTC);
        # 28 October is on EDT (UTC-4): its midnight is 04:00 UTC.
        pytest.param(
            utc(2026, 11, 10, 17, 0), NEW_YORK, utc(2026, 10, 28, 4, 0), id="New York, autumn"
        ),
        # Madrid springs forward on 29 March 2026. Now is 5 April, 12:00 CEST (10:00 UTC);
        # 23 March is on CET (UTC+1): its midnight is 22 March, 23:00 UTC.
        pytest.param(utc(2026, 4, 5, 10, 0), MADRID, utc(2026, 3, 22, 23, 0), id="Madrid, spring"),
        # Madrid falls back on 25 October 2026. Now is 1 November, 09:00 CET (08:00 UTC);
        # 19 October is on CEST (UTC+2): its midnight is 18 October, 22:00 UTC.
        pytest.param(utc(2026, 11, 1, 8, 0), MADRID, utc(2026, 10, 18, 22, 0), id="Madrid, autumn"),
        # 31 December, 23:30 UTC is already 1 January 2027 (00:30 CET) in Madrid.
        pytest.param(
            utc(2026, 12, 31, 23, 30), MADRID, utc(2026, 12, 18, 23, 0), id="Madrid, new year"
        ),
    ],
)
def test_two_weeks_start_at_local_midnight_thirteen_days_back(
    now: datetime, zone: ZoneInfo, start: datetime
) -> None:
    found = span_start(TrendSpan.TWO_WEEKS, now, zone)

    assert found == start
    assert found is not None
    assert found.utcoffset() == timedelta(0)
    assert found.astimezone(zone).time() == datetime.min.time()


@pytest.mark.parametrize(
    ("span", "now", "zone", "start"),
    [
        # 31 May back three months: February is shorter, so its last day, 28 February 2026
        # (CET, UTC+1): 27 February, 23:00 UTC.
        pytest.param(
            TrendSpan.THREE_MONTHS,
            utc(2026, 5, 31, 10, 0),
            MADRID,
            utc(2026, 2, 27, 23, 0),
            id="31 May to 28 Feb",
        ),
        # 2028 is a leap year: 29 February.
        pytest.param(
            TrendSpan.THREE_MONTHS,
            utc(2028, 5, 31, 10, 0),
            MADRID,
            utc(2028, 2, 28, 23, 0),
            id="31 May to 29 Feb (leap year)",
        ),
        # Across New Year: 15 January 2026 back to 15 October 2025 (EDT, UTC-4).
        pytest.param(
            TrendSpan.THREE_MONTHS,
            utc(2026, 1, 15, 17, 0),
            NEW_YORK,
            utc(2025, 10, 15, 4, 0),
            id="across the new year",
        ),
        # Now on summer time (15 June, EDT), the start on summer time too (15 March 2026 is
        # after 8 March): 04:00 UTC.
        pytest.param(
            TrendSpan.THREE_MONTHS,
            utc(2026, 6, 15, 16, 0),
            NEW_YORK,
            utc(2026, 3, 15, 4, 0),
            id="New York, both on EDT",
        ),
        # Now 8 March, the day New York springs forward (noon EDT = 16:00 UTC); 8 December
        # 2025 is on EST: 05:00 UTC.
        pytest.param(
            TrendSpan.THREE_MONTHS,
            utc(2026, 3, 8, 16, 0),
            NEW_YORK,
            utc(2025, 12, 8, 5, 0),
            id="New York, on the DST day",
        ),
        # 31 March back three months is 31 December: no clamping needed.
        pytest.param(
            TrendSpan.THREE_MONTHS,
            utc(2026, 3, 31, 12, 0),
            UTC,
            utc(2025, 12, 31, 0, 0),
            id="31 Mar to 31 Dec",
        ),
        # A year back from 29 February 2028: 28 February 2027 (CET): 27 February, 23:00 UTC.
        pytest.param(
            TrendSpan.YEAR,
            utc(2028, 2, 29, 12, 0),
            MADRID,
            utc(2027, 2, 27, 23, 0),
            id="29 Feb to 28 Feb",
        ),
        # Madrid on the day of its spring change (29 March 2026, 10:00 CEST = 08:00 UTC) back
        # to 29 March 2025, still on CET: 28 March, 23:00 UTC.
        pytest.param(
            TrendSpan.YEAR,
            utc(2026, 3, 29, 8, 0),
            MADRID,
            utc(2025, 3, 28, 23, 0),
            id="Madrid, on the DST day",
        ),
        # Madrid, 26 October 2026 (CET) back to 26 October 2025, the day Madrid fell back
        # that year (at 3 AM): its midnight was still on CEST (UTC+2), 25 October, 22:00 UTC.
        pytest.param(
            TrendSpan.YEAR,
            utc(2026, 10, 26, 9, 0),
            MADRID,
            utc(2025, 10, 25, 22, 0),
            id="Madrid, back to a fall-back day",
        ),
        # 1 November 2026 in New York (fell back at 2 AM, now EST) back to 1 November 2025,
        # still on EDT (that year's change came on the 2nd): midnight was 04:00 UTC.
        pytest.param(
            TrendSpan.YEAR,
            utc(2026, 11, 1, 15, 0),
            NEW_YORK,
            utc(2025, 11, 1, 4, 0),
            id="New York, fall-back day",
        ),
    ],
)
def test_months_and_years_go_back_to_the_same_date_at_local_midnight(
    span: TrendSpan, now: datetime, zone: ZoneInfo, start: datetime
) -> None:
    found = span_start(span, now, zone)

    assert found == start
    assert found is not None
    assert found.utcoffset() == timedelta(0)


def test_a_day_that_begins_at_1_am_starts_at_its_first_instant() -> None:
    # Santiago springs forward at midnight: on 6 September 2026 the clocks go from 23:59:59
    # (UTC-4) on the 5th straight to 01:00 (UTC-3) on the 6th. That day has no midnight; it
    # starts at 01:00 -03, 04:00 UTC. Now is 19 September, noon (15:00 UTC).
    santiago = ZoneInfo("America/Santiago")

    found = span_start(TrendSpan.TWO_WEEKS, utc(2026, 9, 19, 15, 0), santiago)

    assert found == utc(2026, 9, 6, 4, 0)
    assert found is not None
    assert found.astimezone(santiago).hour == 1
    assert (found - MICROSECOND).astimezone(santiago).day == 5


def test_since_the_last_appointment_starts_when_it_started() -> None:
    visit = datetime(2026, 3, 3, 9, 30, tzinfo=NEW_YORK)
    now = utc(2026, 3, 20, 12)

    assert span_start(TrendSpan.SINCE_LAST_APPOINTMENT, now, NEW_YORK) is None
    assert span_start(TrendSpan.SINCE_LAST_APPOINTMENT, now, UTC, last_appointment=visit) == (
        utc(2026, 3, 3, 14, 30)
    )


def test_all_starts_at_the_first_reading() -> None:
    first = utc(2025, 7, 4, 8, 15, 0)
    now = utc(2026, 3, 20, 12)

    assert span_start(TrendSpan.ALL, now, MADRID) is None
    assert span_start(TrendSpan.ALL, now, MADRID, first_reading=first) == first


def test_the_other_spans_ignore_the_appointment_and_the_first_reading() -> None:
    now = utc(2026, 3, 20, 15)
    extra = {"last_appointment": utc(2020, 1, 1), "first_reading": utc(2019, 1, 1)}

    assert span_start(TrendSpan.TWO_WEEKS, now, UTC, **extra) == utc(2026, 3, 7)
    assert span_start(TrendSpan.THREE_MONTHS, now, UTC, **extra) == utc(2025, 12, 20)
    assert span_start(TrendSpan.YEAR, now, UTC, **extra) == utc(2025, 3, 20)


# --- properties ----------------------------------------------------------------------------

ORIGIN = datetime(2026, 1, 1, tzinfo=UTC)
SCORES = st.integers(min_value=0, max_value=10)
# Readings within 60 days of ORIGIN, to the second, from up to 30 check-ins.
READINGS = st.lists(
    st.builds(
        Reading,
        at=st.integers(0, 60 * 86400).map(lambda s: ORIGIN + timedelta(seconds=s)),
        score=SCORES,
        check_in_id=st.integers(1, 30),
    ),
    max_size=40,
)
OFFSETS = st.integers(0, 60 * 86400).map(lambda s: ORIGIN + timedelta(seconds=s))


@given(READINGS)
def test_the_average_lies_between_the_best_and_the_worst(readings: list[Reading]) -> None:
    end = ORIGIN + timedelta(days=61)
    figures = span_figures(readings, ORIGIN, end)

    assert figures.count == len(readings)
    if not readings:
        assert figures.average is None
        return
    assert figures.average is not None
    assert figures.worst is not None
    assert min(r.score for r in readings) <= figures.average <= figures.worst.score
    assert figures.worst.score == max(r.score for r in readings)
    assert figures.latest is not None
    assert figures.latest.at == max(r.at for r in readings)


@given(READINGS, OFFSETS, OFFSETS, OFFSETS)
def test_splitting_a_span_never_loses_or_repeats_a_reading(
    readings: list[Reading], a: datetime, b: datetime, c: datetime
) -> None:
    first, middle, last = sorted([a, b, c])
    whole = span_figures(readings, first, last)
    left = span_figures(readings, first, middle)
    right = span_figures(readings, middle, last)

    assert left.count + right.count == whole.count
    assert left.total + right.total == whole.total
    if whole.worst is not None:
        worst_of_halves = max(
            (f.worst for f in (left, right) if f.worst is not None),
            key=lambda r: (r.score, r.at, r.check_in_id),
        )
        assert worst_of_halves == whole.worst


@given(READINGS, OFFSETS, st.integers(1, 30 * 86400))
def test_current_and_before_share_no_reading_and_miss_none(
    readings: list[Reading], start: datetime, seconds: int
) -> None:
    length = timedelta(seconds=seconds)
    end = start + length
    figures = compare(readings, start, end)

    inside = [r for r in readings if start - length <= r.at < end]
    assert figures.before.count + figures.current.count == len(inside)
    assert figures.before.total + figures.current.total == sum(r.score for r in inside)
    # Every reading counted in "before" comes before every one counted now.
    if figures.before.latest is not None and figures.current.count:
        assert figures.before.latest.at < start


@given(READINGS, OFFSETS, st.integers(1, 30 * 86400))
def test_the_flag_is_the_change_reaching_two(
    readings: list[Reading], start: datetime, seconds: int
) -> None:
    figures = compare(readings, start, start + timedelta(seconds=seconds))

    change = figures.change
    if change is None:
        assert not figures.worsened
    else:
        now, then = figures.current.average, figures.before.average
        assert now is not None
        assert then is not None
        assert change == now - then
        assert figures.worsened == (change >= 2)


ZONES = st.sampled_from(
    [
        "UTC",
        "America/New_York",
        "Europe/Madrid",
        "America/Santiago",  # springs forward at midnight: some days begin at 1 AM
        "Australia/Sydney",
        "Asia/Kolkata",
        "Pacific/Chatham",  # UTC+12:45, with daylight saving
    ]
).map(ZoneInfo)
INSTANTS = st.datetimes(
    min_value=datetime(2020, 1, 1), max_value=datetime(2030, 12, 31), timezones=st.just(UTC)
)


def first_instant_of(found: datetime, zone: ZoneInfo) -> bool:
    """``found`` is the first instant of its local day: a microsecond earlier is the day
    before."""
    return (found - MICROSECOND).astimezone(zone).date() < found.astimezone(zone).date()


@given(INSTANTS, ZONES)
def test_two_weeks_always_start_at_the_first_instant_of_the_day_13_days_back(
    now: datetime, zone: ZoneInfo
) -> None:
    found = span_start(TrendSpan.TWO_WEEKS, now, zone)

    assert found is not None
    assert found.astimezone(zone).date() == now.astimezone(zone).date() - timedelta(days=13)
    assert first_instant_of(found, zone)
    assert found.utcoffset() == timedelta(0)


@given(INSTANTS, ZONES, st.sampled_from([(TrendSpan.THREE_MONTHS, 3), (TrendSpan.YEAR, 12)]))
def test_months_always_go_back_to_the_same_or_the_last_date_at_its_first_instant(
    now: datetime, zone: ZoneInfo, span_and_months: tuple[TrendSpan, int]
) -> None:
    span, months = span_and_months
    today = now.astimezone(zone).date()

    found = span_start(span, now, zone)

    assert found is not None
    day = found.astimezone(zone).date()
    assert (today.year * 12 + today.month) - (day.year * 12 + day.month) == months
    # The same day of the month, or the month's last day when it is shorter.
    assert day.day == today.day or (day.day < today.day and (day + timedelta(days=1)).day == 1)
    assert first_instant_of(found, zone)
