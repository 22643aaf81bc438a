"""Render symptom trend charts to PNG files, to look at after a change to the chart.

    .venv/bin/python scripts/render_trends.py OUT_DIR [--language es] [--only TEXT]

Two and a half years of realistic made-up scores (pain drifting from about 2 to 6 over the
last year, with noise, skipped days and a three-week gap; an appointment about every four
weeks) are drawn over each span the Symptoms area offers (two weeks, since the last
appointment, three months, a year, all), at 100 % and 200 % text, on screen in the light, dark
and high-contrast themes (painted by the real TrendView) and in print black and white.
A few odd cases follow: the longest ESAS-r words in a narrow chart and in the view at its
minimum size, one score, no scores, a short span. Files are named
SYMPTOM-SPAN-TEXT-STYLE.png. Runs offscreen; no journal is used.
"""

import argparse
import math
import os
import random
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

ZONE = ZoneInfo("America/New_York")
NOW = datetime(2026, 11, 27, 14, 30, tzinfo=ZONE)
WIDTH = 760  # about the width an area has in a 1024×700 window
NARROW = 420
STYLES = ("light", "dark", "high-contrast", "print")
SCALES = (1.0, 2.0)


def sample_scores(seed: int = 8) -> tuple[tuple[datetime, int], ...]:
    """Check-ins on most evenings for 30 months: pain about 2 until a year ago, then drifting
    up to about 6, with day-to-day noise, skipped days and three weeks without any."""
    chance = random.Random(seed)
    first = NOW - timedelta(days=900)
    gap_from, gap_to = NOW - timedelta(days=200), NOW - timedelta(days=179)
    points = []
    day = first
    while day < NOW - timedelta(hours=3):
        if chance.random() < 0.72 and not gap_from <= day < gap_to:
            days_before = (NOW - day).days
            trend = 2.0 if days_before > 365 else 2.0 + 4.0 * (365 - days_before) / 365
            wave = 0.8 * math.sin(days_before / 9)  # worse in the week after each treatment
            score = round(trend + wave + chance.gauss(0, 0.9))
            at = day.replace(hour=20, minute=chance.randrange(0, 60))
            points.append((at.astimezone(UTC), max(0, min(10, score))))
        day += timedelta(days=1)
    return tuple(points)


def sample_appointments() -> tuple[datetime, ...]:
    """Every 28 days (one moved by two days), the last one 4 days ago, and the next coming."""
    last = datetime(2026, 11, 23, 9, 30, tzinfo=ZONE)
    visits = [last - timedelta(days=28 * n) for n in range(33)]
    visits[3] += timedelta(days=2)
    visits.append(last + timedelta(days=28))  # in the future: not marked
    return tuple(v.astimezone(UTC) for v in visits)


def main(out: Path, language: str, only: str | None) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QApplication

    from mbc_desktop.charts import ChartStyle, TrendChart, describe, render_image
    from mbc_desktop.domain.symptom_figures import TrendSpan, span_start
    from mbc_desktop.domain.symptoms import ESAS_R_BY_ITEM, EsasItem
    from mbc_desktop.ui.application import make_application
    from mbc_desktop.ui.common.theme import THEMES, apply_theme
    from mbc_desktop.ui.common.trend_view import TrendView
    from mbc_desktop.words.i18n import use_language

    app = make_application()
    use_language(language)
    base = QFont(QApplication.font())
    out.mkdir(parents=True, exist_ok=True)
    points = sample_scores()
    appointments = sample_appointments()
    last_visit = max(a for a in appointments if a <= NOW)
    written: list[Path] = []
    descriptions: list[str] = []

    def chart_for(item: EsasItem, span: TrendSpan) -> TrendChart:
        scale = ESAS_R_BY_ITEM[item]
        start = span_start(
            span, NOW, ZONE, last_appointment=last_visit, first_reading=min(p[0] for p in points)
        )
        assert start is not None
        return TrendChart(
            title=scale.name,
            low_label=scale.low,
            high_label=scale.high,
            start=start,
            end=NOW,
            points=points,
            appointments=appointments,
            zone=ZONE,
        )

    def save(
        name: str,
        chart: TrendChart | None,
        width: int,
        text: float,
        style: str,
        smallest: bool = False,
    ) -> None:
        if only and only not in name:
            return
        font = QFont(base)
        font.setPointSizeF(base.pointSizeF() * text)
        QApplication.setFont(font)
        path = out / f"{name}.png"
        if style == "print":
            assert chart is not None
            view_height = TrendView.HINT_LINES * _line_spacing(font)
            image = render_image(
                chart, QSize(width, view_height), ChartStyle.for_print(font, show_title=True), 2.0
            )
            image.save(str(path))
        else:
            apply_theme(app, next(t for t in THEMES if t.name == style))
            view = TrendView()
            view.set_empty_text("No check-ins in these two weeks yet.")
            view.set_chart(chart)
            hint = view.minimumSizeHint() if smallest else view.sizeHint()
            width = hint.width() if smallest else width
            height = view.heightForWidth(width) if chart is None else hint.height()
            view.resize(width, height)
            view.grab().save(str(path))
            view.deleteLater()
        written.append(path)
        if chart is not None:
            descriptions.append(f"{name}: {describe(chart)}")

    for span in TrendSpan:
        chart = chart_for(EsasItem.PAIN, span)
        for text in SCALES:
            for style in STYLES:
                save(f"pain-{span.value}-{round(text * 100)}-{style}", chart, WIDTH, text, style)

    breath = chart_for(EsasItem.SHORTNESS_OF_BREATH, TrendSpan.YEAR)
    for text in SCALES:
        save(f"breath-year-narrow-{round(text * 100)}-light", breath, NARROW, text, "light")
        save(f"breath-year-narrow-{round(text * 100)}-print", breath, NARROW, text, "print")
    pain = chart_for(EsasItem.PAIN, TrendSpan.TWO_WEEKS)
    one = TrendChart(
        pain.title, pain.low_label, pain.high_label, pain.start, pain.end, (points[-1],), (), ZONE
    )
    none = TrendChart(pain.title, pain.low_label, pain.high_label, pain.start, pain.end, (), ())
    short = TrendChart(
        pain.title,
        pain.low_label,
        pain.high_label,
        NOW - timedelta(hours=5),
        NOW,
        points,
        appointments,
        ZONE,
    )
    for text in SCALES:
        label = round(text * 100)
        save(f"pain-one-score-{label}-light", one, WIDTH, text, "light")
        save(f"pain-no-scores-{label}-light", none, WIDTH, text, "light")
        save(f"pain-five-hours-{label}-light", short, WIDTH, text, "light")
        save(f"pain-empty-view-{label}-light", None, WIDTH, text, "light")
        save(f"breath-year-smallest-{label}-light", breath, 0, text, "light", smallest=True)

    QApplication.setFont(base)
    (out / "descriptions.txt").write_text("\n".join(descriptions) + "\n", encoding="utf-8")
    print(f"{len(written)} images in {out}")


def _line_spacing(font: object) -> int:
    from PySide6.QtGui import QFont, QFontMetrics

    assert isinstance(font, QFont)
    return QFontMetrics(font).lineSpacing()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--language", default="en", choices=("en", "es"))
    parser.add_argument("--only", help="only the files whose name contains this")
    arguments = parser.parse_args()
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
    main(arguments.out, arguments.language, arguments.only)
