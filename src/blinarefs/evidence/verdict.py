"""Compare a claim's specifics with a cited work's text and say what the editor should do.

Verdicts, in the order an editor should read them:

- ``contradicted``: the sentence that best matches the claim gives the same kind of
  quantity with another value ("96%" claimed, "97%" in the text) and not the claimed one;
- ``not found``: none of the claim's specifics is in the available text (check the full text);
- ``partly supported``: some are, some are not (each listed with its reason);
- ``supported``: every specific is in the text, each with the sentence that has it;
- ``nothing checkable``: the claim has no figure, trial name or phase to look
  for ("read it": the best evidence sentences are still shown);
- ``no source text``: no text of the cited work could be had.

A specific found with another role ("88%" claimed for the experimental arm, the text has it
for the control arm) is reported as such, as is a direction the text does not share.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from typing import Any

from ..trace.entities import trial_names
from .retrieve import TOP, Scored, SourceIndex
from .specifics import (
    Figure,
    comparable,
    direction,
    drugs,
    figures,
    phases,
    populations,
    same_figure,
)
from .text import terms

# these qualify a verdict but never decide it: a population is said in many ways, a
# direction is read crudely, a drug is mostly the cited work's topic (found anywhere) or
# one of a claim's examples ("antifibrotics such as pirfenidone and nintedanib"), and ages
# and counts describe who was studied, often in another study the sentence also names
# ("consistent with studies among 1592 individuals in ...")
_QUALIFIERS = ("population", "direction", "drug", "age", "count")
CLOSE = 0.1  # a misquote's value is within this share of the text's (tuned on train)
# 10^3.16 flattened to "103.16": a power of ten that lost its superscript, not a value
_POWER_OF_TEN = re.compile(r"^10[1-9]\.\d+$")
_TRIAL_WORDS = re.compile(r"\b(trial|study|studies|cohort|group)\b", re.IGNORECASE)
# an amino-acid substitution (N501Y, D614G) is a mutation, never a trial's name
_MUTATION = re.compile(r"[ACDEFGHIKLMNPQRSTVWY]\d{1,4}[ACDEFGHIKLMNPQRSTVWY]")
VERDICTS = (
    "contradicted",
    "not found",
    "partly supported",
    "supported",
    "nothing checkable",
    "no source text",
)
FLAGS = frozenset({"contradicted", "not found"})
_OUTCOMES = (
    "overall survival",
    "disease-free survival",
    "event-free survival",
    "progression-free survival",
    "relapse",
    "remission",
    "response",
    "mortality",
    "death",
    "toxicity",
    "incidence",
    "prevalence",
    "sensitivity",
    "specificity",
)
_OUTCOME_ABBR = {
    "os": "overall survival",
    "dfs": "disease-free survival",
    "efs": "event-free survival",
    "pfs": "progression-free survival",
    "cr": "remission",
    "orr": "response",
}


@dataclass(frozen=True, slots=True)
class Check:
    """One specific of the claim and what the text says about it."""

    kind: str  # "figure", "age", "count", "trial", "drug", "phase", "population", "direction"
    claimed: str
    status: str  # "found", "missing", "contradicted", "other quantity", "differs"
    reason: str
    sentence: int | None = None  # index into the source's sentences
    found_as: str = ""  # how the text writes it ("87.9%" for a claimed "88%"), if not the same

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "claimed": self.claimed,
            "status": self.status,
            "reason": self.reason,
            "sentence": self.sentence,
            "found_as": self.found_as,
        }


@dataclass(frozen=True)
class Verdict:
    verdict: str
    checks: tuple[Check, ...] = ()
    evidence: tuple[Scored, ...] = ()
    note: str = ""

    @property
    def flagged(self) -> bool:
        return self.verdict in FLAGS

    def to_dict(self) -> dict[str, Any]:
        return {
            "verdict": self.verdict,
            "note": self.note,
            "checks": [c.to_dict() for c in self.checks],
            "evidence": [
                {"sentence": e.index, "text": e.text, "score": e.score} for e in self.evidence
            ],
        }


@dataclass(frozen=True)
class Settings:
    """The thresholds of the rules, tuned on the benchmark's training part only."""

    check_populations: bool = True
    check_direction: bool = False  # shown as a difference; a flag only when True
    top: int = TOP
    # a figure counts as stated only in a sentence on the claim's topic: one whose word
    # score reaches this share of the best sentence's ("22" is in many full texts)
    context_share: float = 0.3


