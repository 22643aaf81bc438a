"""Build a realistic "10-year journal" through the app's own storage and services.

    .venv/bin/python benchmarks/synthetic_journal.py DATA_DIR [--questions 3000] [--seed 2026]

The story it tells: one visit to the oncologist about every week for ten years (~500 visits),
about six questions written down in the days before each one. Looking back, about half of the
questions got an answer (one to three sentences, and who gave it), some were asked but the answer
was never written down, some were dropped, and the questions for the visits still ahead are open.

Everything goes through ``mbc_desktop.storage.open_journal`` and ``QuestionService``: one
transaction per add and per answer or status change (~5,700 for 3,000 questions), exactly as the
app saves them, with a simulated clock so that ``created_at``/``updated_at`` spread over the ten
years. The welcome is marked as seen in ``settings.ini``, as it would be after ten years.

That takes about 14 s on a 2-core machine, almost all of it CPU in the ORM and validation
(~2.5 ms per transaction; the fsyncs are a small part), so ``run.py`` builds each journal once
and reuses it.
"""

import argparse
import random
import sys
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from mbc_desktop.domain import NewQuestion, Priority, QuestionChanges, Status, Topic
from mbc_desktop.paths import DataPaths
from mbc_desktop.services import QuestionService
from mbc_desktop.storage import open_journal

START = datetime(2016, 11, 28, 9, 0, tzinfo=UTC)
YEARS = 10

QUESTIONS: dict[Topic, list[str]] = {
    Topic.TREATMENT_OPTIONS: [
        "Is it time to think about switching from {drug} to something else?",
        "What would the next line of treatment be if {drug} stops working?",
        "Can we take a break from {drug} over {occasion}?",
        "Would a lower dose of {drug} still work as well?",
        "Is radiation an option for the spot in my {site}?",
        "What is the goal of treatment right now: control, or shrinking things?",
    ],
    Topic.SIDE_EFFECTS: [
        "The {symptom} since starting {drug} is worse. What can I do about it?",
        "Is {symptom} a known side effect of {drug}, and does it get better?",
        "Which side effects of {drug} should make me call the clinic straight away?",
        "Can I take something over the counter for the {symptom}?",
    ],
    Topic.TESTS_AND_SCANS: [
        "What did the last {scan} show compared with the one before?",
        "When is my next {scan}, and do I need to fast for it?",
        "My tumour markers went up a little. Should I worry?",
        "Can I get a copy of the {scan} report for my records?",
    ],
    Topic.SYMPTOMS: [
        "I have had {symptom} for two weeks. Could it be the cancer?",
        "Is the new {symptom} in my {site} something to check?",
        "My {symptom} is keeping me up at night. What helps?",
    ],
    Topic.PROGNOSIS: [
        "How are things looking compared with a year ago?",
        "What do the latest results mean for the time ahead?",
        "Is there anything in the last {scan} that changes the outlook?",
    ],
    Topic.CLINICAL_TRIALS: [
        "Are there any trials for {drug} combinations I could join?",
        "Would I be eligible for a trial if {drug} stops working?",
        "How far away is the nearest centre running trials for my subtype?",
    ],
    Topic.PRACTICAL_AND_COST: [
        "Will insurance keep covering {drug} next year?",
        "Can the infusion move to a {weekday} so I can keep working?",
        "Is there help with parking and travel costs for treatment days?",
        "Can I travel abroad for {occasion} while on {drug}?",
    ],
    Topic.SECOND_OPINION: [
        "Would you mind if I got a second opinion about the {site} spot?",
        "Can you send my records to the specialist centre for a second opinion?",
    ],
    Topic.OTHER: [
        "Is it safe to get the flu shot while on {drug}?",
        "Can I keep doing {activity} as I have been?",
        "Who should I call after hours if something changes?",
    ],
}
TOPIC_WEIGHTS = {
    Topic.TREATMENT_OPTIONS: 18,
    Topic.SIDE_EFFECTS: 24,
    Topic.TESTS_AND_SCANS: 16,
    Topic.SYMPTOMS: 14,
    Topic.PROGNOSIS: 5,
    Topic.CLINICAL_TRIALS: 5,
    Topic.PRACTICAL_AND_COST: 9,
    Topic.SECOND_OPINION: 2,
    Topic.OTHER: 7,
}
FILLERS = {
    "drug": [
        "letrozole",
        "palbociclib",
        "ribociclib",
        "fulvestrant",
        "capecitabine",
        "trastuzumab deruxtecan",
        "eribulin",
        "everolimus",
    ],
    "symptom": [
        "fatigue",
        "neuropathy in my fingers",
        "joint pain",
        "nausea",
        "mouth sores",
        "back pain",
        "shortness of breath",
        "rash",
        "brain fog",
        "swelling",
    ],
    "site": ["hip", "liver", "spine", "lung", "rib", "shoulder"],
    "scan": ["CT scan", "PET scan", "bone scan", "MRI", "echocardiogram", "blood work"],
    "occasion": ["the holidays", "my daughter's wedding", "a family trip", "my birthday"],
    "weekday": ["Monday", "Friday", "Thursday afternoon"],
    "activity": ["gardening", "swimming", "yoga", "long walks", "lifting my grandchildren"],
}
ANSWER_SENTENCES = [
    "The scan is stable, with no new spots.",
    "Keep going with the current plan and check again in three months.",
    "This is a common side effect and usually eases after the first few cycles.",
    "Try the prescribed mouthwash four times a day and call if it gets worse.",
    "A dose reduction is possible if it keeps getting in the way of daily life.",
    "The markers went up slightly but are within the usual variation.",
    "There is a trial at the university hospital; the nurse will send the details.",
    "Insurance approval was renewed for another year.",
    "Yes, travel is fine as long as the next infusion is not moved by more than a week.",
    "Call the after-hours line for fever over 38 °C or new shortness of breath.",
    "Physical therapy should help; a referral has been sent.",
    "No reason to change treatment yet; the benefit still outweighs the side effects.",
    "The spot in the liver has shrunk a little since the last scan.",
    "Blood counts are a bit low, so this cycle is delayed by a week.",
    "A second opinion is welcome and the records will be sent this week.",
]
ANSWERED_BY = [
    "Dr. Ortiz",
    "Dr. Ortiz",
    "Dr. Ortiz",
    "Dr. Chen",
    "nurse Sam",
    "nurse Sam",
    "pharmacist Lee",
    "Dr. Patel (second opinion)",
    "",
]
PRIORITIES = ([Priority.MUST_ASK] * 30) + ([Priority.WANT_TO_ASK] * 45) + ([Priority.IF_TIME] * 25)
# For past visits: what happened to a question. Answered ≈ half of all questions overall.
PAST_OUTCOMES = [Status.ANSWERED] * 50 + [Status.ASKED] * 24 + [Status.DROPPED] * 16
PAST_OUTCOMES += [Status.OPEN] * 10


