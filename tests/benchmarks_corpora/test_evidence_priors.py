"""The section and position priors, passages, prefix expansion and citation cue of
benchmarks/bench_evidence_priors.py, and the term-association table of
bench_evidence_assoc.py, on made-up text."""

import pytest

pytest.importorskip("numpy")  # the benchmark's imports: the ``train`` extra
pytest.importorskip("scipy")

import bench_evidence_priors as priors

from blinarefs.evidence import retrieve
from blinarefs.evidence.retrieve import SourceIndex
from blinarefs.evidence.text import split_source, terms

PAPER = "\n\n".join(
    [
        "## Abstract",
        "Lantern moths are common visitors of pear orchards in the valley.",
        "Little is known about how orchard lights change their nightly visits.",
        "Moth visits to the pear blossoms fell sharply when the lanterns were lit.",
        "## Introduction",
        "Earlier surveys counted moths in apple orchards of the hills (Alpha et al., 2030).",
        "## Results",
        "### Visits under lanterns",
        "With the lanterns lit, visits of moths to pear blossoms dropped in every orchard.",
        "## Wind and weather",
        "The wind came mostly from the north during the second summer of counting.",
        "## Methods",
        "Copper traps were emptied every morning at six by two volunteers.",
        "## Acknowledgements",
        "We thank the orchard keepers of the valley for their patience with us.",
    ]
)


def test_each_sentence_has_the_section_of_the_nearest_heading_naming_one():
    found = priors.sections(PAPER)
    assert [s for s, _ in found] == [s for s, _ in split_source(PAPER)]
    assert [k for _, k in found] == [
        "lead", "lead", "lead", "intro", "results", "other", "methods", "back",
    ]  # fmt: skip


def test_a_section_prior_and_the_abstract_opening_change_the_first_stage_prior():
    index = priors.with_sections({"methods": -0.6}, opening=2)(PAPER)
    lead = retrieve.LEAD_SHARE
    assert index.prior[:3] == [0.0, 0.0, lead]  # the opening two lose the lead share
    assert index.prior[6] == pytest.approx(-0.6)  # the methods sentence
    assert index.prior[4] == 0.0


def test_a_claim_spanning_two_sentences_finds_the_neighbour_holding_its_other_half():
    index = SourceIndex.build(
        "Copper traps caught many beetles near the hedges.\n\n"
        "Those beetles later damaged the young plum grafts badly.\n\n"
        "Rain fell on most evenings of the second summer."
    )
    claim = "copper traps caught beetles that damaged plum grafts"
    assert priors.spanned(index, claim, 0, 0.3) == 1
    assert priors.spanned(index, "copper traps caught beetles", 0, 0.3) is None


@pytest.mark.parametrize(
    ("sentence", "cites"),
    [
        ("Visits fell as reported before (Alpha et al., 2030).", True),
        ("Beetles spread from the hedges [4, 7] in spring.", True),
        ("Such lights repel moths (Beta, 2031) in most orchards.", True),
        ("The effect was seen in myeloid cells25,26.", True),
        ("The dose was 2.5 mg per tree.", False),
        ("CD4 counts of the keepers were not measured.", False),
    ],
)
def test_the_cue_for_a_sentence_citing_another_work(sentence, cites):
    assert bool(priors._CITES.search(sentence)) is cites


def test_a_claim_word_finds_the_source_words_sharing_its_first_letters():
    build = priors.prefixed(6, 0.5)
    index = build(
        "Transmitted spores reached the far orchard.\n\nWind speeds were recorded daily at noon."
    )
    words = index.query("transmission of spores")
    [stem] = terms("transmission")
    [other] = terms("transmitted")
    assert words[stem] == 1.0 and words[other] == pytest.approx(0.5)


def test_the_association_table_keeps_what_the_evidence_says_more_than_its_neighbours():
    import bench_evidence_assoc as assoc

    def pair(claim, evidence, negatives):
        return assoc.Pair(
            "restated",
            "w1",
            frozenset(terms(claim)),
            frozenset(terms(evidence)),
            tuple(frozenset(terms(n)) for n in negatives),
        )

    pairs = [
        pair("moth visits lowered", "moth visits declined sharply orchard", ["orchard wind"]),
        pair("visits lowered at night", "visits declined at night orchard", ["orchard rain"]),
        pair("lowered counts", "counts declined orchard", ["orchard keepers"]),
    ]
    table = assoc.learn(pairs, min_pairs=3)
    [lowered], [declined], [orchard] = terms("lowered"), terms("declined"), terms("orchard")
    assert declined in table[lowered]
    assert orchard not in table.get(lowered, {})  # as common around the evidence as in it
    index = SourceIndex.build("Counts declined in spring.\n\nCounts rose in the autumn rains.")
    q = index.first_stage("counts lowered", [])
    assert assoc.association(table, q, index.bags[0]) > 0
    assert assoc.association(table, q, index.bags[1]) == 0
