"""The interface language: English (the source) or Spanish, chosen from the system's locale or
by View › Language, and applied when the app starts.

Our translations are compiled from ``resources/translations/mbc_desktop_es.ts`` (at the top of
the repository; ``python3 dev.py translations`` refreshes and compiles them) into the package's
``resources/translations/``. Qt's own (buttons in standard dialogs, context menus) come from
PySide6's ``qtbase_es.qm``. Dates and numbers follow the chosen language through QLocale.
"""

import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QTranslator,
)

if TYPE_CHECKING:
    from fractions import Fraction

# The package's own files (importlib.resources would find the same folder, for ~2 ms more).
RESOURCES = Path(__file__).parent.parent / "resources"
SOURCE_LANGUAGE = "en"
# code -> the language's name in that language (shown as is in every language).
LANGUAGES = {"en": "English", "es": "Español"}
SYSTEM = "system"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation in ``context``; it is translated where it is shown.

    PySide6's own returns ``object`` to the type checker; this one returns the string.
    """
    return text


_installed: list[QTranslator] = []
_current = SOURCE_LANGUAGE


def resolve(setting: str | None) -> str:
    """The language to use for a setting: "en", "es", or "system" (the system's locale)."""
    if setting in LANGUAGES:
        return str(setting)
    system = QLocale.system().name().split("_")[0]
    return system if system in LANGUAGES else SOURCE_LANGUAGE


def current_language() -> str:
    return _current


def _compiled(code: str) -> object:
    return RESOURCES.joinpath(f"translations/mbc_desktop_{code}.qm")


def use_language(code: str) -> bool:
    """Install the translators for ``code`` (removing any before); True if ours loaded.

    Call before building widgets: texts are translated when they are made.
    """
    global _current
    app = QCoreApplication.instance()
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    _current = SOURCE_LANGUAGE
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    if app is None:
        return False
    if code not in LANGUAGES or code == SOURCE_LANGUAGE:
        # English needs its plural forms only ("1 question", "2 questions").
        plurals = QTranslator(app)
        if plurals.load(str(_compiled(SOURCE_LANGUAGE))):
            QCoreApplication.installTranslator(plurals)
            _installed.append(plurals)
        return code == SOURCE_LANGUAGE
    ours = QTranslator(app)
    if not ours.load(str(_compiled(code))):
        return False
    qt = QTranslator(app)
    if qt.load(f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        QCoreApplication.installTranslator(qt)
        _installed.append(qt)
    QCoreApplication.installTranslator(ours)
    _installed.append(ours)
    _current = code
    # Spanish as US Spanish speakers read it: dates and numbers in the es_US style.
    QLocale.setDefault(QLocale(QLocale.Language.Spanish, QLocale.Country.UnitedStates))
    return True


def number(value: int) -> str:
    return QLocale().toString(value)


def one_decimal(value: "float | Fraction") -> str:
    """A figure with one decimal, the way the interface language writes it (5.5, 5,5)."""
    return QLocale().toString(float(value), "f", 1)


def change_decimal(change: "Fraction") -> str:
    """A change with one decimal, cut toward zero rather than rounded: a change flagged at 2
    points or more always reads 2.0 or more, and one under 2 (1.96) never reads 2.0."""
    from fractions import Fraction  # not before the first paint (with decimal, ~1.5 ms)

    return one_decimal(Fraction(int(change * 10), 10))


# --- domain labels and messages ---------------------------------------------------------------
# The domain is Qt-free and speaks English; its words are translated here. Tests check that
# every enum member and every message the domain can give has an entry.

CHOICE_LABELS = {
    "treatment_options": QT_TRANSLATE_NOOP("Choice", "Treatment options"),
    "side_effects": QT_TRANSLATE_NOOP("Choice", "Side effects"),
    "tests_and_scans": QT_TRANSLATE_NOOP("Choice", "Tests and scans"),
    "symptoms": QT_TRANSLATE_NOOP("Choice", "Symptoms"),
    "prognosis": QT_TRANSLATE_NOOP("Choice", "Prognosis"),
    "clinical_trials": QT_TRANSLATE_NOOP("Choice", "Clinical trials"),
    "practical_and_cost": QT_TRANSLATE_NOOP("Choice", "Practical and cost"),
    "second_opinion": QT_TRANSLATE_NOOP("Choice", "Second opinion"),
    "other": QT_TRANSLATE_NOOP("Choice", "Other"),
    "must_ask": QT_TRANSLATE_NOOP("Choice", "Must ask"),
    "want_to_ask": QT_TRANSLATE_NOOP("Choice", "Want to ask"),
    "if_time": QT_TRANSLATE_NOOP("Choice", "If time"),
    "open": QT_TRANSLATE_NOOP("Choice", "Open"),
    "asked": QT_TRANSLATE_NOOP("Choice", "Asked"),
    "answered": QT_TRANSLATE_NOOP("Choice", "Answered"),
    "dropped": QT_TRANSLATE_NOOP("Choice", "Dropped"),
    "medical_oncologist": QT_TRANSLATE_NOOP("Choice", "Medical oncologist"),
    "radiation_oncologist": QT_TRANSLATE_NOOP("Choice", "Radiation oncologist"),
    "surgeon": QT_TRANSLATE_NOOP("Choice", "Surgeon"),
    "nurse": QT_TRANSLATE_NOOP("Choice", "Nurse or nurse practitioner"),
    "palliative_care": QT_TRANSLATE_NOOP("Choice", "Palliative care"),
    # Symptoms (the ESAS-r items themselves stay in English: the scale may not be modified)
    "esas": QT_TRANSLATE_NOOP("Choice", "ESAS-r"),
    "own": QT_TRANSLATE_NOOP("Choice", "My own"),
    "me": QT_TRANSLATE_NOOP("Choice", "Me"),
    "caregiver": QT_TRANSLATE_NOOP("Choice", "A caregiver"),
    "two_weeks": QT_TRANSLATE_NOOP("Choice", "2 weeks"),
    "since_last_appointment": QT_TRANSLATE_NOOP("Choice", "Since my last appointment"),
    "three_months": QT_TRANSLATE_NOOP("Choice", "3 months"),
    "year": QT_TRANSLATE_NOOP("Choice", "A year"),
    "all": QT_TRANSLATE_NOOP("Choice", "All"),
    # Medications
    "by_mouth": QT_TRANSLATE_NOOP("Choice", "By mouth"),
    "injection": QT_TRANSLATE_NOOP("Choice", "Injection (a shot)"),
    "infusion": QT_TRANSLATE_NOOP("Choice", "Into a vein (IV)"),
    "on_the_skin": QT_TRANSLATE_NOOP("Choice", "On the skin (patch, cream or gel)"),
    "other_route": QT_TRANSLATE_NOOP("Choice", "Another way"),
    "started": QT_TRANSLATE_NOOP("Choice", "Started"),
    "changed": QT_TRANSLATE_NOOP("Choice", "Changed"),
    "stopped": QT_TRANSLATE_NOOP("Choice", "Stopped"),
    # My goals, About my cancer, the subtype
    "very_important": QT_TRANSLATE_NOOP("Choice", "Very important"),
    "somewhat_important": QT_TRANSLATE_NOOP("Choice", "Somewhat important"),
    "not_important_now": QT_TRANSLATE_NOOP("Choice", "Not important now"),
    "not_sure": QT_TRANSLATE_NOOP("Choice", "Not sure"),
    "living_longer": QT_TRANSLATE_NOOP("Choice", "Living as long as possible"),
    "delaying_progression": QT_TRANSLATE_NOOP(
        "Choice", "Keeping the cancer from growing for as long as possible"
    ),
    "quality_of_life": QT_TRANSLATE_NOOP("Choice", "Quality of life"),
    "symptom_relief": QT_TRANSLATE_NOOP("Choice", "Relief of the symptoms I have now"),
    "nausea": QT_TRANSLATE_NOOP("Choice", "Nausea or vomiting"),
    "tiredness": QT_TRANSLATE_NOOP("Choice", "Tiredness"),
    "infection_risk": QT_TRANSLATE_NOOP("Choice", "A higher chance of infections"),
    "loss_of_appetite": QT_TRANSLATE_NOOP("Choice", "Losing my appetite"),
    "weight_change": QT_TRANSLATE_NOOP("Choice", "Gaining or losing weight"),
    "foggy_thinking": QT_TRANSLATE_NOOP("Choice", "Foggy thinking or memory problems"),
    "sexual_changes": QT_TRANSLATE_NOOP("Choice", "Changes in sex life or vaginal dryness"),
    "time_in_clinic": QT_TRANSLATE_NOOP("Choice", "Time spent at the clinic"),
    "needles": QT_TRANSLATE_NOOP("Choice", "Needles, IV lines or ports"),
    "pills": QT_TRANSLATE_NOOP("Choice", "Pills"),
    "infusions": QT_TRANSLATE_NOOP("Choice", "Infusions"),
    "no_preference": QT_TRANSLATE_NOOP("Choice", "No preference"),
    "not_far": QT_TRANSLATE_NOOP("Choice", "Not far"),
    "within_an_hour": QT_TRANSLATE_NOOP("Choice", "Within an hour"),
    "a_few_hours": QT_TRANSLATE_NOOP("Choice", "A few hours"),
    "anywhere_for_the_right_trial": QT_TRANSLATE_NOOP("Choice", "Anywhere, for the right trial"),
    "yes": QT_TRANSLATE_NOOP("Choice", "Yes"),
    "maybe": QT_TRANSLATE_NOOP("Choice", "Maybe"),
    "no": QT_TRANSLATE_NOOP("Choice", "No"),
    "transport": QT_TRANSLATE_NOOP("Choice", "Transportation"),
    "childcare": QT_TRANSLATE_NOOP("Choice", "Childcare"),
    "meals": QT_TRANSLATE_NOOP("Choice", "Meals"),
    "housework": QT_TRANSLATE_NOOP("Choice", "Housework"),
    "paperwork": QT_TRANSLATE_NOOP("Choice", "Paperwork"),
    "personal_care": QT_TRANSLATE_NOOP("Choice", "Personal care"),
    "someone_to_talk_to": QT_TRANSLATE_NOOP("Choice", "Someone to talk to"),
    "not_considering": QT_TRANSLATE_NOOP("Choice", "Not considering"),
    "considering": QT_TRANSLATE_NOOP("Choice", "Considering"),
    "booked": QT_TRANSLATE_NOOP("Choice", "Booked"),
    "done": QT_TRANSLATE_NOOP("Choice", "Done"),
    "positive": QT_TRANSLATE_NOOP("Choice", "Positive"),
    "low": QT_TRANSLATE_NOOP("Choice", "Low (1 to 10 %)"),
    "negative": QT_TRANSLATE_NOOP("Choice", "Negative"),
    "unknown": QT_TRANSLATE_NOOP("Choice", "Not known"),
    "her2_zero": QT_TRANSLATE_NOOP("Choice", "0 (IHC 0)"),
    "her2_ultralow": QT_TRANSLATE_NOOP("Choice", "Ultralow (IHC 0 with faint staining)"),
    "her2_low_1_plus": QT_TRANSLATE_NOOP("Choice", "Low: IHC 1+"),
    "her2_low_2_plus_ish_negative": QT_TRANSLATE_NOOP("Choice", "Low: IHC 2+ and ISH negative"),
    "her2_2_plus_ish_pending": QT_TRANSLATE_NOOP("Choice", "IHC 2+, ISH not known yet"),
    "her2_positive_3_plus": QT_TRANSLATE_NOOP("Choice", "Positive: IHC 3+"),
    "her2_positive_ish_amplified": QT_TRANSLATE_NOOP("Choice", "Positive: ISH amplified"),
    "her2_unknown": QT_TRANSLATE_NOOP("Choice", "Not known"),
    "original_tumour": QT_TRANSLATE_NOOP("Choice", "The first tumor"),
    "metastasis": QT_TRANSLATE_NOOP("Choice", "A place it spread to"),
    "premenopausal": QT_TRANSLATE_NOOP("Choice", "Premenopausal"),
    "perimenopausal": QT_TRANSLATE_NOOP("Choice", "Perimenopausal"),
    "postmenopausal": QT_TRANSLATE_NOOP("Choice", "Postmenopausal"),
    "male": QT_TRANSLATE_NOOP("Choice", "Male"),
    "pik3ca": QT_TRANSLATE_NOOP("Choice", "PIK3CA"),
    "akt1": QT_TRANSLATE_NOOP("Choice", "AKT1"),
    "pten": QT_TRANSLATE_NOOP("Choice", "PTEN"),
    "esr1": QT_TRANSLATE_NOOP("Choice", "ESR1"),
    "germline_brca1": QT_TRANSLATE_NOOP("Choice", "BRCA1 (inherited)"),
    "germline_brca2": QT_TRANSLATE_NOOP("Choice", "BRCA2 (inherited)"),
    "germline_palb2": QT_TRANSLATE_NOOP("Choice", "PALB2 (inherited)"),
    "pd_l1": QT_TRANSLATE_NOOP("Choice", "PD-L1"),
    "msi_h_dmmr": QT_TRANSLATE_NOOP("Choice", "MSI-H or dMMR"),
    "tmb_high": QT_TRANSLATE_NOOP("Choice", "TMB-high"),
    "ntrk": QT_TRANSLATE_NOOP("Choice", "NTRK fusion"),
    "not_tested": QT_TRANSLATE_NOOP("Choice", "Not tested"),
    "tissue": QT_TRANSLATE_NOOP("Choice", "Tissue"),
    "blood": QT_TRANSLATE_NOOP("Choice", "Blood"),
    "saliva": QT_TRANSLATE_NOOP("Choice", "Saliva"),
    "bone": QT_TRANSLATE_NOOP("Choice", "Bone"),
    "liver": QT_TRANSLATE_NOOP("Choice", "Liver"),
    "lung": QT_TRANSLATE_NOOP("Choice", "Lung"),
    "brain": QT_TRANSLATE_NOOP("Choice", "Brain"),
    "lymph_nodes": QT_TRANSLATE_NOOP("Choice", "Lymph nodes"),
    "skin_or_chest_wall": QT_TRANSLATE_NOOP("Choice", "Skin or chest wall"),
    "metastatic_at_diagnosis": QT_TRANSLATE_NOOP("Choice", "Metastatic when it was first found"),
    "recurrence": QT_TRANSLATE_NOOP("Choice", "It came back after earlier treatment"),
    "progression": QT_TRANSLATE_NOOP("Choice", "The cancer grew"),
    "finished_as_planned": QT_TRANSLATE_NOOP("Choice", "Finished as planned"),
    "still_taking": QT_TRANSLATE_NOOP("Choice", "Still taking it"),
    "surgery": QT_TRANSLATE_NOOP("Choice", "Surgery"),
    "radiation": QT_TRANSLATE_NOOP("Choice", "Radiation"),
    "hr_positive_her2_negative": QT_TRANSLATE_NOOP("Choice", "HR-positive, HER2-negative"),
    "hr_positive_her2_positive": QT_TRANSLATE_NOOP("Choice", "HR-positive, HER2-positive"),
    "hr_negative_her2_positive": QT_TRANSLATE_NOOP("Choice", "HR-negative, HER2-positive"),
    "triple_negative": QT_TRANSLATE_NOOP("Choice", "Triple negative"),
    "subtype_unknown": QT_TRANSLATE_NOOP("Choice", "Not known yet"),
    "hr_positive": QT_TRANSLATE_NOOP("Choice", "Hormone-receptor positive"),
    "hr_negative": QT_TRANSLATE_NOOP("Choice", "Hormone-receptor negative"),
    "hr_unknown": QT_TRANSLATE_NOOP("Choice", "Hormone-receptor status not known"),
    "her2_group_zero": QT_TRANSLATE_NOOP("Choice", "HER2-zero"),
    "her2_group_ultralow": QT_TRANSLATE_NOOP("Choice", "HER2-ultralow"),
    "her2_group_low": QT_TRANSLATE_NOOP("Choice", "HER2-low"),
    "her2_group_positive": QT_TRANSLATE_NOOP("Choice", "HER2-positive"),
    "her2_group_unknown": QT_TRANSLATE_NOOP("Choice", "HER2 not known"),
    # Drug classes (domain/drug_catalogue.py)
    "serm": QT_TRANSLATE_NOOP("Choice", "Estrogen receptor blocker (SERM)"),
    "aromatase_inhibitor": QT_TRANSLATE_NOOP("Choice", "Aromatase inhibitor"),
    "er_degrader": QT_TRANSLATE_NOOP("Choice", "Estrogen receptor degrader"),
    "ovarian_suppression": QT_TRANSLATE_NOOP("Choice", "Ovarian suppression"),
    "cdk46_inhibitor": QT_TRANSLATE_NOOP("Choice", "CDK4/6 inhibitor"),
    "pi3k_akt_inhibitor": QT_TRANSLATE_NOOP("Choice", "PI3K/AKT pathway inhibitor"),
    "mtor_inhibitor": QT_TRANSLATE_NOOP("Choice", "mTOR inhibitor"),
    "her2_antibody": QT_TRANSLATE_NOOP("Choice", "HER2 antibody"),
    "her2_adc": QT_TRANSLATE_NOOP("Choice", "HER2 antibody-drug conjugate (ADC)"),
    "her2_tki": QT_TRANSLATE_NOOP("Choice", "HER2 tyrosine kinase inhibitor"),
    "trop2_adc": QT_TRANSLATE_NOOP("Choice", "TROP2 antibody-drug conjugate (ADC)"),
    "immunotherapy": QT_TRANSLATE_NOOP("Choice", "Immunotherapy"),
    "parp_inhibitor": QT_TRANSLATE_NOOP("Choice", "PARP inhibitor"),
    "taxane": QT_TRANSLATE_NOOP("Choice", "Chemotherapy (taxane)"),
    "anthracycline": QT_TRANSLATE_NOOP("Choice", "Chemotherapy (anthracycline)"),
    "platinum": QT_TRANSLATE_NOOP("Choice", "Chemotherapy (platinum)"),
    "chemotherapy": QT_TRANSLATE_NOOP("Choice", "Chemotherapy"),
    "bone_agent": QT_TRANSLATE_NOOP("Choice", "Bone-modifying medicine"),
    # Symptoms suggested by side effects (domain/drug_catalogue.py)
    "numb_tingling": QT_TRANSLATE_NOOP("Choice", "Numb or tingling fingers or toes"),
    "diarrhea": QT_TRANSLATE_NOOP("Choice", "Diarrhea"),
    "hot_flashes": QT_TRANSLATE_NOOP("Choice", "Hot flashes"),
    "mouth_sores": QT_TRANSLATE_NOOP("Choice", "Mouth sores"),
    "joint_pain": QT_TRANSLATE_NOOP("Choice", "Joint pain or stiffness"),
    "cough": QT_TRANSLATE_NOOP("Choice", "Cough"),
    "hand_foot": QT_TRANSLATE_NOOP("Choice", "Sore, red or peeling hands or feet"),
    "rash": QT_TRANSLATE_NOOP("Choice", "Rash"),
    "dry_eyes": QT_TRANSLATE_NOOP("Choice", "Dry, sore or blurry eyes"),
    "hair_loss": QT_TRANSLATE_NOOP("Choice", "Hair loss"),
    "injection_site_pain": QT_TRANSLATE_NOOP("Choice", "Pain where the shot was given"),
    "jaw_pain": QT_TRANSLATE_NOOP("Choice", "Pain in the jaw or teeth"),
    "vaginal_bleeding": QT_TRANSLATE_NOOP("Choice", "Vaginal bleeding or spotting"),
}


def label(choice: str) -> str:
    """A domain choice (Topic, Priority, Status…) in words, in the interface language."""
    return QCoreApplication.translate("Choice", CHOICE_LABELS[str(choice)])


class _Pattern:
    """A regular expression compiled when first used: compiling the messages' patterns at
    import took ~5 ms of every start, before the window's first paint."""

    __slots__ = ("_compiled", "flags", "source")

    def __init__(self, source: str, flags: int = 0) -> None:
        self.source = source
        self.flags = flags
        self._compiled: re.Pattern[str] | None = None

    @property
    def compiled(self) -> bool:
        return self._compiled is not None

    def fullmatch(self, text: str) -> re.Match[str] | None:
        if self._compiled is None:
            self._compiled = re.compile(self.source, self.flags)
        return self._compiled.fullmatch(text)


# (pattern of the domain's English message, its template with %1, %2 for the numbers)
DOMAIN_MESSAGES: list[tuple["_Pattern", str]] = [
    # The summary (domain/summary.py).
    (
        _Pattern(r"Keep your name under (\d+) characters \(now (\d+)\)\."),
        QT_TRANSLATE_NOOP("DomainMessage", "Keep your name under %1 characters (now %2)."),
    ),
    (
        _Pattern(
            r"Keep the notes for the doctor under (\d+) characters \(now (\d+)\): keep the "
            r"main points\."
        ),
        QT_TRANSLATE_NOOP(
            "DomainMessage",
            "Keep the notes for the doctor under %1 characters (now %2): keep the main points.",
        ),
    ),
    (
        _Pattern(r"Choose at least one part of the summary to print\."),
        QT_TRANSLATE_NOOP("DomainMessage", "Choose at least one part of the summary to print."),
    ),
    (
        _Pattern(r"Type a question first\. It can't be empty\."),
        QT_TRANSLATE_NOOP("DomainMessage", "Type a question first. It can't be empty."),
    ),
    (
        _Pattern(r"Keep a question under (\d+) characters \(now (\d+)\): split it in two\."),
        QT_TRANSLATE_NOOP(
            "DomainMessage", "Keep a question under %1 characters (now %2): split it in two."
        ),
    ),
    (
        _Pattern(r"Keep an answer under (\d+) characters \(now (\d+)\): keep the main points\."),
        QT_TRANSLATE_NOOP(
            "DomainMessage", "Keep an answer under %1 characters (now %2): keep the main points."
        ),
    ),
    (
        _Pattern(r"Keep this to a name or role, under (\d+) characters\."),
        QT_TRANSLATE_NOOP("DomainMessage", "Keep this to a name or role, under %1 characters."),
    ),
    (
        _Pattern(r"The appointment's time needs a time zone\. Choose one and try again\."),
        QT_TRANSLATE_NOOP(
            "DomainMessage", "The appointment's time needs a time zone. Choose one and try again."
        ),
    ),
    (
        _Pattern(r"Choose a date between the years (\d+) and (\d+)\."),
        QT_TRANSLATE_NOOP("DomainMessage", "Choose a date between the years %1 and %2."),
    ),
    (
        _Pattern(r"Choose a time zone from the list; this computer does not know that one\."),
        QT_TRANSLATE_NOOP(
            "DomainMessage",
            "Choose a time zone from the list; this computer does not know that one.",
        ),
    ),
    (
        _Pattern(r"Keep the clinician's name under (\d+) characters \(now (\d+)\)\."),
        QT_TRANSLATE_NOOP(
            "DomainMessage", "Keep the clinician's name under %1 characters (now %2)."
        ),
    ),
    (
        _Pattern(r"Keep the place under (\d+) characters \(now (\d+)\)\."),
        QT_TRANSLATE_NOOP("DomainMessage", "Keep the place under %1 characters (now %2)."),
    ),
    (
        _Pattern(r"Keep the purpose under (\d+) characters \(now (\d+)\)\."),
        QT_TRANSLATE_NOOP("DomainMessage", "Keep the purpose under %1 characters (now %2)."),
    ),
    (
        _Pattern(
            r"Keep the (?:notes|visit notes|decisions|next steps|tests ordered) under (\d+) "
            r"characters \(now (\d+)\): keep the main points\."
        ),
        QT_TRANSLATE_NOOP(
            "DomainMessage", "Keep this under %1 characters (now %2): keep the main points."
        ),
    ),
    # Symptoms and check-ins
    (
        _Pattern(r"Type the symptom's name first\. It can't be empty\."),
        QT_TRANSLATE_NOOP("DomainMessage", "Type the symptom's name first. It can't be empty."),
    ),
    (
        _Pattern(r"Keep a symptom's name under (\d+) characters \(now (\d+)\)\."),
        QT_TRANSLATE_NOOP("DomainMessage", "Keep a symptom's name under %1 characters (now %2)."),
    ),
    (
        _Pattern(r"Keep the note under (\d+) characters \(now (\d+)\): keep the main points\."),
        QT_TRANSLATE_NOOP(
            "DomainMessage", "Keep the note under %1 characters (now %2): keep the main points."
        ),
    ),
    (
        _Pattern(r"A score is a whole number from (\d+) to (\d+)\."),
        QT_TRANSLATE_NOOP("DomainMessage", "A score is a whole number from %1 to %2."),
    ),
    (
        _Pattern(r"The check-in's time needs a time zone\."),
        QT_TRANSLATE_NOOP("DomainMessage", "The check-in's time needs a time zone."),
    ),
    (
        _Pattern(
            r"Choose a number for at least one symptom, or press Esc to leave without saving\."
        ),
        QT_TRANSLATE_NOOP(
            "DomainMessage",
            "Choose a number for at least one symptom, or press Esc to leave without saving.",
        ),
    ),
    (
        _Pattern(r"Name the other problem, or leave its number empty\."),
        QT_TRANSLATE_NOOP("DomainMessage", "Name the other problem, or leave its number empty."),
    ),
    (
        _Pattern(r"That one is already a scale above: rate it there\."),
        QT_TRANSLATE_NOOP("DomainMessage", "That one is already a scale above: rate it there."),
    ),
    (
        _Pattern(r"The check-in's time can't be in the future\."),
        QT_TRANSLATE_NOOP("DomainMessage", "The check-in's time can't be in the future."),
    ),
    (
        _Pattern(r"You already track a symptom with this name\."),
        QT_TRANSLATE_NOOP("DomainMessage", "You already track a symptom with this name."),
    ),
    # Medications
    (
        _Pattern(r"Type the medicine's name first\. It can't be empty\."),
        QT_TRANSLATE_NOOP("DomainMessage", "Type the medicine's name first. It can't be empty."),
    ),
    (
        _Pattern(
            r"Keep (?:the medicine's name|the dose|the schedule|what it is for|the notes) "
            r"under (\d+) characters \(now (\d+)\)\."
        ),
        QT_TRANSLATE_NOOP("DomainMessage", "Keep this under %1 characters (now %2)."),
    ),
    (
        _Pattern(r"The day it stopped can't be before the day it started\."),
        QT_TRANSLATE_NOOP(
            "DomainMessage", "The day it stopped can't be before the day it started."
        ),
    ),
    (
        _Pattern(r"A new dose can't start before the medicine was started\."),
        QT_TRANSLATE_NOOP(
            "DomainMessage", "A new dose can't start before the medicine was started."
        ),
    ),
    (
        _Pattern(r"A new dose can't start after the medicine was stopped\."),
        QT_TRANSLATE_NOOP(
            "DomainMessage", "A new dose can't start after the medicine was stopped."
        ),
    ),
    # My goals and About my cancer
    (
        _Pattern(
            r"Keep (?:what matters most to you|the side effects in your words|the name|"
            r"the relationship|the drug names|the other places|the result value) "
            r"under (\d+) characters \(now (\d+)\)\."
        ),
        QT_TRANSLATE_NOOP("DomainMessage", "Keep this under %1 characters (now %2)."),
    ),
    (
        _Pattern(
            r"A side effect can't be both one of the hardest and one of the easiest to "
            r"accept\. Leave it in one of the two lists\."
        ),
        QT_TRANSLATE_NOOP(
            "DomainMessage",
            "A side effect can't be both one of the hardest and one of the easiest to accept. "
            "Leave it in one of the two lists.",
        ),
    ),
    (
        _Pattern(
            r"A percentage goes only with a positive or low result\. Clear the percentage, "
            r"or change the result\."
        ),
        QT_TRANSLATE_NOOP(
            "DomainMessage",
            "A percentage goes only with a positive or low result. Clear the percentage, or "
            "change the result.",
        ),
    ),
    (
        _Pattern(r"Type a percentage from (\d+) to (\d+)\."),
        QT_TRANSLATE_NOOP("DomainMessage", "Type a percentage from %1 to %2."),
    ),
    (
        _Pattern(r"Low means from (\d+) to (\d+) %\. For a higher percentage, choose positive\."),
        QT_TRANSLATE_NOOP(
            "DomainMessage",
            "Low means from %1 to %2 %. For a higher percentage, choose positive.",
        ),
    ),
    (
        _Pattern(
            r"A treatment still being taken has no day it stopped\. Clear that day, or "
            r"choose why it stopped\."
        ),
        QT_TRANSLATE_NOOP(
            "DomainMessage",
            "A treatment still being taken has no day it stopped. Clear that day, or choose "
            "why it stopped.",
        ),
    ),
    (
        _Pattern(r"Choose a line number from (\d+) to (\d+)\."),
        QT_TRANSLATE_NOOP("DomainMessage", "Choose a line number from %1 to %2."),
    ),
    (
        _Pattern(
            r"A test that was not done has no date, sample or value\. Clear them, or change "
            r"the result\."
        ),
        QT_TRANSLATE_NOOP(
            "DomainMessage",
            "A test that was not done has no date, sample or value. Clear them, or change the "
            "result.",
        ),
    ),
    (
        _Pattern(r"A new dose has to start after the last change\."),
        QT_TRANSLATE_NOOP("DomainMessage", "A new dose has to start after the last change."),
    ),
    # Encryption (storage/cipher.py, storage/encryption.py, storage/errors.py).
    (
        _Pattern(r"That passphrase or recovery key does not open this journal\."),
        QT_TRANSLATE_NOOP(
            "DomainMessage",
            "That passphrase or recovery key does not open this journal.",
        ),
    ),
    (
        _Pattern(
            r"The file that holds the journal's key \(journal\.key\) cannot be read\. Your "
            r"recovery key still opens the journal\."
        ),
        QT_TRANSLATE_NOOP(
            "DomainMessage",
            "The file that holds the journal's key (journal.key) cannot be read. Your "
            "recovery key still opens the journal.",
        ),
    ),
    (
        _Pattern(
            r"The journal's key file was written by a newer version of MBC Desktop\. "
            r"Install that version to use your passphrase; your recovery key still opens "
            r"the journal\."
        ),
        QT_TRANSLATE_NOOP(
            "DomainMessage",
            "The journal's key file was written by a newer version of MBC Desktop. "
            "Install that version to use your passphrase; your recovery key still opens "
            "the journal.",
        ),
    ),
    (
        _Pattern(
            r"The journal is encrypted\. Unlock it with your passphrase or recovery key "
            r"first\."
        ),
        QT_TRANSLATE_NOOP(
            "DomainMessage",
            "The journal is encrypted. Unlock it with your passphrase or recovery key first.",
        ),
    ),
    (
        _Pattern(
            r"This backup is encrypted, and this journal's key does not open it, so it was "
            r"not restored and your journal was not changed\. Choose a backup of this "
            r"journal\."
        ),
        QT_TRANSLATE_NOOP(
            "DomainMessage",
            "This backup is encrypted, and this journal's key does not open it, so it was "
            "not restored and your journal was not changed. Choose a backup of this "
            "journal.",
        ),
    ),
    (
        _Pattern(
            r"Encryption could not be changed, and your journal was not changed\. Make "
            r"sure the data folder has free space, then try again\."
        ),
        QT_TRANSLATE_NOOP(
            "DomainMessage",
            "Encryption could not be changed, and your journal was not changed. Make sure "
            "the data folder has free space, then try again.",
        ),
    ),
    (
        _Pattern(r"There is no journal to encrypt yet\."),
        QT_TRANSLATE_NOOP(
            "DomainMessage",
            "There is no journal to encrypt yet.",
        ),
    ),
    (
        _Pattern(r"The journal is already encrypted\."),
        QT_TRANSLATE_NOOP(
            "DomainMessage",
            "The journal is already encrypted.",
        ),
    ),
    (
        _Pattern(r"The journal is not encrypted\."),
        QT_TRANSLATE_NOOP(
            "DomainMessage",
            "The journal is not encrypted.",
        ),
    ),
    # Backups, restoring and rescuing (storage/errors.py). NOT_READABLE is in JOURNAL_MESSAGES.
    (
        _Pattern(
            r"Your journal file is damaged, so MBC Desktop did not open it; the file was left "
            r"as it is\. Restore the newest backup that passes its check, or rescue what can "
            r"still be read into a new file\."
        ),
        QT_TRANSLATE_NOOP(
            "DomainMessage",
            "Your journal file is damaged, so MBC Desktop did not open it; the file was left as "
            "it is. Restore the newest backup that passes its check, or rescue what can still be "
            "read into a new file.",
        ),
    ),
    (
        _Pattern(
            r"Your journal file turned out to be damaged while in use, so MBC Desktop stopped "
            r"saving to it and your last change was not saved; the file was left as it is\. "
            r"Close MBC Desktop, then restore the newest backup that passes its check, or "
            r"rescue what can still be read into a new file\."
        ),
        QT_TRANSLATE_NOOP(
            "DomainMessage",
            "Your journal file turned out to be damaged while in use, so MBC Desktop stopped "
            "saving to it and your last change was not saved; the file was left as it is. Close "
            "MBC Desktop, then restore the newest backup that passes its check, or rescue what "
            "can still be read into a new file.",
        ),
    ),
    (
        _Pattern(
            r"The backup did not pass its check after it was written, so it was deleted\. Your "
            r"journal was not changed; try again, or back up to another folder\."
        ),
        QT_TRANSLATE_NOOP(
            "DomainMessage",
            "The backup did not pass its check after it was written, so it was deleted. Your "
            "journal was not changed; try again, or back up to another folder.",
        ),
    ),
    (
        _Pattern(
            r"The backup could not be written\. Your journal was not changed; make sure the "
            r"folder has free space and that you may write in it, then try again\."
        ),
        QT_TRANSLATE_NOOP(
            "DomainMessage",
            "The backup could not be written. Your journal was not changed; make sure the folder "
            "has free space and that you may write in it, then try again.",
        ),
    ),
    (
        _Pattern(
            r"Your journal file is damaged, so it was not backed up: a backup would copy the "
            r"damage\. Restore the newest backup that passes its check, or rescue what can "
            r"still be read into a new file\."
        ),
        QT_TRANSLATE_NOOP(
            "DomainMessage",
            "Your journal file is damaged, so it was not backed up: a backup would copy the "
            "damage. Restore the newest backup that passes its check, or rescue what can still "
            "be read into a new file.",
        ),
    ),
    (
        _Pattern(
            r"The folder chosen for the backup is not there\. Connect the drive or choose "
            r"another folder, then try again\."
        ),
        QT_TRANSLATE_NOOP(
            "DomainMessage",
            "The folder chosen for the backup is not there. Connect the drive or choose another "
            "folder, then try again.",
        ),
    ),
    (
        _Pattern(
            r"This backup is damaged, so it was not restored and your journal was not "
            r"changed\. Choose another backup\."
        ),
        QT_TRANSLATE_NOOP(
            "DomainMessage",
            "This backup is damaged, so it was not restored and your journal was not changed. "
            "Choose another backup.",
        ),
    ),
    (
        _Pattern(
            r"This file is not a backup of an MBC Desktop journal, so it was not restored and "
            r"your journal was not changed\. Choose a backup of your journal\."
        ),
        QT_TRANSLATE_NOOP(
            "DomainMessage",
            "This file is not a backup of an MBC Desktop journal, so it was not restored and "
            "your journal was not changed. Choose a backup of your journal.",
        ),
    ),
    (
        _Pattern(
            r"This backup was made by a newer version of MBC Desktop, so it was not restored "
            r"and your journal was not changed\. Install that version \(or newer\) to restore "
            r"it\."
        ),
        QT_TRANSLATE_NOOP(
            "DomainMessage",
            "This backup was made by a newer version of MBC Desktop, so it was not restored and "
            "your journal was not changed. Install that version (or newer) to restore it.",
        ),
    ),
    (
        _Pattern(
            r"The backup could not be restored, and your journal was not changed\. Make sure "
            r"the data folder has free space, then try again\."
        ),
        QT_TRANSLATE_NOOP(
            "DomainMessage",
            "The backup could not be restored, and your journal was not changed. Make sure the "
            "data folder has free space, then try again.",
        ),
    ),
    (
        _Pattern(
            r"Nothing could be read from the damaged journal, so no new file was made\. "
            r"Restore a backup instead\."
        ),
        QT_TRANSLATE_NOOP(
            "DomainMessage",
            "Nothing could be read from the damaged journal, so no new file was made. Restore a "
            "backup instead.",
        ),
    ),
    (
        _Pattern(
            r"The rescued journal could not be written, so no new file was made and the "
            r"damaged one was left as it is\. Make sure the folder has free space, then try "
            r"again\."
        ),
        QT_TRANSLATE_NOOP(
            "DomainMessage",
            "The rescued journal could not be written, so no new file was made and the damaged "
            "one was left as it is. Make sure the folder has free space, then try again.",
        ),
    ),
    # Export and import (services/exchange.py, storage/exchange_repository.py,
    # domain/exchange.py). A value that is not a number (the system's reason, the problem
    # found, a kind of entry) is shown as it is, or translated if it is a message listed here.
    (
        _Pattern(r"This file could not be read \((.+)\)\. Check that it is there and try again\."),
        QT_TRANSLATE_NOOP(
            "DomainMessage",
            "This file could not be read (%1). Check that it is there and try again.",
        ),
    ),
    (
        _Pattern(
            r"This is a folder, not a file\. Choose the \.json file that MBC Desktop exported\."
        ),
        QT_TRANSLATE_NOOP(
            "DomainMessage",
            "This is a folder, not a file. Choose the .json file that MBC Desktop exported.",
        ),
    ),
    (
        _Pattern(r"The file could not be saved \((.+)\)\. Choose another folder and try again\."),
        QT_TRANSLATE_NOOP(
            "DomainMessage",
            "The file could not be saved (%1). Choose another folder and try again.",
        ),
    ),
    (
        _Pattern(
            r"The journal could not be exported because an entry breaks MBC Desktop's rules "
            r"\((.+)\)\. Make a backup instead \(it keeps everything\), and report the problem\."
        ),
        QT_TRANSLATE_NOOP(
            "DomainMessage",
            "The journal could not be exported because an entry breaks MBC Desktop's rules (%1). "
            "Make a backup instead (it keeps everything), and report the problem.",
        ),
    ),
    (
        _Pattern(
            r"The file could not be merged because an entry in the journal breaks MBC "
            r"Desktop's rules \((.+)\)\. Nothing was changed\. Make a backup, and report the "
            r"problem\."
        ),
        QT_TRANSLATE_NOOP(
            "DomainMessage",
            "The file could not be merged because an entry in the journal breaks MBC Desktop's "
            "rules (%1). Nothing was changed. Make a backup, and report the problem.",
        ),
    ),
    (
        _Pattern(
            r"The file's entries could not be added to the journal \(they do not fit together "
            r"with it\)\. Nothing was changed\."
        ),
        QT_TRANSLATE_NOOP(
            "DomainMessage",
            "The file's entries could not be added to the journal (they do not fit together "
            "with it). Nothing was changed.",
        ),
    ),
    (
        _Pattern(
            r"This is not an MBC Desktop export\. Choose a file that MBC Desktop saved with "
            r"Export \(it ends in \.json\)\."
        ),
        QT_TRANSLATE_NOOP(
            "DomainMessage",
            "This is not an MBC Desktop export. Choose a file that MBC Desktop saved with Export "
            "(it ends in .json).",
        ),
    ),
    (
        _Pattern(
            r"This file was made by a newer MBC Desktop \(format version (\d+)\)\. Update MBC "
            r"Desktop to import it\."
        ),
        QT_TRANSLATE_NOOP(
            "DomainMessage",
            "This file was made by a newer MBC Desktop (format version %1). Update MBC Desktop "
            "to import it.",
        ),
    ),
    (
        _Pattern(
            r"This file is too big to be an MBC Desktop export \(([\d,]+) MB; the most is "
            r"([\d,]+) MB\)\. Nothing was changed\."
        ),
        QT_TRANSLATE_NOOP(
            "DomainMessage",
            "This file is too big to be an MBC Desktop export (%1 MB; the most is %2 MB). "
            "Nothing was changed.",
        ),
    ),
    (
        _Pattern(
            r"This file has more (.+) \(([\d,]+)\) than MBC Desktop can import \(at most "
            r"([\d,]+)\)\. Nothing was changed\."
        ),
        QT_TRANSLATE_NOOP(
            "DomainMessage",
            "This file has more %1 (%2) than MBC Desktop can import (at most %3). Nothing was "
            "changed.",
        ),
    ),
    (
        _Pattern(
            r"This file is damaged: part of it is not text\. Export the journal again, or use "
            r"a backup\. Nothing was changed\."
        ),
        QT_TRANSLATE_NOOP(
            "DomainMessage",
            "This file is damaged: part of it is not text. Export the journal again, or use a "
            "backup. Nothing was changed.",
        ),
    ),
    (
        _Pattern(
            r"This file is cut short: it ends before the journal does \(it may not have "
            r"finished copying\)\. Export the journal again, or use a backup\. Nothing was "
            r"changed\."
        ),
        QT_TRANSLATE_NOOP(
            "DomainMessage",
            "This file is cut short: it ends before the journal does (it may not have finished "
            "copying). Export the journal again, or use a backup. Nothing was changed.",
        ),
    ),
    (
        _Pattern(
            r"This file is damaged: it nests lists and groups far deeper than any export\. "
            r"Nothing was changed\."
        ),
        QT_TRANSLATE_NOOP(
            "DomainMessage",
            "This file is damaged: it nests lists and groups far deeper than any export. "
            "Nothing was changed.",
        ),
    ),
    (
        _Pattern(
            r"This file is damaged: (.+) \(line (\d+), column (\d+)\)\. Export the journal "
            r"again, or use a backup\. Nothing was changed\."
        ),
        QT_TRANSLATE_NOOP(
            "DomainMessage",
            "This file is damaged: %1 (line %2, column %3). Export the journal again, or use a "
            "backup. Nothing was changed.",
        ),
    ),
    (
        _Pattern(r"This file can't be imported: (.+)\. Nothing was changed\.", re.DOTALL),
        QT_TRANSLATE_NOOP("DomainMessage", "This file can't be imported: %1. Nothing was changed."),
    ),
    # What BAD_CONTENT may hold, and how many more problems it may add.
    (
        _Pattern(r"it holds a number far too long to be anything MBC Desktop keeps"),
        QT_TRANSLATE_NOOP(
            "DomainMessage", "it holds a number far too long to be anything MBC Desktop keeps"
        ),
    ),
    (
        _Pattern(r"it holds (.+), which is not a number JSON can hold"),
        QT_TRANSLATE_NOOP("DomainMessage", "it holds %1, which is not a number JSON can hold"),
    ),
    (
        _Pattern(r"the field (.+) is in one group twice"),
        QT_TRANSLATE_NOOP("DomainMessage", "the field %1 is in one group twice"),
    ),
    (
        _Pattern(r"(.+) \(and ([\d,]+) more problems\)", re.DOTALL),
        QT_TRANSLATE_NOOP("DomainMessage", "%1 (and %2 more problems)"),
    ),
    (
        _Pattern(r"(.+) \(and 1 more problem\)", re.DOTALL),
        QT_TRANSLATE_NOOP("DomainMessage", "%1 (and 1 more problem)"),
    ),
]


# Why a journal could not be opened, as storage/ says it (exactly).
JOURNAL_MESSAGES = [
    QT_TRANSLATE_NOOP(
        "DomainMessage",
        "This file could not be read as an MBC Desktop journal. It may be damaged "
        "or be a different kind of file; it was left as it is.",
    ),
    QT_TRANSLATE_NOOP(
        "DomainMessage", "This file is an SQLite database, but not an MBC Desktop journal."
    ),
    QT_TRANSLATE_NOOP("DomainMessage", "This journal has no schema version; it may be damaged."),
    QT_TRANSLATE_NOOP(
        "DomainMessage",
        "This file looks like an MBC Desktop journal, but it holds tables or other parts "
        "that MBC Desktop did not make, so it was left as it is.",
    ),
    QT_TRANSLATE_NOOP(
        "DomainMessage",
        "This journal was saved by a newer version of MBC Desktop. "
        "Install that version (or newer) to open it; nothing was changed.",
    ),
]


def domain_message(message: str) -> str:
    """A message from the domain's validation or from storage, in the interface language.

    An unknown message is shown as the lower layer wrote it (English) rather than not at all.
    """
    from mbc_desktop.domain.text import CANT_SAVE_MESSAGE

    if message == CANT_SAVE_MESSAGE:
        return QCoreApplication.translate("DomainMessage", CANT_SAVE_TEXT)
    if message in JOURNAL_MESSAGES:
        return QCoreApplication.translate("DomainMessage", message)
    for pattern, template in DOMAIN_MESSAGES:
        found = pattern.fullmatch(message)
        if found:
            text = QCoreApplication.translate("DomainMessage", template)
            return _fill(text, [_message_value(value) for value in found.groups()])
    return message


def _fill(template: str, values: list[str]) -> str:
    """``template`` with %1, %2… replaced by ``values``, in one pass (a value holding "%2" is
    not filled in again)."""

    def value(place: re.Match[str]) -> str:
        index = int(place[1]) - 1
        return values[index] if 0 <= index < len(values) else place[0]

    return re.sub(r"%(\d)", value, template)


def _message_value(value: str) -> str:
    """A value found in a message: a number (1,234 too) the way the interface language writes
    it, a kind of entry in words, or a message of its own translated (else as it is)."""
    if re.fullmatch(r"\d+|\d{1,3}(?:,\d{3})+", value):
        return number(int(value.replace(",", "")))
    if value in EXPORT_KINDS:
        return QCoreApplication.translate("DomainMessage", EXPORT_KINDS[value])
    return domain_message(value)


# The kinds of entries an export holds, as TOO_MANY names them (domain/exchange.py).
EXPORT_KINDS = {
    "questions": QT_TRANSLATE_NOOP("DomainMessage", "questions"),
    "appointments": QT_TRANSLATE_NOOP("DomainMessage", "appointments"),
    "symptoms": QT_TRANSLATE_NOOP("DomainMessage", "symptoms"),
    "check-ins": QT_TRANSLATE_NOOP("DomainMessage", "check-ins"),
    "medications": QT_TRANSLATE_NOOP("DomainMessage", "medications"),
    "answers": QT_TRANSLATE_NOOP("DomainMessage", "answers"),
}


CANT_SAVE_TEXT = QT_TRANSLATE_NOOP(
    "DomainMessage",
    "This text has a character that can't be saved (it may show as a box or a question "
    "mark). Delete that character, or type the text again instead of pasting it.",
)
