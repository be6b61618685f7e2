"""A journal that raises its citations and its footnotes' letters in one superscript
("no estudo.^12,e,f^") loses the raising in a web copy that spaces its superscripts:
"no estudo. 12,e,f" and "para a anemia, 4,7,k o custo". The letters stay
glued to the digits by their commas, which prose never does, so the digits before them
are citations wherever the clause goes.

Passages are written for these tests (Portuguese, invented places and facts); the
references behind them are placeholders with a number only.
"""

from __future__ import annotations

from blinarefs.model import Reference
from blinarefs.trace.decode import decode_markers
from blinarefs.trace.footnote_letters import before_footnote_letters

TEXT = (
    "A doença afeta muitas pessoas em Springfield, em todas as idades e em todas as "
    "regiões, com custos altos para as famílias e para os serviços de saúde da cidade. 1 "
    "Os estudos anteriores mostram a mesma tendência. 2,3 A prevalência aumentou nas "
    "cidades. 4 Os fatores de risco são muitos. 5\n\n"
    "As hortas das escolas custam pouco, segundo o último censo. 6,a,b\n\n"
    "Esse quadro é diferente na região. 7,8,c A organização dos serviços mudou. 9 Outros "
    "fatores pesam, como a renda, 10,d o acesso e a idade. 11"
)


def _cited(text: str) -> dict[int, tuple[int, ...]]:
    refs = [Reference(id=f"r{k}", number=k) for k in range(1, 12)]
    return {c.start: c.numbers for c in decode_markers(text, refs).citations}


def test_citations_before_footnote_letters_are_read():
    found = _cited(TEXT)
    for run, numbers in (("6,a", (6,)), ("7,8,c", (7, 8)), ("10,d", (10,))):
        at = TEXT.index(f" {run}") + 1
        assert found.get(at) == numbers, (run, sorted(found.items()))


def test_only_single_letters_glued_by_commas_are_footnote_letters():
    for text in (
        "no censo. 12, e os outros",  # prose: a space after the comma
        "no censo. 12,ed. A",  # a word, not a letter
        "no censo. 12,a2 e",  # a label's part
        "no censo 2012,e a",  # no space before the run: a year's
    ):
        at = text.index("12")
        assert not before_footnote_letters(text, at, at + 2), text
    text = "no censo. 12,e,f\n\nA seguir"
    at = text.index("12")
    assert before_footnote_letters(text, at, at + 2)
