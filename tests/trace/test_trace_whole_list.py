"""A copy that left every superscript after a space and before the punctuation ("in the
airways 1."), beside a paragraph of counts in parentheses ("asthma (3), fibrosis (1)"): the
counts outnumber the few spaced citations the first reading sees, which then cites about
half the list in parentheses. The spaced reading cites the whole list, so it is taken.
Passages written for these tests; the references are placeholders with a number only."""

from __future__ import annotations

from blinarefs.model import Reference
from blinarefs.trace.decode import decode_citations

CITED = (
    "Graft loss follows rejection in the small airways {}. Half of the recipients lose "
    "lung function within five years {}. The risk grows with time after the diagnosis {}. "
    "A second graft is a rare and costly option {}. Steroids slow the decline in some "
    "recipients {}. Stromal cells calm the immune response in the lung {}, as reviewed by "
    "Roe et al. {}.\n\nIn animals, stromal cells repair the injured airways {}. They "
    "home to the lung after an infusion {}, a pattern called the first pass {}. Trials in "
    "other organs found no harm {}. Infusions in the kidney were safe {}.\n\n"
)
COUNTS = (
    "We enrolled twelve recipients. The grafts were single in asthma (3), fibrosis (1), "
    "emphysema (2) and sarcoid (1), and double in fibrosis (2), asthma (1) and "
    "bronchiectasis (2). All took a steroid with either azathioprine (6) or mofetil (3), "
    "and either tacrolimus (8) or cyclosporine (1). Before the study they had had "
    "boluses (9) or antibodies (5).\n\n"
)
DISCUSSED = (
    "In our series no infusion did harm. Earlier trials in the lung were short {}. Roe "
    "et al. {} gave cells to donors of lungs unfit for use {}. Doe et al. {} gave them "
    "to recipients with advanced disease {}. Our results are given in full elsewhere {}."
)


def _text(numbers: list[int]) -> str:
    first, rest = numbers[:12], numbers[12:]
    return CITED.format(*first) + COUNTS + DISCUSSED.format(*rest)


def refs(n: int) -> list[Reference]:
    return [Reference(id=f"r{k}", number=k) for k in range(1, n + 1)]


def test_spaced_citations_before_the_full_stop_outvoted_by_counts_are_read() -> None:
    numbers = list(range(1, 19))
    found = [c.numbers for c in decode_citations(_text(numbers), refs(18))]
    assert found == [(n,) for n in numbers]
