"""Small widgets every area shares: headings on the type scale, field messages with counters,
choice boxes that do not change by accident, notice banners, and dialog sizing."""

from collections.abc import Callable, Collection
from typing import cast

from PySide6.QtCore import QEvent, QObject, QPoint, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QFocusEvent,
    QFontMetrics,
    QKeyEvent,
    QKeySequence,
    QPalette,
    QShortcut,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

# ScaledLabel lives with the type scale (the window's first paint needs it, not this module).
from mbc_desktop.ui.common.theme import ScaledLabel as ScaledLabel
from mbc_desktop.ui.common.theme import (
    TextRole,
    set_text_role,
)
from mbc_desktop.words.i18n import number


def announce(source: QWidget, message: str) -> None:
    """Have a screen reader say ``message`` now (a change the person did not move focus to)."""
    if QAccessible.isActive():
        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(source, message))


def mnemonic_letter(text: str) -> str | None:
    """The letter after "&" in a label ("Ho&w taken" → "W"), or None ("&&" is a plain "&")."""
    plain = text.replace("&&", "")
    at = plain.find("&")
    if at < 0:
        return None
    return plain[at + 1 : at + 2].upper() or None


def mnemonic_targets(root: QWidget, skip: Collection[QWidget] = ()) -> dict[str, QWidget]:
    """Alt+letter → what it reaches in ``root``, read from the labels and buttons as shown (so
    it is right in every language): a label's letter reaches its buddy, a button's the button.
    Widgets in ``skip`` are left out."""
    targets: dict[str, QWidget] = {}
    for widget in root.findChildren(QWidget):
        if widget in skip:
            continue
        if isinstance(widget, QLabel) and widget.buddy() is not None:
            text, target = widget.text(), widget.buddy()
        elif isinstance(widget, QPushButton):
            text, target = widget.text(), widget
        else:
            continue
        letter = mnemonic_letter(text)
        if letter and target is not None:
            targets[letter] = target
    return targets


def narrow_shortcuts(
    owner: QWidget, targets: dict[str, QWidget], opener: Callable[[QWidget], Callable[[], None]]
) -> list[QShortcut]:
    """Alt+letters that reach into the details from the list while the two take turns (see
    docs/ui-guidelines.md): one per ``targets`` letter, calling ``opener(target)``; disabled
    until the owner enables them for its narrow layout."""
    shortcuts = []
    for letter, target in targets.items():
        shortcut = QShortcut(QKeySequence(f"Alt+{letter}"), owner)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.setEnabled(False)
        shortcut.activated.connect(opener(target))
        shortcuts.append(shortcut)
    return shortcuts


def plain_label(text: str = "", wrap: bool = True) -> QLabel:
    """A label that shows text exactly as typed (never as HTML) and wraps."""
    label = QLabel(text)
    label.setWordWrap(wrap)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class MutedLabel(QLabel):
    """Plain, wrapping secondary text in the theme's muted colour (still 4.5:1).

    It paints with the palette's placeholder role, which every theme sets to its muted text,
    so it follows a change of theme by itself, even while hidden (a colour set once would
    keep the old theme's)."""

    def __init__(
        self, text: str = "", role: TextRole = TextRole.BODY, parent: QWidget | None = None
    ) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        if role is not TextRole.BODY:
            set_text_role(self, role)
        self.setForegroundRole(QPalette.ColorRole.PlaceholderText)


def reveal(widget: QWidget, *, from_top: bool = False) -> None:
    """Scroll every scroll area around ``widget`` so that it is in view (moving the focus
    from code does not, unlike Tab). ``from_top``: with all that is above it, when that fits
    (a page's heading: the page from its top, not the heading a few pixels under the edge)."""
    parent = widget.parentWidget()
    while parent is not None:
        content = parent.widget() if isinstance(parent, QScrollArea) else None
        if isinstance(parent, QScrollArea) and content is not None:
            if from_top:
                bottom = widget.mapTo(content, QPoint(0, widget.height())).y()
                if bottom + 8 <= parent.viewport().height():
                    parent.verticalScrollBar().setValue(0)
            parent.ensureWidgetVisible(widget, 8, 8)
        parent = parent.parentWidget()


