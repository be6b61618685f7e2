"""Legends and tables after the reference list read in the body's own conventions: a body
that keeps its superscripts raised has no flattened ones in its legends; a body citing in
parentheses is not swayed by a table's note marks; the legends go on from the body's
citations (a number the body has cited is a repeat there); a table's label with a no-break
space is a table's; a column of citations in a table after the list is no part of it.

The manuscripts are made-up test texts; the references in them pose as no real record.
"""

from __future__ import annotations

from blinarefs.parse import parse_reference_list
from blinarefs.trace.checks import check_trace
from blinarefs.trace.manuscript import trace_manuscript


def _refs(n: int) -> str:
    return "\n".join(
        f"{k}. Writer{chr(64 + k % 26)} Q, Author R. An invented study number {k}. "
        f"Test J Med. 20{10 + k % 10};{k}(2):{k}0-{k}9."
        for k in range(1, n + 1)
    )


def manuscript(body: str, after: str, n: int = 4) -> str:
    return f"Background\n\n{body}\n\nReferences\n\n{_refs(n)}\n\n{after}\n"


def _cited(text: str) -> list[tuple[int, ...]]:
    return [c.numbers for c in trace_manuscript(text).citations]


def _codes(text: str) -> list[tuple[str, str]]:
    return [(f.code, f.message) for f in check_trace(trace_manuscript(text))]


_RAISED = "⁰¹²³⁴⁵⁶⁷⁸⁹"


def test_a_body_with_raised_superscripts_has_no_flattened_ones_in_its_legends():
    def raised(n: int) -> str:
        return "".join(_RAISED[int(d)] for d in str(n))

    steps = " ".join(f"Step {k} of the made-up route was known.{raised(k)}" for k in range(1, 26))
    body = f"The made-up alkaloid A1 (1) was isolated.\n\n{steps}\n\nWe turned to A1 (1)."
    legends = (
        "Fig. 1 Structures of the made-up alkaloids A1 (1) and B1 (3).\n\n"
        "Scheme 2 (A) Synthesis of the lactam 6. Reaction conditions: (a) made-up reagent, "
        "24 °C, 96% from 7. The HOMO of the enolate 14 was calculated at the made-up level. "
        "(B) Synthesis of the amide 18. Reaction conditions: as above.\n\n"
        "Scheme 3 Synthesis of the salt 19.\n\n"
        "Fig. 2 Errors of the shifts for alkaloid A2 (numbered as in patent¹), the salt 21, "
        "and all isomers (carbons 12, 13, 14, 17, and nitrogen 15)."
    )
    text = manuscript(body, legends, n=25)
    trace = trace_manuscript(text)
    after = [c for c in trace.citations if c.start > text.index("References")]
    flattened = [c.marker for c in after if c.kind == "superscript" and c.marker[0] in "0123456789"]
    assert not flattened  # "lactam 6", "enolate 14", "carbons 12, 13, 14, 17" were read
    assert "¹" in [c.marker for c in after]  # the legend's raised citation is


def test_a_body_citing_in_parentheses_reads_a_tables_note_despite_its_note_marks():
    # the table's flattened note marks ("16 (15, 18)4") would make a table read alone
    # look like a text citing by flattened superscripts, and its note's "(43)" no citation
    rows = "\n\n".join(f"Score {k}\n\n{k + 15} ({k + 14}, {k + 17}){k % 3 + 1}" for k in range(8))
    table = (
        f"Table 1. Invented scores\n\n{rows}\n\n"
        "1 Adjusted for inflammation considering both markers (43).\n\n2\n\nn = 480."
    )
    body = " ".join(f"Finding {k} held ({k})." for k in range(1, 43))
    text = manuscript(body, table, n=43)
    assert _cited(text)[-1] == (43,)
    assert not [m for code, m in _codes(text) if code == "uncited-reference"]


