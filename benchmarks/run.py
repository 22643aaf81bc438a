"""Run the MBC Desktop benchmarks and print the results as Markdown tables.

    python3 dev.py bench [--runs 5] [--years 1,5,10,20] [--only startup,ui] [--quick]
    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/run.py [the same options]

Sections (see docs/performance.md for what each row measures):
  startup  first paint and data ready, each in a fresh process, against a bare QMainWindow
  memory   peak RSS with the journal open and every area visited, against the bare window
  summary  the summary built and written as a one-page PDF, against its HTML rendered alone
  ui       the actions in the real window, 95th percentile against the 16 ms frame
  plans    EXPLAIN QUERY PLAN of the SQL each area and action runs
  storage  QuestionService against raw sqlite3 doing the same SQL
The growth table (every size side by side) comes with startup and ui.

The journals (synthetic_journal.py) are built once per day into --work-dir, keyed by their
years, the seed, the day, the generator's code, the schema and the app's version.
"""

import argparse
import hashlib
import math
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from importlib.metadata import version
from pathlib import Path
from typing import Any

from _common import BENCH_DIR, FRAME_MS, markdown_table, median, ratio, run_probe

SECTIONS = ("startup", "memory", "summary", "ui", "plans", "storage")
SIZES = (1, 5, 10, 20)
MAIN_YEARS = 10  # the budgets are on the 10-year journal
ROOT = BENCH_DIR.parent
# The budgets.
FIRST_PAINT_BUDGET = 1.5  # × the bare window
DATA_READY_BUDGET = 3.0  # × the bare window
SUMMARY_BUDGET = 2.0  # × the same HTML rendered to PDF alone
MEMORY_BUDGET_MIB = 80.0  # over the bare window
GROWTH_LIMIT = 2.0  # 20-year ÷ 1-year value at most this: not growing with the journal
# Tables whose rows grow with the journal: a plan that scans one whole is marked.
GROWING_TABLES = ("questions", "appointments", "check_ins", "scores", "answers", "dose_steps")


