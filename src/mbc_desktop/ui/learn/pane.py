"""Learn: the reference library, searched as you type and matched to "About my cancer".

The list of pages (or, while searching, the ranked results with a line of context) sits on
the left; the page on the right, in a QTextBrowser that renders the page's Markdown. Links to
other pages and to the glossary open inside the app (Back returns); links to the outside are
shown as text and never opened. Pages and sections that match "About my cancer" are marked
with words ("✓ Matches About my cancer"), and "Show only what applies to me" hides pages
written for other kinds of cancer. A page's suggested questions go into the question list in
one step, without duplicates, and one Edit › Undo takes them back.
"""

from collections.abc import Callable

from PySide6.QtCore import QEvent, QMargins, QObject, Qt, QTimer, QUrl
from PySide6.QtGui import QKeyEvent, QShowEvent, QTextCursor, QTextDocument, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from mbc_desktop.content import GLOSSARY_ID, Hit, Library, Page, applies, for_others
from mbc_desktop.domain.tags import profile_tags
from mbc_desktop.services import CancerProfileService, QuestionService
from mbc_desktop.services.answers import AnswersChanged
from mbc_desktop.ui.common.room import Room
from mbc_desktop.ui.common.theme import TextRole
from mbc_desktop.ui.common.widgets import (
    MutedLabel,
    NoticeBanner,
    ScaledLabel,
    announce,
    mnemonic_targets,
    narrow_shortcuts,
    plain_label,
    reveal_soon,
)
from mbc_desktop.ui.learn.commands import AddSuggestedQuestions
from mbc_desktop.ui.learn.document import anchor_position, finish, page_markdown
from mbc_desktop.words.i18n import QT_TRANSLATE_NOOP, current_language
from mbc_desktop.words.texts import fill

# What a rendered page depends on: the tags, the questions already listed, the language and
# the text size and theme (a counter).
_Look = tuple[frozenset[str], frozenset[str], str, int]
PAGE_ROLE = Qt.ItemDataRole.UserRole
TERM_ROLE = Qt.ItemDataRole.UserRole + 1
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2
LIST_CHARS = 30  # the list column's width, in characters of the current text size
PAGE_MIN_CHARS = 50  # narrower than this, the list and the page take turns


class _Keys(QObject):
    """Down from the search box enters the list; Enter in the list opens the page; Esc in the
    page goes back to the list; Esc in the search box clears it, then leaves it."""

    def __init__(self, pane: "LearnPane") -> None:
        super().__init__(pane)
        self._pane = pane

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        pane, key = self._pane, event.key()
        if watched is pane.search and key == Qt.Key.Key_Down:
            pane.pages.setFocus()
            if pane.pages.currentRow() < 0 and pane.pages.count():
                pane.pages.setCurrentRow(0)
            return True
        if watched is pane.search and key == Qt.Key.Key_Escape:
            if pane.search.text():
                pane.search.clear()
            else:
                pane.pages.setFocus()
            return True
        if watched is pane.pages and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            pane.read_page()
            return True
        if watched is pane.browser and key == Qt.Key.Key_Escape:
            pane.back_to_list()
            return True
        if watched is pane.browser and key == Qt.Key.Key_Backspace:
            pane.go_back()
            return True
        return False


