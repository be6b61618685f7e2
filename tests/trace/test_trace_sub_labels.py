"""A plain-text manuscript whose list sub-labels the works of its references ("1a.",
"1b.", "2.", "3a."), as chemistry journals print them: the list is read with its labels,
citations "[1a]", "[1a,b]", "[3a-c]" name the parts they cite, "[1]" all of reference 1's,
and the labels survive export and formatting. All text is made up for the tests."""

from __future__ import annotations

import json
import re

import pytest

from blinarefs.bibtex import reference_to_fields
from blinarefs.cli import main
from blinarefs.errors import BlinarefsError
from blinarefs.format import cited_order, format_bibliography
from blinarefs.manuscript.renumber import plan_renumbering
from blinarefs.model import Reference
from blinarefs.parse import parse_reference_list
from blinarefs.store import Store
from blinarefs.trace.checks import check_trace
from blinarefs.trace.manuscript import trace_manuscript
from blinarefs.trace.refindex import ReferenceIndex
from blinarefs.trace.sublabelled import sub_labelled_candidates

LIST = """References

{o}1a{c} Quill A, Marrow B. Invented salts. J Made Chem. 2031;4:10-19.
{o}1b{c} Fennick C. Imagined ligands. Fict Lett. 2032;7:200-9.
{o}2{c} Thistle D. A made-up review. Rev Unreal. 2033;1:1-5.
{o}3a{c} Bramble E. Pretend catalysts. J Made Chem. 2034;5:30-9.
{o}3b{c} Sorrel F. Notional yields. Fict Lett. 2035;8:40-9.
{o}3c{c} Heather G. Notional costs. Fict Lett. 2036;9:50-9.
{o}4{c} Yarrow H. Another made-up work. Rev Unreal. 2037;2:6-9.
"""
LABELS = [(1, "1a"), (1, "1b"), (2, ""), (3, "3a"), (3, "3b"), (3, "3c"), (4, "")]


@pytest.mark.parametrize(("o", "c"), [("", "."), ("[", "]"), ("", ")")])
def test_the_list_is_read_with_its_labels(o: str, c: str) -> None:
    refs = parse_reference_list(LIST.format(o=o, c=c)).references
    assert [(r.number, r.label) for r in refs] == LABELS
    assert refs[1].source_text.startswith("Fennick C. Imagined ligands")


def test_a_letter_in_a_reference_does_not_cut_it() -> None:
    # no number has parts "a" and "b": "12b." opening a wrapped line is the reference's text
    text = (
        "References\n\n1. Quill A. Invented salts. J Made Chem. 2031;4:10-19; series\n"
        "12b. Made Press.\n2. Fennick C. Imagined ligands. Fict Lett. 2032;7:200-9.\n"
    )
    refs = parse_reference_list(text).references
    assert [(r.number, r.label) for r in refs] == [(1, ""), (2, "")]


BODY = """Introduction

Salts of this kind were first described [1a] and later refined [1a,b]. Ligands bind [2].
Catalysts made them cheaper [3a-c], as others saw [3b, 4].

"""


def test_citations_resolve_to_the_parts_they_name() -> None:
    trace = trace_manuscript(BODY + LIST.format(o="", c="."))
    keys = {r.id: r.printed_label for r in trace.references}
    got = [(c.marker, c.numbers, [keys[k] for k in c.keys]) for c in trace.citations]
    assert got == [
        ("[1a]", (1,), ["1a"]),
        ("[1a,b]", (1,), ["1a", "1b"]),
        ("[2]", (2,), ["2"]),
        ("[3a-c]", (3,), ["3a", "3b", "3c"]),
        ("[3b, 4]", (3, 4), ["3b", "4"]),
    ]
    assert not [f for f in check_trace(trace) if f.severity == "error"]


