"""The look every area shares: one type scale, one palette per theme, and contrast arithmetic.

Every size comes from the application font (which View › Text size sets) times a factor from
``TYPE_SCALE``; every colour comes from a ``Theme``. Colour is never the only signal: every
colour here goes with a word or a shape that says the same thing.
"""

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget


class TextRole(StrEnum):
    """What a piece of text is; its size follows from that, never from a number in a pane."""

    TITLE = "title"  # the one heading at the top of an area or dialog
    HEADING = "heading"  # a section within an area ("Question details")
    BODY = "body"
    SMALL = "small"  # secondary lines in a list card; never below 90 % of body


# Factors of the application font. Headings are never smaller than body text at any size,
# because everything scales from the same base (a test checks it at every text size).
TYPE_SCALE: dict[TextRole, float] = {
    TextRole.TITLE: 1.4,
    TextRole.HEADING: 1.15,
    TextRole.BODY: 1.0,
    TextRole.SMALL: 0.9,
}
BOLD_ROLES = frozenset({TextRole.TITLE, TextRole.HEADING})
ROLE_PROPERTY = "mbcTextRole"


def role_font(role: TextRole, base: QFont | None = None) -> QFont:
    font = QFont(base if base is not None else QApplication.font())
    font.setPointSizeF(font.pointSizeF() * TYPE_SCALE[role])
    font.setBold(role in BOLD_ROLES)
    return font


def set_text_role(widget: QWidget, role: TextRole) -> None:
    """Give ``widget`` the font of ``role`` now, and again whenever the text size changes."""
    widget.setProperty(ROLE_PROPERTY, role.value)
    widget.setFont(role_font(role))


def apply_type_scale(root: QWidget) -> None:
    """Re-apply role fonts under ``root`` after the application font changed.

    Widgets with a font of their own do not follow QApplication.setFont (and a change made
    while the event loop runs reaches them only partly), so this is done explicitly.
    """
    for widget in [root, *root.findChildren(QWidget)]:
        role = widget.property(ROLE_PROPERTY)
        if role:
            widget.setFont(role_font(TextRole(role)))


class ScaledLabel(QLabel):
    """A label in one of the type scale's roles (title, heading…); it follows View › Text size.

    ``role`` may still be given as the old factor (>= 1.3 is a title, above 1 a heading).
    """

    def __init__(
        self,
        text: str = "",
        role: TextRole | float = TextRole.HEADING,
        bold: bool = True,
        parent: QWidget | None = None,
        *,
        plain: bool = True,
    ) -> None:
        super().__init__(text, parent)
        if not isinstance(role, TextRole):
            role = (
                TextRole.TITLE if role >= 1.3 else TextRole.HEADING if role > 1 else TextRole.BODY
            )
        self.role = role
        self.setWordWrap(True)
        if plain:
            # Shown exactly as typed, never as HTML. ``plain=False`` only for a label of the
            # app's own words made before the window's first paint (no Qt enum yet), which
            # then calls ``show_as_typed`` (see MainWindow).
            self.show_as_typed()
        set_text_role(self, role)

    def show_as_typed(self) -> None:
        from PySide6.QtCore import Qt

        self.setTextFormat(Qt.TextFormat.PlainText)


# --- colours -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Theme:
    """Every colour the app paints with, for one theme. Hex strings, so tests can compute."""

    name: str
    window: str
    window_text: str
    base: str  # fields and lists
    alternate_base: str
    text: str
    muted_text: str  # secondary lines: topic, status, placeholders; still >= 4.5:1
    button: str
    button_text: str
    highlight: str  # the selected row
    highlighted_text: str
    link: str
    error: str
    focus: str  # the focus ring; >= 3:1 against window and base
    divider: str
    tooltip_base: str
    tooltip_text: str
    disabled_text: str
    field_border: str  # the edge of text boxes and lists; >= 3:1 against window and base
    # Priority badges: (fill, ink) per priority value.
    badges: tuple[tuple[str, str, str], ...]

    def badge(self, priority: str) -> tuple[QColor, QColor]:
        for value, fill, ink in self.badges:
            if value == priority:
                return QColor(fill), QColor(ink)
        raise KeyError(priority)


