"""A spaced superscript that ends a sentence printed with no full stop: at a paragraph's end
("with lower toxicity 9" and a paragraph break) or, a group, running into the next
sentence ("the threat they pose 7, 8 However"); a heading's number and a single number
before a capitalised word stay text.

Passages are written for these tests; the references behind them are placeholders with a
number and a key only (no bibliographic facts).
"""

from __future__ import annotations

from blinarefs.model import Reference
from blinarefs.trace.decode import decode_citations
from blinarefs.trace.unstopped import ends_an_unstopped_sentence


def refs(n: int) -> list[Reference]:
    return [Reference(id=f"r{k}", number=k) for k in range(1, n + 1)]


def decoded(text: str, size: int = 12) -> list[tuple[str, tuple[int, ...]]]:
    return [(c.marker, c.numbers) for c in decode_citations(text, refs(size))]


SPACED = (
    "Beetles of Springfield sense odours with proteins of the antenna 1. These proteins "
    "carry small ligands 2, and some bind repellents 3. Their structures were solved in "
    "three species 4. Binding assays were run on each of them 5. Field trials in Examplia "
    "measured how much the repellents protect workers 6."
)


def test_a_group_that_runs_into_the_next_sentence_cites():
    text = (
        SPACED + " Repellents are a burden for the farms because of the threat they pose 7, 8 "
        "However, none of them was tested in winter 9."
    )
    assert decoded(text)[6:] == [("7, 8", (7, 8)), ("9", (9,))]


def test_a_spaced_number_that_closes_a_paragraph_with_no_full_stop_cites():
    text = (
        SPACED + " Newer repellents were designed for scalability and for a lower toxicity 7\n\n"
        "Field work went on in the spring 8."
    )
    assert decoded(text)[6:] == [("7", (7,)), ("8", (8,))]


def test_a_headings_number_and_a_single_number_before_a_capital_stay_text():
    heading = SPACED + "\n\nResults of trial 7\n\nThe beetles left the traps 7."
    assert (
        ends_an_unstopped_sentence(heading, heading.index(" 7\n"), heading.index(" 7\n") + 2)
        is False
    )
    single = "Beetles were counted in the cold rooms of the western wing 2 Patients"
    at = single.index(" 2 ")
    assert not ends_an_unstopped_sentence(single, at, at + 2)
    group = "Beetles were counted in the cold rooms of the western wing 2, 3 However"
    at = group.index(" 2, 3")
    assert ends_an_unstopped_sentence(group, at, at + 5)