DEFAULT = Settings()


def claim_figures(claim: str) -> list[Figure]:
    """The claim's figures worth checking: a bare number with neither unit nor role
    ("type 2 diabetes", "181 terminal nodes", "residues 27-1147") says nothing of what it
    counts, so a text's same number proves nothing and its absence less; nor does a power
    of ten whose superscript was lost ("103.16" for 10^3.16)."""
    return [
        f
        for f in figures(claim)
        if (f.unit or f.role != "value") and not _POWER_OF_TEN.match(f.raw)
    ]


def _outcome(label: str) -> str:
    low = label.lower()
    for word in _OUTCOMES:
        if word in low or word.replace("-", " ") in low:
            return word
    for abbr, word in _OUTCOME_ABBR.items():
        if re.search(rf"\b{abbr}\b", low):
            return word
    return ""


def _check_figure(
    f: Figure,
    index: SourceIndex,
    best: list[Scored],
    claimed: list[Figure],
    on_topic: dict[int, float] | None = None,
) -> Check:
    holders = index.holding(f)
    if on_topic is not None:
        holders = [i for i in holders if i in on_topic]
    if holders:
        top_ids = [s.index for s in best]
        at = next((i for i in top_ids if i in holders), holders[0])
        mine, theirs = _outcome(f.label), ""
        match = next(g for g in index.figures(at) if same_figure(f, g))
        theirs = _outcome(index.sentences[at][max(0, match.start - 80) : match.start])
        if mine and theirs and mine != theirs:
            return Check(
                "figure",
                _shown(f),
                "other quantity",
                f"the text gives {_shown(match)} for {theirs}, the claim for {mine}",
                at,
                _shown(match),
            )
        if f.arm and match.arm and f.arm != match.arm:
            same_arm = next(
                (g for g in index.figures(at) if g.arm == f.arm and comparable(f, g)), None
            )
            if same_arm is not None:  # the claim's arm has another value in the same sentence
                return Check(
                    "figure",
                    _shown(f),
                    "contradicted",
                    f"the text gives {_shown(same_arm)} with {f.arm} "
                    f"({_shown(match)} is with {match.arm})",
                    at,
                    _shown(same_arm),
                )
            return Check(
                "figure",
                _shown(f),
                "other quantity",
                f"the text gives {_shown(match)} with {match.arm}, the claim with {f.arm}",
                at,
                _shown(match),
            )
        return Check(
            "figure", _shown(f), "found", f"stated in sentence {at + 1}", at, _shown(match)
        )
    for at in _anchors(f, index, best, claimed, on_topic):
        others = [
            g
            for g in index.figures(at)
            if comparable(f, g) and not any(same_figure(c, g) for c in claimed)
        ]
        mine = _outcome(f.label)
        for g in others:
            theirs = _outcome(index.sentences[at][max(0, g.start - 80) : g.start])
            if mine and theirs and mine == theirs:
                return Check(
                    "figure",
                    _shown(f),
                    "contradicted",
                    f"the text gives {_shown(g)} for {theirs}",
                    at,
                    _shown(g),
                )
            shared = set(terms(f.label)) & set(terms(g.label))
            if shared and _close(f, g):
                return Check(
                    "figure",
                    _shown(f),
                    "contradicted",
                    f'the text gives {_shown(g)} after "{g.label}"',
                    at,
                    _shown(g),
                )
    return Check("figure", _shown(f), "missing", "not in the available text")


def _kind(f: Figure, check: Check) -> Check:
    """An age or a count is checked like any figure but only qualifies the verdict: another
    value in the text is a difference to read, not a contradiction."""
    kind = {"age": "age", "n": "count"}.get(f.role, "figure")
    if kind == "figure":
        return check
    status = "differs" if check.status == "contradicted" else check.status
    return dataclasses.replace(check, kind=kind, status=status)


def _anchors(
    f: Figure,
    index: SourceIndex,
    best: list[Scored],
    claimed: list[Figure],
    on_topic: dict[int, float] | None,
) -> list[int]:
    """Where a missing figure's quantity would be: the best sentence, and the on-topic
    sentences that state another of the claim's figures (the text's "71.9% vs 58.7%" for a
    claimed "71.7% vs 58.7%")."""
    out = [s.index for s in best[:1]]
    for c in claimed:
        if c is f:
            continue
        for i in index.holding(c):
            if (on_topic is None or i in on_topic) and i not in out:
                out.append(i)
    return out


