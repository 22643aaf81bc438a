"""Run the MBC Desktop benchmarks and print the results as Markdown tables.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/run.py [--runs 5] [--only ui,storage]

Sections (see benchmarks/README.md for what each one measures):
  startup  each case in a fresh process, against a bare PySide6 QMainWindow
  memory   peak RSS of those same start-up processes
  storage  QuestionService on the 10-year journal, against raw sqlite3 doing the same SQL
  ui       actions on the 10-year journal in the real window, against the 16 ms frame budget

The journals are built once with synthetic_journal.py into --work-dir and reused while
synthetic_journal.py is unchanged (--rebuild builds them again).
"""

import argparse
import hashlib
import os
import platform
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from datetime import date
from importlib.metadata import version
from pathlib import Path
from typing import Any

from _common import BENCH_DIR, FRAME_MS, markdown_table, median, ms, ratio, run_probe

SECTIONS = ("startup", "memory", "storage", "ui")


@dataclass(frozen=True)
class Journals:
    empty: Path
    ten_years: Path
    work: Path


def progress(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


# --- the journals -----------------------------------------------------------------------------
def prepare(work: Path, questions: int, seed: int, rebuild: bool) -> Journals:
    import synthetic_journal

    stamp = hashlib.sha256((BENCH_DIR / "synthetic_journal.py").read_bytes()).hexdigest()[:16]
    made = {}
    for name, count in (("empty", 0), ("ten_years", questions)):
        folder = work / f"journal-{count}q-seed{seed}-{stamp}"
        if rebuild and folder.exists():
            shutil.rmtree(folder)
        if not (folder / "journal.sqlite").exists():
            shutil.rmtree(folder, ignore_errors=True)
            progress(f"Building the {count}-question journal in {folder} …")
            report = synthetic_journal.build(folder, count, seed)
            progress(
                f"  {report.questions} questions, {report.answered} answered, {report.visits} "
                f"visits: {report.seconds:.1f} s for {report.transactions} service transactions"
            )
        made[name] = folder
    return Journals(made["empty"], made["ten_years"], work)


# --- start-up and memory ----------------------------------------------------------------------
def startup_samples(journals: Journals, runs: int) -> dict[str, list[dict[str, float]]]:
    """Per case, one dict per run: seconds from spawn to each mark, plus peak RSS."""
    cases: dict[str, tuple[str, list[str]]] = {
        "bare": ("probe_bare_window.py", []),
        "window": ("probe_app_start.py", [str(journals.empty), "painted"]),
        "empty": ("probe_app_start.py", [str(journals.empty), "pane"]),
        "ten_years": ("probe_app_start.py", [str(journals.ten_years), "pane"]),
        "first_start": ("probe_app_start.py", []),  # a new folder each run: see below
    }
    samples: dict[str, list[dict[str, float]]] = {case: [] for case in cases}
    for run in range(runs + 1):  # run 0 warms the file cache and is thrown away
        progress(f"start-up run {run}/{runs}")
        for case, (script, args) in cases.items():
            scratch = Path(tempfile.mkdtemp(dir=journals.work))
            if case == "first_start":
                args = [str(scratch / "data"), "pane"]
            spawned, result = run_probe(script, *args)
            shutil.rmtree(scratch)
            if run:
                t0 = result.pop("t0")
                rss = result.pop("peak_rss_mib")
                sample = {mark: t - spawned for mark, t in result.items()}
                samples[case].append({**sample, "interpreter": t0 - spawned, "rss": rss})
    return samples


STARTUP_ROWS = (
    ("Bare PySide6 QMainWindow: first paint (baseline)", "bare", "painted"),
    ("MBC Desktop window: first paint (`first_painted`)", "window", "painted"),
    ("Empty journal: areas ready", "empty", "pane_ready"),
    ("Empty journal: Home painted", "empty", "pane_painted"),
    ("10-year journal: areas ready", "ten_years", "pane_ready"),
    ("10-year journal: Home painted", "ten_years", "pane_painted"),
    ("First start (new folder, schema created, welcome shown): pane painted", "first_start",
     "pane_painted"),
)  # fmt: skip


def startup_table(samples: dict[str, list[dict[str, float]]]) -> str:
    def mid(case: str, key: str) -> float:
        return median([sample[key] for sample in samples[case]])

    baseline = mid("bare", "painted")
    rows = []
    for label, case, mark in STARTUP_ROWS:
        interpreter = mid(case, "interpreter")
        in_process = median([s[mark] - s["interpreter"] for s in samples[case]])
        total = mid(case, mark)
        rows.append([label, ms(interpreter), ms(in_process), ms(total), ratio(total, baseline)])
    headers = ["Start-up (fresh process)", "interpreter ms", "in-process ms", "total ms", "× bare"]
    return markdown_table(headers, rows)


def memory_table(samples: dict[str, list[dict[str, float]]]) -> str:
    labels = {
        "bare": "Bare PySide6 QMainWindow, painted (baseline)",
        "window": "MBC Desktop window, painted (no journal yet)",
        "empty": "MBC Desktop, empty journal, Home painted",
        "ten_years": "MBC Desktop, 10-year journal, Home painted",
    }
    baseline = median([s["rss"] for s in samples["bare"]])
    rows = []
    for case, label in labels.items():
        rss = median([s["rss"] for s in samples[case]])
        rows.append([label, f"{rss:.0f}", ratio(rss, baseline)])
    return markdown_table(["Process", "peak RSS MiB", "× bare"], rows)


# --- storage and UI ---------------------------------------------------------------------------
def pooled(results: list[dict[str, Any]], *keys: str) -> dict[str, list[float]]:
    """Join the per-run sample lists found at ``result[keys...]``."""
    joined: dict[str, list[float]] = {}
    for result in results:
        found = result
        for key in keys:
            found = found[key]
        for name, values in found.items():
            joined.setdefault(name, []).extend(values)
    return joined


def storage_table(journals: Journals, runs: int, reps: int) -> str:
    results = []
    for run in range(1, runs + 1):
        progress(f"storage run {run}/{runs}")
        results.append(run_probe("probe_storage_ops.py", str(journals.ten_years), str(reps))[1])
    service, raw = pooled(results, "service"), pooled(results, "raw")
    rows = []
    for op, times in service.items():
        app, base = median(times), median(raw[op])
        rows.append([op, f"{1000 * app:.2f}", f"{1000 * base:.2f}", ratio(app, base)])
    headers = ["Operation (3,000 questions)", "QuestionService ms", "raw sqlite3 ms", "× raw"]
    return markdown_table(headers, rows)


def ui_table(journals: Journals, runs: int, reps: int) -> tuple[str, list[str]]:
    results = []
    for run in range(1, runs + 1):
        progress(f"UI run {run}/{runs}")
        results.append(run_probe("probe_ui_actions.py", str(journals.ten_years), str(reps))[1])
    times, lost = pooled(results, "actions"), pooled(results, "none_refs_lost")
    shown = results[-1]["shown"]
    show_lost = sys.version_info < (3, 12)
    rows, over = [], []
    for action, samples in times.items():
        middle = 1000 * median(samples)
        within = middle <= FRAME_MS
        if not within:
            over.append(f"{action}: {middle:.0f} ms, {middle - FRAME_MS:.0f} ms over")
        row = [action, f"{middle:.1f}", f"{1000 * max(samples):.1f}", ratio(middle, FRAME_MS)]
        row.append("yes" if within else "**NO**")
        row.append(str(shown[action]) if action in shown else "")
        if show_lost:
            row.append(f"{median(lost[action]):.0f}")
        rows.append(row)
    headers = ["UI action (10-year journal)", "median ms", "max ms", "× frame", "≤ 16 ms?"]
    headers.append("rows shown after")
    if show_lost:
        headers.append("None refs lost")
    return markdown_table(headers, rows), over


# --- the report -------------------------------------------------------------------------------
def header(runs: int, storage_reps: int, ui_reps: int, sections: set[str]) -> str:
    try:
        commit = subprocess.run(
            ["git", "describe", "--always", "--dirty"],
            cwd=BENCH_DIR,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        commit = "unknown"
    return "\n".join(
        [
            f"Date {date.today().isoformat()} · commit {commit} · {platform.system()} "
            f"{platform.machine()}, {os.cpu_count()} cores · Python {platform.python_version()} · "
            f"PySide6 {version('PySide6-Essentials')} · SQLAlchemy {version('SQLAlchemy')} · "
            f"QT_QPA_PLATFORM={os.environ.get('QT_QPA_PLATFORM', '(unset)')}",
            f"Medians over {runs} runs: "
            + "; ".join(
                text
                for section, text in (
                    ("startup", "start-up and memory: one fresh process per run"),
                    ("storage", f"storage: {runs} × {storage_reps} repetitions"),
                    ("ui", f"UI: {runs} × {ui_reps} repetitions"),
                )
                if section in sections or (section == "startup" and "memory" in sections)
            )
            + ".",
        ]
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="runs (processes) per case; 5")
    parser.add_argument("--storage-reps", type=int, default=20, help="per run; 20")
    parser.add_argument("--ui-reps", type=int, default=3, help="per run; 3 (slow actions!)")
    parser.add_argument("--only", default=",".join(SECTIONS), help=f"some of {SECTIONS}")
    parser.add_argument("--questions", type=int, default=3000)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument(
        "--work-dir", type=Path, default=Path(tempfile.gettempdir()) / "mbc-desktop-benchmarks"
    )
    parser.add_argument("--rebuild", action="store_true", help="build the journals again")
    args = parser.parse_args(argv)
    sections = set(args.only.split(","))
    if unknown := sections - set(SECTIONS):
        parser.error(f"unknown sections: {', '.join(sorted(unknown))}")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    args.work_dir.mkdir(parents=True, exist_ok=True)
    journals = prepare(args.work_dir, args.questions, args.seed, args.rebuild)

    out = [header(args.runs, args.storage_reps, args.ui_reps, sections)]
    over: list[str] = []
    if sections & {"startup", "memory"}:
        samples = startup_samples(journals, args.runs)
        if "startup" in sections:
            out.append(startup_table(samples))
        if "memory" in sections:
            out.append(memory_table(samples))
    if "storage" in sections:
        out.append(storage_table(journals, args.runs, args.storage_reps))
    if "ui" in sections:
        table, over = ui_table(journals, args.runs, args.ui_reps)
        out.append(table)
    if over:
        out.append("Over the 16 ms frame budget:\n" + "\n".join(f"- {item}" for item in over))
    print("\n\n".join(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
