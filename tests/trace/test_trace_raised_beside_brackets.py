"""A printed superscript in a text that cites in brackets: a label's or a power's (`day^3^
in`, or anywhere once three brackets or more outnumber it, `rare.^5^`), a citation where
the brackets are too few to say so and it sits where a citation does (`rare.^3^`).

Passages are written for these tests; the references behind them are placeholders with a
number and a key only (no bibliographic facts).
"""

from __future__ import annotations

from blinarefs.model import Reference
from blinarefs.trace.decode import decode_markers

FIFTEEN = [Reference(id=f"r{n}", number=n) for n in range(1, 16)]
LABEL = "a label's superscript, where the text cites as bracket"


def raised(text: str) -> list[tuple[tuple[int, ...], bool, bool]]:
    """Each printed superscript's numbers, whether it is taken, whether it is a label."""
    decisions = decode_markers(text, FIFTEEN).decisions
    return [
        (d.candidate.numbers, d.accepted, LABEL in d.candidate.why)
        for d in decisions
        if d.candidate.printed
    ]


def test_outnumbered_by_brackets_a_raised_number_is_a_label_wherever_it_sits():
    text = "Cells grow [1]. Cells divide [2]. Cells move [3]. Cells bind [4]. It is rare.^5^ So."
    assert raised(text) == [((5,), False, True)]


def test_beside_a_few_brackets_a_raised_number_where_a_citation_sits_cites():
    assert raised("Cells grow [1]. Cells divide [2]. It is rare.^3^ So.") == [((3,), True, False)]


def test_beside_a_few_brackets_a_raised_number_in_mid_clause_is_a_label():
    text = "Cells grow [1]. Cells divide [2]. Survival varied with day^3^ in the cohort."
    assert raised(text) == [((3,), False, True)]
