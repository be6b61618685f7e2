"""Figure legends, tables and notes printed after the reference list: read as the
manuscript's for citations (a work cited only in a legend is cited), counted in the order
of first citation where the text first mentions the figure or table, not flagged as
uncited claims, and never swallowed into the last reference.

The manuscripts are made-up test texts; the references in them pose as no real record.
"""

from __future__ import annotations

import json

from blinarefs.cli import main
from blinarefs.manuscript.rewrite import renumber_text
from blinarefs.parse import parse_reference_list
from blinarefs.trace.checks import check_trace
from blinarefs.trace.manuscript import trace_manuscript

REFS = "\n".join(
    f"{k}. Writer{chr(64 + k)} Q, Author R. An invented study number {k}. "
    f"Test J Med. 20{10 + k};{k}(2):{k}0-{k}9."
    for k in range(1, 5)
)


def manuscript(body: str, after: str) -> str:
    return f"Background\n\n{body}\n\nReferences\n\n{REFS}\n\n{after}\n"


def _codes(text: str) -> list[tuple[str, str]]:
    return [(f.code, f.message) for f in check_trace(trace_manuscript(text))]


LEGENDS = (
    "Figure 1. Survival by study arm; the control curve is redrawn from [4]. Bars show "
    "95% confidence intervals (n = 212).\n\n"
    "Table 1 Baseline characteristics of the 212 patients, as defined in [3]\n"
    "Age, years 54 12\n\n"
    "Mortality in the control arm was 31% at one year."
)


def test_a_work_cited_only_in_a_legend_after_the_list_is_cited():
    text = manuscript("Drug X lowered mortality [1]. Late effects were rare [2].", LEGENDS)
    findings = _codes(text)
    assert not [m for code, m in findings if code == "uncited-reference"], findings
    trace = trace_manuscript(text)
    assert {n for c in trace.citations for n in c.numbers} == {1, 2, 3, 4}


def test_the_text_after_the_list_is_not_swallowed_into_the_last_reference():
    text = manuscript("Drug X lowered mortality [1].", LEGENDS)
    parsed = parse_reference_list(text)
    assert len(parsed.references) == 4
    assert parsed.references[-1].source_text.endswith("4(2):40-49.")
    assert "Figure" not in parsed.references[-1].source_text
    assert parsed.section is not None and parsed.section.after is not None
    a, b = parsed.section.after
    assert text[a:b].startswith("Figure 1.") and "31% at one year" in text[a:b]


def test_page_furniture_after_the_legends_is_still_cut_off():
    after = f"{LEGENDS}\n\nSign in via your Institution\n\nCited by [2] others"
    parsed = parse_reference_list(manuscript("Drug X lowered mortality [1].", after))
    assert parsed.section is not None and parsed.section.after is not None
    text = manuscript("Drug X lowered mortality [1].", after)
    assert "Sign in" not in text[slice(*parsed.section.after)]
    cited = {n for c in trace_manuscript(text).citations for n in c.numbers}
    assert 2 not in cited  # "Cited by [2]" is the web page's, not the manuscript's
    furniture_only = parse_reference_list(manuscript("Drug X [1].", "Sign in via your bank"))
    assert furniture_only.section is not None and furniture_only.section.after is None


def test_claims_after_the_list_are_not_flagged_uncited():
    body = "Drug X lowered mortality [1] [2] [3] [4]."
    text = manuscript(body, LEGENDS)
    trace = trace_manuscript(text)
    row = [c for c in trace.claims if c.text.startswith("Mortality in the control arm")]
    assert row and row[0].factual and row[0].link is None  # a fact, with no citation
    assert not [m for code, m in _codes(text) if code == "uncited-claim"]
    # the same sentence in the body is flagged
    in_body = manuscript(f"{body}\n\nMortality in the control arm was 31% at one year.", "")
    assert [m for code, m in _codes(in_body) if code == "uncited-claim"]


def test_a_legend_citation_counts_after_the_paragraph_first_mentioning_its_figure():
    # Figure 1 is mentioned in the paragraph citing [1], before the one citing [3]: the
    # legend's [2] is in order there
    legend = "Figure 1. Survival by arm, as in the cohort of [2]."
    body = "Drug X lowered mortality [1] (Fig. 1).\n\nEffects were rare [3] [4]."
    assert not [m for code, m in _codes(manuscript(body, legend)) if code == "citation-order"]
    # with [3] in that paragraph, after it
    late = manuscript("Drug X lowered mortality [1] (Fig. 1); effects were rare [3] [4].", legend)
    assert [m for code, m in _codes(late) if code == "citation-order"] == [
        "reference 2 is first cited here, after reference 4"
    ]
    # mentioned before [1]: the legend's [2] comes first, out of order
    early = manuscript(
        "As Figure 1 shows, drug X lowers mortality.\n\nIt did [1]. [3] [4].", legend
    )
    assert [m for code, m in _codes(early) if code == "citation-order"] == [
        "reference 2 is first cited here, before reference 1"
    ]


def test_a_legend_no_text_mentions_counts_at_its_place_after_the_body():
    legend = "Figure 3. A figure the text never mentions, adapted from [4]."
    text = manuscript("Drug X lowered mortality [1]. Late effects [2] were rare [3].", legend)
    assert not [m for code, m in _codes(text) if code == "citation-order"]
    wrong = manuscript("Drug X lowered mortality [1] [4]. Late effects were rare [3].",
                       "Figure 3. Adapted from [2].")  # fmt: skip
    assert [m for code, m in _codes(wrong) if code == "citation-order"]


