"""The evidence ranker's weights (:mod:`blinarefs.evidence.rerank`), written by
``scripts/train_evidence_ranker.py``:
penalty 0.01, chosen on the development citations pooled."""

WEIGHTS: dict[str, float] = {
    "bm25": -0.175339,
    "first": 1.23538,
    "first_rank": 0.319821,
    "claim_covered": 0.564152,
    "sentence_covered": 2.24391,
    "phrases": 3.87434,
    "names": 0.756502,
    "matched": 0.499868,
    "rarest": 0.96392,
    "figures": 2.15017,
    "length": 0.186705,
    "caption": -0.414584,
    "neighbours": 1.3438,
}
