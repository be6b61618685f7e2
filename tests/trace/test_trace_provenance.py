"""Claims worth flagging: the authors' own methods and findings need no citation, borrowed
facts do, and a citation is inherited only by a sentence that points back at the cited one.

Passages are written for these tests (no real study is described); the references are
placeholders with a number and a key only.
"""

from __future__ import annotations

from blinarefs.model import Reference
from blinarefs.trace.manuscript import trace_manuscript

REFS = [Reference(id=f"r{n}", number=n) for n in range(1, 6)]

TEXT = """\
Introduction

Fibrosis affects about 20% of adults worldwide. It has been shown that the disease \
progresses in 40% of patients within 5 years. Early treatment improves survival [1]. \
These patients also respond to a second course in 30% of cases. The drug was approved \
by the FDA in 2019. Here we show that a daily dose reduces scarring.

Methods

Cells were fixed in 70% ethanol and stained for 10 minutes. The frequency of targeting \
was 4% in the first series. The construct came from a published plasmid [2]. Its \
sequence was also verified before use.

Results

Scarring fell by 35% in treated mice (Figure 2A). The effect lasted 12 weeks in 9 of 10 \
animals. As previous studies reported, the effect is larger in older animals.
"""


def claims_by_start():
    trace = trace_manuscript(TEXT, REFS, body_end=len(TEXT))
    return {c.text[:30]: c for c in trace.claims}


def test_borrowed_facts_without_a_citation_are_flagged_with_their_reason():
    claims = claims_by_start()
    flagged = {start for start, c in claims.items() if c.needs_citation}
    assert flagged == {
        "Fibrosis affects about 20% of ",
        "It has been shown that the dis",
        "The drug was approved by the F",
        "As previous studies reported, ",
    }
    assert "borrowed 'has been shown'" in claims["It has been shown that the dis"].factual


def test_the_authors_own_methods_and_results_are_not_flagged():
    claims = claims_by_start()
    assert claims["Here we show that a daily dose"].own == "first person 'Here'"
    assert claims["Cells were fixed in 70% ethano"].own.startswith("describes a procedure")
    assert claims["The frequency of targeting was"].own == "in the Methods section"
    assert claims["Scarring fell by 35% in treate"].own.startswith("refers to the manuscript's")
    assert claims["The effect lasted 12 weeks in "].section == "results"
    assert not any(c.needs_citation for c in claims.values() if c.own)


def test_a_citation_is_inherited_only_by_a_sentence_that_points_back():
    claims = claims_by_start()
    these = claims["These patients also respond to"]
    assert these.link == "inherited" and these.numbers == (1,)
    assert "'These patients ...'" in these.reason
    its = claims["Its sequence was also verified"]
    assert its.link is None and not its.needs_citation  # own method, not reference 2's


def test_a_design_heading_opens_the_methods_as_a_structured_abstract_names_them():
    text = (
        "Design\n\nTwelve barns were visited over one winter.\n\n"
        "Discussion\n\nBarn owls were counted in twelve barns."
    )
    trace = trace_manuscript(text, REFS, body_end=len(text))
    assert [c.section for c in trace.claims] == ["methods", "discussion"]


def test_an_ethics_statement_is_the_authors_own():
    text = (
        "Methods\n\nAll procedures received prior approval from the district's animal welfare "
        "committee. Owners gave written consent approved by the ethics board.\n\n"
        "Background\n\nThe drug was approved by the FDA in 2019."
    )
    trace = trace_manuscript(text, REFS, body_end=len(text))
    assert [c.own for c in trace.claims] == ["an ethics statement", "an ethics statement", ""]
    assert trace.claims[2].factual


def test_a_question_states_no_fact_to_source():
    # a question asks, whatever words it holds ("show", "reduced", a percentage); the
    # same words stated are a borrowed fact that needs its citation
    text = (
        "Introduction\n\nIf the made-up region were one country, what would its figures "
        "show? Would 40% fewer farms have reduced their yield by 2030?\n\nThe made-up "
        "region reduced its yield by 40% in 2030.\n"
    )
    claims = trace_manuscript(text, REFS).claims
    assert [c.needs_citation for c in claims] == [False, False, True]


