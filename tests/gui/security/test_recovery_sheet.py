"""The recovery sheet: the PDF holds the key (in order, read back with pypdf), the day it was
made, the journal's folder and how to use it; it is owner-only under any umask, replaces a
file of that name whole, and leaves nothing behind when it can't be written. Printing goes
through the same document."""

import os
import stat
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication

from mbc_desktop.ui.security.recovery_sheet import (
    key_groups,
    print_sheet_on,
    sheet_html,
    write_sheet_pdf,
)
from mbc_desktop.words.dates import long_date
from tests.gui.security.conftest import MADE, RECOVERY_KEY


def words(path: Path) -> str:
    """The PDF's text on single spaces (pypdf breaks lines and joins words with tabs)."""
    text = " ".join(page.extract_text() for page in PdfReader(path).pages)
    return " ".join(text.split())


def key_in(text: str) -> bool:
    """Whether the key is in ``text`` in one piece, once the line breaks are taken out."""
    return RECOVERY_KEY in "".join(text.split())


def test_the_pdf_holds_the_key_the_day_the_folder_and_how_to_use_it(
    app: QApplication, tmp_path: Path
) -> None:
    folder = tmp_path / "My journal <data>"
    path = write_sheet_pdf(tmp_path / "key.pdf", RECOVERY_KEY, folder, MADE)
    text = words(path)
    assert key_in(text)
    assert "MBC Desktop recovery key" in text
    assert long_date(MADE) in text
    # The folder's name as it is, not read as markup (the line may break inside it).
    assert "".join(str(folder).split()) in "".join(text.split())
    assert "type this recovery key instead" in text
    assert "Start MBC Desktop" in text
    # The title a file manager shows does not give the key away.
    title = PdfReader(path).metadata.title  # type: ignore[union-attr]
    assert title == "MBC Desktop recovery key"


@pytest.mark.parametrize("umask", [0o022, 0o000])
def test_the_pdf_is_owner_only_and_replaces_a_file_whole(
    app: QApplication, tmp_path: Path, umask: int
) -> None:
    target = tmp_path / "key.pdf"
    target.write_text("an older file")
    target.chmod(0o644)
    before = os.umask(umask)
    try:
        write_sheet_pdf(target, RECOVERY_KEY, tmp_path, MADE)
    finally:
        os.umask(before)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert target.read_bytes().startswith(b"%PDF")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["key.pdf"]  # no temporary left


def test_a_sheet_that_cannot_be_written_raises_and_leaves_nothing(
    app: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with pytest.raises(FileNotFoundError):
        write_sheet_pdf(tmp_path / "no such folder" / "key.pdf", RECOVERY_KEY, tmp_path, MADE)
    target = tmp_path / "key.pdf"
    target.write_text("an older file")

    def full_disk(_source: object, _target: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", full_disk)
    with pytest.raises(OSError, match="No space left"):
        write_sheet_pdf(target, RECOVERY_KEY, tmp_path, MADE)
    monkeypatch.undo()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["key.pdf"]  # no temporary left
    assert target.read_text() == "an older file"


def test_printing_prints_the_same_sheet(app: QApplication, tmp_path: Path) -> None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    print_sheet_on(printer, RECOVERY_KEY, tmp_path, MADE)
    assert key_in(words(tmp_path / "printed.pdf"))


def test_the_key_is_shown_in_its_groups_and_markup_is_escaped(app: QApplication) -> None:
    assert key_groups(RECOVERY_KEY) == RECOVERY_KEY.split("-")
    assert key_groups("ABCDEFGH") == ["ABCD", "EFGH"]
    page = sheet_html(RECOVERY_KEY, Path("/home/me/<b>data</b>"), MADE)
    assert "<b>data</b>" not in page
    assert "&lt;b&gt;data&lt;/b&gt;" in page
