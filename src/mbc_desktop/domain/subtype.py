"""The subtype of the cancer, worked out from ER, PR and HER2, with how it was worked out.

The rules (fact sheet §4, from the ASCO/CAP guidelines):

- Hormone-receptor (HR) positive: ER or PR in 1 % of cells or more ("positive" or "low").
  ER from 1 to 10 % is "ER-low": HR-positive by the rule, but it often behaves like
  ER-negative. The reasons say so and the tags hold "er-low".
- HER2-positive: IHC 3+, or ISH amplified. HER2-low: IHC 1+, or 2+ with a negative ISH (a
  group used to choose treatments, not a formal category). HER2-ultralow: IHC 0 with faint
  staining. All three of 0, ultralow and low are HER2-negative.
- Triple negative: ER and PR negative and HER2 not positive (the HER2-low and ultralow tags
  still apply).
- A missing or unknown result that could change the answer gives ``SubtypeName.UNKNOWN``, and
  a reason naming the result that is missing. What is known still shows in the tags.
- Men: the same rules; the tag "male".

Never a recommendation: the reasons say how the name was reached, and name no drug.
"""

from dataclasses import dataclass
from datetime import date

from mbc_desktop.domain.cancer import (
    ER_LOW_MAX_PERCENT,
    CancerProfile,
    Her2Status,
    HormoneReceptor,
    MenopausalStatus,
    ReceptorTest,
)
from mbc_desktop.domain.choice import Choice


class SubtypeName(Choice):
    HR_POSITIVE_HER2_NEGATIVE = "hr_positive_her2_negative"
    HR_POSITIVE_HER2_POSITIVE = "hr_positive_her2_positive"
    HR_NEGATIVE_HER2_POSITIVE = "hr_negative_her2_positive"
    TRIPLE_NEGATIVE = "triple_negative"
    UNKNOWN = "subtype_unknown"


class HrStatus(Choice):
    POSITIVE = "hr_positive"
    NEGATIVE = "hr_negative"
    UNKNOWN = "hr_unknown"


class Her2Group(Choice):
    ZERO = "her2_group_zero"
    ULTRALOW = "her2_group_ultralow"
    LOW = "her2_group_low"
    POSITIVE = "her2_group_positive"
    UNKNOWN = "her2_group_unknown"


@dataclass(frozen=True)
class Subtype:
    """The subtype, the two halves it is made of, tags for the reference library, and how it
    was worked out, in plain sentences."""

    name: SubtypeName
    hr_status: HrStatus
    her2_group: Her2Group
    tags: frozenset[str]
    reasons: tuple[str, ...]


_HER2_GROUPS = {
    Her2Status.ZERO: Her2Group.ZERO,
    Her2Status.ULTRALOW: Her2Group.ULTRALOW,
    Her2Status.LOW_1_PLUS: Her2Group.LOW,
    Her2Status.LOW_2_PLUS_ISH_NEGATIVE: Her2Group.LOW,
    Her2Status.EQUIVOCAL_2_PLUS_ISH_PENDING: Her2Group.UNKNOWN,
    Her2Status.POSITIVE_3_PLUS: Her2Group.POSITIVE,
    Her2Status.POSITIVE_ISH_AMPLIFIED: Her2Group.POSITIVE,
    Her2Status.UNKNOWN: Her2Group.UNKNOWN,
}
_HER2_NEGATIVE = frozenset({Her2Group.ZERO, Her2Group.ULTRALOW, Her2Group.LOW})
_HER2_TAGS = {
    Her2Group.ZERO: "her2-zero",
    Her2Group.ULTRALOW: "her2-ultralow",
    Her2Group.LOW: "her2-low",
    Her2Group.POSITIVE: "her2-positive",
}
_MENOPAUSE_TAGS = {
    MenopausalStatus.PREMENOPAUSAL: ("premenopausal",),
    MenopausalStatus.PERIMENOPAUSAL: ("premenopausal", "perimenopausal"),
    MenopausalStatus.POSTMENOPAUSAL: ("postmenopausal",),
    MenopausalStatus.MALE: ("male",),
}
_COUNTS = (HormoneReceptor.POSITIVE, HormoneReceptor.LOW)

