"""A copy that spaces its superscripts prints one between a plural noun and a verb in the
singular ("entre agricultores 3 foi maior", "among farmers 3 was higher"): no count of two
or more takes the singular and no label follows a plural, so the number is a citation; a
count before its plural verb and a label after a singular noun stay text.

Passages are written for these tests (Portuguese and English, invented gardens and
places); the references behind them are placeholders with a number only.
"""

from __future__ import annotations

from blinarefs.model import Reference
from blinarefs.trace.decode import decode_markers
from blinarefs.trace.singular_verbs import before_a_singular_verb

# Spaced habit: every superscript after a space, most at a sentence's end
OPENING = (
    "As hortas comunitárias alimentam muitas cidades de Springfield. 1 A produção varia "
    "entre as regiões do estado. 2,3 Os estudos mostram o mesmo quadro. 4 A doença das "
    "plantas reduz a colheita. 5 Os custos crescem a cada ano. 6 A rega falha no verão. 7\n\n"
)


def _cited(text: str) -> dict[int, tuple[int, ...]]:
    refs = [Reference(id=f"r{k}", number=k) for k in range(1, 13)]
    return {c.start: c.numbers for c in decode_markers(text, refs).citations}


def test_a_citation_between_a_plural_and_a_singular_verb_is_read():
    text = OPENING + (
        "O uso de sementes inseguras entre agricultores 3 foi maior que o observado em "
        "Shelbyville. A perda de colheitas entre vizinhos 8 foi menor."
    )
    found = _cited(text)
    for before, numbers in (("agricultores ", (3,)), ("vizinhos ", (8,))):
        at = text.index(before) + len(before)
        assert found.get(at) == numbers, (before, sorted(found.items()))
    english = "the share of unsafe seeds among farmers 3 was higher"
    at = english.index("3 was")
    assert before_a_singular_verb(english, at, at + 1)


def test_counts_and_labels_before_a_verb_stay_text():
    for text, run in (
        ("entre os canteiros 4 foram perdidos", "4"),  # a count and its plural verb
        ("e o grupo 2 foi regado", "2"),  # a label after a singular noun
        ("among the plots 1 was lost", "1"),  # a count of one takes the singular
        ("for 3 days 2 was the dose", "2"),  # a quantity's plural governs it
    ):
        at = text.index(f" {run} ") + 1
        assert not before_a_singular_verb(text, at, at + len(run)), text
