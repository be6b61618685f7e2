"""The evidence shown: where in a paper the annotators' sentence is (issue 15's section and
position priors), and passages of two sentences where the claim spans both; each measured
against the shipped ranking on the development parts, as ``bench_evidence_query.py`` does.

Each sentence of a cited text is given its section by the headings above it (the abstract,
and the body's introduction, results, discussion, methods, back matter, or another heading
of the first or second level), read the way ``split_source`` reads the text, so that the
sentences are the index's. The variants:

- a section prior in the first stage: the methods and back matter (acknowledgements,
  funding, contributions, footnotes...) or the introduction lose a share of the best word
  score (0.3 / 0.6), or the results and discussion gain one (0.15);
- the same after the fusion, on the shipped ranking's z-scores (methods and back matter
  -0.5 / -1 z): the learnt ranker reads the first stage's score, so it may undo a prior;
- the abstract's opening (its first two sentences, where an abstract gives its background,
  mostly others' findings) without the lead share;
- a sentence citing another work ("et al.", "[4]", "(Alpha, 2030)", "cells25,26.") -0.5 or
  -1 z after the fusion;
- the claim's words expanded by the source's words sharing their first 5, 6 or 7 letters
  ("transmiss" and "transmitt", which the stemmer leaves apart), at 0.5 or 1 of a word;
- the static cosine taken after 0.5 or all of the cited work's mean sentence vector is taken
  off the claim's and each candidate's vector;
- a passage of two sentences shown as one piece of evidence where the claim spans both: the
  shipped first sentence and its neighbour, when the neighbour has at least ``share`` of the
  claim's rarity-weighted words that the sentence lacks. It shows more text: the row after
  it shows a fourth sentence (the next best) for the same claims, to tell what the passage
  finds from what showing more finds.

Development parts only: Citation-Integrity's 238 support annotations (``supports-dev``), its
36 development citations (``dev`` and ``evidence-dev``), CL-SciSumm's 591 training citances.

    python benchmarks/bench_evidence_priors.py [--parts supports-dev,CI-dev,CL-SciSumm]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parent)]

import numpy as np  # noqa: E402
from bench_evidence_query import (  # noqa: E402
    DEV_PARTS,
    claim_vector,
    compared_row,
    every_vector,
    shipped,
    top3,
)
from evidence_match import annotated, hit  # noqa: E402
from timing import print_table  # noqa: E402

from blinarefs.evidence import rerank, retrieve, text  # noqa: E402
from blinarefs.evidence.ranker_weights import WEIGHTS  # noqa: E402
from blinarefs.evidence.retrieve import SourceIndex, finding_cue  # noqa: E402
from blinarefs.evidence.verdict import claim_figures  # noqa: E402

# a heading's words that name its section (first match wins: "Materials and methods")
KINDS = (
    ("abstract", "abstract"), ("summary", "abstract"), ("introduction", "intro"),
    ("background", "intro"), ("related work", "intro"), ("result", "results"),
    ("finding", "results"), ("discussion", "discussion"), ("conclusion", "discussion"),
    ("method", "methods"), ("material", "methods"), ("procedure", "methods"),
    ("experimental", "methods"), ("acknowledg", "back"), ("funding", "back"),
    ("contribution", "back"), ("competing", "back"), ("interest", "back"),
    ("footnote", "back"), ("supplement", "back"), ("availability", "back"),
    ("abbreviation", "back"),
)  # fmt: skip


def kind(heading: str) -> str | None:
    low = heading.lower()
    return next((k for word, k in KINDS if word in low), None)


def sections(source: str) -> list[tuple[str, str]]:
    """Each sentence of ``source`` (as ``text.split_source``) with its section: "lead" for
    the abstract, a kind of :data:`KINDS` from the nearest heading naming one, "other" under
    a first- or second-level heading naming none (a Nature letter's results)."""
    out: list[tuple[str, str]] = []
    lead, once, section = True, False, "lead"
    for block in re.split(r"\n\s*\n|\n(?=\s*#)|\n(?=[A-Z][A-Z /&-]{2,40}:\s)", source):
        heading, plain, level = "", False, 2
        if text._HEADING.match(block):
            heading, _, block = block.partition("\n")
            level = len(heading.strip()) - len(heading.strip().lstrip("#"))
            heading = heading.strip().lstrip("#").strip() or "-"
        elif text._PLAIN_HEADING.match(block.strip()):
            heading, block, plain = block.strip(), "", True
        if heading:
            lead = bool(
                text._ABSTRACT.match(heading) or (lead and text._ABSTRACT_PART.match(heading))
            )
            once = plain and lead
            named = kind(heading)
            section = "lead" if lead else named or ("other" if level <= 2 else section)
        block = " ".join(block.split())
        if not block:
            continue
        out += [(s, section) for s in text._sentences(block) if not text._REFERENCE_ENTRY.match(s)]
        if once:
            lead, once, section = False, False, "other"
    return [pair for pair in out if pair[0].count(" ") + 1 >= text.MIN_WORDS]


def with_sections(shares: dict[str, float], opening: int = 0) -> Callable[[str], SourceIndex]:
    """The shipped index with ``shares`` of the best word score added per section, and the
    lead share taken from the abstract's first ``opening`` sentences."""

    def build(source: str) -> SourceIndex:
        index = SourceIndex.build(source)
        split = sections(source)
        assert [s for s, _ in split] == index.sentences
        informative = any(k != "lead" for _, k in split)
        seen = 0
        prior = []
        for s, k in split:
            lead = k == "lead" and informative and seen >= opening
            seen += k == "lead"
            prior.append(
                retrieve.LEAD_SHARE * lead
                + retrieve.FINDING_SHARE * finding_cue(s)
                + shares.get(k, 0.0)
            )
        index.prior = prior
        index._sections = [k for _, k in split]  # type: ignore[attr-defined]
        return index

    return build


def after_fusion(shares: dict[str, float]) -> Callable[[SourceIndex, str], list[int]]:
    """The shipped ranking with ``shares`` z-scores added per section after the fusion."""

    def show(index: SourceIndex, claim: str) -> list[int]:
        q = index.first_stage(claim, claim_figures(claim))
        model = rerank.scores(q, list(q.order)[: rerank.CANDIDATES], WEIGHTS)
        if len(model) > 1:
            model = rerank.fused(model, index.cosines(q.terms, list(model)), retrieve.MEANING)
        kinds = index._sections  # type: ignore[attr-defined]
        return top3({i: v + shares.get(kinds[i], 0.0) for i, v in model.items()})

    return show


def spanned(index: SourceIndex, claim: str, first: int, share: float) -> int | None:
    """The neighbour of sentence ``first`` holding at least ``share`` of the claim's
    rarity-weighted words that ``first`` lacks, the one holding more; None for neither."""
    words = {w: index.idf(w) for w in set(text.terms(claim))}
    lacking = {w: v for w, v in words.items() if w not in index.bags[first]}
    total = sum(words.values())
    if not total or not lacking:
        return None
    best, got = None, share * total
    for j in (first - 1, first + 1):
        if 0 <= j < len(index.sentences):
            has = sum(v for w, v in lacking.items() if w in index.bags[j])
            if has >= got:
                best, got = j, has
    return best


def passages(share: float, fourth: bool) -> Callable[[SourceIndex, str], list[str]]:
    """The shipped three, the first shown with its neighbour as one passage where the claim
    spans both (:func:`spanned`); with ``fourth``, the next best sentence added for the same
    claims instead (the control: as much more to read)."""

    def show(index: SourceIndex, claim: str) -> list[str]:
        ranked = [s.index for s in index.rank(claim, claim_figures(claim), top=4)]
        said = [index.sentences[i] for i in ranked[:3]]
        if not ranked:
            return said
        other = spanned(index, claim, ranked[0], share)
        if other is not None:
            if fourth:
                said += [index.sentences[i] for i in ranked[3:4]]
            else:
                pair = sorted((ranked[0], other))
                said[0] = " ".join(index.sentences[i] for i in pair)
        return said

    return show


def texts(show: Callable[[SourceIndex, str], list[int]]) -> Callable[[SourceIndex, str], list[str]]:
    return lambda index, claim: [index.sentences[i] for i in show(index, claim)]


class Prefixed(SourceIndex):
    """The shipped index with the claim's words expanded by the source's words sharing their
    first ``length`` letters (set by :func:`prefixed`): "transmiss" finds "transmitt",
    "infect" "infectiou", "replic" "replicat", which the stemmer leaves apart."""

    length = 6
    weight = 0.5

    def query(self, claim: str) -> dict[str, float]:
        words = super().query(claim)
        by_prefix = getattr(self, "_by_prefix", None)
        if by_prefix is None:
            by_prefix = {}
            for bag in self.bags:
                for w in bag:
                    if len(w) >= self.length:
                        by_prefix.setdefault(w[: self.length], set()).add(w)
            self._by_prefix = by_prefix
        for w in list(words):
            if len(w) >= self.length and not w.isdigit():
                others = by_prefix.get(w[: self.length], set()) - words.keys()
                for v in others:
                    words[v] = self.weight * words[w] / len(others)
        return words


def prefixed(length: int, weight: float) -> Callable[[str], SourceIndex]:
    kind_ = type("P", (Prefixed,), {"length": length, "weight": weight})

    def build(source: str) -> SourceIndex:
        index = kind_.build(source)
        index._sections = [k for _, k in sections(source)]  # type: ignore[attr-defined]
        return index

    return build


# another work cited in the sentence: "et al.", "[3]", "(Alpha, 2030)", "cells25,26."
_CITES = re.compile(
    r"\bet al\b|\[\d+(?:[,–-]\s?\d+)*\]|\([A-Z][\w'-]+(?: and [A-Z][\w'-]+)?,? (?:19|20)\d\d"
    r"|[a-z)]\d{1,3}(?:[,–-]\d{1,3})*[.,;]?(?:\s|$)"
)


def citing_others(share: float) -> Callable[[SourceIndex, str], list[int]]:
    """The shipped ranking, a sentence citing another work ``share`` z-scores down: what a
    paper reports of others is not what it found."""

    def show(index: SourceIndex, claim: str) -> list[int]:
        q = index.first_stage(claim, claim_figures(claim))
        model = rerank.scores(q, list(q.order)[: rerank.CANDIDATES], WEIGHTS)
        if len(model) > 1:
            model = rerank.fused(model, index.cosines(q.terms, list(model)), retrieve.MEANING)
        return top3(
            {i: v - share * bool(_CITES.search(index.sentences[i])) for i, v in model.items()}
        )

    return show


def centred(share: float, mix: float) -> Callable[[SourceIndex, str], list[int]]:
    """The shipped ranking with the cosine taken after ``share`` of the cited work's mean
    sentence vector is taken from the claim's and each candidate's vector: what sets a
    sentence apart within its paper, as in-text rarity does for words."""

    def show(index: SourceIndex, claim: str) -> list[int]:
        q = index.first_stage(claim, claim_figures(claim))
        model = rerank.scores(q, list(q.order)[: rerank.CANDIDATES], WEIGHTS)
        if len(model) > 1:
            every = every_vector(index)
            mean = share * every.mean(axis=0)
            mine = claim_vector(index, q) - mean
            cos = {}
            for i in model:
                v = every[i] - mean
                cos[i] = float(v @ mine) / (float(np.linalg.norm(v) * np.linalg.norm(mine)) or 1.0)
            model = rerank.fused(model, cos, mix)
        return top3(model)

    return show


BUILT = with_sections({})
VARIANTS: list[tuple[str, Callable[[SourceIndex, str], list[str]], Callable[[str], SourceIndex]]]
VARIANTS = [
    ("methods, back matter -0.3", texts(shipped), with_sections({"methods": -0.3, "back": -0.3})),
    ("methods, back matter -0.6", texts(shipped), with_sections({"methods": -0.6, "back": -0.6})),
    ("introduction -0.3", texts(shipped), with_sections({"intro": -0.3})),
    ("results, discussion +0.15", texts(shipped),
     with_sections({"results": 0.15, "discussion": 0.15})),
    ("abstract's first 2 sentences: no lead share", texts(shipped), with_sections({}, 2)),
    ("after fusion: methods, back matter -0.5 z", texts(after_fusion({"methods": -0.5,
     "back": -0.5})), BUILT),
    ("after fusion: methods, back matter -1 z", texts(after_fusion({"methods": -1.0,
     "back": -1.0})), BUILT),
    ("after fusion: introduction -0.5 z", texts(after_fusion({"intro": -0.5})), BUILT),
    ("claim words' 6-letter prefixes in the source, 0.5", texts(shipped), prefixed(6, 0.5)),
    ("claim words' 6-letter prefixes in the source, 1", texts(shipped), prefixed(6, 1.0)),
    ("claim words' 5-letter prefixes in the source, 0.5", texts(shipped), prefixed(5, 0.5)),
    ("claim words' 7-letter prefixes in the source, 1", texts(shipped), prefixed(7, 1.0)),
    ("citing another work: -0.5 z", texts(citing_others(0.5)), BUILT),
    ("citing another work: -1 z", texts(citing_others(1.0)), BUILT),
    ("cosine centred on the work's mean sentence (0.5), meaning 0.35", texts(centred(0.5, 0.35)),
     BUILT),
    ("cosine centred on the work's mean sentence (1), meaning 0.25", texts(centred(1.0, 0.25)),
     BUILT),
    ("passage of two where the claim spans both (0.3)", passages(0.3, False), BUILT),
    ("  control: a 4th sentence for the same claims", passages(0.3, True), BUILT),
    ("passage of two where the claim spans both (0.2)", passages(0.2, False), BUILT),
    ("  control: a 4th sentence for the same claims", passages(0.2, True), BUILT),
]  # fmt: skip


def hits(
    items: list[dict],
    show: Callable[[SourceIndex, str], list[str]],
    build: Callable[[str], SourceIndex],
) -> list[tuple[bool, bool]]:
    out = []
    for item, index in annotated(items, build):
        said = show(index, item["claim"])
        out.append((hit(said[:1], item["evidence"]), hit(said, item["evidence"])))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--parts", default="supports-dev,CI-dev,CL-SciSumm")
    ap.add_argument("--only", default="", help="the variants whose name has this text")
    args = ap.parse_args()
    every = DEV_PARTS
    table = []
    for part in args.parts.split(","):
        items = every[part]()
        base = hits(items, texts(shipped), SourceIndex.build)
        n = len(base)
        table.append([f"{part} ({n})", "shipped", f"{sum(a for a, _ in base) / n:.1%}",
                      f"{sum(b for _, b in base) / n:.1%}", "", "", ""])  # fmt: skip
        for name, show, build in VARIANTS:
            if args.only not in name:
                continue
            table.append(compared_row(f"{part} ({n})", name, hits(items, show, build), base))
            print(" | ".join(map(str, table[-1])), file=sys.stderr, flush=True)
    print_table(["part", "variant", "@1", "@3", "won", "lost", "sign test p"], table)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
