"""Cleaning typed and pasted text: what is removed, what is kept, what is refused."""

from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mbc_desktop.domain.text import CANT_SAVE_MESSAGE, clean_multiline, clean_single_line

INVISIBLE = "\u200b\u200c\u200e\u200f\u202a\u202e\u2066\u2069\u2060\ufeff\u00ad\u061c"
FAMILY = "\U0001f468\u200d\U0001f469\u200d\U0001f467"  # one emoji built with zero-width joiners
SCOTLAND = "\U0001f3f4\U000e0067\U000e0062\U000e0073\U000e0063\U000e0074\U000e007f"
RED_HEART = "\u2764\ufe0f"  # a variation selector makes the symbol an emoji

CLEANERS: list[Callable[[str], str]] = [clean_multiline, clean_single_line]


@pytest.mark.parametrize("clean", CLEANERS)
@pytest.mark.parametrize(
    "value",
    [
        INVISIBLE,
        "\u200b\u200e\u202e\u2066\ufeff",
        f" \u200b \n\t{INVISIBLE} \u00a0",
        "\ufe0f\ufe0f",  # variation selectors with nothing to vary
        "\U000e0041\U000e007f",  # tags with nothing to tag
        "\u3164\u2800",  # Hangul filler and blank braille: made to look empty
        "\x00\x01\x1b\x7f\x9b",
    ],
)
def test_text_of_only_invisible_characters_is_empty(
    clean: Callable[[str], str], value: str
) -> None:
    assert clean(value) == ""


@pytest.mark.parametrize("clean", CLEANERS)
def test_invisible_characters_are_stripped_from_the_ends(clean: Callable[[str], str]) -> None:
    assert clean(f"{INVISIBLE} Is it HER2-low? {INVISIBLE}") == "Is it HER2-low?"


@pytest.mark.parametrize("clean", CLEANERS)
@pytest.mark.parametrize(
    "value",
    [
        FAMILY,
        SCOTLAND,
        RED_HEART,
        "Can my \u200dfamily come?",
        "\u05de\u05d4 \u05e2\u05dd CDK4/6\u200f?",  # a direction mark placing the question mark
        "\u0600\u0661\u0662",  # the Arabic number sign is formatting, but visible
    ],
)
def test_characters_that_do_work_inside_the_text_are_kept(
    clean: Callable[[str], str], value: str
) -> None:
    text = f"Before {value} after"
    assert clean(text) == text


@pytest.mark.parametrize("clean", CLEANERS)
@pytest.mark.parametrize("surrogate", [chr(0xD800), chr(0xDFFF), chr(0xDC80)])
def test_a_lone_surrogate_is_refused_with_a_plain_message(
    clean: Callable[[str], str], surrogate: str
) -> None:
    with pytest.raises(ValueError, match="can't be saved") as error:
        clean(f"Pasted {surrogate} text")
    assert str(error.value) == CANT_SAVE_MESSAGE


def test_every_line_break_becomes_a_newline() -> None:
    breaks = ["\r\n", "\r", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029"]

    assert clean_multiline("a".join(["", *breaks, ""])) == "a" + "\na" * len(breaks)


def test_control_characters_are_removed_but_lines_and_tabs_stay() -> None:
    assert clean_multiline("Scan\x00 in\x1b[31m 3\x7f\x9bmonths\n\tthen\x07 review") == (
        "Scan in[31m 3months\n\tthen review"
    )


def test_tabs_can_become_spaces() -> None:
    assert clean_multiline("Is\tit\tsafe?\nReally?", keep_tabs=False) == "Is it safe?\nReally?"


def test_one_line_text_folds_whitespace_and_drops_controls() -> None:
    assert clean_single_line(" Dr.\x00\tOkafor\r\n(onc\x1bology)\u2028 ") == (
        "Dr. Okafor (oncology)"
    )


@given(st.text())
def test_multiline_cleaning_is_idempotent_and_leaves_no_controls(value: str) -> None:
    cleaned = clean_multiline(value)

    assert clean_multiline(cleaned) == cleaned
    assert cleaned == cleaned.strip()
    assert not any(ord(char) < 32 and char not in "\n\t" for char in cleaned)
    assert not any(0x7F <= ord(char) <= 0x9F for char in cleaned)


@given(st.text())
def test_single_line_cleaning_is_idempotent_and_one_line(value: str) -> None:
    cleaned = clean_single_line(value)

    assert clean_single_line(cleaned) == cleaned
    assert cleaned.splitlines() in ([], [cleaned])
    assert "  " not in cleaned
    assert "\t" not in cleaned


def test_limited_cleans_and_refuses_more_than_the_limit_naming_the_field() -> None:
    from mbc_desktop.domain.text import limited

    dose = limited("the dose", 5)
    assert dose("  2 mg \n") == "2 mg"
    with pytest.raises(ValueError, match=r"^Keep the dose under 5 characters \(now 6\)\.$"):
        dose("123456")
    notes = limited("the notes", 5, multiline=True, advice=": keep the main points.")
    assert notes("a\r\nb") == "a\nb"
    with pytest.raises(ValueError, match=r"\(now 6\): keep the main points\.$"):
        notes("abcdef")
