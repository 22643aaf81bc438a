"""The subtype in words, and how it was worked out, in the interface language.

``domain/subtype.py`` writes its reasons in English, some with a percentage or a result's name
in them. Each sentence it can write is here as a template (lupdate reads them), with a pattern
that finds the numbers and names in the English sentence; a test derives the subtype for every
combination of results and checks that every reason has a template. A sentence with no template
is shown as the domain wrote it (English) rather than not at all.
"""

import re

from PySide6.QtCore import QCoreApplication

from mbc_desktop.domain.subtype import (
    ER_LOW_REASON,
    HER2_LOW_REASON,
    MALE_REASON,
    NO_RESULTS_REASON,
    REBIOPSY_REASON,
    Her2Group,
    HrStatus,
    Subtype,
    SubtypeName,
)
from mbc_desktop.words.i18n import QT_TRANSLATE_NOOP, label, number

CONTEXT = "SubtypeReasons"

# The sentences with nothing in them that changes: English → the same, marked for lupdate.
FIXED: dict[str, str] = {
    ER_LOW_REASON: QT_TRANSLATE_NOOP(
        "SubtypeReasons",
        "ER-low still counts as hormone-receptor positive, but ER-low cancers often behave like "
        "ER-negative ones.",
    ),
    HER2_LOW_REASON: QT_TRANSLATE_NOOP(
        "SubtypeReasons",
        "HER2-low is a group used when choosing some treatments; it is not a formal type of "
        "breast cancer.",
    ),
    MALE_REASON: QT_TRANSLATE_NOOP(
        "SubtypeReasons", "Breast cancer in men is sorted into types by the same rules."
    ),
    NO_RESULTS_REASON: QT_TRANSLATE_NOOP(
        "SubtypeReasons", "No ER, PR or HER2 results are recorded yet, so the type is not known."
    ),
    REBIOPSY_REASON: QT_TRANSLATE_NOOP(
        "SubtypeReasons",
        "Your latest ER, PR and HER2 results are from before the cancer last grew. These results "
        "can change between the first tumor and the places it spreads to: in one large review, "
        "ER changed in about 19 in 100 people, PR in about 31 in 100 and HER2 in about 10 in "
        "100. So a new biopsy may change the type. Your care team can say whether one makes "
        "sense for you.",
    ),
    "ER and PR are both negative, so the cancer is hormone-receptor negative.": (
        QT_TRANSLATE_NOOP(
            "SubtypeReasons",
            "ER and PR are both negative, so the cancer is hormone-receptor negative.",
        )
    ),
    "HER2 is IHC 0, so the cancer is HER2-negative.": QT_TRANSLATE_NOOP(
        "SubtypeReasons", "HER2 is IHC 0, so the cancer is HER2-negative."
    ),
    "HER2 is IHC 0 with faint staining, which counts as HER2-ultralow: HER2-negative.": (
        QT_TRANSLATE_NOOP(
            "SubtypeReasons",
            "HER2 is IHC 0 with faint staining, which counts as HER2-ultralow: HER2-negative.",
        )
    ),
    "HER2 is IHC 1+, which counts as HER2-low: not HER2-positive.": QT_TRANSLATE_NOOP(
        "SubtypeReasons", "HER2 is IHC 1+, which counts as HER2-low: not HER2-positive."
    ),
    (
        "HER2 is IHC 2+ with a negative ISH test, which counts as HER2-low: not HER2-positive."
    ): QT_TRANSLATE_NOOP(
        "SubtypeReasons",
        "HER2 is IHC 2+ with a negative ISH test, which counts as HER2-low: not HER2-positive.",
    ),
    (
        "HER2 is IHC 2+, a borderline score. The ISH test decides whether it is HER2-positive "
        "or HER2-low."
    ): QT_TRANSLATE_NOOP(
        "SubtypeReasons",
        "HER2 is IHC 2+, a borderline score. The ISH test decides whether it is HER2-positive "
        "or HER2-low.",
    ),
    "HER2 is IHC 3+, so the cancer is HER2-positive.": QT_TRANSLATE_NOOP(
        "SubtypeReasons", "HER2 is IHC 3+, so the cancer is HER2-positive."
    ),
    (
        "The ISH test found extra copies of the HER2 gene (amplified), so the cancer is "
        "HER2-positive."
    ): QT_TRANSLATE_NOOP(
        "SubtypeReasons",
        "The ISH test found extra copies of the HER2 gene (amplified), so the cancer is "
        "HER2-positive.",
    ),
    "Together: HR-positive, HER2-negative.": QT_TRANSLATE_NOOP(
        "SubtypeReasons", "Together: HR-positive, HER2-negative."
    ),
    "Together: HR-positive, HER2-positive.": QT_TRANSLATE_NOOP(
        "SubtypeReasons", "Together: HR-positive, HER2-positive."
    ),
    "Together: HR-negative, HER2-positive.": QT_TRANSLATE_NOOP(
        "SubtypeReasons", "Together: HR-negative, HER2-positive."
    ),
    "ER, PR and HER2 are all negative, so the cancer is called triple negative.": (
        QT_TRANSLATE_NOOP(
            "SubtypeReasons",
            "ER, PR and HER2 are all negative, so the cancer is called triple negative.",
        )
    ),
}

