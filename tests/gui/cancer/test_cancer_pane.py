"""About my cancer, by keyboard only, on a real journal: every section filled, everything left
blank, the dated history with undo, typing that can't be saved, the subtype and the new-biopsy
notice, and what changed since the last appointment."""

from datetime import UTC, date, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QWidget
from pytestqt.qtbot import QtBot
from tests.gui.cancer.conftest import (
    CancerArea,
    OpenCancer,
    alt,
    focused,
    pick,
    set_text_scale,
    tab,
    type_text,
    written,
)

from mbc_desktop.app import Journal
from mbc_desktop.domain import NewAppointment
from mbc_desktop.domain.cancer import (
    Biomarker,
    BiomarkerResult,
    BiomarkerTest,
    CancerProfile,
    Her2Status,
    HormoneReceptor,
    HowItCameBack,
    LocalTreatment,
    LocalTreatmentKind,
    MenopausalStatus,
    ReceptorTest,
    SampleSite,
    SpreadSite,
    StopReason,
    TestSample,
    TreatmentLine,
)
from mbc_desktop.services.answers import AnswerService
from mbc_desktop.services.cancer_profile import CancerProfileService
from mbc_desktop.ui.common.widgets import mnemonic_letter

CTRL = Qt.KeyboardModifier.ControlModifier
TESTED = date(2024, 3, 1)
PROGRESSED = date(2025, 4, 20)


def next_section(qtbot: QtBot) -> None:
    qtbot.keyClick(focused(), Qt.Key.Key_PageDown, CTRL)


def type_date(qtbot: QtBot, day: date) -> None:
    type_text(qtbot, written(day))


def saved(area: CancerArea) -> bool:
    return area.pane.saved_label.text() == "✓ Saved"


