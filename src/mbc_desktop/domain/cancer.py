"""About my cancer: receptor and biomarker results, where the cancer has spread, how it came
back, and the treatment history by line.

Every answer is optional: None means "not answered yet", and "not sure" or "unknown" is always
an answer of its own. The subtype worked out from these answers is in ``domain/subtype.py``.

The words here are for learning, never advice: ``EXPLANATIONS`` says in plain language what
each test or term means (facts from the shared fact sheet, our words).
"""

from datetime import date
from typing import Annotated

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    ValidationInfo,
    field_validator,
    model_validator,
)

from mbc_desktop.domain.choice import Choice
from mbc_desktop.domain.text import limited

EARLIEST_YEAR = 1900
LATEST_YEAR = 2199
DRUGS_MAX_CHARS = 300
WHERE_MAX_CHARS = 300
SPREAD_OTHER_MAX_CHARS = 200
BIOMARKER_VALUE_MAX_CHARS = 60
LINE_NUMBER_MAX = 50
ER_LOW_MAX_PERCENT = 10  # ER from 1 to 10 % is "ER-low" (ASCO/CAP 2020)


# --- the choices (each value is stored in the journal: never change one) ---------------------


class HormoneReceptor(Choice):
    """An ER or PR result."""

    POSITIVE = "positive"
    LOW = "low"  # 1 to 10 % of cells
    NEGATIVE = "negative"  # under 1 %
    UNKNOWN = "unknown"


class Her2Status(Choice):
    """A HER2 result, as the pathology report gives it (IHC score, and ISH when done)."""

    ZERO = "her2_zero"
    ULTRALOW = "her2_ultralow"  # IHC 0 with faint staining
    LOW_1_PLUS = "her2_low_1_plus"
    LOW_2_PLUS_ISH_NEGATIVE = "her2_low_2_plus_ish_negative"
    EQUIVOCAL_2_PLUS_ISH_PENDING = "her2_2_plus_ish_pending"  # IHC 2+, ISH not known yet
    POSITIVE_3_PLUS = "her2_positive_3_plus"
    POSITIVE_ISH_AMPLIFIED = "her2_positive_ish_amplified"
    UNKNOWN = "her2_unknown"


class SampleSite(Choice):
    """Where the tissue tested came from."""

    ORIGINAL_TUMOUR = "original_tumour"
    METASTASIS = "metastasis"
    NOT_SURE = "not_sure"


class MenopausalStatus(Choice):
    PREMENOPAUSAL = "premenopausal"
    PERIMENOPAUSAL = "perimenopausal"
    POSTMENOPAUSAL = "postmenopausal"
    MALE = "male"
    NOT_SURE = "not_sure"


class Biomarker(Choice):
    """Gene changes and other markers tested besides ER, PR and HER2."""

    PIK3CA = "pik3ca"
    AKT1 = "akt1"
    PTEN = "pten"
    ESR1 = "esr1"
    GERMLINE_BRCA1 = "germline_brca1"
    GERMLINE_BRCA2 = "germline_brca2"
    PALB2 = "germline_palb2"
    PD_L1 = "pd_l1"
    MSI_H_DMMR = "msi_h_dmmr"
    TMB_HIGH = "tmb_high"
    NTRK = "ntrk"


class BiomarkerResult(Choice):
    POSITIVE = "positive"  # the change or marker was found
    NEGATIVE = "negative"
    NOT_TESTED = "not_tested"
    NOT_SURE = "not_sure"


class TestSample(Choice):
    """What a biomarker test was done on."""

    __test__ = False  # not a pytest test class, whatever its name

    TISSUE = "tissue"
    BLOOD = "blood"
    SALIVA = "saliva"  # germline (inherited) tests are often done on saliva
    NOT_SURE = "not_sure"


class SpreadSite(Choice):
    BONE = "bone"
    LIVER = "liver"
    LUNG = "lung"
    BRAIN = "brain"
    LYMPH_NODES = "lymph_nodes"
    SKIN_OR_CHEST_WALL = "skin_or_chest_wall"
    OTHER = "other"


