"""One token a line, a book's count of pages at the end of a reference ("120 p.", a
catalogue's "xii, 138 pages p.") before the next item's number: the number opens the next
item, it is no page. Every reference here is made up for the test."""

from __future__ import annotations

import re

import pytest

from blinarefs.parse import parse_reference_list

_OTHER = "Poe E, Loe F. Another invented study. Imag Rep. 2030;55(9):901-7."


@pytest.mark.parametrize("count", ["120 p.", "xii, 138 pages p.", "245 pp."])
def test_a_page_count_ending_a_reference_before_the_next_number(count: str) -> None:
    book = f"Invented Agency. Counting the invented things. Springfield: Invented Agency; {count}"
    numbered = {5: _OTHER, 6: _OTHER, 7: book, 8: _OTHER, 9: _OTHER}
    lines = [f"{n}. {text}" for n, text in numbered.items()]
    tokens = "\n".join(t for line in lines for t in re.findall(r"[^\W_]+|\S", line)) + "\n"
    refs = parse_reference_list(tokens).references
    assert [r.number for r in refs] == list(numbered)
    assert refs[2].source_text.replace(" ", "") == book.replace(" ", "")


def test_a_page_after_p_is_still_a_page() -> None:
    """ "Example Press, p. 48." is a page of the reference, not the next item's number."""
    numbered = {1: _OTHER, 2: "Roe J. Counting. Springfield: Example Press, p. 48.", 3: _OTHER}
    lines = [f"{n}. {text}" for n, text in numbered.items()]
    tokens = "\n".join(t for line in lines for t in re.findall(r"[^\W_]+|\S", line)) + "\n"
    refs = parse_reference_list(tokens).references
    assert [r.number for r in refs] == [1, 2, 3]
    assert refs[1].source_text.endswith("p. 48.")


@pytest.mark.parametrize(
    "dates",
    [("2030 Jan;", "2031 Mar;"), ("2030 July;", "2031 Jan;")],
)
def test_a_short_lists_years_do_not_outnumber_its_items(dates: tuple[str, str]) -> None:
    """Two references, each printing its year before a month ("2030" / "Jan"), one token a
    line: the years make a run as long as the items' numbers, and the items win (their
    numbers carry the list's mark)."""
    first, second = dates
    numbered = {
        42: f"Roe JA, Doe PQ. Counting invented cells in Examplia. Inv Med. {first}19(3):335-51.",
        43: f"Poe M, Moe D. Another invented study. Fict Rep. {second}7(1):1-12.",
    }
    lines = [f"{n}. {text}" for n, text in numbered.items()]
    tokens = "\n".join(t for line in lines for t in re.findall(r"[^\W_]+|\S", line)) + "\n"
    assert [r.number for r in parse_reference_list(tokens).references] == [42, 43]
