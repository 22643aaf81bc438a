"""Dated answers as values: canonical JSON, keys, and the pure "newest", "as of" and "what
changed" over a list of answers."""

from datetime import UTC, datetime, timedelta

import pytest

from mbc_desktop.domain.answers import (
    Answer,
    AnswerChange,
    AnswerTopic,
    as_of,
    changes_between,
    check_key,
    decode,
    encode,
    newest,
    values_of,
)

T0 = datetime(2026, 3, 2, 9, tzinfo=UTC)


def answer(answer_id: int, key: str, value: object, minutes: int) -> Answer:
    return Answer(answer_id, "goals", key, encode(value), T0 + timedelta(minutes=minutes))


def test_encoding_is_canonical() -> None:
    assert encode({"b": 1, "a": [1, "é"]}) == '{"a":[1,"é"],"b":1}'
    assert encode(("x", "y")) == encode(["x", "y"])
    assert encode(AnswerTopic.GOALS) == '"goals"'
    assert encode(None) == "null"
    assert encode(1) != encode(1.0)
    assert encode(True) != encode(1)
    assert decode(encode({"a": [None, 2.5]})) == {"a": [None, 2.5]}


@pytest.mark.parametrize("value", [float("nan"), float("inf"), {1, 2}, T0, object()])
def test_values_json_cant_hold_exactly_are_refused(value: object) -> None:
    with pytest.raises(ValueError, match="JSON"):
        encode(value)


@pytest.mark.parametrize("key", ["travel", "importance.living_longer", "er.percent_2"])
def test_good_keys(key: str) -> None:
    assert check_key(key) == key


@pytest.mark.parametrize("key", ["", "Travel", "a b", ".a", "a.", "a..b", "a-b", "x" * 65])
def test_bad_keys(key: str) -> None:
    with pytest.raises(ValueError, match="not an answer key"):
        check_key(key)


def test_newest_is_by_time_then_by_id() -> None:
    first = answer(1, "travel", "not_far", 0)
    same_instant = answer(2, "travel", "a_few_hours", 0)
    older_but_later_id = answer(3, "trials", "yes", -5)
    newer = answer(4, "trials", "no", 5)

    found = newest([newer, same_instant, first, older_but_later_id])

    assert found == {"travel": same_instant, "trials": newer}


def test_cleared_keys_are_not_answered() -> None:
    cleared = answer(2, "travel", None, 1)
    assert cleared.is_cleared
    latest = newest([answer(1, "travel", "not_far", 0), cleared, answer(3, "b", 0, 0)])
    assert values_of(latest) == {"b": 0}


def test_as_of_counts_an_answer_at_that_very_instant() -> None:
    history = [answer(1, "travel", "not_far", 0), answer(2, "travel", "a_few_hours", 10)]

    assert as_of(history, T0 - timedelta(microseconds=1)) == {}
    assert as_of(history, T0) == {"travel": "not_far"}
    assert as_of(history, T0 + timedelta(minutes=10)) == {"travel": "a_few_hours"}


def test_changes_between_treats_cleared_as_never_answered() -> None:
    before = newest([answer(1, "a", "x", 0), answer(2, "b", None, 0)])
    after = newest(
        [
            answer(1, "a", "x", 0),
            answer(2, "b", None, 0),
            answer(3, "a", "y", 5),
            answer(4, "c", None, 6),  # never answered, then cleared: no change
            answer(5, "d", [1], 7),
        ]
    )

    assert changes_between(before, after) == [
        AnswerChange("a", before="x", after="y", changed_at=T0 + timedelta(minutes=5)),
        AnswerChange("d", before=None, after=[1], changed_at=T0 + timedelta(minutes=7)),
    ]