class LearnPane(QWidget):
    title = QT_TRANSLATE_NOOP("LearnPane", "Learn")

    def __init__(
        self,
        library: Library,
        cancer: CancerProfileService,
        questions: QuestionService,
        undo_stack: QUndoStack,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("learnPane")
        self.library = library
        self._cancer = cancer
        self._questions = questions
        self._undo = undo_stack
        self.show_area: Callable[[], None] = lambda: None
        self.tags = profile_tags(cancer.current())
        self.current: Page | None = None
        self._anchor: str | None = None
        # Pages left by following a link: (page id, how far down it was scrolled).
        self._history: list[tuple[str, int]] = []
        self._listed: set[str] = set()
        self._narrow = False
        self._in_page = False  # narrow: the page is shown instead of the list
        self._room = Room(self, lambda: self.fit_layout())
        self._documents: dict[str, tuple[_Look, QTextDocument]] = {}
        self._look = 0  # goes up when the text size or the theme changes: render again
        self._ahead = QTimer(self)
        self._ahead.setSingleShot(True)
        self._ahead.setInterval(0)
        self._ahead.timeout.connect(self._render_ahead)
        self._build()
        self._connect()
        self.refresh_list()
        if library.pages:
            self.open_page(library.pages[0].id, remember=False)
        unsubscribe_profile = cancer.answers.changes.subscribe(self._profile_changed)
        # Many question events in a row (five questions added) read the list once.
        self._banner_index = -1  # the undo stack's index right after the add it offers to undo
        self._questions_timer = QTimer(self)
        self._questions_timer.setSingleShot(True)
        self._questions_timer.setInterval(0)
        self._questions_timer.timeout.connect(self._questions_changed)
        unsubscribe_questions = questions.changes.subscribe(
            lambda _event: self._questions_timer.start()
        )
        self.destroyed.connect(lambda _o=None: (unsubscribe_profile(), unsubscribe_questions()))

    # --- building ------------------------------------------------------------------------
    def _build(self) -> None:
        self.heading = ScaledLabel(self.tr("Learn"), TextRole.TITLE)
        self.heading.setObjectName("learnHeading")
        self.intro = MutedLabel(
            self.tr("Plain-language pages on treatments, tests and living with MBC, with sources.")
        )
        self.intro.setObjectName("learnIntro")
        search_label = QLabel(self.tr("&Search"))
        self.search = QLineEdit()
        self.search.setObjectName("learnSearch")
        self.search.setPlaceholderText(self.tr("A word, e.g. bone"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search the pages and the glossary"))
        search_label.setBuddy(self.search)
        self.mine = QCheckBox(self.tr("Only what applies to &me"))
        self.mine.setObjectName("learnMine")
        self.mine.setToolTip(
            self.tr("Hide pages written for other kinds of cancer than the one in About my cancer")
        )
        self.list_note = MutedLabel()
        self.list_note.setObjectName("learnListNote")
        self.pages = QListWidget()
        self.pages.setObjectName("learnPages")
        self.pages.setAccessibleName(self.tr("Pages"))
        self.pages.setWordWrap(True)
        self.pages.setTextElideMode(Qt.TextElideMode.ElideNone)  # rows wrap, never cut
        self.pages.setSpacing(2)

        self.list_column = QWidget()
        left = QVBoxLayout(self.list_column)
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(self.heading)
        left.addWidget(self.intro)
        left.addWidget(search_label)
        left.addWidget(self.search)
        left.addWidget(self.mine)
        left.addWidget(self.list_note)
        left.addWidget(self.pages, 1)

        self.back = QPushButton(self.tr("← &Back"))
        self.back.setObjectName("learnBack")
        self.back.setAccessibleName(self.tr("Back to the page before"))
        self.back.setToolTip(self.tr("Back to the page before (Backspace in the page)"))
        self.back.setEnabled(False)
        self.to_list = QPushButton(self.tr("← Back to the &list"))
        self.to_list.setObjectName("learnToList")
        self.to_list.setToolTip(self.tr("Back to the list of pages (Esc)"))
        self.page_title = ScaledLabel("", TextRole.TITLE)
        self.page_title.setObjectName("learnPageTitle")
        self.page_summary = MutedLabel()
        self.page_summary.setObjectName("learnPageSummary")
        self.browser = QTextBrowser()
        self.browser.setObjectName("learnPage")
        self.browser.setOpenLinks(False)
        self.browser.setOpenExternalLinks(False)
        self.questions_note = plain_label()
        self.questions_note.setObjectName("learnQuestionsNote")
        self.add_button = QPushButton(self.tr("&Add questions to my list"))
        self.add_button.setObjectName("learnAddQuestions")
        self.banner = NoticeBanner(self.tr("Undo"), self.tr("Undo adding the questions"))
        self.banner.setObjectName("learnBanner")
        self.banner.button.setToolTip(self.tr("Undo (Ctrl+Z)"))

        self.page_column = QWidget()
        right = QVBoxLayout(self.page_column)
        right.setContentsMargins(0, 0, 0, 0)
        buttons = QHBoxLayout()
        buttons.addWidget(self.to_list)
        buttons.addStretch(1)
        buttons.addWidget(self.back)
        right.addLayout(buttons)
        right.addWidget(self.page_title)
        right.addWidget(self.page_summary)
        right.addWidget(self.browser, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.questions_note, 1)
        bottom.addWidget(self.add_button, 0)
        right.addLayout(bottom)
        right.addWidget(self.banner)

        layout = QHBoxLayout(self)
        layout.addWidget(self.list_column, 0)
        layout.addWidget(self.page_column, 1)
        # While the two take turns, the page's Alt+letters still work from the list.
        self._narrow_shortcuts = narrow_shortcuts(
            self, mnemonic_targets(self.page_column), self._opener
        )
        self.fit_layout()

    def _connect(self) -> None:
        keys = _Keys(self)
        for widget in (self.search, self.pages, self.browser):
            widget.installEventFilter(keys)
        self.search.textChanged.connect(lambda _text: self.refresh_list())
        self.mine.toggled.connect(lambda _on: self.refresh_list())
        self.pages.currentItemChanged.connect(self._picked)
        self.pages.itemClicked.connect(lambda _item: self.read_page())
        self.browser.anchorClicked.connect(self.follow)
        self.back.clicked.connect(self.go_back)
        self.to_list.clicked.connect(self.back_to_list)
        self.add_button.clicked.connect(self.add_questions)
        self.banner.action_clicked.connect(self._undo_from_banner)
        self._undo.indexChanged.connect(self._hide_stale_banner)

    # --- the list ------------------------------------------------------------------------
    def _is_for_you(self, page: Page) -> bool:
        return applies(page.meta.applies_to, self.tags)

    def _shown_pages(self) -> list[Page]:
        pages = self.library.pages
        if self.mine.isChecked():
            pages = [page for page in pages if not for_others(page, self.tags)]
        return pages

    def refresh_list(self) -> None:
        """Fill the list from the search words (ranked) or, without any, every page in
        reading order; keep the page being read picked when it is still there."""
        query = self.search.text().strip()
        self.pages.blockSignals(True)
        self.pages.clear()
        hidden = len(self.library.pages) - len(self._shown_pages())
        if query:
            found = self.library.search(query)
            hits = found
            if self.mine.isChecked():
                hits = [hit for hit in found if not self._hidden_hit(hit)]
            for hit in hits:
                self.pages.addItem(self._hit_item(hit))
            self._note_results(query, hits, len(found) - len(hits))
        else:
            for page in self._shown_pages():
                self.pages.addItem(self._page_item(page))
            self._note_filter(hidden)
        self._pick_current()
        self.pages.blockSignals(False)

    def _hidden_hit(self, hit: Hit) -> bool:
        page = self.library.page(hit.page_id)
        return page is not None and for_others(page, self.tags)

    def _page_item(self, page: Page) -> QListWidgetItem:
        for_you = self._is_for_you(page)
        text = f"✓ {page.title}" if for_you else page.title
        item = QListWidgetItem(text)
        item.setData(PAGE_ROLE, page.id)
        spoken = page.title + ". " + page.meta.summary
        if for_you:
            spoken += " " + self.tr("Matches About my cancer.")
        item.setData(Qt.ItemDataRole.AccessibleTextRole, spoken)
        item.setToolTip(page.meta.summary)
        return item

    def _hit_item(self, hit: Hit) -> QListWidgetItem:
        if hit.term_id is not None:
            title = fill(self.tr("Glossary: %1"), hit.title)
        else:
            page = self.library.page(hit.page_id)
            title = f"✓ {hit.title}" if page is not None and self._is_for_you(page) else hit.title
        item = QListWidgetItem(f"{title}\n{hit.snippet}")
        item.setData(PAGE_ROLE, hit.page_id)
        item.setData(TERM_ROLE, hit.term_id)
        item.setData(SEARCH_ROLE, True)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{title}. {hit.snippet}")
        item.setToolTip(hit.snippet)
        return item

    def _note_results(self, query: str, hits: list[Hit], hidden: int) -> None:
        if hits:
            text = self.tr("%n result(s), best first", "", len(hits))
            if hidden:
                text += " " + self.tr("%n more hidden by “Only what applies to me”.", "", hidden)
        elif hidden:
            text = self.tr(
                "%n result(s), all for other kinds of cancer: clear “Only what applies to me” "
                "to see them.",
                "",
                hidden,
            )
        else:
            text = fill(
                self.tr("Nothing matches “%1”. Try fewer or shorter words, or another spelling."),
                query,
            )
        self.list_note.setText(text)
        self.list_note.show()
        announce(self.pages, text)

    def _note_filter(self, hidden: int) -> None:
        if not self.mine.isChecked():
            self.list_note.hide()
            return
        if not self.tags:
            text = self.tr(
                "Nothing is entered in About my cancer yet, so pages written for one kind of "
                "cancer are hidden."
            )
        else:
            text = self.tr("%n page(s) for other kinds of cancer hidden.", "", hidden)
        self.list_note.setText(text)
        self.list_note.show()

    def _pick_current(self) -> None:
        """Pick the row of what is being read (a page, or a glossary term found by a search);
        none when it is not in the list, so the list never points at another page."""
        if self.current is None:
            return
        current = self.pages.currentItem()
        if current is not None and self._shows(current):
            return
        target = -1
        for row in range(self.pages.count()):
            item = self.pages.item(row)
            if not self._shows(item):
                continue
            if item.data(TERM_ROLE) is not None:
                target = row  # the very term being read wins over its page's row
                break
            if target < 0:
                target = row
        self.pages.blockSignals(True)
        self.pages.setCurrentRow(target)
        self.pages.blockSignals(False)

    def _picked(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if item is None:
            return
        page_id = item.data(PAGE_ROLE)
        term_id = item.data(TERM_ROLE)
        # Picking from the list starts over: Back is for the links followed from here.
        self._history.clear()
        self.open_page(page_id, term_id, remember=False)
        if item.data(SEARCH_ROLE) and term_id is None:
            self._find_first(self.search.text())

    def _find_first(self, query: str) -> None:
        """Show where the first search word first appears in the page's text."""
        words = query.split()
        if not words:
            return
        self.browser.moveCursor(self.browser.textCursor().MoveOperation.Start)
        self.browser.find(words[0])

    # --- the page ------------------------------------------------------------------------
    def open_page(self, page_id: str, anchor: str | None = None, remember: bool = True) -> bool:
        """Show a page (at an anchor: a section or a glossary term); False if there is none."""
        page = self.library.page(page_id)
        if page is None:
            return False
        if remember and self.current is not None:
            self._history.append((self.current.id, self.browser.verticalScrollBar().value()))
        self.current = page
        self._anchor = anchor
        self._listed = self._questions.listed(page.meta.questions)
        self._render()
        self.back.setEnabled(bool(self._history))
        self._pick_current()
        return True

    def read_page(self) -> None:
        """Enter (or a click) on the list: the keyboard goes into the page being shown (when
        the two take turns, the page takes the list's place)."""
        item = self.pages.currentItem()
        if item is not None and not self._shows(item):
            self._picked(item, None)  # the row picked, even if a link led elsewhere since
        if self.current is None:
            return
        self._in_page = True
        self.fit_layout()
        self.browser.setFocus(Qt.FocusReason.OtherFocusReason)

    def _shows(self, item: QListWidgetItem) -> bool:
        """Whether the page (or glossary term) of a list row is the one being shown."""
        if self.current is None or item.data(PAGE_ROLE) != self.current.id:
            return False
        term_id = item.data(TERM_ROLE)
        return term_id is None or term_id == self._anchor

    def back_to_list(self) -> None:
        """Esc in the page: back to the list, on the page's row."""
        self._in_page = False
        self.fit_layout()
        self.pages.setFocus(Qt.FocusReason.OtherFocusReason)

    def _render(self) -> None:
        page = self.current
        if page is None:
            return
        self.page_title.setText(page.title)
        summary = page.meta.summary
        if current_language() != "en":
            summary += " " + self.tr("(in English)")
        self.page_summary.setText(summary)
        self.browser.setAccessibleName(page.title)
        document = self._document(page, self._listed)
        if self.browser.document() is not document:
            self.browser.setDocument(document)
        if self._anchor:
            anchor = self._anchor
            at = anchor_position(document, anchor)
            if at is not None:
                # The caret on the section or term, so a screen reader reads from there and
                # Tab goes on to the links after it.
                cursor = QTextCursor(document)
                cursor.setPosition(at)
                self.browser.setTextCursor(cursor)
            self.browser.scrollToAnchor(anchor)
            QTimer.singleShot(0, self, lambda: self.browser.scrollToAnchor(anchor))
        else:
            self.browser.moveCursor(QTextCursor.MoveOperation.Start)
        self._show_questions_state()

    def _document(self, page: Page, listed: set[str]) -> QTextDocument:
        """The page as a document, rendered once and kept until what it shows changes (the
        profile's tags, the questions already listed, the language, the text size or theme):
        opening a page again is then a swap, not a render."""
        key: _Look = (self.tags, frozenset(listed), current_language(), self._look)
        kept = self._documents.get(page.id)
        if kept is not None and kept[0] == key:
            return kept[1]
        document = QTextDocument(self)
        document.setDefaultFont(self.browser.font())
        document.setMarkdown(
            page_markdown(page, self.tags, self._is_for_you(page), listed),
            QTextDocument.MarkdownFeature.MarkdownDialectGitHub,
        )
        finish(document, page)
        if kept is not None and kept[1] is not self.browser.document():
            kept[1].deleteLater()
        self._documents[page.id] = (key, document)
        return document

    def _render_ahead(self) -> None:
        """When idle, render one page not yet rendered (so opening it is instant)."""
        for page in self.library.pages:
            key = (self.tags, current_language(), self._look)
            kept = self._documents.get(page.id)
            if kept is None or (kept[0][0], kept[0][2], kept[0][3]) != key:
                self._document(page, self._questions.listed(page.meta.questions))
                self._ahead.start()
                return

    def follow(self, url: QUrl) -> None:
        """A link in the page: another page (maybe at a section) or a glossary term. Anything
        else is never opened."""
        href = url.toString()
        kind, _, rest = href.partition(":")
        target, _, anchor = rest.partition("#")
        if kind == "page":
            self.open_page(target, anchor or None)
        elif kind == "glossary" and self.library.term(target) is not None:
            self.open_page(GLOSSARY_ID, target)
        else:
            return
        self._pick_current()

    def go_back(self) -> None:
        if not self._history:
            return
        page_id, scrolled = self._history.pop()
        self.open_page(page_id, remember=False)
        self.browser.verticalScrollBar().setValue(scrolled)
        # The caret where the reading was, so Tab goes on from there.
        cursor = self.browser.cursorForPosition(self.browser.viewport().rect().topLeft())
        self.browser.setTextCursor(cursor)
        self.browser.verticalScrollBar().setValue(scrolled)

    # --- suggested questions -------------------------------------------------------------
    def _show_questions_state(self) -> None:
        page = self.current
        suggested = page.meta.questions if page is not None else ()
        new = [text for text in suggested if text not in self._listed]
        self.add_button.setVisible(bool(suggested))
        self.questions_note.setVisible(bool(suggested))
        if not suggested:
            return
        if new:
            self.add_button.setText(self.tr("&Add %n question(s) to my list", "", len(new)))
            self.add_button.setEnabled(True)
        else:
            self.add_button.setText(self.tr("&Add questions to my list"))
            self.add_button.setEnabled(False)
        held = len(suggested) - len(new)
        if held == 0:
            note = self.tr("This page suggests %n question(s) for your care team.", "", len(new))
        elif new:
            note = self.tr("%n of its questions are already in your list.", "", held)
        else:
            note = self.tr("All its questions are in your list.")
        self.questions_note.setText(note)
        self.add_button.setAccessibleDescription(note)

    def add_questions(self) -> None:
        """Add the page's suggested questions that are not in the list yet (one undo step)."""
        page = self.current
        if page is None:
            return
        added = self._questions.add_suggested(
            page.meta.questions, page.meta.question_topic, page.id
        )
        if not added:
            return
        self._undo.push(
            AddSuggestedQuestions(self._questions, added, page.title, self._questions_changed)
        )
        self._banner_index = self._undo.index()
        self.banner.announce(
            self.tr("Added %n question(s) to your list, for your next appointment.", "", len(added))
        )
        self._questions_changed()
        # The button is now disabled: the keyboard goes back to the page, not to Undo.
        self.browser.setFocus(Qt.FocusReason.OtherFocusReason)

    def _undo_from_banner(self) -> None:
        """The banner's Undo takes back the add it announced, and only that."""
        if self._undo.index() == self._banner_index:
            self._undo.undo()

    def _hide_stale_banner(self, index: int) -> None:
        if index != self._banner_index:
            self.banner.hide()

    def _questions_changed(self) -> None:
        if self.current is None:
            return
        listed = self._questions.listed(self.current.meta.questions)
        if listed != self._listed:
            self._listed = listed
            self._keep_place(self._render)

    def _profile_changed(self, event: AnswersChanged) -> None:
        if event.topic != "cancer":
            return
        tags = profile_tags(self._cancer.current())
        if tags == self.tags:
            return
        self.tags = tags
        self.refresh_list()
        self._keep_place(self._render)

    def _keep_place(self, redraw: Callable[[], None]) -> None:
        """Redraw the page without jumping back to its top."""
        bar = self.browser.verticalScrollBar()
        at = bar.value()
        anchor, self._anchor = self._anchor, None
        redraw()
        self._anchor = anchor
        bar.setValue(at)

    def show_mine(self) -> None:
        """From About my cancer: only what applies, the first page written for this kind of
        cancer open, and the keyboard in the list."""
        self.search.clear()
        self.mine.setChecked(True)
        self.refresh_list()
        matching = [page for page in self._shown_pages() if self._is_for_you(page)]
        if matching:
            self._history.clear()
            self.open_page(matching[0].id, remember=False)
        self.pages.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- the main window's hooks ---------------------------------------------------------
    def focus_start(self) -> None:
        """The keyboard starts in the search box."""
        self.search.setFocus()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._room.follow()
        self.fit_layout()
        self._ahead.start()

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Type.FontChange:
            QTimer.singleShot(0, self, self.fit_layout)  # not after the pane is gone
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.PaletteChange):
            self._look += 1
            QTimer.singleShot(0, self, lambda: self._keep_place(self._render))
        return handled

    def available_width(self) -> int:
        return self._room.width()

    def needed_width(self) -> int:
        """How wide the area must be to show the list and the page side by side."""
        chars = self.fontMetrics().averageCharWidth()
        layout = self.layout()
        margins = layout.contentsMargins() if layout is not None else QMargins()
        spacing = layout.spacing() if layout is not None else 0
        return chars * (LIST_CHARS + PAGE_MIN_CHARS) + spacing + margins.left() + margins.right()

    @property
    def is_narrow(self) -> bool:
        return self._narrow

    def fit_layout(self) -> None:
        chars = self.fontMetrics().averageCharWidth()
        narrow = self.available_width() < self.needed_width()
        if narrow != self._narrow:
            self._narrow = narrow
            if not narrow:
                self._in_page = False
        if self._narrow:
            self.list_column.setMinimumWidth(0)
            self.list_column.setMaximumWidth(16_777_215)
            self.page_column.setMinimumWidth(0)
        else:
            self.list_column.setFixedWidth(chars * LIST_CHARS)
            self.page_column.setMinimumWidth(chars * PAGE_MIN_CHARS)
        reading = self._narrow and self._in_page
        self.list_column.setVisible(not reading)
        self.page_column.setVisible(not self._narrow or reading)
        self.to_list.setVisible(self._narrow)
        for shortcut in self._narrow_shortcuts:
            shortcut.setEnabled(self._narrow and not reading)

    def _opener(self, target: QWidget) -> Callable[[], None]:
        def open_at() -> None:
            if self.current is None or not target.isEnabled():
                return
            self._in_page = True
            self.fit_layout()
            target.setFocus(Qt.FocusReason.ShortcutFocusReason)
            reveal_soon(target)
            if isinstance(target, QPushButton) and target is not self.to_list:
                target.click()

        return open_at