def test_where_a_thing_can_be_found_is_no_reported_finding():
    # two real papers: "Detailed preprocessing can be found on GitHub." and "R code for the
    # project can be found at the author's page" were flagged as reported findings ('found')
    text = (
        "Introduction\n\nThe made-up scripts can be found on an invented website. The "
        "invented survey found that 40 farms closed. The invented bug can be found naturally "
        "infected by a made-up parasite.\n"
    )
    claims = trace_manuscript(text, REFS).claims
    assert [c.needs_citation for c in claims] == [False, True, True]


def test_the_rows_of_a_markdown_pipe_table_are_no_claims():
    # a real JOSS paper's table row "| Sleep | ... percent time asleep ... |" was flagged
    text = (
        "Introduction\n\nThe invented tool computes made-up measures.\n\n"
        "| **Domain** | **Measures** |\n|---|---|\n"
        "| Sleep | total sleep time, percent time asleep |\n\n"
        "About 40% of invented farms closed in 2030.\n"
    )
    trace = trace_manuscript(text, REFS)
    assert [c.needs_citation for c in trace.claims] == [False, True]
    assert any(s.reason == "table" and "percent" in s.text for s in trace.skipped)


def test_a_guess_or_a_prospect_reports_no_finding():
    # dev articles: "could still show synergistic activity", "will likely result in
    # reduced ...", "holds significant promise" were flagged as reported findings
    text = (
        "Introduction\n\nThe made-up drug could still show activity in invented mice. If "
        "confirmed, the invented marker will be tested again. The made-up device holds "
        "significant promise for invented farms. The made-up drug significantly reduced "
        "scarring in invented mice. The made-up drug significantly reduced scarring and "
        "may help invented farms.\n"
    )
    claims = trace_manuscript(text, REFS).claims
    assert [c.needs_citation for c in claims] == [False, False, False, True, True]


def test_own_results_stay_own_in_lower_case_figures_years_and_findings():
    # dev articles: "(figure 2B)" in lower case, a model's horizon "starting in 2017", "The
    # hub genes were identified", "This study has demonstrated" were flagged as borrowed
    text = (
        "Methods\n\nA horizon of 10 years was considered starting in 2017. The made-up hub "
        "genes were identified. Made-up samples were split according to the standard "
        "protocol. Made-up items were graded according to Roe's invented scale.\n\n"
        "Results\n\nThe invented incidence fell to 1.06 in 2027 (figure 2B).\n\n"
        "Discussion\n\nThis study has demonstrated the need for invented services. Roe "
        "counted invented farms [1]. The invented incidence fell to 1.06 in 2027. Previous "
        "studies have demonstrated that invented farms closed.\n"
    )
    claims = trace_manuscript(text, REFS).claims
    # the Discussion's same words after a cited sentence are a dated fact (stop 56: in a
    # paragraph that cites nothing, or after a sentence that cites nothing, the authors' own)
    assert [c.needs_citation for c in claims] == [
        False,
        False,
        False,
        True,
        False,
        False,
        False,
        True,
        True,
    ]
    assert claims[4].own == "refers to the manuscript's own 'figure 2'"


def test_a_key_questions_box_is_a_summary():
    text = (
        "Key questions\n\nWhat is already known?\n\nMade-up farms closed in 2019.\n\n"
        "What are the new findings?\n\nThe invented tax reduced closures by 40%.\n\n"
        "Discussion\n\nInvented farms were closed by the made-up board in 2019.\n"
    )
    claims = [c for c in trace_manuscript(text, REFS).claims if "?" not in c.text]
    assert [c.section for c in claims] == ["summary", "summary", "background"]
    assert [c.needs_citation for c in claims] == [False, False, True]


def test_the_results_shown_in_the_present_tense_are_the_manuscripts_own():
    text = (
        "Discussion\n\nThe analyses show that invented farms closed early. The results of a "
        "made-up survey showed that invented farms closed early.\n"
    )
    claims = trace_manuscript(text, REFS).claims
    assert claims[0].own == "the manuscript's own results 'The analyses show'"
    assert [c.needs_citation for c in claims] == [False, True]


def test_these_approaches_inherit_the_citation_of_the_approaches():
    text = (
        "Introduction\n\nInvented network approaches have been tried before [1]. These "
        "approaches used made-up genes to build the network.\n"
    )
    claims = trace_manuscript(text, REFS).claims
    assert claims[1].link == "inherited" and claims[1].numbers == (1,)
