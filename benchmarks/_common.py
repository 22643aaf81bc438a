"""Helpers shared by the benchmark runner and its probe scripts. Standard library only.

Probes are small scripts that ``run.py`` starts in a fresh ``python`` process. Each one prints a
single JSON object as the last line of its standard output; ``run_probe`` reads it back.
Times are ``time.perf_counter()`` values. On Linux that clock is CLOCK_MONOTONIC, which is shared
by every process on the machine, so a probe's timestamps can be compared with the moment the
runner started it.
"""

import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NoReturn, TypeVar

BENCH_DIR = Path(__file__).resolve().parent
# Probes import the app from bytecode, as an installed app does (wheels and the bundle ship it):
# the first run of a module writes it here, whatever PYTHONDONTWRITEBYTECODE says.
BYTECODE_CACHE = Path(tempfile.gettempdir()) / "mbc-desktop-benchmarks" / "bytecode"
FRAME_MS = 16.0
T = TypeVar("T")


# --- inside a probe ---------------------------------------------------------------------------
def peak_rss_mib() -> float:
    """The most resident memory this process has had (VmHWM), in MiB."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return kib / 1024 if sys.platform != "darwin" else kib / 1024 / 1024  # macOS: bytes


def emit(result: dict[str, Any]) -> None:
    """Hand ``result`` to the runner (the last line of standard output)."""
    print(json.dumps(result), flush=True)


def finish(result: dict[str, Any]) -> NoReturn:
    """Report and leave at once: tearing the app down is not part of any measurement."""
    emit(result)
    sys.stderr.flush()
    os._exit(0)


def private_copy(data_dir: Path, into: Path) -> Path:
    """A copy of a data folder, so that a probe that writes leaves the original as it was."""
    copy = into / data_dir.name
    shutil.copytree(data_dir, copy)
    return copy


class NoneRefs:
    """Counts the references to ``None`` an action loses, and makes up for them.

    PySide6 6.12.0 (the version in .venv) returns ``None`` from every void Qt method without
    taking a reference to it. On CPython 3.12 and newer ``None`` is immortal and nothing
    happens; on 3.11 each call lowers None's reference count by one, and when it reaches zero
    the interpreter aborts ("Fatal Python error: none_dealloc"). A 3,000-question list loses
    thousands per keystroke, so a probe would crash part-way. ``top_up`` (run outside the timed
    part) keeps a list of extra references so that the measurements can finish.
    """

    def __init__(self, floor: int = 300_000) -> None:
        self.affected = sys.version_info < (3, 12)
        self._floor = floor
        self._ballast: list[None] = []

    @staticmethod
    def count() -> int:
        return sys.getrefcount(None)

    def top_up(self) -> None:
        if self.affected and (missing := self._floor - sys.getrefcount(None)) > 0:
            self._ballast.extend([None] * missing)


# --- in the runner ----------------------------------------------------------------------------
def run_probe(
    script: str, *args: str, env: dict[str, str] | None = None, timeout: float = 900
) -> tuple[float, dict[str, Any]]:
    """Run ``benchmarks/<script>`` in a new interpreter; returns (time started, its result).

    The probe reads (and, on its first run, writes) bytecode in ``BYTECODE_CACHE``: compiling
    the app from source at every start is not what a person's start-up costs.
    """
    command = [sys.executable, str(BENCH_DIR / script), *args]
    full_env = {
        **{k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"},
        "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        "PYTHONPYCACHEPREFIX": str(BYTECODE_CACHE),
    }
    started = time.perf_counter()
    done = subprocess.run(
        command, capture_output=True, text=True, timeout=timeout, env={**full_env, **(env or {})}
    )
    lines = done.stdout.strip().splitlines()
    if done.returncode != 0 or not lines:
        raise RuntimeError(
            f"{script} {' '.join(args)} failed ({done.returncode}):\n{done.stderr[-3000:]}"
        )
    return started, json.loads(lines[-1])


def median(values: Sequence[float]) -> float:
    return statistics.median(values) if values else float("nan")


def ms(seconds: float) -> str:
    return f"{1000 * seconds:.1f}" if seconds < 10 else f"{1000 * seconds:.0f}"


def ratio(value: float, baseline: float) -> str:
    return f"{value / baseline:.1f}×" if baseline > 0 else "–"


def markdown_table(
    headers: Sequence[str], rows: Sequence[Sequence[str]], *, right_aligned: bool = True
) -> str:
    """A Markdown table, padded so that it also reads well in a terminal. Every column but the
    first is right-aligned (numbers), unless ``right_aligned`` is False."""
    widths = [max(len(str(row[i])) for row in [headers, *rows]) for i in range(len(headers))]

    def line(cells: Sequence[str], numeric: bool) -> str:
        padded = []
        for i, cell in enumerate(cells):
            right = right_aligned and numeric and i > 0 and _looks_numeric(str(cell))
            padded.append(str(cell).rjust(widths[i]) if right else str(cell).ljust(widths[i]))
        return "| " + " | ".join(padded) + " |"

    rule = "|" + "|".join(
        "-" * (w + 1) + ":" if i > 0 and right_aligned else "-" * (w + 2)
        for i, w in enumerate(widths)
    )
    return "\n".join([line(headers, False), rule + "|", *(line(row, True) for row in rows)])


def _looks_numeric(text: str) -> bool:
    return bool(text) and (text[0].isdigit() or text[0] in "+-–")


def timed(action: Callable[..., T], *args: Any) -> tuple[float, T]:
    """Call ``action(*args)``; returns (seconds it took, what it returned)."""
    started = time.perf_counter()
    result = action(*args)
    return time.perf_counter() - started, result