def test_every_section_filled_by_keyboard_is_saved_and_counted(
    qtbot: QtBot, open_cancer: OpenCancer, journal: Journal
) -> None:
    area = open_cancer()
    pane = area.pane
    assert focused() is pane.form.index
    qtbot.keyClick(focused(), Qt.Key.Key_Return)  # into the first section

    # 1 Receptors
    assert focused() is pane.receptors.er_box
    pick(qtbot, "Positive")
    alt(qtbot, "C")
    type_text(qtbot, "90")
    alt(qtbot, "P")
    pick(qtbot, "Low (1 to 10 %)")
    alt(qtbot, "L")
    type_text(qtbot, "5")
    alt(qtbot, "I")
    pick(qtbot, "Low: IHC 1+")
    alt(qtbot, "D")
    type_date(qtbot, TESTED)
    alt(qtbot, "W")
    pick(qtbot, "The first tumor")
    assert pane.receptors.subtype_box.name_label.text() == "Hormone-receptor positive, HER2-low"

    # 2 Menopause
    next_section(qtbot)
    assert focused() is pane.menopause.status_box
    pick(qtbot, "Postmenopausal")

    # 3 Biomarkers: one line each, Tab along it
    next_section(qtbot)
    rows = pane.biomarkers.rows
    assert focused() is rows[Biomarker.PIK3CA].result
    pick(qtbot, "Positive")
    tab(qtbot)
    assert focused() is rows[Biomarker.PIK3CA].tested_on
    type_date(qtbot, date(2025, 5, 2))
    tab(qtbot)
    pick(qtbot, "Blood")
    alt(qtbot, "D")
    assert focused() is rows[Biomarker.PD_L1].result
    pick(qtbot, "Negative")
    for _key in range(6):  # along the line: the date (Tab goes through its parts), what was
        tab(qtbot)  # tested, the score
        if focused() is rows[Biomarker.PD_L1].value:
            break
    assert focused() is rows[Biomarker.PD_L1].value
    type_text(qtbot, "CPS 1")
    alt(qtbot, "2")
    pick(qtbot, "Not tested")

    # 4 Where it has spread
    next_section(qtbot)
    assert focused() is pane.spread.sites[SpreadSite.BONE]
    qtbot.keyClick(focused(), Qt.Key.Key_Space)
    alt(qtbot, "L")  # Liver
    alt(qtbot, "W")
    type_text(qtbot, "Pleura")
    alt(qtbot, "C")
    pick(qtbot, "It came back after earlier treatment")

    # 5 Treatment history: two lines
    next_section(qtbot)
    assert focused() is pane.lines.add_button
    alt(qtbot, "A")
    assert focused() is pane.lines.drugs_edit
    type_text(qtbot, "letrozole + palbociclib")
    alt(qtbot, "S")
    type_date(qtbot, date(2024, 4, 1))
    alt(qtbot, "O")
    type_date(qtbot, PROGRESSED)
    alt(qtbot, "W")
    pick(qtbot, "The cancer grew")
    alt(qtbot, "A")
    type_text(qtbot, "fulvestrant")
    alt(qtbot, "W")
    pick(qtbot, "Still taking it")

    # 6 Local treatments
    next_section(qtbot)
    alt(qtbot, "A")
    assert focused() is pane.local.kind_box
    pick(qtbot, "Radiation")
    alt(qtbot, "B")
    type_text(qtbot, "spine")
    alt(qtbot, "D")
    type_date(qtbot, date(2024, 5, 1))
    alt(qtbot, "K")  # leaving the date saves it

    qtbot.waitUntil(lambda: saved(area))
    assert journal.cancer.current() == CancerProfile(
        receptors=ReceptorTest(
            er=HormoneReceptor.POSITIVE,
            er_percent=90,
            pr=HormoneReceptor.LOW,
            pr_percent=5,
            her2=Her2Status.LOW_1_PLUS,
            tested_on=TESTED,
            sample=SampleSite.ORIGINAL_TUMOUR,
        ),
        menopausal_status=MenopausalStatus.POSTMENOPAUSAL,
        biomarkers=(
            BiomarkerTest(
                marker=Biomarker.PIK3CA,
                result=BiomarkerResult.POSITIVE,
                tested_on=date(2025, 5, 2),
                sample=TestSample.BLOOD,
            ),
            BiomarkerTest(marker=Biomarker.GERMLINE_BRCA2, result=BiomarkerResult.NOT_TESTED),
            BiomarkerTest(marker=Biomarker.PD_L1, result=BiomarkerResult.NEGATIVE, value="CPS 1"),
        ),
        spread=(SpreadSite.BONE, SpreadSite.LIVER, SpreadSite.OTHER),
        spread_other="Pleura",
        how_it_came_back=HowItCameBack.RECURRENCE,
        lines=(
            TreatmentLine(
                number=1,
                drugs="letrozole + palbociclib",
                started_on=date(2024, 4, 1),
                stopped_on=PROGRESSED,
                stop_reason=StopReason.PROGRESSION,
            ),
            TreatmentLine(number=2, drugs="fulvestrant", stop_reason=StopReason.STILL_TAKING),
        ),
        local=(
            LocalTreatment(kind=LocalTreatmentKind.RADIATION, where="spine", on=date(2024, 5, 1)),
        ),
    )
    assert pane.form.answered_count() == (6, 6)
    assert pane.form.progress_label.text().startswith("6 of 6 ")
    # The results are older than the last time the cancer grew: a new biopsy may change it.
    assert not pane.receptors.subtype_box.rebiopsy.isHidden()
    assert not pane.has_unsaved()


def test_left_blank_nothing_is_recorded_and_nothing_is_answered(
    qtbot: QtBot, open_cancer: OpenCancer, journal: Journal
) -> None:
    area = open_cancer()
    pane = area.pane
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    for _section in range(pane.form.count()):
        tab(qtbot, 6)  # through the fields, choosing and typing nothing
        next_section(qtbot)
    pane.flush()
    assert journal.answers.latest("cancer") == {}
    assert pane.form.answered_count() == (0, 6)
    assert pane.form.progress_label.text().startswith("0 of 6 ")
    assert not pane.has_unsaved()
    assert area.undo_stack.count() == 0
    assert pane.receptors.subtype_box.name_label.text() == "Not known yet"
    assert pane.receptors.subtype_box.rebiopsy.isHidden()


