"""Numbers in brackets after a number in the text after the reference list: a table's value
and its SD or count ("63 (12)"), or a citation after a name or in a legend's sentence. The
manuscripts are invented."""

from __future__ import annotations

from blinarefs.trace.manuscript import trace_manuscript

REFS = "\n".join(
    f"{k}. Penwright{chr(64 + k)} Q, Inkley R. An invented study number {k}. "
    f"Test J Med. 20{10 + k};{k}(2):{k}0-{k}9."
    for k in range(1, 5)
)


def _cited_after(after: str) -> set[int]:
    text = (
        "Background\n\nDrug X lowered mortality [1]. Late effects were rare [2].\n\n"
        f"References\n\n{REFS}\n\n{after}\n"
    )
    trace = trace_manuscript(text)
    assert trace.after_list is not None
    return {n for c in trace.citations if trace.after_the_list(c.start) for n in c.numbers}


def test_a_value_and_its_count_in_a_tables_cell_cite_nothing():
    assert _cited_after("Table 1 Baseline\n\nAge, years 63 (3)\n\nWeight, kg 71 [4]") == set()


def test_a_number_ending_a_name_is_no_value():
    assert _cited_after("Table 1 Sources\n\nGenes: IL4 [3], TNFA [4]") == {3, 4}


def test_a_legends_sentence_cites_after_a_number():
    legend = "Figure 1. The tree was drawn with the invented program, version 5.2 [4]."
    assert _cited_after(legend) == {4}
