"""The list as a whole: no item lost or renumbered, the end of the list found, one token a
line rebuilt whole. The references here are made-up test texts, not real records."""

from __future__ import annotations

import re

from blinarefs.parse import join_tokens, parse_reference_list
from blinarefs.parse.read import CONFIDENCE_FIELD

LIST = """References
1. Alder QX, Birch PW. A made-up study of test fixtures. J Test Fixtures. 2011;4(2):10-19.
2. %%%% ;;;; ????
3. Cedar RT, Dogwood MN, et al. Another invented title for parser tests. Test Rep. 2019;12:301-9.
"""


def test_an_unreadable_item_keeps_its_number_and_the_others_keep_theirs():
    parsed = parse_reference_list(LIST)
    assert [r.number for r in parsed.references] == [1, 2, 3]
    assert parsed.failures == ()
    odd = parsed.references[1]
    assert odd.source_text == "%%%% ;;;; ????"
    [doubt] = parsed.doubts
    assert doubt.number == 2 and "title" in doubt.fields and "year" in str(doubt)
    assert parsed.references[2].title == "Another invented title for parser tests"
    assert parsed.references[2].page == "301-309"


def test_every_entry_says_how_sure_the_parser_was():
    parsed = parse_reference_list(LIST)
    confidence = [dict(r.extra).get(CONFIDENCE_FIELD) for r in parsed.references]
    assert confidence[0] is None  # read in full by both readers: nothing to say
    assert float(confidence[1]) < 0.8


def test_figure_legends_after_the_list_are_cut_off_and_reported():
    text = LIST + "\nFigure 1. Survival of the made-up cohort by arm.\nTable 2. Doses.\n"
    parsed = parse_reference_list(text)
    assert parsed.references[-1].source_text.endswith("2019;12:301-9.")
    assert any("Figure 1" in w and "reference 3" in w for w in parsed.warnings)


def _one_token_a_line(text: str) -> str:
    return "\n".join(re.findall(r"[^\W_]+|\S", text)) + "\n"


def test_one_token_a_line_keeps_dois_urls_and_hyphenated_names_whole():
    printed = (
        "Rocha-Olivares A, O'Neill B. An invented title. Test J. 2012;15(3):2447-2459. "
        "doi: 10.1159/000153205. Available from: https://example.org/a/b.html"
    )
    rebuilt = join_tokens(re.findall(r"[^\W_]+|\S", printed))
    assert "Rocha-Olivares" in rebuilt and "O'Neill" in rebuilt
    assert "10.1159/000153205" in rebuilt and "https://example.org/a/b.html" in rebuilt
    assert "2012;15(3):2447-2459" in rebuilt


def test_a_list_cut_one_token_a_line_gives_the_same_entries():
    whole = parse_reference_list(LIST)
    tokens = parse_reference_list(_one_token_a_line(LIST))
    assert [r.number for r in tokens.references] == [1, 2, 3]
    for a, b in zip(whole.references, tokens.references, strict=True):
        assert (a.title, a.issued, a.volume, a.page) == (b.title, b.issued, b.volume, b.page)
