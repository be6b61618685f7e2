"""Where the evidence misses come from: the match, the source text, or the ranking.

For every development (or training) citation whose annotators' sentence is not among the
three blinarefs shows, one cause, the first that applies:

1. **the annotation is no sentence**: every annotated span is a fragment under four words
   ("Vpx"), which the benchmark's match (``evidence_match.hit``) does not count;
2. **not in the text we index**: no sentence of our index matches an annotated one, either
   (a) the annotated text is in the source but our splitting or filtering left it out or
   cut it (a title, a heading, a span our splitter joined to its neighbour), or (b) it is
   not in the source text at all (a table, a caption or a section the source lacks);
3. **a near match**: a shown sentence shares 60% to 80% of an annotated sentence's words (or
   of its own): where the text was cut differently this is a correct pick scored wrong, where
   it is another sentence saying much the same (the abstract's version of a result) it is a
   miss; ``--show near`` prints them to read;
4. **ranked lower**: the annotated sentence is among our index's sentences but ranked 4th to
   10th, 11th to 30th, or outside the learnt ranker's 30 candidates.

Also counted: misses whose annotated sentence is next to a shown one (what showing each
sentence with its neighbour would find, at twice the reading).

    python benchmarks/bench_evidence_misses.py [--source citation-integrity|cl-scisumm]
        [--part dev|evidence-dev|supports-dev|evidence-train]
        [--show near|cut|absent|ranked|outside]

Development and training parts only: a test part's misses are never read.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_evidence import SOURCES, load
from evidence_match import gold_sentences, hit, plain
from timing import print_table

from blinarefs.evidence.retrieve import SourceIndex
from blinarefs.evidence.text import terms
from blinarefs.evidence.verdict import check_claim, claim_figures

PARTS = {
    "citation-integrity": ["dev", "evidence-dev", "supports-dev"],
    "cl-scisumm": ["evidence-train"],
}
NEAR = 0.6  # a shown sentence sharing this share of an annotated one's words (below hit's 0.8)
CAUSES = [
    "annotation is no sentence (fragments only)",
    "not indexed: in the source, left out or cut by our splitting",
    "not indexed: absent from the source text",
    "near match (60-80% of the words)",
    "ranked 4th to 10th",
    "ranked 11th to 30th",
    "outside the 30 candidates",
]


def overlap(shown: list[str], gold: list[str]) -> float:
    """The best share of words any shown sentence has in common with an annotated sentence,
    of the annotated sentence's words or of its own (as ``hit`` measures it)."""
    best = 0.0
    for want in (set(words) for _, words in gold_sentences(gold)):
        for sentence in shown:
            have = set(terms(sentence))
            if have:
                common = len(want & have)
                best = max(best, common / len(want), common / len(have))
    return best


def cause(item: dict, index: SourceIndex, shown: list[str]) -> str:
    """Why the annotators' sentence is not among ``shown`` (one of :data:`CAUSES`)."""
    gold = item["evidence"]
    if not gold_sentences(gold):
        return CAUSES[0]
    if not any(hit([s], gold) for s in index.sentences):
        source = plain(item["source"])
        present = any(plain(span)[:60] in source for span in gold)
        return CAUSES[1] if present else CAUSES[2]
    if overlap(shown, gold) >= NEAR:
        return CAUSES[3]
    ranked = index.rank(item["claim"], claim_figures(item["claim"]), top=len(index.sentences))
    at = next((k for k, s in enumerate(ranked) if hit([s.text], gold)), None)
    if at is None:
        return CAUSES[6]
    return CAUSES[4] if at < 10 else CAUSES[5]


def beside(index: SourceIndex, shown: list[int], gold: list[str]) -> bool:
    """Whether an annotated sentence is next to a shown one."""
    near = [j for i in shown for j in (i - 1, i + 1) if 0 <= j < len(index.sentences)]
    return hit([index.sentences[j] for j in near], gold)


def classify(items: list[dict], show: str | None) -> tuple[list[list[object]], int, int]:
    """The table of causes, the citations with annotated evidence, and the neighbours' count."""
    indexes: dict[str, SourceIndex] = {}
    counts: Counter[str] = Counter()
    n = next_to = 0
    for item in items:
        if not item["evidence"]:
            continue
        n += 1
        index = indexes.get(item["ref"]) or indexes.setdefault(
            item["ref"], SourceIndex.build(item["source"])
        )
        evidence = check_claim(item["claim"], index).evidence
        shown = [e.text for e in evidence]
        if hit(shown[:1], item["evidence"]):
            counts["shown first"] += 1
        elif hit(shown, item["evidence"]):
            counts["shown second or third"] += 1
        else:
            why = cause(item, index, shown)
            counts[why] += 1
            next_to += beside(index, [e.index for e in evidence], item["evidence"])
            if show and show in why:
                _print(item, shown)
    order = ["shown first", "shown second or third", *CAUSES]
    return [[k, counts[k], f"{counts[k] / n:.1%}"] for k in order if n], n, next_to


def _print(item: dict, shown: list[str]) -> None:
    print(f"CLAIM: {item['claim'][:300]}")
    for span in item["evidence"]:
        print(f"  ANNOTATED: {span[:300]}")
    for sentence in shown:
        print(f"  SHOWN: {sentence[:300]}")
    print()


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--source", default="citation-integrity", choices=list(PARTS))
    parser.add_argument("--part", help="default: every development (training) part")
    parser.add_argument("--corpus", type=Path, help="default: the source's folder")
    parser.add_argument("--show", choices=["near", "absent", "cut", "ranked", "outside"])
    args = parser.parse_args()
    corpus = args.corpus or SOURCES[args.source]
    parts = [args.part] if args.part else PARTS[args.source]
    if any(p not in PARTS[args.source] for p in parts):
        parser.error(f"--part: one of {', '.join(PARTS[args.source])} (never a test part)")
    for part in parts:
        table, n, next_to = classify(load(corpus, part), args.show)
        print(f"\n{args.source} {part}: {n} citations with annotated evidence")
        print_table(["", "citations", "share"], table)
        print(f"misses whose annotated sentence is next to a shown one: {next_to}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
