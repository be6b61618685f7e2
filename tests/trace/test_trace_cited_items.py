"""A manuscript that spaces its flattened superscripts on both sides cites each item of a
list right after the item's comma ("fatores como tabagismo, 9 comorbidades, 24 maior uso
de medicamentos, 15 incapacidade"): the numbers are small and cited before, so the order
of first citations takes none of them. Read as citations where the word after the number
is no noun a count counts (a plural, a unit of one); counts after an opening phrase or
beside their plural noun stay text.

Passages are written for these tests (Portuguese and English, invented places and
facts); the references behind them are placeholders with a number only.
"""

from __future__ import annotations

from blinarefs.model import Reference
from blinarefs.trace.cited_items import an_items_citation, counted
from blinarefs.trace.decode import decode_markers

# Spaced habit: every superscript after a space, most at a sentence's end
OPENING = (
    "A depressão é comum entre os idosos de Springfield. 1 A prevalência varia entre as "
    "regiões do país. 2,3 Estudos recentes mostram o mesmo quadro. 4 A doença reduz a "
    "qualidade de vida. 5 Os custos do cuidado crescem a cada ano. 6 A atenção básica "
    "acompanha poucos casos. 7\n"
)
ITEMS = (
    "Vários fatores mostram-se associados, entre eles o tabagismo, 2 obesidade, 5 maior "
    "utilização de serviços, 4 incapacidade funcional, 3,6 percepção negativa da saúde, "
    "1 baixa renda, 7 e isolamento social. 8\n"
)
CLOSING = "Outros fatores ainda são discutidos na literatura. 9 O tema segue em aberto. 10"


def _refs(n: int = 10) -> list[Reference]:
    return [Reference(id=f"r{k}", number=k) for k in range(1, n + 1)]


def _cited(text: str) -> list[tuple[int, tuple[int, ...]]]:
    return [(c.start, c.numbers) for c in decode_markers(text, _refs()).citations]


def test_each_items_citation_after_its_comma_is_read():
    text = OPENING + ITEMS + CLOSING
    found = dict(_cited(text))
    base = len(OPENING)
    for run, numbers in (("2", (2,)), ("5", (5,)), ("4", (4,)), ("3,6", (3, 6)), ("1", (1,))):
        at = text.index(f", {run} ", base) + 2
        assert found.get(at) == numbers, (run, sorted(found.items()))


def test_counts_in_a_list_after_an_items_comma_stay_text():
    items = (
        "Dos municípios visitados, 12 foram excluídos. 8 Em Springfield, 40 pacientes, "
        "12 médicos e 3 enfermeiros responderam. 8\n"
    )
    text = OPENING + items + CLOSING
    numbers = {n for _, ns in _cited(text) for n in ns}
    assert 12 not in numbers and 40 not in numbers
    at = text.index(", 12 médicos") + 2
    assert at not in dict(_cited(text))


def test_a_count_after_an_items_comma_is_told_by_its_noun():
    text = "Em Springfield, 15 pacientes e, em Shelbyville, 1 ano depois"
    assert not an_items_citation(text, text.index("15"), text.index("15") + 2)
    at = text.index("1 ano")
    assert not an_items_citation(text, at, at + 1)
    assert counted("pacientes", (15,)) and counted("year", (1,))
    assert not counted("incapacidade", (15,)) and not counted("indicando", (4,))


def test_after_an_opening_phrase_a_count_is_no_citation():
    text = "Of the plots sown, 12 failed to germinate"
    at = text.index("12")
    assert not an_items_citation(text, at, at + 2)
    # ... nor where the word after it is the verb the count is the subject of
    text = "Among the plots sown in the fields of Springfield, 12 failed to germinate"
    at = text.index("12")
    assert not an_items_citation(text, at, at + 2)


def test_english_items_cited_after_their_commas():
    text = "In Springfield the main risk factors were smoking, 6 poor diet, 2,9 and low income"
    at = text.index("6 poor")
    assert an_items_citation(text, at, at + 1)
    at = text.index("2,9")
    assert an_items_citation(text, at, at + 3)


def test_a_count_whose_verb_the_list_elides_is_no_citation():
    text = "Of the 60 plots in Springfield, 7 were sown with rye in spring, 3 with oats"
    at = text.index("3 with")
    assert not an_items_citation(text, at, at + 1)
    # a citation after the comma of an item that counts nothing
    text = "plots were sown with rye in spring, 3 with oats in autumn"
    at = text.index("3 with")
    assert an_items_citation(text, at, at + 1)


def test_a_quantity_after_an_items_comma_is_no_citation():
    text = "cells were grown in serum (Examplia Company, Springfield), 10 nM hormone and"
    at = text.index("10 nM")
    assert not an_items_citation(text, at, at + 2)
    assert counted("mg", (10,)) and counted("mL", (5,)) and counted("g", (2,))


def test_an_items_citation_before_a_places_name_is_read():
    # a place's name of two capitalised words after the item's comma and the number: no
    # count counts a name ("Springfield, 8 Zona Norte (82,0%)")
    places = (
        "As taxas foram próximas às de outras cidades, como Springfield, 8 Zona Norte "
        "(82,0%) e Shelbyville, 9 Vale Sul, com dados do mesmo censo. 10\n"
    )
    text = OPENING + places + CLOSING
    found = dict(_cited(text))
    for before, numbers in (("Springfield, ", (8,)), ("Shelbyville, ", (9,))):
        at = text.index(before, len(OPENING)) + len(before)
        assert found.get(at) == numbers, (before, sorted(found.items()))
    # guard: a count before a name and its noun, and one name in capitals, stay text
    for other in ("Em Shelbyville, 12 Santa Casa hospitais", "em Springfield, 12 UBS Norte,"):
        at = other.index("12")
        assert not an_items_citation(other, at, at + 2), other
