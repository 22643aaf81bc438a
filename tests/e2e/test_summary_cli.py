"""``mbc-desktop summary``, run as a person runs it: a separate process, with Qt's offscreen
platform or with no display variable at all, on a journal filled through the services.

What it must do: write the summary (PDF, HTML, text) for the appointment asked for, say so in
one line, and when something is wrong say what in one line, exit non-zero and write nothing; an
existing file is only ever replaced whole.
"""

import os
import re
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from pypdf import PdfReader

from mbc_desktop.paths import DataPaths
from tests import sample_journal

DISPLAY_VARIABLES = ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
ZONE = "America/Chicago"
# The dated journal's appointments: one on DAY, two on CROWDED_DAY.
DAY = date(2026, 12, 1)
CROWDED_DAY = date(2026, 12, 15)


def summary(
    data_dir: Path, *args: str, display: bool = True, cwd: Path | None = None
) -> subprocess.CompletedProcess[bytes]:
    """``python -m mbc_desktop --data-dir DATA summary ARGS``; with ``display`` False, with
    none of the variables that tell Qt where to show things."""
    env = {name: value for name, value in os.environ.items() if name not in DISPLAY_VARIABLES}
    if display:
        env["QT_QPA_PLATFORM"] = "offscreen"
    return subprocess.run(
        [sys.executable, "-m", "mbc_desktop", "--data-dir", str(data_dir), "summary", *args],
        capture_output=True,
        timeout=120,
        env=env,
        cwd=cwd,
    )


def one_line(result: subprocess.CompletedProcess[bytes]) -> str:
    """The one line the command said on stderr (no traceback, no Qt chatter)."""
    lines = result.stderr.decode().strip().splitlines()
    assert len(lines) == 1, result.stderr.decode()
    return lines[0]


def words(text: str) -> str:
    """Text with every run of whitespace as one space (pypdf joins words with tabs and a
    question wraps over lines)."""
    return " ".join(text.split())


def pdf_text(path: Path) -> str:
    return words(" ".join(page.extract_text() for page in PdfReader(path).pages))


def pages(path: Path) -> int:
    return len(PdfReader(path).pages)


@pytest.fixture(scope="module")
def journal_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A typical journal: questions, the last and the next appointments, a year of check-ins,
    medicines, goals and the cancer's details."""
    from mbc_desktop.app import open_journal

    folder = tmp_path_factory.mktemp("typical") / "data"
    folder.mkdir(mode=0o700)
    journal = open_journal(DataPaths(folder))
    try:
        sample_journal.fill_questions(journal.questions)
        sample_journal.fill_appointments(journal.appointments)
        sample_journal.fill_check_ins(journal.symptoms, days=120)
        sample_journal.fill_medications(journal.medications)
        sample_journal.fill_goals(journal.goals)
        sample_journal.fill_cancer(journal.cancer)
        # Chosen in the app: the command's default, whatever this computer's locale suggests.
        journal.summary_preferences.set_paper("a4")
    finally:
        journal.close()
    return folder


@pytest.fixture(scope="module")
def planned(journal_dir: Path) -> list[str]:
    """The texts of the questions planned for the next appointment, as the service says."""
    from mbc_desktop.app import open_journal

    journal = open_journal(DataPaths(journal_dir))
    try:
        upcoming = journal.appointments.next_appointment()
        assert upcoming is not None
        return [q.text for q in journal.appointments.planned_questions(upcoming.id)]
    finally:
        journal.close()


