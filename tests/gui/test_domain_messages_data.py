"""The messages storage and the export and import give, shown on the data screens, are in
Spanish when the interface is: each has its entry in DOMAIN_MESSAGES (or JOURNAL_MESSAGES),
and the values in it (numbers, the system's reason, the problem found) are kept."""

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from mbc_desktop.domain import exchange as domain_exchange
from mbc_desktop.services import exchange as services_exchange
from mbc_desktop.storage import cipher, encryption, errors
from mbc_desktop.storage.exchange_repository import DOES_NOT_FIT
from mbc_desktop.words.i18n import domain_message, use_language

REASON = "Permission denied"
PROBLEM = "questions[3].text: is 9 characters long"

# (the message as the lower layer gives it, the values the Spanish must keep)
MESSAGES: list[tuple[str, list[str]]] = [
    (errors.NOT_READABLE, []),
    (errors.DAMAGED_AT_START, []),
    (errors.DAMAGED_WHILE_OPEN, []),
    (errors.BACKUP_CHECK_FAILED, []),
    (errors.BACKUP_NOT_WRITTEN, []),
    (errors.BACKUP_JOURNAL_DAMAGED, []),
    (errors.BACKUP_FOLDER_MISSING, []),
    (errors.RESTORE_BACKUP_DAMAGED, []),
    (errors.RESTORE_NOT_A_BACKUP, []),
    (errors.RESTORE_TOO_NEW, []),
    (errors.RESTORE_FAILED, []),
    (errors.RESTORE_LOCKED, []),
    (cipher.WRONG_SECRET, []),
    (cipher.KEY_FILE_UNREADABLE, []),
    (cipher.KEY_FILE_TOO_NEW, []),
    (cipher.LOCKED, []),
    (encryption.SWITCH_FAILED, []),
    (encryption.JOURNAL_MISSING, []),
    (encryption.ALREADY_ENCRYPTED, []),
    (encryption.NOT_ENCRYPTED, []),
    (errors.SALVAGE_NOTHING_READ, []),
    (errors.SALVAGE_FAILED, []),
    (services_exchange.CANT_READ.format(reason=REASON), [REASON]),
    (services_exchange.NOT_A_FILE, []),
    (services_exchange.CANT_WRITE.format(reason=REASON), [REASON]),
    (services_exchange.CANT_EXPORT.format(problem=PROBLEM), [PROBLEM]),
    (services_exchange.CANT_MERGE.format(problem=PROBLEM), [PROBLEM]),
    (DOES_NOT_FIT, []),
    (domain_exchange.NOT_AN_EXPORT, []),
    (domain_exchange.NEWER_VERSION.format(version=7), ["7"]),
    (domain_exchange.too_big_message(300 * 1024 * 1024), ["300", "200"]),
    (domain_exchange.TOO_MANY.format(kind="questions", count="123", limit="50"), ["123", "50"]),
    (domain_exchange.NOT_UTF8, []),
    (domain_exchange.CUT_SHORT, []),
    (
        domain_exchange.DAMAGED.format(detail="expecting value", line=12, column=34),
        ["expecting value", "12", "34"],
    ),
    (domain_exchange.TOO_DEEP, []),
    (domain_exchange.BAD_CONTENT.format(problem=PROBLEM), [PROBLEM]),
    (domain_exchange.BAD_CONTENT.format(problem=domain_exchange.NUMBER_TOO_LONG), []),
    (
        domain_exchange.BAD_CONTENT.format(problem=domain_exchange.NOT_A_NUMBER.format(name="NaN")),
        ["NaN"],
    ),
    (
        domain_exchange.BAD_CONTENT.format(
            problem=domain_exchange.SAME_FIELD_TWICE.format(key="text")
        ),
        ["'text'"],
    ),
    (
        domain_exchange.BAD_CONTENT.format(
            problem=PROBLEM + domain_exchange.MORE_PROBLEMS.format(count="5")
        ),
        [PROBLEM, "5"],
    ),
]


@pytest.fixture
def spanish(qapp: QApplication) -> Iterator[None]:
    assert use_language("es")
    yield
    use_language("en")


@pytest.mark.parametrize(("message", "values"), MESSAGES)
def test_the_message_is_in_spanish_with_its_values(
    spanish: None, message: str, values: list[str]
) -> None:
    shown = domain_message(message)
    assert shown != message
    for value in values:
        assert value in shown
    assert "%" not in shown  # every %1, %2… filled in


@pytest.mark.parametrize(("message", "values"), MESSAGES)
def test_in_english_the_message_is_shown_as_given(
    qapp: QApplication, message: str, values: list[str]
) -> None:
    use_language("en")
    assert domain_message(message) == message


def test_an_embedded_problem_and_the_kind_of_entry_are_in_spanish_too(spanish: None) -> None:
    shown = domain_message(
        domain_exchange.BAD_CONTENT.format(problem=domain_exchange.NUMBER_TOO_LONG)
    )
    assert domain_exchange.NUMBER_TOO_LONG not in shown
    too_many = domain_exchange.TOO_MANY.format(kind="check-ins", count="9", limit="5")
    assert "check-ins" not in domain_message(too_many)
