"""Digits glued to a name that the cited work's own title prints are a citation of it.

Passages and titles are written for these tests (made-up names and works)."""

from __future__ import annotations

from blinarefs.model import Reference
from blinarefs.trace.decode import decode_citations

CITED = " ".join(f"Finding {w} was reported{n}." for n, w in enumerate("abcdefghijkl", 1))
TEXT = CITED + (
    " Reads were aligned with Zyphr13 and trimmed. Variants from Zyphr13 were kept,"
    " and Zyphr13 was run twice. Later work agrees14. Genes near Trip12 stay, and"
    " editing with Cas9 works."
)
TITLES = {
    13: "Zyphr: a fast aligner for short reads",
    12: "A study of twelve genes",
    9: "Genome editing with a Cas system",
}


def decoded(titles: dict[int, str]) -> list[tuple[str, tuple[int, ...]]]:
    refs = [Reference(id=f"r{k}", number=k, title=titles.get(k, "")) for k in range(1, 21)]
    return [(c.marker, c.numbers) for c in decode_citations(TEXT, refs)][12:]


def test_a_name_the_cited_works_title_prints_carries_its_citation_each_time():
    # "Zyphr13" three times is Zyphr and citation 13 each time: reference 13's title names
    # Zyphr; "Trip12" (reference 12 names no Trip) and "Cas9" (one digit, a member's
    # as often) stay names
    assert decoded(TITLES) == [("13", (13,)), ("13", (13,)), ("13", (13,)), ("14", (14,))]


def test_without_titles_the_text_alone_decides():
    assert decoded({}) == [("13", (13,)), ("13", (13,)), ("14", (14,))]


def test_a_name_printed_with_other_digits_too_is_a_family_of_variants():
    # "Qex15" beside "Qex101": variants of one thing, whatever reference 15 is about
    text = CITED + " Cells made Qex15 and Qex101. Both Qex15 and Qex101 bind. Later work agrees13."
    refs = [
        Reference(id=f"r{k}", number=k, title="The Qex protein" if k == 15 else "")
        for k in range(1, 21)
    ]
    assert [c.marker for c in decode_citations(text, refs)][12:] == ["13"]


def test_one_digit_cites_a_work_whose_title_opens_with_the_name():
    # "novaSplit5" again, where reference 5 is "novaSplit: ...": the tool's own paper; "Cas9"
    # beside a work on "a Cas system" stays a name (the title does not open with it)
    text = CITED + (
        " Breakpoints were called with novaSplit5 (see the repository), and novaSplit5 was run"
        " twice. Editing with Cas9 works, and later work agrees13."
    )
    titles = {5: "novaSplit: local assembly for breakpoints", 9: "Genome editing with a Cas system"}
    refs = [Reference(id=f"r{k}", number=k, title=titles.get(k, "")) for k in range(1, 21)]
    assert [c.numbers for c in decode_citations(text, refs)][12:] == [(5,), (5,), (13,)]
    untitled = [Reference(id=f"r{k}", number=k) for k in range(1, 21)]
    assert [c.numbers for c in decode_citations(text, untitled)][12:] == [(13,)]


def test_a_run_no_sitting_reads_cites_the_work_whose_title_opens_with_its_name():
    # "QuSE5," in a list of tools: no reading by how it sits (one digit glued to a name in
    # mixed case, none standing alone); reference 5 is "QuSE: ...", the tool's own paper
    text = CITED + " Calls were made with Vexal13, QuSE5, and Tessin14 in turn. Others agree15."
    titles = {5: "QuSE: accounting for noise in variant calls"}
    refs = [Reference(id=f"r{k}", number=k, title=titles.get(k, "")) for k in range(1, 21)]
    assert [c.numbers for c in decode_citations(text, refs)][12:] == [(13,), (5,), (14,), (15,)]
    untitled = [Reference(id=f"r{k}", number=k) for k in range(1, 21)]
    assert [c.numbers for c in decode_citations(text, untitled)][12:] == [(13,), (14,), (15,)]
