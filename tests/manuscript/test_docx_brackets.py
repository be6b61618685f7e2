"""Bracketed numbers in a Word file: which cite and which are the text's own. Every file is
built here to the WordprocessingML spec (see wordbuild.py); the texts are made up."""

from __future__ import annotations

from wordbuild import docx, p, t

from blinarefs.manuscript import read_manuscript
from blinarefs.trace.manuscript import trace_manuscript

WORKS = [
    f"Quill A{i}, Marsh B. An invented study number {i} of fluorinated dyes. J Madeup Chem. "
    f"20{10 + i};{i}:1-9."
    for i in range(1, 7)
]


def _cited(tmp_path, *sentences: str) -> list[tuple[int, ...]]:
    body = "".join(p(t(s)) for s in sentences) + p(t("References"), style="Heading1")
    body += "".join(p(t(f"{i}. {w}")) for i, w in enumerate(WORKS, 1))
    doc = read_manuscript(docx(tmp_path / "x.docx", body))
    end = doc.reference_list_start or len(doc.text)
    trace = trace_manuscript(doc.text, doc.references, body_end=end, known_markers=doc.markers)
    return [c.numbers for c in trace.citations]


def test_a_locant_in_brackets_before_a_hyphened_word_is_no_citation(tmp_path):
    # "[1,4]-Michael addition", "a [3,3]-sigmatropic shift": a reaction's locants, bracketed
    # and joined to their word by a hyphen; the citations around them still cite
    cited = _cited(
        tmp_path,
        "Dyes were labelled before [1, 2] and the thiol joined through [1,4]-Michael addition [3].",
        "A [3,3]-sigmatropic shift followed [4], as reported [5, 6].",
    )
    assert cited == [(1, 2), (3,), (4,), (5, 6)]


def test_a_citation_pointing_at_pages_and_figures_of_the_work_cites_it(tmp_path):
    # "[2: 58–60, fig. 2.18]": the pages and the figure of work 2 it points at, as a
    # taxonomist's text cites; "; Fig. 4" after them is the manuscript's own figure; a
    # pointer inside the brackets ("[e.g., 6]") is the writer's word, not the citation's
    cited = _cited(
        tmp_path,
        "The tarsus is long [2: 58–60, fig. 2.18]. It was nocturnal [1: 302, fig. 10; Fig. 4].",
        "Such indices [3: fig. 10.5], [4: figs. 3.13–3.15] are simple [5: 12].",
        "Teeth were assigned to lineages [e.g., 6], [see 1] and [cf. 2, 3].",
    )
    assert cited == [(2,), (1,), (3,), (4,), (5,), (6,), (1,), (2, 3)]


def test_a_bracket_glued_to_a_names_number_at_a_clause_end_cites(tmp_path):
    # "in exon 5[4],", "after COVID-19[2]." in a manuscript that glues its brackets to its
    # words ("dyes[1]"): the number ends a name, the bracket after it cites; a character's
    # state in a list of states ("; 14[1], beak") stays a value
    cited = _cited(
        tmp_path,
        "Most changes lie in the dyes[1]. Others lie in exon 5[4], while few follow COVID-19[2].",
        "Character states: skull flat; 14[1], beak short. The matrix was coded anew[3].",
    )
    assert cited == [(1,), (4,), (2,), (3,)]


def test_a_bracket_after_a_raised_exponent_cites(tmp_path):
    # "at a rate of 3⁻⁵[2]." in Word: the bracket follows the raised exponent, not the digits
    # on the line ("3 −5[2]" once flattened, a power's bracket); the reader passes what it
    # raised to the trace, as `blinarefs trace` and `build` do. Without what was raised (a
    # plain-text copy) the glued bracket, a repeat, stays a value.
    from blinarefs.trace.load import trace_file

    body = p(t("Dyes were labelled [1] and washed [2, 3]. The noise fell at a rate of 3"),
             t(" −5", sup=True), t("[2]. It rose again to 10"), t("4", sup=True),
             t(" units [4]."))  # fmt: skip
    body += p(t("References"), style="Heading1")
    body += "".join(p(t(f"{i}. {w}")) for i, w in enumerate(WORKS, 1))
    inputs, trace = trace_file(docx(tmp_path / "x.docx", body))
    assert [c.numbers for c in trace.citations] == [(1,), (2, 3), (2,), (4,)]
    assert [inputs.text[a:b].strip() for a, b in inputs.raised or ()] == ["−5", "4"]
    flat = trace_manuscript(inputs.text, inputs.references, body_end=inputs.body_end,
                            known_markers=inputs.markers)  # fmt: skip
    assert [c.numbers for c in flat.citations] == [(1,), (2, 3), (4,)]
