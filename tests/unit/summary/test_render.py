"""The summary's words on the page and in the message: what each section says (checked against
figures worked out by hand from ``sample``), which sections show, what the limits leave out and
say, the trend images, the plain text, and the person's text kept literal everywhere."""

import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import timedelta
from html import escape
from typing import Any

import pytest
from PySide6.QtCore import QLocale, QUrl
from PySide6.QtGui import QColor, QImage, QPainter, QTextDocument
from PySide6.QtWidgets import QApplication

from mbc_desktop.charts import paint_trend
from mbc_desktop.summary import html as summary_html
from mbc_desktop.summary import phrases, trend_images
from mbc_desktop.summary.html import HtmlMade, Limits, fill_document, shown_symptoms, to_html
from mbc_desktop.summary.model import (
    ALL_SECTIONS,
    RECORDS_TO_GATHER,
    Section,
    Summary,
    SymptomRow,
)
from mbc_desktop.summary.text import WIDTH, to_text
from mbc_desktop.summary.trend_images import (
    COMPACT,
    NORMAL,
    grey,
    trend_image,
    trend_name,
    trend_words,
)
from mbc_desktop.words.dates import zone
from mbc_desktop.words.medications import event_text
from tests.unit.summary import sample


@pytest.fixture(autouse=True)
def _english_dates(qapp: QApplication) -> Iterator[None]:
    """Dates as in US English; the default locale is put back after each test."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(before)


class RecordingDocument(QTextDocument):
    """A document that notes every resource it is asked to load (none should be: the trend
    images are added up front, and nothing else may be fetched)."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: list[str] = []

    def loadResource(self, kind: int, url: QUrl) -> object:
        self.asked.append(url.toString())
        return super().loadResource(kind, url)


def page_text(summary: Summary, *, compact: bool = False, limits: Limits | None = None) -> str:
    """What the page says: the HTML laid out by Qt and read back as plain text, one space
    for any run of whitespace."""
    document = QTextDocument()
    fill_document(document, summary, compact=compact, limits=limits)
    return " ".join(document.toPlainText().split())


IMAGE = "\ufffc"  # where an image stands in a document's plain text


def flat(text: str) -> str:
    return " ".join(text.split())


def row_text(summary: Summary, name: str, text: str) -> str:
    """The symptom row for ``name`` in the page's text, up to the next row's name."""
    names = [phrases.symptom_name(row, summary.zone_name) for row in summary.symptoms]
    start = text.index(name + " ")
    ends = [text.find(other + " ", start + len(name)) for other in names if other != name]
    ends = [end for end in ends if end > start]
    return text[start : min(ends, default=len(text))]


# --- sections ----------------------------------------------------------------------------------

TITLES = {
    Section.WHAT_MATTERS: "What matters most to me",
    Section.QUESTIONS: "My questions",
    Section.SYMPTOMS: "How I have been",
    Section.MEDICATIONS: "My medicines",
    Section.CANCER: "About my cancer",
    Section.NOTES: "Notes for the doctor",
}


def test_the_sections_come_in_the_models_order() -> None:
    text = page_text(sample.typical())
    places = [text.index(title) for title in TITLES.values()]
    assert places == sorted(places)
    assert text.startswith("Maria López · Appointment summary")


@pytest.mark.parametrize("left_out", list(Section))
def test_a_section_switched_off_is_not_on_the_page_or_in_the_text(left_out: Section) -> None:
    summary = replace(sample.typical(), sections=ALL_SECTIONS - {left_out})
    page, text = page_text(summary), flat(to_text(summary))
    for section, title in TITLES.items():
        assert (title in page) == (section != left_out)
        assert (title in text) == (section != left_out)
    header = "Appointment: Tuesday, December 15, 2026 · 9:30 AM · Dr. Ana Ortiz"
    assert (header in page) == (left_out != Section.HEADER)
    assert (header in text) == (left_out != Section.HEADER)


