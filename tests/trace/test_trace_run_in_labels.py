"""A numbered label opening its paragraph ("KQ10: Does ...", "KQ13. Is ...", as clinical
guidelines print their key questions) in a text whose superscripts were flattened: its
digits are glued to the paragraph's first word before a colon or a full stop, where no
clause ends (one word states nothing a citation could support). They are no citation, and
no close call for the reader to look at.

The passage is written for this test; the references are placeholders with a number and a
key only (no bibliographic facts).
"""

from __future__ import annotations

from blinarefs.model import Reference
from blinarefs.trace.checks import check_trace
from blinarefs.trace.manuscript import trace_manuscript


def _text() -> str:
    lines, n = ["Each KQ below was set by the panel, and each KQ has its answer."], 1
    for q in range(10, 22):
        mark = ":" if q % 2 else "."
        lines.append(f"KQ{q}{mark} Does watering moss change its growth in the garden?")
        lines.append(
            f"Watering doubled the growth of moss in three gardens.{n},{n + 1} The effect "
            f"lasted a year in shaded beds.{n + 2}"
        )
        n += 3
    return "\n".join(lines) + "\n"


def test_a_numbered_label_opening_its_paragraph_is_no_citation_and_no_close_call():
    text = _text()
    refs = [Reference(id=f"r{k}", number=k) for k in range(1, 61)]
    trace = trace_manuscript(text, refs, body_end=len(text))
    assert [c.numbers for c in trace.citations] == [
        numbers for n in range(1, 37, 3) for numbers in ((n, n + 1), (n + 2,))
    ]
    doubts = [f.text for f in check_trace(trace) if f.code == "uncertain-marker"]
    assert doubts == []


def test_a_citation_after_a_paragraphs_first_word_and_a_comma_is_still_read():
    # "Recently3, ...": the word opens a clause that goes on; the comma is no label's
    text = _text() + "Recently37, the panel added a question on moss in pots.\n"
    refs = [Reference(id=f"r{k}", number=k) for k in range(1, 61)]
    trace = trace_manuscript(text, refs, body_end=len(text))
    assert trace.citations[-1].numbers == (37,)
