"""The base of every fixed choice a record holds (a question's topic, an appointment's role…)."""

from enum import StrEnum


class Choice(StrEnum):
    """A fixed choice stored by its value; its label is the value in words ("must_ask" is
    shown as "Must ask"). Translations, when they come, start from the label."""

    @property
    def label(self) -> str:
        return self.value.replace("_", " ").capitalize()
