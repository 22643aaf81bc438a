"""The export format: what a file must hold, the sentence for each thing wrong with one, and
the merge rule (new ids, links re-mapped, duplicates skipped). No database here: the files are
built by hand, and the journal side of a merge is a JournalRows."""

import copy
import json
from datetime import UTC, date, datetime
from typing import Any

import pytest

from mbc_desktop.domain.answers import encode
from mbc_desktop.domain.exchange import (
    EXPORT_VERSION,
    KINDS,
    MAX_EXPORT_BYTES,
    MAX_ROWS,
    ImportProblem,
    JournalExport,
    JournalRows,
    count_entries,
    merge_plan,
    parse_export,
    renumbered,
)
from mbc_desktop.domain.symptoms import ESAS_R, EsasItem, SymptomKind

T0 = "2026-03-02T09:30:15.250000Z"


def sample() -> dict[str, Any]:
    """A small, valid export: a question planned for an appointment, the nine ESAS-r scales
    and an own symptom, a check-in scoring two of them, a medication with two doses, and
    answers (one of them the summary's notes for the appointment)."""
    symptoms = [
        {
            "id": number,
            "kind": "esas",
            "esas_item": scale.item.value,
            "name": scale.name,
            "position": number - 1,
            "archived_at": None,
            "created_at": T0,
        }
        for number, scale in enumerate(ESAS_R, start=1)
    ]
    symptoms.append(
        {
            "id": 10,
            "kind": "own",
            "esas_item": None,
            "name": "Joint pain",
            "position": 0,
            "archived_at": "2026-04-01T10:00:00Z",
            "created_at": T0,
        }
    )
    return {
        "format": "mbc-desktop-journal",
        "version": 1,
        "exported_at": "2026-05-01T12:00:00Z",
        "app_version": "0.1.0",
        "schema": "0005",
        "questions": [
            {
                "id": 4,
                "text": "Should we lower the dose?",
                "topic": "side_effects",
                "priority": "must_ask",
                "status": "answered",
                "answer": "Yes, to 100 mg.\nFrom the next cycle.",
                "answered_by": "Dr. Ortiz",
                "position": 0,
                "created_at": T0,
                "updated_at": T0,
                "appointment_id": 7,
                "carry_count": 2,
                "carried_from": "2026-03-01T16:30:00Z",
                "asked_about_since": "2026-02-01T16:30:00Z",
                "source": "",
            },
            {
                "id": 5,
                "text": "When is my next scan?",
                "topic": "tests_and_scans",
                "priority": "if_time",
                "status": "open",
                "answer": "",
                "answered_by": "",
                "position": 1,
                "created_at": T0,
                "updated_at": T0,
                "appointment_id": None,
                "carry_count": 0,
                "carried_from": None,
                "asked_about_since": None,
                "source": "scans-and-tests",
            },
        ],
        "appointments": [
            {
                "id": 7,
                "starts_at": "2026-03-10T16:30:00Z",
                "time_zone": "America/Chicago",
                "clinician": "Dr. Ortiz",
                "role": "medical_oncologist",
                "place": "Cancer Center",
                "telehealth": False,
                "purpose": "Scan results",
                "notes": "",
                "visit_notes": "Liver spots smaller.",
                "decisions": "",
                "next_steps": "",
                "tests_ordered": "CT",
                "completed_at": "2026-03-10T18:00:00Z",
                "created_at": T0,
                "updated_at": T0,
            }
        ],
        "symptoms": symptoms,
        "check_ins": [
            {
                "id": 3,
                "taken_at": "2026-03-05T14:00:00Z",
                "time_zone": "America/Chicago",
                "completed_by": "caregiver",
                "note": "Bad night.",
                "scores": [{"symptom_id": 1, "score": 6}, {"symptom_id": 10, "score": 3}],
                "created_at": T0,
                "updated_at": T0,
            }
        ],
        "medications": [
            {
                "id": 2,
                "name": "palbociclib",
                "route": "by_mouth",
                "purpose": "",
                "started_on": "2026-01-01",
                "stopped_on": None,
                "notes": "Take with food.",
                "steps": [
                    {
                        "id": 8,
                        "dose": "125 mg",
                        "schedule": "Days 1–21",
                        "from_day": None,
                        "created_at": T0,
                    },
                    {
                        "id": 9,
                        "dose": "100 mg",
                        "schedule": "Days 1–21",
                        "from_day": "2026-03-11",
                        "created_at": T0,
                    },
                ],
                "created_at": T0,
                "updated_at": T0,
            }
        ],
        "answers": [
            {
                "id": 1,
                "topic": "goals",
                "key": "what_matters_most",
                "value": "My daughter's wedding.",
                "recorded_at": T0,
            },
            {
                "id": 2,
                "topic": "cancer",
                "key": "receptors",
                "value": {"er": "positive", "er_percent": 90, "low": 1.5, "list": [None, True]},
                "recorded_at": T0,
            },
            {
                "id": 3,
                "topic": "summary",
                "key": "notes_7",
                "value": "Ask about the scan.",
                "recorded_at": T0,
            },
        ],
    }


