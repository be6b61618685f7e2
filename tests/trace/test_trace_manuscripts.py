"""Manuscripts in other conventions, with their reference lists, traced end to end:
bracketed numbers (Vancouver), Pandoc Markdown keys, LaTeX \\cite keys."""

from __future__ import annotations

from tracedata import (
    BRACKETED_IDS,
    BRACKETED_MARKERS,
    FLATTENED_MARKERS,
    LATEX_IDS,
    LATEX_MARKERS,
    LATEX_TEXT,
    PANDOC_IDS,
    PANDOC_MARKERS,
    PANDOC_TEXT,
    bracketed_manuscript,
    flattened_manuscript,
    references,
    write_bib,
)

from blinarefs.model import Reference
from blinarefs.store import Store
from blinarefs.trace.checks import check_claims_against_abstracts, check_trace, summarise
from blinarefs.trace.load import load_inputs
from blinarefs.trace.manuscript import trace_manuscript


def test_bracketed_numbers_manuscript(seed_verified):
    text = bracketed_manuscript(seed_verified)
    trace = trace_manuscript(text)
    assert len(trace.references) == len(BRACKETED_IDS)
    assert [(c.marker, c.numbers) for c in trace.citations] == BRACKETED_MARKERS
    for c in trace.citations:
        assert text[c.start : c.end] == c.marker and c.kind == "bracket"
    # figures such as 7.7, 88 of 113, P = 0.002, E1910, 96.0% and "aged 30 to 70" stay text
    findings = check_trace(trace)
    assert findings == []
    assert summarise(trace, findings).startswith("5 of 5 references cited, numbering in order")
    assert [s.reason for s in trace.skipped] == ["heading or page furniture"]  # the title line
    assert trace.claims[2].numbers == (3, 4)
    assert trace.cited_in()["kantarjian2017blinatumomab"] == [1, 5]


def test_bracketed_manuscript_out_of_order_and_dangling(seed_verified):
    text = bracketed_manuscript(seed_verified).replace("one cycle [2]", "one cycle [6]")
    text = text.replace("months) [1]", "months) [2]")
    codes = sorted((f.code, f.text) for f in check_trace(trace_manuscript(text)))
    assert codes == [("citation-order", "[1-5]"), ("dangling-citation", "[6]")]


def test_pandoc_markdown_with_its_bibliography(seed_verified, tmp_path):
    write_bib(tmp_path, seed_verified, PANDOC_IDS)
    path = tmp_path / "paper.md"
    path.write_text(PANDOC_TEXT, encoding="utf-8")
    inputs = load_inputs(path)  # finds refs.bib through the YAML "bibliography:"
    assert inputs.source.endswith("refs.bib") and not inputs.problems
    trace = trace_manuscript(inputs.text, inputs.references, body_end=inputs.body_end)
    assert trace.numbering == "first citation"
    assert [(c.marker, c.numbers) for c in trace.citations] == PANDOC_MARKERS
    assert all(c.kind == "pandoc" for c in trace.citations)
    they = next(c for c in trace.claims if c.text.startswith("They reported"))
    assert they.link == "inherited" and they.keys == ("hogan2023childrens",)
    assert [s.text for s in trace.skipped] == ["# Background", "# References"]
    findings = check_trace(trace)
    assert [(f.severity, f.code, f.key) for f in findings] == [
        ("info", "uncited-reference", "kantarjian2017blinatumomab")
    ]


def test_pandoc_markdown_with_a_bib_that_parse_numbered(seed_verified, tmp_path):
    # a .bib written by `blinarefs parse` keeps each entry's printed number: to a Pandoc
    # author it is a library, so an entry the text does not cite is noted, not an error
    path = tmp_path / "refs.bib"
    Store.from_references(references(seed_verified, PANDOC_IDS, numbered=True), path).save(path)
    (tmp_path / "paper.md").write_text(PANDOC_TEXT, encoding="utf-8")
    inputs = load_inputs(tmp_path / "paper.md")
    trace = trace_manuscript(inputs.text, inputs.references, body_end=inputs.body_end)
    assert trace.index.numbered and trace.numbering == "first citation"
    assert [(f.severity, f.code, f.key) for f in check_trace(trace)] == [
        ("info", "uncited-reference", "kantarjian2017blinatumomab")
    ]


def test_latex_with_its_bibliography(seed_verified, tmp_path):
    write_bib(tmp_path, seed_verified, LATEX_IDS)
    path = tmp_path / "paper.tex"
    path.write_text(LATEX_TEXT, encoding="utf-8")
    inputs = load_inputs(path)
    trace = trace_manuscript(inputs.text, inputs.references, body_end=inputs.body_end)
    assert [(c.marker, c.numbers) for c in trace.citations] == LATEX_MARKERS  # not the comment
    assert [c.link for c in trace.claims] == ["explicit"] * 3
    assert check_trace(trace) == []