class HowItCameBack(Choice):
    METASTATIC_AT_DIAGNOSIS = "metastatic_at_diagnosis"  # "de novo"
    RECURRENCE = "recurrence"
    NOT_SURE = "not_sure"


class StopReason(Choice):
    """Why a line of treatment stopped (or that it hasn't)."""

    PROGRESSION = "progression"
    SIDE_EFFECTS = "side_effects"
    FINISHED_AS_PLANNED = "finished_as_planned"
    OTHER = "other"
    STILL_TAKING = "still_taking"


class LocalTreatmentKind(Choice):
    SURGERY = "surgery"
    RADIATION = "radiation"
    OTHER = "other"


# --- the messages (finished sentences; the lead translates each) ------------------------------

PERCENT_ONLY_WHEN_POSITIVE = (
    "A percentage goes only with a positive or low result. Clear the percentage, or change "
    "the result."
)
PERCENT_OUT_OF_RANGE = "Type a percentage from 1 to 100."
LOW_PERCENT_OUT_OF_RANGE = "Low means from 1 to 10 %. For a higher percentage, choose positive."
STOPPED_BEFORE_STARTED = "The day it stopped can't be before the day it started."
STILL_TAKING_BUT_STOPPED = (
    "A treatment still being taken has no day it stopped. Clear that day, or choose why it stopped."
)
LINE_NUMBER_OUT_OF_RANGE = f"Choose a line number from 1 to {LINE_NUMBER_MAX}."
NOT_TESTED_WITH_DETAILS = (
    "A test that was not done has no date, sample or value. Clear them, or change the result."
)


def _day(value: date | None) -> date | None:
    if value is not None and not EARLIEST_YEAR <= value.year <= LATEST_YEAR:
        raise ValueError(f"Choose a date between the years {EARLIEST_YEAR} and {LATEST_YEAR}.")
    return value


Day = Annotated[date | None, AfterValidator(_day)]
Drugs = Annotated[str, AfterValidator(limited("the drug names", DRUGS_MAX_CHARS))]
Where = Annotated[str, AfterValidator(limited("the place", WHERE_MAX_CHARS))]
SpreadOther = Annotated[str, AfterValidator(limited("the other places", SPREAD_OTHER_MAX_CHARS))]
BiomarkerValue = Annotated[
    str, AfterValidator(limited("the result value", BIOMARKER_VALUE_MAX_CHARS))
]

_FROZEN = ConfigDict(frozen=True, extra="forbid")


# --- the answers --------------------------------------------------------------------------------


def _percent(value: int | None, receptor: HormoneReceptor | None) -> int | None:
    if value is None:
        return None
    if receptor not in (HormoneReceptor.POSITIVE, HormoneReceptor.LOW):
        raise ValueError(PERCENT_ONLY_WHEN_POSITIVE)
    if not 1 <= value <= 100:
        raise ValueError(PERCENT_OUT_OF_RANGE)
    if receptor is HormoneReceptor.LOW and value > ER_LOW_MAX_PERCENT:
        raise ValueError(LOW_PERCENT_OUT_OF_RANGE)
    return value


class ReceptorTest(BaseModel):
    """ER, PR and HER2 from one test. A percentage goes only with a positive or low result;
    low means 1 to 10 %."""

    model_config = _FROZEN

    er: HormoneReceptor | None = None
    er_percent: int | None = None
    pr: HormoneReceptor | None = None
    pr_percent: int | None = None
    her2: Her2Status | None = None
    tested_on: Day = None
    sample: SampleSite | None = None

    @field_validator("er_percent")
    @classmethod
    def _er_percent(cls, value: int | None, info: ValidationInfo) -> int | None:
        return _percent(value, info.data.get("er"))

    @field_validator("pr_percent")
    @classmethod
    def _pr_percent(cls, value: int | None, info: ValidationInfo) -> int | None:
        return _percent(value, info.data.get("pr"))

    @property
    def is_empty(self) -> bool:
        return self == ReceptorTest()