def test_each_change_is_dated_and_kept_and_undo_takes_back_exactly_one_save(
    qtbot: QtBot, open_cancer: OpenCancer, journal: Journal
) -> None:
    area = open_cancer()
    pane = area.pane
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    pick(qtbot, "Positive")
    pick(qtbot, "Negative")
    history = journal.answers.history("cancer", "receptors")
    assert [answer.value for answer in history] == [
        {**_blank_receptors(), "er": "positive"},
        {
            **_blank_receptors(),
            "er": "negative",
        },
    ]
    assert history[0].recorded_at <= history[1].recorded_at
    assert journal.cancer.current().receptors == ReceptorTest(er=HormoneReceptor.NEGATIVE)
    assert area.undo_stack.undoText() == "Change receptor results in About my cancer"

    qtbot.keyClick(focused(), Qt.Key.Key_Z, CTRL)
    assert journal.cancer.current().receptors == ReceptorTest(er=HormoneReceptor.POSITIVE)
    assert pane.receptors.er_box.currentText() == "Positive"
    qtbot.keyClick(focused(), Qt.Key.Key_Z, CTRL)
    assert journal.cancer.current().receptors is None
    assert journal.answers.history("cancer", "receptors") == []
    assert pane.receptors.er_box.currentText() == "—"
    assert pane.form.answered_count() == (0, 6)
    area.undo_stack.redo()  # Edit › Redo
    assert journal.cancer.current().receptors == ReceptorTest(er=HormoneReceptor.POSITIVE)
    assert pane.receptors.er_box.currentText() == "Positive"
    assert pane.form.answered_count() == (1, 6)


def _blank_receptors() -> dict[str, object]:
    return {
        "er": None,
        "er_percent": None,
        "pr": None,
        "pr_percent": None,
        "her2": None,
        "tested_on": None,
        "sample": None,
    }


def test_a_percentage_that_cant_be_saved_is_kept_with_a_message_and_the_rest_is_saved(
    qtbot: QtBot, open_cancer: OpenCancer, journal: Journal
) -> None:
    area = open_cancer()
    pane = area.pane
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    pick(qtbot, "Positive")
    alt(qtbot, "C")
    type_text(qtbot, "150")
    alt(qtbot, "I")  # leaving the field saves what can be
    pick(qtbot, "Positive: IHC 3+")
    message = pane.receptors.messages["er_percent"]
    assert message.message == "Type a percentage from 1 to 100."
    assert pane.receptors.er_percent.text() == "150"
    assert pane.has_unsaved()
    assert pane.saved_label.text() == "⚠ Not saved yet"
    assert journal.cancer.current().receptors == ReceptorTest(
        er=HormoneReceptor.POSITIVE, her2=Her2Status.POSITIVE_3_PLUS
    )

    # Elsewhere in the form, the main window can bring it back.
    next_section(qtbot)
    assert pane.show_unsaved()
    assert pane.form.current() == 0
    assert focused() is pane.receptors.er_percent  # on the field whose message says why

    pane.receptors.er_percent.setFocus()
    qtbot.keyClick(focused(), Qt.Key.Key_A, CTRL)
    type_text(qtbot, "80")
    pane.flush()
    assert not message.has_message()
    assert not pane.has_unsaved()
    assert pane.show_unsaved() is False
    assert journal.cancer.current().receptors == ReceptorTest(
        er=HormoneReceptor.POSITIVE, er_percent=80, her2=Her2Status.POSITIVE_3_PLUS
    )

    # A slip while changing it: the saved 80 % stays until the typing can be saved.
    qtbot.keyClick(focused(), Qt.Key.Key_A, CTRL)
    type_text(qtbot, "8o")
    pane.flush()
    assert pane.receptors.messages["er_percent"].has_message()
    assert journal.cancer.current().receptors == ReceptorTest(
        er=HormoneReceptor.POSITIVE, er_percent=80, her2=Her2Status.POSITIVE_3_PLUS
    )


