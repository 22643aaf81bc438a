"""The summary as a PDF, read back the way a reader would: its text with pypdf and with
poppler's pdftotext, its pages and size with pdfinfo, its fonts with pdffonts, where each word
sits with ``pdftotext -bbox``, the size of every piece of text from the page's own drawing
commands; and how the file is written (whole or not at all)."""

import math
import os
import re
import shutil
import subprocess
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import QLocale, QSizeF
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication

from mbc_desktop.summary import pdf as summary_pdf
from mbc_desktop.summary.html import COMPACT_POINTS
from mbc_desktop.summary.model import Paper, Summary
from mbc_desktop.summary.pdf import PageResult, keep_headings_with_their_text, write_pdf
from tests.unit.summary import sample

POPPLER = ("pdftotext", "pdfinfo", "pdffonts", "pdfimages")
pytestmark = pytest.mark.skipif(
    any(shutil.which(tool) is None for tool in POPPLER),
    reason="needs poppler-utils (pdftotext, pdfinfo, pdffonts, pdfimages)",
)

MM = 72 / 25.4  # points in a millimetre
EDGE = 5 * MM  # nothing may come closer than this to the page's edge
SIZES = {Paper.A4: (595.28, 841.89), Paper.LETTER: (612.0, 792.0)}
# Direction marks pdftotext puts around right-to-left runs.
BIDI_MARKS = dict.fromkeys(map(ord, "\u200e\u200f\u202a\u202b\u202c\u202d\u202e"))


@pytest.fixture(scope="module")
def english(qapp: QApplication) -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(before)


@dataclass
class Written:
    path: Path
    result: PageResult
    summary: Summary
    paper: Paper

    def run(self, *command: str) -> str:
        done = subprocess.run(
            [*command, str(self.path), *(["-"] if command[0] == "pdftotext" else [])],
            capture_output=True,
            text=True,
            check=True,
        )
        return done.stdout

    def info(self) -> dict[str, str]:
        lines = self.run("pdfinfo").splitlines()
        return {k.strip(): v.strip() for k, _, v in (line.partition(":") for line in lines)}

    def pypdf_pages(self) -> list[str]:
        return [page.extract_text() for page in pypdf.PdfReader(self.path).pages]


@pytest.fixture(scope="module")
def written(
    tmp_path_factory: pytest.TempPathFactory, english: None
) -> dict[tuple[str, Paper], Written]:
    """The sample summaries written once for the whole module."""
    folder = tmp_path_factory.mktemp("pdf")
    made = {}
    for name in ("typical", "light", "crowded", "packet", "hostile", "hostile_packet"):
        for paper in Paper:
            summary = getattr(sample, name)()
            path = folder / f"{name}-{paper.value}.pdf"
            made[name, paper] = Written(path, write_pdf(summary, path, paper), summary, paper)
    return made


def squeeze(text: str) -> str:
    """Text as compared: compatibility forms folded (ligatures, Arabic presentation forms),
    direction marks and every space and line break removed (a PDF breaks lines, and pypdf
    joins words with tabs)."""
    text = unicodedata.normalize("NFKC", text).translate(BIDI_MARKS)
    return "".join(text.split())


def found(piece: str, text: str) -> bool:
    """``piece`` in ``text``; a right-to-left piece may also come out in visual order."""
    piece, text = squeeze(piece), squeeze(text)
    return piece in text or piece[::-1] in text


def both_texts(written: Written) -> tuple[str, str]:
    return "\n".join(written.pypdf_pages()), written.run("pdftotext", "-layout")


# --- pages, size, fonts ------------------------------------------------------------------------


@pytest.mark.parametrize("paper", list(Paper))
def test_the_typical_summary_is_one_page_of_the_right_size(
    written: dict[tuple[str, Paper], Written], paper: Paper
) -> None:
    made = written["typical", paper]
    info = made.info()
    assert info["Pages"] == "1"
    width, height = (float(v) for v in re.findall(r"[\d.]+", info["Page size"])[:2])
    assert (width, height) == pytest.approx(SIZES[paper], abs=0.5)
    assert made.result.pages == 1
    assert made.result.left_out == {}  # nothing left out of a typical journal
    assert info["Title"] == "Maria López · Appointment summary · Dec 15, 2026"
    assert info["Creator"] == "MBC Desktop"


@pytest.mark.parametrize("name", ["typical", "crowded", "packet", "hostile"])
def test_every_font_is_embedded(written: dict[tuple[str, Paper], Written], name: str) -> None:
    rows = written[name, Paper.A4].run("pdffonts").splitlines()[2:]
    assert rows
    for row in rows:
        # name, type (two words), encoding, emb, sub, uni, object id, generation
        assert row.split()[-5] == "yes", row