def raw(data: object) -> bytes:
    return json.dumps(data).encode("utf-8")


def problem(data: object) -> str:
    with pytest.raises(ImportProblem) as caught:
        parse_export(data if isinstance(data, bytes) else raw(data))
    return caught.value.message


def changed(path: str, value: object) -> dict[str, Any]:
    """The sample with one value changed, at a path like "questions.0.text"."""
    data = sample()
    *parents, last = path.split(".")
    node: Any = data
    for part in parents:
        node = node[int(part)] if isinstance(node, list) else node[part]
    if isinstance(node, list):
        node[int(last)] = value
    else:
        node[last] = value
    return data


# --- a valid file ----------------------------------------------------------------------------
def test_the_sample_reads_and_writes_back_the_same() -> None:
    export = parse_export(raw(sample()))
    assert export.format == "mbc-desktop-journal"
    assert export.version == EXPORT_VERSION
    assert export.schema_revision == "0005"
    assert export.questions[0].carried_from == datetime(2026, 3, 1, 16, 30, tzinfo=UTC)
    assert export.medications[0].steps[1].from_day == date(2026, 3, 11)
    assert json.loads(export.to_json()) == sample()
    assert parse_export(export.to_json().encode()) == export


def test_times_in_any_zone_are_kept_in_utc() -> None:
    export = parse_export(raw(changed("appointments.0.starts_at", "2026-03-10T10:30:00-06:00")))
    assert export.appointments[0].starts_at == datetime(2026, 3, 10, 16, 30, tzinfo=UTC)
    assert export.appointments[0].starts_at.tzinfo is UTC


def test_a_byte_order_mark_is_allowed() -> None:
    assert parse_export(b"\xef\xbb\xbf" + raw(sample())).app_version == "0.1.0"


def test_counts_leave_out_the_nine_esas_scales() -> None:
    assert count_entries(parse_export(raw(sample()))) == {
        "questions": 2,
        "appointments": 1,
        "symptoms": 1,
        "check_ins": 1,
        "medications": 1,
        "answers": 3,
    }


# --- what it is, and which version -----------------------------------------------------------
@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"   ",
        b"hello",
        b"[1, 2]",
        b"\x89PNG\r\n\x1a\n",
        raw({"format": "something-else", "version": 1}),
        raw({"version": 1}),
        raw({"format": 1}),
        raw([sample()]),
    ],
)
def test_not_an_export(data: bytes) -> None:
    assert problem(data).startswith("This is not an MBC Desktop export.")


@pytest.mark.parametrize("version", [2, 17])
def test_a_newer_version_says_to_update(version: int) -> None:
    # Whatever else the newer file holds: its fields are not this version's to judge.
    data = {"format": "mbc-desktop-journal", "version": version, "new_things": []}
    assert problem(data) == (
        f"This file was made by a newer MBC Desktop (format version {version}). "
        "Update MBC Desktop to import it."
    )


