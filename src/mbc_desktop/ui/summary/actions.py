"""What the dialog's buttons do, without the dialog: lay the summary out on a printer or the
preview, measure how it fits, save it as PDF, copy it as text. Each renders in the language
asked for (English when "Print in English" is ticked) and puts the interface's back after."""

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtGui import QGuiApplication, QPagedPaintDevice, QPdfWriter

from mbc_desktop.summary.model import Paper, Summary
from mbc_desktop.summary.pdf import RESOLUTION, PageResult, lay_out, paint, write_pdf
from mbc_desktop.summary.text import to_text
from mbc_desktop.ui.summary.options import printed_in
from mbc_desktop.words.dates import in_zone

# What lay_out can leave out to fit one page, in the order the note names them.
LEFT_OUT_KINDS = ("questions", "medications", "changes", "symptoms")


def left_out(result: PageResult) -> list[tuple[str, int]]:
    """What did not fit, by kind (questions, medications, symptoms), in that order; only
    kinds with something left out."""
    counts = result.left_out
    return [(kind, counts[kind]) for kind in LEFT_OUT_KINDS if counts.get(kind)]


def render_on(
    summary: Summary, paper: Paper, device: QPagedPaintDevice, language: str | None = None
) -> PageResult:
    """Lay the summary out on ``device`` (a printer, the preview's printer) and paint it;
    lay_out sets the device to the paper and the summary's margins."""
    with printed_in(language):
        document, result = lay_out(summary, paper, device)
        paint(document, result, device)
    return result


def measure(summary: Summary, paper: Paper, language: str | None = None) -> PageResult:
    """How the summary fits on ``paper`` (pages, compact, left out), laid out on a PDF page
    in memory: nothing is painted and nothing is written anywhere."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION)  # as the saved PDF is laid out
    with printed_in(language):
        _document, result = lay_out(summary, paper, writer)
    return result


def pdf_path(chosen: Path) -> Path:
    """The file name as chosen, with ".pdf" added when it has no such ending."""
    return chosen if chosen.suffix.lower() == ".pdf" else chosen.with_name(chosen.name + ".pdf")


def save_pdf(summary: Summary, path: Path, paper: Paper, language: str | None = None) -> PageResult:
    """Write the summary to ``path`` as a PDF (raises OSError when it can't be written)."""
    with printed_in(language):
        return write_pdf(summary, path, paper)


def copy_text(summary: Summary, language: str | None = None) -> str:
    """Put the summary on the clipboard as plain text; returns the text."""
    with printed_in(language):
        text = to_text(summary)
    clipboard = QGuiApplication.clipboard()
    clipboard.setText(text)
    return text


def file_date(summary: Summary) -> str:
    """The date in a suggested file name: the appointment's day, or the day it was made when
    there is no appointment (YYYY-MM-DD, the same in every language)."""
    if summary.appointment is not None:
        moment: datetime = summary.appointment.local_start()
    else:
        moment = in_zone(summary.made_at, summary.zone_name)
    return moment.date().isoformat()
