"""Colours: every text/background pair of every theme meets WCAG AA (4.5:1), focus
indicators 3:1, and the app really paints with the theme's colours."""

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from mbc_desktop.ui.common.theme import (
    THEMES,
    Theme,
    apply_theme,
    contrast_ratio,
    focus_pairs,
    text_pairs,
)


def test_contrast_arithmetic_matches_known_values() -> None:
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#ffffff", "#ffffff") == pytest.approx(1.0)
    # The two failures a newcomer's review measured: grey on white, white on Qt's blue.
    assert contrast_ratio("#7f7f7f", "#ffffff") == pytest.approx(4.0, abs=0.05)
    assert contrast_ratio("#ffffff", "#308cc6") == pytest.approx(3.7, abs=0.05)


@pytest.mark.parametrize("theme", THEMES, ids=lambda t: t.name)
def test_every_text_colour_has_at_least_4_5_to_1_contrast(theme: Theme) -> None:
    low = [
        f"{what}: {fg} on {bg} is {contrast_ratio(fg, bg):.2f}:1"
        for what, fg, bg in text_pairs(theme)
        if contrast_ratio(fg, bg) < 4.5
    ]
    assert low == []


@pytest.mark.parametrize("theme", THEMES, ids=lambda t: t.name)
def test_focus_indicators_have_at_least_3_to_1_contrast(theme: Theme) -> None:
    low = [
        f"{what}: {fg} on {bg} is {contrast_ratio(fg, bg):.2f}:1"
        for what, fg, bg in focus_pairs(theme)
        if contrast_ratio(fg, bg) < 3.0
    ]
    assert low == []


@pytest.mark.parametrize("theme", THEMES, ids=lambda t: t.name)
def test_the_application_paints_with_the_theme(qapp: QApplication, theme: Theme) -> None:
    before = QApplication.palette()
    try:
        apply_theme(qapp, theme)
        palette = QApplication.palette()
        roles = QPalette.ColorRole
        for role, colour in (
            (roles.Text, theme.text),
            (roles.Base, theme.base),
            (roles.Highlight, theme.highlight),
            (roles.HighlightedText, theme.highlighted_text),
            (roles.PlaceholderText, theme.muted_text),
        ):
            assert palette.color(role).name() == colour
        # A selected row looks the same when the list does not have focus.
        inactive = QPalette.ColorGroup.Inactive
        assert palette.color(inactive, roles.Highlight).name() == theme.highlight
    finally:
        QApplication.setPalette(before)
        apply_theme(qapp, THEMES[0])


def test_field_messages_take_the_new_themes_colours_even_while_hidden(
    qapp: QApplication,
) -> None:
    from PySide6.QtWidgets import QLineEdit

    from mbc_desktop.ui.common.theme import DARK, LIGHT
    from mbc_desktop.ui.common.widgets import FieldMessage

    before = QApplication.palette()
    try:
        apply_theme(qapp, LIGHT)
        field = QLineEdit()
        message = FieldMessage(field)  # never shown: an area not on screen
        message.show_message("Keep it short.")
        message.set_limit(10)
        message.update_count(9)
        apply_theme(qapp, DARK)
        qapp.processEvents()  # Qt hands the new palette on through the event loop
        text = message.label.palette().color(message.label.foregroundRole())
        counter = message.counter.palette().color(message.counter.foregroundRole())
        assert text.name() == DARK.error
        assert counter.name() == DARK.muted_text
        message.update_count(11)  # past the limit: the counter is in the error colour
        counter = message.counter.palette().color(message.counter.foregroundRole())
        assert counter.name() == DARK.error
    finally:
        QApplication.setPalette(before)
        apply_theme(qapp, THEMES[0])
