"""A citation raised right after a hyphened compound that ends in a two-letter particle
("at follow-up¹²", "the run-in²⁷ period", "the add-on¹⁴ arm", "before scale-up³⁰") is no
power nor a variable's label: the word before it is the compound, a word of the prose, not
"up" or "in" standing alone as "x²" or "R²" do. AMA and Nature print such citations; a
Word file's or a PDF's raised "follow-up¹²" was rejected as "R²" is.

Passages are written for these tests; the references behind them are placeholders with a
number and a key only (no bibliographic facts).
"""

from __future__ import annotations

from tracedata import placeholder_refs as refs

from blinarefs.trace.candidates import SYNTAX, Candidate
from blinarefs.trace.decode import decode_citations
from blinarefs.trace.valuelike import value_like

POWER = "a power or a label of '{}'"


def raised(text: str, run: str) -> Candidate:
    start = text.index(run)
    numbers = tuple(int(n) for n in run.strip("^").split(","))
    return Candidate(start, start + len(run), "superscript", SYNTAX, numbers, printed=True)


def reasons(text: str, run: str) -> list[str]:
    return [why for why, _ in value_like(text, raised(text, run))]


def test_a_number_raised_after_a_compounds_particle_is_no_label():
    for text, run, particle in (
        ("Owls were seen again at follow-up^12^ in most nests.", "^12^", "up"),
        ("Owls were fed during the run-in^27^ period.", "^27^", "in"),
        ("The add-on^14^ arm hooted less.", "^14^", "on"),
        ("Owls were locked-in^22^ and could not leave.", "^22^", "in"),
    ):
        assert POWER.format(particle) not in reasons(text, run), text


def test_a_number_raised_after_a_short_symbol_is_still_a_label():
    for text, run, word in (
        ("with a fit of R^2^ above", "^2^", "R"),
        ("the Fe^3^ state", "^3^", "Fe"),
        ("in the C-sp^3^ atoms", "^3^", "sp"),
        ("a value of x-y^2^ here", "^2^", "y"),
    ):
        assert POWER.format(word) in reasons(text, run), text


def test_raised_citations_after_compounds_are_read_in_a_superscript_text():
    # the discussion cites earlier works again, so the order alone does not vouch for them
    text = (
        "Owls hunt at dusk.^1^ Nests were mapped,^2^ and chicks ringed.^3,4^ Calls were "
        "recorded^5^ and sorted.^6^ Most owls returned at follow-up^2^ and none after the "
        "run-in^4^ period; the add-on^5^ arm hooted less."
    )
    assert [c.numbers for c in decode_citations(text, refs(20))] == [
        (1,),
        (2,),
        (3, 4),
        (5,),
        (6,),
        (2,),
        (4,),
        (5,),
    ]


def test_a_number_raised_after_two_acronyms_joined_by_a_hyphen_at_a_clause_end_is_no_label():
    # "XDR-TB", "HIV-TB": a disease's or a strain's name, as "COVID-19" is; one capital
    # after the hyphen ("Roe-B") or no clause end after it stays a label
    for text, run in (
        ("Surgery is advised for MDR/XDR-EF^5^; the main reason is relapse.", "^5^"),
        ("Owls carry HIV-OW^3^, and most recover.", "^3^"),
        ("It was seen in Examplia-TB^7^.", "^7^"),
    ):
        assert POWER.format(text[text.index(run) - 2 : text.index(run)]) not in reasons(
            text, run
        ), text
    for text, run, word in (
        ("the Roe-B^2^; state", "^2^", "B"),
        ("a field of XDR-EF^2^ strength", "^2^", "EF"),
    ):
        assert POWER.format(word) in reasons(text, run), text


def test_a_citation_raised_after_a_hyphened_acronym_that_cites_again_is_read():
    # the number cites a work cited before: the order alone does not vouch for it
    text = (
        "Owls hunt at dusk.^1^ Nests were mapped,^2^ and chicks ringed.^3,4^ Calls were "
        "recorded^5^ and sorted.^6^ Surgery is advised only for MDR/XDR-EF^5^; the main "
        "reason is relapse."
    )
    assert [c.numbers for c in decode_citations(text, refs(20))][-1] == (5,)
