"""A long form's sections are shown one at a time in a stack as tall as the section shown:
a short section after a long one leaves no screenful of blank space under it."""

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from mbc_desktop.ui.common.page_stack import CurrentPageStack


def page(lines: int) -> QWidget:
    widget = QWidget()
    layout = QVBoxLayout(widget)
    for number in range(lines):
        layout.addWidget(QLabel(f"Line {number}"))
    return widget


def test_the_stack_asks_for_the_room_of_the_page_shown(qtbot: QtBot) -> None:
    stack = CurrentPageStack()
    qtbot.addWidget(stack)
    long, short = page(40), page(2)
    stack.addWidget(long)
    stack.addWidget(short)
    stack.setCurrentIndex(0)
    tall = stack.sizeHint().height()
    stack.setCurrentIndex(1)
    assert stack.currentWidget() is short
    assert stack.sizeHint().height() < tall / 5
    assert stack.minimumSizeHint().height() < tall / 5
    stack.setCurrentIndex(0)
    assert stack.sizeHint().height() == tall


class CountedPage(QWidget):
    """A page that counts how often a layout asks for its size."""

    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("A line that wraps when it must " * 4, wordWrap=True))
        self.asked = 0

    def sizeHint(self) -> QSize:
        self.asked += 1
        return super().sizeHint()

    def minimumSizeHint(self) -> QSize:
        self.asked += 1
        return super().minimumSizeHint()

    def heightForWidth(self, width: int) -> int:
        self.asked += 1
        return super().heightForWidth(width)


def test_a_hidden_page_is_not_measured_when_the_stack_is_laid_out(qtbot: QtBot) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    stack = CurrentPageStack()
    outer = QVBoxLayout(holder)
    outer.addWidget(stack)
    shown, hidden = page(3), CountedPage()
    shown_layout = shown.layout()
    assert shown_layout is not None
    stack.addWidget(shown)
    stack.addWidget(hidden)
    holder.show()
    qtbot.waitExposed(holder)
    hidden.asked = 0
    for width in (300, 500, 400):
        shown_layout.addWidget(QLabel("One more line"))  # the shown page changes
        holder.resize(width, 300)
        outer.activate()
        stack.heightForWidth(width)
        QApplication.processEvents()
    assert hidden.asked == 0
    stack.setCurrentIndex(1)
    outer.activate()
    assert hidden.asked > 0  # shown, it is measured (the counter works)


def test_the_keyboard_follows_to_the_page_shown(qtbot: QtBot) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    outside = QLineEdit()  # next in the Tab order after the stack: where Qt would send it
    stack = CurrentPageStack()
    layout = QVBoxLayout(holder)
    layout.addWidget(stack)
    layout.addWidget(outside)
    first, second = QWidget(), QWidget()
    first_edit, second_edit, second_other = QLineEdit(), QLineEdit(), QLineEdit()
    QVBoxLayout(first).addWidget(first_edit)
    second_layout = QVBoxLayout(second)
    second_layout.addWidget(second_edit)
    second_layout.addWidget(second_other)
    stack.addWidget(first)
    stack.addWidget(second)
    changes: list[int] = []
    stack.currentChanged.connect(changes.append)
    with qtbot.waitActive(holder):
        holder.show()
        holder.activateWindow()
    seen: list[QWidget | None] = []
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.focusChanged.connect(lambda _old, new: seen.append(new))
    first_edit.setFocus()
    assert first_edit.hasFocus()
    stack.setCurrentIndex(1)
    assert second_edit.hasFocus()  # the page's first control
    assert outside not in seen  # never passed through what follows the stack
    second_other.setFocus()
    stack.setCurrentIndex(0)
    assert first_edit.hasFocus()
    stack.setCurrentIndex(1)
    assert second_other.hasFocus()  # back where it was on that page
    assert changes == [1, 0, 1]
    assert not first.isVisible()
    assert second.isVisible()


class FormAndOverview:
    """A stack of a one-field form (shown) and an overview of wrapping words (hidden)."""

    def __init__(self, qtbot: QtBot, *, shown: bool = True) -> None:
        self.stack = CurrentPageStack()
        qtbot.addWidget(self.stack)
        self.form = QLineEdit()
        self.overview = QWidget()
        layout = QVBoxLayout(self.overview)
        self.labels = [
            QLabel("Words that wrap when the room is narrow " * 3, wordWrap=True) for _ in range(5)
        ]
        for label in self.labels:
            layout.addWidget(label)
        self.stack.addWidget(self.form)
        self.stack.addWidget(self.overview)
        self.stack.resize(420, 300)
        if shown:
            with qtbot.waitExposed(self.stack):
                self.stack.show()

    def label_widths(self) -> list[int]:
        return [label.width() for label in self.labels]


def test_a_hidden_page_prepared_ahead_is_laid_out_at_the_stack_width_unseen(
    qtbot: QtBot,
) -> None:
    """prepare() lays out a hidden page at the stack's width (for idle time), so showing it
    later has no layout left to do; it shows nothing, moves no keyboard, switches no page."""
    pages = FormAndOverview(qtbot)
    stack, form, overview = pages.stack, pages.form, pages.overview
    form.setFocus()
    switched: list[int] = []
    stack.currentChanged.connect(switched.append)

    stack.prepare(overview)

    assert not overview.isVisible()
    assert stack.currentWidget() is form
    assert QApplication.focusWidget() is form
    assert switched == []
    assert overview.width() == stack.width()
    assert all(0 < width <= stack.width() for width in pages.label_widths())
    widths = pages.label_widths()
    stack.setCurrentIndex(1)
    qtbot.wait(10)
    assert pages.label_widths() == widths  # wrapped already, at this width


def test_a_page_not_prepared_is_laid_out_when_first_shown(qtbot: QtBot) -> None:
    """The same without prepare(): what prepare() saves the first showing."""
    pages = FormAndOverview(qtbot)
    widths = pages.label_widths()
    pages.stack.setCurrentIndex(1)
    qtbot.wait(10)
    assert all(now != before for now, before in zip(pages.label_widths(), widths, strict=True))


def test_nothing_is_prepared_while_the_stack_is_off_screen(qtbot: QtBot) -> None:
    """Off screen the stack's width means nothing yet: prepare() leaves the page alone."""
    pages = FormAndOverview(qtbot, shown=False)
    before = pages.overview.size()
    pages.stack.prepare(pages.overview)
    assert pages.overview.size() == before