LIGHT = Theme(
    name="light",
    window="#f3f3f3",
    window_text="#1a1a1a",
    base="#ffffff",
    alternate_base="#f5f7fa",
    text="#1a1a1a",
    muted_text="#595959",
    button="#e8e8e8",
    button_text="#1a1a1a",
    highlight="#1d5a9e",
    highlighted_text="#ffffff",
    link="#0b57b0",
    error="#a40000",
    focus="#1d5a9e",
    divider="#c8c8c8",
    tooltip_base="#fff8d6",
    tooltip_text="#1a1a1a",
    disabled_text="#5f5f5f",
    field_border="#767676",
    badges=(
        ("must_ask", "#8a1538", "#ffffff"),
        ("want_to_ask", "#1f4e8c", "#ffffff"),
        ("if_time", "#4a4a4a", "#ffffff"),
    ),
)

DARK = Theme(
    name="dark",
    window="#202124",
    window_text="#e8e8e8",
    base="#17181a",
    alternate_base="#232427",
    text="#ececec",
    muted_text="#b0b0b0",
    button="#34363a",
    button_text="#ececec",
    highlight="#8ab4f8",
    highlighted_text="#111111",
    link="#8ab4f8",
    error="#ff8a8a",
    focus="#8ab4f8",
    divider="#4a4c50",
    tooltip_base="#3a3b3e",
    tooltip_text="#f0f0f0",
    disabled_text="#a8a8a8",
    field_border="#8f8f8f",
    badges=(
        ("must_ask", "#ffb3c6", "#111111"),
        ("want_to_ask", "#b3d1ff", "#111111"),
        ("if_time", "#d0d0d0", "#111111"),
    ),
)

# Black, white and yellow: for low vision. Every pair is far above AA (most are AAA, 7:1).
HIGH_CONTRAST = Theme(
    name="high-contrast",
    window="#000000",
    window_text="#ffffff",
    base="#000000",
    alternate_base="#101010",
    text="#ffffff",
    muted_text="#e6e6e6",
    button="#000000",
    button_text="#ffffff",
    highlight="#ffff00",
    highlighted_text="#000000",
    link="#7fdbff",
    error="#ff9e9e",
    focus="#ffff00",
    divider="#ffffff",
    tooltip_base="#000000",
    tooltip_text="#ffffff",
    disabled_text="#c0c0c0",
    field_border="#ffffff",
    badges=(
        ("must_ask", "#ffffff", "#000000"),
        ("want_to_ask", "#7fdbff", "#000000"),
        ("if_time", "#c0c0c0", "#000000"),
    ),
)

THEMES = (LIGHT, DARK, HIGH_CONTRAST)
# The choices in View › Theme: "system" follows the desktop's light or dark setting.
THEME_CHOICES = ("system", "light", "dark", "high-contrast")
STATUS_MARKS = {"open": "○", "asked": "◐", "answered": "✓", "dropped": "–"}

_current: Theme = LIGHT
_ring_installed = False  # the focus ring's style is the application's (apply_theme)


def system_prefers_dark() -> bool:
    hints = QGuiApplication.styleHints()
    return hints.colorScheme() == hints.colorScheme().Dark


def system_looks_dark() -> bool:
    """The desktop's light or dark setting as its palette shows it: for the window's first
    paint. Asking ``system_prefers_dark`` makes PySide6 build every enum of Qt's namespace
    (~11 ms) because the answer is one; the desktop's palette (dark when the desktop is dark
    on the platforms Qt supports) needs none. Checked properly right after the first paint
    (``MainWindow``), should the two ever disagree."""
    return QGuiApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128


def current_theme() -> Theme:
    return _current


def palette_for(theme: Theme) -> QPalette:
    palette = QPalette()
    roles = QPalette.ColorRole
    for role, colour in (
        (roles.Window, theme.window),
        (roles.WindowText, theme.window_text),
        (roles.Base, theme.base),
        (roles.AlternateBase, theme.alternate_base),
        (roles.Text, theme.text),
        (roles.PlaceholderText, theme.muted_text),
        (roles.Button, theme.button),
        (roles.ButtonText, theme.button_text),
        (roles.BrightText, theme.error),
        (roles.Highlight, theme.highlight),
        (roles.HighlightedText, theme.highlighted_text),
        (roles.Link, theme.link),
        (roles.LinkVisited, theme.link),
        (roles.ToolTipBase, theme.tooltip_base),
        (roles.ToolTipText, theme.tooltip_text),
        (roles.Mid, theme.divider),
        (roles.Midlight, theme.divider),
        (roles.Accent, theme.focus),
    ):
        palette.setColor(role, QColor(colour))
    disabled = QPalette.ColorGroup.Disabled
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        palette.setColor(disabled, role, QColor(theme.disabled_text))
    # A selected row keeps its colours when the list does not have focus: the details always
    # belong to the row that looks picked.
    inactive = QPalette.ColorGroup.Inactive
    palette.setColor(inactive, roles.Highlight, QColor(theme.highlight))
    palette.setColor(inactive, roles.HighlightedText, QColor(theme.highlighted_text))
    return palette