@pytest.fixture(scope="module")
def dated_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A journal whose appointments are on fixed days, whatever day the test runs: one on
    DAY, two on CROWDED_DAY."""
    from mbc_desktop.app import open_journal
    from mbc_desktop.domain import NewAppointment

    folder = tmp_path_factory.mktemp("dated") / "data"
    folder.mkdir(mode=0o700)
    journal = open_journal(DataPaths(folder))
    chicago = ZoneInfo(ZONE)
    try:
        sample_journal.fill_questions(journal.questions)
        for day, hour, clinician in (
            (DAY, 15, "Dr. Okafor"),
            (CROWDED_DAY, 9, "Dr. Ortiz"),
            (CROWDED_DAY, 14, "Sam Rivera, NP"),
        ):
            journal.appointments.add(
                NewAppointment(
                    starts_at=datetime(day.year, day.month, day.day, hour, 0, tzinfo=chicago),
                    time_zone=ZONE,
                    clinician=clinician,
                    purpose="Check-up",
                )
            )
    finally:
        journal.close()
    return folder


@pytest.fixture(scope="module")
def crowded_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The typical journal with forty more questions than a page can hold."""
    from mbc_desktop.app import open_journal
    from mbc_desktop.domain import NewQuestion, Priority, Topic

    folder = tmp_path_factory.mktemp("crowded") / "data"
    folder.mkdir(mode=0o700)
    journal = open_journal(DataPaths(folder))
    try:
        sample_journal.fill_questions(journal.questions)
        sample_journal.fill_appointments(journal.appointments)
        sample_journal.fill_medications(journal.medications)
        for number in range(1, 41):
            journal.questions.add(
                NewQuestion(
                    text=f"Question {number}: what should I know about the next step, "
                    "and what would you do in my place?",
                    topic=Topic.OTHER,
                    priority=Priority.IF_TIME if number % 2 else Priority.WANT_TO_ASK,
                )
            )
        journal.summary_preferences.set_paper("a4")
    finally:
        journal.close()
    return folder


