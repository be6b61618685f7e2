"""A copy that flattens superscripts glues a citation after a value that ends its clause
("o alfa foi de 0,896."): where the manuscript prints its decimals below one with two
places again and again, the digits past those places are a citation, for the order to
take; a text that prints longer decimals in mid-clause, a statistic's value and a
p-value keep their digits.

Passages are written for these tests (Portuguese and English, invented scales and
places); the references behind them are placeholders with a number only.
"""

from __future__ import annotations

from blinarefs.model import Reference
from blinarefs.trace.decimal_places import a_decimals_citation, places_habit
from blinarefs.trace.decode import decode_markers

SCALE = (
    "A escala de hortas foi criada em Springfield para medir o cuidado das plantas1. Ela "
    "tem dez itens2,3. O índice de validade de conteúdo mínimo adotado foi de 0,804. "
    "Valores acima de 0,90 indicam concordância excelente5.\n\n"
    "O alfa de Cronbach da escala original foi relatado como 0,896. A versão de Examplia "
    "teve alfa de 0,937, e a versão de Roe teve alfa de 0,918. Em nosso estudo, o alfa foi "
    "de 0,88 e a correlação entre os itens foi de 0,45, com cargas acima de 0,30 em todos "
    "os itens, comunalidades acima de 0,50 em nove itens; o ajuste foi bom (CFI de 0,95 e "
    "TLI de 0,94)9.\n"
)
ENGLISH = (
    "The garden scale was first used in Springfield1. It has ten items2,3. Items were kept "
    "when their loading was above 0.404. The fit was judged good when the CFI was above "
    "0.90 and the RMSEA below 0.085,6. In our sample the CFI was 0.93 with an RMSEA of "
    "0.06 and an SRMR of 0.04 while the alpha of 0.87 lay within the bounds of 0.70 and "
    "0.95 given by Roe7.\n"
)


def _cited(text: str, size: int = 10) -> dict[int, tuple[int, ...]]:
    refs = [Reference(id=f"r{k}", number=k) for k in range(1, size + 1)]
    return {c.start: c.numbers for c in decode_markers(text, refs).citations}


def test_citations_glued_after_a_decimals_places_are_read():
    for text, cases in (
        (SCALE, (("de 0,80", (4,)), ("como 0,89", (6,)), ("de 0,93", (7,)), ("de 0,91", (8,)))),
        (ENGLISH, (("above 0.40", (4,)), ("below 0.08", (5, 6)))),
    ):
        found = _cited(text)
        for before, numbers in cases:
            at = text.index(before) + len(before)
            assert found.get(at) == numbers, (before, sorted(found.items()))


def test_the_places_a_text_prints_make_its_habit():
    assert places_habit(SCALE) == 2
    # a text that prints three places in mid-clause has no habit of two
    assert places_habit(SCALE.replace("acima de 0,30 em", "acima de 0,305 em")) is None
    assert places_habit("o alfa foi de 0,89 e 0,91.") is None  # too few decimals


def test_longer_values_statistics_and_p_values_keep_their_digits():
    for text in (
        SCALE.replace("acima de 0,30 em", "acima de 0,305 em") + "O índice final foi de 0,875.",
        SCALE + "A correlação foi alta (r = 0,8712).",  # a statistic's value
        SCALE + "A diferença foi significativa (p < 0,0312).",  # a p-value
        SCALE + "O alfa foi de 0,8701.",  # a citation has no leading zero
    ):
        tail = text.rstrip(".)")
        run = tail[tail.rfind("0,") :]
        start = text.rindex(run)
        assert a_decimals_citation(text, start, start + len(run)) is None, text[-40:]


def test_a_decimal_in_mid_clause_is_no_citation():
    text = SCALE + "O valor de 0,8712 foi usado como corte."
    start = text.index("0,8712")
    assert a_decimals_citation(text, start, start + len("0,8712")) is None