def test_the_trend_lines_are_stored_without_loss(
    written: dict[tuple[str, Paper], Written],
) -> None:
    made = written["typical", Paper.A4]
    rows = made.run("pdfimages", "-list").splitlines()[2:]
    assert len(rows) == len(made.summary.symptoms)
    for row in rows:
        assert "jpeg" not in row.split(), row  # JPEG would blur the line's edges


# --- the text, read back -----------------------------------------------------------------------


@pytest.mark.parametrize("paper", list(Paper))
def test_every_question_and_symptom_figure_is_in_the_pdf(
    written: dict[tuple[str, Paper], Written], paper: Paper
) -> None:
    made = written["typical", paper]
    summary = made.summary
    for text in both_texts(made):
        for question in summary.questions:
            assert found(question.text, text), question.text
        for row in summary.symptoms:
            assert found(row.symptom.name, text)
        for figure in ("5 (Dec 6)", "7 (Dec 1)", "+2.5 ▲ worse by 2+", "+2.0 ▲ worse by 2+"):
            assert found(figure, text)
        for figure in ("−1.0", "−2.0", "+0.9", "no change", "about the same", "new"):
            assert found(figure, text)
        for medication in summary.current_medications:
            assert found(medication.name, text)
        assert found("Prepared by the patient with MBC Desktop · not medical advice", text)


@pytest.mark.parametrize("paper", list(Paper))
def test_each_symptom_row_reads_across_in_the_layout_text(
    written: dict[tuple[str, Paper], Written], paper: Paper
) -> None:
    layout = written["typical", paper].run("pdftotext", "-layout")
    rows = {
        "Pain": ["5 (Dec 6)", "7 (Dec 1)", "+2.5 ▲ worse by 2+"],
        "Nausea": ["3 (Dec 4)", "3 (Dec 4)", "−1.0"],
        "Wellbeing": ["4 (Dec 4)", "5 (Nov 28)", "+0.9"],
        "Hip pain (my own)": ["6 (Dec 4)", "6 (Dec 4)", "new"],
    }
    for name, figures in rows.items():
        line = next(line for line in layout.splitlines() if line.startswith(name + " "))
        cells = [cell for cell in re.split(r"\s{2,}", line.strip()) if cell]
        assert cells == [name, *figures]


def test_the_pypdf_text_has_each_row_in_order(
    written: dict[tuple[str, Paper], Written],
) -> None:
    text = " ".join(written["typical", Paper.A4].pypdf_pages()[0].split())
    assert "Pain 5 (Dec 6) 7 (Dec 1) +2.5 ▲ worse by 2+" in text
    assert "Diarrhea (my own) 2 (Dec 4) 4 (Nov 22) −2.0" in text


# --- on the page -------------------------------------------------------------------------------


def words_with_boxes(
    made: Written,
) -> list[tuple[int, float, float, str, float, float, float, float]]:
    """(page, page width, page height, word, x0, y0, x1, y1) from ``pdftotext -bbox``."""
    html = made.run("pdftotext", "-bbox")
    found_words = []
    for number, page in enumerate(re.findall(r"<page (.*?)</page>", html, re.S), start=1):
        width = float(re.search(r'width="([\d.]+)"', page)[1])  # type: ignore[index]
        height = float(re.search(r'height="([\d.]+)"', page)[1])  # type: ignore[index]
        for box in re.finditer(
            r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>',
            page,
        ):
            x0, y0, x1, y1 = (float(box[i]) for i in range(1, 5))
            found_words.append((number, width, height, box[5], x0, y0, x1, y1))
    return found_words


@pytest.mark.parametrize("name", ["typical", "crowded", "packet", "hostile"])
@pytest.mark.parametrize("paper", list(Paper))
def test_nothing_is_cut_at_the_page_edge(
    written: dict[tuple[str, Paper], Written], name: str, paper: Paper
) -> None:
    words = words_with_boxes(written[name, paper])
    assert len(words) > 100
    for _page, width, height, word, x0, y0, x1, y1 in words:
        assert EDGE <= x0 < x1 <= width - EDGE, word
        assert EDGE <= y0 < y1 <= height - EDGE, word


def text_sizes(made: Written) -> dict[float, list[str]]:
    """Each size text is drawn at (in points), with what is drawn at it, from the page's
    own drawing commands (font size × text matrix × current matrix)."""
    sizes: dict[float, list[str]] = {}

    def visit(text: str, cm: list[float], tm: list[float], _font: object, size: float) -> None:
        if text.strip():
            scale = math.hypot(tm[2], tm[3]) * math.hypot(cm[2], cm[3])
            sizes.setdefault(round(size * scale, 2), []).append(text.strip())

    for page in pypdf.PdfReader(made.path).pages:
        page.extract_text(visitor_text=visit)
    return sizes


