"""Issue 13: a list copied one token a line keeps every item where its numbers print beside
other numbers: the raised number printed again and glued to the first name ("2" / "." /
"2LaRoe"), a year in brackets closing the reference before the number ("(2031)" / "3" / "."),
and a heading's word inside an address ("monitoring" / "-" / "references" / "/"). Every
reference here is a made-up test text, not a real record."""

from __future__ import annotations

import re

from blinarefs.parse import parse_reference_list
from blinarefs.parse.headings import list_headings


def _one_token_a_line(text: str) -> str:
    """A careless copy: every word and every mark on a line of its own."""
    return "\n".join(re.findall(r"[^\W_]+|\S", text)) + "\n"


def _numbers(text: str) -> list[int | None]:
    return [r.number for r in parse_reference_list(text).references]


GLUED = """1. 1Roe JA, Doe B. A study of examples in Springfield. Fict Exampl Biol 2031; 6: 104-116.
2. 2LaRoe FM, Green KN. Intracellular examples of made-up cells. Fict Rev 2030; 8: 499-509.
3. 3Doe T, Meyer HE. The invented precursor as a modulator of examples. Prog Fict 2029; 85: 393-406.
4. 4Examplia C, Roe NN. Nuclear signals of invented domains. Fict Signal 2032; 24: 402-409.
"""


def test_raised_numbers_glued_to_the_names_keep_every_item_one_token_a_line() -> None:
    assert _numbers(GLUED) == [1, 2, 3, 4]
    assert _numbers(_one_token_a_line(GLUED)) == [1, 2, 3, 4]


YEARS_CLOSING = """1. Roe SJ, Doe A (2031) Cell size in Examplia. Fict Cell Env 29: 1273-1283 (2031)
2. Roe SJ, Van Doe M, Quill C (2030) Leaf growth of Examplia. Fict Cell Env 28: 1355-1366 (2030)
3. Doe MF, Quill JN (2029) Global rhythms of Examplia. Fict Genome Biol 9: 130-141 (2029)
4. Quill S, Roe T (2032) Made-up clocks in Springfield. Fict Plant J 12: 1-9 (2032)
"""


def test_a_year_in_brackets_closing_a_reference_does_not_hide_the_next_number() -> None:
    assert _numbers(_one_token_a_line(YEARS_CLOSING)) == [1, 2, 3, 4]


ADDRESSES = """1. Fict parasite maps [http://www.example.org/parasite-maps]
2. Examplia Diagnostics [http://www.example.com/Main/Home.aspx]
3. Springfield data center [http://www.example.gov/monitoring-references/maps/divisions.php]
4. Invented Inc [http://www.example.net/dewpoint.htm]
5. Census of Examplia [http://census.example.gov/]
"""


def test_a_heading_word_inside_an_address_is_no_heading() -> None:
    assert _numbers(_one_token_a_line(ADDRESSES)) == [1, 2, 3, 4, 5]
    compound = ["Fict\n", "-\n", "references\n", "/\n", "maps\n"]
    assert list_headings(compound) == []


def test_guard_a_heading_alone_still_heads_the_list() -> None:
    lines = [f"{x}\n" for x in ("Some", "text", ".", "References", "1", ".", "Roe", "J")]
    assert list_headings(lines) == [3]


def test_guard_a_number_glued_to_a_title_word_after_a_volume_opens_nothing() -> None:
    """ "Res" / "12" / "." / "3Dprint...": only the item's own number glued to a name is the
    raised number again; a volume before a word with another number stays a volume."""
    text = _one_token_a_line(
        "1. Roe J. Made-up printing. Fict Res 12. 3Dprint Springfield.\n"
        "2. Doe B. Invented shapes. Fict Lett 2031;4:5-9.\n"
    )
    assert _numbers(text) == [1, 2]


ODD_ENDS = """1. Roe M, Doe B. (2031). Made-up widgets at Springfield. Examplia Laboratory Poster p.
2. Doe M, Quill P. (2030). Invented reduction of widgets. Fict Sci 340: 85-87.
3. Quill C.J, 2029, Productive widgets in Examplia, Fict Lett 34(5), n.p.
4. Xoe A, Roe B. Invented widgets. Fict Cell Env. 2031:1-28. doi: 10.1000/fict.7053;n/a(n/a):
5. Poe NA, Roe A, Doe E. Preferential widgets in Springfield. Curr Fict. 2030;34(2):1-9.
"""


def test_a_reference_ending_at_p_or_a_colon_keeps_the_next_item() -> None:
    """ "Poster p." / "2." / "Doe" / "M" / ",", "n.p." and "(n/a):" close a reference: the
    number after them is the next item's before a name and its initials, not a page."""
    assert _numbers(_one_token_a_line(ODD_ENDS)) == [1, 2, 3, 4, 5]


def test_guard_a_page_after_p_or_a_colon_stays_a_page() -> None:
    """ "p. 48." and "2031:12." are pages when the next item's number follows them."""
    text = _one_token_a_line(
        "1. Roe J. Made-up widgets. In: Doe B, editor. Fict Book. Springfield; 2030. p. 2.\n"
        "2. Doe B. Invented shapes. Fict Lett 2031:3.\n"
        "3. Quill P. Invented sizes. Fict Lett 2031;4:5-9.\n"
    )
    parsed = parse_reference_list(text).references
    assert [r.number for r in parsed] == [1, 2, 3]
    assert parsed[1].page == "3"