def reveal_soon(widget: QWidget) -> None:
    """Bring ``widget`` into view once the layout has settled: a field just shown (or a page
    just swapped in) has no place yet when the keyboard is put on it."""
    QTimer.singleShot(0, widget, lambda: reveal(widget))


class FieldMessage(QWidget):
    """The line right under a field: a message when what was typed can't be saved, and a
    character counter as a limit comes near.

    It always takes one line of space, so nothing below it jumps when a message appears.
    The message starts with a warning sign, so it does not rely on its red colour, and it
    becomes the field's accessible description, so a screen reader says it with the field.
    """

    COUNTER_FROM = 0.8  # show "412 / 500" once 80 % of the limit is used

    def __init__(self, field: QWidget, lines: int = 1, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._field = field
        self._limit = 0
        self._lines = lines
        self.setObjectName(f"{field.objectName()}Message")
        self.label = plain_label()
        self.label.setObjectName(f"{field.objectName()}MessageText")
        self.counter = QLabel()
        self.counter.setObjectName(f"{field.objectName()}Counter")
        self.counter.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.counter, 0, Qt.AlignmentFlag.AlignTop)
        self._recolour()

    def _recolour(self) -> None:
        # Palette roles, not colours: the theme puts its error colour in BrightText and its
        # muted one in PlaceholderText, and a role follows a change of theme even while the
        # widget is hidden (a colour set once would keep the old theme's).
        self.label.setForegroundRole(QPalette.ColorRole.BrightText)
        self.counter.setForegroundRole(QPalette.ColorRole.PlaceholderText)

    def _reserved(self) -> int:
        return self._lines * QFontMetrics(self.font()).lineSpacing()

    def minimumSizeHint(self) -> QSize:
        # The lines asked for are always reserved, message or not.
        hint = super().minimumSizeHint()
        return QSize(hint.width(), max(hint.height(), self._reserved()))

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width(), max(hint.height(), self._reserved()))

    def set_limit(self, limit: int) -> None:
        self._limit = limit

    def update_count(self, length: int) -> None:
        """Show the counter once ``length`` nears the limit; red past it."""
        if not self._limit or length < self._limit * self.COUNTER_FROM:
            self.counter.clear()
            self.counter.setAccessibleName("")
            return
        self.counter.setText(f"{number(length)} / {number(self._limit)}")
        self.counter.setAccessibleName(
            self.tr("%1 of %2 characters")
            .replace("%1", number(length))
            .replace("%2", number(self._limit))
        )
        over = length > self._limit
        self.counter.setForegroundRole(
            QPalette.ColorRole.BrightText if over else QPalette.ColorRole.PlaceholderText
        )

    def show_message(self, message: str) -> None:
        # The message says the count itself; the whole width is its own.
        self.counter.hide()
        if message != self.message:
            announce(self._field, message)
        self.label.setText(f"⚠ {message}")
        self.label.setAccessibleName(message)
        self._field.setAccessibleDescription(message)

    def clear_message(self) -> None:
        self.counter.show()
        self.label.clear()
        self.label.setAccessibleName("")
        self._field.setAccessibleDescription("")

    def text(self) -> str:
        return self.label.text()

    @property
    def message(self) -> str:
        return self.label.text().removeprefix("⚠ ")

    def has_message(self) -> bool:
        return bool(self.label.text())

    @property
    def field(self) -> QWidget:
        """The field this line speaks for."""
        return self._field


class ChoiceBox(QComboBox):
    """A combo box that changes only when the person means it to.

    A closed Qt combo box changes (and here, saves) its value on Up, Down and the mouse wheel,
    which is easy to do by accident while moving through a form. Here those keys open the
    list instead, and the wheel scrolls the page unless the list is open.
    """

    OPENING_KEYS = frozenset(
        {
            Qt.Key.Key_Up,
            Qt.Key.Key_Down,
            Qt.Key.Key_PageUp,
            Qt.Key.Key_PageDown,
            Qt.Key.Key_Home,
            Qt.Key.Key_End,
        }
    )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in self.OPENING_KEYS and not event.modifiers():
            self.showPopup()
            event.accept()
            return
        super().keyPressEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        event.ignore()  # let the page scroll