@pytest.mark.parametrize("name", ["typical", "crowded", "packet", "hostile"])
def test_no_text_is_smaller_than_9_points(
    written: dict[tuple[str, Paper], Written], name: str
) -> None:
    sizes = text_sizes(written[name, Paper.LETTER])
    assert min(sizes) >= COMPACT_POINTS, {size: sizes[size][:3] for size in sorted(sizes)[:2]}
    # One calm hierarchy: body text, headings at 12 and the title at 13.
    assert max(sizes) == pytest.approx(13, abs=0.1)
    assert any(size == pytest.approx(12, abs=0.1) for size in sizes)


def test_word_boxes_are_at_least_9_points_high(
    written: dict[tuple[str, Paper], Written],
) -> None:
    # A word's box is its font's height: about 1.16 times its size in DejaVu Sans.
    words = words_with_boxes(written["crowded", Paper.LETTER])
    heights = [y1 - y0 for _p, _w, _h, _word, _x0, y0, _x1, y1 in words]
    assert min(heights) >= COMPACT_POINTS * 1.1


# --- the fit -----------------------------------------------------------------------------------


@pytest.mark.parametrize("paper", list(Paper))
def test_a_typical_journal_fits_without_leaving_anything_out(
    written: dict[tuple[str, Paper], Written], paper: Paper
) -> None:
    result = written["typical", paper].result
    assert result.pages == 1
    assert result.left_out == {}


@pytest.mark.parametrize("paper", list(Paper))
def test_a_lighter_journal_keeps_the_normal_layout_at_10_points(
    written: dict[tuple[str, Paper], Written], paper: Paper
) -> None:
    made = written["light", paper]
    assert made.result == PageResult(1, False, {})
    sizes = text_sizes(made)
    assert min(sizes) == pytest.approx(COMPACT_POINTS, abs=0.2)  # the footer
    body = max(sizes, key=lambda size: len(sizes[size]))
    assert body == pytest.approx(10, abs=0.2)


@pytest.mark.parametrize("paper", list(Paper))
def test_a_crowded_journal_goes_compact_then_says_what_did_not_fit(
    written: dict[tuple[str, Paper], Written], paper: Paper
) -> None:
    made = written["crowded", paper]
    result = made.result
    assert result.compact
    assert result.pages == 1
    assert made.info()["Pages"] == "1"
    assert set(result.left_out) == {"questions", "medications", "changes", "symptoms"}
    text = " ".join(made.pypdf_pages()[0].split())
    said = {
        "questions": "more question",
        "medications": "more medicine",
        "symptoms": "more symptom",
        "changes": "earlier change",  # the newest changes are kept
    }
    for kind, count in result.left_out.items():
        assert re.search(rf"\+{count} {said[kind]}", text), kind
    summary = made.summary
    # Never dropped: the must-ask questions and the flagged symptoms.
    for question in summary.must_ask:
        assert found(question.text, text)
    for row in summary.flagged:
        assert found(row.symptom.name, text)
    # What was kept is the start of each list, and the counts add up.
    shown_questions = [q for q in summary.want_to_ask + summary.if_time if found(q.text, text)]
    assert len(shown_questions) + result.left_out["questions"] == len(
        summary.want_to_ask + summary.if_time
    )


def test_the_longest_lists_are_cut_first(written: dict[tuple[str, Paper], Written]) -> None:
    # Crowded: 18 want-to-ask, 16 if-time, 20 medicines, 14 unflagged symptoms. Cutting the
    # longest first leaves none of them much longer than the others.
    made = written["crowded", Paper.A4]
    summary = made.summary
    left = made.result.left_out
    kept_medicines = len(summary.current_medications) - left["medications"]
    kept_symptoms = len(summary.symptoms) - len(summary.flagged) - left["symptoms"]
    kept_questions = len(summary.want_to_ask + summary.if_time) - left["questions"]
    assert kept_medicines >= 1
    assert kept_symptoms >= 1
    assert kept_questions >= 1
    assert max(kept_medicines, kept_symptoms) <= 2


@pytest.mark.parametrize("paper", list(Paper))
def test_a_packet_runs_to_more_pages_each_with_its_footer(
    written: dict[tuple[str, Paper], Written], paper: Paper
) -> None:
    made = written["packet", paper]
    assert made.result.pages >= 2
    assert not made.result.compact
    assert made.result.left_out == {}
    pages = made.pypdf_pages()
    assert len(pages) == made.result.pages
    for number, text in enumerate(pages, start=1):
        footer = (
            "Prepared by the patient with MBC Desktop · not medical advice · "
            f"Page {number} of {len(pages)}"
        )
        assert found(footer, text)
    everything = "\n".join(pages)
    layout = squeeze(made.run("pdftotext", "-layout"))
    for question in made.summary.questions:
        assert found(question.text, everything)
        # Once: no line of a page is also hidden at the top of the next.
        assert layout.count(squeeze(question.text)) == 1, question.text
    assert found("Glass slides or tissue blocks (ask the pathology department", everything)


