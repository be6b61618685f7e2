"""Evidence verdicts on real citing sentences with human accuracy labels, and their speed.

Corpus: the Citation-Integrity corpus (Sarol et al. 2024), built outside the repository by
``benchmarks/corpora/citation_integrity.py`` (recipe and licence in
``benchmarks/evidence_corpus.md``). Each claim is a real citing sentence, labelled by the
corpus's annotators ACCURATE or one of the inaccuracy types, with the cited work's text.

Reported per split (tune on ``train``/``dev``; ``test`` is reported once, as the final figure):
- flags: claims given "not found" or "contradicted";
- precision of the flags (flagged claims that the annotators call inaccurate);
- recall of the flags on inaccurate claims with checkable specifics, and on all inaccurate;
- false alarms: accurate claims flagged, over all accurate claims;
- evidence@3: the annotators' evidence sentence among the three shown (where they gave one).

Baselines in the same run: the old abstract check (``check_claims_against_abstracts``: the
claim's numbers and trial names absent from the text), and BM25 alone (no figure credit) with
a word-overlap threshold as the flag.

    python benchmarks/bench_evidence.py [--corpus DIR] [--split train|dev|test] [--refs 100]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from timing import print_table

from blinarefs.evidence.retrieve import SourceIndex
from blinarefs.evidence.text import terms
from blinarefs.evidence.verdict import check_claim
from blinarefs.trace.checks import _claim_numbers, _numbers_in
from blinarefs.trace.claims import Claim, trial_names

DEFAULT_CORPUS = Path(
    os.environ.get("BLINAREFS_EVIDENCE_CORPUS", "/work/corpora/evidence/citation-integrity")
)
OVERLAP = 0.5  # baseline: flag when no sentence holds this share of the claim's words (train)
TARGETS = {"precision": 0.80, "recall_checkable": 0.50, "false_alarms": 0.10, "evidence@3": 0.80}


def load(corpus: Path, split: str) -> list[dict]:
    path = corpus / f"{split}.jsonl"
    if not path.exists():
        sys.exit(
            f"{path}: no corpus; build it with benchmarks/corpora/citation_integrity.py "
            "(see benchmarks/evidence_corpus.md)"
        )
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def _key(text: str) -> str:
    return " ".join(terms(text))


def hit(shown: list[str], gold: list[str]) -> bool:
    """An annotator's sentence is shown when one shown sentence holds most of its words."""
    for g in gold:
        want = set(terms(g))
        if not want:
            continue
        for s in shown:
            have = set(terms(s))
            if len(want & have) / len(want) >= 0.8 or (
                have and len(want & have) / len(have) >= 0.8
            ):
                return True
    return False


def old_check(claim: str, source: str) -> bool:
    fake = Claim(1, 0, len(claim), claim, (), (), (), "explicit", "", (), 0)
    have = _numbers_in(source)
    absent = [n for n in _claim_numbers(fake) if f"{float(n.replace(',', '')):g}" not in have]
    absent += [name for name in trial_names(claim) if name not in source]
    return bool(absent)


def evaluate(items: list[dict]) -> dict[str, dict[str, object]]:
    indexes: dict[str, SourceIndex] = {}
    rows: dict[str, dict[str, list[bool]]] = {}

    def note(system: str, flagged: bool, inaccurate: bool, checkable: bool, shown=None, gold=None):
        r = rows.setdefault(system, {"flag": [], "bad": [], "checkable": [], "ev": [], "shown": []})
        r["shown"].append(bool(shown))
        r["flag"].append(flagged)
        r["bad"].append(inaccurate)
        r["checkable"].append(checkable)
        if gold:
            r["ev"].append(hit(shown or [], gold))

    for item in items:
        index = indexes.get(item["ref"]) or indexes.setdefault(
            item["ref"], SourceIndex.build(item["source"])
        )
        bad = item["label"] != "ACCURATE"
        verdict = check_claim(item["claim"], index)
        checkable = verdict.verdict not in ("nothing checkable", "no source text")
        shown = [e.text for e in verdict.evidence]
        note("blinarefs evidence", verdict.flagged, bad, checkable, shown, item["evidence"])
        old = old_check(item["claim"], item["source"])
        note("old abstract check", old, bad, checkable)
        plain = index.rank(item["claim"], [], bonus=0.0)
        words = set(terms(item["claim"]))
        best = (
            max((len(words & set(terms(s))) / len(words) for s in index.sentences), default=0.0)
            if words
            else 1.0
        )
        note(
            "BM25 + word overlap",
            best < OVERLAP,
            bad,
            checkable,
            [e.text for e in plain],
            item["evidence"],
        )
    return {name: summarise(r) for name, r in rows.items()}