def test_a_line_stopped_before_it_started_waits_with_a_message(
    qtbot: QtBot, open_cancer: OpenCancer, journal: Journal
) -> None:
    area = open_cancer()
    pane = area.pane
    pane.form.show_section(pane.form.section_of(pane.lines))
    alt(qtbot, "A")
    type_text(qtbot, "capecitabine")
    alt(qtbot, "S")
    type_date(qtbot, date(2025, 6, 1))
    alt(qtbot, "O")
    type_date(qtbot, date(2025, 5, 1))
    alt(qtbot, "W")
    assert pane.lines.messages["stopped_on"].message == (
        "The day it stopped can't be before the day it started."
    )
    assert pane.has_unsaved()
    # What was saved before stays as it was.
    assert journal.cancer.current().lines == (
        TreatmentLine(number=1, drugs="capecitabine", started_on=date(2025, 6, 1)),
    )
    assert pane.lines.list.item(0).text().startswith("⚠ ")
    alt(qtbot, "O")
    type_date(qtbot, date(2025, 7, 1))
    alt(qtbot, "W")
    assert not pane.has_unsaved()
    assert journal.cancer.current().lines == (
        TreatmentLine(
            number=1, drugs="capecitabine", started_on=date(2025, 6, 1), stopped_on=date(2025, 7, 1)
        ),
    )
    # Remove it by keyboard; Edit › Undo brings it back.
    alt(qtbot, "R")
    assert journal.cancer.current().lines == ()
    assert focused() is pane.lines.add_button
    qtbot.keyClick(focused(), Qt.Key.Key_Z, CTRL)
    assert len(journal.cancer.current().lines) == 1
    assert pane.lines.count() == 1


def test_the_subtype_says_how_it_was_read_and_a_new_biopsy_notice_follows_the_lines(
    qtbot: QtBot, open_cancer: OpenCancer, journal: Journal
) -> None:
    journal.cancer.save(
        CancerProfile(
            receptors=ReceptorTest(
                er=HormoneReceptor.POSITIVE,
                er_percent=80,
                pr=HormoneReceptor.NEGATIVE,
                her2=Her2Status.LOW_2_PLUS_ISH_NEGATIVE,
                tested_on=TESTED,
            ),
            lines=(
                TreatmentLine(
                    number=1,
                    drugs="anastrozole",
                    started_on=TESTED,
                    stopped_on=PROGRESSED,
                    stop_reason=StopReason.PROGRESSION,
                ),
            ),
        )
    )
    area = open_cancer()
    box = area.pane.receptors.subtype_box
    assert box.name_label.text() == "Hormone-receptor positive, HER2-low"
    assert box.reasons.text().splitlines() == [
        "• ER is positive (80 %), so the cancer is hormone-receptor positive.",
        "• HER2 is IHC 2+ with a negative ISH test, which counts as HER2-low: not HER2-positive.",
        "• HER2-low is a group used when choosing some treatments; it is not a formal type of "
        "breast cancer.",
        "• Together: HR-positive, HER2-negative.",
    ]
    assert box.note.text() == (
        "This is how MBC Desktop reads the results you typed; your care team confirms your subtype."
    )
    assert not box.rebiopsy.isHidden()
    assert "a new biopsy may change the type" in box.rebiopsy.text()

    # The line stopped for side effects instead: no progression, no notice.
    area.pane.form.show_section(area.pane.form.section_of(area.pane.lines))
    alt(qtbot, "W")
    pick(qtbot, "Side effects")
    assert journal.cancer.current().latest_progression is None
    assert box.rebiopsy.isHidden()