def test_a_legend_goes_on_from_the_bodys_citations():
    # "(45)" in a table's note after a body citing 1 to 44 in parentheses: the next
    # reference, not a jump ahead of an order that would start again from 1 after the list
    body = " ".join(f"Finding {k} held ({k})." for k in range(1, 45))
    table = (
        "Table 1.\n\nMade-up statistics\n\n"
        "Values in parentheses are for the highest shell (2.6–2.50 Å).\n\n"
        "aRmerge is summed over all observations of a reflection (Ii).\n\n"
        "fRamachandran plot analysis was from a made-up program (45).\n\n"
        "Figure 1.\n\n(A) Made-up assays. (B) More."
    )
    text = manuscript(body, table, n=45)
    assert _cited(text)[-1] == (45,)
    assert not [m for code, m in _codes(text) if code == "uncited-reference"]


def test_a_table_label_with_a_no_break_space_places_its_citations_where_it_is_mentioned():
    legend = "Table\u00a01. Invented constants, as measured in [2]."
    body = "Table 1 lists the constants [1].\n\nEffects were rare [3] [4]."
    text = manuscript(body, legend)
    assert not [m for code, m in _codes(text) if code == "citation-order"]


def test_a_legend_no_text_mentions_says_nothing_of_the_order():
    # the journal set the table somewhere the text does not show: its "[3]" is cited,
    # but no evidence that reference 3 came late
    table = "Table 2. Made-up doses, as reported in [3]."
    body = "Drug X lowered mortality [1] [2] (Table 1). Late effects were rare [4]."
    text = manuscript(body, f"Table 1. Made-up arms [2].\n\n{table}")
    assert not [m for code, m in _codes(text) if code in ("citation-order", "uncited-reference")]


def test_a_tables_column_of_citations_after_the_list_does_not_go_on_with_it():
    # a table after the list cites in a column of its own: "[5]" alone on a line after
    # reference 4 continues no list, and the legend before it is no part of reference 4
    rows = "\n\n".join(f"Strain {k}\n\nMade-up host {k}\n\n[{k % 4 + 1}]" for k in range(1, 4))
    after = (
        f"Figure 1. Colonies of the made-up strains.\n\nTable 1. Strains\n\n{rows}"
        "\n\nStrain 9\n\nMade-up host 9\n\n[5]\n\nStrain 10\n\nMade-up host 10\n\nThis work"
    )
    text = manuscript("Drug X lowered mortality [1] [2] [3] [4].", after)
    parsed = parse_reference_list(text)
    assert [r.number for r in parsed.references] == [1, 2, 3, 4]
    assert parsed.references[-1].source_text.endswith("4(2):40-49.")
    assert parsed.section is not None and parsed.section.after is not None
    assert text[slice(*parsed.section.after)].startswith("Figure 1.")


def test_a_list_printed_with_full_stops_only_beats_a_tables_column_under_its_heading():
    # a list whose copy joins the parts of each reference with full stops ("Test J Med.
    # 2011. 5. 40") reads like no reference to the list's test, and neither does a table's
    # "References" column after it citing [5], [6], [7]: the list is the one opening at 1
    listed = "\n\n".join(
        f"{k}. Writer{chr(64 + k)} Q. Author R. Invented study number {k}. Test J Med. "
        f"20{10 + k}. {k}. {k}0"
        for k in range(1, 8)
    )
    rows = "\n\n".join(f"Strain {k}\n\nMade-up trait {k}\n\n[{k}]" for k in range(5, 8))
    table = f"Table 1\n\nStrains\n\nStrain\n\nTrait\n\nReferences\n\n{rows}"
    body = "Drug X lowered mortality [1] [2] [3] [4] [5] [6] [7]."
    text = f"Background\n\n{body}\n\nReferences\n\n{listed}\n\n{table}\n"
    parsed = parse_reference_list(text)
    assert [r.number for r in parsed.references] == list(range(1, 8))
    assert not [m for code, m in _codes(text) if code == "uncited-reference"]
