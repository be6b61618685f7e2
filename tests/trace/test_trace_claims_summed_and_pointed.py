"""Stop 54: "Our frost studies have shown" (the authors' own studies, words between), a
sentence that sums up the manuscript's argument ("In summary, ...", "Taken together, ..."), a
pointing sentence that goes on with the authors' own result told before it ("... (Figure 2).
These results suggest ..."), and a call for more work after a cited one ("This warrants study
in ...") need no citation and inherit none.

Passages are written for these tests (no real study is described); the references are
placeholders with a number and a key only.
"""

from __future__ import annotations

from tracedata import PLACEHOLDER_REFS, flagged

from blinarefs.trace.manuscript import trace_manuscript


def _claims(text: str) -> dict[str, object]:
    trace = trace_manuscript(text, PLACEHOLDER_REFS, body_end=len(text))
    return {" ".join(c.text.split())[:30]: c for c in trace.claims}


def test_a_sentence_that_sums_up_the_argument_needs_no_citation():
    text = (
        "Introduction\n\n"
        "Invented wool keeps made-up pipes warm in frost [1]. Made-up felt does so in rain [2].\n\n"
        "In summary, invented fibres have been reported to be largely protective of pipes.\n\n"
        "Taken together, invented wrappings improved the life of made-up pipes.\n\n"
        "To summarize the effect of wrapping, it is clear that thin wool is superior.\n"
    )
    assert flagged(text) == []


def test_a_summing_up_sentence_with_a_figure_or_a_year_keeps_its_flag():
    text = (
        "Introduction\n\n"
        "Invented wool keeps made-up pipes warm in frost [1].\n\n"
        "In summary, invented wool reduced pipe losses by 30% in made-up towns.\n\n"
        "Taken together, the made-up council banned bare pipes in 2031.\n\n"
        "Overall, invented felt was shown to fail in frost.\n"
    )
    assert flagged(text) == [
        "In summary, invented wool redu",
        "Taken together, the made-up co",
        "Overall, invented felt was sho",  # "Overall" is no summary: a finding's extent
    ]


def test_these_results_after_the_authors_own_result_are_their_own():
    text = (
        "Introduction\n\n"
        "Invented wool keeps made-up pipes warm in frost [1].\n\n"
        "Discussion\n\n"
        "Pipe losses were not raised in the wrapped pipes (Figure 2). "
        "These results suggest that invented wool is not associated with losses.\n"
    )
    assert flagged(text) == []


def test_these_results_after_a_cited_one_inherit_its_citation():
    text = (
        "Introduction\n\n"
        "Roe found lower losses in wrapped pipes [3]. "
        "These results suggest that invented wool is associated with fewer losses.\n"
    )
    found = _claims(text)
    assert found["These results suggest that inv"].link == "inherited"
    assert found["These results suggest that inv"].numbers == (3,)


def test_a_pointing_sentence_that_sets_the_own_result_beside_a_study_keeps_its_flag():
    text = (
        "Introduction\n\n"
        "Invented wool keeps made-up pipes warm in frost [1].\n\n"
        "Discussion\n\n"
        "Pipe losses were not raised in the wrapped pipes (Figure 2). "
        "This finding was similar to that of a made-up study of tin pipes that showed fewer "
        "losses.\n"
    )
    assert flagged(text) == ["This finding was similar to th"]


def test_a_call_for_more_work_inherits_no_citation():
    text = (
        "Introduction\n\n"
        "Doe found that wrapped pipes of the made-up town lasted longer [4]. "
        "This warrants study in invented villages. "
        "Doe found the same in a second made-up town [5]. "
        "These data showed that wrapping halved the repairs.\n"
    )
    found = _claims(text)
    assert found["This warrants study in invente"].link is None
    assert found["These data showed that wrappin"].link == "inherited"


def test_our_studies_with_words_between_are_the_authors_own():
    text = (
        "Introduction\n\n"
        "Invented wool keeps made-up pipes warm in frost [1].\n\n"
        "Discussion\n\n"
        "Our frost studies have shown that invented wool is lost in rain. "
        "Our previous studies have shown that made-up felt is lost in rain. "
        "Several invented studies have shown that tin is lost in rain.\n"
    )
    # the authors' earlier, published studies and others' still need a citation
    assert flagged(text) == ["Our previous studies have show", "Several invented studies have "]


def test_they_or_these_authors_after_the_authors_own_sentence_are_others():
    text = (
        "Introduction\n\n"
        "Invented wool keeps made-up pipes warm in frost [1].\n\n"
        "Discussion\n\n"
        "Pipe losses were not raised in the wrapped pipes (Figure 2). "
        "These authors failed to show any effect of invented felt on losses.\n\n"
        "Pipe losses were not raised in the wrapped pipes (Figure 3). "
        "They selected the top 20% of the made-up pipes.\n"
    )
    assert flagged(text) == ["These authors failed to show a", "They selected the top 20% of t"]