class TextArea(QPlainTextEdit):
    """A multi-line text box that asks for ``lines`` lines of text and grows when there is
    room. (Qt's own asks for 192 px whatever the text size, which makes forms scroll early.)"""

    def __init__(self, lines: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lines = lines
        self.setTabChangesFocus(True)

    def _height(self) -> int:
        frame = 2 * self.frameWidth()
        margins = self.contentsMargins().top() + self.contentsMargins().bottom()
        document = int(2 * self.document().documentMargin())
        return self._lines * self.fontMetrics().lineSpacing() + frame + margins + document

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self._height())

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self._height())


class _TypedSections:
    """For Qt's date and time fields: typing "12/03/2026" or "2:00 PM" the way it is written.

    When a section fills up (the "12" of a month), Qt moves on to the next one by itself; the
    "/" typed next would then skip that section too, and the day ends up in the year. A
    separator typed right after such a move is taken as already done.
    """

    SEPARATORS = frozenset({"/", "-", ".", ":", " ", ","})
    _advanced = False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        field = cast(QDateTimeEdit, self)
        text = event.text()
        if text in self.SEPARATORS and self._advanced:
            self._advanced = False
            event.accept()
            return
        before = field.currentSectionIndex()
        super().keyPressEvent(event)  # type: ignore[misc]
        self._advanced = text.isdigit() and field.currentSectionIndex() != before

    def focusInEvent(self, event: QFocusEvent) -> None:
        self._advanced = False
        super().focusInEvent(event)  # type: ignore[misc]


class DateField(_TypedSections, QDateEdit):
    """A date field that takes a date typed as it is written (see _TypedSections)."""


class TimeField(_TypedSections, QTimeEdit):
    """A time field that takes a time typed as it is written (see _TypedSections)."""


def details_page(owner: QWidget, placeholder: QWidget, form: QWidget, name: str) -> QScrollArea:
    """Lay ``owner`` out as the details of a list: ``placeholder`` (shown while nothing is
    picked) above ``form`` in a scroll area that scrolls rather than squeezes, so at large
    text sizes nothing is cut off. Returns the scroll area (named ``name``)."""
    scroller = QScrollArea()
    scroller.setObjectName(f"{name}Scroll")
    scroller.setWidgetResizable(True)
    scroller.setFrameShape(QScrollArea.Shape.NoFrame)
    scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroller.setWidget(form)
    outer = QVBoxLayout(owner)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(placeholder)
    outer.addWidget(scroller, 1)
    return scroller


def fit_to_text(dialog: QWidget, chars: int) -> None:
    """Size a dialog of wrapped text: ``chars`` characters wide, and as tall as its text then
    needs (so nothing overlaps or is cut at large text sizes), within 90 % of its screen."""
    layout = dialog.layout()
    width = dialog.fontMetrics().averageCharWidth() * chars
    # Never narrower than its row of buttons: they show whole (they can't wrap).
    for buttons in dialog.findChildren(QDialogButtonBox):
        margins = layout.contentsMargins() if layout is not None else None
        extra = margins.left() + margins.right() if margins is not None else 0
        width = max(width, buttons.sizeHint().width() + extra)
    screen = dialog.screen() or QApplication.primaryScreen()
    if screen is not None:
        width = min(width, int(screen.availableGeometry().width() * 0.9))
    height = layout.totalHeightForWidth(width) if layout is not None else -1
    if height < 0 and layout is not None:
        height = layout.totalSizeHint().height()
    dialog.setMinimumSize(width, max(height, 0))
    dialog.resize(width, max(height, 0))


