"""The judge of doubt: which fields of a reading are likely wrong, and how sure the entry is.

The labeller's marginals alone do not tell a right reading from a wrong one (on the dev
split, every threshold from 0.3 to 0.8 left about one warned reference in five with a wrong
field). The judge weighs more evidence per field (:mod:`.doubt_evidence`): how the
hand-written grammar fared, the labeller's marginals, the words it put in no field, and the
field's shape against the rest of its list.

A small logistic model per field, fitted on the dev split by ``benchmarks/fit_doubt.py``
(its weights in ``doubt_weights.json``, read the first time a list is judged), turns the
evidence into the chance the field is wrong; a field at or above the threshold stored with
the weights is doubted, and the entry's confidence is the chance that none is wrong.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

from ..bulk import replaced
from ..model import CONFIDENCE_FIELD, DOUBTFUL_FIELD
from .doubt_case import JUDGED, Case, ListContext, judgeable, list_context
from .doubt_evidence import COMMON, ENTRY_WIDE, ENTRY_WIDE_FIELDS, SHAPE, Feature
from .read import EMPTY, Reading

__all__ = [
    "JUDGED",
    "Case",
    "ListContext",
    "Weights",
    "cases",
    "chance_wrong",
    "judged",
    "verdict",
]

WEIGHTS_PATH = Path(__file__).with_name("doubt_weights.json")

# An entry both readers read alike, with no field doubted, is fully trusted (no confidence
# recorded), as before the judge
AGREED = 1.0


@dataclass(frozen=True)
class Weights:
    by_field: dict[str, dict[str, float]]  # field -> feature name (or "bias") -> weight
    threshold: float  # a field this likely wrong or more is doubted

    @cached_property
    def terms(self) -> dict[str, tuple[float, tuple[tuple[Feature, float], ...]]]:
        """Field -> its bias and each weighed feature's function with its weight: what
        :func:`chance_wrong` sums for every field of every entry, without naming them."""
        out = {}
        for field, w in self.by_field.items():
            named = {f.__name__: f for f in (*COMMON, *SHAPE.get(field, ()))}
            out[field] = (
                w.get("bias", 0.0),
                tuple((named[k], v) for k, v in w.items() if k in named and v),
            )
        return out


@lru_cache(maxsize=1)
def weights(path: Path = WEIGHTS_PATH) -> Weights:
    data = json.loads(path.read_text(encoding="utf-8"))
    return Weights(data["fields"], float(data["threshold"]))


def chance_wrong(
    case: Case, model: Weights | None = None, known: dict[Feature, float] | None = None
) -> float:
    """The chance the field is wrong, by the field's logistic model (the weighted sum of
    its evidence, :func:`.doubt_evidence.features`, through the logistic function);
    ``known``, evidence already found for the entry (:data:`.doubt_evidence.ENTRY_WIDE`)."""
    bias, terms = (model or weights()).terms[case.field]
    if known:
        z = bias + sum([w * (known[f] if f in known else f(case)) for f, w in terms])
    else:
        z = bias + sum([w * f(case) for f, w in terms])
    return 1.0 / (1.0 + math.exp(-z))


def _chances(judged: list[Case], model: Weights) -> dict[str, float]:
    """Each judged field's chance of being wrong; the evidence that reads the entry, not the
    field, which the title and the journal both weigh, found once for both."""
    shared = [c for c in judged if c.field in ENTRY_WIDE_FIELDS]
    if len(shared) < 2:
        return {c.field: chance_wrong(c, model) for c in judged}
    known = {f: f(shared[0]) for f in ENTRY_WIDE}
    return {
        c.field: chance_wrong(c, model, known if c.field in ENTRY_WIDE_FIELDS else None)
        for c in judged
    }


def cases(reading: Reading, context: ListContext) -> list[Case]:
    """Every field of one reading the judge weighs (:func:`.doubt_evidence.judgeable`),
    for the judge or for fitting it."""
    marginals, lowest, edges = dict(reading.marginals), dict(reading.lowest), dict(reading.edges)
    every = [
        Case(f, reading.reference, reading.grammar, reading.disagreed, marginals,
             lowest, reading.unlabelled, context, edges)
        for f in JUDGED
    ]  # fmt: skip
    return [c for c in every if judgeable(c)]


def judged(readings: list[Reading]) -> list[Reading]:
    """The readings of one list with the judge's doubts and confidence. What the readers
    found missing stays in doubt (a needed field not read, confidence 0), and an empty
    item or a form that settled its fields (:func:`.kinds.settled_fields`) is left as it
    is; a reading with no evidence of the labeller (a page-long item) keeps its doubts."""
    context = list_context(readings)
    model = weights()
    return [_judged(r, context, model) for r in readings]


def _judged(reading: Reading, context: ListContext, model: Weights) -> Reading:
    found = verdict(reading, context, model)
    return reading if found is None else rescored(reading, *found)


def verdict(
    reading: Reading, context: ListContext, model: Weights
) -> tuple[float, tuple[str, ...]] | None:
    """The judge's confidence and doubts for one reading of the list (what
    :func:`rescored` writes into it), or None where it is left as it is: all the judging,
    none of the copying, so a process that judges part of a long list sends back only
    these (:mod:`.doubt_parallel`)."""
    if reading.reader == EMPTY or not reading.marginals:
        return None
    missing = {k for k, v in reading.fields_confidence if v == 0.0 and k in reading.doubtful}
    chances = _chances(cases(reading, context), model)
    doubtful = [
        f for f in JUDGED
        if f not in reading.settled and (f in missing or chances.get(f, 0.0) >= model.threshold)
    ]  # fmt: skip
    doubtful += [f for f in reading.doubtful if f in missing and f not in doubtful]
    sure = math.prod(1 - p for f, p in chances.items() if f not in {*missing, *reading.settled})
    confidence = 0.0 if missing - set(reading.settled) else round(sure, 2)
    if not doubtful and reading.grammar == "agreed":
        confidence = max(confidence, AGREED)
    return confidence, tuple(doubtful)


def rescored(reading: Reading, confidence: float, doubtful: tuple[str, ...]) -> Reading:
    """``reading`` with this confidence and these doubts, in its entry's fields too; the
    reading itself where the judge found what the readers did (a third of a list's: no
    copy made, in the one process that gathers a long list)."""
    ref = reading.reference
    extra = judged_extra(ref.extra, confidence, doubtful)
    if extra != ref.extra:
        ref = ref.with_fields(extra=extra)
    elif confidence == reading.confidence and doubtful == reading.doubtful:
        return reading
    return replaced(reading, reference=ref, confidence=confidence, doubtful=doubtful)


def judged_extra(
    extra: tuple[tuple[str, str], ...], confidence: float, doubtful: tuple[str, ...]
) -> tuple[tuple[str, str], ...]:
    """An entry's ``extra`` with this confidence and these doubts written in it (for the
    entry alone where a long list's parser writes its key in the same copy)."""
    kept = [(k, v) for k, v in extra if k not in (CONFIDENCE_FIELD, DOUBTFUL_FIELD)]
    kept += [(CONFIDENCE_FIELD, f"{confidence:.2f}")] if confidence < 1 else []
    kept += [(DOUBTFUL_FIELD, ", ".join(doubtful))] if doubtful else []
    return tuple(kept)