def progress(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def p95(values: Sequence[float]) -> float:
    """The 95th percentile, nearest rank (of 20 samples: the 19th smallest)."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)]


def fmt(seconds: float) -> str:
    if math.isnan(seconds):
        return "–"
    value = 1000 * seconds
    return f"{value:.1f}" if value < 1000 else f"{value:,.0f}"


def span(values: Sequence[float]) -> str:
    return f"{fmt(min(values))}–{fmt(max(values))}" if values else "–"


def verdict(ok: bool) -> str:
    return "met" if ok else "**missed**"


def years_label(years: int) -> str:
    return f"{years}-year journal"


# --- the journals -----------------------------------------------------------------------------
def code_stamp() -> str:
    """The generator's code, the schema's head and the app's version."""
    migrate = (ROOT / "src" / "mbc_desktop" / "storage" / "migrate.py").read_text()
    head = re.search(r'SCHEMA_HEAD = "(\w+)"', migrate)
    init = (ROOT / "src" / "mbc_desktop" / "__init__.py").read_text()
    app_version = re.search(r'__version__ = "([^"]+)"', init)
    digest = hashlib.sha256((BENCH_DIR / "synthetic_journal.py").read_bytes())
    digest.update(f"{head and head.group(1)}|{app_version and app_version.group(1)}".encode())
    return digest.hexdigest()[:12]


def prepare(work: Path, sizes: Sequence[int], seed: int, rebuild: bool) -> dict[int, Path]:
    """One journal per size, built once a day (the story ends on the day it is built)."""
    day = datetime.now(UTC).date().isoformat()
    stamp = code_stamp()
    made = {}
    for years in sizes:
        prefix = f"journal-{years}y-seed{seed}-"
        folder = work / f"{prefix}{day}-{stamp}"
        for stale in work.glob(f"{prefix}*"):
            if stale != folder or rebuild:
                shutil.rmtree(stale, ignore_errors=True)
        if not (folder / "journal.sqlite").exists():
            shutil.rmtree(folder, ignore_errors=True)
            progress(f"Building the {years}-year journal in {folder} …")
            done = subprocess.run(
                [sys.executable, str(BENCH_DIR / "synthetic_journal.py"), str(folder),
                 "--years", str(years), "--seed", str(seed)],
                capture_output=True, text=True, check=False,
            )  # fmt: skip
            if done.returncode != 0:
                raise RuntimeError(f"building the {years}-year journal failed:\n{done.stderr}")
            progress("  " + done.stderr.strip().splitlines()[-1])
        made[years] = folder
    return made


def journal_facts(folder: Path) -> dict[str, float]:
    import sqlite3

    path = folder / "journal.sqlite"
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        facts: dict[str, float] = {
            table: db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("check_ins", "scores", "appointments", "questions", "medications")
        }
    finally:
        db.close()
    facts["megabytes"] = path.stat().st_size / 1024 / 1024
    return facts


# --- what the probes measured -----------------------------------------------------------------
@dataclass
class Results:
    sizes: Sequence[int]
    main: int
    runs: int
    # start-up: case → list of {mark: seconds from spawn, …}
    starts: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    # UI: years → action → samples (seconds), and the per-area switch times of the main size
    actions: dict[int, dict[str, list[float]]] = field(default_factory=dict)
    areas: dict[str, list[float]] = field(default_factory=dict)
    gc_pauses: list[float] = field(default_factory=list)  # full collections, main size
    plans: list[dict[str, Any]] = field(default_factory=list)
    summary: dict[str, Any] = field(default_factory=dict)
    storage: dict[str, dict[str, list[float]]] = field(default_factory=dict)
    facts: dict[int, dict[str, float]] = field(default_factory=dict)
    home: dict[str, str] = field(default_factory=dict)

    def marks(self, case: str, mark: str) -> list[float]:
        return [sample[mark] for sample in self.starts.get(case, []) if mark in sample]


TIME_MARKS = ("t0", "painted", "data_set", "data_ready")  # perf_counter() values from the probes


def startup_samples(journals: dict[int, Path], work: Path, results: Results, warm: bool) -> None:
    """Fresh processes, ``runs`` rounds (after one thrown away when ``warm``)."""
    cases: dict[str, tuple[str, list[str]]] = {"bare": ("probe_bare_window.py", [])}
    for years, folder in journals.items():
        cases[f"data-{years}"] = ("probe_app_start.py", [str(folder), "data"])
    cases["visit"] = ("probe_app_start.py", [str(journals[results.main]), "visit"])
    cases["first_start"] = ("probe_app_start.py", [])  # a new folder each run
    for run in range(0 if warm else 1, results.runs + 1):
        progress(f"start-up run {run}/{results.runs}" + (" (warm-up)" if run == 0 else ""))
        for case, (script, args) in cases.items():
            scratch = Path(tempfile.mkdtemp(dir=work))
            if case == "first_start":
                args = [str(scratch / "data"), "data"]
            spawned, result = run_probe(script, *args)
            shutil.rmtree(scratch)
            if run:
                sample = {k: v - spawned if k in TIME_MARKS else v for k, v in result.items()}
                results.starts.setdefault(case, []).append(sample)
                if case == f"data-{results.main}":
                    results.home = result.get("home", {})


def ui_samples(
    journals: dict[int, Path],
    results: Results,
    runs: int,
    reps: int,
    plans: bool,
    actions: str | None = None,
) -> None:
    """``actions``: only these of the probe's rounds (its --actions), e.g. "save_check_in"."""
    for years, folder in journals.items():
        for run in range(1, runs + 1):
            progress(f"UI actions, {years} years, run {run}/{runs}")
            want_plans = plans and years == results.main and run == 1
            args = [str(folder), str(reps)] + (["--plans"] if want_plans else [])
            args += ["--actions", actions] if actions else []
            result = run_probe("probe_ui_actions.py", *args)[1]
            for action, samples in result["actions"].items():
                results.actions.setdefault(years, {}).setdefault(action, []).extend(samples)
            saves = result["actions"].get(SAVE_ROW)
            if saves:
                # The save a person makes once a day: the overview is shown for the first time.
                results.actions[years].setdefault(FIRST_SAVE_ROW, []).append(saves[0])
            if years == results.main:
                for area, samples in result["areas"].items():
                    results.areas.setdefault(area, []).extend(samples)
                results.gc_pauses += result.get("gc", [])
            if want_plans:
                results.plans = result["plans"]


def plans_only(journals: dict[int, Path], results: Results) -> None:
    progress(f"query plans, {results.main} years")
    result = run_probe("probe_ui_actions.py", str(journals[results.main]), "1", "--plans")[1]
    results.plans = result["plans"]


def summary_samples(journals: dict[int, Path], results: Results, reps: int) -> None:
    built: list[float] = []
    alone: list[float] = []
    for run in range(1, results.runs + 1):
        progress(f"summary run {run}/{results.runs}")
        result = run_probe("probe_summary.py", str(journals[results.main]), str(reps))[1]
        built += result["built"]
        alone += result["html_only"]
        results.summary = {**result, "built": built, "html_only": alone}


def storage_samples(journals: dict[int, Path], results: Results, reps: int) -> None:
    for run in range(1, results.runs + 1):
        progress(f"storage run {run}/{results.runs}")
        found = run_probe("probe_storage_ops.py", str(journals[results.main]), str(reps))[1]
        for side in ("service", "raw"):
            for op, samples in found[side].items():
                results.storage.setdefault(side, {}).setdefault(op, []).extend(samples)


# --- the tables -------------------------------------------------------------------------------
# The UI rows (probe_ui_actions.py's names) in the budget, in order; and the extra rows.
SAVE_ROW = "save a check-in (Enter)"
UI_BUDGET_ROWS = (
    "add a question (Enter)",
    SAVE_ROW,
    "question search, per keystroke",
    "Learn search, per keystroke",
    "switch area (Ctrl+1…9)",
    "open a trend chart (pick a symptom)",
)
FIRST_SAVE_ROW = "save a check-in, the first in its process"
UI_EXTRA_ROWS = ("trend span → All", "build every area, Home shown (attach)", FIRST_SAVE_ROW)
# Rows whose growth compares medians (one sample a run), not p95s.
UI_MEDIAN_ROWS = ("build every area, Home shown (attach)", FIRST_SAVE_ROW)


def budget_rows(main: int) -> list[str]:
    """The first column of the budget table (the smoke test checks every one is printed)."""
    journal = years_label(main)
    return [
        f"First paint, {journal} ÷ bare window",
        f"Data ready, {journal} ÷ bare window",
        f"Summary as a one-page PDF, {journal} ÷ its HTML to PDF alone",
        *(f"p95 of {row}, {journal}" for row in UI_BUDGET_ROWS),
        f"Peak memory, {journal}, every area visited − bare window",
        "Growth: 20-year ÷ 1-year (data ready and every action)",
    ]


def expected_rows(main: int, sizes: Sequence[int]) -> list[str]:
    """The start of the first cell of every row a full report has (the smoke test's list)."""
    journal = years_label(main)
    rows = budget_rows(main)
    rows.append("Bare PySide6 QMainWindow: first paint (baseline)")
    for years in sizes:
        rows += [f"MBC Desktop, {years_label(years)}: {what}" for what in ("first paint",
                 "data ready")]  # fmt: skip
    rows.append("First start (new folder, schema made, welcome shown): data ready")
    rows += [
        "Bare PySide6 QMainWindow, painted (baseline)",
        f"MBC Desktop, {journal}, data ready",
        f"MBC Desktop, {journal}, every area visited",
        f"Summary built and written as a PDF ({journal}",
        "The same final HTML rendered to a PDF alone (baseline)",
        *UI_BUDGET_ROWS,
        *UI_EXTRA_ROWS,
        "check-ins / scores",
        "journal file MB",
        "first paint ms",
        "data ready ms",
        *(f"{name} ms" for name in (*UI_BUDGET_ROWS, *UI_EXTRA_ROWS)),
    ]
    return rows


def budget_table(results: Results, sections: set[str]) -> str:
    labels = iter(budget_rows(results.main))
    rows: list[list[str]] = []
    bare = median(results.marks("bare", "painted"))
    data = f"data-{results.main}"

    def add(measured: str, limit: str, ok: bool | None) -> None:
        rows.append([next(labels), measured, limit, "–" if ok is None else verdict(ok)])

    if "startup" in sections:
        painted = median(results.marks(data, "painted")) / bare
        ready = median(results.marks(data, "data_ready")) / bare
        add(f"{painted:.2f}×", f"≤ {FIRST_PAINT_BUDGET}×", painted <= FIRST_PAINT_BUDGET)
        add(f"{ready:.2f}×", f"≤ {DATA_READY_BUDGET:.0f}×", ready <= DATA_READY_BUDGET)
    else:
        add("not run", "", None)
        add("not run", "", None)
    if "summary" in sections and results.summary:
        times = median(results.summary["built"]) / median(results.summary["html_only"])
        one_page = results.summary["pages"] == 1
        pages = "" if one_page else f" ({results.summary['pages']} pages!)"
        within = times <= SUMMARY_BUDGET and one_page
        add(f"{times:.2f}×{pages}", f"≤ {SUMMARY_BUDGET:.0f}×", within)
    else:
        add("not run", "", None)
    actions = results.actions.get(results.main, {})
    for row in UI_BUDGET_ROWS:
        if row in actions:
            value = 1000 * p95(actions[row])
            add(f"{value:.1f} ms", f"< {FRAME_MS:.0f} ms", value < FRAME_MS)
        else:
            add("not run", "", None)
    if "memory" in sections:
        extra = median([s["visited_rss_mib"] for s in results.starts["visit"]]) - median(
            [s["peak_rss_mib"] for s in results.starts["bare"]]
        )
        add(f"+{extra:.0f} MiB", f"≤ +{MEMORY_BUDGET_MIB:.0f} MiB", extra <= MEMORY_BUDGET_MIB)
    else:
        add("not run", "", None)
    growth = growth_ratios(results)
    if growth:
        worst_name, worst = max(growth.items(), key=lambda item: item[1])
        add(
            f"at most {worst:.1f}× ({worst_name})",
            f"≤ {GROWTH_LIMIT:.0f}× (20 times the entries)",
            worst <= GROWTH_LIMIT,
        )
    else:
        add("needs the 1- and 20-year journals", "", None)
    return markdown_table(["Budget", "measured", "limit", "verdict"], rows)


def startup_table(results: Results) -> str:
    bare = results.marks("bare", "painted")
    rows = [["Bare PySide6 QMainWindow: first paint (baseline)", fmt(median(bare)), span(bare),
             "1.0×"]]  # fmt: skip
    for years in results.sizes:
        for mark, what in (("painted", "first paint"), ("data_ready", "data ready")):
            values = results.marks(f"data-{years}", mark)
            rows.append(
                [f"MBC Desktop, {years_label(years)}: {what}", fmt(median(values)), span(values),
                 ratio(median(values), median(bare))]
            )  # fmt: skip
    first = results.marks("first_start", "data_ready")
    rows.append(
        ["First start (new folder, schema made, welcome shown): data ready", fmt(median(first)),
         span(first), ratio(median(first), median(bare))]
    )  # fmt: skip
    headers = ["Start-up (spawn → mark, fresh process)", "median ms", "min–max ms", "× bare"]
    return markdown_table(headers, rows)


def memory_table(results: Results) -> str:
    bare = median([s["peak_rss_mib"] for s in results.starts["bare"]])
    main = years_label(results.main)
    rows = [["Bare PySide6 QMainWindow, painted (baseline)", f"{bare:.0f}", ""]]
    for label, case, key in (
        (f"MBC Desktop, {main}, data ready", f"data-{results.main}", "peak_rss_mib"),
        (f"MBC Desktop, {main}, every area visited", "visit", "visited_rss_mib"),
    ):
        value = median([s[key] for s in results.starts[case]])
        rows.append([label, f"{value:.0f}", f"+{value - bare:.0f}"])
    return markdown_table(["Process (peak RSS, VmHWM)", "MiB", "+MiB over bare"], rows)


def summary_table(results: Results) -> str:
    built, alone = results.summary["built"], results.summary["html_only"]
    main = years_label(results.main)
    compact = "compact" if results.summary["compact"] else "normal"
    left = {k: v for k, v in results.summary["left_out"].items() if v}
    note = f"{results.summary['pages']} page(s), {compact}" + (f", left out {left}" if left else "")
    rows = [
        [f"Summary built and written as a PDF ({main}; {note})", fmt(median(built)), span(built),
         ratio(median(built), median(alone))],
        ["The same final HTML rendered to a PDF alone (baseline)", fmt(median(alone)),
         span(alone), "1.0×"],
    ]  # fmt: skip
    return markdown_table(["Summary", "median ms", "min–max ms", "× HTML alone"], rows)


def ui_table(results: Results) -> str:
    actions = results.actions.get(results.main, {})
    rows = []
    for name in (*UI_BUDGET_ROWS, *UI_EXTRA_ROWS):
        samples = actions.get(name)
        if not samples:
            continue
        within = "" if name in UI_EXTRA_ROWS else ("yes" if p95(samples) * 1000 < FRAME_MS
                                                   else "**NO**")  # fmt: skip
        rows.append([name, fmt(median(samples)), fmt(p95(samples)), fmt(max(samples)),
                     str(len(samples)), within])  # fmt: skip
    headers = [f"UI action ({years_label(results.main)})", "median ms", "p95 ms", "max ms", "n",
               "p95 < 16 ms?"]  # fmt: skip
    table = markdown_table(headers, rows)
    if results.areas:
        area_rows = [
            [title, fmt(median(samples)), fmt(p95(samples)), fmt(max(samples))]
            for title, samples in results.areas.items()
        ]
        table += "\n\n" + markdown_table(
            ["Switch to (Ctrl+1…9)", "median ms", "p95 ms", "max ms"], area_rows
        )
    pauses = results.gc_pauses
    table += (
        f"\n\nFull (generation 2) garbage collections while the actions ran: {len(pauses)}"
        + (
            f", {fmt(median(pauses))} ms median, {fmt(max(pauses))} ms the longest"
            if pauses
            else ""
        )
        + " (a sample that met one has it in its time)."
    )
    return table


def growth_ratios(results: Results) -> dict[str, float]:
    """20-year ÷ 1-year medians of data ready and of each action's p95."""
    if 1 not in results.sizes or 20 not in results.sizes:
        return {}
    found = {}
    ready = [median(results.marks(f"data-{y}", "data_ready")) for y in (1, 20)]
    if not any(math.isnan(v) for v in ready):
        found["data ready"] = ready[1] / ready[0]
    for row in UI_BUDGET_ROWS:
        values = [p95(results.actions.get(y, {}).get(row, [])) for y in (1, 20)]
        if not any(math.isnan(v) for v in values) and values[0] > 0:
            found[row] = values[1] / values[0]
    return found


def growth_table(results: Results) -> str:
    sizes = results.sizes
    headers = ["Growth (medians; actions: p95)", *(f"{y} y" for y in sizes)]
    last = "20 y ÷ 1 y" if 1 in sizes and 20 in sizes else ""
    if last:
        headers.append(last)
    rows = []
    facts = [
        ("check-ins / scores", lambda f: f"{f['check_ins']:,.0f} / {f['scores']:,.0f}"),
        ("questions / appointments", lambda f: f"{f['questions']:,.0f} / {f['appointments']:,.0f}"),
        ("journal file MB", lambda f: f"{f['megabytes']:.1f}"),
    ]
    for label, show in facts:
        row = [label, *(show(results.facts[y]) for y in sizes)]
        rows.append(row + ([""] if last else []))

    def line(label: str, values: list[float]) -> None:
        row = [label, *(fmt(v) for v in values)]
        if last:
            one, twenty = values[sizes.index(1)], values[sizes.index(20)]
            row.append(ratio(twenty, one) if one > 0 and not math.isnan(twenty) else "–")
        rows.append(row)

    if results.starts:
        line("first paint ms", [median(results.marks(f"data-{y}", "painted")) for y in sizes])
        line("data ready ms", [median(results.marks(f"data-{y}", "data_ready")) for y in sizes])
    if results.actions:
        for name in (*UI_BUDGET_ROWS, *UI_EXTRA_ROWS):
            values = [results.actions.get(y, {}).get(name, []) for y in sizes]
            pick: Callable[[Sequence[float]], float] = median if name in UI_MEDIAN_ROWS else p95
            line(f"{name} ms", [pick(v) for v in values])
    return markdown_table(headers, rows)


def _short_sql(statement: str) -> str:
    text = re.sub(r"SELECT (.{50,}?) FROM", "SELECT … FROM", statement)
    text = re.sub(r"\(SELECT .{120,}\)", "(SELECT …)", text)
    text = re.sub(r"\(\?(, \?)+\)", "(?, …)", text)
    text = re.sub(r"LIMIT \? OFFSET \?", "LIMIT ?", text)
    text = text.replace("|", "\\|")
    return text if len(text) <= 160 else text[:157] + "…"


def whole_table_scans(plan: Sequence[str]) -> list[str]:
    """The growing tables the plan reads whole ("SCAN t", with or without an index)."""
    found = []
    for line in plan:
        match = re.match(r"SCAN (\w+)", line)
        if match and match.group(1) in GROWING_TABLES:
            found.append(match.group(1))
    return found


def plans_table(results: Results) -> str:
    """One row per distinct statement: where it ran, its plan, and whether it reads a whole
    growing table."""
    by_sql: dict[str, dict[str, Any]] = {}
    for entry in results.plans:
        sql = _short_sql(entry["sql"])
        phase = entry["phase"]
        if phase == "probe":  # the probe's own check, not the app's
            continue
        if phase in ("between", "start"):
            phase = "set-up or idle (not timed)"
        found = by_sql.setdefault(sql, {"phases": [], "plan": entry["plan"]})
        if phase not in found["phases"]:
            found["phases"].append(phase)
    rows = []
    for sql, found in by_sql.items():
        scans = whole_table_scans(found["plan"])
        rows.append(
            [
                "; ".join(_short_phase(p) for p in found["phases"]),
                f"`{sql}`",
                "; ".join(found["plan"]).replace("|", "\\|"),
                "**" + ", ".join(scans) + "**" if scans else "",
            ]
        )
    headers = [f"Where ({years_label(results.main)})", "SQL", "EXPLAIN QUERY PLAN",
               "whole table read"]  # fmt: skip
    return markdown_table(headers, rows, right_aligned=False)


def _short_phase(phase: str) -> str:
    return phase.split(" (")[0].split(",")[0]


def storage_table(results: Results) -> str:
    service, raw = results.storage["service"], results.storage["raw"]
    rows = []
    for op, times in service.items():
        app, base = median(times), median(raw[op])
        rows.append([op, f"{1000 * app:.2f}", f"{1000 * base:.2f}", ratio(app, base)])
    count = results.facts[results.main]["questions"]
    headers = [f"Operation ({count:,.0f} questions)", "QuestionService ms", "raw sqlite3 ms",
               "× raw"]  # fmt: skip
    return markdown_table(headers, rows)


def header(results: Results, options: str) -> str:
    try:
        commit = subprocess.run(
            ["git", "describe", "--always", "--dirty"],
            cwd=BENCH_DIR, capture_output=True, text=True, check=True,
        ).stdout.strip()  # fmt: skip
    except (OSError, subprocess.CalledProcessError):
        commit = "unknown"
    return (
        f"Date {datetime.now(UTC).date().isoformat()} · commit {commit} · {platform.system()} "
        f"{platform.machine()}, {os.cpu_count()} cores · Python {platform.python_version()} · "
        f"PySide6 {version('PySide6-Essentials')} · SQLAlchemy {version('SQLAlchemy')} · "
        f"QT_QPA_PLATFORM={os.environ.get('QT_QPA_PLATFORM', '(unset)')} · {options}"
    )


def report(results: Results, sections: set[str], options: str) -> str:
    out = [header(results, options), "### Budgets", budget_table(results, sections)]
    if "startup" in sections:
        out += ["### Start-up", startup_table(results)]
        if results.home:
            home = results.home
            out.append(
                f"Home at data ready ({years_label(results.main)}): {home.get('next', '')} · "
                f"{home.get('counts', '')} · "
                + (home.get("flagged", "").replace("\n", " · ") or "(nothing flagged)")
            )
    if "memory" in sections:
        out += ["### Memory", memory_table(results)]
    if "summary" in sections and results.summary:
        out += ["### Summary", summary_table(results)]
    if "ui" in sections:
        out += ["### UI actions", ui_table(results)]
    if sections & {"startup", "ui"}:
        out += ["### Growth", growth_table(results)]
    if "plans" in sections and results.plans:
        out += ["### Query plans", plans_table(results)]
    if "storage" in sections and results.storage:
        out += ["### Storage", storage_table(results)]
    return "\n\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="processes per case; 5")
    parser.add_argument("--years", default=",".join(map(str, SIZES)), help="journal sizes")
    parser.add_argument("--ui-runs", type=int, default=3, help="UI processes per size; 3")
    parser.add_argument("--ui-reps", type=int, default=20, help="rounds per action per run")
    parser.add_argument(
        "--ui-actions",
        help="only some UI rounds (probe_ui_actions.py --actions), e.g. save_check_in,switch_area",
    )
    parser.add_argument("--summary-reps", type=int, default=5, help="per run; 5")
    parser.add_argument("--storage-reps", type=int, default=20, help="per run; 20")
    parser.add_argument("--only", default=",".join(SECTIONS), help=f"some of {SECTIONS}")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--quick", action="store_true",
                        help="the 1-year journal only, 1 run, few repetitions (CI)")  # fmt: skip
    parser.add_argument(
        "--work-dir", type=Path, default=Path(tempfile.gettempdir()) / "mbc-desktop-benchmarks"
    )
    parser.add_argument("--rebuild", action="store_true", help="build the journals again")
    args = parser.parse_args(argv)
    sections = set(args.only.split(","))
    if unknown := sections - set(SECTIONS):
        parser.error(f"unknown sections: {', '.join(sorted(unknown))}")
    sizes = tuple(sorted({int(y) for y in args.years.split(",")}))
    if args.quick:
        sizes, args.runs, args.ui_runs, args.ui_reps = (1,), 1, 1, 3
        args.summary_reps, args.storage_reps = 1, 2
    main_years = MAIN_YEARS if MAIN_YEARS in sizes else max(sizes)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    args.work_dir.mkdir(parents=True, exist_ok=True)
    journals = prepare(args.work_dir, sizes, args.seed, args.rebuild)
    results = Results(sizes=sizes, main=main_years, runs=args.runs)
    results.facts = {years: journal_facts(folder) for years, folder in journals.items()}

    if sections & {"startup", "memory"}:
        startup_samples(journals, args.work_dir, results, warm=not args.quick)
    if "summary" in sections:
        summary_samples(journals, results, args.summary_reps)
    if "ui" in sections:
        ui_samples(
            journals,
            results,
            args.ui_runs,
            args.ui_reps,
            plans="plans" in sections,
            actions=args.ui_actions,
        )
    elif "plans" in sections:
        plans_only(journals, results)
    if "storage" in sections:
        storage_samples(journals, results, args.storage_reps)
    options = (
        f"{args.runs} run(s) per case (start-up: one fresh process each"
        + ("" if args.quick else ", after a warm-up run")
        + f"); UI: {args.ui_runs} run(s) per size, {args.ui_reps} rounds per action each; "
        + (f"only {args.ui_actions}; " if args.ui_actions else "")
        + f"summary: {args.summary_reps} per run"
        + (" · --quick" if args.quick else "")
    )
    print(report(results, sections, options))
    return 0


if __name__ == "__main__":
    sys.exit(main())