@pytest.mark.parametrize("version", [0, -1, "1", 1.0, True, None])
def test_a_version_that_is_not_ours(version: object) -> None:
    assert "version:" in problem(changed("version", version))


# --- damaged files -------------------------------------------------------------------------
@pytest.mark.parametrize("keep", [1, 40, 0.5, 0.99])
def test_a_file_cut_short(keep: float) -> None:
    text = json.dumps(sample(), indent=2).encode()
    cut = text[: int(keep * len(text)) if isinstance(keep, float) else keep]
    assert problem(cut).startswith("This file is cut short:")


def test_a_file_cut_in_the_middle_of_a_character() -> None:
    text = raw(sample()).replace(b"Dr. Ortiz", "Dr. Ortíz".encode())
    cut = text[: text.index("í".encode()) + 1]
    assert problem(cut).startswith("This file is cut short:")


def test_invalid_json_says_where() -> None:
    text = json.dumps(sample(), indent=2).replace('"must_ask",', '"must_ask" oops,', 1)
    message = problem(text.encode())
    line = text[: text.index("oops")].count("\n") + 1
    assert message.startswith("This file is damaged: expecting ',' delimiter (line ")
    assert f"(line {line}, column " in message


def test_not_utf8() -> None:
    assert problem(raw(sample()).replace(b"Dr. Ortiz", b"Dr. \xff\xfe")).startswith(
        "This file is damaged: part of it is not text."
    )


def test_a_key_twice_in_one_group() -> None:
    text = raw(sample()).replace(b'"text": "When', b'"text": "x", "text": "When', 1)
    assert "the field 'text' is in one group twice" in problem(text)


@pytest.mark.parametrize("constant", [b"NaN", b"Infinity", b"-Infinity"])
def test_not_a_number(constant: bytes) -> None:
    text = raw(sample()).replace(b'"er_percent": 90', b'"er_percent": ' + constant)
    assert "which is not a number JSON can hold" in problem(text)


def test_a_number_of_thousands_of_digits() -> None:
    text = raw(sample()).replace(b'"er_percent": 90', b'"er_percent": ' + b"9" * 5000)
    assert "a number far too long" in problem(text)


def test_nesting_far_too_deep() -> None:
    text = raw(sample()).replace(b'"er_percent": 90', b'"er_percent": ' + b"[" * 100_000)
    assert problem(text).startswith("This file is damaged: it nests")


def test_too_big_is_refused_before_reading() -> None:
    class Huge(bytes):
        def __len__(self) -> int:
            return MAX_EXPORT_BYTES + 1

        def decode(self, *args: object, **kwargs: object) -> str:
            raise AssertionError("read although too big")

    assert problem(Huge(b"{}")).startswith("This file is too big to be an MBC Desktop export")


@pytest.mark.parametrize("kind", sorted(MAX_ROWS))
def test_more_rows_than_any_journal_is_refused_before_checking_them(kind: str) -> None:
    data = sample()
    data[kind] = [None] * (MAX_ROWS[kind] + 1)  # not even entries: counted first
    message = problem(data)
    assert message.startswith(f"This file has more {kind.replace('_', '-')} (")
    assert f"(at most {MAX_ROWS[kind]:,})" in message


