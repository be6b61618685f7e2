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
        [--source NAME]... [--baseline REV|none] [--show N] [--renumber] [--files GLOB]

The baseline, in the same run on the same lists, is the list splitter of another revision
(``--baseline``, by default ``be457a2``, the splitter before this round), exported with
``git archive`` and run in a child process. Tune on ``--split dev`` only.

``--renumber`` is a harder test, on each article's own list: for every number of 1 to 400
that a reference prints as a word of its own (a volume, an issue, a page, a year's part, a
DOI's digits), five neighbouring references of the list (the reference, the two before it
and the two after it) are numbered so that the reference itself, or the one after it,
carries that number (item numbers meeting an issue's "(" / "3" / ")" one token a line, a
volume, a page); the sub-list is parsed one a line and one token a line and both are scored
against the markup as ``bench_parse.py`` scores (entries, every field), with the largest
field gap and the sub-lists cut differently. Each reference is read once per distinct text,
so the run takes a few minutes. ``--baseline`` does not apply; compare revisions by running
this script in each. ``--files GLOB`` (quoted) reads JATS files outside the manifest instead
(``corpora/extra_dev.py`` gathers some), each file's source its folder's name.
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
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
BEFORE = "be457a2"  # the splitter before the fourth round's one-token-a-line changes
_TOKEN = re.compile(r"[^\W_]+|\S")
_NUMBER = re.compile(r"(?<![\d.])(\d{1,2})(?!\d)")


def _articles(split: str, files: str | None) -> list[Any]:
    """The split's articles or, with ``files`` (a quoted glob), JATS files outside the
    manifest (more dev material, as ``bench_parse.py --files`` scores it; each file's source
    its folder's name)."""
    sys.path[:0] = [str(HERE)]
    if files:
        from corpora.extra_dev import outside

        return outside(files)
    from corpora.obtain import articles

    return articles(split=split)