def test_the_header_says_who_when_where_when_made_and_what_it_covers() -> None:
    text = page_text(sample.typical())
    assert "Maria López · Appointment summary" in text
    assert (
        "Appointment: Tuesday, December 15, 2026 · 9:30 AM · Dr. Ana Ortiz · "
        "Lakeside Cancer Center, 2nd floor" in text
    )
    assert "Made on Dec 10, 2026 · Covers: since my last appointment on Nov 10, 2026" in text


def test_with_no_appointment_before_it_covers_the_last_30_days() -> None:
    summary = sample.without_previous(sample.typical())
    for text in (page_text(summary), flat(to_text(summary))):
        assert "Covers: the last 30 days" in text
        assert "In the last 30 days:" in text
        assert "Since my last appointment" not in text


@pytest.mark.parametrize("has_previous", [True, False])
def test_a_past_appointment_says_its_own_dates_not_the_last_30_days(has_previous: bool) -> None:
    # Made weeks after the period ended (a summary for a past appointment): the dates are
    # said, so no one reads the figures as the last few weeks'.
    typical = sample.typical()
    summary = typical if has_previous else sample.without_previous(typical)
    summary = replace(summary, made_at=summary.period.end + timedelta(days=25))
    where = zone(summary.zone_name)
    start = phrases.day_text(phrases.local_day(summary.period.start, where))
    end = phrases.day_text(phrases.local_day(summary.period.end, where))
    for text in (page_text(summary), flat(to_text(summary))):
        assert f"Covers: {start} to {end}" in text
        assert f"From {start} to {end}:" in text
        assert "the last 30 days" not in text
        assert "Since my last appointment" not in text


def test_with_no_name_and_no_appointment_the_header_still_reads() -> None:
    summary = replace(sample.typical(), name="", appointment=None)
    text = page_text(summary)
    assert text.startswith("Appointment summary No appointment is planned yet")


# --- questions ---------------------------------------------------------------------------------


def test_must_ask_come_first_then_want_to_ask_each_with_a_tick_box() -> None:
    summary = sample.typical()
    text = page_text(summary)
    places = [text.index(question.text) for question in summary.must_ask + summary.want_to_ask]
    assert places == sorted(places)
    assert text.index("Must ask") < places[0] < text.index("Want to ask") < places[4]
    for question in summary.must_ask + summary.want_to_ask:
        assert f"☐ {question.text}" in text
    # Each planned question has a ruled space to write on: a cell with a line under it.
    html = to_html(summary)
    assert html.count('class="write"') == len(summary.must_ask) + len(summary.want_to_ask)


def test_if_time_questions_run_on_in_one_paragraph() -> None:
    summary = sample.typical()
    joined = " · ".join(f"☐ {question.text}" for question in summary.if_time)
    document = QTextDocument()
    fill_document(document, summary)
    blocks = []
    block = document.begin()
    while block.isValid():
        blocks.append(block.text())
        block = block.next()
    assert joined in blocks


def test_a_carried_or_flagged_question_is_marked_in_words() -> None:
    text = page_text(sample.typical())
    assert (
        "Should the abemaciclib dose go down again because of the diarrhea? "
        "(carried over from Nov 10, 2026)" in text
    )
    assert (
        "What does the rise in my tumor marker mean? "
        "(⚑ asked about since Aug 18, 2026, carried over 3 times)" in text
    )


# --- symptoms ----------------------------------------------------------------------------------


