"""Bracketed citations that say where in the work they point, with no colon or comma before
the place: a page after a space, "[3 pg. 83]" (issue 14). Every number of the group cites;
the page cites nothing. And a fused ring's locants inside a chemical name are no citation.

Passages are written for these tests; the references are placeholders.
"""

from __future__ import annotations

from blinarefs.model import Reference
from blinarefs.trace.decode import decode_citations


def refs(n: int) -> list[Reference]:
    return [Reference(id=f"r{i}", number=i) for i in range(1, n + 1)]


def numbers(text: str, size: int = 30) -> list[tuple[int, ...]]:
    return [c.numbers for c in decode_citations(text, refs(size))]


def test_a_page_after_a_number_inside_the_group_keeps_every_number():
    text = (
        "Roe read the Springfield beak as a crushing tool [1, 2, 3 pg. 83, 4], while Doe "
        "saw a grasping one [2, 5 pg. 270, 6]. The third view is older [7 p. 5]; a fourth "
        "keeps the question open [8 pp. 12–14]."
    )
    assert numbers(text) == [(1, 2, 3, 4), (2, 5, 6), (7,), (8,)]


def test_pages_are_never_read_as_citations():
    """The page's numbers are no reference: "pg. 83" names no work 83,
    and a page range is not a range of references ("[3 pp. 8–9]" cites 3 only)."""
    text = "Roe measured the teeth [1 pg. 15]. Doe counted them [2 pp. 8–9, 3]."
    assert numbers(text) == [(1,), (2, 3)]


def test_brackets_with_pages_after_a_colon_or_a_comma_read_as_before():
    """Guard: the forms read before this change ("[13: 70–71]", "[1, p. 5]") are unchanged,
    and a page alone in brackets is no citation."""
    text = "Roe said so [13: 70–71]. Doe agreed [1, p. 5]. The margin [p. 4] is wide [2]."
    assert numbers(text) == [(13,), (1,), (2,)]


def test_a_fused_rings_locants_inside_a_chemical_name_are_no_citation():
    """ "benzo[2,1,3]thiadiazole", "tetrahydro[5]helicene": locants between a fusion prefix
    and the ring's name, glued both sides, name no work (they were read as citations 2, 1,
    3 and 5)."""
    text = (
        "Roe made the dyes [1]. Doe measured them [2]. Others agree [3, 4]. We made "
        "dithienyl-benzo[2,1,3]thiadiazole and tetrahydro[5]helicene dyes as before [5]."
    )
    assert numbers(text, 6) == [(1,), (2,), (3, 4), (5,)]


def test_a_citation_that_lost_its_space_before_a_word_still_cites():
    """Guard: "study[3]and" is a citation glued to the words either side by a lost space."""
    text = "Roe made dyes [1]. Doe measured them [2]. The Springfield study[3]and others agree."
    assert numbers(text, 5) == [(1,), (2,), (3,)]
