"""Claims in manuscripts printed by habits the earlier claim rules had not met (session 44,
found on articles of publishers no earlier round had judged): a citation printed after the
full stop, sections and tables numbered in Roman numerals, a qualitative study's
participants speaking, the first person beside a word that only sounds borrowed, a hedged
"may have led to", and links inherited from the authors' own cited sentence.

Passages are written for these tests (no real study is described); the references are
placeholders with a number and a key only.
"""

from __future__ import annotations

from tracedata import claims_by_opening as claims

from blinarefs.trace.citation import Citation
from blinarefs.trace.sentences import split_sentences


def test_a_citation_printed_after_the_full_stop_belongs_to_the_sentence_before():
    text = (
        "The province reported 250 cases in March 2015. (2) The outbreak ended in ten weeks. "
        "(3)\n\nLake towns had 40% fewer cases in 2016. (4) [5] reported the same.\n"
    )
    cited = [
        Citation(m, text.index(m), text.index(m) + len(m), (int(m[1]),), (f"r{m[1]}",), "paren")
        for m in ("(2)", "(3)", "(4)", "[5]")
    ]
    sentences = [s.text for s in split_sentences(text, cited)]
    assert sentences == [
        "The province reported 250 cases in March 2015. (2)",
        "The outbreak ended in ten weeks. (3)",
        "Lake towns had 40% fewer cases in 2016. (4)",
        "[5] reported the same.",  # a marker that opens a sentence as its subject stays
    ]


def test_roman_numbered_sections_and_tables_are_the_manuscripts_own():
    text = (
        "I. INTRODUCTION\n\n"
        "Water binds to salt surfaces through several competing forces [1].\n\n"
        "II. COMPUTATIONAL DETAILS\n\n"
        "All reported binding energies have been checked for convergence with the grid.\n\n"
        "III. RESULTS\n\n"
        "Table IV shows the convergence of the binding energy with the slab's thickness. "
        "The coupled results deviate significantly from the simpler estimates.\n"
    )
    found = claims(text)
    assert found["All reported binding energies "].section == "methods"
    assert found["Table IV shows the convergence"].own
    assert found["The coupled results deviate si"].section == "results"
    assert not any(c.needs_citation for c in found.values())


def test_a_qualitative_studys_participants_speak_for_the_study():
    text = (
        "Introduction\n\n"
        "Flood warnings reach rural households late in most provinces [1].\n\n"
        "Warning needs\n\n"
        "Most of the participants reported that the recommendations they received were "
        "clear. One participant said, \u201cThe guidelines told us to boil water, which was "
        "easy.\u201d Respondents also requested more specific recommendations.\n\n"
        "Since 2010 the agency has sent 12 warnings each year. Participants from the coast "
        "felt that the warnings came too late.\n\n"
        "Results\n\n"
        "Warnings reached 30 of the 42 households by radio. \u201cThe warning is most "
        "helpful to us when it comes a day early and names the roads to avoid.\u201d\n"
    )
    found = claims(text)
    for start in (
        "Most of the participants repor",
        "One participant said, \u201cThe gui",
        "Respondents also requested mor",
        "Participants from the coast fe",
        "\u201cThe warning is most helpful t",
    ):
        assert found[start].own, start
        assert not found[start].needs_citation, start
    assert found["Since 2010 the agency has sent"].needs_citation  # no participant in it


def test_the_first_person_outweighs_a_word_that_only_sounds_borrowed():
    text = (
        "Discussion\n\n"
        "In this work, eleven enzymes were identified by the proteomic screen. Our findings "
        "support the current recommendations for yearly screening. The yearly screening was "
        "recommended by the national board in 2012.\n\n"
        "Methods\n\n"
        "To compare with previous studies, we repeated the analyses on the older cohort. "
        "The dose was chosen to match the recommended label usage. Hospitals followed the "
        "national guidelines in 96% of cases.\n"
    )
    found = claims(text)
    assert found["In this work, eleven enzymes w"].own
    assert found["Our findings support the curre"].own
    assert found["The yearly screening was recom"].needs_citation
    assert found["To compare with previous studi"].own
    assert found["The dose was chosen to match t"].own
    assert found["Hospitals followed the nationa"].own


def test_a_hedged_consequence_is_no_finding():
    text = (
        "Discussion\n\n"
        "Samples were dated by their collection day rather than the onset of symptoms. This "
        "may have led to an underestimate of the effect. The new levy led to a 20% fall in "
        "sales.\n"
    )
    found = claims(text)
    assert not found["This may have led to an undere"].needs_citation
    assert found["The new levy led to a 20% fall"].needs_citation


def test_no_link_is_inherited_from_the_authors_own_cited_sentence():
    text = (
        "Background\n\n"
        "We present variant calls for 300 wheat lines, made with a published caller [1]. "
        "These data cover the whole genome at 20-fold depth.\n\n"
        "Smith and Roe surveyed 40 farms in the valley [2]. These data showed that yields "
        "fell by 10% after the drought.\n\n"
        "Our survey repeats the one of Smith and Roe [2]. Their survey covered the valley "
        "only.\n"
    )
    found = claims(text)
    assert found["These data cover the whole gen"].link is None
    assert found["These data showed that yields "].link == "inherited"
    assert found["Their survey covered the valle"].link == "inherited"  # the cited authors


def test_a_guess_a_few_words_before_its_finding_word_is_no_finding():
    text = (
        "Discussion\n\n"
        "The new levy is likely to result in increased prices for smaller farms. Such "
        "gaps might be explained by the reduced number of sites. Prices increased by 20% "
        "after the levy of 2015.\n"
    )
    found = claims(text)
    assert not found["The new levy is likely to resu"].needs_citation
    assert not found["Such gaps might be explained b"].needs_citation
    assert found["Prices increased by 20% after "].needs_citation


def test_known_or_established_as_a_state_is_no_borrowed_fact():
    text = (
        "Discussion\n\n"
        "A daily rinse would probably not work after the infection is established. Where "
        "the dose is known a priori, the rinse is easier to time. Salt is known to slow the "
        "growth of the mould. The mould is well established in the northern valleys.\n"
    )
    found = claims(text)
    assert not found["A daily rinse would probably n"].needs_citation
    assert not found["Where the dose is known a prio"].needs_citation
    assert found["Salt is known to slow the grow"].needs_citation
    assert found["The mould is well established "].needs_citation