def test_each_symptom_row_gives_latest_worst_and_change_as_worked_out_by_hand() -> None:
    summary = sample.typical()
    text = page_text(summary)
    # Pain: 2, 3, 2, 3 before (average 2.5); 3, 5, 6, 4, 7, 5 now (average 5): +2.5. The
    # 7 is the 5th of 6 readings spread over the period (Dec 2, 02:43 UTC: Dec 1 in Chicago).
    expected = {
        "Pain": ("5 (Dec 6)", "7 (Dec 1)", "+2.5 ▲ worse by 2+"),
        "Tiredness": ("6 (Dec 4)", "6 (Dec 4)", "+2.0 ▲ worse by 2+"),  # exactly 2 is flagged
        "Drowsiness": ("2 (Dec 4)", "2 (Dec 4)", "no change"),
        "Nausea": ("3 (Dec 4)", "3 (Dec 4)", "−1.0"),
        "Shortness of Breath": ("1 (Dec 4)", "1 (Dec 4)", "about the same"),  # +1/12
        "Wellbeing": ("4 (Dec 4)", "5 (Nov 28)", "+0.9"),
        "Diarrhea (my own)": ("2 (Dec 4)", "4 (Nov 22)", "−2.0"),  # better: no flag
        "Hip pain (my own)": ("6 (Dec 4)", "6 (Dec 4)", "new"),
    }
    for name, (latest, worst, change) in expected.items():
        row = row_text(summary, name, text)
        assert row == f"{name} {latest} {worst} {change} {IMAGE} "


def test_only_worse_by_two_or_more_is_flagged() -> None:
    summary = sample.typical()
    text = page_text(summary)
    assert text.count("▲ worse by 2+") == len(summary.flagged) == 2
    assert "▲" not in row_text(summary, "Diarrhea (my own)", text)


def test_each_row_with_scores_has_its_own_trend_image_and_no_other_image() -> None:
    summary = sample.typical()
    html = to_html(summary)
    sources = re.findall(r"<img\b[^>]*>", html)
    width, height = NORMAL.css()
    assert sources == [
        f'<img src="{trend_name(row)}" width="{width}" height="{height}" alt="{alt}">'
        for row in summary.symptoms
        for alt in [escape(trend_words(row, summary.period, zone(summary.zone_name)))]
    ]
    # The text alternative says the trend in words (for an HTML file opened elsewhere).
    assert re.search(
        r'alt="Pain from Nov 10, 2026 to Dec 10, 2026: 6 entr(ies|y\(s\)), lowest 3, '
        r'highest 7, latest 5 on Dec 6, 2026\. 0 means No Pain; 10 means Worst Possible Pain\."',
        html,
    )
    document = RecordingDocument()
    fill_document(document, summary)
    for row in summary.symptoms:
        image = document.resource(QTextDocument.ResourceType.ImageResource, QUrl(trend_name(row)))
        assert isinstance(image, QImage)
        assert not image.isNull()
    assert document.asked == []


def test_a_symptom_with_no_scores_in_the_period_says_so_and_has_no_image() -> None:
    row = sample.symptom_row(99, "Pain", [2, 3], [])
    summary = replace(sample.typical(), symptoms=(row,), sections=frozenset({Section.SYMPTOMS}))
    text = page_text(summary)
    assert "Pain — — — no entries" in text
    assert "<img" not in to_html(summary)


def test_the_trend_image_is_the_periods_scores_in_black_and_grey() -> None:
    summary = sample.typical()
    pain = summary.symptoms[0]  # 3, 5, 6, 4, 7, 5 at 1/7 … 6/7 of the period
    image = trend_image(pain, summary.period, zone(summary.zone_name), NORMAL)
    assert (image.width(), image.height()) == (331, 77)  # 28 × 6.5 mm at 300 dpi
    assert image.format() == QImage.Format.Format_Grayscale8
    dark = [
        (x, y)
        for x in range(image.width())
        for y in range(image.height())
        if QColor(image.pixel(x, y)).value() < 80
    ]
    columns = sorted({x for x, _y in dark})
    # The line runs from the first score to the last, well inside the edges.
    assert image.width() * 0.1 < columns[0] < image.width() * 0.2
    assert image.width() * 0.8 < columns[-1] < image.width() * 0.9
    # The highest point is the 7, the fifth score (5/7 of the way along).
    top_x, top_y = min(dark, key=lambda point: point[1])
    assert abs(top_x - image.width() * 5 / 7) < image.width() * 0.06
    assert top_y > 0  # a marker at the top is not cut
    # Nothing but greys (the gridlines at 0 and 10 are lighter than the line).
    assert {QColor(image.pixel(3, y)).value() for y in range(image.height())} <= set(range(256))
    compact = trend_image(pain, summary.period, zone(summary.zone_name), COMPACT)
    assert compact.height() < image.height()
    assert compact.width() < image.width()


