"""The summary for the next appointment as a one-page PDF, against rendering its HTML alone.

    probe_summary.py DATA_DIR REPS

In one process (QT_QPA_PLATFORM=offscreen), on a private copy of DATA_DIR, after one round not
timed (fonts, first queries):

- *built and written*: ``journal.summary.build()`` (what Prepare summary and
  ``mbc-desktop summary`` do: every read from the journal) and then ``write_pdf`` (laid out,
  fitted on one page, trend images drawn, painted, written whole with an fsync);
- *HTML to PDF alone*: the final HTML of that PDF (the HTML ``fill_document`` was given in
  its last call, with the same trend images already made) set into a new QTextDocument on a
  new QPdfWriter of the same page, painted page by page and written the same way (fsync).

The ratio of the two is the issue's budget: what building and fitting the summary adds to the
cost of rendering a finished page. Prints {"built": [s...], "html_only": [s...], "pages": n,
"compact": bool, "left_out": {...}}.
"""

import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from _common import finish, private_copy
from PySide6.QtCore import QBuffer, QIODevice, QRectF
from PySide6.QtGui import QGuiApplication, QPainter, QPdfWriter, QTextDocument

from mbc_desktop.app import open_journal
from mbc_desktop.paths import DataPaths
from mbc_desktop.summary import html as summary_html
from mbc_desktop.summary import pdf as summary_pdf
from mbc_desktop.summary.model import Paper

caught: dict[str, Any] = {}
real_fill = summary_html.fill_document


def fill_and_remember(document: QTextDocument, summary: Any, **options: Any) -> None:
    """``fill_document`` as it is, remembering the HTML and images of its last call."""
    real_fill(document, summary, **options)
    caught["html"] = summary_html.to_html(summary, **options)
    caught["document"] = document


summary_pdf.fill_document = fill_and_remember  # pdf.py calls it by this name


def write_whole(path: Path, data: bytes) -> None:
    with open(path, "wb") as file:
        file.write(data)
        file.flush()
        os.fsync(file.fileno())


def html_only(html: str, source: QTextDocument, paper: Paper, path: Path) -> None:
    """Render finished HTML (its images taken from ``source``) to a PDF file."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(summary_pdf.RESOLUTION)
    writer.setPageLayout(summary_pdf.page_layout(paper))
    document = QTextDocument()
    document.documentLayout().setPaintDevice(writer)
    document.setDocumentMargin(0)
    document.setPageSize(source.pageSize())
    document.setDefaultFont(source.defaultFont())
    for name, image in caught["images"].items():
        document.addResource(QTextDocument.ResourceType.ImageResource, name, image)
    document.setHtml(html)
    painter = QPainter(writer)
    width, height = document.pageSize().width(), document.pageSize().height()
    for page in range(max(1, document.pageCount())):
        if page:
            writer.newPage()
        painter.save()
        painter.translate(0, -page * height)
        document.drawContents(painter, QRectF(0, page * height, width, height))
        painter.restore()
    painter.end()
    del writer
    write_whole(path, bytes(buffer.data().data()))


def images_of(document: QTextDocument, html: str) -> dict[Any, Any]:
    import re

    from PySide6.QtCore import QUrl

    found = {}
    for name in set(re.findall(r'src="(trend:[^"]+)"', html)):
        url = QUrl(name)
        found[url] = document.resource(QTextDocument.ResourceType.ImageResource, url)
    return found


def main() -> None:
    source, reps = Path(sys.argv[1]), int(sys.argv[2])
    _app = QGuiApplication(sys.argv[:1])
    scratch = tempfile.TemporaryDirectory()
    paths = DataPaths(private_copy(source, Path(scratch.name)))
    journal = open_journal(paths)
    paper = journal.summary_preferences.paper()
    out = Path(scratch.name) / "summary.pdf"
    built, alone = [], []
    result = None
    for rep in range(reps + 1):
        started = time.perf_counter()
        summary = journal.summary.build()
        result = summary_pdf.write_pdf(summary, out, paper)
        elapsed = time.perf_counter() - started
        caught["images"] = images_of(caught["document"], caught["html"])
        started = time.perf_counter()
        html_only(caught["html"], caught["document"], paper, Path(scratch.name) / "alone.pdf")
        elapsed_alone = time.perf_counter() - started
        if rep:  # the first round warms fonts and caches
            built.append(elapsed)
            alone.append(elapsed_alone)
    assert result is not None
    journal.close()
    scratch.cleanup()
    finish(
        {
            "built": built,
            "html_only": alone,
            "pages": result.pages,
            "compact": result.compact,
            "left_out": result.left_out,
        }
    )


if __name__ == "__main__":
    main()
