"""`blinarefs renumber` on plain text and Markdown: the plan, the rewritten text, the CLI.

The manuscripts are made-up test texts; the references in them pose as no real record.
"""

from __future__ import annotations

import json
import os

import pytest
from hypothesis import given
from hypothesis import strategies as st

from blinarefs.cli import main
from blinarefs.errors import BlinarefsError
from blinarefs.manuscript.renumber import RangeStyle, apply_edits, plan_renumbering, rewrite_marker
from blinarefs.parse import parse_reference_list
from blinarefs.trace.checks import check_trace
from blinarefs.trace.manuscript import trace_manuscript


def _list(n: int, start: int = 1) -> str:
    return "\n".join(
        f"{k}. Author{chr(64 + k)} Q, Writer R. Made-up study number {k} of a test. "
        f"Test J. 20{10 + k};{k}:{k}-{k + 9}."
        for k in range(start, n + 1)
    )


def manuscript(body: str, n: int) -> str:
    return f"{body}\n\nReferences\n{_list(n)}\n"


def renumbered(text: str) -> str:
    parsed = parse_reference_list(text)
    trace = trace_manuscript(text, parsed.references, body_end=parsed.body_end)
    plan = plan_renumbering(trace, parsed.section)
    return apply_edits(text, plan.text_edits(text))


def titles_cited(text: str) -> list[list[str]]:
    """For each marker, the titles of the references it names: what must not change."""
    trace = trace_manuscript(text)
    by_key = {r.id: r.title for r in trace.references}
    return [sorted(by_key[k] for k in c.keys) for c in trace.citations]


@pytest.mark.parametrize(
    ("numbers", "style", "expected"),
    [
        ((3, 1, 2), RangeStyle(), "1-3"),
        ((1, 2), RangeStyle(), "1,2"),
        ((5, 1, 2, 3, 9), RangeStyle("–", ", "), "1–3, 5, 9"),
        ((1, 2, 3), RangeStyle(compress=False), "1,2,3"),
    ],
)
def test_range_style_writes_groups(numbers, style, expected):
    assert style.write(numbers) == expected


@pytest.mark.parametrize(
    ("marker", "numbers", "expected"),
    [
        ("[3, 1,2]", (3, 1, 2), "[1-3]"),
        ("[4]", (2,), "[2]"),
        ("[1–3, 7]", (4, 5, 6, 1), "[1, 4–6]"),
        ("¹⁻³", (2, 3, 4), "²⁻⁴"),
        ("⁴˒⁵", (1, 7), "¹˒⁷"),
        ("<sup>7,6</sup>", (6, 7), "<sup>6,7</sup>"),
        ("^2^", (1,), "^1^"),
        ("(4)", (3,), "(3)"),
        ("et al2,3", (2, 3), "et al2,3"),
        ("[1 – 3, 7]", (4, 5, 6, 1), "[1, 4 – 6]"),  # its own spaced dash and separator
        ("[5  -  7]", (1, 2, 3, 8), "[1  -  3,8]"),
        ("(1;  4)", (2, 3), "(2;  3)"),
        ("[2 ;3]", (3, 2), "[2 ;3]"),
        # several brackets read as one citation keep their form
        ("[4]–[6]", (4, 5, 6), "[4]–[6]"),
        ("[4]–[6]", (7, 8, 9), "[7]–[9]"),
        ("[4]–[6]", (2, 8, 9), "[2,8,9]"),  # no longer a run: one group
        ("[9][8]", (7, 8), "[7][8]"),
        ("[2], [5]", (6, 1), "[1], [6]"),
        ("\\[4\\]–\\[6\\]", (1, 2, 3), "\\[1\\]–\\[3\\]"),  # Pandoc's escaped brackets
    ],
)
def test_rewrite_marker_keeps_its_syntax(marker, numbers, expected):
    assert rewrite_marker(marker, numbers, RangeStyle()) == expected


def test_plain_text_markers_and_list_follow_first_citation():
    text = manuscript(
        "Drug A changed the outlook [3, 1,2]. Later work [4] agreed [2].\n"
        "Two more trials [5–7] and a review [6].",
        7,
    )
    new = renumbered(text)
    body, refs = new.split("\nReferences\n")
    assert "outlook [1–3]. Later work [4] agreed [3]." in body
    assert "trials [5–7] and a review [6]." in body
    # the list is reordered with its numbers: old 3 first, then old 1 and 2
    lines = refs.strip().splitlines()
    assert lines[0].startswith("1. AuthorC Q") and lines[1].startswith("2. AuthorA Q")
    assert lines[2].startswith("3. AuthorB Q") and lines[6].startswith("7. AuthorG Q")
    assert titles_cited(new) == titles_cited(text)
    assert not [f for f in check_trace(trace_manuscript(new)) if f.code == "citation-order"]
    assert renumbered(new) == new  # in order now: nothing more to do


