"""A list numbered alphabetically, told from the list itself and from the manuscript's own
markers (:mod:`blinarefs.trace.list_order`, :mod:`blinarefs.trace.infer`).

Passages are written for these tests; the lists are made up: invented family names in
alphabetical order (or not), each with a number and nothing else of a work.
"""

from __future__ import annotations

from blinarefs.model import Name, Reference
from blinarefs.trace.candidates import SYNTAX, Candidate
from blinarefs.trace.cited_ahead import opening
from blinarefs.trace.decode import decode_markers
from blinarefs.trace.infer import _step, order_trust
from blinarefs.trace.list_order import numbered_alphabetically

FAMILIES = (  # invented, in alphabetical order
    "Aarle", "Abbing", "Bakkum", "Berling", "Boswijk", "Cappel", "Dorrest", "Duvekot",
    "Eelman", "Fokkens", "Gaalman", "Geurtsz", "Hamelink", "Hoogweg", "Idema", "Jongkind",
    "Kampen", "Keulemans", "Lagerwey", "Lokhorst", "Meerdink", "Mossel", "Nieuwold",
    "Oostra", "Piekema", "Quint", "Rietveld", "Scholing", "Terpstra", "Veltkamp",
)  # fmt: skip


def listed(families: tuple[str, ...] = FAMILIES) -> list[Reference]:
    return [
        Reference(id=f"r{n}", number=n, author=(Name(family=f, given="A."),))
        for n, f in enumerate(families, start=1)
    ]


def test_a_list_whose_first_authors_run_alphabetically_is_numbered_so():
    assert numbered_alphabetically(listed())
    # the same names numbered by first citation: in no order
    shuffled = tuple(FAMILIES[k * 7 % len(FAMILIES)] for k in range(len(FAMILIES)))
    assert not numbered_alphabetically(listed(shuffled))
    assert not numbered_alphabetically(listed(FAMILIES[:5]))  # too few to tell
    # numbers, not the order the list is given in, say which entry comes first
    assert numbered_alphabetically(reversed(listed()))


def test_a_misread_entry_or_two_leave_the_list_alphabetical():
    families = list(FAMILIES)
    families[4], families[20] = "World Health Organization", "de Vries"
    assert numbered_alphabetically(listed(tuple(families)))


SHORT = (  # written for the test: four citations of a list numbered alphabetically
    "Anxiety is common in adults (17). It rises with age (3) and with poverty (29). "
    "Exercise lowers it (8)."
)


def test_a_short_text_citing_an_alphabetical_list_loses_no_citation():
    """Four markers are too few for the text to tell that its list is not numbered by first
    citation: "(17)" and "(29)" looked like numbers skipped. The list tells it."""
    found = decode_markers(SHORT, listed()).citations
    assert [c.numbers for c in found] == [(17,), (3,), (29,), (8,)]
    placeholders = [Reference(id=f"r{n}", number=n) for n in range(1, 31)]
    assert [c.numbers for c in decode_markers(SHORT, placeholders).citations] != [
        (17,), (3,), (29,), (8,)
    ]  # fmt: skip


def cands(*numbers: int, start: int = 0) -> list[Candidate]:
    """Bracketed citations, one a number, in text order."""
    return [Candidate(start + 4 * k, start + 4 * k + 3, "bracket", SYNTAX, (n,)) for k, n in
            enumerate(numbers)]  # fmt: skip


def test_the_order_is_trusted_as_far_as_the_first_citations_follow_it():
    assert order_trust(cands(*range(1, 21)), 20) == 1.0
    assert order_trust(cands(1, 2, 4, 3, 5, 6, 8, 7, 9, 10), 10) == 1.0  # a few swapped
    jumping = (17, 3, 29, 8, 22, 11, 35, 5, 26, 14, 2, 31, 20, 9)  # an alphabetical list's
    assert order_trust(cands(*jumping), 40) == 0.0
    few = order_trust(cands(17, 3, 29, 8, 22, 11), 40)
    assert 0.0 < few < 0.5  # six jumping about: more likely alphabetical, not for sure
    assert 0.5 < order_trust(cands(17, 3, 29), 40) < 1.0  # three: mostly the prior


def test_a_number_in_doubt_is_scored_between_the_two_readings():
    """Where the order is trusted in part, a number that skips far ahead scores between
    what it scores in a list in citation order and in one numbered alphabetically."""
    jump = cands(30)[0]
    strict, _, _ = _step(jump, opening(2), 40, 1.0)
    loose, _, words = _step(jump, opening(2), 40, 0.0)
    assert words == "in a list not numbered by first citation"
    assert strict < _step(jump, opening(2), 40, 0.5)[0] < loose


def test_a_long_group_in_doubt_scores_without_overflow():
    group = Candidate(0, 9, "bracket", SYNTAX, tuple(range(1, 2001)))
    score, (high, ahead, _), _ = _step(group, opening(0), 3000, 0.5)
    assert high == 2000 and not ahead and score > 0