@pytest.mark.parametrize("size", [NORMAL, COMPACT])
def test_the_trend_image_is_what_the_whole_chart_shows_there(size: trend_images.TrendSize) -> None:
    """The image is drawn with the chart's layout found once and without the words that fall
    outside it: it is still exactly the whole chart painted (as the screen paints it) where
    the image is, made grey by Qt."""
    summary = sample.typical()
    where = zone(summary.zone_name)
    style = trend_images.style_for_print(size)
    for row in summary.symptoms:
        placement = trend_images._placement(row, summary.period, where, size, style)
        whole = trend_images._new_image(size)
        painter = QPainter(whole)
        try:
            chart = trend_images._chart(row, placement.start, placement.end, where)
            paint_trend(painter, placement.rect, chart, style)
        finally:
            painter.end()
        expected = whole.convertToFormat(QImage.Format.Format_Grayscale8)
        assert trend_image(row, summary.period, where, size) == expected


def test_an_image_is_made_grey_as_qt_makes_it() -> None:
    """Grey pixels keep their level; an image with colour in it is converted by Qt."""
    image = QImage(257, 3, QImage.Format.Format_RGB32)  # a width that is not a multiple of 4
    for x in range(257):
        level = min(x, 255)
        image.setPixelColor(x, 0, QColor(level, level, level))
        image.setPixelColor(x, 1, QColor(255 - level, 255 - level, 255 - level))
        image.setPixelColor(x, 2, QColor(level, level, level))
    made = grey(image)
    assert made == image.convertToFormat(QImage.Format.Format_Grayscale8)
    assert made.format() == QImage.Format.Format_Grayscale8
    assert [made.pixelColor(x, 0).value() for x in range(256)] == list(range(256))
    image.setPixelColor(100, 2, QColor(200, 30, 60))
    made = grey(image)
    assert made == image.convertToFormat(QImage.Format.Format_Grayscale8)
    assert made.pixelColor(100, 2).value() != 60  # its grey, not its blue


# --- medicines, the cancer, the notes ---------------------------------------------------------


def test_medicines_list_every_current_one_then_what_changed_since() -> None:
    summary = sample.typical()
    text = page_text(summary)
    assert "Fulvestrant 500 mg every 4 weeks Injection (a shot)" in text
    assert "Abemaciclib 100 mg twice a day By mouth" in text
    assert "Lidocaine patch 5 % 12 hours on, 12 off On the skin (patch, cream or gel)" in text
    for medication in summary.current_medications:
        assert medication.name in text
    assert "Ondansetron" not in text.split("Since my last appointment:")[0]
    since = text.split("Since my last appointment:")[1]
    for event in summary.medication_events:
        assert event_text(event) in since
    assert "↕ Changed Abemaciclib: 150 mg → 100 mg on Nov 24, 2026" in since
    assert "■ Stopped Ondansetron on Nov 30, 2026" in since


def test_compact_runs_the_medicine_changes_on_in_one_paragraph() -> None:
    summary = sample.typical()
    assert " · ↕ Changed Abemaciclib" in page_text(summary, compact=True)
    assert " · ↕ Changed Abemaciclib" not in page_text(summary)


def test_the_cancer_in_one_line() -> None:
    text = page_text(sample.typical())
    assert (
        "About my cancer Hormone-receptor positive, HER2-low · "
        "Now: Fulvestrant + abemaciclib (line 2), since Mar 3, 2026" in text
    )
    text = page_text(replace(sample.typical(), cancer=None))
    assert "About my cancer Nothing recorded yet" in text


def test_notes_keep_their_line_breaks() -> None:
    html = to_html(sample.typical())
    assert "in the afternoons.<br>I am away from January 8 to 15." in html


# --- the packet --------------------------------------------------------------------------------


