"""Timing helpers shared by the benchmark scripts: medians, CPU, peak memory, a plain table."""

from __future__ import annotations

import os
import resource
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def checkout_env() -> dict[str, str]:
    """The environment for timed commands: this checkout's src/ first on the import path,
    so an installed blinarefs (editable or not) runs the sources being measured."""
    return {**os.environ, "PYTHONPATH": str(ROOT / "src")}


def console_script() -> str | None:
    """The ``blinarefs`` script installed next to this interpreter, else the one on PATH."""
    beside = Path(sys.executable).parent / "blinarefs"
    return str(beside) if beside.exists() else shutil.which("blinarefs")


def blinarefs_command(*args: str) -> list[str]:
    """``blinarefs ARGS`` as a user runs it: the console script, else ``python -m blinarefs``."""
    script = console_script()
    return [script, *args] if script else [sys.executable, "-m", "blinarefs", *args]


def median_seconds(fn: Callable[[], object], repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def median_command(cmd: Sequence[str], repeat: int = 10, **kwargs) -> float:
    """Median wall time of a whole process, start-up included."""
    return median_seconds(
        lambda: subprocess.run(cmd, check=True, capture_output=True, **kwargs), repeat
    )


def median_commands(
    cmds: Mapping[str, Sequence[str]], repeat: int = 20, warmup: int = 2, **kwargs
) -> dict[str, float]:
    """Median wall time of each command, runs interleaved (a, b, c, a, b, c, ...).

    Interleaving spreads a busy moment of the machine over every command instead of
    charging it to one, which matters when the commands differ by milliseconds.
    """
    times: dict[str, list[float]] = {name: [] for name in cmds}
    for round_ in range(warmup + repeat):
        for name, cmd in cmds.items():
            start = time.perf_counter()
            subprocess.run(cmd, check=True, capture_output=True, **kwargs)
            if round_ >= warmup:
                times[name].append(time.perf_counter() - start)
    return {name: statistics.median(t) for name, t in times.items()}


# Runs the command as its only child and reports that child's peak. Measuring from the
# benchmark itself would not do: a child started by fork or vfork inherits its parent's
# high-water mark, so every command would seem to need as much memory as the benchmark.
_PEAK_PROBE = """\
import resource, subprocess, sys, time
start = time.perf_counter()
code = subprocess.call(sys.argv[1:], stdout=subprocess.DEVNULL)
seconds = time.perf_counter() - start
print(seconds, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, code)
"""


def peak_memory_command(cmd: Sequence[str], **kwargs) -> tuple[float, int]:
    """(wall seconds, peak resident memory in bytes) of one fresh process running ``cmd``.

    Exit codes 0 and 1 both count as a full run (1: the command reported findings).
    """
    probe = subprocess.run(
        [sys.executable, "-c", _PEAK_PROBE, *cmd], capture_output=True, text=True, **kwargs
    )
    seconds, peak_kib, code = probe.stdout.split()
    if probe.returncode or int(code) not in (0, 1):
        raise subprocess.CalledProcessError(int(code), cmd, stderr=probe.stderr)
    return float(seconds), int(peak_kib) * 1024  # Linux reports KiB


def cpu_seconds() -> float:
    """CPU seconds of this process and of its finished children (worker processes)."""
    me, children = (resource.getrusage(w) for w in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
    return me.ru_utime + me.ru_stime + children.ru_utime + children.ru_stime


def print_table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> None:
    """Numbers right-aligned, text left-aligned, a rule under the headers."""
    cells = [[str(h) for h in headers]] + [[_fmt(c) for c in row] for row in rows]
    numeric = [[False] * len(headers)] + [[_is_number(c) for c in row] for row in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(headers))]
    for n, row in enumerate(cells):
        print(
            "  ".join(
                c.rjust(w) if num else c.ljust(w)
                for c, w, num in zip(row, widths, numeric[n], strict=True)
            ).rstrip()
        )
        if n == 0:
            print("  ".join("-" * w for w in widths))


def _is_number(value: object) -> bool:
    """Numbers, and numbers already formatted ("10,000"), are right-aligned."""
    if isinstance(value, str):
        return value.replace(",", "").replace(".", "", 1).isdigit()
    return isinstance(value, int | float) and not isinstance(value, bool)


def _fmt(value: object) -> str:
    if isinstance(value, float):
        return f"{value:.3f}" if value < 100 else f"{value:.0f}"
    return str(value)
