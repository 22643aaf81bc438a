"""The normal layout's least height: never more than the layout takes (on every sample, with
parts left out, on A4 and Letter), and when it is more than a page the normal layout is not
tried, and the page comes out exactly as after trying it."""

from collections.abc import Callable, Iterator
from dataclasses import replace
from typing import Any

import pytest
from PySide6.QtCore import QBuffer, QIODevice, QLocale, QSizeF
from PySide6.QtGui import QFont, QPdfWriter, QTextDocument
from PySide6.QtWidgets import QApplication

from mbc_desktop.summary import pdf as summary_pdf
from mbc_desktop.summary.html import fill_for_fitting
from mbc_desktop.summary.least_height import normal_height_at_least
from mbc_desktop.summary.model import ALL_SECTIONS, Paper, Section, Summary
from tests.unit.summary import sample


@pytest.fixture(autouse=True)
def _english_dates(qapp: QApplication) -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(before)


def writer(paper: Paper, resolution: int = summary_pdf.RESOLUTION) -> QPdfWriter:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    device = QPdfWriter(buffer)
    device.setResolution(resolution)
    device.setPageLayout(summary_pdf.page_layout(paper))
    device.buffer = buffer  # type: ignore[attr-defined]  # kept alive with the writer
    return device


def normal_height(summary: Summary, device: QPdfWriter) -> float:
    """The normal layout's height on one endless page (no page breaks to add space)."""
    document = QTextDocument()
    document.documentLayout().setPaintDevice(device)
    document.setDocumentMargin(0)
    document.setPageSize(QSizeF(summary_pdf._text_size(device).width(), 1e9))
    fill_for_fitting(document, summary)
    return float(document.documentLayout().documentSize().height())


def variants(summary: Summary) -> Iterator[Summary]:
    yield summary
    yield replace(summary, notes="First line\nsecond\n\nafter a blank line")
    yield replace(summary, what_matters_most="One thing\nand another")
    yield replace(summary, symptoms=())
    yield replace(summary, current_medications=(), medication_events=())
    yield replace(summary, must_ask=(), want_to_ask=(), if_time=())
    for section in Section:
        yield replace(summary, sections=ALL_SECTIONS - {section})
    yield replace(summary, sections=frozenset({Section.SYMPTOMS}))


MAKERS: list[Callable[[], Summary]] = [
    sample.typical,
    sample.crowded,
    sample.light,
    sample.hostile,
    lambda: sample.without_previous(sample.light()),
]


@pytest.mark.parametrize(
    ("paper", "resolution"),
    [(Paper.A4, 300), (Paper.LETTER, 300), (Paper.A4, 96), (Paper.LETTER, 1200)],
)
@pytest.mark.parametrize("make", MAKERS)
def test_the_least_height_is_never_more_than_the_normal_layout_takes(
    make: Callable[[], Summary], paper: Paper, resolution: int
) -> None:
    """On the PDF's 300 dpi and on a printer's, coarser or finer."""
    device = writer(paper, resolution)
    for summary in variants(make()):
        least = normal_height_at_least(summary, device, QFont())
        assert 0 < least <= normal_height(summary, device)


def tried(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Whether each layout tried was the compact one, in order."""
    layouts: list[bool] = []

    def recording(document: QTextDocument, summary: Summary, **options: Any) -> None:
        layouts.append(options.get("compact", False))
        fill_for_fitting(document, summary, **options)

    monkeypatch.setattr(summary_pdf, "fill_for_fitting", recording)
    return layouts


def laid_out(summary: Summary, paper: Paper) -> tuple[object, ...]:
    document, result = summary_pdf.lay_out(summary, paper, writer(paper))
    layout = document.documentLayout()
    blocks = []
    block = document.begin()
    while block.isValid():
        blocks.append(layout.blockBoundingRect(block).getRect())
        block = block.next()
    return result.pages, result.compact, result.left_out, document.toHtml(), blocks


@pytest.mark.parametrize("paper", [Paper.A4, Paper.LETTER])
@pytest.mark.parametrize(
    ("make", "normal_tried"),
    [(sample.typical, False), (sample.crowded, False), (sample.light, True)],
)
def test_the_normal_layout_is_not_tried_when_it_cannot_fit_and_the_page_is_the_same(
    make: Callable[[], Summary], normal_tried: bool, paper: Paper, monkeypatch: pytest.MonkeyPatch
) -> None:
    summary = make()
    layouts = tried(monkeypatch)
    skipping = laid_out(summary, paper)
    assert (False in layouts) is normal_tried

    # Tried whatever its least height: the same page.
    layouts.clear()
    monkeypatch.setattr(summary_pdf, "normal_height_at_least", lambda *_args: 0.0)
    trying = laid_out(summary, paper)
    assert layouts[0] is False
    assert skipping == trying
