"""Cleaning what people type or paste, before any record keeps it.

Every text field of every record goes through one of the two functions here, so that the
journal never holds characters nobody can see or save: control characters that slip in with a
paste (NUL, escape codes, carriage returns), invisible formatting marks left at the ends, and
lone surrogates that the database could not encode at all.

What is removed and what is refused:

- A lone surrogate is refused (``ValueError`` with a message for the user): there is no way to
  know what character was meant.
- Every kind of line break (``\\r\\n``, ``\\r``, form feed, U+2028…) becomes ``\\n``; a one-line
  field folds all whitespace, line breaks included, into single spaces.
- Other control characters (C0 and C1, DEL) are removed: nobody means to keep them.
- Whitespace and invisible formatting characters (zero-width spaces, direction marks, the
  byte-order mark…) are stripped from both ends; inside the text they stay, because there they
  do work (a zero-width joiner builds an emoji, a direction mark orders Arabic or Hebrew).
- A text made only of whitespace and invisible characters becomes empty, so a field's
  "can't be empty" rule sees it as empty.
"""

import unicodedata
from collections.abc import Callable

CANT_SAVE_MESSAGE = (
    "This text has a character that can't be saved (it may show as a box or a question "
    "mark). Delete that character, or type the text again instead of pasting it."
)


def _chars(first: int, last: int) -> str:
    return "".join(chr(code) for code in range(first, last + 1))


# Invisible formatting characters that mean nothing at either end of a text: the soft hyphen,
# the combining grapheme joiner, the Arabic letter mark, the Mongolian vowel separator,
# zero-width spaces and joiners, direction marks, embeddings, overrides and isolates, the word
# joiner and invisible operators, the byte-order mark; and two characters made to look blank
# (Hangul filler, blank braille pattern).
_INVISIBLE_AT_ENDS = frozenset(
    "\u00ad\u034f\u061c\u180e\ufeff\u3164\u2800"
    + _chars(0x200B, 0x200F)
    + _chars(0x202A, 0x202E)
    + _chars(0x2060, 0x206F)
)

# Unicode's "default ignorable" characters that may carry meaning after another character
# (variation selectors turn a symbol into an emoji, tags finish a flag): kept at the ends,
# but a text made only of them is still empty.
_INVISIBLE_AFTER_A_CHARACTER = frozenset(
    "\u115f\u1160\u17b4\u17b5\uffa0"
    + _chars(0x180B, 0x180D)
    + "\u180f"
    + _chars(0xFE00, 0xFE0F)
    + _chars(0xFFF0, 0xFFF8)
    + _chars(0x1BCA0, 0x1BCA3)
    + _chars(0x1D173, 0x1D17A)
    + _chars(0xE0000, 0xE0FFF)
)


def _is_blank_at_ends(char: str) -> bool:
    return char.isspace() or char in _INVISIBLE_AT_ENDS


def _is_invisible(char: str) -> bool:
    return _is_blank_at_ends(char) or char in _INVISIBLE_AFTER_A_CHARACTER


def _refuse_unsaveable(value: str) -> None:
    # A str can hold half of a UTF-16 pair (from a broken paste or file); UTF-8 cannot.
    if any("\ud800" <= char <= "\udfff" for char in value):
        raise ValueError(CANT_SAVE_MESSAGE)


def _without_controls(value: str, keep: str) -> str:
    return "".join(char for char in value if char in keep or unicodedata.category(char) != "Cc")


def _strip_ends(value: str) -> str:
    start, end = 0, len(value)
    while start < end and _is_blank_at_ends(value[start]):
        start += 1
    while end > start and _is_blank_at_ends(value[end - 1]):
        end -= 1
    text = value[start:end]
    return "" if all(_is_invisible(char) for char in text) else text


def clean_multiline(value: str, *, keep_tabs: bool = True) -> str:
    """Text that may run over several lines (a question, an answer, a note).

    Line breaks of any kind become ``\\n``; tabs stay, or become spaces when ``keep_tabs`` is
    false. Raises ``ValueError`` with a message for the user for a character that can't be
    saved.
    """
    _refuse_unsaveable(value)
    text = "\n".join(value.splitlines())
    if not keep_tabs:
        text = text.replace("\t", " ")
    return _strip_ends(_without_controls(text, keep="\n\t"))


def clean_single_line(value: str) -> str:
    """A short one-line text (a name, a place): every run of whitespace becomes one space.

    Raises ``ValueError`` with a message for the user for a character that can't be saved.
    """
    _refuse_unsaveable(value)
    # Controls that are also whitespace (tab, line breaks) fold into spaces; the rest go.
    text = "".join(char for char in value if char.isspace() or unicodedata.category(char) != "Cc")
    return _strip_ends(" ".join(text.split()))


def limited(
    what: str, limit: int, *, multiline: bool = False, advice: str = ""
) -> Callable[[str], str]:
    """A validator that cleans a text (one line, or several) and refuses more than ``limit``
    characters, naming ``what``: "Keep the dose under 120 characters (now 121)." ``advice``
    ends the sentence instead of the full stop (": keep the main points.")."""

    def check(value: str) -> str:
        text = clean_multiline(value) if multiline else clean_single_line(value)
        if len(text) > limit:
            raise ValueError(
                f"Keep {what} under {limit} characters (now {len(text)}){advice or '.'}"
            )
        return text

    return check
