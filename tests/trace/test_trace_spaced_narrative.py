"""A manuscript that spaces its flattened superscripts prints a narrative citation's number
in mid-clause, after the author it names and before the clause's verb ("Doe & Roe 18
defendem", "Zoe 16 comenta que", "an older audit 13 concluded"), or after the name's colon,
ending the line before the quotation it introduces ("Segundo Roe: 9"). Read as citations;
a count before the verb it is the subject of, a label the text numbers otherwise and a
name in capitals that carries its number stay text.

Passages are written for these tests (Portuguese and English, invented names and facts);
the references behind them are placeholders with a number only.
"""

from __future__ import annotations

from blinarefs.model import Reference
from blinarefs.trace.decode import decode_markers
from blinarefs.trace.spaced_narrative import a_spaced_narrative, a_verb_after, before_a_quotation

# Spaced habit: every superscript after a space, most at a sentence's end
OPENING = (
    "A pesquisa em saúde cresceu muito em Springfield nas últimas décadas. 1 O número de "
    "grupos de pesquisa dobrou no período. 2,3 A avaliação dos grupos segue regras "
    "antigas. 4 Os critérios de avaliação mudaram pouco. 5 As agências pedem novos "
    "indicadores. 6 O debate segue aberto na região. 7\n\n"
)
NARRATIVE = (
    "Doe & Roe 8 defendem hortas em todas as escolas da cidade. Entretanto, Zoe 9 "
    "comenta que as hortas secam no verão. Assim, Zoe 10 nos lembra que a água custa "
    "caro. Um levantamento antigo 11 concluiu que as hortas duram pouco. Segundo "
    "Examplia: 12\n\n“Uma horta sem água é só um terreno.”\n\n"
)
CLOSING = "Outros autores discutem o tema. 3 A questão segue em aberto. 13"


def _refs(n: int = 13) -> list[Reference]:
    return [Reference(id=f"r{k}", number=k) for k in range(1, n + 1)]


def _cited(text: str) -> dict[int, tuple[int, ...]]:
    return {c.start: c.numbers for c in decode_markers(text, _refs()).citations}


def test_narrative_citations_a_copy_spaced_are_read():
    text = OPENING + NARRATIVE + CLOSING
    found = _cited(text)
    for before, numbers in (
        ("Doe & Roe ", (8,)),
        ("Entretanto, Zoe ", (9,)),
        ("Assim, Zoe ", (10,)),
        ("antigo ", (11,)),
        ("Examplia: ", (12,)),
    ):
        at = text.index(before) + len(before)
        assert found.get(at) == numbers, (before, sorted(found.items()))


def test_an_english_narrative_citation_before_its_verb_is_read():
    text = "as the Springfield bridge survey showed. An older audit 13 concluded that"
    at = text.index("13")
    assert a_spaced_narrative(text, at, at + 2)
    assert a_verb_after(text, at + 2)


def test_a_count_before_its_verb_stays_text():
    # a count is the subject after a comma or a quantifier, and "to be" is its verb
    for text, run in (
        ("Dos pacientes, 12 relataram dor", "12"),
        ("apenas 12 relataram dor", "12"),
        ("os idosos 12 eram mulheres", "12"),
    ):
        at = text.index(run)
        assert not a_spaced_narrative(text, at, at + len(run)), text


def test_a_label_or_a_numbered_name_before_a_verb_stays_text():
    # the word numbers other things too: a label ("paciente 2", "paciente 4")
    text = "O paciente 2 melhorou. Já o paciente 4 relatou dor."
    at = text.index("4 relatou")
    assert not a_spaced_narrative(text, at, at + 1)
    # a name in capitals that carries its number ("COVID-19")
    text = "A COVID-19 chegou cedo. A COVID 19 afetou a rede."
    at = text.index("19 afetou")
    assert not a_spaced_narrative(text, at, at + 2)
    # a common noun the text writes in lower case, numbered otherwise
    text = "O cenário 1 falhou. Cenário 2 mostrou o efeito."
    at = text.index("2 mostrou")
    assert not a_spaced_narrative(text, at, at + 1)


def test_only_a_colon_before_a_quotation_introduces_it():
    text = "Segundo Examplia: 12\n\n“Uma horta sem água é só um terreno.”"
    at = text.index("12")
    assert before_a_quotation(text, at, at + 2)
    # no quotation after it: a heading's or a table's value
    text = "Segundo Examplia: 12\n\nUma horta sem água é só um terreno."
    assert not before_a_quotation(text, at, at + 2)
    # a label the text numbers otherwise ("Entrevistado: 3", "Entrevistado: 5", ...)
    text = "".join(f"Entrevistado: {n}\n\n“A horta secou.”\n\n" for n in (3, 5, 8))
    at = text.index("3")
    assert not before_a_quotation(text, at, at + 1)


def test_a_participle_before_its_noun_or_a_residues_position_stays_text():
    for text, run in (
        ("The reference panel holds 11 isolated cell lines from Springfield", "11"),
        ("all three copies of the widget gene carry lysine 20 mutated to arginine", "20"),
    ):
        at = text.index(f" {run} ") + 1
        assert not a_spaced_narrative(text, at, at + len(run)), text
    # ... where the verb's frame follows, it is the clause's verb
    text = "the Springfield panel 11 isolated them from soil"
    at = text.index("11")
    assert a_spaced_narrative(text, at, at + 2)


def test_counts_and_labels_before_a_verb_in_a_spaced_text_stay_text():
    # guard: in a text read as spacing its superscripts, counts and labels stay text
    counts = (
        "Apenas 5 apresentaram melhora. O paciente 2 melhorou e o paciente 4 sentiu dor. "
        "A COVID-19 chegou cedo, e a COVID 19 afetou a rede. Outros fatores pesam. 3"
    )
    text = OPENING + counts
    found = _cited(text)
    for before in ("Apenas ", "o paciente ", "a COVID "):
        at = text.index(before) + len(before)
        assert at not in found, (before, sorted(found.items()))


def test_a_group_before_the_clauses_verb_is_read():
    # the group's first number is the one the word is printed with ("fumo 5,7,9")
    text = "os estudos sobre o abandono do fumo 5,7,9 apresentam a mesma tendência"
    at = text.index("5,7,9")
    assert a_spaced_narrative(text, at, at + 5)


def test_a_count_after_a_quantifier_in_mid_clause_stays_text():
    # "apenas", "somente" govern a count as "only" does: "apenas 5 mostraram melhora"
    # (a follower's verb after it) is a count, not the citation of reference 5
    counts = (
        "Dos trinta canteiros visitados, apenas 5 mostraram melhora após a poda, e "
        "somente 3 apresentaram pragas no verão. Outros fatores pesam. 7"
    )
    text = OPENING + counts
    found = _cited(text)
    for before in ("apenas ", "somente "):
        at = text.index(before) + len(before)
        assert at not in found, (before, sorted(found.items()))
