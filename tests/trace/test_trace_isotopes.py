"""A flattened superscript glued to an isotope written with its mass number ("64Cu",
"89Zr", "13C"): before it ("is sold.1264Cu-ATSM": citation 12, then 64Cu) or after it
("a tracer for 64Cu13 and": 64Cu, then citation 13). Only the order of first citations
takes it; an isotope on its own, or a mass no isotope of that element has, is text.

Passages are written for these tests; the references behind them are placeholders with a
number only (no bibliographic facts).
"""

from __future__ import annotations

from blinarefs.model import Reference
from blinarefs.trace.decode import decode_citations
from blinarefs.trace.isotopes import isotope_reading

OPENING = (
    "Tracers light up tumours.1 Their uptake varies,2,3 and so does their washout.4 Metal "
    "tracers need a chelator.5,6 Some chelators bind at room temperature,7 others need "
    "heat.8-10 Half-lives differ widely.11 "
)


def cited(text: str, size: int = 20) -> list[tuple[int, ...]]:
    refs = [Reference(id=f"r{k}", number=k) for k in range(1, size + 1)]
    return [c.numbers for c in decode_citations(text, refs)]


def reading(text: str, run: str) -> tuple[str, tuple[int, ...]] | None:
    start = text.index(run)
    cand = isotope_reading(text, start, start + len(run))
    return None if cand is None else (text[cand.start : cand.end], cand.numbers)


def test_a_citation_glued_to_an_isotope_on_either_side_is_read_in_order():
    text = OPENING + (
        "A ready-made kit is sold.1264Cu-ATSM then labels hypoxic cells. The chelator is "
        "unstable for 64Cu13 and needs care. For longer imaging, 89Zr-labelling is "
        "used.1489Zr tracers last days."
    )
    assert cited(text)[-3:] == [(12,), (13,), (14,)]


def test_the_run_less_the_isotopes_mass_is_the_citation():
    assert reading("is sold.1264Cu-ATSM then", "1264") == ("12", (12,))
    assert reading("and reported313C shifts", "313") == ("3", (3,))
    assert reading("used for 64Cu13 and more", "13") == ("13", (13,))


def test_an_isotope_alone_or_a_mass_the_element_lacks_is_no_citation():
    text = OPENING + "We used 13C labels and 64Cu tracers. The sample.1247Cu-ATSM was pure."
    assert cited(text)[-1] == (11,)
    assert reading("The sample.1247Cu-ATSM was", "1247") is None  # copper has no isotope 47
    assert reading("in cells 1264Cu-ATSM", "1264") is None  # after a space: no glued run