def test_markdown_with_escaped_brackets_is_read_and_renumbered():
    # Pandoc writes a bracketed citation into Markdown as "\\[3\\]" (a bare bracket would
    # open a link); the citations are read and renumbered with their escapes kept
    text = manuscript("Drug A helped \\[3\\]. Drug B did not \\[1, 2\\], nor C \\[4\\]–\\[6\\].", 6)
    trace = trace_manuscript(text)
    assert [c.numbers for c in trace.citations] == [(3,), (1, 2), (4, 5, 6)]
    body = renumbered(text).split("\nReferences\n")[0].strip()
    assert body == "Drug A helped \\[1\\]. Drug B did not \\[2, 3\\], nor C \\[4\\]–\\[6\\]."


def test_uncited_references_keep_their_order_after_the_cited_ones():
    text = manuscript("Only two are cited [4] and [2].", 5)
    refs = renumbered(text).split("\nReferences\n")[1].strip().splitlines()
    assert [line[:11] for line in refs] == [
        "1. AuthorD ",
        "2. AuthorB ",
        "3. AuthorA ",
        "4. AuthorC ",
        "5. AuthorE ",
    ]


def test_blank_lines_crlf_and_a_missing_final_newline_survive():
    body = "Cited out of order [2] then [1]."
    refs = _list(3).replace("\n", "\n\n")
    text = f"{body}\r\n\r\nReferences\r\n{refs}".replace("\n", "\r\n").replace("\r\r", "\r")
    new = renumbered(text)
    assert new.startswith("Cited out of order [1] then [2].\r\n")
    assert not new.endswith("\n") and new.count("\r\n") == text.count("\r\n")
    assert "\n1. AuthorB Q" in new and "\n2. AuthorA Q" in new and "\r\n\r\n3. AuthorC" in new


@pytest.mark.parametrize(("before", "after"), [("[", "] "), (" ", ") "), ("", " ")])
def test_list_numbers_in_brackets_or_indented_are_renumbered(before, after):
    refs = "\n".join(before + line.replace(". ", after, 1) for line in _list(3).splitlines())
    new = renumbered(f"Cited out of order [2; 3] then [1].\n\nReferences\n{refs}\n")
    lines = new.split("\nReferences\n")[1].splitlines()
    assert [line[: len(before) + len(after) + 8] for line in lines] == [
        f"{before}1{after}AuthorB",
        f"{before}2{after}AuthorC",
        f"{before}3{after}AuthorA",
    ]


def test_written_out_runs_stay_written_out():
    text = manuscript("A list [1,2,3] here and [6,4,5] there.", 6)
    assert "there." in renumbered(text) and "[4,5,6] there." in renumbered(text)


def test_a_marker_whose_numbers_do_not_change_is_left_byte_for_byte():
    # the manuscript writes ranges ("[6–8]"), yet "[3,4,5]" cites 3, 4 and 5 before and
    # after: rewriting it as "[3–5]" would change text the renumbering does not touch
    text = manuscript("One [1], two [2], three [3,4,5], a range [6–8] and [6, 7 ,8].", 8)
    assert renumbered(text) == text
    # and when other references move, the markers they are not in stay as written
    moved = manuscript("First [2], then [1], a run [3,4,5] and [6 , 7].", 7)
    body = renumbered(moved).split("\nReferences\n")[0].strip()
    assert body == "First [1], then [2], a run [3,4,5] and [6 , 7]."


def test_markdown_superscripts_and_keyed_citations():
    text = manuscript("# Intro\n\nA claim^2^ and another^1^, with [@own2020] left alone.", 2)
    new = renumbered(text)
    assert "A claim^1^ and another^2^, with [@own2020] left alone." in new


def test_dangling_citation_stops_the_plan():
    text = manuscript("A claim [1] and one too far [4].", 3)
    trace = trace_manuscript(text)
    with pytest.raises(BlinarefsError, match=r"line 1: citation '\[4\]' points at reference 4"):
        plan_renumbering(trace, parse_reference_list(text).section)


@given(st.permutations(range(1, 9)), st.lists(st.integers(1, 8), max_size=6))
def test_any_citation_order_ends_in_order_with_the_same_references(first, later):
    sentences = [f"Claim {chr(97 + i)} was shown [{n}]." for i, n in enumerate(first)]
    sentences += [f"It was seen again [{n},{(n % 8) + 1}]." for n in later]
    text = manuscript(" ".join(sentences), 8)
    new = renumbered(text)
    assert titles_cited(new) == titles_cited(text)
    trace = trace_manuscript(new)
    assert not [f for f in check_trace(trace) if f.code == "citation-order"]
    assert [c.numbers[0] for c in trace.citations[:8]] == list(range(1, 9))


# -- the command ------------------------------------------------------------------------


@pytest.fixture
def paper(tmp_path):
    path = tmp_path / "paper.txt"
    path.write_text(manuscript("First [2], then [1], then [3].", 3), encoding="utf-8")
    return path