class BiomarkerTest(BaseModel):
    """One biomarker result. ``value`` is what the report gives beside it, if anything (a
    PD-L1 CPS, a TMB number, the name of the change found)."""

    model_config = _FROZEN

    marker: Biomarker
    result: BiomarkerResult | None = None
    tested_on: Day = None
    sample: TestSample | None = None
    value: BiomarkerValue = ""

    @model_validator(mode="after")
    def _done_if_detailed(self) -> "BiomarkerTest":
        detailed = self.tested_on is not None or self.sample is not None or self.value
        if self.result is BiomarkerResult.NOT_TESTED and detailed:
            raise ValueError(NOT_TESTED_WITH_DETAILS)
        return self


class TreatmentLine(BaseModel):
    """One line of drug treatment for the metastatic cancer (first line, second line…)."""

    model_config = _FROZEN

    number: int | None = None
    drugs: Drugs = ""
    started_on: Day = None
    stopped_on: Day = None
    stop_reason: StopReason | None = None

    @field_validator("number")
    @classmethod
    def _number(cls, value: int | None) -> int | None:
        if value is not None and not 1 <= value <= LINE_NUMBER_MAX:
            raise ValueError(LINE_NUMBER_OUT_OF_RANGE)
        return value

    @model_validator(mode="after")
    def _in_order(self) -> "TreatmentLine":
        if self.started_on and self.stopped_on and self.stopped_on < self.started_on:
            raise ValueError(STOPPED_BEFORE_STARTED)
        if self.stop_reason is StopReason.STILL_TAKING and self.stopped_on is not None:
            raise ValueError(STILL_TAKING_BUT_STOPPED)
        return self

    @property
    def progressed_on(self) -> date | None:
        """The day it stopped because the cancer grew, if that is what the record says."""
        return self.stopped_on if self.stop_reason is StopReason.PROGRESSION else None


class LocalTreatment(BaseModel):
    """Surgery, radiation or another treatment aimed at one place in the body."""

    model_config = _FROZEN

    kind: LocalTreatmentKind | None = None
    where: Where = ""
    on: Day = None


class CancerProfile(BaseModel):
    """Everything in "About my cancer". Spread sites are kept once each, in the order given;
    other places typed in ``spread_other`` add "other" to ``spread``."""

    model_config = _FROZEN

    receptors: ReceptorTest | None = None
    menopausal_status: MenopausalStatus | None = None
    biomarkers: tuple[BiomarkerTest, ...] = ()
    spread: tuple[SpreadSite, ...] = ()
    spread_other: SpreadOther = ""
    how_it_came_back: HowItCameBack | None = None
    lines: tuple[TreatmentLine, ...] = ()
    local: tuple[LocalTreatment, ...] = ()

    @model_validator(mode="after")
    def _spread_once_each(self) -> "CancerProfile":
        sites = tuple(dict.fromkeys(self.spread))
        if self.spread_other and SpreadSite.OTHER not in sites:
            sites += (SpreadSite.OTHER,)
        if sites != self.spread:
            object.__setattr__(self, "spread", sites)
        return self

    @property
    def latest_progression(self) -> date | None:
        """The last day a line stopped because the cancer grew, if any is recorded."""
        days = [line.progressed_on for line in self.lines if line.progressed_on is not None]
        return max(days, default=None)


# --- what each field and choice means ---------------------------------------------------------

_EXPLANATION_PREFIXES: dict[type[Choice], str] = {
    HormoneReceptor: "receptor",
    Her2Status: "her2",
    SampleSite: "sample",
    MenopausalStatus: "menopausal",
    Biomarker: "biomarker",
    BiomarkerResult: "result",
    TestSample: "test_sample",
    SpreadSite: "spread",
    HowItCameBack: "how_it_came_back",
    StopReason: "stop_reason",
    LocalTreatmentKind: "local",
}


def explanation_key(choice: Choice) -> str:
    """The ``EXPLANATIONS`` key of a choice ("her2.her2_low_1_plus", "biomarker.esr1")."""
    for kind, prefix in _EXPLANATION_PREFIXES.items():
        if isinstance(choice, kind):
            return f"{prefix}.{choice.value}"
    return f"{type(choice).__name__.lower()}.{choice.value}"


