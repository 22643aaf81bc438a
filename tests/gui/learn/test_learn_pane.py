"""Learn in the real window: search as you type, pages that match About my cancer, links that
stay inside the app, and a page's questions added to the list once, with undo."""

from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from mbc_desktop.domain.cancer import (
    CancerProfile,
    Her2Status,
    HormoneReceptor,
    MenopausalStatus,
    ReceptorTest,
)
from mbc_desktop.ui.learn.document import outside_links
from mbc_desktop.ui.learn.pane import PAGE_ROLE, TERM_ROLE, LearnPane
from mbc_desktop.ui.main_window import MainWindow
from mbc_desktop.words.i18n import use_language

from ..conftest import OpenWindow

HR_POSITIVE = CancerProfile(
    receptors=ReceptorTest(
        er=HormoneReceptor.POSITIVE, pr=HormoneReceptor.POSITIVE, her2=Her2Status.ZERO
    ),
    menopausal_status=MenopausalStatus.POSTMENOPAUSAL,
)
TRIPLE_NEGATIVE = CancerProfile(
    receptors=ReceptorTest(
        er=HormoneReceptor.NEGATIVE, pr=HormoneReceptor.NEGATIVE, her2=Her2Status.ZERO
    )
)


def learn(window: MainWindow) -> LearnPane:
    pane = window.learn_pane
    assert pane is not None
    window.show_area(pane)
    pane.focus_start()
    return pane


def listed_ids(pane: LearnPane) -> list[str]:
    return [pane.pages.item(row).data(PAGE_ROLE) for row in range(pane.pages.count())]


def marked_ids(pane: LearnPane) -> list[str]:
    return [
        pane.pages.item(row).data(PAGE_ROLE)
        for row in range(pane.pages.count())
        if pane.pages.item(row).text().startswith("✓")
    ]


def test_ctrl_9_opens_learn_with_the_keyboard_in_the_search_box(
    qtbot: QtBot, open_window: OpenWindow
) -> None:
    window = open_window()
    qtbot.keyClick(window, Qt.Key.Key_9, Qt.KeyboardModifier.ControlModifier)
    pane = window.learn_pane
    assert pane is not None
    qtbot.waitUntil(lambda: QApplication.focusWidget() is pane.search)
    assert pane.current is not None
    assert pane.current.id == "goals-of-treatment"


