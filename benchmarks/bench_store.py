"""Store load and save against plain bibtexparser and pybtex on the same .bib file.

For synthetic libraries of 1,000 / 10,000 / 100,000 entries (``synth.library_file``), times
``Store.load(path)`` and ``store.save(out)`` (and checks that the copy is byte-identical),
``bibtexparser.parse_file`` + ``write_string`` with their default stacks, and pybtex
``parse_file`` + ``to_string``; then the peak memory of ``blinarefs validate``, ``parse``
and ``build`` on 100,000 entries, each in a fresh process, with bibtexparser parsing the
same store as the baseline.

    python benchmarks/bench_store.py [--sizes 1000 10000 100000] [--no-memory]
                                     [--memory-entries N] [--every-command]

Targets (issue 7): load+save of 10,000 entries no slower than bibtexparser alone plus 20%;
peak memory of any command on 100,000 entries under 1 GiB.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import warnings
from pathlib import Path

from synth import data_dir, library_file, manuscript_file
from timing import (
    blinarefs_command,
    checkout_env,
    median_seconds,
    peak_memory_command,
    print_table,
)

from blinarefs.store import Store

TIME_TARGET = 1.2  # x bibtexparser
MEMORY_TARGET = 1024**3
MEMORY_ENTRIES = 100_000


def repeats(n: int) -> int:
    return 5 if n <= 1_000 else 3 if n <= 10_000 else 1


def bibtexparser_parse_write(path: Path) -> None:
    import bibtexparser

    with warnings.catch_warnings():  # the default unparse stack warns that it deep-copies
        warnings.simplefilter("ignore")
        bibtexparser.write_string(bibtexparser.parse_file(str(path)))


def pybtex_parse_write(path: Path) -> None:
    from pybtex.database import parse_file

    parse_file(str(path), bib_format="bibtex").to_string("bibtex")


def time_sizes(sizes: list[int], folder: Path) -> None:
    rows = []
    for n in sizes:
        path = library_file(n)
        out = folder / f"copy-{n}.bib"
        r = repeats(n)
        load = median_seconds(lambda p=path: Store.load(p), r)
        store = Store.load(path)
        save = median_seconds(lambda s=store, o=out: s.save(o), r)
        del store
        ours = load + save
        if out.read_bytes() != path.read_bytes():
            sys.exit(f"error: the store's copy of {path} is not byte-identical")
        btp = median_seconds(lambda p=path: bibtexparser_parse_write(p), r)
        pyb = median_seconds(lambda p=path: pybtex_parse_write(p), r)
        rows.append((f"{n:,}", r, load, save, ours, btp, pyb, ours / btp, ours / pyb))
        print(f"  {n:,} entries done", file=sys.stderr)
    print("Store load and save, seconds (medians of the runs given; load+save is their sum)")
    print_table(
        [
            "entries",
            "runs",
            "load",
            "save",
            "load+save",
            "bibtexparser",
            "pybtex",
            "x bibtexparser",
            "x pybtex",
        ],
        rows,
    )
    for row in rows:
        if row[0] == "10,000":
            verdict = "meets" if row[7] <= TIME_TARGET else "MISSES"
            print(
                f"\n{verdict} the target: 10,000 entries at {row[7]:.2f}x bibtexparser "
                f"(target <= {TIME_TARGET}x)"
            )


def other_commands(folder: Path, bib: Path, manuscript: Path) -> dict[str, list[str]]:
    """Every other command on the same library: exports in each format, then imports of
    those files into new stores, formatting, the checks, Pandoc and offline enrichment."""
    out = folder / "other"
    exports = {fmt: out / f"library.{fmt}" for fmt in ("bibtex", "csl-json", "ris", "endnote-xml")}
    runs = {
        f"blinarefs export STORE --to {fmt}": blinarefs_command(
            "export", str(bib), "--to", fmt, "-o", str(path), "-q"
        )
        for fmt, path in exports.items()
    }
    runs.update(
        {
            f"blinarefs import {fmt} export": blinarefs_command(
                "import", str(path), "-o", str(out / f"imported-{fmt}.bib"), "-q"
            )
            for fmt, path in exports.items()
        }
    )
    runs["blinarefs format STORE --to html"] = blinarefs_command(
        "format", str(bib), "--to", "html", "-o", str(out / "bibliography.html"), "-q"
    )
    runs["blinarefs check MANUSCRIPT --bib STORE"] = blinarefs_command(
        "check", str(manuscript), "--bib", str(bib), "--format", "html", "-o",
        str(out / "report.html"), "-q",
    )  # fmt: skip
    runs["blinarefs pandoc MANUSCRIPT --bib STORE"] = blinarefs_command(
        "pandoc", str(manuscript), "--bib", str(bib), "-o", str(out / "paper.md"), "-q"
    )
    runs["blinarefs enrich STORE --offline --dry-run"] = blinarefs_command(
        "enrich", str(bib), "--offline", "--dry-run", "-q"
    )
    out.mkdir(exist_ok=True)
    return runs


def measure_memory(folder: Path, n: int, every_command: bool = False) -> None:
    bib = library_file(n)
    manuscript = manuscript_file(1_000, n)
    env = checkout_env()
    baseline = (
        f"import bibtexparser; lib = bibtexparser.parse_file({str(bib)!r}); assert len(lib.entries)"
    )
    runs = {
        "bibtexparser parse_file (baseline)": [sys.executable, "-c", baseline],
        "blinarefs validate STORE": blinarefs_command("validate", str(bib), "-q"),
        "blinarefs parse MANUSCRIPT -o OUT": blinarefs_command(
            "parse", str(manuscript), "-o", str(folder / "parsed.bib"), "-q"
        ),
        "blinarefs build MANUSCRIPT -o OUTDIR": blinarefs_command(
            "build", str(manuscript), "-o", str(folder / "build"), "-q"
        ),
        "blinarefs build again (store in OUTDIR)": blinarefs_command(
            "build", str(manuscript), "-o", str(folder / "build"), "-q"
        ),
    }
    if every_command:
        runs.update(other_commands(folder, bib, manuscript))
    rows = []
    for name, cmd in runs.items():
        seconds, peak = peak_memory_command(cmd, env=env)
        rows.append((name, seconds, round(peak / 1024**2)))
        print(f"  {name} done", file=sys.stderr)
    print(f"\nPeak memory on {n:,} entries (one fresh process each)")
    print_table(["command", "seconds", "peak MiB"], rows)
    worst = max(rows[1:], key=lambda r: r[2])
    verdict = "meets" if worst[2] * 1024**2 < MEMORY_TARGET else "MISSES"
    print(f"\n{verdict} the target: largest peak {worst[2]:.0f} MiB ({worst[0]}; target < 1 GiB)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000, 100_000])
    parser.add_argument("--no-memory", action="store_true", help="skip the peak-memory runs")
    parser.add_argument(
        "--memory-entries",
        type=int,
        default=MEMORY_ENTRIES,
        metavar="N",
        help="size of the library and reference list for the peak-memory runs",
    )
    parser.add_argument(
        "--every-command",
        action="store_true",
        help="also measure export, import, format, check, pandoc and enrich (about 10 more "
        "minutes at 100,000 entries)",
    )
    args = parser.parse_args()
    sys.stdout.reconfigure(line_buffering=True)  # tables and progress lines in order
    print(f"({os.cpu_count()} cores; inputs in {data_dir()})\n")
    with tempfile.TemporaryDirectory() as tmp:
        time_sizes(args.sizes, Path(tmp))
        if not args.no_memory:
            measure_memory(Path(tmp), args.memory_entries, args.every_command)


if __name__ == "__main__":
    main()
