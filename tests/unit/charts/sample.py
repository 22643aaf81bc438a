"""Made-up but realistic scores for chart tests: a year of pain drifting from about 2 to 6,
with day-to-day noise, skipped days and a gap of three weeks, and three appointments."""

import random
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from mbc_desktop.charts import TrendChart

ZONE = ZoneInfo("America/New_York")
NOW = datetime(2026, 11, 27, 14, 30, tzinfo=ZONE)
YEAR_START = datetime(2025, 11, 27, 0, 0, tzinfo=ZONE)
APPOINTMENTS = (
    datetime(2026, 3, 10, 9, 0, tzinfo=ZONE),
    datetime(2026, 7, 21, 10, 30, tzinfo=ZONE),
    datetime(2026, 11, 3, 8, 45, tzinfo=ZONE),
)
GAP = (datetime(2026, 5, 1, tzinfo=ZONE), datetime(2026, 5, 22, tzinfo=ZONE))


def year_of_scores(seed: int = 3) -> tuple[tuple[datetime, int], ...]:
    chance = random.Random(seed)
    points = []
    day = YEAR_START + timedelta(hours=20)
    while day < NOW:
        if chance.random() < 0.75 and not GAP[0] <= day < GAP[1]:
            fraction = (day - YEAR_START) / (NOW - YEAR_START)
            score = round(2 + 4 * fraction + chance.gauss(0, 1))
            points.append((day.astimezone(UTC), max(0, min(10, score))))
        day += timedelta(days=1)
    return tuple(points)


def pain(
    start: datetime = YEAR_START,
    end: datetime = NOW,
    points: tuple[tuple[datetime, int], ...] | None = None,
    appointments: tuple[datetime, ...] = APPOINTMENTS,
    zone: ZoneInfo = ZONE,
) -> TrendChart:
    return TrendChart(
        title="Pain",
        low_label="No Pain",
        high_label="Worst Possible Pain",
        start=start,
        end=end,
        points=year_of_scores() if points is None else points,
        appointments=appointments,
        zone=zone,
    )