# --- bad content, and where it is ------------------------------------------------------------
@pytest.mark.parametrize(
    ("path", "value", "expected"),
    [
        (
            "questions.1.text",
            "x" * 501,
            "questions[1].text: is 501 characters long; MBC Desktop keeps at most 500 here",
        ),
        (
            "questions.0.answer",
            "ok\x07",
            "questions[0].answer: has a control character (U+0007) that MBC Desktop never "
            "saves, so the file was changed after it was exported",
        ),
        ("questions.0.answered_by", "Dr.\nOrtiz", "questions[0].answered_by: has a control"),
        ("questions.0.text", "\ud800 lone", "questions[0].text: This text has a character"),
        ("questions.0.text", 42, "questions[0].text: should be text"),
        ("questions.0.text", ["a"], "questions[0].text: should be text"),
        ("questions.0.text", "   ", "questions[0].text: Type a question first."),
        ("questions.0.topic", "gossip", "questions[0].topic: should be 'treatment_options'"),
        ("questions.0.id", "4", "questions[0].id: should be a whole number"),
        ("questions.0.id", 4.0, "questions[0].id: should be a whole number"),
        ("questions.0.id", 0, "questions[0].id: should be greater than 0"),
        ("questions.0.id", 2**80, "questions[0].id: should be less than or equal to"),
        ("questions.0.position", -1, "questions[0].position: should be greater than or equal"),
        ("questions.0.created_at", "2026-03-02T09:30:00", "questions[0].created_at: has no time"),
        ("questions.0.created_at", 1767225600, "questions[0].created_at: should be a date and"),
        ("questions.0.created_at", "yesterday", "questions[0].created_at: should be a date and"),
        ("questions.0.created_at", "3000-01-01T00:00:00Z", "between the years 1900 and 2199"),
        ("questions.0.created_at", "0001-01-01T00:00:00+01:00", "between the years 1900"),
        ("questions.0.created_at", "2199-12-31T23:00:00-05:00", "between the years 1900"),
        ("appointments.0.telehealth", 0, "appointments[0].telehealth: should be true or false"),
        ("appointments.0.time_zone", "Mars/Olympus Mons", "appointments[0].time_zone: is not a"),
        ("appointments.0.place", "p" * 301, "appointments[0].place: is 301 characters long"),
        ("appointments.0.visit_notes", 5, "appointments[0].visit_notes: should be text"),
        ("check_ins.0.scores.1.score", 11, "check_ins[0].scores[1].score: A score is a whole"),
        ("check_ins.0.scores.1.score", "7", "check_ins[0].scores[1].score: A score is a whole"),
        ("check_ins.0.scores.1.score", True, "check_ins[0].scores[1].score: A score is a whole"),
        ("check_ins.0.scores.1", {"symptom_id": 10}, "check_ins[0].scores[1].score: is missing"),
        ("check_ins.0.completed_by", "robot", "check_ins[0].completed_by: should be 'me'"),
        ("check_ins.0.note", "n" * 2001, "check_ins[0].note: is 2,001 characters long"),
        ("medications.0.steps.1.from_day", "11/03/2026", "steps[1].from_day: should be a day"),
        ("medications.0.steps", [], "medications[0].steps: can't be empty"),
        ("medications.0.route", "by_osmosis", "medications[0].route: should be 'by_mouth'"),
        ("medications.0.name", "", "medications[0].name: Type the medicine's name first."),
        ("answers.0.topic", "diary", "answers[0].topic: should be 'goals', 'cancer'"),
        ("answers.0.key", "Not A Key", "answers[0].key: is not an answer key"),
        ("answers.0.value", ["\ud800"], "answers[0].value: This text has a character"),
        ("answers.0.value", {"\udfff": 1}, "answers[0].value: This text has a character"),
        ("answers.1.value", {"a": "x" * 200_001}, "answers[1].value: is 200,009 characters"),
        ("symptoms.9.name", "", "symptoms[9].name: Type the symptom's name first."),
        ("symptoms.9.kind", "imaginary", "symptoms[9].kind: should be 'esas', 'own' or 'other'"),
        ("app_version", "v" * 65, "app_version: is 65 characters long"),
        ("questions", {"0": {}}, "questions: should be a list"),
        ("questions.0", "a question", "questions[0]: should be a group of fields in braces"),
    ],
)
def test_bad_content_says_where_and_what(path: str, value: object, expected: str) -> None:
    message = problem(changed(path, value))
    assert message.startswith("This file can't be imported: "), message
    assert expected in message, message
    assert message.endswith(". Nothing was changed.")
    assert "Traceback" not in message
    assert "Value error" not in message
    assert "Input should" not in message


def test_a_missing_field() -> None:
    data = sample()
    del data["check_ins"][0]["taken_at"]
    assert problem(data).startswith(
        "This file can't be imported: check_ins[0].taken_at: is missing"
    )


