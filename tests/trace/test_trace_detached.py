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
from blinarefs.trace.detached import DETACHED, GOVERNED

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


# Glued superscripts and detached ones, some after a word that also counts or labels
# ("dry years 11 ,", "the first phase 16 ;", "every year 9 ."), and a link to the text's own
# table that the same markup detached ("(Table 2 )")
GOVERNED_PASSAGE = (
    "Owls were counted across the valley of concern 9 . Their hearing is keen.10 It was "
    "tested in dry years 11 , and in wet ones.12 Voles are the usual prey.13 A guide calls "
    "them silent hunters 14 , and the voles fear them.15 Nests are reused in the first "
    "phase 16 ; the chicks fledge late.17 Pellets hold bones at the household level 18 . "
    "Roosts are shared.19 Mates call at night 20 . Young disperse in autumn.21 Owls nest in "
    "barns every year 9 . Winters thin the broods 22 . Prey is scarce.23 Owls mate for life "
    "24 . Barns are warm 25 . Owls hunt voles.26 Barns are warm (Table 2 ). Voles hide in "
    "burrows 27 .\n"
)


def test_a_detached_number_after_a_word_that_counts_or_labels_cites_too():
    # before: "years 11 ,", "phase 16 ;", "level 18 ." and the repeat "year 9 ." were text,
    # as a quantity's or a label's number is where nothing detaches it
    assert numbers(GOVERNED_PASSAGE) == [(n,) for n in range(9, 22)] + [
        (9,), (22,), (23,), (24,), (25,), (26,), (27,)
    ]  # fmt: skip
    decoding = decode_markers(GLUED_OPENING + GOVERNED_PASSAGE, THIRTY)
    governed = [d.candidate for d in decoding.decisions if GOVERNED in d.candidate.why]
    assert [c.numbers for c in governed] == [(11,), (16,), (18,), (9,)]


def test_a_copy_that_spaces_every_superscript_reads_them_too():
    # every superscript after a space (the spaced reading, spacing.py): the same words
    text = (
        "Owls were counted across the valley of concern 9 . Their hearing is keen 10 . It "
        "was tested in dry years 11 , and in wet ones 12 . Voles are the usual prey 13 . A "
        "guide calls them silent hunters 14 , and the voles fear them 15 . Nests are reused "
        "in the first phase 16 ; the chicks fledge late 17 . Pellets hold bones at the "
        "household level 18 . Roosts are shared 19 . Mates call at night 20 . Young disperse "
        "in autumn 21 . Owls nest in barns every year 9 . Winters thin the broods 22 . Barns "
        "are warm (Table 2 ).\n"
    )
    assert numbers(text) == [(n,) for n in range(9, 22)] + [(9,), (22,)]


def test_a_governed_number_needs_the_habit_and_no_own_part_is_read():
    # the same words and numbers with their marks attached: a quantity's and a label's
    # numbers, and no copy's habit vouches for them
    text = (
        "Owls were counted across the valley.9 Their hearing is keen.10 It was tested in "
        "dry years 11, and in wet ones.12 Nests are reused in the first phase 16; the "
        "chicks fledge late.13 Pellets hold bones at the household level 18. Barns are warm "
        "(Table 2 ). Voles hide in burrows, as in Figure 1 . Owls were ringed in groups of "
        "n = 3 , with mates 14 . Eggs were counted at ages 2 , 4 and 6 .\n"
    )
    assert numbers(text) == [(9,), (10,), (12,), (13,)]
