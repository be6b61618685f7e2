"""A short text with a short list (an editorial, a letter) whose copy spaced every
superscript cites in too few markers for the spaced habit's five: three taken, each after
a space at a sentence's end, and its citations in mid-clause ("recommended by the agency, 4
but") were lost. Read as spacing its superscripts where every flattened citation taken sits
after a space, three at least, and the list has ten references or fewer; kept where the
spaced reading cites no more of the list.

Passages are written for these tests (invented places and facts); the references behind
them are placeholders with a number only.
"""

from __future__ import annotations

from blinarefs.model import Reference
from blinarefs.trace.decode import decode_markers

LETTER = (
    "Coughing patients in Springfield are often treated for months before a diagnosis. 1 "
    "Smears were read as described before. 2 Cultures took weeks. Examplia clinics "
    "have used a rapid test since last winter. 3 The test was recommended by the agency, "
    "4 and its cost has fallen. Cultures in liquid medium 5 are still the reference."
)


def _cited(text: str, n: int) -> set[int]:
    refs = [Reference(id=f"r{k}", number=k) for k in range(1, n + 1)]
    return {k for c in decode_markers(text, refs).citations for k in c.numbers}


def test_a_short_lists_spaced_citations_in_mid_clause_are_read():
    assert _cited(LETTER, 5) == {1, 2, 3, 4, 5}


def test_a_short_text_that_glues_its_superscripts_reads_no_spaced_counts():
    # the same letter, its superscripts glued: spaced numbers are counts and labels
    glued = (
        "Coughing patients in Springfield are often treated for months before a diagnosis.1 "
        "Smears were read as described before,2 but cultures took weeks. Examplia clinics "
        "have used a rapid test since last winter.3 Of the clinics, 4 and more were "
        "visited in stage 2 and stage 5 of the survey."
    )
    assert _cited(glued, 5) == {1, 2, 3}


def test_the_first_reading_stands_where_the_spaced_one_cites_no_more():
    text = LETTER.replace("agency, 4 and", "agency, and").replace("medium 5 are", "medium are")
    assert _cited(text, 5) == {1, 2, 3}


def test_a_long_list_asks_the_habit_of_five():
    # the same three markers beside a list of thirty: the short-list reading stays out
    assert _cited(LETTER, 30) == {1, 2, 3}


# Every citation after a sentence's stop that closes an aside or a quotation first
EDITORIAL = (
    "Bridges in Springfield were built slowly through the last century, and the guilds of "
    "the region were founded late, long after those of their neighbours (as the town "
    "records show). 2\n\n"
    "The new guilds were paid to build in “cut stone”. 1 In time, the cost of such work "
    "fell, though it took decades to show in the ledgers of the towns and the guilds of "
    "the region (as kept in the county archive). 3 The ledgers are incomplete.\n\n"
    "Timber was called “cheap and brittle” by the surveyors Roe & Doe 5 in an audit of "
    "the bridges of Examplia, and it is often judged so (Zoe, 2031, p. 7). 4"
)


def test_a_short_lists_citations_after_a_closed_aside_or_quotation_show_the_habit():
    # "(... records show). 2", "“cut stone”. 1": a sentence's end, where a spaced citation sits
    assert _cited(EDITORIAL, 5) == {1, 2, 3, 4, 5}


def test_a_formulas_closing_parenthesis_before_a_stop_is_no_clause_end():
    from blinarefs.trace.candidates import WEAK, Candidate
    from blinarefs.trace.clause_end import spaced_at_clause_end

    text = "1.12 (m, 1H, CH2). 13 C NMR (100 MHz): 171.2, as the town records show). 2 Then"
    for run, expected in (("13", False), ("2", True)):
        at = text.index(f"). {run} ") + 3
        cand = Candidate(at, at + len(run), "superscript", WEAK, (int(run),))
        assert spaced_at_clause_end(text, cand) is expected, run
