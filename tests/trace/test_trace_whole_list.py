"""A copy that left every superscript after a space and before the punctuation ("in the
airways 1."), beside a paragraph of counts in parentheses ("asthma (3), fibrosis (1)"): the
counts outnumber the few spaced citations the first reading sees, which then cites about
half the list in parentheses. The spaced reading cites the whole list, so it is taken; in
a short list, which counts from 1 to 6 cover as citations would, it cites through the text
where the counts stand in one paragraph, so it is taken too. Passages written for these
tests; the references are placeholders with a number only."""

from __future__ import annotations

from tracedata import placeholder_refs as refs

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


def test_spaced_citations_before_the_full_stop_outvoted_by_counts_are_read() -> None:
    numbers = list(range(1, 19))
    found = [c.numbers for c in decode_citations(_text(numbers), refs(18))]
    assert found == [(n,) for n in numbers]


SHORT = (
    "Introduction\n\n"
    "Fevers in young children are common after an infection {}. A rash may follow the "
    "fever in the worst of them {}.\n\n"
    "Parents worry most about the heat they feel {}. Cool water eases that heat at "
    "home {}.\n\n"
    "Few children need a stay in the ward {}, as other reports found {}.\n\n"
    "We enrolled eleven children. The fevers were low in boys (3), high in boys (1) and "
    "low in girls (2), and the rash was mild (4), marked (5) or absent (6). They took "
    "syrup (2) or tablets (1).\n\n"
    "A rash is seldom a sign of harm to the child {}.\n\n"
    "Nurses call the parents after each visit to the clinic {}.\n\n"
    "The heat felt by a parent is a poor guide to the fever {}, and so is the rash {}."
)


def test_spaced_citations_of_a_short_list_outvoted_by_one_paragraph_of_counts() -> None:
    numbers = [1, 2, 3, 1, 4, 5, 2, 6, 3, 2]
    found = [c.numbers for c in decode_citations(SHORT.format(*numbers), refs(6))]
    assert found == [(n,) for n in numbers]