def test_check_and_renumber_read_the_legends(tmp_path, capsys):
    legend = "Figure 1. Survival by arm, as in the cohort of [3]."
    body = "Drug X lowered mortality [1] (Figure 1).\n\nEffects were rare [2] [4]."
    text = manuscript(body, legend)
    path = tmp_path / "paper.txt"
    path.write_text(text, encoding="utf-8")
    main(["check", str(path), "--json"])
    codes = [f["code"] for f in json.loads(capsys.readouterr().out)["findings"]]
    assert "uncited-reference" not in codes and "citation-order" in codes
    done = renumber_text(text.encode())
    assert done.plan.mapping == {1: 1, 3: 2, 2: 3, 4: 4}
    new = done.data.decode()
    assert "as in the cohort of [2]." in new and "Effects were rare [3] [4]." in new


# A review's table after the list: a column headed "References" over rows numbered 1, 2, 3,
# each row citing as the body does (cells one a paragraph, as a JATS or Word copy prints them)
TABLE_OF_STUDIES = (
    "Table 1\n\nInvented compounds and their sources\n\nNo.\n\nCompound\n\nFamily\n\n"
    "References\n\n1.\n\nCompound A\n\nFamily one\n\n{a}\n\n2.\n\nCompound B\n\nFamily two\n\n"
    "{b}\n\n3.\n\nCompound C\n\nFamily three\n\n{c}"
)


def test_a_tables_references_column_after_the_list_is_not_the_list():
    after = TABLE_OF_STUDIES.format(a="[3]", b="[4]", c="[3]")
    text = manuscript("Drug X lowered mortality [1]. Late effects were rare [2].", after)
    parsed = parse_reference_list(text)
    assert [r.title for r in parsed.references][-1] == "An invented study number 4"
    assert parsed.section is not None and parsed.section.after is not None
    assert text[slice(*parsed.section.after)].startswith("Table 1")
    assert not [m for code, m in _codes(text) if code == "uncited-reference"]


def test_a_bracketed_number_in_a_table_cites_in_a_text_citing_by_superscripts():
    after = "Table 1\n\nCompound\n\nSource\n\nCompound A\n\n[3]\n\nCompound B\n\n[4]"
    text = manuscript("Drug X lowered mortality.¹ Late effects were rare.²", after)
    cited = {n for c in trace_manuscript(text).citations for n in c.numbers}
    assert cited == {1, 2, 3, 4}


def test_a_named_study_in_a_table_cites_by_its_number_in_a_numbered_text():
    # "WriterC & Author³ (2013)" names reference 3's authors and year: a numbered text's
    # table cites it by the raised number, as its body does
    after = "Table 1\n\nStudy\n\nWriterC & Author³ (2013)\n\nWriterD & Author⁴ (2014)"
    text = manuscript("Drug X lowered mortality.¹ Late effects were rare.²", after)
    cites = [(c.kind, c.numbers) for c in trace_manuscript(text).citations]
    assert cites == [("superscript", (n,)) for n in (1, 2, 3, 4)]


def test_a_legends_heading_after_an_unnumbered_list_is_no_reference():
    # "Legends" alone on its line, then a figure's legend: neither is an entry of the list
    # (it was read as an uncited reference of its own); a title opening with the word is
    listed = "\n".join(
        f"Writer{chr(64 + k)}, Q, 20{10 + k}, An invented study number {k}, Test J Med {k}."
        for k in range(1, 3)
    )
    text = (
        "Background\n\nDrug X lowered mortality (WriterA, 2011; WriterB, 2012).\n\n"
        f"References\n{listed}\nLegends of a made-up sea, Test Press, 2013.\n\n"
        "Legends\n\nFigure 1: Survival by made-up study arm.\n"
    )
    parsed = parse_reference_list(text)
    assert [r.source_text.split(",")[0] for r in parsed.references] == [
        "WriterA", "WriterB", "Legends of a made-up sea",
    ]  # fmt: skip
    a, b = parsed.section.after
    assert text[a:b].startswith("Legends\n\nFigure 1:")


def test_a_body_citing_by_name_reads_its_tables_citations_among_numbered_labels():
    # An author-year manuscript whose table after the list labels its rows with strains and
    # genotypes ("GT.4", "ST.6"): the labels' digits are no flattened superscripts, and
    # the citations beside them are read in the body's convention
    refs = "\n".join(
        f"Writer{chr(64 + k)}, Q., & Author, R. (20{10 + k}). An invented study number {k}. "
        f"Test Journal of Fens, {k}(2), {k}0-{k}9."
        for k in range(1, 9)
    )
    rows = "\n".join(
        f"Strain {k}\nGT.{k % 5 + 1}\nST.{k % 7 + 1}\nLake {k}\nGT.{k % 3 + 2}"
        for k in range(1, 12)
    )
    table = (
        "Table 1. Primers and strains of the survey.\nName\nSequence\n"
        "FWD1\nACGTTGCAGGCTTACCGA (WriterG et al., 2017)\n"
        "REV1\nTTGCAAGGCCTAGTAGCA (WriterH et al., 2018)\n" + rows
    )
    body = " ".join(
        f"Finding {k} held (Writer{chr(64 + k)} et al., 20{10 + k})." for k in range(1, 7)
    )
    text = f"Background\n\n{body}\n\nReferences\n\n{refs}\n\n{table}\n"
    trace = trace_manuscript(text)
    assert {n for c in trace.citations for n in c.numbers} == set(range(1, 9))
    assert {c.kind for c in trace.citations} == {"author-year"}
