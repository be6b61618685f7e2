"""The library as a notebook uses it: names to complete, results that print in a line or
a few, and bad arguments answered with a BlinarefsError that names the call.

Every manuscript and reference here is made up for these tests (invented authors, journals
and DOIs under the 10.9999 test prefix); none is a real record.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import blinarefs
from blinarefs import BlinarefsError
from blinarefs.errors import NotAFile, UsageError

N = 30  # references in the long manuscript: enough that a full repr runs to many thousands


def _entry(i: int) -> str:
    return (
        f"{i}. Invented{i} A, Madeup{i} B, Fictional C. A made-up study number {i} of drug Q "
        f"in anaemia. J Invent Haematol. {2000 + i % 20};{i}(2):{i}01-{i}09. "
        f"doi:10.9999/jih.{i:04d}"
    )


def _manuscript() -> str:
    body = " ".join(f"Drug Q raised haemoglobin in cohort {i} [{i}]." for i in range(1, N + 1))
    listing = "\n".join(_entry(i) for i in range(1, N + 1))
    return f"{body}\n\nReferences\n\n{listing}\n"


@pytest.fixture(scope="module")
def long_text() -> str:
    return _manuscript()


@pytest.fixture
def paper(tmp_path, long_text) -> Path:
    path = tmp_path / "paper.txt"
    path.write_text(long_text, encoding="utf-8")
    return path


def test_tab_completion_lists_every_export():
    # dir() of a lazily importing module listed none of the names (tab completion empty)
    assert set(blinarefs.__all__) <= set(dir(blinarefs))


def _results(paper: Path, long_text: str, tmp_path: Path) -> dict[str, object]:
    parsed = blinarefs.parse_reference_list(long_text)
    store = blinarefs.Store.from_references(parsed.references, tmp_path / "paper.bib")
    store.save()
    trace = blinarefs.trace_manuscript(long_text)
    bib = blinarefs.export_references(store.references, "bibtex")
    keyed = " ".join(f"Drug Q works [@{r.id}]." for r in store.references)
    return {
        "ParsedList": parsed,
        "Reference": parsed.references[0],
        "Store": store,
        "Trace": trace,
        "ManuscriptDocument": blinarefs.read_manuscript(paper),
        "ImportResult": blinarefs.read_references(bib, "bibtex"),
        "MergeResult": blinarefs.merge_references([], store.references),
        "EnrichReport": blinarefs.enrich_store(store, blinarefs.EnrichOptions(dry_run=True)),
        "NumberedManuscript": blinarefs.to_numbered(keyed, store.references),
        "PandocManuscript": blinarefs.to_pandoc(long_text),
        "ClaimEvidence": blinarefs.evidence_for_trace(trace)[0],
        "RenumberResult": blinarefs.renumber_manuscript(paper),
        "Style": blinarefs.load_style("blood"),
        "Finding": blinarefs.check_trace(_dangling(long_text))[0],
        "CheckResult": blinarefs.check_manuscript(paper),
        "TraceInputs": blinarefs.trace_file(paper)[0],
    }


def _dangling(text: str) -> blinarefs.trace.manuscript.Trace:
    """The long manuscript traced with its second citation pointing past the list."""
    return blinarefs.trace_manuscript(text.replace("[2].", "[99].", 1))


def test_results_print_in_a_few_lines(paper, long_text, tmp_path):
    # each of these printed its whole text and every item in it: 2,500 to 60,000
    # characters for a 30-reference manuscript, where a notebook user wants a glance
    results = _results(paper, long_text, tmp_path)
    lengths = {name: len(repr(value)) for name, value in results.items()}
    assert {name: n for name, n in lengths.items() if n > 1200} == {}  # a screenful at most
    assert all(repr(value).startswith(("<" + name, name + "(")) for name, value in results.items())


def test_a_short_repr_keeps_what_tells_results_apart(long_text):
    parsed = blinarefs.parse_reference_list(long_text)
    # the judge of doubt asks to check a few of the made-up names with digits in them
    doubts = f", {len(parsed.doubts)} doubts" if len(parsed.doubts) > 1 else ""
    assert repr(parsed) == f"<ParsedList: {N} references{doubts} (the list from line 3)>"
    ref = parsed.references[1]
    shown = repr(ref)
    assert f"id={ref.id!r}" in shown and "Name(family='Invented2', given='A.')" in shown
    assert "non_dropping_particle" not in shown and "provenance" not in shown  # defaults
    assert f"({len(ref.source_text)} characters)" in shown  # the printed text, cut
    trace = blinarefs.trace_manuscript(long_text)
    assert repr(trace).startswith(f"<Trace: {N} citations, {N} claims ({N} linked), {N} refer")


def test_a_check_and_what_it_read_print_their_counts(paper):
    result = blinarefs.check_manuscript(paper)
    assert repr(result) == (
        f"<CheckResult {paper}: {result.summary}; {len(result.findings)} findings>"
    )
    assert repr(result.inputs) == (
        f"<TraceInputs {paper} (text): {N} references from the manuscript's own reference "
        f"list, {len(result.inputs.text):,} characters{_problems(result.inputs)}>"
    )


def _problems(inputs: blinarefs.trace.load.TraceInputs) -> str:
    """The count of what reading the inputs found (the judge of doubt's doubts)."""
    from blinarefs.findings import counted

    return f", {counted(len(inputs.problems), 'problems')}" if inputs.problems else ""


def test_check_takes_a_store_for_bib(paper, long_text, tmp_path):
    # check_manuscript(paper, bib=store) failed with TypeError from deep inside pathlib
    parsed = blinarefs.parse_reference_list(long_text)
    store = blinarefs.Store.from_references(parsed.references)
    given = blinarefs.check_manuscript(paper, bib=store)
    assert given.inputs.source == "the Store given" and len(given.trace.references) == N
    saved = blinarefs.Store.from_references(parsed.references, tmp_path / "paper.bib").save()
    assert blinarefs.check_manuscript(paper, bib=saved).summary == given.summary
    assert blinarefs.check_manuscript(paper, bib=str(saved)).summary == given.summary
    for wrong, name in ((parsed, "bib"), (parsed.references, "bib"), (store, "refs")):
        with pytest.raises(UsageError, match=rf"^check_manuscript\(\) takes {name}= as "):
            blinarefs.check_manuscript(paper, **{name: wrong})
    with pytest.raises(UsageError, match=r"^trace_file\(\) takes the manuscript's path"):
        blinarefs.trace_file(None)


@pytest.mark.parametrize("given", [None, b"Roe J. Made-up. 2020.", Path("refs.txt")])
def test_parse_reference_says_it_takes_text(given):
    # parse_reference(None) failed with AttributeError: 'NoneType' object has no 'split'
    with pytest.raises(UsageError, match=r"^parse_reference\(\) takes"):
        blinarefs.parse_reference(given)


def test_every_summary_is_a_property(long_text):
    # EnrichReport.summary was the one summary called as a method; a script written then
    # still gets the line, with a DeprecationWarning
    store = blinarefs.Store.from_references(blinarefs.parse_reference_list(long_text).references)
    report = blinarefs.enrich_store(store, blinarefs.EnrichOptions(dry_run=True, offline=True))
    assert isinstance(report.summary, str) and report.summary.startswith(f"{N} entries, ")
    with pytest.warns(DeprecationWarning, match="summary is a property now"):
        assert report.summary() == report.summary


def test_a_store_merged_with_itself_adds_nothing(long_text):
    # an entry no DOI, PMID, year or first author matches (a web page) was added again
    refs = [
        *blinarefs.parse_reference_list(long_text).references[:2],
        blinarefs.Reference("madeup", type="webpage", title="A made-up page"),
        blinarefs.Reference("undated", title="An undated made-up report"),
    ]
    result = blinarefs.merge_references(refs, refs)
    assert result.references == [] and {o.status for o in result.outcomes} == {"unchanged"}
    assert [o.key for o in result.outcomes] == [r.id for r in refs]


def test_a_finding_prints_as_the_command_prints_it(long_text):
    [finding] = [
        f for f in blinarefs.check_trace(_dangling(long_text), source="paper.txt")
        if f.code == "dangling-citation"
    ]  # fmt: skip
    assert str(finding) == (
        f"error [dangling-citation] paper.txt:1: {finding.message} -> {finding.suggestion}"
    )


@pytest.mark.parametrize(
    "call, name",
    [
        (lambda p: blinarefs.parse_reference_list(p), "parse_reference_list"),
        (lambda p: blinarefs.trace_manuscript(p), "trace_manuscript"),
        (lambda p: blinarefs.read_references(p), "read_references"),
        (lambda p: blinarefs.to_numbered(p, []), "to_numbered"),
        (lambda p: blinarefs.to_pandoc(p), "to_pandoc"),
        (lambda p: blinarefs.Store.loads(p), "Store.loads"),
        (lambda p: blinarefs.decode_citations(p), "decode_citations"),  # session 32: TypeError
    ],
    ids=lambda v: v if isinstance(v, str) else "",
)
@pytest.mark.parametrize("given", ["path", "name", "bytes", "none"])
def test_text_functions_say_they_take_text(call, name, given, paper):
    # a Path, bytes or None failed deep inside with AttributeError or TypeError; the file's
    # name as a str was read as the text: "no numbered reference list found"
    value = {"path": paper, "name": str(paper), "bytes": paper.read_bytes(), "none": None}[given]
    with pytest.raises(UsageError) as caught:
        call(value)
    assert str(caught.value).startswith(f"{name}() takes")
    if given in ("path", "name"):
        assert f"Path({str(paper)!r}).read_text" in str(caught.value)


def test_store_functions_take_a_path_too(paper, long_text, tmp_path):
    # validate_store("paper.bib") and enrich_store("paper.bib") failed with AttributeError
    parsed = blinarefs.parse_reference_list(long_text)
    bib = blinarefs.Store.from_references(parsed.references, tmp_path / "paper.bib").save()
    findings = blinarefs.validate_store(str(bib))
    assert findings == blinarefs.validate_references(parsed.references)
    report = blinarefs.enrich_store(bib, blinarefs.EnrichOptions(cache_dir=str(tmp_path / "c")))
    assert report.store == str(bib) and len(report.entries) == N  # offline: nothing asked
    assert (tmp_path / "c").is_dir()  # a str cache_dir failed joining it ('str' / 'str')
    with pytest.raises(UsageError, match=r"validate_store\(\) takes a Store or a .bib path"):
        blinarefs.validate_store(parsed)


def test_enrich_options_take_one_key_as_a_string(tmp_path, long_text):
    # only="key" was read letter by letter: "no entry with key 'i'"; overwrite="title"
    # became the letters t, i, l, e
    refs = blinarefs.parse_reference_list(long_text).references
    store = blinarefs.Store.from_references(refs)
    key = refs[0].id
    options = blinarefs.EnrichOptions(only=key, overwrite="title", locked="DOI", dry_run=True)
    assert (options.only, options.overwrite, options.locked) == (
        (key,),
        frozenset({"title"}),
        ("DOI",),
    )
    assert [e.key for e in blinarefs.enrich_store(store, options).entries] == [key]


def test_store_misuse_is_a_blinarefs_error(tmp_path, long_text):
    store = blinarefs.Store.from_references(
        blinarefs.parse_reference_list(long_text).references[:2]
    )
    with pytest.raises(UsageError, match=r"Store.put\(\) takes a Reference, not str"):
        store.put("invented2001made")  # was AttributeError
    with pytest.raises(UsageError, match=r"Store.load\(\) takes the path"):
        blinarefs.Store.load(None)  # was TypeError
    with pytest.raises(NotAFile, match="is a folder"):
        store.save(tmp_path, force=True)  # was "exists, and is not the store ... read"


def test_build_takes_paths_as_strings(paper, tmp_path):
    # BuildOptions(outdir="out") failed with AttributeError: 'str' has no attribute 'mkdir'
    options = blinarefs.BuildOptions(
        manuscript=str(paper),
        outdir=str(tmp_path / "out"),
        skip=frozenset({"enrich", "format", "export", "pandoc"}),
    )
    result = blinarefs.build(options)
    assert (tmp_path / "out" / "references.bib").exists()
    assert repr(result).startswith(f"<BuildResult {paper} -> {tmp_path / 'out'}/:\n  parse: ")


def test_evidence_for_a_trace_needs_no_sources_argument(long_text):
    # evidence_for_trace(trace) raised TypeError; text given as plain strings, AttributeError
    trace = blinarefs.trace_manuscript(long_text)
    at_hand = blinarefs.evidence_for_trace(trace)
    assert {r.verdict for r in at_hand} == {"no source text"}
    key = trace.claims[0].keys[0]
    given = blinarefs.evidence_for_trace(
        trace, {key: "Drug Q raised haemoglobin in cohort 1 of the made-up study."}
    )
    assert given[0].works[0].origin == "given" and given[0].verdict != "no source text"


def test_renumber_is_a_function(tmp_path):
    path = tmp_path / "paper.txt"
    path.write_text(
        "Drug Q works [2]. It lasts [1].\n\nReferences\n\n" + _entry(1) + "\n" + _entry(2) + "\n",
        encoding="utf-8",
    )
    result = blinarefs.renumber_manuscript(str(path))
    assert result.summary.startswith("2 of 2 references renumbered (2 -> 1, 1 -> 2)")
    assert result.data.decode().startswith("Drug Q works [1]. It lasts [2].")
    assert path.read_text(encoding="utf-8").startswith("Drug Q works [2].")  # nothing written
    with pytest.raises(BlinarefsError, match=r"missing\.txt: no such file"):
        blinarefs.renumber_manuscript(tmp_path / "missing.txt")


def test_format_citation_says_what_it_takes():
    # format_citation("12") cited references 1 and 2; format_citation(3) and ["a"] failed
    # with TypeError and ValueError
    assert blinarefs.format_citation(3, "vancouver") == blinarefs.format_citation([3], "vancouver")
    for numbers in ("12", ["a"], [None]):
        with pytest.raises(UsageError, match=r"format_citation\(\) takes reference numbers"):
            blinarefs.format_citation(numbers)


@pytest.mark.parametrize(
    "call, name",
    [
        (lambda refs: blinarefs.format_bibliography(refs), "format_bibliography"),
        (lambda refs: blinarefs.export_references(refs, "ris"), "export_references"),
        (lambda refs: blinarefs.validate_references(refs), "validate_references"),
        (lambda refs: blinarefs.Store.from_references(refs), "Store.from_references"),
        (lambda refs: blinarefs.to_numbered("Drug Q works [@a].", refs), "to_numbered"),
        (lambda refs: blinarefs.to_pandoc("Drug Q works [1].", refs), "to_pandoc"),
        # session 32: AttributeError from inside each of these
        (lambda refs: blinarefs.merge_references(refs, refs), "merge_references"),
        (lambda refs: blinarefs.lost_fields(refs, "ris"), "lost_fields"),
        (lambda refs: blinarefs.decode_citations("Drug Q works [1].", refs), "decode_citations"),
        (lambda refs: blinarefs.trace_manuscript("Drug Q works [1].", refs), "trace_manuscript"),
    ],
    ids=lambda v: v if isinstance(v, str) else "",
)
def test_functions_of_references_name_a_parsed_list_given_whole(call, name, long_text):
    # a ParsedList where its .references belong, or a list of keys: TypeError or
    # AttributeError from deep inside, with no word of the call
    parsed = blinarefs.parse_reference_list(long_text)
    for refs in (parsed, ["invented12001made"]):
        with pytest.raises(UsageError, match=rf"^{re.escape(name)}\(\) takes references"):
            call(refs)
    assert call(parsed.references) is not None


def test_the_python_example_of_the_command_reference_prints_what_it_shows(
    tmp_path, capsys, monkeypatch
):
    """docs/commands.md's Python block, on the embedded commentary: each ``print(...)  # x``
    prints x."""
    import shutil

    from conftest import ROOT

    page = (ROOT / "docs" / "commands.md").read_text(encoding="utf-8")
    [code] = re.findall(r"## From Python.*?```python\n(.*?)```", page, re.S)
    shown = re.findall(r"^\s*print\(.*\)  # (.*)$", code, re.M)
    shutil.copy(ROOT / "references" / "commentary.txt", tmp_path / "paper.txt")
    monkeypatch.chdir(tmp_path)
    exec(code, {})
    assert len(shown) >= 7 and capsys.readouterr().out.splitlines() == shown


def test_the_python_example_of_the_readme_runs_and_prints_what_it_shows(
    tmp_path, capsys, monkeypatch
):
    """The README's Library use block, on the embedded commentary (paper.txt) and its Word
    copy (paper.docx): it runs as printed, and the summary is the one its comment shows."""
    import shutil

    from blinarefs.cli import main
    from conftest import ROOT

    page = (ROOT / "README.md").read_text(encoding="utf-8")
    [code] = re.findall(r"## Library use.*?```python\n(.*?)```", page, re.S)
    shutil.copy(ROOT / "references" / "commentary.txt", tmp_path / "paper.txt")
    monkeypatch.chdir(tmp_path)
    assert main(["pandoc", "paper.txt", "-o", "paper.docx"]) == 0
    capsys.readouterr()
    scope: dict[str, object] = {}
    exec(code, scope)
    summary = re.search(r"print\(result\.summary\)  # \"(.*?)\.\.\.\"", code).group(1)
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith(summary) and len(out) > 1
    assert scope["item"]["id"] == "bassan2025upfront" and scope["claims"]


@pytest.mark.parametrize(
    "call, name",
    [
        (blinarefs.check_trace, "check_trace"),
        (blinarefs.evidence_for_trace, "evidence_for_trace"),
    ],
    ids=lambda v: v if isinstance(v, str) else "",
)
def test_functions_of_a_trace_say_they_take_one(call, name, paper):
    # the manuscript's path, or trace_file's (inputs, trace) pair: AttributeError from inside
    for wrong in (str(paper), blinarefs.trace_file(paper)):
        with pytest.raises(UsageError, match=rf"^{name}\(\) takes a Trace, not") as caught:
            call(wrong)
        assert "trace_file(path)[1]" in str(caught.value)
    assert call(blinarefs.trace_file(paper)[1]) is not None


def test_number_by_first_citation_says_it_takes_citations(long_text):
    with pytest.raises(UsageError, match="takes citations, as decode_citations"):
        blinarefs.number_by_first_citation("paper.txt")
    refs = blinarefs.parse_reference_list(long_text).references
    citations = blinarefs.decode_citations("Drug Q works [2] and [1].", refs)
    numbers = blinarefs.number_by_first_citation(citations)
    assert list(numbers)[:2] == [refs[1].id, refs[0].id]