# --- the person's text -------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["hostile", "hostile_packet"])
def test_user_text_comes_out_literally_in_the_pdf(
    written: dict[tuple[str, Paper], Written], name: str
) -> None:
    made = written[name, Paper.A4]
    for text in both_texts(made):
        for piece in (
            sample.BOLD,
            sample.IMAGE,
            sample.ENTITY,
            sample.QUOTES,
            sample.HEBREW,
            sample.ARABIC,
            sample.HEART,
        ):
            assert found(piece, text), piece
        assert found(f"Tell me {sample.BOLD} {sample.IMAGE} {sample.ENTITY} {sample.QUOTES}", text)
        # Characters outside the Basic Multilingual Plane (most emoji) are printed, but Qt's PDF
        # writer gives them no text mapping, so they cannot be read back; the text on both
        # sides of one is.
        assert found(f"{sample.HEART} end", text)


# --- the file ----------------------------------------------------------------------------------


def test_an_existing_file_is_replaced_whole(tmp_path: Path, english: None) -> None:
    path = tmp_path / "visit.pdf"
    path.write_bytes(b"the old summary")
    result = write_pdf(sample.typical(), path, Paper.LETTER)
    assert result.pages == 1
    assert path.read_bytes().startswith(b"%PDF-")
    assert sorted(os.listdir(tmp_path)) == ["visit.pdf"]


def test_a_failed_write_leaves_the_old_file_and_no_temporary(
    tmp_path: Path, english: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "visit.pdf"
    path.write_bytes(b"the old summary")

    def refuse(_source: object, _target: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(summary_pdf.os, "replace", refuse)
    with pytest.raises(
        OSError, match=r"Could not save the summary as .*visit\.pdf: Permission denied"
    ):
        write_pdf(sample.typical(), path, Paper.A4)
    assert path.read_bytes() == b"the old summary"
    assert sorted(os.listdir(tmp_path)) == ["visit.pdf"]


@pytest.mark.skipif(
    os.geteuid() == 0 if hasattr(os, "geteuid") else True, reason="root writes anywhere"
)
def test_a_read_only_folder_keeps_its_file(tmp_path: Path, english: None) -> None:
    path = tmp_path / "visit.pdf"
    path.write_bytes(b"the old summary")
    tmp_path.chmod(0o500)
    try:
        with pytest.raises(OSError, match="Could not save the summary"):
            write_pdf(sample.typical(), path, Paper.A4)
        assert path.read_bytes() == b"the old summary"
        assert sorted(os.listdir(tmp_path)) == ["visit.pdf"]
    finally:
        tmp_path.chmod(0o700)


def test_a_missing_folder_is_an_error_and_writes_nothing(tmp_path: Path, english: None) -> None:
    path = tmp_path / "not there" / "visit.pdf"
    with pytest.raises(OSError, match="Could not save the summary"):
        write_pdf(sample.typical(), path, Paper.A4)
    assert os.listdir(tmp_path) == []


def test_a_folder_in_the_way_is_an_error_and_leaves_no_temporary(
    tmp_path: Path, english: None
) -> None:
    path = tmp_path / "visit.pdf"
    path.mkdir()
    (path / "inside").write_text("kept")
    with pytest.raises(OSError, match="Could not save the summary"):
        write_pdf(sample.typical(), path, Paper.A4)
    assert sorted(os.listdir(tmp_path)) == ["visit.pdf"]
    assert (path / "inside").read_text() == "kept"


def test_a_heading_is_never_left_alone_at_the_foot_of_a_page(english: None) -> None:
    document = QTextDocument()
    document.setDocumentMargin(0)
    body = "".join(f"<p>Line {number}</p>" for number in range(1, 200))
    heading = '<p style="font-size: 12pt; font-weight: bold">The next section</p>'
    document.setHtml(body + heading + "<p>Its first line</p>" + body)
    layout = document.documentLayout()
    block = document.begin()
    while block.text() != "The next section":
        block = block.next()
    line = layout.blockBoundingRect(block).height()
    top = layout.blockBoundingRect(block).top()
    # A page that ends just under the heading: its text would start the next page.
    document.setPageSize(QSizeF(400, top + line * 1.3))
    assert int(layout.blockBoundingRect(block).top() // document.pageSize().height()) == 0
    keep_headings_with_their_text(document)
    height = document.pageSize().height()
    heading_page = int(layout.blockBoundingRect(block).top() // height)
    text_page = int(layout.blockBoundingRect(block.next()).top() // height)
    assert heading_page == text_page == 1