def _lists(split: str, sources: list[str], files: str | None) -> list[tuple[str, str, str]]:
    """(source, one a line, one token a line) for every reference and number it prints."""
    sys.path[:0] = [str(HERE)]
    from corpora.jats_truth import references

    refs = [
        (art.source, t.text)
        for art in _articles(split, files)
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


def _in_child(src: Path, split: str, sources: list[str], files: str | None) -> list[bool]:
    cmd = [sys.executable, __file__, "--child", str(src), "--split", split]
    for s in sources:
        cmd += ["--source", s]
    cmd += ["--files", files] if files else []
    done = subprocess.run(cmd, capture_output=True, text=True, check=True, cwd=ROOT)
    return list(json.loads(done.stdout))


_WINDOW = 2  # references kept on each side of the one whose number is met
# A printed text that repeats its label ("1. Baumann N..."): renumbered, two numbers would
# compete in every copy, so these are left out of ``--renumber``'s sub-lists.
_OWN_LABEL = re.compile(r"\d+\.\s")


def _renumbered(
    split: str, sources: list[str], files: str | None
) -> list[tuple[str, list[tuple[int, object]]]]:
    """(source, [(number, truth)...]) for every sub-list ``--renumber`` builds: for every
    reference and every number of 1 to 400 it prints as a word, its neighbours numbered so
    that it, or the reference after it, carries that number."""
    sys.path[:0] = [str(HERE)]
    from corpora.jats_truth import references

    out = []
    for art in _articles(split, files):
        if art.marker_style == "author-year" or (sources and art.source not in sources):
            continue
        refs = [
            t for t in references(art.path) if t.text and t.tagged and not _OWN_LABEL.match(t.text)
        ]
        seen: set[tuple[int, int]] = set()
        for p, truth in enumerate(refs):
            numbers = {int(t) for t in _TOKEN.findall(truth.text) if t.isdigit() and len(t) <= 3}
            for x in sorted(n for n in numbers if 1 <= n <= 400):
                for target in (p, p + 1):
                    start, end = max(0, p - _WINDOW), min(len(refs), p + _WINDOW + 1)
                    first = x - (target - start)
                    if target >= len(refs) or first < 1 or (start, first) in seen:
                        continue
                    seen.add((start, first))
                    window = [(first + k, t) for k, t in enumerate(refs[start:end])]
                    out.append((art.source, window))
    return out


def _renumber_report(split: str, sources: list[str], show: int, files: str | None) -> int:
    """Score the sub-lists of ``_renumbered`` one a line and one token a line."""
    sys.path[:0] = [str(ROOT / "src"), str(HERE)]
    from bench_parse import Tally
    from parse_scoring import FIELDS, score
    from timing import print_table

    from blinarefs.model import Reference

    read: dict[str, Reference] = {}  # an item's text -> its reading (read alone, as a list's)
    scored: dict[tuple[int, int], dict[str, bool]] = {}  # (truth, reading) ids -> score

    def parsed(text: str) -> tuple[dict[int, Reference], dict[int, str]]:
        items = list_items(text, read)
        return {n: r for n, r, _ in items}, {n: t.replace(" ", "") for n, _, t in items}

    tallies: dict[str, dict[str, Tally]] = {"one a line": {}, "one token a line": {}}
    cut: Counter[str] = Counter()
    lists: Counter[str] = Counter()
    shown = 0
    for source, window in _renumbered(split, sources, files):
        lines = [f"{n}. {t.text}" for n, t in window]  # type: ignore[attr-defined]
        one = "\n".join(lines) + "\n"
        tokens = "\n".join(tok for line in lines for tok in _TOKEN.findall(line)) + "\n"
        (got_one, items_one), (got_tokens, items_tokens) = parsed(one), parsed(tokens)
        lists[source] += 1
        if items_one != items_tokens:
            cut[source] += 1
            if shown < show:
                shown += 1
                print(f"\n[{source}] {one[:700]}\n  one a line:       {sorted(items_one)}"
                      f"\n  one token a line: {sorted(items_tokens)}")  # fmt: skip
                for n in sorted(set(items_one) | set(items_tokens)):
                    if items_one.get(n) != items_tokens.get(n):
                        print(f"  {n} token form: {(items_tokens.get(n) or '-')[:300]}")
        for layout, got in (("one a line", got_one), ("one token a line", got_tokens)):
            for group in (source, "ALL"):
                tally = tallies[layout].setdefault(group, Tally())
                for n, truth in window:
                    ref = got.get(n)
                    key = (id(truth), id(ref))
                    if key not in scored:
                        scored[key] = score(truth, ref)  # type: ignore[arg-type]
                    tally.add(truth, ref, scored[key])  # type: ignore[arg-type]
    rows = []
    for group in [*sorted(lists), "ALL"]:
        one_t, tok_t = tallies["one a line"][group], tallies["one token a line"][group]
        gaps = {k: float(one_t.pct(k)) - float(tok_t.pct(k)) for k in FIELDS if one_t.seen[k]}
        worst = max(gaps, key=lambda k: abs(gaps[k]))
        total = group == "ALL"
        rows.append([group, sum(lists.values()) if total else lists[group],
                     sum(cut.values()) if total else cut[group], one_t.refs, one_t.row("")[2],
                     tok_t.row("")[2], f"{gaps[worst]:.1f} ({worst})"])  # fmt: skip
    where = "files" if files else split
    print(f"\n## {where}: sub-lists renumbered onto the numbers their references print\n")
    print_table(("source", "sub-lists", "cut differently", "refs", "entries % one a line",
                 "entries % one token a line", "largest field gap (field)"), rows)  # fmt: skip
    headers = ("layout", "refs", "entries %", *FIELDS, "fields %", "exact %")
    print()
    print_table(headers, [tallies[layout]["ALL"].row(layout) for layout in tallies])
    return 0


def list_items(text: str, read: dict) -> list[tuple[int, Any, str]]:
    """The list's items in ``text``: number, reading and text, each item read alone as the
    parser reads a list's items (``read`` keeps readings by an item's text, so an item
    seen in another copy is not read again)."""
    from blinarefs.parse import _drop_trailing_text, _read, find_reference_section

    found = find_reference_section(text)
    items = list(found.items) if found else []
    if items:
        items[-1] = _drop_trailing_text(items[-1], [])
    for item in items:
        if item.text not in read:
            read[item.text] = _read(item).reference
    return [(i.number, read[i.text], i.text) for i in items]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=("dev", "heldout"), default="dev")
    ap.add_argument("--source", action="append", default=[], help="only this source (repeat)")
    ap.add_argument("--baseline", default=BEFORE, help="a git revision, or 'none'")
    ap.add_argument("--show", type=int, default=0, metavar="N", help="print N differing lists")
    ap.add_argument("--renumber", action="store_true", help="sub-lists renumbered, parsed")
    ap.add_argument("--files", metavar="GLOB", help="JATS files outside the manifest (quoted glob)")
    ap.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if "BLINAREFS_CORPORA" not in os.environ:
        print("set BLINAREFS_CORPORA to the corpus folder (benchmarks/corpora/README.md)")
        return 2
    if args.renumber:
        return _renumber_report(args.split, args.source, args.show, args.files)
    if args.child:  # the baseline's splitter, before anything imports this checkout's
        sys.path[:0] = [str(args.child)]
    lists = _lists(args.split, args.source, args.files)
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
            columns[args.baseline] = _in_child(
                Path(tmp) / "src", args.split, args.source, args.files
            )
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
    print(f"\n## {'files' if args.files else args.split}: lists cut differently one token a line\n")
    print_table(("source", "lists", *(f"differing, {n}" for n in columns)), rows)
    shown = [(source, one) for (source, one, _), bad in zip(lists, now, strict=True) if bad]
    for source, one in shown[: args.show]:
        print(f"\n[{source}] {one[:600]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
