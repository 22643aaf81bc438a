"""The recovery sheet: one page to print or keep as a PDF, with the recovery key in large
groups, the day it was made, which journal it opens (the data folder), what it is for and how
to use it.

The sheet holds the key, so the PDF is written the way every file of ours is: to a temporary
file beside the target, owner-only (0600), flushed to disk, then renamed onto the name chosen.
"""

import contextlib
import html
import os
import tempfile
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QBuffer, QCoreApplication, QIODevice, QLocale, QMarginsF
from PySide6.QtGui import (
    QFontDatabase,
    QFontInfo,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextDocument,
)
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from mbc_desktop.words.dates import long_date
from mbc_desktop.words.texts import fill

GROUPS_PER_LINE = 4
KEY_POINTS = 22
BODY_POINTS = 11
RESOLUTION = 300
MARGINS_MM = QMarginsF(20, 20, 20, 20)
CREATOR = "MBC Desktop"


def key_groups(recovery_key: str) -> list[str]:
    """The key's groups as written ("ABCD-EFGH-…" → ["ABCD", "EFGH", …]); a key written
    without dashes is cut into fours."""
    key = recovery_key.strip()
    if "-" in key:
        return [group for group in key.split("-") if group]
    return [key[at : at + 4] for at in range(0, len(key), 4)]


def _fixed_family() -> str:
    """The system's fixed-width font, by its real name (a generic "monospace" is not always
    found when a document is laid out for a printer)."""
    return QFontInfo(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)).family()


def sheet_title() -> str:
    """The sheet's title, also the PDF's and the print job's (never the key)."""
    return QCoreApplication.translate("RecoverySheet", "MBC Desktop recovery key")


def sheet_html(recovery_key: str, journal_folder: Path, made: datetime) -> str:
    """The sheet as HTML for a QTextDocument. Everything put in is escaped (a folder's name
    could look like markup)."""
    groups = key_groups(recovery_key)
    rows = [groups[at : at + GROUPS_PER_LINE] for at in range(0, len(groups), GROUPS_PER_LINE)]
    family = html.escape(_fixed_family(), quote=True)
    # One line of groups per paragraph, each but the last ending in a dash, so that the
    # lines read one after the other are the key exactly as it is typed.
    lines = ["-".join(row) + ("-" if at < len(rows) - 1 else "") for at, row in enumerate(rows)]
    key_block = "".join(
        f"<p style=\"font-family: '{family}'; font-size: {KEY_POINTS}pt; "
        f'margin: 0;">{html.escape(line)}</p>'
        for line in lines
    )

    def para(text: str) -> str:
        return f"<p>{html.escape(text)}</p>"

    def heading(level: int, text: str) -> str:
        return f"<h{level}>{html.escape(text)}</h{level}>"

    steps = [
        QCoreApplication.translate(
            "RecoverySheet", "Start MBC Desktop on the computer that has your journal."
        ),
        QCoreApplication.translate(
            "RecoverySheet",
            "Where it asks for your passphrase, type this recovery key instead, then press Enter.",
        ),
        QCoreApplication.translate(
            "RecoverySheet",
            "Once your journal is open, choose a new passphrase: File › Passphrase and lock…, "
            "then Change passphrase.",
        ),
    ]
    items = "".join(f"<li>{html.escape(step)}</li>" for step in steps)
    return "".join(
        [
            "<html><body>",
            heading(1, sheet_title()),
            para(fill(QCoreApplication.translate("RecoverySheet", "Made on %1."), long_date(made))),
            para(QCoreApplication.translate("RecoverySheet", "For the journal in this folder:")),
            f"<p><b>{html.escape(str(journal_folder))}</b></p>",
            key_block,
            heading(2, QCoreApplication.translate("RecoverySheet", "What it is for")),
            para(
                QCoreApplication.translate(
                    "RecoverySheet",
                    "This key opens your journal, and every backup of it, if you forget your "
                    "passphrase. Without your passphrase or this key, no one can open your "
                    "journal: not you, and not the makers of MBC Desktop.",
                )
            ),
            para(
                QCoreApplication.translate(
                    "RecoverySheet",
                    "Anyone who has this key can read your journal. Keep it somewhere safe and "
                    "apart from the computer, such as with your important papers.",
                )
            ),
            heading(2, QCoreApplication.translate("RecoverySheet", "How to use it")),
            f"<ol>{items}</ol>",
            para(
                QCoreApplication.translate(
                    "RecoverySheet",
                    "Changing your passphrase keeps this recovery key. Turning encryption off "
                    "and on again makes a new key, and this sheet no longer works.",
                )
            ),
            "</body></html>",
        ]
    )


def sheet_document(recovery_key: str, journal_folder: Path, made: datetime) -> QTextDocument:
    document = QTextDocument()
    font = document.defaultFont()
    font.setPointSizeF(BODY_POINTS)
    document.setDefaultFont(font)
    document.setHtml(sheet_html(recovery_key, journal_folder, made))
    return document


def page_size() -> QPageSize:
    """Letter where the interface's locale uses it (the United States…), A4 elsewhere."""
    if QLocale().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem:
        return QPageSize(QPageSize.PageSizeId.Letter)
    return QPageSize(QPageSize.PageSizeId.A4)


def _set_page(device: QPagedPaintDevice) -> None:
    device.setPageLayout(
        QPageLayout(
            page_size(), QPageLayout.Orientation.Portrait, MARGINS_MM, QPageLayout.Unit.Millimeter
        )
    )


def sheet_pdf_bytes(recovery_key: str, journal_folder: Path, made: datetime) -> bytes:
    """The sheet as a PDF, in memory."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION)
    writer.setCreator(CREATOR)
    writer.setTitle(sheet_title())
    _set_page(writer)
    sheet_document(recovery_key, journal_folder, made).print_(writer)
    del writer  # finishes the PDF
    data = bytes(buffer.data().data())
    buffer.close()
    return data


def write_sheet_pdf(path: Path, recovery_key: str, journal_folder: Path, made: datetime) -> Path:
    """Save the sheet as a PDF at ``path``, readable by its owner alone (0600), replacing a
    file of that name only whole. Raises OSError (the temporary file removed) if it can't."""
    path = Path(path)
    data = sheet_pdf_bytes(recovery_key, journal_folder, made)
    temporary: str | None = None
    try:
        # mkstemp makes the file 0600 whatever the umask; said again in case that changes.
        handle, temporary = tempfile.mkstemp(
            prefix=f".{path.name}.", suffix=".part", dir=path.parent
        )
        os.fchmod(handle, 0o600)
        with os.fdopen(handle, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, path)
        temporary = None
    finally:
        if temporary is not None:
            with contextlib.suppress(OSError):
                os.remove(temporary)
    return path


def print_sheet_on(
    printer: QPrinter, recovery_key: str, journal_folder: Path, made: datetime
) -> None:
    """Print the sheet on ``printer`` (already chosen)."""
    printer.setDocName(sheet_title())
    _set_page(printer)
    sheet_document(recovery_key, journal_folder, made).print_(printer)


def print_sheet(
    parent: QWidget | None, recovery_key: str, journal_folder: Path, made: datetime
) -> bool:
    """Ask which printer (the system's print dialog), then print; True if it was sent."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    _set_page(printer)
    dialog = QPrintDialog(printer, parent)
    dialog.setObjectName("recoveryPrintDialog")
    dialog.setWindowTitle(QCoreApplication.translate("RecoverySheet", "Print your recovery key"))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    print_sheet_on(printer, recovery_key, journal_folder, made)
    return True
