"""Flattened superscripts glued to names listed in turn, and names glued to the same digits
again and again.

Passages are written for these tests; the references behind them are placeholders with a
number and a key only (no bibliographic facts). Program and gene names are made up.
"""

from __future__ import annotations

from tracedata import placeholder_refs as refs

from blinarefs.model import Reference
from blinarefs.trace.candidates import IN_TURN
from blinarefs.trace.decode import decode_citations, decode_markers
from blinarefs.trace.in_turn import listed_in_turn


def decoded(text: str, size: int = 40) -> list[tuple[str, tuple[int, ...]]]:
    return [(c.marker, c.numbers) for c in decode_citations(text, refs(size))]


_TOOLS = (
    "Reads were first described elsewhere.1 Earlier work used the Wobble method.2,3 It was "
    "later extended.4,5 We compared aligners such as Quuxer6, FrobMap7, Zed8 and Blorpo9 on "
    "the same reads. A survey of the field followed.10 Variants were taken from the ZEEB11 "
    "and QUORMIC12 databases as the truth. The genes Abc13, Abc14 and Abc15 were knocked out."
)


def test_names_each_glued_to_the_next_number_are_citations():
    assert decoded(_TOOLS) == [
        ("1", (1,)),
        ("2,3", (2, 3)),
        ("4,5", (4, 5)),
        ("6", (6,)),
        ("7", (7,)),
        ("8", (8,)),
        ("9", (9,)),
        ("10", (10,)),
        ("11", (11,)),
        ("12", (12,)),
    ]
    why = {d.candidate.numbers: d.candidate.why for d in decode_markers(_TOOLS, refs(40)).decisions}
    assert IN_TURN in why[(9,)] and IN_TURN in why[(12,)]


def test_members_of_one_family_are_no_series():
    text = "The genes Abc13, Abc14 and Abc15 were knocked out."
    assert listed_in_turn(text, []) == []


def test_a_group_that_does_not_count_up_joins_no_series():
    # "Zorp2,14": the name's digit and a citation, or two citations; the two after it count
    # up from 14 but have no member before them that says so
    text = "Tools such as Zorp2,14, Quix15 and Wendel16 were run, then Abcor11, Defin12 and Gh2,9."
    found = listed_in_turn(text, [])
    assert [(text[c.start : c.end], c.numbers) for c in found] == [
        ("15", (15,)),
        ("16", (16,)),
        ("11", (11,)),
        ("12", (12,)),
    ]


def test_residues_numbered_in_turn_are_no_series():
    text = "Shifts are seen for residues K7, R8, W9, G10 and for Lys12, Arg13, Trp14."
    assert listed_in_turn(text, []) == []


def test_two_names_with_one_digit_each_are_no_series():
    text = "Cells expressing Sorx2 and Octa3 were sorted."
    assert listed_in_turn(text, []) == []


def test_a_name_glued_to_the_same_digits_in_every_paragraph_is_a_name():
    # "Zapper" also stands alone once, so it is no name by that sign alone
    text = (
        "Long reads are noisy.1 Aligners index the reference first.2 We mapped every read "
        "with Zapper2 using its default seeds. Zapper2 then chains the seeds.3 Of the tools "
        "tried, Zapper2 was the fastest. Memory in Zapper2 grows with the index.4 Running "
        "Zapper2 on a laptop is possible. The Zapper index can be split.5 We ran Zapper2 twice, "
        "as its authors did with Zapper26."
    )
    cited = [n for _, n in decoded(text, 10)]
    assert cited[:5] == [(1,), (2,), (3,), (4,), (5,)] and cited.count((2,)) == 1


