"""Trace and check against the manuscript's length: linear, 10,000 sentences under a second.

    python benchmarks/bench_trace.py [--repeat 5]

Builds synthetic manuscripts of 10 to 10,000 sentences (benchmarks/synth.py: flattened
superscript citations in order of first citation, one reference per 25 sentences, the
numbered list at the end), then times ``trace_manuscript`` + ``check_trace`` on each text
already in memory, the way ``blinarefs check`` runs them after reading the file. Prints the
median and the time per sentence; a flat "per sentence" column is linear scaling. The
baseline is the cheapest possible pass over the same text (one regex finding every digit
run), measured in the same run, so the ratio says how much the whole analysis costs over
merely looking at every number.
"""

from __future__ import annotations

import argparse
import re

from synth import make_manuscript
from timing import median_seconds, print_table

from blinarefs.parse import parse_reference_list
from blinarefs.trace.checks import check_trace
from blinarefs.trace.manuscript import trace_manuscript

SIZES = (10, 100, 1_000, 10_000)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    rows = []
    for n in SIZES:
        text = make_manuscript(n, max(1, n // 25))
        parsed = parse_reference_list(text)
        refs, body_end = parsed.references, parsed.body_end

        def run(text=text, refs=refs, body_end=body_end):
            return check_trace(trace_manuscript(text, refs, body_end=body_end))

        def scan(text=text):
            return sum(1 for _ in re.finditer(r"\d+", text))

        trace = trace_manuscript(text, refs, body_end=body_end)
        full = median_seconds(lambda text=text: check_trace(trace_manuscript(text)), args.repeat)
        t = median_seconds(run, args.repeat)
        base = median_seconds(scan, args.repeat)
        rows.append((n, len(trace.citations), len(trace.claims), t, full, t / n * 1e6, t / base))
    print_table(
        (
            "sentences",
            "markers",
            "claims",
            "trace+check s",
            "with list parse s",
            "µs/sentence",
            "x digit scan",
        ),
        rows,
    )


if __name__ == "__main__":
    main()
