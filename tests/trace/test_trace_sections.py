"""Where each paragraph stands: an abstract (structured or not) and summary boxes end where
the body begins, and nothing in them is asked for a citation. Passages written for these
tests; the references are placeholders."""

from __future__ import annotations

from blinarefs.model import Reference
from blinarefs.trace.factual import factual_reasons
from blinarefs.trace.manuscript import trace_manuscript
from blinarefs.trace.sections import section_of

REFS = [Reference(id=f"r{n}", number=n) for n in range(1, 4)]
LONG = " ".join(["Owls of the northern valleys hunt voles in the snow."] * 30)


def sections(text: str) -> list[tuple[str, str]]:
    trace = trace_manuscript(text, REFS, body_end=len(text))
    return [(c.section, c.text[:12]) for c in trace.claims]


def test_section_names():
    assert [section_of(h) for h in ("Abstract", "Author summary", "Key messages:",
                                    "Results", "2. Materials and methods", "Owl calls")] == [
        "summary", "summary", "summary", "results", "methods", None,
    ]  # fmt: skip


def test_a_structured_abstract_ends_where_its_headings_come_back():
    text = (
        "Abstract\n\nBackground\n\nBarn owls are declining across the region.\n\n"
        "Methods\n\nPellets were counted in 40 barns.\n\n"
        "Results\n\nVoles made up 60% of the prey.\n\n"
        "Background\n\nBarn owls are known to decline where voles are scarce.\n\n"
        f"{LONG}\n\nMethods\n\nPellets were weighed."
    )
    got = sections(text)
    assert [s for s, _ in got[:3]] == ["summary"] * 3
    assert got[3] == ("background", "Barn owls ar") and got[-1][0] == "methods"


def test_an_abstract_is_never_flagged_but_the_same_fact_in_the_body_is():
    text = (
        "Abstract\n\nBarn owls are known to decline where voles are scarce.\n\n"
        f"Introduction\n\nIt is known that barn owls decline where voles are scarce.\n\n{LONG}"
    )
    trace = trace_manuscript(text, REFS, body_end=len(text))
    abstract, body = trace.claims[0], trace.claims[1]
    assert abstract.own == "in the abstract or a summary box" and not abstract.factual
    assert body.section == "background" and body.factual


def test_a_long_part_under_an_abstract_heading_is_the_body():
    text = f"Summary\n\nOwls were ringed.\n\nBackground\n\n{LONG}\n\nVoles were weighed."
    assert [s for s, _ in sections(text)][:2] == ["summary", "background"]


def test_a_table_of_contents_names_no_section():
    # a Word file reads each line of its contents as a paragraph: "3<tab>Methods<tab>13" is
    # no heading, and the background before the real Methods heading is not the Methods
    assert [section_of(h) for h in ("3\tMaterials and methods\t13", "Results ..... 21",
                                    "Methods … 4", "2 Methods", "Results 2030")] == [
        None, None, None, "methods", "results",
    ]  # fmt: skip
    contents = "Contents\n\n1\tBackground\t3\n\n2\tMethods\t9\n\n3\tResults\t14"
    text = f"{contents}\n\nBarn owls are declining across the region.\n\nMethods\n\nWe counted."
    assert [s for s, _ in sections(text)] == ["", "methods"]


def test_portuguese_and_spanish_headings_name_their_sections():
    # stop 57: SciELO prints its Portuguese and Spanish articles under these headings, and
    # their English translations close with "Final considerations"
    headings = (
        "Introdução",
        "Método",
        "Materiais e métodos",
        "Resultados",
        "Discussão",
        "Conclusão",
        "Considerações finais",
        "Destaques",
        "Introducción",
        "Material y métodos",
        "Discusión",
        "Conclusiones",
        "Final considerations",
        "Anexo 1",
        "Coruja",
    )
    assert [section_of(h) for h in headings] == [
        "background", "methods", "methods", "results", "discussion", "conclusions",
        "conclusions", "summary", "background", "methods", "discussion", "conclusions",
        "conclusions", "appendix", None,
    ]  # fmt: skip


def test_a_portuguese_studys_own_results_are_not_asked_for_a_citation():
    text = (
        "Introdução\n\nAs corujas inventadas caçam ratos na neve [1].\n\n"
        "Método\n\nForam contadas as pelotas de 40 celeiros.\n\n"
        "Resultados\n\nOs ratos foram 60,5% das presas em 23 (57,5%) celeiros.\n\n"
        "Discussão\n\nAs corujas de Springfield caçam 45% menos ratos no inverno.\n"
    )
    trace = trace_manuscript(text, REFS, body_end=len(text))
    found = {c.text[:12]: c for c in trace.claims}
    assert found["Os ratos for"].section == "results"
    assert not found["Os ratos for"].needs_citation
    assert found["As corujas d"].section == "discussion"


def test_a_share_with_a_decimal_comma_is_named_whole():
    assert factual_reasons("Os ratos foram 60,5% das presas.") == ("percentage '60,5%'",)
    # a share after a list's comma and space is itself
    assert factual_reasons("In 2019, 45% of made-up mills closed.")[0] == "percentage '45%'"