ER_LOW_REASON = (
    "ER-low still counts as hormone-receptor positive, but ER-low cancers often behave like "
    "ER-negative ones."
)
HER2_LOW_REASON = (
    "HER2-low is a group used when choosing some treatments; it is not a formal type of "
    "breast cancer."
)
MALE_REASON = "Breast cancer in men is sorted into types by the same rules."
NO_RESULTS_REASON = "No ER, PR or HER2 results are recorded yet, so the type is not known."
REBIOPSY_REASON = (
    "Your latest ER, PR and HER2 results are from before the cancer last grew. These results "
    "can change between the first tumor and the places it spreads to: in one large review, "
    "ER changed in about 19 in 100 people, PR in about 31 in 100 and HER2 in about 10 in "
    "100. So a new biopsy may change the type. Your care team can say whether one makes sense "
    "for you."
)


def _is_er_low(receptors: ReceptorTest) -> bool:
    if receptors.er is HormoneReceptor.LOW:
        return True
    return (
        receptors.er is HormoneReceptor.POSITIVE
        and receptors.er_percent is not None
        and receptors.er_percent <= ER_LOW_MAX_PERCENT
    )


def _described(name: str, result: HormoneReceptor, percent: int | None) -> str:
    """ "ER is positive (80 %)", "PR is low"…"""
    shown = f" ({percent} %)" if percent is not None else ""
    if result is HormoneReceptor.POSITIVE:
        return f"{name} is positive{shown}"
    return f"{name} is low{shown}"


def _hr(receptors: ReceptorTest) -> tuple[HrStatus, list[str], list[str]]:
    """The HR status, its reasons, and the results missing to know it."""
    er, pr = receptors.er, receptors.pr
    if er in _COUNTS or pr in _COUNTS:
        if er in _COUNTS:
            assert er is not None
            said = _described("ER", er, receptors.er_percent)
        else:
            assert pr is not None
            said = _described("PR", pr, receptors.pr_percent)
        reasons = [f"{said}, so the cancer is hormone-receptor positive."]
        if _is_er_low(receptors):
            if er is HormoneReceptor.POSITIVE:
                reasons.append(
                    f"ER at {receptors.er_percent} % is in the range from 1 to 10 %, called ER-low."
                )
            reasons.append(ER_LOW_REASON)
        return HrStatus.POSITIVE, reasons, []
    if er is HormoneReceptor.NEGATIVE and pr is HormoneReceptor.NEGATIVE:
        return (
            HrStatus.NEGATIVE,
            ["ER and PR are both negative, so the cancer is hormone-receptor negative."],
            [],
        )
    missing = [
        name
        for name, result in (("ER", er), ("PR", pr))
        if result is None or result is HormoneReceptor.UNKNOWN
    ]
    known = [name for name in ("ER", "PR") if name not in missing]
    reasons = (
        [f"{known[0]} is negative, but the {missing[0]} result is not known."] if known else []
    )
    return HrStatus.UNKNOWN, reasons, missing


def _her2(status: Her2Status | None) -> tuple[Her2Group, list[str], list[str]]:
    """The HER2 group, its reasons, and the results missing to know it."""
    if status is None or status is Her2Status.UNKNOWN:
        return Her2Group.UNKNOWN, [], ["HER2"]
    sentences = {
        Her2Status.ZERO: "HER2 is IHC 0, so the cancer is HER2-negative.",
        Her2Status.ULTRALOW: (
            "HER2 is IHC 0 with faint staining, which counts as HER2-ultralow: HER2-negative."
        ),
        Her2Status.LOW_1_PLUS: "HER2 is IHC 1+, which counts as HER2-low: not HER2-positive.",
        Her2Status.LOW_2_PLUS_ISH_NEGATIVE: (
            "HER2 is IHC 2+ with a negative ISH test, which counts as HER2-low: not HER2-positive."
        ),
        Her2Status.EQUIVOCAL_2_PLUS_ISH_PENDING: (
            "HER2 is IHC 2+, a borderline score. The ISH test decides whether it is "
            "HER2-positive or HER2-low."
        ),
        Her2Status.POSITIVE_3_PLUS: "HER2 is IHC 3+, so the cancer is HER2-positive.",
        Her2Status.POSITIVE_ISH_AMPLIFIED: (
            "The ISH test found extra copies of the HER2 gene (amplified), so the cancer is "
            "HER2-positive."
        ),
    }
    reasons = [sentences[status]]
    group = _HER2_GROUPS[status]
    if group is Her2Group.LOW:
        reasons.append(HER2_LOW_REASON)
    missing = ["HER2 ISH"] if status is Her2Status.EQUIVOCAL_2_PLUS_ISH_PENDING else []
    return group, reasons, missing


