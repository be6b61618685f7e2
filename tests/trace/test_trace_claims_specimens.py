"""A taxonomic description's labelled specimens and a Methods' credit to whoever gave a
reagent are the authors' own material (issue 14, stop 61): "Holotype: ..., a female collected
on 2 May 2030 near Springfield by A. Roe", "Material examined: ...", "X was kindly provided by
B. Doe (Examplia Institute)"; the dates and the institution they name are no facts to source.

Passages, species and places are invented for these tests; the references are placeholders
with a number and a key only.
"""

from __future__ import annotations

import pytest
from tracedata import claims_by_opening as claims
from tracedata import flagged

STUDY = (
    "Introduction\n\n"
    "Made-up ticks of the genus Examplia carry invented fever in Springfield [1]. "
    "We describe three new species of Examplia.\n\n"
    "Methods\n\n"
    "Made-up ticks were collected from invented burrows.\n\n"
    "Results\n\n"
    "Examplia roei sp. nov.\n\n"
    "Invented fever doubled in 12 of 20 made-up burrows.\n\n"
    "Discussion\n\n"
    "Invented fever spreads in made-up sheep [2]. "
)


def _in(section: str, sentence: str) -> str:
    return STUDY.replace(f"{section}\n\n", f"{section}\n\n{sentence} ", 1)


LABELLED = [
    "Holotype: MNHN 1234, a female of 3.2 mm collected on 6 October 2030 inside a made-up "
    "burrow near Springfield by A. Roe.",
    "Neotype: MNHN 1235, formerly ROE-7, a female collected on 8 December 2029 near "
    "Shelbyville, Examplia, by B. Doe.",
    "Paratypes (3 females): MNHN 1236, collected in May 2030 with the holotype.",
    "Holotype ♂: MNHN 1237, collected in June 2031 in Springfield.",
    "Material examined: two males and a female, Springfield, 12 March 2030, A. Roe leg.",
    "Type locality: a made-up burrow 16 km north of Springfield, Examplia, collected in 2030.",
]


@pytest.mark.parametrize("sentence", LABELLED)
def test_a_labelled_specimen_is_the_authors_own(sentence):
    # in the Discussion (or an appendix) as in the Results, where it was the study's already
    for section in ("Discussion", "Results"):
        claim = claims(_in(section, sentence))[sentence[:30]]
        assert not claim.needs_citation
    assert claim.own == "in the Results section"
    claim = claims(_in("Discussion", sentence))[sentence[:30]]
    assert claim.own.startswith("lists the authors' own specimens under the label")


@pytest.mark.parametrize(
    "sentence",
    [
        "Recombinant Roe1 was kindly provided by B. Doe (CDC, Springfield, EX).",
        "The made-up strain was a generous gift from the CDC in 2030.",
        "Invented antibodies were donated by the CDC in 2030.",
    ],
)
def test_material_credited_to_its_giver_in_the_methods_is_the_authors_own(sentence):
    claim = claims(_in("Methods", sentence))[sentence[:30]]
    assert not claim.needs_citation
    assert claim.own.startswith("credits the authors' material to its giver")


@pytest.mark.parametrize(
    "sentence",
    [
        # prose about a type, not a label: a fact to source
        "Examplia doei was described in 1901 from Springfield, where the holotype was found.",
        # a label after a background fact
        "Examplia doei was described in 1901 from Springfield. Holotype: lost.",
    ],
)
def test_a_type_told_in_prose_stays_flagged(sentence):
    assert sentence[:30] in flagged(_in("Introduction", sentence))


@pytest.mark.parametrize(
    ("section", "sentence"),
    [
        # a gift told outside the Methods: a dated event to source
        ("Discussion", "Made-up vaccines were donated by the CDC to Examplia in 2030."),
        # an agency's statement in the Methods, with no giver's credit
        ("Methods", "The CDC estimated that invented fever costs Examplia 3 million a year."),
    ],
)
def test_an_agency_outside_a_methods_credit_stays_flagged(section, sentence):
    assert sentence[:30] in flagged(_in(section, sentence))