def _close(f: Figure, g: Figure) -> bool:
    """A value near the claimed one: a misquote (71.7% for 71.9%, 5 days for 4), not
    another quantity of the same kind."""
    return abs(f.value - g.value) <= CLOSE * max(abs(f.value), abs(g.value))


def _shown(f: Figure) -> str:
    unit = {"%": "%", "months": "", "n": ""}.get(f.unit, "")
    return f.raw + unit


def _find_word(word: str, index: SourceIndex, best: list[Scored]) -> int | None:
    pattern = re.compile(r"(?<![\w-])" + re.escape(word) + r"(?![\w])", re.IGNORECASE)
    order = [s.index for s in best] + list(range(len(index.sentences)))
    return next((i for i in order if pattern.search(index.sentences[i])), None)


def check_claim(claim: str, index: SourceIndex | None, settings: Settings = DEFAULT) -> Verdict:
    """The verdict on ``claim`` (citation markers already removed) against one source."""
    if index is None or not index.sentences:
        return Verdict(
            "no source text", note="no abstract or full text of the cited work was found"
        )
    claimed = claim_figures(claim)
    q = index.first_stage(claim, claimed)
    best = index.ordered(q, settings.top)
    on_topic = None
    if settings.context_share:
        scores = q.bm25  # the claim's word score of each sentence
        floor = settings.context_share * max(scores.values(), default=0.0)
        on_topic = {i: v for i, v in scores.items() if v >= floor}
    checks = [_kind(f, _check_figure(f, index, best, claimed, on_topic)) for f in claimed]
    # a name with digits is a trial only where the claim speaks of one (N501Y is a mutation)
    named = trial_names(claim) if _TRIAL_WORDS.search(claim) else []
    named = [n for n in named if not _MUTATION.fullmatch(n)]
    words: list[tuple[str, str]] = [("trial", n) for n in named]
    words += [("drug", d) for d in sorted(drugs(claim))]
    words += [("phase", f"phase {p}") for p in sorted(phases(claim))]
    if settings.check_populations:
        words += [("population", p) for p in sorted(populations(claim))]
    for kind, word in words:
        if kind == "phase":
            at = next((i for i, s in enumerate(index.sentences) if word[6:] in phases(s)), None)
        elif kind == "population":
            everywhere = range(len(index.sentences))
            at = next((i for i in everywhere if word in index.populations(i)), None)
        else:
            at = _find_word(word, index, best)
        checks.append(
            Check(
                kind,
                word,
                "found" if at is not None else "missing",
                f"stated in sentence {at + 1}" if at is not None else "not in the available text",
                at,
            )
        )
    checks += _direction(claim, index, best, settings)
    return Verdict(_verdict(checks), tuple(checks), tuple(best))


def _direction(
    claim: str, index: SourceIndex, best: list[Scored], settings: Settings
) -> list[Check]:
    mine = direction(claim)
    if not mine or not best:
        return []
    theirs = direction(best[0].text)
    if theirs and theirs != mine:
        status = "contradicted" if settings.check_direction else "differs"
        words = {"up": "an increase", "down": "a decrease", "none": "no difference"}
        return [
            Check(
                "direction",
                words[mine],
                status,
                f"the best sentence states {words[theirs]}",
                best[0].index,
            )
        ]
    return []


def _verdict(checks: list[Check]) -> str:
    """Population, direction, drugs, ages and counts qualify a verdict (supported becomes
    partly supported) but never make a flag alone: "children" and "paediatric patients"
    say the same thing."""
    if any(c.status == "contradicted" for c in checks):
        return "contradicted"
    counted = [c for c in checks if c.kind not in _QUALIFIERS]
    if not counted:
        return "nothing checkable"
    found = sum(c.status == "found" for c in counted)
    if found == 0:
        return "not found"
    if found < len(counted) or any(c.status != "found" for c in checks):
        return "partly supported"
    return "supported"


def combine(verdicts: list[Verdict]) -> str:
    """One verdict for a claim that cites several works: a specific found in any of them
    counts, so the best verdict of the works with text wins."""
    with_text = [v.verdict for v in verdicts if v.verdict != "no source text"]
    if not with_text:
        return "no source text"
    order = ("supported", "partly supported", "nothing checkable", "not found", "contradicted")
    return min(with_text, key=order.index)
