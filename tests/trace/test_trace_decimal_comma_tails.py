"""A citation glued to a value printed with a decimal comma ("como 0,9013. Em", Portuguese
and Spanish; trace/digit_tails.py): the value keeps the digits before its comma, and the
last two or three after it are read as the next reference first cited, as "at pH 7.517,"
is read; only by the order. A value whose places are no next number stays a value.

Passages are written for these tests; the references are placeholders with a number only.
"""

from __future__ import annotations

from blinarefs.model import Reference
from blinarefs.trace.decode import decode_citations
from blinarefs.trace.digit_tails import tail_readings


def _cited_in(passage: str) -> list[tuple[int, ...]]:
    """The citations read in ``passage``, in the place of the thirteenth of thirty sentences
    that cite 1 to 30 by glued superscripts in order (13 only there)."""
    sentences = [
        f"O estudo de Springfield número {k} mostrou um efeito claro na população{k}."
        for k in range(1, 31)
    ]
    sentences[12] = passage
    text = " ".join(sentences)
    at = text.index(passage)
    found = decode_citations(text, [Reference(id=f"r{k}", number=k) for k in range(1, 31)])
    return [c.numbers for c in found if at <= c.start < at + len(passage)]


def test_a_citation_glued_to_a_decimal_commas_places_is_read() -> None:
    assert _cited_in("O alfa de Cronbach em Examplia foi de 0,9013. Em Roe foi menor.") == [(13,)]


def test_the_tails_of_a_decimal_comma_value() -> None:
    text = "foi de 0,8022. Foram"
    start = text.index("0,")
    readings = tail_readings(text, start, start + len("0,8022"))
    assert [(text[c.start : c.end], c.numbers) for c in readings] == [("22", (22,))]


def test_a_value_in_mid_clause_or_off_the_order_stays_a_value() -> None:
    assert _cited_in("O vínculo em Examplia (0,013) e o sono (0,012) pesaram.") == []
    assert _cited_in("O risco em Examplia foi menor (RR 0,78; p = 0,113). Mas caiu.") == []
    text = "o vínculo (0,013) e"
    start = text.index("0,")
    assert tail_readings(text, start, start + len("0,013")) == []  # no value "0,0"
    assert _cited_in("O valor em Examplia foi de 0,8013 e depois caiu muito.") == []
    assert _cited_in("O alfa de Cronbach em Examplia foi de 0,9027. Em Roe foi menor.") == []
