"""The evidence ranker's weights (:mod:`blinarefs.evidence.rerank`), written by
``scripts/train_evidence_ranker.py``:
penalty 0.01, chosen on the development citations pooled."""

WEIGHTS: dict[str, float] = {
    "bm25": -0.175272,
    "first": 1.23539,
    "first_rank": 0.319813,
    "claim_covered": 0.564144,
    "sentence_covered": 2.2435,
    "phrases": 3.87437,
    "names": 0.756511,
    "matched": 0.499932,
    "rarest": 0.963901,
    "figures": 2.15017,
    "length": 0.186632,
    "caption": -0.414588,
    "neighbours": 1.34379,
}
