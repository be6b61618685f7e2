"""The learnt second stage of evidence retrieval, on texts written for these tests."""

from __future__ import annotations

import re
import string

from hypothesis import given
from hypothesis import strategies as st

from blinarefs.evidence import rerank
from blinarefs.evidence.ranker_weights import WEIGHTS
from blinarefs.evidence.retrieve import SourceIndex

TEXT = (
    "Lowers, levels, frobulase and zorbin: frobulase and zorbin levels were all measured.\n\n"
    "Figure 2 Made-up test cells with zorbin.\n\n"
    "In the made-up test cells of this made-up test text, zorbin lowers frobulase levels "
    "within one hour of its addition to the made-up medium.\n\n"
    "Other made-up cells were grown in a made-up medium for the test."
)
CLAIM = "zorbin lowers frobulase levels"


def test_names_are_words_with_inner_capitals_or_digits():
    assert rerank.names("SAMHD1 binds HIV-1 in MudPIT runs of The Test") == {
        "samhd1",
        "hiv-1",
        "mudpit",
    }


def test_features_read_the_claims_phrases_captions_and_coverage():
    index = SourceIndex.build(TEXT)
    q = index.first_stage(CLAIM, [])
    by_text = {s: i for i, s in enumerate(index.sentences)}
    stating = next(i for s, i in by_text.items() if "zorbin lowers" in s)
    caption = by_text["Figure 2 Made-up test cells with zorbin."]
    assert rerank.f_phrases(q, stating) == 1.0  # every word pair of the claim, in order
    assert rerank.f_claim_covered(q, stating) == 1.0
    assert rerank.f_caption(q, caption) == 1.0 and rerank.f_caption(q, stating) == 0.0
    assert len(rerank.features(q, stating)) == len(rerank.FEATURES)


def test_the_ranker_reorders_the_first_stages_candidates():
    index = SourceIndex.build(TEXT)
    first = index.rank(CLAIM, [], weights={})
    assert first[0].text.startswith("Lowers, levels")  # repeated words win BM25
    ranked = index.rank(CLAIM, [], weights={"first": 1.0, "phrases": 5.0})
    assert "zorbin lowers frobulase levels" in ranked[0].text
    assert {s.index for s in ranked} <= {s.index for s in index.rank(CLAIM, [], top=30)}


def test_the_committed_weights_name_only_known_features():
    assert set(WEIGHTS) <= set(rerank.FEATURES)


def _name_by_definition(run: str) -> str:
    """_name_in's docstring as plain code: the first start (an ASCII letter at the start or
    after a hyphen, two characters at least before any trailing hyphens) with, from it on,
    a capital followed later by a capital or digit, or a digit followed later by a letter."""
    end = len(run.rstrip("-"))
    for p in range(end - 1):
        if not (run[p].isascii() and run[p].isalpha() and (p == 0 or run[p - 1] == "-")):
            continue
        rest = run[p:]
        for i, c in enumerate(rest):
            later = rest[i + 1 :]
            if (
                c.isascii()
                and c.isupper()
                and any(d in string.ascii_uppercase + string.digits for d in later)
            ):
                return run[p:end]
            if c.isdecimal() and any(d in string.ascii_letters for d in later):
                return run[p:end]
    return ""


@given(st.lists(st.text(alphabet="aAbZz019-_é", min_size=1, max_size=8), max_size=8))
def test_skipping_plain_words_finds_the_same_names(runs):
    text = " ".join(runs)
    runs_of_text = re.findall(r"[\w-]+", text)
    assert [rerank._name_in(r) for r in runs_of_text] == [
        _name_by_definition(r) for r in runs_of_text
    ]
    every_run = {_name_by_definition(r).lower() for r in runs_of_text} - {""}
    assert rerank.names(text) == every_run


def test_a_long_run_of_digits_is_one_pass():
    """Quadratic work would take minutes here (the pathological inputs' benchmark)."""
    run = "x" + "1" * 100_000 + "a-"
    assert rerank._name_in(run) == run[:-1]
    assert rerank.names("ab" + "1" * 100_000) == set()  # no capital, no letter after a digit
