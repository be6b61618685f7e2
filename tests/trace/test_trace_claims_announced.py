"""The authors' own words that read like borrowed facts (stop 46): the paragraph that announces
the study ("In this study, we ..."), the Discussion's "Thus, the results clearly
demonstrated", a kit used "according to manufacturer's instructions", and findings only asked
about ("whether ... is associated with"), guessed at ("it is plausible that") or said to be
unknown ("It remains unknown ..."), records "associated with" one another and a search's
quoted “OR”.

Passages are written for these tests (no real study is described); the references are
placeholders with a number and a key only.
"""

from __future__ import annotations

from tracedata import flagged


def test_the_paragraph_announcing_the_study_goes_on_with_the_authors_own_work():
    text = (
        "Introduction\n\n"
        "Invented wool lowers pipe losses by 30% in made-up towns [1]. "
        "Made-up pipes often leak [2].\n\n"
        "In this study, we heated forty invented pipes in Springfield. "
        "The absence of loss in the wrapped pipes demonstrates that wool is worth its cost. "
        "It also showed a remarkable resistance to frost.\n\n"
        "Methods\n\nWe heated forty invented pipes.\n\n"
        "Discussion\n\n"
        "Here, we heated invented pipes. "
        "Made-up felt reduces pipe losses by 20% in invented towns. Roe used felt [3].\n\n"
        "Conclusions\n\nWool works.\n"
    )
    # only the introduction's closing paragraph tells the study whole: a Discussion's
    # paragraph that opens so turns to what is known, told in the present
    assert flagged(text) == ["Made-up felt reduces pipe loss"]


def test_a_borrowed_cue_or_a_review_ends_the_announcement():
    text = (
        "Introduction\n\n"
        "Here, we report forty invented pipes. "
        "Previous studies showed that felt reduced losses by 20%.\n\n"
        "Methods\n\nWe heated forty invented pipes.\n\n"
        "Introduction\n\n"
        "Here, we review invented pipes. "
        "Made-up wool reduced losses by 30% in invented towns.\n\n"
        "Methods\n\nWe heated forty invented pipes.\n"
    )
    assert flagged(text) == ["Previous studies showed that f", "Made-up wool reduced losses by"]


def test_the_discussion_telling_the_results_after_a_lead_in_is_the_studys_own():
    text = (
        "Methods\n\nWe heated forty invented pipes.\n\n"
        "Discussion\n\n"
        "Thus, the results clearly demonstrated that wool can be used on made-up pipes. "
        "Taken together, these findings showed that felt works as well.\n"
    )
    assert flagged(text) == []


def test_according_to_a_criterion_in_lower_case_names_no_source():
    text = (
        "Methods\n\n"
        "RNA from 1000 invented cells was isolated using a made-up kit according to "
        "manufacturer's instructions.\n\n"
        "Introduction\n\n"
        "The made-up archive was organized according to projects and dates. "
        "According to Roe, invented pipes are sorted by date. "
        "According to previous studies, invented pipes are sorted by date.\n"
    )
    assert flagged(text) == ["According to Roe, invented pip", "According to previous studies,"]


def test_a_finding_only_asked_about_or_guessed_at_is_not_reported():
    text = (
        "Discussion\n\n"
        "This raises the question of whether invented wool in made-up towns is associated "
        "with frost. "
        "Pipe losses might suggest that one made-up pipe is associated with another. "
        "Among invented towns, it is plausible that prolonged frost cracks the pipes. "
        "Invented wool is associated with frost in made-up towns.\n"
    )
    assert flagged(text) == ["Invented wool is associated wi"]


def test_records_tied_to_one_another_are_no_association_found():
    text = (
        "Introduction\n\n"
        "Each made-up project keeps the files associated with one invented deposit. "
        "The other category is for files that are not directly associated with a deposit. "
        "Made-up wool is associated with frost in invented towns.\n"
    )
    assert flagged(text) == ["Made-up wool is associated wit"]


def test_a_quoted_search_operator_is_no_odds_ratio():
    text = (
        "Introduction\n\n"
        "Searches of the made-up archive can be combined using “AND,” “OR,” and “NOT.” "
        "Invented wool lowered frost cracks (OR 0.4) in made-up towns.\n"
    )
    assert flagged(text) == ["Invented wool lowered frost cr"]


def test_a_knowledge_gap_states_no_fact():
    text = (
        "Discussion\n\n"
        "It remains unknown how invented pipes will change after the made-up law of "
        "October 2030. "
        "The made-up law of October 2030 changed invented pipes.\n"
    )
    assert flagged(text) == ["The made-up law of October 203"]


def test_led_to_inside_another_word_is_no_finding():
    text = (
        "Introduction\n\n"
        "The made-up protein coupled to invented beads was eluted in a glycine buffer. "
        "Invented wool led to fewer cracks in made-up pipes. "
        "Invented felt failed to stop the cracks in made-up pipes.\n"
    )
    assert flagged(text) == ["Invented wool led to fewer cra", "Invented felt failed to stop t"]


def test_a_methods_step_named_introduction_of_stays_in_the_methods():
    text = (
        "Materials and methods\n\n"
        "Introduction of the made-up marker\n\n"
        "Invented cells were diluted 1:200 in 5% invented milk.\n"
    )
    assert flagged(text) == []


def test_helsinki_then_consent_is_an_ethics_statement():
    text = (
        "Methods\n\n"
        "The made-up trial will follow the Declaration of Helsinki, and written informed "
        "consent according to Example Act guidelines will be obtained from invented "
        "participants.\n"
    )
    assert flagged(text) == []


def test_a_discussion_paragraph_announcing_the_study_goes_on_with_its_past_results():
    text = (
        "Methods\n\nWe heated forty invented pipes.\n\n"
        "Discussion\n\n"
        "In this study, we wrapped forty invented pipes in made-up wool. "
        "The wrapped pipes showed fewer cracks in the frost. "
        "Moreover, the wool resulted in lower losses. "
        "Invented felt reduces losses by 20% in made-up towns. "
        "The felt pipes showed more cracks. Roe used felt [3].\n"
    )
    # what is known is told in the present: it needs a source, and ends the announcement;
    # the past tense after it, after no cited sentence, tells the study's results again
    # (stop 56)
    assert flagged(text) == ["Invented felt reduces losses b"]


def test_studies_showed_in_the_past_tense_are_others_work():
    text = (
        "Methods\n\nWe heated forty invented pipes.\n\n"
        "Discussion\n\n"
        "In this study, we wrapped forty invented pipes in made-up wool. "
        "Studies showed that made-up felt also cuts the cracks. "
        "The study found fewer cracks in the wrapped pipes.\n"
    )
    assert flagged(text) == ["Studies showed that made-up fe"]
