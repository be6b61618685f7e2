"""A short paragraph of one sentence whose citation follows its full stop is a claim, not a
heading: the marker (typed, or Word's raised digits as a .docx reads) is stripped before the
end-punctuation test. Passages are written for these tests."""

from __future__ import annotations

import pytest

from blinarefs.trace.furniture import classify_paragraphs
from blinarefs.trace.sentences import split_paragraphs


def reasons(text: str) -> list[str | None]:
    paragraphs = split_paragraphs(text)
    found = classify_paragraphs(paragraphs)
    return [found.get(p.index) for p in paragraphs]


@pytest.mark.parametrize(
    "cited",
    [
        "Owls hunt mostly at dusk.1",
        "Owls hunt mostly at dusk.1,2",
        "Owls hunt mostly at dusk.1–3",
        "Owls hunt mostly at dusk.^4^",
        "Owls hunt mostly at dusk.[4]",
        "Owls hunt mostly at dusk!5",
        "Owls hunt mostly at dusk.³,¹",  # Word's raised digits, as a .docx reads
        "Owls hunt mostly at dusk.¹⁻³",
        "Owls hunt mostly at dusk.²",
    ],
)
def test_a_short_cited_sentence_is_no_heading(cited):
    assert reasons(f"Results\n\n{cited}\n\nVoles are their usual prey.") == [
        "heading or page furniture",
        None,
        None,
    ]


@pytest.mark.parametrize("heading", ["Section 2.1", "Results 2", "Owls and voles"])
def test_headings_with_numbers_stay_headings(heading):
    assert reasons(f"{heading}\n\nVoles are their usual prey.") == [
        "heading or page furniture",
        None,
    ]


def test_a_section_heading_repeated_from_a_structured_abstract_is_a_heading():
    text = (
        "Results\n\nOwls took more voles in winter.\n\nMethods\n\nPellets were counted.\n\n"
        "Results\n\nThe owls took 40 voles a month.\n\nThe note below was printed twice.\n\n"
        "The note below was printed twice."
    )
    assert reasons(text) == [
        "heading or page furniture", None, "heading or page furniture", None,
        "heading or page furniture", None,
        "figure caption (a line repeated verbatim)", "figure caption (a line repeated verbatim)",
    ]  # fmt: skip


def test_end_matter_is_no_claim_with_or_without_its_own_heading():
    text = (
        "Discussion\n\nOwls are known to hunt at dusk.\n\n"
        "Author contributions: AB counted the pellets and wrote the paper.\n\n"
        "Ethics approval: the owl study board approved the work.\n\n"
        "Acknowledgements\n\nThe rangers of the reserve lent their ladders.\n\n"
        "Appendix\n\nVoles were weighed monthly."
    )
    assert reasons(text) == [
        "heading or page furniture", None, "disclosure", "disclosure",
        "heading or page furniture", "disclosure (under its heading)",
        "heading or page furniture", None,
    ]  # fmt: skip


def test_a_caption_under_its_own_label_line_is_no_claim():
    text = (
        "Owls hunt at dusk.\n\nFig. 2.\n\nThe owl's flight path is shown in grey.\n\n"
        "Results\n\nVoles were caught at dawn.\n\nTable 1\n\nVoles caught per month\n\n"
        "Counts are means of three nights.\n\nDiscussion"
    )
    assert reasons(text) == [
        None, "figure or table caption", "figure or table caption (after its label)",
        "heading or page furniture", None, "heading or page furniture",
        "figure or table caption (after its label)", "figure or table caption (after its label)",
        "heading or page furniture",
    ]  # fmt: skip


def test_a_table_of_contents_is_no_claim_but_a_table_of_values_is_no_contents():
    # a Word file's contents saved as text: one line an entry, no blank line between them
    contents = (
        "1\tBACKGROUND\t3\n1.1\tOwls of the northern valleys\t3\n2\tMethods\t9\n"
        "Results ..... 14\n3.2\tVoles in the snow\t21"
    )
    values = "Autumn\t221\t49\nWinter\t228\t65\nSpring\t75\t4"
    prose = "Owls of the northern valleys hunt voles in the snow in winter 12 times a night."
    found = reasons(f"{contents}\n\n{values}\n\n{prose}")
    assert set(found[:-2]) == {"table of contents"}
    assert found[-2] != "table of contents" and found[-1] is None


def test_a_title_page_saved_as_text_is_no_claim_but_prose_wrapped_by_hand_is():
    # Word's "Save as text" leaves no blank line between a byline and its affiliations
    byline = (
        "Ann Owler1,*, Ben Vole2, Cat Heron2\n"
        "1 Owl Research Unit, Northern Valleys Institute of Birds, Snowtown, NV, Freedonia\n"
        "2 Vole Ecology Group, Northern Valleys Institute of Birds, Icefield, NV, Freedonia"
    )
    wrapped = (
        "Owls of the northern valleys hunt voles in the snow at dusk, and\n"
        "they take 12 voles a night in the coldest weeks of the Winter\n"
        "when the snow lies deep (Owler et al. 2021)"
    )
    assert reasons(f"{byline}\n\n{wrapped}") == ["heading or page furniture", None]
