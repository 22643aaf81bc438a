"""The tags "About my cancer" gives, which point the reference library at what applies.

A page or a section names the people it is written for with tag expressions: one tag, or tags
joined by "+" that must all hold ("hr-positive+her2-negative"). A list of expressions matches
when any one of them does; an empty list is for everyone.

Tags say what a result *is*, never what to do about it.
"""

from collections.abc import Iterable

from mbc_desktop.domain.cancer import (
    Biomarker,
    BiomarkerResult,
    CancerProfile,
    HowItCameBack,
    SpreadSite,
)
from mbc_desktop.domain.subtype import derive_subtype

# What derive_subtype can put in Subtype.tags.
SUBTYPE_TAGS = frozenset(
    {
        "hr-positive",
        "hr-negative",
        "er-low",
        "her2-zero",
        "her2-ultralow",
        "her2-low",
        "her2-positive",
        "her2-negative",
        "triple-negative",
        "premenopausal",
        "perimenopausal",
        "postmenopausal",
        "male",
    }
)
# A biomarker found ("positive") gives its tag. BRCA1 and BRCA2 share one: the pages say the
# same about both.
BIOMARKER_TAGS = {
    Biomarker.PIK3CA: "pik3ca",
    Biomarker.AKT1: "akt1",
    Biomarker.PTEN: "pten",
    Biomarker.ESR1: "esr1",
    Biomarker.GERMLINE_BRCA1: "germline-brca",
    Biomarker.GERMLINE_BRCA2: "germline-brca",
    Biomarker.PALB2: "germline-palb2",
    Biomarker.PD_L1: "pd-l1-positive",
    Biomarker.MSI_H_DMMR: "msi-h",
    Biomarker.TMB_HIGH: "tmb-high",
    Biomarker.NTRK: "ntrk",
}
SPREAD_TAGS = {
    SpreadSite.BONE: "bone-metastases",
    SpreadSite.LIVER: "liver-metastases",
    SpreadSite.LUNG: "lung-metastases",
    SpreadSite.BRAIN: "brain-metastases",
}
HOW_IT_CAME_BACK_TAGS = {
    HowItCameBack.METASTATIC_AT_DIAGNOSIS: "de-novo",
    HowItCameBack.RECURRENCE: "recurrence",
}
PROGRESSION_TAG = "had-progression"

ALL_TAGS = frozenset(
    SUBTYPE_TAGS
    | set(BIOMARKER_TAGS.values())
    | set(SPREAD_TAGS.values())
    | set(HOW_IT_CAME_BACK_TAGS.values())
    | {PROGRESSION_TAG}
)


def profile_tags(profile: CancerProfile) -> frozenset[str]:
    """Every tag the profile gives: the subtype's, each biomarker found, where the cancer has
    spread, how it came back, and whether a line stopped because the cancer grew."""
    tags = set(derive_subtype(profile.receptors, profile.menopausal_status).tags)
    for test in profile.biomarkers:
        if test.result is BiomarkerResult.POSITIVE:
            tags.add(BIOMARKER_TAGS[test.marker])
    tags.update(SPREAD_TAGS[site] for site in profile.spread if site in SPREAD_TAGS)
    if profile.how_it_came_back in HOW_IT_CAME_BACK_TAGS:
        tags.add(HOW_IT_CAME_BACK_TAGS[profile.how_it_came_back])
    if profile.latest_progression is not None:
        tags.add(PROGRESSION_TAG)
    return frozenset(tags)


def expression_tags(expression: str) -> list[str]:
    """The tags an expression names: "hr-positive+her2-negative" → both."""
    return [part.strip() for part in expression.split("+")]


def matches(expressions: Iterable[str], tags: frozenset[str]) -> bool:
    """True when any expression has all its tags in ``tags``. An empty list is for everyone,
    but it is not a *match*: callers show "for you" marks only for a real match."""
    return any(all(tag in tags for tag in expression_tags(e)) for e in expressions)
