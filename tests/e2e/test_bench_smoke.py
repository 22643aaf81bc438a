"""The benchmark harness still runs end to end (so it cannot rot): `benchmarks/run.py --quick`
builds the 1-year journal, starts the app in fresh processes, times the UI actions and the
summary, explains the queries, and prints every table with every row. No timing is judged
here (the machine decides those); only that each row came out with figures in it."""

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BENCHMARKS = ROOT / "benchmarks"
HEADINGS = (
    "### Budgets",
    "### Start-up",
    "### Memory",
    "### Summary",
    "### UI actions",
    "### Growth",
    "### Query plans",
    "### Storage",
)


def expected_rows() -> list[str]:
    """The runner's own list of rows for a quick run (the 1-year journal)."""
    done = subprocess.run(
        [sys.executable, "-c", "import json, run; print(json.dumps(run.expected_rows(1, (1,))))"],
        cwd=BENCHMARKS,
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    rows = json.loads(done.stdout)
    assert isinstance(rows, list)
    return [str(row) for row in rows]


@pytest.mark.slow
def test_the_quick_benchmark_prints_every_table_and_row(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, str(BENCHMARKS / "run.py"), "--quick", "--work-dir", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=900,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stderr[-3000:]
    report = done.stdout
    for heading in HEADINGS:
        assert heading in report, heading
    cells = [line.split("|")[1].strip() for line in report.splitlines() if line.startswith("| ")]
    # Exactly the row's name; the summary's row goes on with what the page held.
    missing = [
        row
        for row in expected_rows()
        if not any(c == row or (row.endswith("journal") and c.startswith(row)) for c in cells)
    ]
    assert missing == []
    # Every measured row has a figure: nothing "not run", no NaN.
    assert "not run" not in report
    assert re.search(r"\bnan\b", report, re.IGNORECASE) is None
    budgets = report.split("### Budgets", 1)[1].split("###", 1)[0]
    assert len(re.findall(r"\| (met|\*\*missed\*\*) +\|", budgets)) >= 10
    # The query plans were explained, and Home showed the journal's next appointment.
    assert "SEARCH" in report.split("### Query plans", 1)[1]
    assert "planned" in report.split("Home at data ready", 1)[1].splitlines()[0]