def fit_to_screen(dialog: QWidget, chars: int, lines: int) -> None:
    """Size ``dialog`` for ``chars`` × ``lines`` of its text, within 90 % of its screen."""
    metrics = QFontMetrics(dialog.font())
    width = metrics.averageCharWidth() * chars
    height = metrics.lineSpacing() * lines
    screen = dialog.screen() or QApplication.primaryScreen()
    if screen is not None:
        available = screen.availableGeometry()
        width = min(width, int(available.width() * 0.9))
        height = min(height, int(available.height() * 0.9))
    dialog.resize(width, height)


class NoticeBanner(QFrame):
    """A message across the bottom of an area with one button: "Deleted … [Undo]", or
    "Not saved … [Show it]". Shown instead of asking "are you sure?"; goes away by itself."""

    action_clicked = Signal()
    SHOW_MS = 12_000

    def __init__(
        self,
        button_text: str,
        button_name: str,
        name: str = "noticeBanner",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, palette.color(QPalette.ColorRole.ToolTipBase))
        palette.setColor(
            QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.ToolTipText)
        )
        self.setPalette(palette)
        layout = QHBoxLayout(self)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.button = QPushButton(button_text)
        self.button.setAccessibleName(button_name)
        self.button.clicked.connect(self.action_clicked)
        self.button.clicked.connect(self.hide)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.hide)
        self.hide()

    def announce(self, message: str, keep: bool = False, *, speak: bool = True) -> None:
        """Show ``message``; it goes away after a while unless ``keep``. A screen reader says
        it now, or (``speak=False``) when the caller ``announce``s it, once it is on screen."""
        self.label.setText(message)
        self.setAccessibleName(message)
        self.show()
        if speak:
            announce(self, message)
        if keep:
            self._timer.stop()
        else:
            self._timer.start(self.SHOW_MS)


class UndoBanner(NoticeBanner):
    """'Deleted “…”. [Undo]' — shown after a delete instead of asking "are you sure?"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        # No mnemonic: Ctrl+Z does the same from anywhere, and Alt+U belongs to a filter.
        super().__init__(self.tr("Undo"), self.tr("Undo delete"), "undoBanner", parent)
        self.button.setToolTip(self.tr("Undo (Ctrl+Z)"))


class KeysDo(QObject):
    """Runs ``action`` for the given keys in a widget (Esc to go back, Enter without Shift…)."""

    def __init__(self, keys: set[Qt.Key], action: Callable[[], None], parent: QObject) -> None:
        super().__init__(parent)
        self._keys = keys
        self._action = action

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in self._keys
            and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            self._action()
            return True
        return False


def watch_keys(root: QWidget, watcher: QObject, *, leave_out: Collection[QWidget] = ()) -> None:
    """Put ``watcher`` (a KeysDo, say) on ``root`` and those of its widgets that can take the
    keyboard, in its window (not in a pop-up list, where Enter and Esc are the list's own).

    Key presses go to the widget with the keyboard first, so this sees each one before that
    widget does. Labels, frames and the boxes that hold the fields are left out: an event
    filter is called in Python for every event its widget is sent (each paint, show, move and
    layout), and a form has many more of them than fields. Call it again for widgets added
    later.
    """
    window = root.window()
    for widget in (root, *root.findChildren(QWidget)):
        if (
            widget.focusPolicy() != Qt.FocusPolicy.NoFocus
            and widget.window() is window
            and widget not in leave_out
        ):
            widget.installEventFilter(watcher)


class FocusOutWatcher(QObject):
    """Calls back when a watched widget loses keyboard focus (to save what was typed)."""

    def __init__(self, callback: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._callback = callback

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self._callback()
        return False


class WrapButton(QPushButton):
    """A push button whose text wraps onto more lines instead of widening the window."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(text)
        self.label = QLabel(text, self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.label)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def sizeHint(self) -> QSize:
        layout = self.layout()
        return layout.sizeHint() if layout is not None else super().sizeHint()

    def minimumSizeHint(self) -> QSize:
        layout = self.layout()
        return layout.minimumSize() if layout is not None else super().minimumSizeHint()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        layout = self.layout()
        return layout.heightForWidth(width) if layout is not None else super().heightForWidth(width)