def test_an_unknown_field() -> None:
    data = sample()
    data["medications"][0]["steps"][0]["colour"] = "blue"
    assert problem(data).startswith(
        "This file can't be imported: medications[0].steps[0].colour: is not something "
        "MBC Desktop knows"
    )


def test_how_many_more_problems() -> None:
    data = sample()
    data["questions"][0]["text"] = 1
    data["questions"][1]["text"] = 2
    data["questions"][1]["topic"] = 3
    assert problem(data) == (
        "This file can't be imported: questions[0].text: should be text "
        "(and 2 more problems). Nothing was changed."
    )


# --- entries that do not fit together ----------------------------------------------------------
def test_a_duplicate_id() -> None:
    assert problem(changed("questions.1.id", 4)) == (
        "This file can't be imported: questions[1].id: 4 is used by another entry of the "
        "same kind in this file. Nothing was changed."
    )


@pytest.mark.parametrize(
    ("path", "value", "expected"),
    [
        ("appointments.0.id", 3, "questions[0].appointment_id: appointment 7 is not in this file"),
        ("check_ins.0.scores.1.symptom_id", 99, "check_ins[0].scores[1].symptom_id: symptom 99"),
        ("check_ins.0.scores.1.symptom_id", 1, "check_ins[0].scores[1]: the check-in scores"),
        ("symptoms.0.name", "Hurt", "symptoms[0].name: the ESAS-r scale keeps its published name"),
        ("symptoms.9.esas_item", "pain", "symptoms[9]: only an ESAS-r scale has an ESAS-r item"),
        ("symptoms.9.name", "PAIN", "symptoms[9].name: 'PAIN' is the name of another symptom"),
        ("symptoms.8.kind", "own", "symptoms[8]: only an ESAS-r scale has an ESAS-r item"),
        ("symptoms.9.kind", "esas", "symptoms[9]: an ESAS-r scale needs its ESAS-r item"),
        ("medications.0.steps.1.id", 8, "medications[0].steps[1].id: 8 is used by another"),
        ("medications.0.stopped_on", "2025-12-31", "medications[0]: The day it stopped can't"),
        ("medications.0.steps.0.from_day", "2026-01-02", "medications[0].steps[0]: the first"),
        ("medications.0.steps.1.from_day", None, "medications[0].steps[1]: every dose after"),
        ("medications.0.steps.1.from_day", "2025-12-01", "steps[1]: a dose can't start before"),
        ("medications.0.stopped_on", "2026-03-01", "steps[1]: a dose can't start after the"),
        ("answers.1.id", 1, "answers[1].id: 1 is used by another entry"),
    ],
)
def test_entries_that_do_not_fit_together(path: str, value: object, expected: str) -> None:
    message = problem(changed(path, value))
    assert message.startswith("This file can't be imported: "), message
    assert expected in message, message
    assert message.endswith(". Nothing was changed.")


def test_a_second_copy_of_a_scale() -> None:
    data = sample()
    data["symptoms"].append({**data["symptoms"][0], "id": 30, "position": 40})
    assert "symptoms[10]: the ESAS-r scale 'pain' is in the file twice" in problem(data)


def test_every_esas_scale_must_be_there() -> None:
    data = sample()
    data["symptoms"] = [s for s in data["symptoms"] if s["esas_item"] != "nausea"]
    assert problem(data).startswith(
        "This file can't be imported: symptoms: the ESAS-r scale 'nausea' is missing"
    )


def test_dose_steps_in_order() -> None:
    data = sample()
    steps = data["medications"][0]["steps"]
    steps.append({**steps[1], "id": 11, "from_day": "2026-03-11"})
    assert "medications[0].steps[2]: the doses must be in the order" in problem(data)


# --- what is kept as it is ---------------------------------------------------------------------
def test_a_time_zone_this_computer_may_not_know_is_kept() -> None:
    # A journal from a computer with newer zone data must still import.
    export = parse_export(raw(changed("check_ins.0.time_zone", "America/Ciudad_Nueva")))
    assert export.check_ins[0].time_zone == "America/Ciudad_Nueva"


