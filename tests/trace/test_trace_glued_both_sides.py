"""A superscript whose markup left no space after it is glued to the next word too
(trace/lost_space.py, the reading a Word file's plain copy shares)
("garden groups4tends", "Roe et al.5also", "Doe et al.6(2031)", "Survey)7is"): read
where the words either side are words the text prints on their own; a name's, a gene's or
a formula's digits ("CD4pos", "H1N1", "Tbx5and") stay text.

Passages are written for these tests (invented gardens, towns and authors); the references
behind them are placeholders with a number only.
"""

from __future__ import annotations

from blinarefs.model import Reference
from blinarefs.trace.candidates import MEDIUM, WEAK
from blinarefs.trace.decode import decode_markers
from blinarefs.trace.lost_space import glued_to_the_next_word

GARDENS = (
    "Community gardens feed many towns in Springfield1. Their yields differ between "
    "regions2,3. The effect of different garden groups4tends to be small, and groups of "
    "plants are sown together. Roe et al.5also noted that the yield tends to fall, and Doe "
    "et al.6(2031) showed the same. The Springfield Garden Survey (SGS – Springfield Garden "
    "Survey)7is the main source. Later work also noted it5, and it is cited here.\n"
)


def _cited(text: str) -> dict[int, tuple[int, ...]]:
    refs = [Reference(id=f"r{k}", number=k) for k in range(1, 11)]
    return {c.start: c.numbers for c in decode_markers(text, refs).citations}


def test_a_superscript_glued_to_the_next_word_is_read():
    found = _cited(GARDENS)
    for before, numbers in (
        ("garden groups", (4,)),
        ("Roe et al.", (5,)),
        ("Doe et al.", (6,)),
        ("Garden Survey)", (7,)),
    ):
        at = GARDENS.index(before) + len(before)
        assert found.get(at) == numbers, (before, sorted(found.items()))


def test_names_genes_and_words_the_text_never_prints_alone_stay_text():
    text = GARDENS + (
        "The counts of CD4pos cells, H1N1 strains and Tbx5and lines were low. The yield "
        "score is 0.05(Size)2 and 0.01(Size)2log(Size), as shown.\n"
    )
    for run in ("4pos", "1N1", "5and", "2log"):
        at = text.index(run)
        assert glued_to_the_next_word(text, at, at + 1) is None, run
    # "tends" stands alone elsewhere, "plots" nowhere: "groups4plots" is no medium reading,
    # a weak one the order alone may take
    text = GARDENS.replace("groups4tends", "groups4plots")
    at = text.index("4plots")
    reading = glued_to_the_next_word(text, at, at + 1)
    assert reading is not None and reading.strength == WEAK
    # only the order of first citations may still take it (trace/lost_space.py): not a
    # number out of order
    text = GARDENS.replace("groups4tends", "groups9plots")
    assert text.index("9plots") not in _cited(text)


def test_between_two_words_the_text_prints_alone_the_reading_is_medium():
    # "groups" and "tends" stand alone elsewhere: more than the order's weak reading, so
    # that a repeat is read too ("groups5tends" after "Roe et al.5also")
    text = GARDENS + "Small garden groups5tends to cost less, as the groups report.\n"
    at = text.rindex("groups5tends") + len("groups")
    reading = glued_to_the_next_word(text, at, at + 1)
    assert reading is not None and reading.strength == MEDIUM
    assert _cited(text).get(at) == (5,)
