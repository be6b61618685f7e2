"""A manuscript that spaces its flattened superscripts cites the work that dates or
measures a finding right after the year or the share ("rose to 2.4% in 2031 5 and to 3.1%
in 2035", "em 2029 16 para medir", "in 2027, 11 which counted", "entre 31,2% 19 e 40,5%"):
a year or a share counts nothing, so the number after it is a citation unless its noun, a
count's verb, a date's or a share's word or another value follows.

Passages are written for these tests (Portuguese and English, invented places and facts);
the references behind them are placeholders with a number only.
"""

from __future__ import annotations

from blinarefs.model import Reference
from blinarefs.trace.after_values import after_a_value
from blinarefs.trace.decode import decode_markers

OPENING = (
    "A obesidade infantil cresce em Springfield desde o fim do século passado. 1 A "
    "prevalência varia entre as regiões do estado. 2,3 Os estudos mostram o mesmo "
    "quadro. 4 A doença reduz a qualidade de vida. 5 Os custos crescem a cada ano. 6\n\n"
)
YEARS = (
    "A parcela de hortas era de 0,9% em 2021, subiu para 2,4% em 2031 7 e 3,1% em 2035. 8 "
    "Um censo das escolas feito em 2029 9 para medir as hortas confirmou a alta. O "
    "primeiro mapa saiu em 2027, 10 que contou as hortas da cidade. 6"
)


def _cited(text: str) -> dict[int, tuple[int, ...]]:
    refs = [Reference(id=f"r{k}", number=k) for k in range(1, 11)]
    return {c.start: c.numbers for c in decode_markers(text, refs).citations}


def test_citations_after_a_year_are_read():
    text = OPENING + YEARS
    found = _cited(text)
    for before, numbers in (("em 2031 ", (7,)), ("em 2029 ", (9,)), ("em 2027, ", (10,))):
        at = text.index(before) + len(before)
        assert found.get(at) == numbers, (before, sorted(found.items()))


def test_counts_dates_and_values_after_a_year_stay_text():
    for text, run in (
        ("In 2003 5 patients died", "5"),  # its noun
        ("Between 2005 and 2012, 28 eligible articles", "28"),  # an adjective, then its noun
        ("Em 2010, 15 morreram", "15"),  # the verb a count is the subject of
        ("em 2003 5 de março", "5"),  # a date's word
        ("em 2003 5 em cada 10", "5"),  # a share's
        ("in 2003 5 and 6 were", "5"),  # another value
        ("in 2003 1 death", "1"),  # a count of one takes any noun
    ):
        at = text.index(f" {run} ") + 1
        assert not after_a_value(text, at, at + len(run)), text


def test_a_citation_after_a_share_is_read():
    text = "a parcela de hortas ficou entre 31,2% 19 e 40,5%, 18 acima da média"
    for run in ("19", "18"):
        at = text.index(f" {run} ") + 1
        assert after_a_value(text, at, at + 2), run
    text = "a parcela foi de 40% 12 escolas"
    at = text.index("12")
    assert not after_a_value(text, at, at + 2)


def test_counts_after_a_year_in_a_spaced_text_stay_text():
    # guard: the same counts in a text read as spacing its superscripts are no citations
    counts = (
        "In 2031 5 schools opened gardens. Between 2030 and 2032, 8 eligible sites were "
        "mapped. Em 2030, 9 morreram. O censo começou em 2031 5 de março. 6"
    )
    text = OPENING + counts
    found = _cited(text)
    for before in ("In 2031 ", "2032, ", "Em 2030, ", "em 2031 "):
        at = text.index(before) + len(before)
        assert at not in found, (before, sorted(found.items()))