def test_what_changed_since_the_last_appointment_in_words(
    qtbot: QtBot, open_cancer: OpenCancer, journal: Journal
) -> None:
    month_ago = datetime.now(UTC) - timedelta(days=30)
    earlier = CancerProfileService(AnswerService(journal.store, clock=lambda: month_ago))
    earlier.save(
        CancerProfile(
            receptors=ReceptorTest(er=HormoneReceptor.POSITIVE), spread=(SpreadSite.BONE,)
        )
    )
    visit = journal.appointments.add(
        NewAppointment(starts_at=datetime.now(UTC) - timedelta(days=20), clinician="Dr. Ortiz")
    )
    area = open_cancer()
    pane = area.pane
    changes = pane.form.section_of(pane.changes_page)
    pane.form.show_section(changes)
    assert pane.changes_page.summary.text().startswith("Nothing here has changed since")

    pane.form.show_section(0)
    pick(qtbot, "Negative")
    pane.form.show_section(pane.form.section_of(pane.spread))
    alt(qtbot, "L")  # Liver too
    pane.form.show_section(changes)
    day = visit.local_start()
    assert pane.changes_page.summary.text().startswith("Since your appointment on ")
    assert str(day.year) in pane.changes_page.summary.text()
    lines = pane.changes_page.lines.text().splitlines()
    assert len(lines) == 2
    assert lines[0].startswith("• ER: from “Positive” to “Negative” (")
    assert lines[1].startswith("• Where it has spread: from “Bone” to “Bone, Liver” (")


def test_with_no_past_appointment_there_is_nothing_to_compare_yet(
    qtbot: QtBot, open_cancer: OpenCancer
) -> None:
    area = open_cancer()
    pane = area.pane
    pane.form.show_section(pane.form.section_of(pane.changes_page))
    assert pane.changes_page.summary.text().startswith("There is no past appointment")
    assert not pane.changes_page.lines.isVisibleTo(pane)


def _letters(page: QWidget) -> list[str]:
    letters = []
    for widget in page.findChildren(QWidget):
        if not widget.isVisibleTo(page):
            continue
        labelled = isinstance(widget, QLabel) and widget.buddy() is not None
        if labelled or isinstance(widget, QAbstractButton):
            text = widget.text()
        else:
            continue
        letter = mnemonic_letter(text)
        if letter:
            letters.append(letter)
    return letters


def test_each_section_has_its_own_alt_letters_none_the_menus_use_and_every_control_a_name(
    qtbot: QtBot, open_cancer: OpenCancer, journal: Journal
) -> None:
    journal.cancer.save(
        CancerProfile(
            lines=(TreatmentLine(drugs="x"),),
            local=(LocalTreatment(kind=LocalTreatmentKind.SURGERY),),
        )
    )
    area = open_cancer()
    pane = area.pane
    buttons = (pane.form.previous_button, pane.form.next_button)
    chrome = [mnemonic_letter(button.text()) for button in buttons]  # none: Ctrl+PgUp/PgDown
    assert chrome == [None, None]
    for index in range(pane.form.count()):
        pane.form.show_section(index)
        page = pane.form.page(index)
        letters = _letters(page)
        assert len(letters) == len(set(letters)), (index, sorted(letters))
        assert not set(letters) & set("FEQVH"), (index, letters)
        for widget in page.findChildren(QWidget):
            if (
                widget.isVisibleTo(page)
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
                and widget.focusProxy() is None
            ):
                assert widget.accessibleName() or (
                    isinstance(widget, QAbstractButton) and widget.text()
                ), widget.objectName()
    # A field with a label names it for a screen reader; the not-answered item says so.
    er = pane.receptors.er_box
    assert isinstance(er, QComboBox)
    assert er.itemData(0, Qt.ItemDataRole.AccessibleTextRole) == "Not answered"


def test_at_200_percent_every_section_fits_the_width_of_a_small_window(
    qtbot: QtBot, open_cancer: OpenCancer, journal: Journal
) -> None:
    journal.cancer.save(CancerProfile(lines=(TreatmentLine(drugs="x"),), local=(LocalTreatment(),)))
    area = open_cancer()
    set_text_scale(area, 2.0)
    qtbot.wait(50)
    room = area.scroller.viewport().width()
    for index in range(area.pane.form.count()):
        area.pane.form.show_section(index, focus=False)
        qtbot.wait(20)
        assert area.pane.minimumSizeHint().width() <= room, index
        page = area.pane.form.page(index)
        for widget in page.findChildren(QWidget):
            if widget.isVisibleTo(page) and widget.width() > 0:
                right = widget.mapTo(area.pane, widget.rect().topRight()).x()
                assert right <= area.pane.width(), (index, widget.objectName(), right)