def test_texts_go_through_the_apps_rules() -> None:
    # Invisible characters at the ends go, as when typed; tabs in a question become spaces.
    export = parse_export(raw(changed("questions.0.text", "\u200bShould\twe lower it?\u200b ")))
    assert export.questions[0].text == "Should we lower it?"


def test_an_answers_value_is_kept_exactly() -> None:
    export = parse_export(raw(sample()))
    assert encode(export.answers[1].value) == encode(sample()["answers"][1]["value"])


def test_renumbered_closes_gaps_in_the_question_list() -> None:
    data = sample()
    data["questions"][0]["position"] = 30
    data["questions"][1]["position"] = 7
    rows = renumbered(parse_export(raw(data)).rows)
    assert [(q.id, q.position) for q in rows.questions] == [(5, 0), (4, 1)]


# --- merging -------------------------------------------------------------------------------------
NEXT = {kind: 100 for kind in (*KINDS, "dose_steps")}


def esas_only() -> JournalRows:
    """A new journal: the nine scales, under other ids than the file's."""
    data = sample()
    data["symptoms"] = [{**s, "id": s["id"] + 20} for s in data["symptoms"][:9]]
    for kind in ("questions", "appointments", "check_ins", "medications", "answers"):
        data[kind] = []
    return parse_export(raw(data)).rows


def test_merging_into_a_new_journal_adds_everything_under_new_ids() -> None:
    incoming = parse_export(raw(sample())).rows
    plan = merge_plan(esas_only(), incoming, NEXT)
    assert plan.added == {
        "questions": 2,
        "appointments": 1,
        "symptoms": 1,
        "check_ins": 1,
        "medications": 1,
        "answers": 3,
    }
    assert plan.skipped == dict.fromkeys(KINDS, 0)
    rows = plan.rows
    assert [q.id for q in rows.questions] == [100, 101]
    assert [q.position for q in rows.questions] == [0, 1]
    # Links follow the new ids.
    assert rows.appointments[0].id == 100
    assert rows.questions[0].appointment_id == 100
    assert rows.questions[1].appointment_id is None
    assert [s.id for s in rows.symptoms] == [100]  # the own symptom; the scales are there
    assert {s.symptom_id: s.score for s in rows.check_ins[0].scores} == {21: 6, 100: 3}
    assert [s.id for s in rows.medications[0].steps] == [100, 101]
    assert rows.medications[0].id == 100
    assert [(a.id, a.key) for a in rows.answers] == [
        (100, "what_matters_most"),
        (101, "receptors"),
        (102, "notes_100"),
    ]
    # Everything else as in the file.
    assert rows.questions[0].carry_count == 2
    assert rows.symptoms[0].archived_at == datetime(2026, 4, 1, 10, tzinfo=UTC)
    assert rows.check_ins[0].note == "Bad night."


def test_merging_what_the_journal_has_adds_nothing() -> None:
    incoming = parse_export(raw(sample())).rows
    plan = merge_plan(incoming, incoming, NEXT)
    assert plan.added == dict.fromkeys(KINDS, 0)
    assert plan.skipped == {
        "questions": 2,
        "appointments": 1,
        "symptoms": 1,
        "check_ins": 1,
        "medications": 1,
        "answers": 3,
    }
    assert plan.rows == JournalRows()


def test_merging_twice_adds_nothing_the_second_time() -> None:
    incoming = parse_export(raw(sample())).rows
    journal = esas_only()
    first = merge_plan(journal, incoming, NEXT)
    merged = JournalRows(
        **{kind: getattr(journal, kind) + getattr(first.rows, kind) for kind in KINDS}
    )
    second = merge_plan(merged, incoming, {kind: 200 for kind in NEXT})
    assert second.added == dict.fromkeys(KINDS, 0)
    assert second.rows == JournalRows()


