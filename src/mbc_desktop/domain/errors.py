"""Turn Pydantic validation errors into plain words a form can show next to a field."""

from pydantic import ValidationError


def field_messages(error: ValidationError) -> dict[str, str]:
    """Map each invalid field to one message written for the user.

    Our validators raise ``ValueError`` with a finished sentence; Pydantic prefixes it with
    "Value error, ", which is not for users' eyes.
    """
    messages: dict[str, str] = {}
    for item in error.errors():
        field = str(item["loc"][0]) if item["loc"] else ""
        message = item["msg"].removeprefix("Value error, ")
        messages.setdefault(field, message)
    return messages


class NotFoundError(LookupError):
    """The thing asked for is not in the journal (perhaps deleted a moment ago)."""