def test_search_finds_a_page_by_a_word_in_its_body_as_you_type(
    qtbot: QtBot, open_window: OpenWindow
) -> None:
    pane = learn(open_window())
    qtbot.keyClicks(pane.search, "DICO")  # "DICOM" appears only in the body of one page
    assert "second-opinions" in listed_ids(pane)
    assert pane.list_note.text().endswith("best first")
    qtbot.keyClick(pane.search, Qt.Key.Key_Down)
    row = listed_ids(pane).index("second-opinions")
    pane.pages.setCurrentRow(row)
    assert pane.current is not None
    assert pane.current.id == "second-opinions"
    assert pane.browser.textCursor().selectedText().casefold() == "dico"
    qtbot.keyClick(pane.pages, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is pane.browser
    qtbot.keyClick(pane.browser, Qt.Key.Key_Escape)
    assert QApplication.focusWidget() is pane.pages


def test_search_that_finds_nothing_says_what_to_try(qtbot: QtBot, open_window: OpenWindow) -> None:
    pane = learn(open_window())
    qtbot.keyClicks(pane.search, "zzqx")
    assert pane.pages.count() == 0
    assert "Nothing matches “zzqx”" in pane.list_note.text()
    qtbot.keyClick(pane.search, Qt.Key.Key_Escape)
    assert pane.search.text() == ""
    assert pane.pages.count() == len(pane.library.pages)


def test_a_glossary_result_opens_the_glossary_at_its_term(
    qtbot: QtBot, open_window: OpenWindow
) -> None:
    pane = learn(open_window())
    qtbot.keyClicks(pane.search, "aromatase inhibitor")
    rows = [row for row in range(pane.pages.count()) if pane.pages.item(row).data(TERM_ROLE)]
    assert rows
    pane.pages.setCurrentRow(rows[0])
    assert pane.current is not None
    assert pane.current.id == "glossary"
    assert pane._anchor == "aromatase-inhibitor"


def test_the_applies_to_me_filter_follows_a_changed_profile(
    qtbot: QtBot, open_window: OpenWindow
) -> None:
    window = open_window()
    pane = learn(window)
    everything = listed_ids(pane)
    pane.mine.setChecked(True)
    # Nothing entered yet: pages for one kind of cancer are hidden, and it says why.
    assert "first-line-hr-positive" not in listed_ids(pane)
    assert "goals-of-treatment" in listed_ids(pane)
    assert "Nothing is entered in About my cancer" in pane.list_note.text()

    window.learn_pane._cancer.save(HR_POSITIVE)  # as About my cancer saves it
    assert "first-line-hr-positive" in listed_ids(pane)
    assert "first-line-triple-negative" not in listed_ids(pane)
    assert "first-line-hr-positive" in marked_ids(pane)

    pane._cancer.save(TRIPLE_NEGATIVE)
    assert "first-line-triple-negative" in listed_ids(pane)
    assert "first-line-hr-positive" not in listed_ids(pane)
    assert "first-line-triple-negative" in marked_ids(pane)

    pane.mine.setChecked(False)
    assert listed_ids(pane) == everything


def test_sections_that_match_are_marked_in_words(qtbot: QtBot, open_window: OpenWindow) -> None:
    pane = learn(open_window())
    pane._cancer.save(HR_POSITIVE)
    pane.open_page("first-line-hr-positive")
    text = pane.browser.toPlainText()
    assert "✓ This page is about a kind of cancer that matches About my cancer." in text
    after = text.split("After menopause", 1)[1]
    assert after.lstrip().startswith("✓ Matches About my cancer")
    before = text.split("Before menopause", 1)[1]
    assert not before.lstrip().startswith("✓ Matches About my cancer")


def test_every_page_says_it_is_education_and_shows_sources_as_text(
    qtbot: QtBot, open_window: OpenWindow
) -> None:
    pane = learn(open_window())
    for page in pane.library.pages:
        pane.open_page(page.id)
        text = pane.browser.toPlainText()
        assert "This page is education to discuss with your care team" in text
        assert "Last reviewed" in text
        for source in page.meta.sources:
            assert source.title in text
            if source.url:
                assert source.url in text
        assert outside_links(pane.browser.document()) == [], page.id


def test_links_open_pages_and_terms_inside_the_app_and_back_returns(
    qtbot: QtBot, open_window: OpenWindow
) -> None:
    pane = learn(open_window())
    pane.open_page("bone-metastases")
    pane.follow(QUrl("glossary:osteonecrosis-of-the-jaw"))
    assert pane.current is not None
    assert pane.current.id == "glossary"
    pane.follow(QUrl("page:first-line-hr-positive#premenopausal"))
    assert pane.current.id == "first-line-hr-positive"
    pane.follow(QUrl("https://www.cancer.gov"))  # never opened, nothing changes
    assert pane.current.id == "first-line-hr-positive"
    qtbot.keyClick(pane.browser, Qt.Key.Key_Backspace)
    assert pane.current.id == "glossary"
    pane.back.click()
    assert pane.current.id == "bone-metastases"
    pane.back.click()
    assert pane.current.id == "goals-of-treatment"  # the page shown first
    assert not pane.back.isEnabled()


def test_suggested_questions_land_in_the_list_once_and_undo_takes_them_back(
    qtbot: QtBot, open_window: OpenWindow
) -> None:
    window = open_window()
    pane = learn(window)
    questions = pane._questions
    page = pane.library.page("rebiopsy")
    assert page is not None
    pane.open_page(page.id)
    suggested = list(page.meta.questions)
    assert pane.add_button.isEnabled()

    pane.search.setFocus()
    qtbot.keyClick(pane.search, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: questions.list() != [])  # a mnemonic clicks a moment later

    texts = [q.text for q in questions.list()]
    assert texts == suggested
    assert {(q.source, q.topic) for q in questions.list()} == {(page.id, page.meta.question_topic)}
    assert not pane.add_button.isEnabled()
    assert "(already in your list)" in pane.browser.toPlainText()
    assert pane.banner.isVisible()
    pane.add_questions()  # again: nothing new
    assert [q.text for q in questions.list()] == suggested

    window.undo_stack.undo()
    assert questions.list() == []
    assert pane.add_button.isEnabled()
    window.undo_stack.redo()
    assert [q.text for q in questions.list()] == suggested
    assert not pane.add_button.isEnabled()


def test_a_question_already_typed_is_not_added_again(qtbot: QtBot, open_window: OpenWindow) -> None:
    from mbc_desktop.domain import NewQuestion

    pane = learn(open_window())
    page = pane.library.page("clinical-trials")
    assert page is not None
    first = page.meta.questions[0]
    pane._questions.add(NewQuestion(text=first.upper()))
    pane.open_page(page.id)
    assert "already in your list" in pane.questions_note.text()
    pane.add_button.click()
    assert len(pane._questions.list()) == len(page.meta.questions)


def test_pages_say_they_are_in_english_in_the_spanish_ui(
    qtbot: QtBot, open_window: OpenWindow
) -> None:
    pane = learn(open_window())
    use_language("es")
    try:
        pane.open_page("men")
        assert pane.page_summary.text().endswith("(en inglés)")
    finally:
        use_language("en")
    pane.open_page("men")
    assert not pane.page_summary.text().endswith(")")


def test_narrow_the_list_and_the_page_take_turns(qtbot: QtBot, open_window: OpenWindow) -> None:
    window = open_window()
    window.apply_text_scale(2.0)
    window.resize(1024, 700)
    pane = learn(window)
    qtbot.waitUntil(lambda: pane.is_narrow)
    assert pane.list_column.isVisible()
    assert not pane.page_column.isVisible()
    pane.pages.setCurrentRow(2)
    qtbot.keyClick(pane.pages, Qt.Key.Key_Return)
    assert pane.page_column.isVisible()
    assert not pane.list_column.isVisible()
    assert QApplication.focusWidget() is pane.browser
    qtbot.keyClick(pane.browser, Qt.Key.Key_Escape)
    assert pane.list_column.isVisible()
    assert QApplication.focusWidget() is pane.pages


def test_a_question_typed_elsewhere_shows_as_already_listed_on_the_open_page(
    qtbot: QtBot, open_window: OpenWindow
) -> None:
    from mbc_desktop.domain import NewQuestion

    pane = learn(open_window())
    page = pane.library.page("prognosis")
    assert page is not None
    pane.open_page(page.id)
    assert "(already in your list)" not in pane.browser.toPlainText()
    pane._questions.add(NewQuestion(text=page.meta.questions[0]))
    qtbot.waitUntil(lambda: "(already in your list)" in pane.browser.toPlainText())
    assert "already in your list" in pane.questions_note.text()


def test_links_are_underlined_not_only_coloured(qtbot: QtBot, open_window: OpenWindow) -> None:
    pane = learn(open_window())
    pane.open_page("first-line-hr-positive")
    document = pane.browser.document()
    links = 0
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            char_format = it.fragment().charFormat()
            if char_format.anchorHref():
                links += 1
                assert char_format.fontUnderline(), it.fragment().text()
            it += 1
        block = block.next()
    assert links > 5


def test_the_page_text_follows_the_text_size(qtbot: QtBot, open_window: OpenWindow) -> None:
    window = open_window()
    pane = learn(window)
    pane.open_page("prognosis")
    before = pane.browser.document().defaultFont().pointSizeF()
    window.apply_text_scale(2.0)
    qtbot.waitUntil(lambda: pane.browser.document().defaultFont().pointSizeF() >= 1.9 * before)
    pane.open_page("men")  # a page rendered before the change is rendered again
    assert pane.browser.document().defaultFont().pointSizeF() >= 1.9 * before


def test_a_page_opened_again_after_a_profile_change_shows_the_new_marks(
    qtbot: QtBot, open_window: OpenWindow
) -> None:
    pane = learn(open_window())
    pane.open_page("first-line-triple-negative")
    pane.open_page("goals-of-treatment")
    assert "matches About my cancer" not in pane.browser.toPlainText()
    pane._cancer.save(TRIPLE_NEGATIVE)
    pane.open_page("first-line-triple-negative")
    assert "✓ This page is about a kind of cancer that matches" in pane.browser.toPlainText()


def link_colours(pane: LearnPane) -> set[str]:
    found = set()
    block = pane.browser.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            char_format = it.fragment().charFormat()
            if char_format.anchorHref():
                found.add(char_format.foreground().color().name())
            it += 1
        block = block.next()
    return found


def test_links_take_the_new_theme_colour_when_the_theme_changes(
    qtbot: QtBot, open_window: OpenWindow
) -> None:
    from mbc_desktop.ui.common.theme import DARK, LIGHT, apply_theme

    pane = learn(open_window())
    pane.open_page("bone-metastases")
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    assert link_colours(pane) == {LIGHT.link.lower()}
    apply_theme(app, DARK)
    qtbot.waitUntil(lambda: link_colours(pane) == {DARK.link.lower()})
    pane.open_page("men")  # rendered ahead in the old theme: rendered again
    assert link_colours(pane) == {DARK.link.lower()}


def test_the_banner_undo_never_takes_back_anything_but_its_own_add(
    qtbot: QtBot, open_window: OpenWindow
) -> None:
    from mbc_desktop.domain import NewQuestion

    window = open_window()
    assert window.questions_pane is not None
    # Typed in Questions, so its add is a step of Edit › Undo too.
    window.questions_pane.add_question(NewQuestion(text="My own question about pain?"))
    pane = learn(window)
    pane.open_page("prognosis")
    pane.add_questions()
    assert pane.banner.isVisible()
    window.undo_stack.undo()  # Ctrl+Z: the add is taken back
    assert not pane.banner.isVisible()
    pane._undo_from_banner()  # a late click on the banner does nothing
    assert [q.text for q in pane._questions.list()] == ["My own question about pain?"]


def test_adding_leaves_the_keyboard_in_the_page_not_on_undo(
    qtbot: QtBot, open_window: OpenWindow
) -> None:
    pane = learn(open_window())
    pane.open_page("prognosis")
    pane.add_button.setFocus()
    qtbot.keyClick(pane.add_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: pane._questions.list() != [])
    assert QApplication.focusWidget() is pane.browser


def test_a_followed_link_puts_the_caret_on_its_target(
    qtbot: QtBot, open_window: OpenWindow
) -> None:
    pane = learn(open_window())
    pane.open_page("bone-metastases")
    pane.follow(QUrl("glossary:osteonecrosis-of-the-jaw"))
    block = pane.browser.textCursor().block()
    assert block.text().startswith("Osteonecrosis of the jaw")
    pane.follow(QUrl("page:first-line-hr-positive#premenopausal"))
    assert pane.browser.textCursor().block().text() == "Before menopause"


def test_back_returns_to_where_the_reading_was_and_list_browsing_is_not_history(
    qtbot: QtBot, open_window: OpenWindow
) -> None:
    pane = learn(open_window())
    pane.pages.setFocus()
    for _ in range(4):
        qtbot.keyClick(pane.pages, Qt.Key.Key_Down)
    assert not pane.back.isEnabled()  # arrowing through the list is not "pages left"
    pane.open_page("side-effects-chemo-antibodies", remember=False)
    bar = pane.browser.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum() // 2)
    scrolled = bar.value()
    pane.follow(QUrl("glossary:neutropenia"))
    pane.go_back()
    assert pane.current is not None
    assert pane.current.id == "side-effects-chemo-antibodies"
    assert bar.value() == scrolled


def test_enter_on_the_list_opens_the_picked_row_even_after_a_link_led_elsewhere(
    qtbot: QtBot, open_window: OpenWindow
) -> None:
    pane = learn(open_window())
    qtbot.keyClicks(pane.search, "denosumab")
    rows = listed_ids(pane)
    row = rows.index("bone-metastases")
    pane.pages.setCurrentRow(row)
    pane.follow(QUrl("glossary:care-team"))
    assert pane.current is not None
    assert pane.current.id == "glossary"
    # The list no longer points at the bone page while the glossary is shown…
    assert pane.pages.currentRow() != row
    pane.pages.setCurrentRow(row)
    pane.pages.setFocus()
    qtbot.keyClick(pane.pages, Qt.Key.Key_Return)
    # …and Enter on the bone page's row opens it.
    assert pane.current.id == "bone-metastases"


def test_search_says_how_many_results_the_filter_hides(
    qtbot: QtBot, open_window: OpenWindow
) -> None:
    pane = learn(open_window())
    pane.mine.setChecked(True)  # nothing in About my cancer: pages for one kind are hidden
    qtbot.keyClicks(pane.search, "breast cancer in men")
    assert "men" not in listed_ids(pane)
    assert "hidden by “Only what applies to me”" in pane.list_note.text()


def test_the_as_of_month_is_in_the_interface_language(
    qtbot: QtBot, open_window: OpenWindow
) -> None:
    pane = learn(open_window())
    use_language("es")
    try:
        pane.open_page("first-line-her2-positive")
        assert "noviembre" in pane.browser.toPlainText()
        assert "November 2026." not in pane.browser.toPlainText().splitlines()[-1]
    finally:
        use_language("en")


def test_about_my_cancer_opens_learn_on_what_applies(qtbot: QtBot, open_window: OpenWindow) -> None:
    window = open_window()
    cancer = window.cancer_pane
    assert cancer is not None
    cancer._service.save(HR_POSITIVE)
    window.show_area(cancer)
    button = cancer.receptors.subtype_box.learn_button
    button.click()
    pane = window.learn_pane
    assert pane is not None
    assert window.pages.currentWidget().widget() is pane
    assert pane.mine.isChecked()
    assert pane.current is not None
    assert pane.current.id == "first-line-hr-positive"
    assert QApplication.focusWidget() is pane.pages
    assert "first-line-triple-negative" not in listed_ids(pane)