def test_an_uncited_part_and_a_missing_one_are_named_by_label() -> None:
    body = BODY.replace("[1a,b]", "[1d]").replace("[3a-c]", "[3]")
    findings = check_trace(trace_manuscript(body + LIST.format(o="", c=".")))
    errors = sorted((f.code, f.message) for f in findings if f.severity == "error")
    assert errors == [
        ("dangling-citation",
         "citation '[1d]' points at reference 1d, which is not in the list (the list has 4)"),
        ("uncited-reference", "reference 1b (Fennick 2032) is never cited"),
    ]  # fmt: skip


def test_a_number_cites_every_part_and_letters_pick_some() -> None:
    refs = [Reference(id=f"k{i}", number=n, label=label) for i, (n, label) in enumerate(LABELS)]
    index = ReferenceIndex.build(refs)
    assert index.cited((1, 4), "[1, 4]") == (["k0", "k1", "k6"], [])
    assert index.cited((3,), "3a, c") == (["k3", "k5"], [])
    assert index.cited((1, 3), "1b, 3a–b") == (["k1", "k3", "k4"], [])
    assert index.number_by_key["k5"] == 3 and index.by_number[3].id == "k3"


def test_labels_survive_export_and_formatting() -> None:
    refs = [
        Reference(id=f"k{i}", number=n, label=label, title=f"Made-up work {i}", page=str(i + 1))
        for i, (n, label) in enumerate(LABELS)
    ]
    for ref in refs:
        assert Reference.from_csl(ref.to_csl()) == ref
    fields = dict((name, value) for name, value, _ in reference_to_fields(refs[4]))
    assert fields["blinarefs-number"] == "3b"
    bib = "@article{k4,\n  title = {A made-up work},\n  blinarefs-number = {3b},\n}\n"
    read = Store.loads(bib).references[0]
    assert (read.number, read.label) == (3, "3b")
    entries = format_bibliography(refs, "vancouver", order=cited_order(refs))
    assert [e.split(".")[0] for e in entries] == ["1a", "1b", "2", "3a", "3b", "3c", "4"]


def test_renumbering_a_sub_labelled_list_is_refused_not_garbled() -> None:
    # a renumbered "[1a,b]" would lose its letters: refused, and check says to do it by hand
    text = BODY.replace("[2]", "[4]") + LIST.format(o="", c=".")
    trace = trace_manuscript(text)
    with pytest.raises(BlinarefsError, match=r"sub-labels its references \(1a, 1b, 3a, 3b"):
        plan_renumbering(trace, None)
    order = [f for f in check_trace(trace) if f.code == "citation-order"]
    assert order and order[0].suggestion.endswith("by hand")


def test_a_list_copied_one_token_a_line_keeps_its_parts() -> None:
    # "1a" / "." / "Quill": the part's label cut from its mark, in a list whose other
    # numbers ("2" / ".") are most of it
    lines = [
        "1a. Quill A. Invented salts. J Made Chem. 2031;4:10-19.",
        "1b. Fennick C. Imagined ligands. Fict Lett. 2032;7:200-9.",
        *(f"{n}. Name{n} D. Made-up work {n}. Rev Unreal. 2033;{n}:1-5." for n in range(2, 8)),
    ]
    tokens = [t for line in lines for t in re.findall(r"[^\W_]+|\S", line)]
    refs = parse_reference_list("References\n" + "\n".join(tokens) + "\n").references
    assert [r.printed_label for r in refs] == ["1a", "1b", "2", "3", "4", "5", "6", "7"]
    assert refs[1].source_text.startswith("Fennick C.")


def test_format_json_gives_each_entry_its_printed_label(tmp_path, capsys) -> None:
    bib = tmp_path / "parts.bib"
    bib.write_text(
        "".join(
            f"@article{{k{i},\n  title = {{Made-up work {i}}},\n  journal = {{J Made Chem}},\n"
            f"  year = {{2031}},\n  blinarefs-number = {{{label or n}}},\n}}\n\n"
            for i, (n, label) in enumerate(LABELS)
        ),
        encoding="utf-8",
    )
    assert main(["format", str(bib), "--style", "vancouver", "--json"]) == 0
    entries = json.loads(capsys.readouterr().out)["entries"]
    assert [(e["number"], e["label"]) for e in entries] == [
        (n, label or str(n)) for n, label in LABELS
    ]
    assert [e["text"].split(".")[0] for e in entries] == [e["label"] for e in entries]


