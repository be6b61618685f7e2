"""Pathological text against every command: each must stay linear, 40,000 characters < 1 s.

    python benchmarks/bench_pathological.py [--sizes 10000 20000 40000] [--only parse]

Each hostile run (a character or a short piece repeated: the shapes that made the old
patterns backtrack, issue 18) is put where a user's text goes: a reference line for
``parse`` and ``import``, a sentence of the manuscript for ``trace``, ``check``, ``pandoc``
and ``build``, a title for ``validate``, ``format`` and ``export``. Every command runs in
this process (``blinarefs.cli.main``, output discarded) on 10k, 20k and 40k characters.
The baseline, in the same run, is the same command on ordinary text of the same length;
the table prints the time at each size, the ratio of the largest to the smallest (linear:
about 4 for 4x the text) and the ratio to the baseline. The target: every cell at 40k under
1 s.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import tempfile
import time
from pathlib import Path

from timing import print_table

from blinarefs.cli import main

RUNS = {
    "full stops": ".",
    "stops, spaces": ". ;",
    "\\cite": "\\cite",
    "\\cite{": "\\cite{a",
    "1,": "1,",
    "[@": "[@",
    "@": "@",
    "2020;(": "2020;(",
    "[": "[",
    "(": "(",
    "{": "{",
    "^": "^",
    "digits": "1",
    "letters": "a",
    "Name et al.": "Smith et al. ",
    "spaces": " ",
}
ORDINARY = "Ordinary words of a sentence about leukaemia. "
COMMANDS = ("parse", "import", "trace", "check", "pandoc", "build", "validate", "format", "export")
REFERENCE = "1. Madeup A, Invented B. A made-up title for a benchmark. J Test. 2020;1(2):3-4.\n"


def _files(folder: Path, body: str) -> dict[str, Path]:
    reflist = folder / "list.txt"
    # "x" after the run: a run that ends the text can match where one followed by a letter
    # backtracks (the old clean-up of "..." runs)
    reflist.write_text(f"{REFERENCE}2. Madeup A. Title {body}x\n", encoding="utf-8")
    manuscript = folder / "ms.txt"
    manuscript.write_text(
        f"Introduction\n\nA claim [1]. {body}x [1].\n\nReferences\n\n{REFERENCE}", encoding="utf-8"
    )
    bib = folder / "refs.bib"
    title = body.replace("{", "(").replace("}", ")").replace("\\", "/")
    bib.write_text(
        f"@article{{madeup2020, author = {{Madeup, A.}}, title = {{{title}}},\n"
        "  journal = {J Test}, year = {2020}, volume = {1}, pages = {3--4}}\n",
        encoding="utf-8",
    )
    return {"list": reflist, "ms": manuscript, "bib": bib}


def _argv(command: str, f: dict[str, Path], out: Path) -> list[str]:
    return {
        "parse": ["parse", str(f["list"])],
        "import": ["import", str(f["list"]), "--from", "text"],
        "trace": ["trace", str(f["ms"])],
        "check": ["check", str(f["ms"]), "--format", "html", "-o", str(out / "r.html")],
        "pandoc": ["pandoc", str(f["ms"]), "-o", str(out / "p.md")],
        "build": ["build", str(f["ms"]), "-o", str(out / "build"), "--skip", "enrich"],
        "validate": ["validate", str(f["bib"])],
        "format": ["format", str(f["bib"]), "--to", "html"],
        "export": ["export", str(f["bib"]), "--to", "ris"],
    }[command]


def _time(command: str, body: str, folder: Path) -> float:
    with tempfile.TemporaryDirectory(dir=folder) as tmp:
        files = _files(Path(tmp), body)
        sink = io.StringIO()
        start = time.perf_counter()
        with contextlib.redirect_stdout(sink), contextlib.redirect_stderr(sink):
            main(_argv(command, files, Path(tmp)))
        return time.perf_counter() - start


def main_() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 20_000, 40_000])
    parser.add_argument("--only", nargs="+", default=list(COMMANDS), choices=COMMANDS)
    args = parser.parse_args()
    sizes = sorted(args.sizes)
    rows, worst = [], 0.0
    with tempfile.TemporaryDirectory() as folder:
        for command in args.only:
            base = [
                _time(command, (ORDINARY * (n // len(ORDINARY) + 1))[:n], Path(folder))
                for n in sizes
            ]
            rows.append([command, "(ordinary text)", *base, base[-1] / base[0], 1.0])
            for name, piece in RUNS.items():
                times = [
                    _time(command, (piece * (n // len(piece) + 1))[:n], Path(folder)) for n in sizes
                ]
                worst = max(worst, times[-1])
                rows.append(
                    [command, name, *times, times[-1] / times[0], times[-1] / max(base[-1], 1e-9)]
                )
    print_table(
        ["command", "run", *(f"{n // 1000}k s" for n in sizes), "growth", "x ordinary"], rows
    )
    verdict = "meets" if worst < 1.0 else "MISSES the target"
    print(f"slowest at {sizes[-1]:,} characters: {worst:.2f} s; {verdict} (< 1 s)")


if __name__ == "__main__":
    main_()
