"""Formatting speed: blinarefs against Pandoc's citeproc and against citeproc-py called naively.

    python benchmarks/bench_format.py              # 1,000 and 10,000 entries, both styles
    python benchmarks/bench_format.py --sizes 1000 --repeat 5

For each size and style (blood, vancouver), on the same synthetic library (synth.py) and
the same CSL-JSON (``Reference.to_csl(custom=False)``):

- pandoc: ``pandoc --citeproc`` from pypandoc-binary, whole process (start-up and reading
  the JSON included), plain-text output, every entry cited (``nocite: '@*'``);
- naive: citeproc-py as its README shows it: one CiteProcJSON source, every item registered
  in one bibliography, then ``bibliography()`` (style loading excluded);
- first: ``blinarefs.format_bibliography`` with nothing cached (style loading included);
- second: the same call again in a fresh state with only the on-disk cache of the first
  run, i.e. what reformatting an unchanged store costs.

Prints medians in seconds and the ratios, then how many entries blinarefs and Pandoc print
identically (1,000 entries). Run it on an otherwise idle machine: all timings share it.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from synth import make_library
from timing import median_seconds, print_table

from blinarefs.embedded import styles_dir  # synth put src/ on the path
from blinarefs.format import cache as cache_module
from blinarefs.format import format_bibliography

STYLES = ("blood", "vancouver")


def pandoc(items_path: Path, style: str) -> str:
    import pypandoc

    result = subprocess.run(
        [
            pypandoc.get_pandoc_path(),
            "--citeproc",
            "--csl",
            str(styles_dir() / f"{style}.csl"),
            "--bibliography",
            str(items_path),
            "--from",
            "markdown",
            "--to",
            "plain",
            "--wrap=none",
        ],
        input="---\nnocite: '@*'\n---\n",
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=True,
    )
    return result.stdout


def naive_citeproc(items: list[dict], style_path: Path) -> list[str]:
    from citeproc import (
        Citation,
        CitationItem,
        CitationStylesBibliography,
        CitationStylesStyle,
        formatter,
    )
    from citeproc.source.json import CiteProcJSON

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        style = CitationStylesStyle(str(style_path), validate=False)
        source = CiteProcJSON(items)
        bibliography = CitationStylesBibliography(style, source, formatter.plain)
        for item in items:
            bibliography.register(Citation([CitationItem(item["id"])]))
        return [str(entry) for entry in bibliography.bibliography()]


def fresh_state() -> None:
    """Forget everything a previous call kept in memory, as a new process would."""
    cache_module.forget()


def measure(refs, items, items_path: Path, style: str, repeat: int, tmp: Path) -> tuple:
    """One row of the table: the four timings and their ratios."""
    style_path = styles_dir() / f"{style}.csl"
    t_pandoc = median_seconds(lambda: pandoc(items_path, style), repeat)
    t_naive = median_seconds(lambda: naive_citeproc(items, style_path), repeat)

    def first():
        fresh_state()
        return format_bibliography(refs, style)

    disk = tmp / f"cache-{len(refs)}-{style}"

    def second():
        fresh_state()
        return format_bibliography(refs, style, cache_dir=disk)

    t_first = median_seconds(first, repeat)
    fresh_state()
    format_bibliography(refs, style, cache_dir=disk)  # fills the disk cache
    t_second = median_seconds(second, repeat)
    return (
        len(refs),
        style,
        t_pandoc,
        t_naive,
        t_first,
        t_second,
        f"{t_pandoc / t_first:.1f}x",
        f"{t_naive / t_first:.1f}x",
        f"{t_first / t_second:.0f}x",
    )


def agreement(refs, items_path: Path, style: str) -> str:
    theirs = [line for line in pandoc(items_path, style).splitlines() if line]
    ours = format_bibliography(refs, style)
    same = sum(a == b for a, b in zip(ours, theirs, strict=False))
    return f"{style}: {same} of {len(ours)} entries identical to Pandoc's ({len(theirs)} printed)"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--repeat", type=int, default=3, help="runs per median (default 3)")
    args = parser.parse_args()

    rows, notes = [], []
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        for n in args.sizes:
            refs = make_library(n)
            items = [r.to_csl(custom=False) for r in refs]
            items_path = tmp / f"items-{n}.json"
            items_path.write_text(json.dumps(items, ensure_ascii=False), encoding="utf-8")
            for style in STYLES:
                rows.append(measure(refs, items, items_path, style, args.repeat, tmp))
                if n == min(args.sizes):
                    notes.append(agreement(refs, items_path, style))

    workers = os.environ.get("BLINAREFS_WORKERS", "auto")
    print(f"median of {args.repeat} runs, seconds; blinarefs worker processes: {workers}")
    print_table(
        [
            "entries",
            "style",
            "pandoc",
            "naive citeproc-py",
            "blinarefs first",
            "blinarefs second",
            "pandoc/first",
            "naive/first",
            "first/second",
        ],
        rows,
    )
    for note in notes:
        print(note)


if __name__ == "__main__":
    main()
