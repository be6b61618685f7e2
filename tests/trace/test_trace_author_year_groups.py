"""An author-year parenthesis that cites several works: a part that cannot be read does not
take the readable ones with it; it is reported instead.

The names, years and passages are made up for these tests.
"""

from __future__ import annotations

import pytest

from blinarefs.model import Name, Reference
from blinarefs.trace.checks import check_dangling_citations
from blinarefs.trace.decode import decode_citations
from blinarefs.trace.manuscript import trace_manuscript

REFS = [
    Reference(id="roe2019", author=(Name("Roe", "J."),), issued=(2019,)),
    Reference(id="poe2020", author=(Name("Poe", "E."),), issued=(2020,)),
    Reference(id="doe2017", author=(Name("Doe", "A."),), issued=(2017,)),
]


@pytest.mark.parametrize(
    "text, missing",
    [
        # a work of the same shape that the list does not hold: a dangling citation
        ("Owls nest early (Roe 2019; Moe 2021; Poe 2020).", ("Moe 2021",)),
        ("Owls nest early (Roe 2019; Roe 2021; Poe 2020).", ("Roe 2021",)),
        ("Owls nest early (Roe 2019, Moe 2021, Poe 2020).", ("Moe 2021",)),
        # the writer's words between the works, holding a number: no citation to report
        ("Owls nest early (Roe 2019; see the appendix in Table 2; Poe 2020).", ()),
        ("Owls nest early (Roe 2019; see the appendix; Poe 2020).", ()),
        # a date beside the works is no work
        ("Owls nest early (Roe 2019; March 2021; Poe 2020).", ()),
    ],
)
def test_the_readable_parts_of_a_group_are_kept_and_the_other_reported(text, missing):
    [c] = decode_citations(text, REFS)
    assert c.keys == ("roe2019", "poe2020")
    assert c.missing == missing


def test_a_group_whose_parts_name_no_work_is_still_no_citation():
    # nothing in it names a work of the list: a name and a year are no citation by themselves
    assert decode_citations("Owls nest early (Moe 2021; Loe 2018).", REFS) == []


def test_a_missing_part_of_a_group_is_a_dangling_citation_finding():
    trace = trace_manuscript("Owls nest early (Roe 2019; Moe 2021; Poe 2020).", REFS)
    [finding] = check_dangling_citations(trace)
    assert "'Moe 2021'" in finding.message


def test_et_al_with_a_replacement_character_for_its_space_is_read():
    # a copy decoded in the wrong character set: the thin space of "et al." is U+FFFD
    text = "Owls nest early (Roe et\ufffdal. 2019, Poe 2020), as Roe et\ufffdal. (2019) saw."
    roe = (Name("Roe", "J."), Name("Loe", "K."), Name("Zoe", "L."))
    refs = [Reference(id="roe2019", author=roe, issued=(2019,)), REFS[1]]
    assert [c.keys for c in decode_citations(text, refs)] == [("roe2019", "poe2020"), ("roe2019",)]