def test_the_packet_adds_receptors_biomarkers_history_and_records_before_the_questions() -> None:
    summary = sample.packet()
    text = page_text(summary)
    assert text.startswith("Maria López · Second-opinion packet")
    assert "ER: Positive, 90 % · PR: Positive, 20 % · HER2: Low: IHC 1+" in text
    assert "Tested: Feb 12, 2024 · sample: A place it spread to" in text
    assert "ESR1 Positive (Y537S) Feb 27, 2026 Blood" in text
    assert "BRCA2 (inherited) Negative Mar 20, 2024 Saliva" in text
    assert "1 Letrozole + palbociclib Mar 1, 2024 Feb 20, 2026 The cancer grew" in text
    assert "2 Fulvestrant + abemaciclib Mar 3, 2026 — Still taking it" in text
    assert "Where it has spread: Bone and Liver" in text
    for key in RECORDS_TO_GATHER:
        assert f"☐ {phrases.record_text(key)}" in text
    assert "☐ Glass slides or tissue blocks (ask the pathology department to release them)" in (
        text
    )
    assert "☐ Imaging files (DICOM, on disc or download), not only the reports" in text
    assert text.index("Records to gather") < text.index("My questions")
    assert text.count("About my cancer") == 1


def test_every_record_key_has_words() -> None:
    assert set(phrases.RECORD_WORDS) == set(RECORDS_TO_GATHER)


# --- limits ------------------------------------------------------------------------------------


def test_limits_leave_out_from_the_ends_and_say_how_many() -> None:
    summary = sample.typical()
    limits = Limits(if_time=1, want_to_ask=2, medications=5, symptoms=3)
    assert limits.left_out(summary) == {"questions": 5, "medications": 3, "symptoms": 7}
    text = page_text(summary, compact=True, limits=limits)
    assert re.search(r"\+5 more questions? ?(\(s\))? in MBC Desktop", text)
    assert re.search(r"\+3 more medicines? ?(\(s\))? in MBC Desktop", text)
    assert re.search(r"\+7 more symptoms? ?(\(s\))? in MBC Desktop", text)
    assert summary.if_time[0].text in text
    assert summary.if_time[1].text not in text
    assert summary.want_to_ask[1].text in text
    assert summary.want_to_ask[2].text not in text
    assert "Lidocaine patch" not in text
    assert "Loperamide 2 mg" in text
    # Every must-ask question and every flagged symptom stays.
    for question in summary.must_ask:
        assert question.text in text
    assert "Pain 5 (Dec 6)" in text
    assert "Tiredness 6 (Dec 4)" in text


def test_flagged_symptoms_stay_whatever_the_limit() -> None:
    summary = sample.typical()
    kept = shown_symptoms(summary.symptoms, 0)
    assert kept == summary.flagged
    kept = shown_symptoms(summary.symptoms, 2)
    assert [row.symptom.name for row in kept] == ["Pain", "Tiredness", "Drowsiness", "Nausea"]


def test_a_list_left_out_whole_is_not_called_empty() -> None:
    summary = sample.typical()
    text = page_text(summary, limits=Limits(medications=0, symptoms=0))
    assert "No medicines recorded" not in text
    assert "+8 more medicine" in text
    assert "No symptoms" not in text


def test_no_limits_leave_nothing_out() -> None:
    assert Limits().left_out(sample.crowded()) == {}