def test_duplicates_are_found_by_what_makes_them_the_same() -> None:
    data = sample()
    journal = copy.deepcopy(data)
    journal["questions"][0]["text"] = "  should WE lower   the dose? "  # same words
    journal["questions"][1]["text"] = "When is my next scan, please?"  # not the same
    journal["symptoms"][9]["name"] = "JOINT PAIN"
    journal["symptoms"][9]["kind"] = "other"
    journal["medications"][0]["name"] = "Palbociclib"
    journal["medications"][0]["started_on"] = "2026-01-01"
    journal["answers"][1]["recorded_at"] = "2026-03-02T09:30:15.250001Z"
    plan = merge_plan(parse_export(raw(journal)).rows, parse_export(raw(data)).rows, NEXT)
    assert [q.text for q in plan.rows.questions] == ["When is my next scan?"]
    assert plan.rows.questions[0].position == 2  # after the journal's two
    assert plan.rows.symptoms == ()
    assert plan.rows.check_ins == ()  # same time
    assert plan.rows.medications == ()
    assert [a.key for a in plan.rows.answers] == ["receptors"]  # another moment: added
    assert plan.skipped["symptoms"] == 1


def test_a_medication_started_another_day_is_another() -> None:
    data = sample()
    journal = copy.deepcopy(data)
    journal["medications"][0]["started_on"] = "2025-06-01"
    journal["medications"][0]["steps"][1]["from_day"] = "2025-07-01"
    plan = merge_plan(parse_export(raw(journal)).rows, parse_export(raw(data)).rows, NEXT)
    assert [m.name for m in plan.rows.medications] == ["palbociclib"]


def test_a_question_skipped_as_a_duplicate_is_not_planned_twice() -> None:
    # The appointment is already in the journal (same start): the new question is planned
    # for the journal's appointment, not for a copy.
    data = sample()
    journal = copy.deepcopy(data)
    journal["appointments"][0]["id"] = 70
    journal["questions"] = []
    journal["answers"] = []
    plan = merge_plan(parse_export(raw(journal)).rows, parse_export(raw(data)).rows, NEXT)
    assert plan.rows.appointments == ()
    assert plan.rows.questions[0].appointment_id == 70
    assert [a.key for a in plan.rows.answers if a.topic.value == "summary"] == ["notes_70"]


def test_new_symptoms_go_after_the_journals_of_their_kind() -> None:
    data = sample()
    journal = copy.deepcopy(data)
    journal["symptoms"][9]["name"] = "Hot flushes"
    journal["symptoms"][9]["position"] = 4
    journal["check_ins"] = []
    plan = merge_plan(parse_export(raw(journal)).rows, parse_export(raw(data)).rows, NEXT)
    assert [(s.name, s.kind, s.position) for s in plan.rows.symptoms] == [
        ("Joint pain", SymptomKind.OWN, 5)
    ]


def test_summary_notes_of_an_appointment_not_in_the_file_are_skipped() -> None:
    data = changed("answers.2.key", "notes_12")
    plan = merge_plan(esas_only(), parse_export(raw(data)).rows, NEXT)
    assert [a.key for a in plan.rows.answers] == ["what_matters_most", "receptors"]
    assert plan.skipped["answers"] == 1


def test_answers_of_one_instant_keep_their_order() -> None:
    data = sample()
    data["answers"] = [
        {"id": 9, "topic": "goals", "key": "travel", "value": "b", "recorded_at": T0},
        {"id": 3, "topic": "goals", "key": "travel", "value": "a", "recorded_at": T0},
    ]
    plan = merge_plan(esas_only(), parse_export(raw(data)).rows, NEXT)
    # The newest is the one with the higher id, in the file and in the journal.
    assert [(a.id, a.value) for a in plan.rows.answers] == [(100, "a"), (101, "b")]


def test_the_esas_scales_are_matched_by_item() -> None:
    plan = merge_plan(esas_only(), parse_export(raw(sample())).rows, NEXT)
    pain = next(s.id for s in esas_only().symptoms if s.esas_item is EsasItem.PAIN)
    assert plan.rows.check_ins[0].scores[0].symptom_id == pain


def test_model_is_strict_about_its_own_header() -> None:
    with pytest.raises(ValueError, match="format"):
        JournalExport.model_validate(changed("format", "other"))
