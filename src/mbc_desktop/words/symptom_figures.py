"""A symptom's figures in words: the latest score, the worst with its date, the average, the
change against the same length of time before, and the ⚑ flag when it is worse by 2 or more.

The list, the trend's heading and the screen reader all say it with these words, so they can
never disagree. The flag is a mark and words, never a colour alone.
"""

from PySide6.QtCore import QObject

from mbc_desktop.domain.symptom_figures import WORSENED_BY, SymptomFigures
from mbc_desktop.domain.symptoms import Symptom, SymptomKind
from mbc_desktop.words.dates import short_date, zone
from mbc_desktop.words.i18n import change_decimal, number, one_decimal

FLAG = "⚑"


class FigureWords(QObject):
    def __init__(self, zone_name: str = "", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._zone = zone(zone_name)

    def name(self, symptom: Symptom) -> str:
        """The symptom's name, with what kind it is when it is not an ESAS-r scale."""
        if symptom.kind is SymptomKind.ESAS:
            return symptom.name
        if symptom.is_archived:
            return self.tr("%1 (no longer tracked)").replace("%1", symptom.name)
        if symptom.kind is SymptomKind.OWN:
            return self.tr("%1 (my own)").replace("%1", symptom.name)
        return self.tr("%1 (other problem)").replace("%1", symptom.name)

    def flag(self) -> str:
        return self.tr("Worse by %1 or more").replace("%1", number(WORSENED_BY))

    def change(self, figures: SymptomFigures) -> str:
        change = figures.change
        if change is None:
            return self.tr("no entries before to compare")
        if change == 0:
            return self.tr("no change")
        size = change_decimal(abs(change))
        if size == one_decimal(0):
            return self.tr("about the same as before")
        if change > 0:
            return self.tr("%1 higher than before").replace("%1", size)
        return self.tr("%1 lower than before").replace("%1", size)

    def parts(self, figures: SymptomFigures | None, count: bool = True) -> list[str]:
        """The figures, one phrase each (``count``: with how many entries the average is
        of); one phrase only when there are no entries."""
        if figures is None or figures.current.count == 0:
            return [self.tr("No entries in this time")]
        current = figures.current
        assert current.latest is not None
        assert current.worst is not None
        assert current.average is not None
        worst_day = short_date(current.worst.at.astimezone(self._zone))
        average = one_decimal(current.average)
        return [
            self.tr("latest %1").replace("%1", number(current.latest.score)),
            self.tr("worst %1 on %2")
            .replace("%1", number(current.worst.score))
            .replace("%2", worst_day),
            self.tr("average %1 over %n entry(s)", "", current.count).replace("%1", average)
            if count
            else self.tr("average %1").replace("%1", average),
            self.change(figures),
        ]

    def line(self, figures: SymptomFigures | None, count: bool = True, capital: bool = True) -> str:
        """ "Latest 4 · worst 7 on 11/12/26 · average 4.5 over 6 entries · 2.5 higher than
        before" (``capital``: as a sentence of its own)."""
        text = " · ".join(self.parts(figures, count))
        return text[:1].upper() + text[1:] if capital else text

    def title(self, symptom: Symptom, figures: SymptomFigures | None) -> str:
        """The name, and the flag when it is worse by 2 or more."""
        name = self.name(symptom)
        if figures is not None and figures.worsened:
            return f"{name}   {FLAG} {self.flag()}"
        return name

    def spoken(self, symptom: Symptom, figures: SymptomFigures | None) -> str:
        """All of it in one sentence for a screen reader (no marks to read out)."""
        pieces = [self.name(symptom)]
        if figures is not None and figures.worsened:
            pieces.append(self.flag())
        text = "; ".join(self.parts(figures))
        pieces.append(text[:1].upper() + text[1:])
        return ". ".join(pieces) + "."
