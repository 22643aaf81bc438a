"""The one-line explanations of "About my cancer" (``domain/cancer.py`` EXPLANATIONS), marked
for translation: lupdate can't read a dict's values, so each is listed here with
``QT_TRANSLATE_NOOP``. A test checks that the two agree exactly."""

from PySide6.QtCore import QCoreApplication

from mbc_desktop.domain.cancer import EXPLANATIONS, explanation_key
from mbc_desktop.domain.choice import Choice
from mbc_desktop.words.i18n import QT_TRANSLATE_NOOP

CONTEXT = "CancerExplanations"

TRANSLATABLE: dict[str, str] = {
    "receptors": QT_TRANSLATE_NOOP(
        "CancerExplanations",
        "ER, PR and HER2 are the three tests that sort breast cancer into types.",
    ),
    "er": QT_TRANSLATE_NOOP(
        "CancerExplanations",
        "ER (estrogen receptor) shows whether the cancer cells use estrogen to grow.",
    ),
    "pr": QT_TRANSLATE_NOOP(
        "CancerExplanations",
        "PR (progesterone receptor) shows whether the cancer cells use progesterone to grow.",
    ),
    "percent": QT_TRANSLATE_NOOP(
        "CancerExplanations",
        "The share of cancer cells that stained for the receptor, from the report.",
    ),
    "receptor.positive": QT_TRANSLATE_NOOP(
        "CancerExplanations", "Positive means 1 % or more of the cells have the receptor."
    ),
    "receptor.low": QT_TRANSLATE_NOOP(
        "CancerExplanations",
        "Low means 1 to 10 % of the cells have it. ER-low cancers often act like ER-negative ones.",
    ),
    "receptor.negative": QT_TRANSLATE_NOOP(
        "CancerExplanations", "Negative means fewer than 1 % of the cells have the receptor."
    ),
    "receptor.unknown": QT_TRANSLATE_NOOP(
        "CancerExplanations", "The result is not known, or you are not sure what it was."
    ),
    "her2": QT_TRANSLATE_NOOP(
        "CancerExplanations",
        "HER2 is a protein that can make cancer cells grow fast when there is a lot of it.",
    ),
    "ihc": QT_TRANSLATE_NOOP(
        "CancerExplanations", "IHC is a lab stain that scores HER2 from 0 to 3+."
    ),
    "ish": QT_TRANSLATE_NOOP(
        "CancerExplanations", "ISH (or FISH) is a lab test that counts copies of the HER2 gene."
    ),
    "her2.her2_zero": QT_TRANSLATE_NOOP(
        "CancerExplanations", "IHC 0 means no HER2 staining was seen. This is HER2-negative."
    ),
    "her2.her2_ultralow": QT_TRANSLATE_NOOP(
        "CancerExplanations",
        "HER2-ultralow is IHC 0 with very faint staining on a few cells. It is HER2-negative.",
    ),
    "her2.her2_low_1_plus": QT_TRANSLATE_NOOP(
        "CancerExplanations", "IHC 1+ is called HER2-low. It is not HER2-positive."
    ),
    "her2.her2_low_2_plus_ish_negative": QT_TRANSLATE_NOOP(
        "CancerExplanations",
        "IHC 2+ with a negative ISH test is called HER2-low. It is not HER2-positive.",
    ),
    "her2.her2_2_plus_ish_pending": QT_TRANSLATE_NOOP(
        "CancerExplanations",
        "IHC 2+ is a borderline score. An ISH test decides if it is HER2-positive or HER2-low.",
    ),
    "her2.her2_positive_3_plus": QT_TRANSLATE_NOOP(
        "CancerExplanations", "IHC 3+ means a lot of HER2. This is HER2-positive."
    ),
    "her2.her2_positive_ish_amplified": QT_TRANSLATE_NOOP(
        "CancerExplanations",
        "ISH amplified means extra copies of the HER2 gene. This is HER2-positive.",
    ),
    "her2.her2_unknown": QT_TRANSLATE_NOOP(
        "CancerExplanations", "The HER2 result is not known, or you are not sure what it was."
    ),
    "tested_on": QT_TRANSLATE_NOOP(
        "CancerExplanations", "The day the sample was taken, or the date on the report."
    ),
    "sample": QT_TRANSLATE_NOOP(
        "CancerExplanations",
        "Where the tissue came from. Results can differ between the two places.",
    ),
    "sample.original_tumour": QT_TRANSLATE_NOOP(
        "CancerExplanations", "The first tumor, usually in the breast."
    ),
    "sample.metastasis": QT_TRANSLATE_NOOP(
        "CancerExplanations", "A place the cancer has spread to, such as the liver or a bone."
    ),
    "sample.not_sure": QT_TRANSLATE_NOOP(
        "CancerExplanations", "You are not sure where the sample came from."
    ),
    "menopausal_status": QT_TRANSLATE_NOOP(
        "CancerExplanations",
        "Whether you have been through menopause. Some treatments depend on it.",
    ),
    "menopausal.premenopausal": QT_TRANSLATE_NOOP(
        "CancerExplanations", "Your periods have not stopped because of menopause."
    ),
    "menopausal.perimenopausal": QT_TRANSLATE_NOOP(
        "CancerExplanations", "You are going through menopause: periods have changed."
    ),
    "menopausal.postmenopausal": QT_TRANSLATE_NOOP(
        "CancerExplanations", "Your periods stopped for good, or your ovaries were removed."
    ),
    "menopausal.male": QT_TRANSLATE_NOOP(
        "CancerExplanations", "Men get breast cancer too. The same tests and types apply."
    ),
    "menopausal.not_sure": QT_TRANSLATE_NOOP(
        "CancerExplanations", "You are not sure, or your care team hasn't said."
    ),
    "biomarkers": QT_TRANSLATE_NOOP(
        "CancerExplanations",
        "Other tests on the cancer or your genes that can open up more choices.",
    ),
    "biomarker.pik3ca": QT_TRANSLATE_NOOP(
        "CancerExplanations",
        "PIK3CA is a gene that is changed in about 4 in 10 HR-positive cancers.",
    ),
    "biomarker.akt1": QT_TRANSLATE_NOOP(
        "CancerExplanations", "AKT1 is a gene on the same growth path as PIK3CA."
    ),
    "biomarker.pten": QT_TRANSLATE_NOOP(
        "CancerExplanations", "PTEN is a gene that normally puts brakes on that same growth path."
    ),
    "biomarker.esr1": QT_TRANSLATE_NOOP(
        "CancerExplanations",
        "ESR1 is the estrogen receptor gene. It can change during hormone treatment.",
    ),
    "biomarker.germline_brca1": QT_TRANSLATE_NOOP(
        "CancerExplanations", "An inherited change in BRCA1, a gene that helps repair DNA."
    ),
    "biomarker.germline_brca2": QT_TRANSLATE_NOOP(
        "CancerExplanations", "An inherited change in BRCA2, a gene that helps repair DNA."
    ),
    "biomarker.germline_palb2": QT_TRANSLATE_NOOP(
        "CancerExplanations", "An inherited change in PALB2, a gene that works with BRCA2."
    ),
    "biomarker.pd_l1": QT_TRANSLATE_NOOP(
        "CancerExplanations",
        "PD-L1 helps cancer hide from the immune system. Reports give a CPS score.",
    ),
    "biomarker.msi_h_dmmr": QT_TRANSLATE_NOOP(
        "CancerExplanations", "MSI-H or dMMR means the cells can't fix some DNA errors. It is rare."
    ),
    "biomarker.tmb_high": QT_TRANSLATE_NOOP(
        "CancerExplanations", "TMB counts gene changes in the cancer. High means many. It is rare."
    ),
    "biomarker.ntrk": QT_TRANSLATE_NOOP(
        "CancerExplanations", "An NTRK fusion is a rare joining of two genes that drives growth."
    ),
    "result.positive": QT_TRANSLATE_NOOP(
        "CancerExplanations", "Positive means the change or marker was found."
    ),
    "result.negative": QT_TRANSLATE_NOOP(
        "CancerExplanations", "Negative means it was looked for and not found."
    ),
    "result.not_tested": QT_TRANSLATE_NOOP("CancerExplanations", "This test has not been done."),
    "result.not_sure": QT_TRANSLATE_NOOP("CancerExplanations", "You are not sure of the result."),
    "test_sample.tissue": QT_TRANSLATE_NOOP(
        "CancerExplanations", "Tissue from a biopsy or surgery."
    ),
    "test_sample.blood": QT_TRANSLATE_NOOP(
        "CancerExplanations",
        "A blood test. For tumor genes this is called a liquid biopsy (ctDNA).",
    ),
    "test_sample.saliva": QT_TRANSLATE_NOOP(
        "CancerExplanations", "Spit in a tube. Used for inherited (germline) gene tests."
    ),
    "test_sample.not_sure": QT_TRANSLATE_NOOP(
        "CancerExplanations", "You are not sure what was tested."
    ),
    "value": QT_TRANSLATE_NOOP(
        "CancerExplanations",
        "A number or name from the report, such as a CPS of 10 or a TMB of 12.",
    ),
    "germline": QT_TRANSLATE_NOOP(
        "CancerExplanations",
        "Germline means inherited: you were born with it, and family may share it.",
    ),
    "spread": QT_TRANSLATE_NOOP(
        "CancerExplanations", "Where the cancer has been found outside the breast."
    ),
    "spread.bone": QT_TRANSLATE_NOOP(
        "CancerExplanations", "Bones, such as the spine, hips or ribs."
    ),
    "spread.liver": QT_TRANSLATE_NOOP("CancerExplanations", "The liver."),
    "spread.lung": QT_TRANSLATE_NOOP("CancerExplanations", "The lungs, or the lining around them."),
    "spread.brain": QT_TRANSLATE_NOOP("CancerExplanations", "The brain or the tissues around it."),
    "spread.lymph_nodes": QT_TRANSLATE_NOOP(
        "CancerExplanations", "Lymph nodes away from the breast and armpit."
    ),
    "spread.skin_or_chest_wall": QT_TRANSLATE_NOOP(
        "CancerExplanations", "The skin or the muscles and bones of the chest wall."
    ),
    "spread.other": QT_TRANSLATE_NOOP(
        "CancerExplanations", "Another place. Type where in the box."
    ),
    "how_it_came_back": QT_TRANSLATE_NOOP(
        "CancerExplanations", "Whether the cancer had spread when first found, or came back later."
    ),
    "how_it_came_back.metastatic_at_diagnosis": QT_TRANSLATE_NOOP(
        "CancerExplanations", "It had already spread when it was first found (also called de novo)."
    ),
    "how_it_came_back.recurrence": QT_TRANSLATE_NOOP(
        "CancerExplanations", "It came back and spread after earlier treatment."
    ),
    "how_it_came_back.not_sure": QT_TRANSLATE_NOOP("CancerExplanations", "You are not sure."),
    "lines": QT_TRANSLATE_NOOP(
        "CancerExplanations",
        "Each line is one treatment plan for the spread cancer, in the order you had them.",
    ),
    "line.number": QT_TRANSLATE_NOOP(
        "CancerExplanations",
        "First line is the first plan. A new line usually starts when a plan stops.",
    ),
    "line.drugs": QT_TRANSLATE_NOOP(
        "CancerExplanations", "The names of the medicines in this line, as on your records."
    ),
    "stop_reason.progression": QT_TRANSLATE_NOOP(
        "CancerExplanations", "The cancer grew or spread while on this treatment."
    ),
    "stop_reason.side_effects": QT_TRANSLATE_NOOP(
        "CancerExplanations", "The side effects were too hard to live with."
    ),
    "stop_reason.finished_as_planned": QT_TRANSLATE_NOOP(
        "CancerExplanations", "It ended when it was planned to end."
    ),
    "stop_reason.other": QT_TRANSLATE_NOOP("CancerExplanations", "It stopped for another reason."),
    "stop_reason.still_taking": QT_TRANSLATE_NOOP(
        "CancerExplanations", "You are still on this treatment."
    ),
    "local": QT_TRANSLATE_NOOP(
        "CancerExplanations", "Treatments aimed at one place in the body, not the whole body."
    ),
    "local.surgery": QT_TRANSLATE_NOOP(
        "CancerExplanations", "An operation to remove cancer or to ease a problem it causes."
    ),
    "local.radiation": QT_TRANSLATE_NOOP(
        "CancerExplanations", "High-energy rays aimed at one place, often to ease pain in a bone."
    ),
    "local.other": QT_TRANSLATE_NOOP(
        "CancerExplanations", "Another treatment aimed at one place, such as heat or freezing."
    ),
    "subtype": QT_TRANSLATE_NOOP(
        "CancerExplanations",
        "The type of breast cancer, worked out from ER, PR and HER2. It guides treatment.",
    ),
    "subtype.hr_positive_her2_negative": QT_TRANSLATE_NOOP(
        "CancerExplanations",
        "HR-positive, HER2-negative: the cancer uses hormones to grow and has little HER2.",
    ),
    "subtype.hr_positive_her2_positive": QT_TRANSLATE_NOOP(
        "CancerExplanations",
        "HR-positive, HER2-positive: the cancer uses hormones and has a lot of HER2.",
    ),
    "subtype.hr_negative_her2_positive": QT_TRANSLATE_NOOP(
        "CancerExplanations",
        "HR-negative, HER2-positive: the cancer has a lot of HER2 and does not use hormones.",
    ),
    "subtype.triple_negative": QT_TRANSLATE_NOOP(
        "CancerExplanations", "Triple negative: ER, PR and HER2 are all negative."
    ),
    "subtype.unknown": QT_TRANSLATE_NOOP(
        "CancerExplanations", "The type can't be worked out until the missing results are known."
    ),
    "er_low": QT_TRANSLATE_NOOP(
        "CancerExplanations",
        "ER-low means ER in 1 to 10 % of cells. It often acts like ER-negative.",
    ),
    "her2_low": QT_TRANSLATE_NOOP(
        "CancerExplanations",
        "HER2-low is a group used to choose some treatments, not a separate type.",
    ),
    "hormone_receptor_positive": QT_TRANSLATE_NOOP(
        "CancerExplanations", "Hormone-receptor positive means ER or PR is 1 % or more."
    ),
    "rebiopsy": QT_TRANSLATE_NOOP(
        "CancerExplanations",
        "A new biopsy takes a sample from where the cancer is now, to test it again.",
    ),
}


def explanation(key: str) -> str:
    """The explanation of ``key`` ("er", "biomarker.esr1") in the interface language."""
    return QCoreApplication.translate("CancerExplanations", EXPLANATIONS[key])


def choice_explanation(choice: Choice) -> str:
    """What a choice means ("IHC 1+ is called HER2-low…"), or "" if it has no explanation."""
    key = explanation_key(choice)
    return explanation(key) if key in EXPLANATIONS else ""
