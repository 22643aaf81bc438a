"""What changed in "About my cancer" since an appointment, in words:
"ER: from 'Positive' to 'Low (1 to 10 %)' (11/20/2026)"."""

from collections.abc import Callable, Sequence
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication

from mbc_desktop.domain.cancer import (
    BiomarkerTest,
    LocalTreatment,
    ReceptorTest,
    TreatmentLine,
)
from mbc_desktop.domain.choice import Choice
from mbc_desktop.services.cancer_profile import ProfileChange
from mbc_desktop.words.dates import short_date
from mbc_desktop.words.i18n import label, number


def _tr(text: str) -> str:
    return QCoreApplication.translate("CancerChanges", text)


def _day(day: date) -> str:
    return short_date(datetime(day.year, day.month, day.day))


def _value(value: object) -> str:
    """One value in words; "" when not answered."""
    if value is None or value == "" or value == ():
        return ""
    if isinstance(value, Choice):
        return label(value)
    if isinstance(value, date):
        return _day(value)
    if isinstance(value, bool):
        return _tr("Yes") if value else _tr("No")
    if isinstance(value, int):
        return f"{number(value)} %"
    if isinstance(value, tuple):
        return ", ".join(_value(item) for item in value)
    return str(value)


def _quoted(text: str) -> str:
    return _tr("“%1”").replace("%1", text) if text else _tr("not answered")


def _sentence(what: str, before: str, after: str, when: datetime) -> str:
    return (
        _tr("%1: from %2 to %3 (%4)")
        .replace("%1", what)
        .replace("%2", _quoted(before))
        .replace("%3", _quoted(after))
        .replace("%4", short_date(when))
    )


def _receptor_names() -> dict[str, str]:
    return {
        "er": _tr("ER"),
        "er_percent": _tr("Cells with ER"),
        "pr": _tr("PR"),
        "pr_percent": _tr("Cells with PR"),
        "her2": _tr("HER2"),
        "tested_on": _tr("Date of the receptor test"),
        "sample": _tr("Where the tissue came from"),
    }


def _biomarker(test: BiomarkerTest | None) -> str:
    if test is None:
        return ""
    parts = [_value(test.result), test.value, _value(test.sample), _value(test.tested_on)]
    return ", ".join(part for part in parts if part)


def _line(line: TreatmentLine | None) -> str:
    if line is None:
        return ""
    parts = [line.drugs]
    if line.started_on or line.stopped_on:
        parts.append(
            _tr("%1 to %2")
            .replace("%1", _day(line.started_on) if line.started_on else "…")
            .replace("%2", _day(line.stopped_on) if line.stopped_on else "…")
        )
    parts.append(_value(line.stop_reason))
    return ", ".join(part for part in parts if part)


def _local(treatment: LocalTreatment | None) -> str:
    if treatment is None:
        return ""
    parts = [_value(treatment.kind), treatment.where, _value(treatment.on)]
    return ", ".join(part for part in parts if part)


def _by_position(
    what: Callable[[int], str],
    before: Sequence[object],
    after: Sequence[object],
    words: Callable[[object], str],
    when: datetime,
) -> list[str]:
    found = []
    for index in range(max(len(before), len(after))):
        old = before[index] if index < len(before) else None
        new = after[index] if index < len(after) else None
        if old != new:
            found.append(_sentence(what(index), words(old), words(new), when))
    return found


def describe(change: ProfileChange) -> list[str]:
    """The change in sentences, one per thing that changed in that part of the profile."""
    key, before, after, when = change.key, change.before, change.after, change.changed_at
    if key == "receptors":
        old = before if isinstance(before, ReceptorTest) else ReceptorTest()
        new = after if isinstance(after, ReceptorTest) else ReceptorTest()
        return [
            _sentence(name, _value(getattr(old, field)), _value(getattr(new, field)), when)
            for field, name in _receptor_names().items()
            if getattr(old, field) != getattr(new, field)
        ]
    if key == "biomarkers":
        old_tests = {t.marker: t for t in before or ()}  # type: ignore[attr-defined]
        new_tests = {t.marker: t for t in after or ()}  # type: ignore[attr-defined]
        markers = list(dict.fromkeys([*old_tests, *new_tests]))
        return [
            _sentence(
                label(marker),
                _biomarker(old_tests.get(marker)),
                _biomarker(new_tests.get(marker)),
                when,
            )
            for marker in markers
            if old_tests.get(marker) != new_tests.get(marker)
        ]
    if key == "lines":
        return _by_position(
            lambda index: _tr("Treatment line %1").replace("%1", number(index + 1)),
            tuple(before or ()),  # type: ignore[arg-type]
            tuple(after or ()),  # type: ignore[arg-type]
            lambda line: _line(line if isinstance(line, TreatmentLine) else None),
            when,
        )
    if key == "local":
        return _by_position(
            lambda index: _tr("Local treatment %1").replace("%1", number(index + 1)),
            tuple(before or ()),  # type: ignore[arg-type]
            tuple(after or ()),  # type: ignore[arg-type]
            lambda item: _local(item if isinstance(item, LocalTreatment) else None),
            when,
        )
    names = {
        "menopausal_status": _tr("Menopausal status"),
        "spread": _tr("Where it has spread"),
        "spread_other": _tr("Other places it has spread"),
        "how_it_came_back": _tr("Spread when first found, or came back"),
    }
    return [_sentence(names.get(key, key), _value(before), _value(after), when)]


def describe_all(changes: Sequence[ProfileChange]) -> list[str]:
    return [sentence for change in changes for sentence in describe(change)]
