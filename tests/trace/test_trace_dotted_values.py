"""A count grouped in thousands with full stops ("21.939.196 casos") and a date printed day,
month and year ("05.03.2019") are whole values, no version with a citation glued after it
(trace/versions.py): a plain copy of a Portuguese or Spanish Word file prints them so, and
reading "21.939." as a version left "196" a close call ("uncertain marker"). A version's
parts with a citation glued after them are read as before ("SSPACE v 2.0.513").

Passages are written for these tests; the references are placeholders with a number only.
"""

from __future__ import annotations

import pytest

from blinarefs.model import Reference
from blinarefs.trace.decode import decode_markers
from blinarefs.trace.versions import version_readings


def _decisions(passage: str, size: int = 300) -> list[tuple[bool, bool, tuple[int, ...]]]:
    """(accepted, uncertain, numbers) of each candidate in ``passage``, put among thirty
    sentences that cite 1 to 30 by glued superscripts in order."""
    sentences = [
        f"O estudo de Springfield número {k} mostrou um efeito claro na população{k}."
        for k in range(1, 31)
    ]
    sentences.insert(12, passage)
    text = " ".join(sentences)
    refs = [Reference(id=f"r{k}", number=k) for k in range(1, size + 1)]
    at = text.index(passage)
    return [
        (d.accepted, d.uncertain, d.candidate.numbers)
        for d in decode_markers(text, refs).decisions
        if at <= d.candidate.start < at + len(passage)
    ]


@pytest.mark.parametrize(
    ("text", "digits"),
    [
        ("Examplia teve 21.939.196 casos", "196"),
        ("e Springfield 34.426.036 casos", "036"),
        ("Aprovação em Data: 05.03.2019;", "2019"),
    ],
)
def test_a_grouped_count_or_a_date_gives_no_version_reading(text: str, digits: str) -> None:
    start = text.rindex(digits)
    assert version_readings(text, start, start + len(digits)) == []


def test_a_grouped_count_and_a_date_are_no_close_calls() -> None:
    assert _decisions("O Brasil teve 21.939.196 casos e Examplia 34.426.036 casos em 2021.") == []
    assert not [
        d for d in _decisions("Aprovação nº 19/294; Data: 05.03.2019; em Examplia.") if d[0] or d[1]
    ]


def test_a_version_with_a_citation_glued_after_it_reads_as_before() -> None:
    text = "the tool SSPACE v 2.0.513 was used"
    start = text.index("513")
    assert any(c.numbers == (13,) for c in version_readings(text, start, start + 3))
    assert (True, False, (13,)) in _decisions(
        "O programa SSPACE v 2.0.513 foi usado em Springfield."
    )
