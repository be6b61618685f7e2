"""A list copied one token a line, where a number a reference prints equals the next item's.

One token a line, a number alone on its line may be a list's number or a volume, an issue,
a page, a DOI's digits or a decimal ("Fict Comput Biol" / "7" / "." / "doi", "volume" /
"1" / ".", "...25" / "." / "29" / "." / "PubMed"). A real list meets that only where the
number equals the next item's, so a benchmark over whole lists sees it rarely. Here each
real reference of the chosen split (its printed ``<mixed-citation>`` text) is put, for each
number from 2 to 60 it prints, at the place of the list where that number is the next
item's, among other references of the same split; the list is cut one a line and one token
a line (as ``bench_parse.py`` does) and a list counts as differing when the items differ
(their numbers, or their texts without spaces). Lists of author-year articles are left out.

    BLINAREFS_CORPORA=DIR python benchmarks/eval_token_numbers.py [--split dev|heldout]
        [--source NAME]... [--baseline REV|none] [--show N]

The baseline, in the same run on the same lists, is the list splitter of another revision
(``--baseline``, by default ``be457a2``, the splitter before this round), exported with
``git archive`` and run in a child process. Tune on ``--split dev`` only.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
BEFORE = "be457a2"  # the splitter before the fourth round's one-token-a-line changes
_TOKEN = re.compile(r"[^\W_]+|\S")
_NUMBER = re.compile(r"(?<![\d.])(\d{1,2})(?!\d)")


def _lists(split: str, sources: list[str]) -> list[tuple[str, str, str]]:
    """(source, one a line, one token a line) for every reference and number it prints."""
    sys.path[:0] = [str(HERE)]
    from corpora.jats_truth import references
    from corpora.obtain import articles

    refs = [
        (art.source, t.text)
        for art in articles(split=split)
        if art.marker_style != "author-year" and (not sources or art.source in sources)
        for t in references(art.path)
        if t.text and t.tagged
    ]
    others = [text for _, text in refs if re.match(r"[A-Z][a-z]+ [A-Z]{1,3},", text)][:400]
    r = random.Random(13)
    out = []
    for source, text in refs:
        for n in sorted({int(x) for x in _NUMBER.findall(text) if 2 <= int(x) <= 60}):
            items = r.sample(others, min(n, len(others)))
            if len(items) < n:
                break
            items[n - 2] = text
            lines = [f"{k}. {x}" for k, x in enumerate(items, 1)]
            tokens = "\n".join(t for line in lines for t in _TOKEN.findall(line)) + "\n"
            out.append((source, "\n".join(lines) + "\n", tokens))
    return out


def _differing(lists: list[tuple[str, str, str]]) -> list[bool]:
    """For each list, whether the splitter cuts its two copies differently."""
    from blinarefs.parse import find_reference_section

    def items(text: str) -> dict[int, str]:
        found = find_reference_section(text)
        return {i.number: i.text.replace(" ", "") for i in found.items} if found else {}

    return [items(one) != items(tokens) for _, one, tokens in lists]


def _in_child(src: Path, split: str, sources: list[str]) -> list[bool]:
    cmd = [sys.executable, __file__, "--child", str(src), "--split", split]
    for s in sources:
        cmd += ["--source", s]
    done = subprocess.run(cmd, capture_output=True, text=True, check=True, cwd=ROOT)
    return list(json.loads(done.stdout))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=("dev", "heldout"), default="dev")
    ap.add_argument("--source", action="append", default=[], help="only this source (repeat)")
    ap.add_argument("--baseline", default=BEFORE, help="a git revision, or 'none'")
    ap.add_argument("--show", type=int, default=0, metavar="N", help="print N differing lists")
    ap.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if "BLINAREFS_CORPORA" not in os.environ:
        print("set BLINAREFS_CORPORA to the corpus folder (benchmarks/corpora/README.md)")
        return 2
    if args.child:  # the baseline's splitter, before anything imports this checkout's
        sys.path[:0] = [str(args.child)]
    lists = _lists(args.split, args.source)
    if args.child:
        print(json.dumps(_differing(lists)))
        return 0
    sys.path[:0] = [str(ROOT / "src")]
    now = _differing(lists)
    columns: dict[str, list[bool]] = {}
    if args.baseline != "none":
        with tempfile.TemporaryDirectory(prefix="blinarefs-baseline-") as tmp:
            archive = subprocess.run(
                ["git", "archive", args.baseline, "src/blinarefs"], cwd=ROOT, capture_output=True
            )
            if archive.returncode:
                print(f"baseline {args.baseline!r} not found", file=sys.stderr)
                return 2
            subprocess.run(["tar", "-x", "-C", tmp], input=archive.stdout, check=True)
            columns[args.baseline] = _in_child(Path(tmp) / "src", args.split, args.source)
    columns["this checkout"] = now
    sys.path[:0] = [str(HERE)]
    from timing import print_table

    counts: dict[str, Counter[str]] = {name: Counter() for name in columns}
    total: Counter[str] = Counter(source for source, _, _ in lists)
    for name, flags in columns.items():
        for (source, _, _), bad in zip(lists, flags, strict=True):
            counts[name][source] += bad
    rows = [
        [src, total[src], *(counts[name][src] for name in columns)]
        for src in sorted(total)
        if any(counts[name][src] for name in columns)
    ]
    rows.append(["ALL", sum(total.values()), *(sum(counts[n].values()) for n in columns)])
    print(f"\n## {args.split}: lists cut differently one token a line\n")
    print_table(("source", "lists", *(f"differing, {n}" for n in columns)), rows)
    shown = [(source, one) for (source, one, _), bad in zip(lists, now, strict=True) if bad]
    for source, one in shown[: args.show]:
        print(f"\n[{source}] {one[:600]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
