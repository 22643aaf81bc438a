"""Fitting the page draws nothing it throws away: the layouts tried (normal, compact, lists
cut) take blank stand-ins for the trend images, laid out exactly as the images are, and only
the layout kept gets its images, each drawn once. Every path of the fit is tried: the normal
layout, the compact one, lists cut to fit, a packet, and a page that keeps everything on more
pages."""

from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QBuffer, QIODevice, QLocale, QUrl
from PySide6.QtGui import QImage, QPainter, QPdfWriter, QTextCursor, QTextDocument
from PySide6.QtWidgets import QApplication

from mbc_desktop.charts.trend import TrendChart, paint_trend
from mbc_desktop.summary import pdf as summary_pdf
from mbc_desktop.summary.html import BODY_POINTS, Limits, fill_document, fill_for_fitting
from mbc_desktop.summary.model import Paper, Summary
from mbc_desktop.summary.trend_images import COMPACT, NORMAL, trend_image, trend_name
from mbc_desktop.words.dates import zone
from tests.unit.summary import sample


@pytest.fixture(autouse=True)
def _english_dates(qapp: QApplication) -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(before)


def everything_kept() -> Summary:
    """So many must-ask questions (never left out) that even the lists emptied do not fit:
    the summary keeps everything and takes more pages."""
    crowded = sample.crowded()
    return replace(crowded, must_ask=crowded.must_ask * 8)


# name: (summary, how it comes out: more than one page, compact, something left out)
SUMMARIES: dict[str, tuple[Callable[[], Summary], tuple[bool, bool, bool]]] = {
    "normal": (sample.light, (False, False, False)),
    "compact": (sample.typical, (False, True, False)),
    "lists cut": (sample.crowded, (False, True, True)),
    "packet": (sample.packet, (True, False, False)),
    "everything kept": (everything_kept, (True, True, False)),
}


@pytest.fixture
def drawn(monkeypatch: pytest.MonkeyPatch) -> Counter[str]:
    """Every trend line painted, by symptom name."""
    counts: Counter[str] = Counter()

    def counting(
        painter: QPainter, rect: Any, chart: TrendChart, style: Any, **options: Any
    ) -> None:
        counts[chart.title] += 1
        paint_trend(painter, rect, chart, style, **options)

    monkeypatch.setattr("mbc_desktop.summary.trend_images.paint_trend", counting)
    return counts


def images_shown(document: QTextDocument) -> list[str]:
    """The image names the document's text refers to, in order."""
    names = []
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            form = iterator.fragment().charFormat()
            if form.isImageFormat():
                names.append(form.toImageFormat().name())
            iterator += 1
        block = block.next()
    return names


@pytest.mark.parametrize("name", SUMMARIES)
def test_each_trend_image_is_drawn_once_for_the_layout_kept(
    name: str, drawn: Counter[str], tmp_path: Path
) -> None:
    make, (pages, compact, cut) = SUMMARIES[name]
    summary = make()
    result = summary_pdf.write_pdf(summary, tmp_path / "summary.pdf", Paper.A4)
    assert (result.pages > 1, result.compact, bool(result.left_out)) == (pages, compact, cut)
    assert drawn, "the page shows trend lines"
    assert all(count == 1 for count in drawn.values()), drawn

    # The layout kept shows exactly the images drawn, each a real one (not a stand-in).
    drawn.clear()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(summary_pdf.RESOLUTION)
    document, _result = summary_pdf.lay_out(summary, Paper.A4, writer)
    shown = images_shown(document)
    by_name = {trend_name(row): row.symptom.name for row in summary.symptoms}
    assert sorted(by_name[image] for image in shown) == sorted(drawn.elements())
    size = (COMPACT if result.compact else NORMAL).pixels()
    for image_name in shown:
        image = document.resource(QTextDocument.ResourceType.ImageResource, QUrl(image_name))
        assert isinstance(image, QImage)
        assert (image.width(), image.height()) == size


def layout_of(document: QTextDocument) -> list[object]:
    """The pages, the size and every block's place: what the fit and the painting read."""
    layout = document.documentLayout()
    places: list[object] = [document.pageCount(), layout.documentSize().toTuple()]
    block = document.begin()
    while block.isValid():
        places.append(layout.blockBoundingRect(block).getRect())
        block = block.next()
    return places


@pytest.mark.parametrize("paper", [Paper.A4, Paper.LETTER])
@pytest.mark.parametrize("limits", [None, Limits(if_time=2, want_to_ask=3, symptoms=2)])
@pytest.mark.parametrize("compact", [False, True])
@pytest.mark.parametrize("make", [sample.typical, sample.crowded, sample.packet])
def test_the_stand_ins_lay_out_exactly_as_the_images(
    make: Callable[[], Summary], compact: bool, limits: Limits | None, paper: Paper
) -> None:
    summary = make()
    laid_out = []
    for fill in (fill_document, fill_for_fitting):
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        writer = QPdfWriter(buffer)
        writer.setResolution(summary_pdf.RESOLUTION)
        writer.setPageLayout(summary_pdf.page_layout(paper))
        document = QTextDocument()
        document.documentLayout().setPaintDevice(writer)
        document.setDocumentMargin(0)
        document.setPageSize(summary_pdf._text_size(writer))
        fill(document, summary, compact=compact, limits=limits)
        laid_out.append(layout_of(document))
    assert laid_out[0] == laid_out[1]


def test_the_images_added_together_are_each_rows_own() -> None:
    """The plot's place is worked out once for all the rows: each image is still exactly
    the one its row draws alone."""
    summary = sample.crowded()
    document = QTextDocument()
    fill_document(document, summary, compact=True)
    where = zone(summary.zone_name)
    rows = [row for row in summary.symptoms if row.readings]
    assert len(rows) > 1
    for row in rows:
        image = document.resource(QTextDocument.ResourceType.ImageResource, QUrl(trend_name(row)))
        assert image == trend_image(row, summary.period, where, COMPACT)


def test_the_layout_kept_keeps_its_text_and_takes_its_images() -> None:
    """``fill_document`` on a document filled for fitting with the same summary and options
    sets no text again (the layout tried is the one painted): it only puts the images in.
    Anything else (other options, or a document changed since) is filled again whole."""
    summary = sample.typical()
    where = zone(summary.zone_name)
    rows = [row for row in summary.symptoms if row.readings]
    document = QTextDocument()
    fill_for_fitting(document, summary, compact=True)
    tried = document.revision()
    fill_document(document, summary, compact=True)
    assert document.revision() == tried
    for row in rows:
        image = document.resource(QTextDocument.ResourceType.ImageResource, QUrl(trend_name(row)))
        assert image == trend_image(row, summary.period, where, COMPACT)

    fill_for_fitting(document, summary, compact=True)
    fill_document(document, summary)  # the normal layout: new text
    assert document.revision() != tried
    assert document.defaultFont().pointSizeF() == BODY_POINTS

    fill_for_fitting(document, summary, compact=True)
    cursor = QTextCursor(document.begin())
    cursor.insertText("changed ")
    fill_document(document, summary, compact=True)
    assert not document.toPlainText().startswith("changed")