@dataclass(frozen=True)
class BuildReport:
    questions: int
    answered: int
    visits: int
    seconds: float
    transactions: int


class SimulatedClock:
    """The service's clock: returns whatever time the story is at."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def question_text(rng: random.Random, topic: Topic) -> str:
    template = rng.choice(QUESTIONS[topic])
    return template.format(**{name: rng.choice(words) for name, words in FILLERS.items()})


def answer_text(rng: random.Random) -> str:
    return " ".join(rng.sample(ANSWER_SENTENCES, rng.randint(1, 3)))


def visit_sizes(rng: random.Random, questions: int, visits: int) -> list[int]:
    """How many questions were written down before each visit: 3 to 9, adding up exactly."""
    sizes = [rng.randint(3, 9) for _ in range(visits)]
    while (extra := sum(sizes) - questions) != 0:
        visit = rng.randrange(visits)
        if extra > 0 and sizes[visit] > 1:
            sizes[visit] -= 1
        elif extra < 0 and sizes[visit] < 12:
            sizes[visit] += 1
    return sizes


def build(data_dir: Path, questions: int = 3000, seed: int = 2026) -> BuildReport:
    """Write a journal of ``questions`` questions into ``data_dir`` (which must not have one)."""
    paths = DataPaths(data_dir)
    if paths.journal.exists():
        raise FileExistsError(f"{paths.journal} already exists")
    rng = random.Random(seed)
    clock = SimulatedClock(START)
    started = time.perf_counter()
    store = open_journal(paths.journal)
    service = QuestionService(store, clock=clock)
    visits = max(1, round(questions / 6)) if questions else 0
    visit_gap = timedelta(days=365.25 * YEARS) / max(visits, 1)
    transactions = answered = added = 0
    try:
        for visit, count in enumerate(visit_sizes(rng, questions, visits)):
            visit_day = START + visit_gap * (visit + 1)
            ids = []
            for _ in range(count):
                clock.now = visit_day - timedelta(hours=rng.uniform(2, 24 * 6))
                topic = rng.choices(list(TOPIC_WEIGHTS), weights=list(TOPIC_WEIGHTS.values()))[0]
                new = NewQuestion(
                    text=question_text(rng, topic), topic=topic, priority=rng.choice(PRIORITIES)
                )
                ids.append(service.add(new).id)
                transactions += 1
            added += count
            # The last two visits are still ahead: their questions stay open.
            if visit >= visits - 2:
                continue
            for question_id in ids:
                clock.now = visit_day + timedelta(minutes=rng.uniform(5, 600))
                outcome = rng.choice(PAST_OUTCOMES)
                if outcome is Status.ANSWERED:
                    changes = QuestionChanges(
                        answer=answer_text(rng), answered_by=rng.choice(ANSWERED_BY)
                    )
                    answered += 1
                elif outcome is Status.OPEN:
                    continue
                else:
                    changes = QuestionChanges(status=outcome)
                service.update(question_id, changes)
                transactions += 1
    finally:
        store.close()
    mark_welcome_seen(data_dir)
    return BuildReport(added, answered, visits, time.perf_counter() - started, transactions)


def mark_welcome_seen(data_dir: Path) -> None:
    """Someone with a journal has seen the first-run welcome; do not offer it again."""
    from mbc_desktop.ui.common.settings import UiSettings  # Qt Core only; no window

    UiSettings(DataPaths(data_dir).settings).welcome_done = True


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("--questions", type=int, default=3000)
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args(argv)
    report = build(args.data_dir, args.questions, args.seed)
    print(
        f"{report.questions} questions ({report.answered} answered) over {report.visits} visits "
        f"in {report.seconds:.1f} s ({report.transactions} transactions, "
        f"{1000 * report.seconds / max(report.transactions, 1):.2f} ms each)",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