def _name(hr: HrStatus, her2: Her2Group) -> SubtypeName:
    her2_positive = her2 is Her2Group.POSITIVE
    her2_negative = her2 in _HER2_NEGATIVE
    if hr is HrStatus.POSITIVE and her2_negative:
        return SubtypeName.HR_POSITIVE_HER2_NEGATIVE
    if hr is HrStatus.POSITIVE and her2_positive:
        return SubtypeName.HR_POSITIVE_HER2_POSITIVE
    if hr is HrStatus.NEGATIVE and her2_positive:
        return SubtypeName.HR_NEGATIVE_HER2_POSITIVE
    if hr is HrStatus.NEGATIVE and her2_negative:
        return SubtypeName.TRIPLE_NEGATIVE
    return SubtypeName.UNKNOWN


_CONCLUSIONS = {
    SubtypeName.HR_POSITIVE_HER2_NEGATIVE: "Together: HR-positive, HER2-negative.",
    SubtypeName.HR_POSITIVE_HER2_POSITIVE: "Together: HR-positive, HER2-positive.",
    SubtypeName.HR_NEGATIVE_HER2_POSITIVE: "Together: HR-negative, HER2-positive.",
    SubtypeName.TRIPLE_NEGATIVE: (
        "ER, PR and HER2 are all negative, so the cancer is called triple negative."
    ),
}


def derive_subtype(
    receptors: ReceptorTest | None, menopausal: MenopausalStatus | None = None
) -> Subtype:
    """The subtype from one receptor test, and the menopausal status for its tags."""
    tags = set(_MENOPAUSE_TAGS.get(menopausal, ())) if menopausal is not None else set[str]()
    male = [MALE_REASON] if menopausal is MenopausalStatus.MALE else []
    if (
        receptors is None
        or receptors.is_empty
        or (receptors.er is None and receptors.pr is None and receptors.her2 is None)
    ):
        return Subtype(
            SubtypeName.UNKNOWN,
            HrStatus.UNKNOWN,
            Her2Group.UNKNOWN,
            frozenset(tags),
            (NO_RESULTS_REASON, *male),
        )
    hr, hr_reasons, hr_missing = _hr(receptors)
    her2, her2_reasons, her2_missing = _her2(receptors.her2)
    name = _name(hr, her2)

    if hr is HrStatus.POSITIVE:
        tags.add("hr-positive")
    elif hr is HrStatus.NEGATIVE:
        tags.add("hr-negative")
    if _is_er_low(receptors):
        tags.add("er-low")
    if her2 in _HER2_TAGS:
        tags.add(_HER2_TAGS[her2])
    if her2 in _HER2_NEGATIVE:
        tags.add("her2-negative")
    if name is SubtypeName.TRIPLE_NEGATIVE:
        tags.add("triple-negative")

    reasons = [*hr_reasons, *her2_reasons]
    if name is SubtypeName.UNKNOWN:
        missing = ", ".join(hr_missing + her2_missing)
        reasons.append(f"The type can't be worked out until these results are known: {missing}.")
    else:
        reasons.append(_CONCLUSIONS[name])
    return Subtype(name, hr, her2, frozenset(tags), (*reasons, *male))


def may_need_rebiopsy(profile: CancerProfile) -> bool:
    """True when the latest receptor test is older than the latest progression: a line that
    stopped because the cancer grew, on a day after the test (the same day is not after)."""
    receptors = profile.receptors
    tested: date | None = receptors.tested_on if receptors is not None else None
    progressed = profile.latest_progression
    return tested is not None and progressed is not None and progressed > tested


def rebiopsy_reason(profile: CancerProfile) -> str | None:
    """Why a new biopsy may change the subtype, when ``may_need_rebiopsy``; else None."""
    return REBIOPSY_REASON if may_need_rebiopsy(profile) else None