FLATTENED = """Introduction

Salts of this kind were first described.1a Later work refined them,1a,b and ligands bind
them.2 Catalysts made them cheaper3a–c as others saw.3b, 4 Rigs 2a and 2b were idle.

"""


def test_flattened_sub_labels_name_the_parts_they_cite() -> None:
    # a copy glued "1a,b" and "3a–c" to the text; "Rigs 2a" after a space is no citation
    trace = trace_manuscript(FLATTENED + LIST.format(o="", c="."))
    keys = {r.id: r.printed_label for r in trace.references}
    got = [(c.marker, c.numbers, [keys[k] for k in c.keys]) for c in trace.citations]
    assert got == [
        ("1a", (1,), ["1a"]),
        ("1a,b", (1,), ["1a", "1b"]),
        ("2", (2,), ["2"]),
        ("3a–c", (3,), ["3a", "3b", "3c"]),
        ("3b, 4", (3, 4), ["3b", "4"]),
    ]


def test_flattened_letters_only_where_the_list_has_parts() -> None:
    refs = [Reference(id=f"k{i}", number=n, label=label) for i, (n, label) in enumerate(LABELS)]
    parts = ReferenceIndex.build(refs).parts
    found = sub_labelled_candidates
    text = "as in the solvent.1b, 1c Then the salt,3a and Fig.1b and series 3b and sample4b."
    assert [(text[c.start : c.end], c.numbers) for c in found(text, parts)] == [
        ("1b, 1c", (1,)),
        ("3a", (3,)),
    ]
    assert found(text, {}) == []  # a list that sub-labels nothing: "1b" is a label's


PARENTHESISED = """Invented salts dissolve slowly (1a). Ligands bind them (1a,b), as reviewed (2).
Catalysts speed the reaction (3a–c) in most solvents (3b, 4).

"""


def test_parenthesised_sub_labels_name_the_parts_they_cite() -> None:
    # a text that cites in parentheses prints the parts there too
    trace = trace_manuscript(PARENTHESISED + LIST.format(o="", c="."))
    keys = {r.id: r.printed_label for r in trace.references}
    got = [(c.marker, c.numbers, [keys[k] for k in c.keys]) for c in trace.citations]
    assert got == [
        ("(1a)", (1,), ["1a"]),
        ("(1a,b)", (1,), ["1a", "1b"]),
        ("(2)", (2,), ["2"]),
        ("(3a–c)", (3,), ["3a", "3b", "3c"]),
        ("(3b, 4)", (3, 4), ["3b", "4"]),
    ]


def test_a_sub_label_glued_to_a_capitals_full_stop_is_read() -> None:
    refs = [Reference(id=f"k{i}", number=n, label=label) for i, (n, label) in enumerate(LABELS)]
    parts = ReferenceIndex.build(refs).parts
    text = "the risk of SCD.3a However, compound (3a) and (4b) and f(3a) are no citations."
    found = [(text[c.start : c.end], c.kind) for c in sub_labelled_candidates(text, parts)]
    assert found == [("3a", "superscript"), ("(3a)", "paren")]


def test_sub_labels_glued_to_a_parenthesis_or_after_a_manuscripts_space() -> None:
    refs = [Reference(id=f"k{i}", number=n, label=label) for i, (n, label) in enumerate(LABELS)]
    parts = ReferenceIndex.build(refs).parts
    text = "salts in water(1a,b) and in oil 3a , then series 3b and 3c in sample 1b."
    glued = [(text[c.start : c.end], c.kind) for c in sub_labelled_candidates(text, parts)]
    assert glued == [("(1a,b)", "paren")]
    spaced = sub_labelled_candidates(text, parts, spaced=True)
    assert [text[c.start : c.end] for c in spaced] == ["3a", "1b", "(1a,b)"]
