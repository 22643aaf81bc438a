"""Pages shown one at a time: an area's overview and its form, a long form's sections.

Not Qt's QStackedWidget, for what it costs and how it sizes:
- its layout asks every page, hidden ones too, for its size and its height for a width, on
  every layout pass, so a long hidden form was measured again (its wrapped labels laid out)
  each time the overview changed; and the stack asks for the room of its tallest page, so a
  short section after a long one left a screenful of blank space under it;
- switching pages turns updates off and on again for every widget of every page.

Here the pages sit in a box layout, all but one hidden. A hidden widget takes no room and is
not asked for its size, so the stack is as tall as the page shown and only that page is
measured; switching hides one page and shows the other.
"""

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget
from shiboken6 import isValid


class CurrentPageStack(QWidget):
    """Pages one at a time, as tall as the page shown (QStackedWidget's calls)."""

    currentChanged = Signal(int)  # noqa: N815  # QStackedWidget's name

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(0)
        self._pages: list[QWidget] = []
        self._current = -1
        # Where the keyboard was on each page when it was left (its focus is cleared then,
        # which makes Qt forget it).
        self._left_at: dict[int, QWidget] = {}

    def addWidget(self, page: QWidget) -> int:
        self._layout.addWidget(page)
        self._pages.append(page)
        index = len(self._pages) - 1
        if self._current < 0:
            self._current = index
            page.show()  # shown with the stack (it has its parent now: never a window)
            self.currentChanged.emit(index)
        else:
            page.hide()
        return index

    def count(self) -> int:
        return len(self._pages)

    def widget(self, index: int) -> QWidget | None:
        return self._pages[index] if 0 <= index < len(self._pages) else None

    def currentWidget(self) -> QWidget | None:
        return self.widget(self._current)

    def currentIndex(self) -> int:
        return self._current

    def indexOf(self, page: QWidget) -> int:
        return self._pages.index(page) if page in self._pages else -1

    def setCurrentIndex(self, index: int) -> None:
        if index == self._current or not 0 <= index < len(self._pages):
            return
        before = self.currentWidget()
        page = self._pages[index]
        focused = QApplication.focusWidget()
        moving = focused is not None and before is not None and before.isAncestorOf(focused)
        if moving:
            # Off the page before it is hidden: Qt would pass the keyboard on through
            # whatever follows in the Tab order (the sidebar, say) on its way here.
            assert focused is not None
            self._left_at[self._current] = focused
            focused.clearFocus()
        self._current = index
        if before is not None:
            before.hide()
        page.show()
        if moving:
            _focus_into(page, self._left_at.get(index))
        self.currentChanged.emit(index)

    def setCurrentWidget(self, page: QWidget) -> None:
        self.setCurrentIndex(self.indexOf(page))

    def prepare(self, page: QWidget) -> None:
        """Lay out and paint a hidden page once, off screen, at the width it will be shown at.

        For idle time, e.g. while a person fills in the form that will give way to ``page``:
        showing it then finds its words measured at its real width and Qt's caches (the shapes
        of its words, its style's pictures) filled. Otherwise the first showing of a page does
        all of that, more than a frame for the Symptoms overview (a first saved check-in: ~20
        ms; ~13 ms with the overview prepared). Nothing is shown, focused or said.
        """
        if page not in self._pages or page.isVisible() or not self.isVisible():
            return
        # Rendering lays the page out first (Qt activates the stack's layout for it): at the
        # stack's width, with the height it needs there.
        width = self.width()
        height = page.heightForWidth(width) if page.hasHeightForWidth() else -1
        ratio = self.devicePixelRatioF()
        picture = QPixmap(QSize(width, max(height, page.minimumSizeHint().height(), 1)) * ratio)
        picture.setDevicePixelRatio(ratio)
        picture.fill(Qt.GlobalColor.transparent)
        page.render(picture)


def _focus_into(page: QWidget, left_at: QWidget | None) -> None:
    """The keyboard to where it was when ``page`` was left, else its first control in Tab
    order, else the page itself (as QStackedWidget does when the page left had it)."""
    for last in (left_at, page.focusWidget()):
        if (
            last is not None
            and isValid(last)
            and page.isAncestorOf(last)
            and last.isVisible()
            and last.isEnabled()
        ):
            last.setFocus(Qt.FocusReason.OtherFocusReason)
            return
    widget = page.nextInFocusChain()
    while widget is not None and widget is not page and page.isAncestorOf(widget):
        if (
            widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and widget.focusProxy() is None
            and widget.isVisible()
            and widget.isEnabled()
        ):
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        widget = widget.nextInFocusChain()
    page.setFocus(Qt.FocusReason.OtherFocusReason)