def test_the_layouts_tried_make_each_rows_words_once_and_say_the_same(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Fitting the page asks for several layouts of one summary: each symptom row's words
    are made once for all of them, each layout's HTML once, and every HTML is the one made
    from scratch."""
    summary = sample.crowded()
    layouts = [
        (False, None),
        (True, None),
        (True, Limits(if_time=2, want_to_ask=3, symptoms=2)),
        (True, Limits(symptoms=0, medications=1)),
        (True, None),
    ]
    alone = [to_html(summary, compact=compact, limits=limits) for compact, limits in layouts]
    described: list[str] = []
    real = summary_html.trend_words

    def counted(row: SymptomRow, *args: Any) -> str:
        described.append(row.symptom.name)
        return real(row, *args)

    monkeypatch.setattr(summary_html, "trend_words", counted)
    made = HtmlMade(summary)
    together = [
        to_html(summary, compact=compact, limits=limits, made=made) for compact, limits in layouts
    ]
    assert together == alone
    with_scores = [row.symptom.name for row in summary.symptoms if row.readings]
    assert sorted(described) == sorted(with_scores)
    assert len(made.html) == 4
    assert together[4] is together[1]  # the layout kept: its HTML is the one tried
    with pytest.raises(ValueError, match="another summary"):
        to_html(sample.typical(), made=made)


# --- plain text --------------------------------------------------------------------------------


def test_the_text_says_what_the_page_says_in_words() -> None:
    summary = sample.typical()
    text = to_text(summary)
    words = flat(text)
    for question in summary.questions:
        assert f"[ ] {question.text}" in words
    assert "Pain: latest 5 (Dec 6), worst 7 (Dec 1), 2.5 higher than before (▲ worse by 2+)" in (
        words
    )
    assert "Nausea: latest 3 (Dec 4), worst 3 (Dec 4), 1.0 lower than before" in words
    assert "Hip pain (my own): latest 6 (Dec 4), worst 6 (Dec 4), no entries before" in words
    assert "- Abemaciclib: 100 mg twice a day · By mouth" in words
    assert "↕ Changed Abemaciclib: 150 mg → 100 mg on Nov 24, 2026" in words
    assert "Now: Fulvestrant + abemaciclib (line 2), since Mar 3, 2026" in words
    assert text.rstrip().endswith("Prepared by the patient with MBC Desktop · not medical advice")
    assert "trend:" not in text
    for line in text.splitlines():
        assert len(line) <= WIDTH or " " not in line.strip()


def test_the_packet_text_has_a_tick_list_of_records() -> None:
    text = flat(to_text(sample.packet()))
    for key in RECORDS_TO_GATHER:
        assert f"[ ] {phrases.record_text(key)}" in text
    assert (
        "- Line 1: Letrozole + palbociclib · started Mar 1, 2024 · stopped Feb 20, 2026 · "
        "The cancer grew" in text
    )
    assert "- Line 2: Fulvestrant + abemaciclib · started Mar 3, 2026 · Still taking it" in text


# --- the person's text stays literal ---------------------------------------------------------


@pytest.mark.parametrize("make", [sample.hostile, sample.hostile_packet])
@pytest.mark.parametrize("compact", [False, True])
def test_user_text_comes_out_literally_on_the_page(make: object, compact: bool) -> None:
    summary = make()  # type: ignore[operator]
    document = RecordingDocument()
    fill_document(document, summary, compact=compact)
    text = document.toPlainText()
    for piece in sample.HOSTILE_PIECES:
        assert piece in text
    assert text.count(sample.HOSTILE) >= 6  # what matters, 3 questions, notes twice
    assert flat(sample.HOSTILE) in flat(text)
    assert f"{sample.BOLD} {sample.ENTITY} {sample.HEBREW}" in text  # a medicine's name
    assert f"Dr. {sample.BOLD} {sample.HEBREW}" in text
    # Nothing was fetched; the only images are our trend lines.
    assert document.asked == []
    html = to_html(summary, compact=compact)
    assert re.findall(r"<img\b[^>]*>", html)
    for tag in re.findall(r"<img\b[^>]*>", html):
        assert re.fullmatch(r'<img src="trend:\d+" width="\d+" height="\d+" alt="[^"<>]*">', tag)
    assert "<b>bold</b>" not in html
    assert "&lt;b&gt;bold&lt;/b&gt;" in html
    assert "&amp;amp;" in html
    assert "example.com" in html


def test_user_text_comes_out_literally_in_the_text() -> None:
    for summary in (sample.hostile(), sample.hostile_packet()):
        text = flat(to_text(summary))
        for piece in sample.HOSTILE_PIECES:
            assert piece in text
        assert text.count(flat(sample.HOSTILE)) >= 6
