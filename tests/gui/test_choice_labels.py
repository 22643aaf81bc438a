"""Every fixed choice the domain offers has words in the interface (and so a Spanish
translation): a new enum member without an entry in CHOICE_LABELS would show its raw value."""

import importlib
import inspect
import pkgutil

import mbc_desktop.domain
from mbc_desktop.domain.choice import Choice
from mbc_desktop.words.i18n import CHOICE_LABELS

# Not shown through label(): the ESAS-r items keep their published English names (the scale
# may not be changed), and the answer topics are storage keys.
NOT_SHOWN = {"EsasItem", "AnswerTopic"}


def domain_choices() -> list[type[Choice]]:
    found = []
    for module_info in pkgutil.iter_modules(mbc_desktop.domain.__path__):
        module = importlib.import_module(f"mbc_desktop.domain.{module_info.name}")
        for _name, value in vars(module).items():
            if (
                inspect.isclass(value)
                and issubclass(value, Choice)
                and value is not Choice
                and value.__module__ == module.__name__
            ):
                found.append(value)
    return found


def test_every_domain_choice_has_words_in_the_interface() -> None:
    choices = domain_choices()
    assert len(choices) > 20
    missing = [
        f"{choice.__name__}.{member.name}"
        for choice in choices
        if choice.__name__ not in NOT_SHOWN
        for member in choice
        if member.value not in CHOICE_LABELS
    ]
    assert missing == []


def test_every_goals_and_cancer_message_has_its_translation_template() -> None:
    from mbc_desktop.domain import cancer, goals
    from mbc_desktop.words.i18n import DOMAIN_MESSAGES

    messages = [
        goals.BOTH_HARDEST_AND_EASIEST,
        cancer.PERCENT_ONLY_WHEN_POSITIVE,
        cancer.PERCENT_OUT_OF_RANGE,
        cancer.LOW_PERCENT_OUT_OF_RANGE,
        cancer.STOPPED_BEFORE_STARTED,
        cancer.STILL_TAKING_BUT_STOPPED,
        cancer.NOT_TESTED_WITH_DETAILS,
        cancer.LINE_NUMBER_OUT_OF_RANGE,
        "Keep what matters most to you under 300 characters (now 301).",
        "Keep the side effects in your words under 300 characters (now 301).",
        "Keep the name under 120 characters (now 121).",
        "Keep the relationship under 120 characters (now 121).",
        "Keep the notes under 2000 characters (now 2001).",
        "Keep the drug names under 300 characters (now 301).",
        "Keep the other places under 300 characters (now 301).",
        "Keep the result value under 40 characters (now 41).",
        "Keep the place under 300 characters (now 301).",
    ]
    unknown = [m for m in messages if not any(p.fullmatch(m) for p, _ in DOMAIN_MESSAGES)]
    assert unknown == []