@pytest.fixture
def out_dir(tmp_path: Path) -> Path:
    """An empty folder for what the command writes (and nothing else)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


# --- it writes the summary ---------------------------------------------------------------------


def test_the_pdf_for_the_next_appointment_has_its_planned_questions(
    journal_dir: Path, planned: list[str], out_dir: Path
) -> None:
    out = out_dir / "visit.pdf"

    result = summary(journal_dir, "--appointment", "next", "--out", str(out))

    assert result.returncode == 0, result.stderr.decode()
    assert one_line(result) == f"mbc-desktop: wrote {out} (1 page, A4)"
    assert result.stdout == b""
    text = pdf_text(out)
    assert len(planned) >= 10
    for question in planned:
        assert words(question) in text
    assert sorted(p.name for p in out_dir.iterdir()) == ["visit.pdf"]


def test_it_needs_no_display_variable_at_all(journal_dir: Path, out_dir: Path) -> None:
    out = out_dir / "visit.pdf"

    result = summary(journal_dir, "--out", str(out), "--paper", "letter", display=False)

    assert result.returncode == 0, result.stderr.decode()
    assert one_line(result) == f"mbc-desktop: wrote {out} (1 page, Letter)"
    box = PdfReader(out).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)  # 8.5 × 11 in


def test_without_out_the_pdf_is_named_after_the_appointments_day(
    journal_dir: Path, out_dir: Path
) -> None:
    from mbc_desktop.app import open_journal

    journal = open_journal(DataPaths(journal_dir))
    try:
        upcoming = journal.appointments.next_appointment()
        assert upcoming is not None
        day = upcoming.local_start().date()
    finally:
        journal.close()

    result = summary(journal_dir, cwd=out_dir)

    assert result.returncode == 0, result.stderr.decode()
    assert one_line(result) == f"mbc-desktop: wrote summary-{day.isoformat()}.pdf (1 page, A4)"
    assert [p.name for p in out_dir.iterdir()] == [f"summary-{day.isoformat()}.pdf"]
    assert (out_dir / f"summary-{day.isoformat()}.pdf").read_bytes().startswith(b"%PDF")


# Runs the command, then says which Qt it loaded: a widget module would need a display.
WIDGETS_PROBE = """
import sys
from mbc_desktop.__main__ import main
code = main(sys.argv[1:])
loaded = sorted(name for name in sys.modules if name.startswith("PySide6.Qt"))
print("loaded:", " ".join(loaded), file=sys.stderr)
sys.exit(code)
"""


def test_no_widget_is_ever_loaded(journal_dir: Path, out_dir: Path) -> None:
    env = {name: value for name, value in os.environ.items() if name not in DISPLAY_VARIABLES}
    command = ["--data-dir", str(journal_dir), "summary", "--out", str(out_dir / "visit.pdf")]
    result = subprocess.run(
        [sys.executable, "-c", WIDGETS_PROBE, *command],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )

    assert result.returncode == 0, result.stderr
    wrote, loaded = result.stderr.strip().splitlines()
    assert wrote.startswith("mbc-desktop: wrote")
    assert "PySide6.QtGui" in loaded.split()
    assert not {"PySide6.QtWidgets", "PySide6.QtPrintSupport"} & set(loaded.split())


def test_text_goes_to_standard_output(journal_dir: Path, planned: list[str]) -> None:
    result = summary(journal_dir, "--format", "text")

    assert result.returncode == 0, result.stderr.decode()
    assert result.stderr == b""
    text = words(result.stdout.decode("utf-8"))
    for question in planned:
        assert words(question) in text


def test_the_format_follows_the_file_ending(journal_dir: Path, out_dir: Path) -> None:
    html = summary(journal_dir, "--out", str(out_dir / "visit.html"))
    text = summary(journal_dir, "--out", str(out_dir / "visit.txt"))

    assert html.returncode == 0, html.stderr.decode()
    assert text.returncode == 0, text.stderr.decode()
    assert one_line(html) == f"mbc-desktop: wrote {out_dir / 'visit.html'}"
    assert "<html" in (out_dir / "visit.html").read_text(encoding="utf-8").lower()
    assert "<" not in (out_dir / "visit.txt").read_text(encoding="utf-8").split("\n", 1)[0]
    assert not (out_dir / "visit.txt").read_bytes().startswith(b"%PDF")


def test_the_packet_is_longer_than_the_summary(journal_dir: Path, out_dir: Path) -> None:
    visit, packet = out_dir / "visit.pdf", out_dir / "packet.pdf"

    assert summary(journal_dir, "--out", str(visit)).returncode == 0
    result = summary(journal_dir, "--packet", "--out", str(packet))

    assert result.returncode == 0, result.stderr.decode()
    assert pages(packet) > pages(visit)
    assert re.fullmatch(
        rf"mbc-desktop: wrote {re.escape(str(packet))} \(\d+ pages, A4\)", one_line(result)
    )


def test_what_did_not_fit_is_said_with_the_same_count_as_on_the_page(
    crowded_dir: Path, out_dir: Path
) -> None:
    out = out_dir / "visit.pdf"

    result = summary(crowded_dir, "--out", str(out))

    assert result.returncode == 0, result.stderr.decode()
    on_page = re.search(r"\+(\d+) more question", pdf_text(out))
    assert on_page is not None
    assert one_line(result) == (
        f"mbc-desktop: wrote {out} ({plural_pages(pages(out))}, A4); "
        f"{on_page[1]} questions did not fit"
    )


def plural_pages(count: int) -> str:
    return "1 page" if count == 1 else f"{count} pages"


def test_an_appointment_chosen_by_its_day(dated_dir: Path) -> None:
    by_day = summary(dated_dir, "--appointment", DAY.isoformat(), "--format", "text")

    assert by_day.returncode == 0, by_day.stderr.decode()
    assert "Dr. Okafor" in by_day.stdout.decode()
    assert "Dr. Ortiz" not in by_day.stdout.decode()


def test_a_day_with_two_appointments_names_both_ids(dated_dir: Path, out_dir: Path) -> None:
    result = summary(
        dated_dir, "--appointment", CROWDED_DAY.isoformat(), "--out", str(out_dir / "x.pdf")
    )

    assert result.returncode == 2
    line = one_line(result)
    assert line.startswith(f"mbc-desktop: 2 appointments on {CROWDED_DAY.isoformat()} (ids 2, 3)")
    assert list(out_dir.iterdir()) == []


def test_the_list_shows_ids_and_days(dated_dir: Path) -> None:
    result = summary(dated_dir, "--list")

    assert result.returncode == 0, result.stderr.decode()
    listed = result.stdout.decode().splitlines()
    assert any(
        re.match(r"\s*1\s+2026-12-01 15:00\s+America/Chicago\s+Dr\. Okafor", line)
        for line in listed
    )
    assert sum(CROWDED_DAY.isoformat() in line for line in listed) == 2


def test_the_summary_in_spanish(journal_dir: Path) -> None:
    english = summary(journal_dir, "--format", "text")
    spanish = summary(journal_dir, "--format", "text", "--language", "es")

    assert spanish.returncode == 0, spanish.stderr.decode()
    assert spanish.stdout != english.stdout
    # The person's own words stay as they wrote them.
    assert words(sample_journal.QUESTIONS[1][0]) in words(spanish.stdout.decode())


# --- an existing file is replaced whole --------------------------------------------------------


@pytest.mark.parametrize("name", ["visit.pdf", "visit.txt", "visit.html"])
def test_an_existing_file_is_replaced_whole(journal_dir: Path, out_dir: Path, name: str) -> None:
    out = out_dir / name
    out.write_bytes(b"the summary printed last month")
    # A second name for the old file: written in place, it would change too.
    os.link(out, out_dir / "old")
    before = out.stat().st_ino

    result = summary(journal_dir, "--out", str(out))

    assert result.returncode == 0, result.stderr.decode()
    assert out.stat().st_ino != before
    assert (out_dir / "old").read_bytes() == b"the summary printed last month"
    assert out.read_bytes() != b"the summary printed last month"
    assert sorted(p.name for p in out_dir.iterdir()) == sorted([name, "old"])  # no temp left


# --- what is wrong, in one line, and nothing written ------------------------------------------


def test_an_unknown_appointment_is_one_line_and_no_file(journal_dir: Path, out_dir: Path) -> None:
    result = summary(journal_dir, "--appointment", "999", "--out", str(out_dir / "visit.pdf"))

    assert result.returncode == 2
    assert one_line(result) == (
        "mbc-desktop: no appointment with id 999. See the ids with: "
        f"mbc-desktop --data-dir {journal_dir} summary --list"
    )
    assert list(out_dir.iterdir()) == []


def test_a_day_without_an_appointment(dated_dir: Path, out_dir: Path) -> None:
    result = summary(dated_dir, "--appointment", "2026-12-02", "--out", str(out_dir / "x.pdf"))

    assert result.returncode == 2
    assert one_line(result).startswith("mbc-desktop: no appointment on 2026-12-02. See the ids")
    assert list(out_dir.iterdir()) == []


@pytest.mark.parametrize(
    ("args", "complaint"),
    [
        (["--paper", "b5"], "argument --paper: invalid choice: 'b5'"),
        (["--format", "docx"], "argument --format: invalid choice: 'docx'"),
        (["--appointment", "tomorrow"], "argument --appointment: 'tomorrow' is not 'next'"),
        (["--appointment", "2026-13-01"], "argument --appointment: '2026-13-01' is not 'next'"),
        (["--language", "fr"], "argument --language: invalid choice: 'fr'"),
    ],
)
def test_bad_arguments_exit_2_before_anything_is_opened(
    tmp_path: Path, out_dir: Path, args: list[str], complaint: str
) -> None:
    data_dir = tmp_path / "never-made"

    result = summary(data_dir, *args, "--out", str(out_dir / "visit.pdf"))

    assert result.returncode == 2
    last = result.stderr.decode().strip().splitlines()[-1]  # argparse: usage, then the error
    assert complaint in last
    assert "Traceback" not in result.stderr.decode()
    assert list(out_dir.iterdir()) == []
    assert not data_dir.exists()


def test_a_missing_folder_for_the_file(journal_dir: Path) -> None:
    result = summary(journal_dir, "--out", "/nonexistent/x.pdf")

    assert result.returncode == 1
    assert one_line(result) == (
        "mbc-desktop: cannot write /nonexistent/x.pdf: the folder /nonexistent does not exist."
    )
    assert not Path("/nonexistent").exists()


def test_a_file_where_the_folder_should_be(journal_dir: Path, out_dir: Path) -> None:
    (out_dir / "notes.txt").write_text("my notes")

    result = summary(journal_dir, "--out", str(out_dir / "notes.txt" / "visit.pdf"))

    assert result.returncode == 1
    assert one_line(result).endswith(f"{out_dir / 'notes.txt'} is a file, not a folder.")
    assert (out_dir / "notes.txt").read_text() == "my notes"


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root may write anywhere")
def test_a_read_only_folder(journal_dir: Path, out_dir: Path) -> None:
    out_dir.chmod(0o500)
    try:
        result = summary(journal_dir, "--out", str(out_dir / "visit.pdf"))
    finally:
        out_dir.chmod(0o700)

    assert result.returncode == 1
    assert one_line(result) == (
        f"mbc-desktop: cannot write {out_dir / 'visit.pdf'}: "
        "you don't have permission to write there."
    )
    assert list(out_dir.iterdir()) == []


def test_a_folder_without_a_journal_is_left_as_it_is(tmp_path: Path, out_dir: Path) -> None:
    data_dir = tmp_path / "empty"

    result = summary(data_dir, "--out", str(out_dir / "visit.pdf"))

    assert result.returncode == 2
    assert one_line(result) == (
        f"mbc-desktop: there is no journal in {data_dir}. Start MBC Desktop once to make one, "
        "or choose the folder that holds yours with --data-dir."
    )
    assert not data_dir.exists()
    assert list(out_dir.iterdir()) == []


def test_a_data_folder_that_is_a_file_gets_the_apps_line(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("my notes")

    result = summary(tmp_path / "notes.txt", "--format", "text")

    assert result.returncode == 2
    assert one_line(result) == (
        f"mbc-desktop: cannot use {tmp_path / 'notes.txt'} as the data folder: it is a file, "
        "not a folder. Choose a folder you can write to with --data-dir."
    )


# --- in this process: the parts the runs above cannot reach ------------------------------------


def test_the_choices_are_the_summarys() -> None:
    """--help needs no Qt and no Pydantic, so the entry point spells the choices out."""
    from mbc_desktop.__main__ import SUMMARY_LANGUAGES, SUMMARY_PAPERS
    from mbc_desktop.summary.model import Paper
    from mbc_desktop.words.i18n import LANGUAGES

    assert set(SUMMARY_PAPERS) == {paper.value for paper in Paper}
    assert set(SUMMARY_LANGUAGES) == set(LANGUAGES)


def test_a_failed_write_leaves_the_old_file_and_no_temporary_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from mbc_desktop import cli_summary

    out = tmp_path / "visit.txt"
    out.write_text("last month's")

    def disk_full(_source: object, _target: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", disk_full)
    with pytest.raises(OSError, match="No space left"):
        cli_summary.write_whole(out, b"this month's")

    assert out.read_text() == "last month's"
    assert [p.name for p in tmp_path.iterdir()] == ["visit.txt"]


def test_the_gui_still_starts_without_a_command() -> None:
    from mbc_desktop.__main__ import build_parser

    args = build_parser().parse_args(["--data-dir", "/tmp/x"])
    assert args.command is None
    assert args.data_dir == "/tmp/x"
    after = build_parser().parse_args(["summary", "--data-dir", "/tmp/y"])
    assert (after.command, after.data_dir) == ("summary", "/tmp/y")
    before = build_parser().parse_args(["--data-dir", "/tmp/z", "summary"])
    assert before.data_dir == "/tmp/z"


def test_the_next_appointment_is_the_default(journal_dir: Path) -> None:
    from mbc_desktop.__main__ import build_parser

    assert build_parser().parse_args(["summary"]).appointment == "next"
    assert build_parser().parse_args(["summary", "--appointment", "7"]).appointment == 7
    assert build_parser().parse_args(["summary", "--appointment", "2026-12-01"]).appointment == DAY
