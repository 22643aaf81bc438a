"""Putting words together: placeholders filled in one pass, and a person's text shortened to
fit a message ("Delete “Is it safe to…”")."""

import html
import re

_PLACE = re.compile(r"%(\d)")


def fill(template: str, *values: str) -> str:
    """Put ``values`` in for %1, %2… in one pass: a value with "%2" in it (a name as typed)
    stays as it is, and a placeholder with no value is left."""
    return _PLACE.sub(
        lambda found: (
            values[int(found.group(1)) - 1]
            if 0 < int(found.group(1)) <= len(values)
            else found.group(0)
        ),
        template,
    )


def shorten(text: str, limit: int = 40) -> str:
    """``text`` on one line, cut at a word boundary to at most ``limit`` characters, with "…"
    if it was cut."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if " " in cut:
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,.;:") + "…"


def plain_tooltip(text: str) -> str:
    """``text`` as a tooltip that shows exactly as typed. Qt reads a tooltip as HTML when it
    looks like HTML, so a note or a name with "<b>" in it must be escaped (and wrapped, so
    that it is read as rich text and the escapes are undone on screen)."""
    return f"<p>{html.escape(text)}</p>"