def test_cli_refuses_to_overwrite_without_being_told(paper, capsys):
    before = paper.read_bytes()
    assert main(["renumber", str(paper)]) == 2
    assert "give -o OUT for the renumbered copy, or --in-place" in capsys.readouterr().err
    assert paper.read_bytes() == before


def test_cli_dry_run_shows_the_mapping_and_writes_nothing(paper, tmp_path, capsys):
    before = paper.read_bytes()
    assert main(["renumber", str(paper), "--dry-run", "-o", str(tmp_path / "out.txt")]) == 0
    out = capsys.readouterr().out
    assert "2 of 3 references renumbered (2 -> 1, 1 -> 2)" in out
    assert "line 1: [2] -> [1]" in out and "dry run: nothing written" in out
    assert paper.read_bytes() == before and not (tmp_path / "out.txt").exists()


def test_cli_writes_the_copy_or_in_place(paper, tmp_path, capsys):
    out = tmp_path / "out.txt"
    assert main(["renumber", str(paper), "-o", str(out)]) == 0
    assert out.read_text(encoding="utf-8").startswith("First [1], then [2], then [3].")
    assert "written to" in capsys.readouterr().out
    assert main(["renumber", str(paper), "--in-place", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["mapping"] == {"2": 1, "1": 2, "3": 3} and data["list_reordered"] is True
    assert paper.read_bytes() == out.read_bytes()


def test_cli_in_place_with_nothing_to_change_leaves_the_file_alone(paper, capsys):
    # it said "written to" and rewrote the same bytes (a new time stamp for make and editors)
    assert main(["renumber", str(paper), "--in-place", "-q"]) == 0
    os.utime(paper, ns=(10**18, 10**18))
    assert main(["renumber", str(paper), "--in-place"]) == 0
    assert f"nothing to change: {paper} left as it was" in capsys.readouterr().out
    assert paper.stat().st_mtime_ns == 10**18
    assert main(["renumber", str(paper), "--in-place", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["output"] is None


def test_cli_dangling_citation_is_one_line_and_exit_1(tmp_path, capsys):
    path = tmp_path / "p.txt"
    path.write_text(manuscript("Too far [5]. Further still [7].", 2), encoding="latin-1")
    assert main(["renumber", str(path), "--dry-run"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    # the file named, the first citation's own numbers, the others after
    assert (
        f"{path}: line 1: citation '[5]' points at reference 5, which is not in the list; "
        "so do citations of 7"
    ) in err


def test_cli_a_jats_article_is_refused_by_name(tmp_path, capsys):
    # its list was read as no list: "no numbered reference list to renumber"
    path = tmp_path / "a.xml"
    path.write_text(
        '<article><body><p>Owls<xref ref-type="bibr" rid="r1">1</xref>.</p></body><back>'
        "<ref-list><ref id='r1'><mixed-citation>Roe J. Owls. J. 2031;1:1.</mixed-citation>"
        "</ref></ref-list></back></article>",
        encoding="utf-8",
    )
    assert main(["renumber", str(path), "--dry-run"]) == 2
    assert "a JATS article; renumber reads plain text" in capsys.readouterr().err


@pytest.mark.parametrize("data", [b"", b"\x00\x01 not a zip \x00"])
def test_cli_a_file_named_docx_that_is_no_zip_is_called_damaged_as_by_every_command(
    tmp_path, capsys, data
):
    # renumber said "no numbered reference list" (empty) or "binary file" where check,
    # trace and parse say the Word file is damaged or renamed
    path = tmp_path / "paper.docx"
    path.write_bytes(data)
    assert main(["renumber", str(path), "--dry-run"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and f"{path}: named .docx but not a Word file" in err


def test_cli_keeps_the_encoding(tmp_path):
    path = tmp_path / "p.txt"
    path.write_text(manuscript("Café au lait [2] then [1].", 2), encoding="latin-1")
    assert main(["renumber", str(path), "--in-place", "-q"]) == 0
    assert path.read_text(encoding="latin-1").startswith("Café au lait [1] then [2].")


def test_cli_no_reference_list_is_exit_1_and_no_copy(tmp_path, capsys):
    # it wrote an unchanged copy and exited 0
    path = tmp_path / "p.txt"
    path.write_text("A made-up claim [1]. Another [2].\n", encoding="utf-8")
    assert main(["renumber", str(path), "-o", str(tmp_path / "out.txt")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no numbered reference list to renumber" in err
    assert not (tmp_path / "out.txt").exists()


def test_cli_output_onto_the_manuscript_points_at_in_place(paper, capsys):
    # "give another output file" only: the way to do what was asked is --in-place
    assert main(["renumber", str(paper), "-o", str(paper)]) == 2
    err = capsys.readouterr().err
    assert "--in-place" in err and err.count("\n") == 1