def test_claims_checked_against_abstracts(seed_verified):
    """With abstracts (here: the verified key findings, standing in for an enriched store),
    a figure the cited abstract does not hold is reported; the ones it holds are not."""
    refs = references(seed_verified, BRACKETED_IDS)
    findings_of = {item["id"]: " ".join(item.get("key_findings", [])) for item in seed_verified}
    refs = [
        r.with_fields(abstract=findings_of[i]) for r, i in zip(refs, BRACKETED_IDS, strict=True)
    ]
    text = bracketed_manuscript(seed_verified)
    body_end = text.index("References")
    assert check_claims_against_abstracts(trace_manuscript(text, refs, body_end=body_end)) == []
    wrong = text.replace("versus 87.9% [4]", "versus 81.9% [4]").replace("E1910", "E2910")
    findings = check_claims_against_abstracts(trace_manuscript(wrong, refs, body_end=body_end))
    assert [f.code for f in findings] == ["claim-not-in-reference"]
    assert "E2910" in findings[0].message and "81.9" in findings[0].message
    assert "reference 3, 4" in findings[0].message.replace("references", "reference")


def test_no_reference_list_is_one_error_not_a_flood(tmp_path):
    path = tmp_path / "paper.txt"
    path.write_text("It beat chemotherapy.1 It was approved.2\n", encoding="utf-8")
    inputs = load_inputs(path)
    assert [f.code for f in inputs.problems] == ["no-references"]
    trace = trace_manuscript(inputs.text, inputs.references, body_end=inputs.body_end)
    assert [c.numbers for c in trace.citations] == [(1,), (2,)]
    assert [f for f in check_trace(trace) if f.code == "dangling-citation"] == []


def test_a_store_with_no_entries_is_an_error_not_a_clean_check(tmp_path):
    # a wrong file given as --bib (a text file, an empty store) used to pass with exit 0
    (tmp_path / "paper.txt").write_text("It beat chemotherapy [1].\n", encoding="utf-8")
    (tmp_path / "notes.txt").write_text("not BibTeX at all\n", encoding="utf-8")
    inputs = load_inputs(tmp_path / "paper.txt", bib=tmp_path / "notes.txt")
    assert [(f.severity, f.code) for f in inputs.problems] == [("error", "no-references")]
    assert inputs.problems[0].source == str(tmp_path / "notes.txt")


def test_a_bibliography_named_but_not_there_is_named_in_the_error(tmp_path):
    # it said "no reference list found at the end of the manuscript"
    path = tmp_path / "paper.md"
    path.write_text("---\nbibliography: refs.bib\n---\nA made-up claim [@a].\n", "utf-8")
    [problem] = load_inputs(path).problems
    assert problem.code == "no-references"
    assert "the bibliography it names" in problem.message and "refs.bib" in problem.message


def test_store_without_numbers_maps_numeric_markers_by_position():
    refs = [Reference(id="a", title="One"), Reference(id="b", title="Two")]
    trace = trace_manuscript("It works.1 It also works.2\n", refs, body_end=27)
    assert trace.numbering == "list order"
    assert [c.keys for c in trace.citations] == [("a",), ("b",)]


def test_flattened_superscripts_of_another_article(seed_verified):
    text = flattened_manuscript(seed_verified)
    trace = trace_manuscript(text)
    assert len(trace.references) == 7
    got = [(text[: c.start][-12:], c.marker, c.numbers) for c in trace.citations]
    assert [(m, n) for _, m, n in got] == [(m, n) for _, m, n in FLATTENED_MARKERS]
    for (before, _, _), (want, _, _) in zip(got, FLATTENED_MARKERS, strict=True):
        assert before.endswith(want)
    assert check_trace(trace) == []


def test_duplicate_references_same_doi_or_title(seed_verified):
    """The DOI is ref2's, from seed-references.json; the list prints that reference twice."""
    [kantarjian] = references(seed_verified, ("ref2",))
    doi = next(i["DOI"] for i in seed_verified if i["id"] == "ref2")
    refs = [
        kantarjian.with_fields(doi=doi),
        kantarjian.with_fields(id="kantarjian2017again", number=2, doi=doi.upper()),
    ]
    text = "It beat chemotherapy.1 It beat it again.2\n"
    findings = check_trace(trace_manuscript(text, refs, body_end=len(text)))
    codes = {(f.code, f.key) for f in findings}
    assert ("duplicate-reference", "kantarjian2017again") in codes
    assert ("near-duplicate-title", "kantarjian2017again") in codes


def test_a_latex_marker_is_quoted_as_written_not_with_its_backslash_doubled(tmp_path, capsys):
    from blinarefs.cli import main

    (tmp_path / "lib.bib").write_text(
        "@article{madeup2020, author = {Madeup, A.}, title = {A made-up title},\n"
        "  journal = {J Test}, year = {2020}}\n",
        encoding="utf-8",
    )
    (tmp_path / "paper.tex").write_text(
        "A made-up claim \\cite{madeup2020}. Another \\cite{nobody2021}.\n\\bibliography{lib}\n",
        encoding="utf-8",
    )
    assert main(["check", str(tmp_path / "paper.tex")]) == 1
    out = capsys.readouterr().out
    assert "citation '\\cite{nobody2021}' points at" in out and "\\\\cite" not in out