def test_an_author_cited_by_name_each_time_keeps_the_citations():
    # never glued to more digits: an author, not a program whose name carries a digit
    text = (
        "Coastal dunes move each winter.1 Their plants bind the sand.2,3 Grazing loosens it "
        "again.4,5 Marrowby5 measured the loss over ten years. Marrowby5 found it doubled after "
        "storms. Later, Marrowby5 fenced three plots. In the fenced plots Marrowby5 saw "
        "regrowth. Sheep returned when Marrowby5 removed the fences. The Marrowby survey "
        "ended then. Seeds travel far.6"
    )
    assert [n for _, n in decoded(text, 10)] == [
        (1,), (2, 3), (4, 5), (5,), (5,), (5,), (5,), (5,), (6,)
    ]  # fmt: skip


def test_names_that_end_in_digits_listed_in_turn_keep_their_digits():
    # "Mapper21" is the program Mapper2 and citation 1: the series counts up one by one
    text = (
        "Earlier callers missed small variants.1-3 We compared Mapper24, Quux5, Trellis6, "
        "Zorba27 and Hoplite28 on the same reads. The yeast proteins Blr30p10 and Fop1p11 "
        "bind the complex."
    )
    found = listed_in_turn(text, [])
    assert [(text[c.start : c.end], c.numbers) for c in found] == [
        ("4", (4,)),
        ("5", (5,)),
        ("6", (6,)),
        ("7", (7,)),
        ("8", (8,)),
        ("10", (10,)),
        ("11", (11,)),
    ]
    cited = [n for _, n in decoded(text, 20)]
    assert cited == [(1, 2, 3), *((k,) for k in (4, 5, 6, 7, 8, 10, 11))]


def test_members_of_one_family_with_digits_of_their_own_are_no_series():
    # "Gx21, Gx22" is one family's members whichever way the digits split
    text = "The isoforms Kiv21, Kiv22 and Kiv23 were cloned, as were Cd44 and Cd45 and Cd46."
    assert listed_in_turn(text, []) == []


def test_labels_that_differ_only_in_their_digits_are_no_series():
    text = "Three profiles (QX3RT2, QX4RT3, and QX5RT4) and the sites (H47, H18, H69) differ."
    assert listed_in_turn(text, []) == []


def test_an_author_named_with_its_works_number_after_it_cites_by_that_number():
    # a numbered manuscript saved as text: its raised numbers flattened after a space, and
    # twice an author named with a year in the prose, each followed by that work's number;
    # the named works are the list's 3 and 6, so the text cites by number, not by name
    from blinarefs.model import Name
    from blinarefs.trace.decode import decode_citations

    names = {3: ("Latimer", 1994), 6: ("Glaston", 2012)}
    listed = [
        Reference(id=f"r{n}", number=n, author=(Name(family=names[n][0], given="A"),),
                  issued=(names[n][1],)) if n in names else Reference(id=f"r{n}", number=n)
        for n in range(1, 9)
    ]  # fmt: skip
    text = (
        "Health services adopted the new model of care. 1 , 2 The idea of translation "
        "comes from the network theory of Latimer et al (1994). 3 To translate is to move "
        "interests and people. 4 Innovation covers every new process and practice. 5 The "
        "framework of Glaston (2012) 6 was proposed for evidence. 7 , 8"
    )
    cited = [(c.marker, c.numbers, c.kind) for c in decode_citations(text, listed)]
    assert not [c for c in cited if c[2] == "author-year"]
    assert {n for _, numbers, _ in cited for n in numbers} >= {1, 2, 3, 4, 5, 7, 8}


def test_authors_glued_to_their_affiliations_in_the_byline_are_no_series():
    # a copy of the title and author block: each author glued to the next affiliation's
    # number reads like names cited in turn, but the block is no prose
    text = (
        "An invented study of otters counted by night\n\n"
        "Ada Quill1,2, Olaf Brand3, Tam Roe4, Lin Poe5\n\n"
        "1Department of Imaginary Zoology, Nowhere University\n\n"
        "Abstract\n\nOtters were counted.1 The counts rose.2\n"
    )
    assert decoded(text, size=5) == [("1", (1,)), ("2", (2,))]