# One line each, grade 8 or below, our words; for learning, never advice. Keys are stable.
EXPLANATIONS: dict[str, str] = {
    # receptors
    "receptors": "ER, PR and HER2 are the three tests that sort breast cancer into types.",
    "er": "ER (estrogen receptor) shows whether the cancer cells use estrogen to grow.",
    "pr": "PR (progesterone receptor) shows whether the cancer cells use progesterone to grow.",
    "percent": "The share of cancer cells that stained for the receptor, from the report.",
    "receptor.positive": "Positive means 1 % or more of the cells have the receptor.",
    "receptor.low": (
        "Low means 1 to 10 % of the cells have it. ER-low cancers often act like ER-negative ones."
    ),
    "receptor.negative": "Negative means fewer than 1 % of the cells have the receptor.",
    "receptor.unknown": "The result is not known, or you are not sure what it was.",
    "her2": "HER2 is a protein that can make cancer cells grow fast when there is a lot of it.",
    "ihc": "IHC is a lab stain that scores HER2 from 0 to 3+.",
    "ish": "ISH (or FISH) is a lab test that counts copies of the HER2 gene.",
    "her2.her2_zero": "IHC 0 means no HER2 staining was seen. This is HER2-negative.",
    "her2.her2_ultralow": (
        "HER2-ultralow is IHC 0 with very faint staining on a few cells. It is HER2-negative."
    ),
    "her2.her2_low_1_plus": "IHC 1+ is called HER2-low. It is not HER2-positive.",
    "her2.her2_low_2_plus_ish_negative": (
        "IHC 2+ with a negative ISH test is called HER2-low. It is not HER2-positive."
    ),
    "her2.her2_2_plus_ish_pending": (
        "IHC 2+ is a borderline score. An ISH test decides if it is HER2-positive or HER2-low."
    ),
    "her2.her2_positive_3_plus": "IHC 3+ means a lot of HER2. This is HER2-positive.",
    "her2.her2_positive_ish_amplified": (
        "ISH amplified means extra copies of the HER2 gene. This is HER2-positive."
    ),
    "her2.her2_unknown": "The HER2 result is not known, or you are not sure what it was.",
    "tested_on": "The day the sample was taken, or the date on the report.",
    "sample": "Where the tissue came from. Results can differ between the two places.",
    "sample.original_tumour": "The first tumor, usually in the breast.",
    "sample.metastasis": "A place the cancer has spread to, such as the liver or a bone.",
    "sample.not_sure": "You are not sure where the sample came from.",
    # menopause
    "menopausal_status": "Whether you have been through menopause. Some treatments depend on it.",
    "menopausal.premenopausal": "Your periods have not stopped because of menopause.",
    "menopausal.perimenopausal": "You are going through menopause: periods have changed.",
    "menopausal.postmenopausal": "Your periods stopped for good, or your ovaries were removed.",
    "menopausal.male": "Men get breast cancer too. The same tests and types apply.",
    "menopausal.not_sure": "You are not sure, or your care team hasn't said.",
    # biomarkers
    "biomarkers": "Other tests on the cancer or your genes that can open up more choices.",
    "biomarker.pik3ca": "PIK3CA is a gene that is changed in about 4 in 10 HR-positive cancers.",
    "biomarker.akt1": "AKT1 is a gene on the same growth path as PIK3CA.",
    "biomarker.pten": "PTEN is a gene that normally puts brakes on that same growth path.",
    "biomarker.esr1": "ESR1 is the estrogen receptor gene. It can change during hormone treatment.",
    "biomarker.germline_brca1": "An inherited change in BRCA1, a gene that helps repair DNA.",
    "biomarker.germline_brca2": "An inherited change in BRCA2, a gene that helps repair DNA.",
    "biomarker.germline_palb2": "An inherited change in PALB2, a gene that works with BRCA2.",
    "biomarker.pd_l1": "PD-L1 helps cancer hide from the immune system. Reports give a CPS score.",
    "biomarker.msi_h_dmmr": "MSI-H or dMMR means the cells can't fix some DNA errors. It is rare.",
    "biomarker.tmb_high": "TMB counts gene changes in the cancer. High means many. It is rare.",
    "biomarker.ntrk": "An NTRK fusion is a rare joining of two genes that drives growth.",
    "result.positive": "Positive means the change or marker was found.",
    "result.negative": "Negative means it was looked for and not found.",
    "result.not_tested": "This test has not been done.",
    "result.not_sure": "You are not sure of the result.",
    "test_sample.tissue": "Tissue from a biopsy or surgery.",
    "test_sample.blood": "A blood test. For tumor genes this is called a liquid biopsy (ctDNA).",
    "test_sample.saliva": "Spit in a tube. Used for inherited (germline) gene tests.",
    "test_sample.not_sure": "You are not sure what was tested.",
    "value": "A number or name from the report, such as a CPS of 10 or a TMB of 12.",
    "germline": "Germline means inherited: you were born with it, and family may share it.",
    # spread and how it came back
    "spread": "Where the cancer has been found outside the breast.",
    "spread.bone": "Bones, such as the spine, hips or ribs.",
    "spread.liver": "The liver.",
    "spread.lung": "The lungs, or the lining around them.",
    "spread.brain": "The brain or the tissues around it.",
    "spread.lymph_nodes": "Lymph nodes away from the breast and armpit.",
    "spread.skin_or_chest_wall": "The skin or the muscles and bones of the chest wall.",
    "spread.other": "Another place. Type where in the box.",
    "how_it_came_back": "Whether the cancer had spread when first found, or came back later.",
    "how_it_came_back.metastatic_at_diagnosis": (
        "It had already spread when it was first found (also called de novo)."
    ),
    "how_it_came_back.recurrence": "It came back and spread after earlier treatment.",
    "how_it_came_back.not_sure": "You are not sure.",
    # treatment history
    "lines": "Each line is one treatment plan for the spread cancer, in the order you had them.",
    "line.number": "First line is the first plan. A new line usually starts when a plan stops.",
    "line.drugs": "The names of the medicines in this line, as on your records.",
    "stop_reason.progression": "The cancer grew or spread while on this treatment.",
    "stop_reason.side_effects": "The side effects were too hard to live with.",
    "stop_reason.finished_as_planned": "It ended when it was planned to end.",
    "stop_reason.other": "It stopped for another reason.",
    "stop_reason.still_taking": "You are still on this treatment.",
    "local": "Treatments aimed at one place in the body, not the whole body.",
    "local.surgery": "An operation to remove cancer or to ease a problem it causes.",
    "local.radiation": "High-energy rays aimed at one place, often to ease pain in a bone.",
    "local.other": "Another treatment aimed at one place, such as heat or freezing.",
    # the subtype (domain/subtype.py)
    "subtype": "The type of breast cancer, worked out from ER, PR and HER2. It guides treatment.",
    "subtype.hr_positive_her2_negative": (
        "HR-positive, HER2-negative: the cancer uses hormones to grow and has little HER2."
    ),
    "subtype.hr_positive_her2_positive": (
        "HR-positive, HER2-positive: the cancer uses hormones and has a lot of HER2."
    ),
    "subtype.hr_negative_her2_positive": (
        "HR-negative, HER2-positive: the cancer has a lot of HER2 and does not use hormones."
    ),
    "subtype.triple_negative": "Triple negative: ER, PR and HER2 are all negative.",
    "subtype.unknown": "The type can't be worked out until the missing results are known.",
    "er_low": "ER-low means ER in 1 to 10 % of cells. It often acts like ER-negative.",
    "her2_low": "HER2-low is a group used to choose some treatments, not a separate type.",
    "hormone_receptor_positive": "Hormone-receptor positive means ER or PR is 1 % or more.",
    "rebiopsy": "A new biopsy takes a sample from where the cancer is now, to test it again.",
}
