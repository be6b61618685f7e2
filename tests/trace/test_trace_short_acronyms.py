"""A flattened superscript glued to an abbreviation of two capitals at a clause end ("do
HG9.", "no SV1.") is a citation where the text prints the abbreviation alone again and
again; a gene's or a cell line's name that carries its digit in mid-clause too ("CD4
cells"), a formula ("CO2"), a word the text prints only in lower case ("de") and a name
printed with its digit only stay text.

Passages are written for these tests (invented gardens, towns and services); the
references behind them are placeholders with a number only.
"""

from __future__ import annotations

from tracedata import placeholder_refs

from blinarefs.trace.decode import decode_markers
from blinarefs.trace.short_acronyms import after_an_abbreviation

# "HG" (a community garden, "horta de grupo") and "SV" (a green service) stand alone
GARDENS = (
    "As hortas de grupo (HG) alimentam muitas cidades de Springfield1. O SV cuida das HG "
    "de cada bairro2,3. Cada HG recebe sementes do SV e água da cidade4. A produção de uma "
    "HG varia com a chuva5, e o SV mede a colheita de cada HG6. Os custos do SV crescem7. "
    "A rega falha no verão8. Uma HG sem água perde a colheita do SV1. O plano de cada HG "
    "segue o manual do SV. A HG planta, a HG colhe, a HG vende e a HG doa.\n\nA qualidade "
    "depende do cuidado com a HG9. A mesma regra vale "
    "para a HG9.\n"
)


def _cited(text: str) -> dict[int, tuple[int, ...]]:
    return {c.start: c.numbers for c in decode_markers(text, placeholder_refs(12)).citations}


def test_a_citation_glued_to_an_abbreviation_the_text_prints_alone_is_read():
    found = _cited(GARDENS)
    for before, numbers in (("colheita do SV", (1,)), ("cuidado com a HG", (9,))):
        at = GARDENS.index(before) + len(before)
        assert found.get(at) == numbers, (before, sorted(found.items()))
    at = GARDENS.rindex("a HG9") + len("a HG")
    assert found.get(at) == (9,), sorted(found.items())  # cited again alike


def test_names_formulas_and_words_in_lower_case_keep_their_digit():
    text = GARDENS + (
        "As plantas com CD4 alto e as CD4 baixas foram contadas em CD4. O ar tinha CO e CO "
        "puro, e a estufa tinha 5% de CO2. A terra de Springfield é de boa qualidade, de "
        "boa cor e de boa água, como diz o DE3. O clone PC3 cresce, como o PC3.\n"
    )
    for run in ("CD4.", "CO2.", "DE3.", "PC3.\n"):
        at = text.index(run) + 2
        assert not after_an_abbreviation(text, at, at + 1), run
    # a token the text prints in mid-clause too is a name, at a clause end as well
    named = GARDENS.replace("colheita de cada HG6.", "colheita de cada HG6 e da HG6.")
    at = named.rindex("HG6.") + 2
    assert not after_an_abbreviation(named, at, at + 1)
    found = _cited(text)
    for run in ("CD4.", "CO2.", "DE3.", "PC3.\n"):
        assert text.index(run) + 2 not in found, run
