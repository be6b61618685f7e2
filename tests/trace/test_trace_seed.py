"""The seed commentary, traced: every marker with its exact numbers, nothing else."""

from __future__ import annotations

import re

import pytest

from blinarefs.trace.checks import check_trace, summarise
from blinarefs.trace.manuscript import trace_manuscript

# (the text just before the marker, the marker, the numbers it cites), in text order
SEED_MARKERS = [
    ("Bassan et al", "1", (1,)),
    ("multiagent chemotherapy.", "2", (2,)),
    ("in June 2023.", "3", (3,)),
    ("at 3 years.", "4", (4,)),
    ("KMT2A rearranged ALL.", "5", (5,)),
    ("aged 1 to 10 years.", "6", (6,)),
    ("(see figure\u00a0", "2-9", (2, 3, 4, 5, 6, 7, 8, 9)),
    ("T-cell responsiveness.", "10", (10,)),
]


@pytest.fixture(scope="module")
def seed_trace(seed_text):
    return trace_manuscript(seed_text)


def test_every_marker_with_its_exact_span_and_numbers(seed_trace, seed_text):
    got = [(c.marker, c.numbers) for c in seed_trace.citations]
    assert got == [(marker, numbers) for _, marker, numbers in SEED_MARKERS]
    for citation, (before, marker, _) in zip(seed_trace.citations, SEED_MARKERS, strict=True):
        assert seed_text[citation.start : citation.end] == marker
        assert seed_text[: citation.start].endswith(before)
        assert citation.kind == "superscript"
        assert not citation.missing


def test_keys_follow_the_printed_numbers(seed_trace, seed_parsed):
    by_number = {r.number: r.id for r in seed_parsed.references}
    for c in seed_trace.citations:
        assert c.keys == tuple(by_number[n] for n in c.numbers)


def test_no_other_number_in_the_body_is_a_citation(seed_trace, seed_text):
    """Every digit run of the body outside a marker is text: years, %, P, ages, trials."""
    spans = [(c.start, c.end) for c in seed_trace.citations]
    body = seed_text[: seed_trace.body_end]
    others = [
        m.group()
        for m in re.finditer(r"\d+", body)
        if not any(s <= m.start() < e for s, e in spans)
    ]
    for text in ("2317", "1731", "1910", "2014", "2017", "2018", "2023", "2024", "149", "72"):
        assert text in others
    assert len(others) + sum(len(re.findall(r"\d+", c.marker)) for c in seed_trace.citations) == (
        len(re.findall(r"\d+", body))
    )


def test_claims_are_sentences_with_their_links(seed_trace):
    claims = seed_trace.claims
    assert claims[0].text.startswith("In this issue of Blood, Bassan et al1 report")
    assert claims[0].link == "explicit" and claims[0].numbers == (1,)
    assert claims[1].text.startswith("They found that")
    assert claims[1].text.endswith("primary end point of the study.")  # "P < .001" inside
    assert claims[1].link == "inherited" and claims[1].numbers == (1,)
    assert "claim 1" in claims[1].reason
    thus = next(c for c in claims if c.text.startswith("Thus, pivotal trials"))
    assert thus.numbers == (2, 3, 4, 5, 6, 7, 8, 9)
    gimema = next(c for c in claims if c.text.startswith("The GIMEMA LAL2317 study"))
    assert gimema.link == "entity" and gimema.numbers == (1,)
    assert "LAL2317" in gimema.reason and "title" in gimema.reason


def test_captions_furniture_and_disclosures_are_not_claims(seed_trace):
    texts = " ".join(c.text for c in seed_trace.claims)
    assert "Close modal" not in texts
    assert "Timing of FDA approvals" not in texts
    assert "Conflict-of-interest" not in texts
    reasons = [s.reason for s in seed_trace.skipped]
    assert reasons.count("figure caption (a line repeated verbatim)") == 2
    assert "page furniture" in reasons and "disclosure" in reasons


def test_seed_is_fully_traceable(seed_trace):
    findings = check_trace(seed_trace)
    assert not [f for f in findings if f.severity == "error"]
    codes = {f.code for f in findings}
    assert codes == {"uncited-claim"}
    assert summarise(seed_trace, findings).startswith(
        "10 of 10 references cited, numbering in order, 0 dangling citations"
    )


def test_seed_lists_its_uncited_factual_claims(seed_trace, seed_text):
    uncited = [f for f in check_trace(seed_trace) if f.code == "uncited-claim"]
    starts = [f.text[:40] for f in uncited]
    assert any(s.startswith("A Philadelphia (Ph)-like signature") for s in starts)
    assert any(s.startswith("In June 2024, the FDA expanded") for s in starts)
    for f in uncited:
        assert seed_text[f.span[0] : f.span[1]] == f.text
        assert f.severity == "warning" and f.suggestion
    cited_starts = {c.text[:40] for c in seed_trace.claims if c.link}
    assert not cited_starts & set(starts)


def test_every_reference_is_cited_in_some_claim(seed_trace):
    data = seed_trace.to_dict()
    assert [r["number"] for r in data["references"]] == list(range(1, 11))
    assert all(r["cited_in"] for r in data["references"])
    seven = data["references"][6]
    assert seven["key"] == "martinelli2017complete"
    thus = next(c for c in data["claims"] if c["text"].startswith("Thus, pivotal"))
    assert seven["cited_in"] == [thus["index"]]
