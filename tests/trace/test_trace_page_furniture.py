"""Page furniture a PDF copy leaves between paragraphs: a running head with the journal's
year, volume, issue and pages, which cite nothing however they sit.

Passages are written for these tests; the references behind them are placeholders with a
number and a key only (no bibliographic facts).
"""

from __future__ import annotations

from tracedata import FORTY

from blinarefs.trace.decode import decode_citations

LEAD = " ".join(f"Owls hunt at dusk.{n}" for n in range(1, 9))


def _cited(text: str) -> list[tuple[int, ...]]:
    return [c.numbers for c in decode_citations(f"{LEAD} {text}", FORTY)]


def test_the_pages_of_a_running_head_are_no_citation():
    text = (
        "Moths fly at night.9\n\nJ Invented Stud. 2019;4(2):9–16.\n\nMoths rest by day.10\n\n"
        "Invented Studies 2020; 12:3-11\n\nIn spring they fly.11"
    )
    assert _cited(text) == [(n,) for n in range(1, 12)]
