"""Trace and check against the manuscript's length: linear, 10,000 sentences under a second.

    python benchmarks/bench_trace.py [--repeat 5]

Builds synthetic manuscripts of 10 to 10,000 sentences (benchmarks/synth.py: flattened
superscript citations in order of first citation, one reference per 25 sentences, the
numbered list at the end). Times ``trace_manuscript`` + ``check_trace`` on each text already
in memory with its references already parsed (what ``blinarefs build`` does after its parse
stage), and the whole of ``check`` with the reference-list parse included. Prints medians of
wall time and of CPU time (steadier on a busy, shared machine) and the time per sentence: a
flat per-sentence column is linear scaling. The baseline, measured in the same run, is the
cheapest possible pass over the same text (one regex finding every digit run); the last
column is how many such passes the whole analysis costs.
"""

from __future__ import annotations

import argparse
import re
import statistics
import time

from synth import make_manuscript
from timing import median_seconds, print_table

from blinarefs.parse import parse_reference_list
from blinarefs.trace.checks import check_trace
from blinarefs.trace.manuscript import trace_manuscript

SIZES = (10, 100, 1_000, 10_000)


def median_cpu_seconds(fn, repeat: int) -> float:
    """CPU time of this process, which other jobs on the machine do not inflate."""
    times = []
    for _ in range(repeat):
        start = time.process_time()
        fn()
        times.append(time.process_time() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    rows = []
    for n in SIZES:
        text = make_manuscript(n, max(1, n // 25))
        parsed = parse_reference_list(text)
        refs, body_end = parsed.references, parsed.body_end

        def traced(text=text, refs=refs, body_end=body_end):
            return check_trace(trace_manuscript(text, refs, body_end=body_end))

        def whole(text=text):
            return check_trace(trace_manuscript(text))

        def scan(text=text):
            return sum(1 for _ in re.finditer(r"\d+", text))

        trace = trace_manuscript(text, refs, body_end=body_end)
        wall = median_seconds(traced, args.repeat)
        cpu = median_cpu_seconds(traced, args.repeat)
        cpu_whole = median_cpu_seconds(whole, args.repeat)
        base = median_cpu_seconds(scan, args.repeat)
        rows.append(
            (n, len(trace.citations), wall, cpu, cpu_whole, cpu / n * 1e6, cpu / max(base, 1e-6))
        )
    print_table(
        (
            "sentences",
            "markers",
            "trace+check wall s",
            "cpu s",
            "cpu s with list parse",
            "cpu µs/sentence",
            "x digit scan",
        ),
        rows,
    )


if __name__ == "__main__":
    main()
