"""A study's name spelled out, then its abbreviation in parentheses with the citation after
it ("... of Owls (ZORBANTE)13 study", "(QELA),13,14"), then the abbreviation glued to the same
citation each time it is named again ("The ZORBANTE13 study showed"): the same work cited
again, not a name's own digits.

Passages are written for these tests; the references behind them are placeholders with a
number only (no bibliographic facts).
"""

from __future__ import annotations

from tracedata import placeholder_refs as refs

from blinarefs.trace.decode import decode_citations, decode_markers

OPENING = " ".join(f"Finding number {k} was made in an earlier survey.{k}" for k in range(1, 13))


def cited(text: str, n: int = 40) -> list[tuple[str, tuple[int, ...]]]:
    return [(c.marker, c.numbers) for c in decode_citations(text, refs(n))][12:]


def test_a_name_cited_after_its_parenthesis_cites_again_glued_to_the_same_number():
    text = OPENING + (
        " The Zonal Observation of Roosting Barn Owls Trial (ZORBANTE)13 study enrolled "
        "nests in spring. Earlier work counted pellets.14 The ZORBANTE13 study showed that "
        "owls roost late. Nests were checked weekly.15 Chicks fledged early in ZORBANTE13, "
        "although two nests failed."
    )
    assert cited(text) == [("13", (13,)), ("14", (14,)), ("13", (13,)), ("15", (15,)),
                           ("13", (13,))]  # fmt: skip
    decisions = decode_markers(text, refs(40)).decisions
    assert any("parenthesis" in " ".join(d.candidate.why) for d in decisions if d.accepted)


def test_a_name_cited_after_its_parenthesis_and_comma_cites_again_with_its_group():
    text = OPENING + (
        " In the Quiet Evening Lapwing Listening Assessment (QELA),13,14 lapwings called "
        "at dusk. Calls were logged by hand.15 The results of QELA13,14 also show that "
        "lapwings call less in rain. The Owl Count (OWLC),16 by contrast, ran at dawn, and "
        "OWLC16 counted more owls."
    )
    assert cited(text) == [("13,14", (13, 14)), ("15", (15,)), ("13,14", (13, 14)),
                           ("16", (16,)), ("16", (16,))]  # fmt: skip


def test_a_name_whose_parenthesised_digits_were_no_citation_stays_a_name():
    # "(TRX)31" came out of turn: no citation, so "TRX31" later carries its own digits
    text = OPENING + (
        " The strain named thioredoxin reductase (TRX)31 grew slowly. Growth was measured "
        "as before.13 The strain TRX31 and the strain TRX31 grew in light.14"
    )
    assert cited(text) == [("13", (13,)), ("14", (14,))]
