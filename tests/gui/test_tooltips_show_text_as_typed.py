"""What a person typed shows in a tooltip exactly as typed: Qt reads a tooltip that looks like
HTML as HTML, so a note "<b>not bold</b>" must be escaped, never rendered."""

from datetime import UTC, date, datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from pytestqt.qtbot import QtBot

from mbc_desktop.domain.medications import NewMedication
from mbc_desktop.domain.symptoms import NewCheckIn
from mbc_desktop.services import MedicationService, SymptomService
from mbc_desktop.storage import open_journal
from mbc_desktop.ui.medications.model import MedicationListModel
from mbc_desktop.ui.symptoms.entries import NOTE, EntriesModel
from mbc_desktop.words.texts import plain_tooltip

TYPED = "Pain <b>not bold</b> & <i>5 > 3</i>"


def shown(tooltip: str) -> str:
    """The text Qt shows for a rich-text tooltip."""
    document = QTextDocument()
    document.setHtml(tooltip)
    return document.toPlainText()


def test_plain_tooltip_shows_the_text_as_typed(qtbot: QtBot) -> None:
    assert shown(plain_tooltip(TYPED)) == TYPED


def test_a_check_in_note_and_a_medicine_show_as_typed(qtbot: QtBot, tmp_path: Path) -> None:
    store = open_journal(tmp_path / "journal.sqlite")
    try:
        symptoms = SymptomService(store)
        saved = symptoms.add_check_in(
            NewCheckIn(taken_at=datetime(2026, 11, 20, 9, tzinfo=UTC), scores={1: 3}, note=TYPED)
        )
        entries = EntriesModel()
        entries.set_rows(1, [saved])
        tip = entries.data(entries.index(0, NOTE), Qt.ItemDataRole.ToolTipRole)
        assert shown(tip) == TYPED

        medicine = MedicationService(store).add(NewMedication(name=TYPED, dose="2 mg"))
        medicines = MedicationListModel(lambda: date(2026, 11, 27))
        medicines.set_rows([medicine])
        tip = medicines.data(medicines.index(0), Qt.ItemDataRole.ToolTipRole)
        assert TYPED in shown(tip)
    finally:
        store.close()


def test_a_symptom_named_with_an_ampersand_shows_it_and_takes_no_alt_letter(
    qtbot: QtBot,
) -> None:
    from PySide6.QtGui import QKeySequence

    from mbc_desktop.ui.symptoms.scale_row import ScaleRow

    row = ScaleRow("Tom&Jerry aches", "None", "Worst possible")
    qtbot.addWidget(row)
    assert row.name_label.text().replace("&&", "&") == "Tom&Jerry aches"
    assert QKeySequence.mnemonic(row.name_label.text()).isEmpty()
