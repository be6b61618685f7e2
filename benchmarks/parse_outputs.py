"""Every field the parser gives for the dev lists, written down, to show a change left them alone.

A change made for speed must not change a single output. This script parses each dev
article's list in each of ``bench_parse.py``'s layouts (one a line, one token a line, one
element a line, numbers dropped), the lists of JATS files outside the manifest (``--files``),
optionally each article's list in every one-token-a-line copy of ``eval_token_stress.py``
(``--stress``) and the 10,000-reference speed list (``--speed-list``), and writes every
entry in full (every attribute of each reference, its names' parts), the list's warnings,
doubts and failures and where it starts, one JSON line per list, gzipped. ``--compare OLD``
then says which lists differ from an earlier run's file, and shows the first few entries
that do (``--compare-only NEW`` compares two files written already; a file cut short, by
a run still going or stopped, is compared on the lists it holds in full). ``--every N``
keeps every N-th article (a quick check while working; ``--start K`` from the K-th: runs
with K = 0..N-1 share the work, and ``--compare`` takes their files in turn).

    BLINAREFS_CORPORA=DIR python benchmarks/parse_outputs.py --out /tmp/before.jsonl.gz \\
        [--files GLOB]... [--stress] [--speed-list] [--every N [--start K]] [--compare OLD]
    python benchmarks/parse_outputs.py --compare OLD --compare-only NEW

Dev only: no held-out article is read.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import sys
from collections.abc import Iterator
from dataclasses import astuple
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent / "src")]

from bench_parse import list_layouts, speed_text  # noqa: E402
from corpora.extra_dev import outside  # noqa: E402
from corpora.jats_truth import references  # noqa: E402
from corpora.obtain import articles  # noqa: E402
from eval_token_stress import LAYOUTS, _tokens  # noqa: E402

from blinarefs.parse import ParsedList, parse_reference_list  # noqa: E402


def written(parsed: ParsedList) -> list[str]:
    """Everything a parse gave, one line each: every reference's attributes in full (not
    its repr, which cuts long values), then the warnings, doubts, failures and list start."""
    out = [repr(astuple(ref)) for ref in parsed.references]
    out += [f"warning {w!r}" for w in parsed.warnings]
    out += [f"doubt {astuple(d)!r}" for d in parsed.doubts]
    out += [f"failure {f!r}" for f in parsed.failures]
    s = parsed.section
    where = None if s is None else (s.start, s.start_line, s.notes, s.numbered, s.after)
    out.append(f"section {where!r}")
    return out


def lists(
    files: list[str], stress: bool, speed_list: bool, every: int = 1, start: int = 0
) -> Iterator[tuple[str, str]]:
    """(name, text) of every list to parse, in a fixed order (every ``every``-th article
    from the ``start``-th)."""
    arts = [a for glob in files for a in outside(glob)] + list(articles(split="dev"))
    r = random.Random(17)
    for art in arts[start::every]:
        for layout, text in list_layouts(art.path).items():
            yield f"{art.path} | {layout}", text
        if stress:
            items = [(t.number, t.text or "", None) for t in references(art.path) if t.text]
            for layout, style in LAYOUTS.items():
                yield f"{art.path} | stress {layout}", _tokens(items, style, r)
    if speed_list:
        yield "speed list", speed_text()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", help="the file to write (gzipped JSON lines)")
    ap.add_argument("--files", action="append", default=[], metavar="GLOB",
                    help="JATS files outside the manifest too (quoted glob; repeat)")  # fmt: skip
    ap.add_argument("--stress", action="store_true", help="eval_token_stress's copies too")
    ap.add_argument("--speed-list", action="store_true", help="the 10,000-reference list too")
    ap.add_argument("--every", type=int, default=1, metavar="N", help="every N-th article only")
    ap.add_argument("--start", type=int, default=0, metavar="K", help="from the K-th article")
    ap.add_argument("--compare", metavar="OLD", help="an earlier run's file to compare with")
    ap.add_argument("--compare-only", metavar="NEW", help="compare NEW, written already, with OLD")
    args = ap.parse_args()
    if args.compare_only and args.compare:
        return compare(args.compare, args.compare_only)
    if not args.out or args.compare_only:
        ap.error("give --out FILE to write, or --compare OLD --compare-only NEW")
    seen: set[str] = set()
    with gzip.open(args.out, "wt", encoding="utf-8") as out:
        for name, text in lists(args.files, args.stress, args.speed_list, args.every, args.start):
            if name in seen:  # SAME_LISTS repeats the one-a-line text
                continue
            seen.add(name)
            out.write(json.dumps([name, written(parse_reference_list(text))]) + "\n")
    print(f"{len(seen)} lists written to {args.out}")
    return compare(args.compare, args.out) if args.compare else 0


def _read(path: str) -> dict[str, list[str]]:
    """The lists a run wrote; of a run still going or stopped short (a shared machine's
    whole run takes an hour), the lists it wrote in full: ``--compare`` takes those."""
    out: dict[str, list[str]] = {}
    with gzip.open(path, "rt", encoding="utf-8") as f:
        try:
            for line in f:
                name, lines = json.loads(line)
                out[name] = lines
        except (EOFError, json.JSONDecodeError):  # cut short: its last line half written
            pass
    return out


def compare(old_path: str, new_path: str, show: int = 5) -> int:
    """0 when every list both files hold gave the same lines; the differences shown."""
    old, new = _read(old_path), _read(new_path)
    both = old.keys() & new.keys()
    differ = sorted(name for name in both if old[name] != new[name])
    for name in differ[:show]:
        print(f"\n{name}:")
        changed = [(a, b) for a, b in zip(old[name], new[name], strict=False) if a != b]
        for a, b in changed[:3]:
            print(f"  before: {a[:600]}\n  after:  {b[:600]}")
        if len(old[name]) != len(new[name]):
            print(f"  lines: {len(old[name])} before, {len(new[name])} after")
    only = len(old.keys() ^ new.keys())
    print(f"\n{len(both)} lists in both files, {len(differ)} differ; {only} in one file only")
    return 1 if differ else 0


if __name__ == "__main__":
    raise SystemExit(main())