# The sentences with a receptor's name or a number in them: (pattern, template). The names
# (ER, PR, HER2, HER2 ISH) are the same in every language; numbers are written the language's
# way.
TEMPLATES: list[tuple[re.Pattern[str], str]] = [
    (
        re.compile(
            r"(ER|PR) is positive \((\d+) %\), so the cancer is hormone-receptor positive\."
        ),
        QT_TRANSLATE_NOOP(
            "SubtypeReasons", "%1 is positive (%2 %), so the cancer is hormone-receptor positive."
        ),
    ),
    (
        re.compile(r"(ER|PR) is positive, so the cancer is hormone-receptor positive\."),
        QT_TRANSLATE_NOOP(
            "SubtypeReasons", "%1 is positive, so the cancer is hormone-receptor positive."
        ),
    ),
    (
        re.compile(r"(ER|PR) is low \((\d+) %\), so the cancer is hormone-receptor positive\."),
        QT_TRANSLATE_NOOP(
            "SubtypeReasons", "%1 is low (%2 %), so the cancer is hormone-receptor positive."
        ),
    ),
    (
        re.compile(r"(ER|PR) is low, so the cancer is hormone-receptor positive\."),
        QT_TRANSLATE_NOOP(
            "SubtypeReasons", "%1 is low, so the cancer is hormone-receptor positive."
        ),
    ),
    (
        re.compile(r"ER at (\d+) % is in the range from 1 to 10 %, called ER-low\."),
        QT_TRANSLATE_NOOP(
            "SubtypeReasons", "ER at %1 % is in the range from 1 to 10 %, called ER-low."
        ),
    ),
    (
        re.compile(r"(ER|PR) is negative, but the (ER|PR) result is not known\."),
        QT_TRANSLATE_NOOP("SubtypeReasons", "%1 is negative, but the %2 result is not known."),
    ),
    (
        re.compile(r"The type can't be worked out until these results are known: (.+)\."),
        QT_TRANSLATE_NOOP(
            "SubtypeReasons", "The type can't be worked out until these results are known: %1."
        ),
    ),
]


def has_words(reason: str) -> bool:
    """True if ``reason`` has a translatable template here."""
    return reason in FIXED or any(p.fullmatch(reason) for p, _template in TEMPLATES)


def reason_text(reason: str) -> str:
    """One of the subtype's reasons in the interface language."""
    if reason in FIXED:
        return QCoreApplication.translate("SubtypeReasons", FIXED[reason])
    for pattern, template in TEMPLATES:
        found = pattern.fullmatch(reason)
        if found:
            text = QCoreApplication.translate("SubtypeReasons", template)
            for place, value in enumerate(found.groups(), start=1):
                shown = number(int(value)) if value.isdigit() else value
                text = text.replace(f"%{place}", shown)
            return text
    return reason


def subtype_name(subtype: Subtype) -> str:
    """ "Hormone-receptor positive, HER2-low", "Triple negative (HER2-low)", "Not known yet"…"""
    if subtype.name is SubtypeName.TRIPLE_NEGATIVE:
        name = label(SubtypeName.TRIPLE_NEGATIVE)
        if subtype.her2_group in (Her2Group.LOW, Her2Group.ULTRALOW):
            name = (
                QCoreApplication.translate("SubtypeWords", "%1 (%2)")
                .replace("%1", name)
                .replace("%2", label(subtype.her2_group))
            )
        return name
    if subtype.hr_status is HrStatus.UNKNOWN and subtype.her2_group is Her2Group.UNKNOWN:
        return label(SubtypeName.UNKNOWN)
    text = (
        QCoreApplication.translate("SubtypeWords", "%1, %2")
        .replace("%1", label(subtype.hr_status))
        .replace("%2", label(subtype.her2_group))
    )
    if "er-low" in subtype.tags:
        text = QCoreApplication.translate("SubtypeWords", "%1 (ER-low)").replace("%1", text)
    return text
