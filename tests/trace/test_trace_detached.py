"""Flattened superscripts a copy detached from their punctuation ("of concern 9 .", "( 10 ,
p. 12)", "owls” 11 , and"): the markup held whitespace inside each raised number's element,
so the copy printed a space on either side of the digits. Where a text does so again and
again, each such number cites, while its other superscripts stay glued ("prey.1").

Passages are written for these tests; the references behind them are placeholders with a
number and a key only (no bibliographic facts).
"""

from __future__ import annotations

from tracedata import GLUED_OPENING, THIRTY
from tracedata import numbers_after_opening as numbers

from blinarefs.trace.decode import decode_citations, decode_markers
from blinarefs.trace.detached import DETACHED

DETACHED_PASSAGE = (
    "Owls were counted across the valley of concern 9 . Their hearing is keen.10 It was "
    "tested in 2030 11 , 2031 12 , and 2032 13 . Voles are the usual prey.14 A field guide "
    "calls them “silent hunters” 15 , and the voles fear them.16 As one keeper wrote, “they "
    "never miss” ( 17 , p. 12). Nests are reused by the same pairs 18 ; the chicks fledge "
    "late.19 Pellets hold the bones ( 17 , p. 31; 20 ). Roosts are shared.21 Mates call at "
    "night.22 Young disperse in autumn.23 Winters thin the broods 24 . Prey is scarce.25 "
    "Pairs stay for years.26 Calls carry far.27 Eggs are white.28 Barns suit them.29 Their "
    "range is wide.30\n"
)


def test_numbers_detached_from_their_punctuation_cite_beside_glued_ones():
    assert numbers(DETACHED_PASSAGE) == [(n,) for n in range(9, 18)] + [
        (18,), (19,), (17,), (20,), (21,), (22,), (23,), (24,), (25,), (26,), (27,), (28,),
        (29,), (30,)
    ]  # fmt: skip


def test_each_detached_number_says_why_and_glued_ones_stay():
    decoding = decode_markers(GLUED_OPENING + DETACHED_PASSAGE, THIRTY)
    taken = [d.candidate for d in decoding.decisions if d.accepted]
    # "( 17 , p. 31; 20 )": the last is read as the parenthesis's number, as main reads it
    assert sum(DETACHED in c.why for c in taken) == 9
    assert len(taken) == 5 + 23


def test_ratios_labels_and_a_tokenised_text_are_no_habit():
    # a ratio's colon, a label's number, a count, and a text that spaces every comma and
    # full stop (words stand before most detached marks): no number here cites
    text = (
        "The owls , the voles and the mice were mixed in a ratio of 2 : 1 . Nests held "
        "eggs in clutches of 4 , 5 and 6 . The chicks ( Figure 3 ) fledge late . Winters "
        "thin the broods , as Table 2 shows . Owls hunt at dusk , voles at noon . Mates "
        "call at night , young disperse in autumn . Roosts are shared by 7 .\n"
    )
    assert [c.numbers for c in decode_citations(text, THIRTY)] == []


# A copy that glues its superscripts to the word before them, the mark after each detached
# by the markup's space ("in burrows10 ,"); the count "VOC" stands alone too
GLUED_BEFORE_DETACHED = (
    "Owls hunt at nightfall9 . Voles hide from them in burrows10 , and mice run at dawn11 . "
    "The Valley Owl Count (VOC) maps the nests12 . Each VOC counts the pairs13 . A VOC walks "
    "at dawn. The first VOC13 , in a wet spring, found owls near burrows14 . Owls nest again "
    "at nightfall9 . Later counts agree with the VOC12 .\n"
)


def test_a_mark_detached_after_a_glued_superscript_ends_its_clause():
    cited = [(9,), (10,), (11,), (12,), (13,), (13,), (14,), (9,), (12,)]
    assert numbers(GLUED_BEFORE_DETACHED) == cited