def summarise(r: dict[str, list[bool]]) -> dict[str, object]:
    flag, bad, chk = r["flag"], r["bad"], r["checkable"]
    n_flag = sum(flag)
    tp = sum(f and b for f, b in zip(flag, bad, strict=True))
    bad_chk = sum(b and c for b, c in zip(bad, chk, strict=True))
    tp_chk = sum(f and b and c for f, b, c in zip(flag, bad, chk, strict=True))
    good = sum(not b for b in bad)
    fa = sum(f and not b for f, b in zip(flag, bad, strict=True))
    return {
        "claims": len(flag),
        "checkable": sum(chk),
        "flags": n_flag,
        "precision": tp / n_flag if n_flag else None,
        "recall_checkable": tp_chk / bad_chk if bad_chk else None,
        "recall_all": tp / sum(bad) if sum(bad) else None,
        "false_alarms": fa / good if good else None,
        "evidence@3": sum(r["ev"]) / len(r["ev"]) if r["ev"] else None,
        "evidence_n": len(r["ev"]),
        "with_evidence": sum(r["shown"]) / len(r["shown"]) if r.get("shown") else None,
    }


def speed(items: list[dict], refs: int) -> float:
    """Seconds to check a manuscript of ``refs`` cited works, three claims each, with the
    sources in hand (what a cached run does after reading the cache)."""
    by_ref: dict[str, list[dict]] = {}
    for item in items:
        by_ref.setdefault(item["ref"], []).append(item)
    works = list(by_ref.values())
    texts = [works[i % len(works)][0]["source"][:20000] for i in range(refs)]
    claims = [[w["claim"] for w in works[i % len(works)][:3]] for i in range(refs)]
    start = time.perf_counter()
    for text, said in zip(texts, claims, strict=True):
        index = SourceIndex.build(text)
        for claim in said:
            check_claim(claim, index)
    return time.perf_counter() - start


def _pct(value: object) -> object:
    return f"{100 * value:.0f}%" if isinstance(value, float) else "-"


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--split", default="train", choices=["train", "dev", "test"])
    parser.add_argument("--refs", type=int, default=100)
    args = parser.parse_args()
    items = load(args.corpus, args.split)
    results = evaluate(items)
    print(
        f"Citation-Integrity ({args.split}): {len(items)} claims, "
        f"{sum(i['label'] != 'ACCURATE' for i in items)} inaccurate"
    )
    headers = [
        "system",
        "shown with evidence",
        "checkable",
        "flags",
        "precision",
        "recall (checkable)",
        "recall (all)",
        "false alarms",
        "evidence@3 (n)",
    ]
    print_table(
        headers,
        [
            [
                name,
                _pct(r["with_evidence"]),
                r["checkable"],
                r["flags"],
                _pct(r["precision"]),
                _pct(r["recall_checkable"]),
                _pct(r["recall_all"]),
                _pct(r["false_alarms"]),
                f"{_pct(r['evidence@3'])} ({r['evidence_n']})",
            ]
            for name, r in results.items()
        ],
    )
    ours = results["blinarefs evidence"]
    seconds = statistics.median(speed(items, args.refs) for _ in range(3))
    print(
        f"\n{args.refs} cited works (full texts cut at 20,000 characters), 3 claims each, "
        f"sources in hand: {seconds:.2f} s (median of 3)"
    )
    misses = [
        k
        for k, goal in TARGETS.items()
        if ours[k] is not None and (ours[k] < goal if k != "false_alarms" else ours[k] > goal)
    ]
    if seconds >= 2.0:
        misses.append("speed")
    print("meets every target" if not misses else f"MISSES the target: {', '.join(misses)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