def theme_named(choice: str, *, first_paint: bool = False) -> Theme:
    """The theme for a View › Theme choice ("system" → light or dark as the desktop is;
    for the ``first_paint``, as its palette looks: see ``system_looks_dark``)."""
    for theme in THEMES:
        if theme.name == choice:
            return theme
    dark = system_looks_dark() if first_paint else system_prefers_dark()
    return DARK if dark else LIGHT


def apply_theme(
    app: QApplication, theme: Theme | None = None, *, ring_later: bool = False
) -> Theme:
    """Use Fusion (it honours every palette role on every platform) with ``theme``'s colours,
    and a focus ring of the theme's focus colour; by default light or dark as the system is.

    ``ring_later`` (the window's first paint): the style the application was made with
    (``make_application`` makes it with Fusion), and the focus ring's style only from the next
    call. The ring's style is a QProxyStyle; making one, or setting any style, has PySide6
    build QStyle's enums (~10 ms) that the first paint does not need. Fusion draws the same
    pixels where nothing has the focus and no field is shown.
    """
    global _current, _ring_installed
    _current = theme or (DARK if system_prefers_dark() else LIGHT)
    if _ring_installed or not ring_later:
        from mbc_desktop.ui.common.focus import install_focus_ring

        install_focus_ring(app)
        _ring_installed = True
    app.setPalette(palette_for(_current))
    for widget in app.allWidgets():
        widget.update()
    return _current


def priority_colours(priority: str, _palette: QPalette | None = None) -> tuple[QColor, QColor]:
    """(fill, ink) for a priority badge in the current theme."""
    return _current.badge(priority)


def error_colour(_palette: QPalette | None = None) -> QColor:
    return QColor(_current.error)


def muted_colour(_palette: QPalette | None = None) -> QColor:
    return QColor(_current.muted_text)


def focus_colour() -> QColor:
    return QColor(_current.focus)


def field_border_colour() -> QColor:
    return QColor(_current.field_border)


# --- contrast (WCAG 2.2) --------------------------------------------------------------------


def relative_luminance(colour: str) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    q = QColor(colour)
    return 0.2126 * channel(q.red()) + 0.7152 * channel(q.green()) + 0.0722 * channel(q.blue())


def contrast_ratio(foreground: str, background: str) -> float:
    lighter, darker = sorted(
        (relative_luminance(foreground), relative_luminance(background)), reverse=True
    )
    return (lighter + 0.05) / (darker + 0.05)


def text_pairs(theme: Theme) -> list[tuple[str, str, str]]:
    """(what, text colour, background) for every pairing the app paints text with."""
    pairs = [
        ("window text", theme.window_text, theme.window),
        ("muted text on window", theme.muted_text, theme.window),
        ("text", theme.text, theme.base),
        ("muted text on base", theme.muted_text, theme.base),
        ("text on alternate rows", theme.text, theme.alternate_base),
        ("button text", theme.button_text, theme.button),
        ("selected row", theme.highlighted_text, theme.highlight),
        ("link", theme.link, theme.base),
        ("error on window", theme.error, theme.window),
        ("error on base", theme.error, theme.base),
        ("tooltip and banner", theme.tooltip_text, theme.tooltip_base),
        ("disabled text on button", theme.disabled_text, theme.button),
    ]
    pairs += [(f"{value} badge", ink, fill) for value, fill, ink in theme.badges]
    return pairs


def focus_pairs(theme: Theme) -> list[tuple[str, str, str]]:
    """(what, focus colour, background) — non-text contrast, WCAG asks >= 3:1."""
    return [
        ("focus on window", theme.focus, theme.window),
        ("focus on base", theme.focus, theme.base),
        ("focus on selected row", theme.highlighted_text, theme.highlight),
        ("field border on window", theme.field_border, theme.window),
        ("field border on base", theme.field_border, theme.base),
    ]
