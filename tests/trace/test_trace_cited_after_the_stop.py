"""A bracketed citation printed after the sentence's full stop, closed by a full stop of its
own ("was impaired. [2,3]. The toxin ...", "... impairment. (5)." at a paragraph's end), as
some journals and many authors' manuscripts print it: the marker belongs to the sentence it
follows, which is then cited, not flagged. A marker that opens a sentence as its subject, a
list's numbered label and a new paragraph's marker stay where they are.

Passages are written for these tests (no real study is described); the references are
placeholders with a number and a key only.
"""

from __future__ import annotations

from tracedata import cited, claims_by_opening, placeholder_refs

from blinarefs.trace.citation import Citation
from blinarefs.trace.decode import decode_citations
from blinarefs.trace.sentences import split_sentences


def sentences(text: str, *markers: str) -> list[str]:
    return [s.text for s in split_sentences(text, cited(text, *markers))]


def test_a_marker_closed_by_its_own_full_stop_belongs_to_the_sentence_before():
    text = (
        "Goats in Springfield grazed at dawn [1]. Their made-up kidneys were impaired. "
        "[2,3]. The examplia toxin binds to them [4]. It causes invented weakness. [5].\n\n"
        "Sheep were spared. (6). Roe found no toxin in them. [7, 8][9]. Doe did.\n"
    )
    assert sentences(text, "[1]", "[2,3]", "[4]", "[5]", "(6)", "[7, 8]", "[9]") == [
        "Goats in Springfield grazed at dawn [1].",
        "Their made-up kidneys were impaired. [2,3].",
        "The examplia toxin binds to them [4].",
        "It causes invented weakness. [5].",
        "Sheep were spared. (6).",
        "Roe found no toxin in them. [7, 8][9].",
        "Doe did.",
    ]


def test_markers_that_open_a_sentence_a_label_or_a_paragraph_stay_where_they_are():
    text = (
        "Goats grazed at dawn. [4] reported the same in sheep.\n\n"
        "[5]. Roe counted the goats again.\n"
    )
    assert sentences(text, "[4]", "[5]") == [
        "Goats grazed at dawn.",
        "[4] reported the same in sheep.",
        "[5].",
        "Roe counted the goats again.",
    ]
    # bare digits closed by a full stop are a numbered list's label, never a citation's
    listed = "Steps were taken in turn. 2. The goats were weighed."
    two = listed.index("2.")
    marker = Citation("2", two, two + 1, (2,), ("r2",), "superscript")
    assert split_sentences(listed, [marker])[0].text == "Steps were taken in turn."


def test_a_sentence_cited_after_its_full_stop_is_no_uncited_claim():
    text = (
        "Introduction\n\n"
        "Invented fever is the most common made-up disease of Springfield [1]. Examplia toxin "
        "damages the kidneys of goats in 40% of cases. [2,3]. The toxin binds to an invented "
        "receptor [4].\n"
    )
    assert [c.numbers for c in decode_citations(text, placeholder_refs(8))] == [
        (1,),
        (2, 3),
        (4,),
    ]
    claim = claims_by_opening(text)["Examplia toxin damages the kid"]
    assert claim.numbers == (2, 3) and claim.link == "explicit"
    assert not claim.needs_citation
