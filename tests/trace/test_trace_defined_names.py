"""A name the text defines after its long form, the long form carrying the same number
("sorting nexin 7 (SNX7)", "binding protein 3 (GATA3)"): the digits are the name's
wherever the text prints it, at a clause end too ("of SNX7, and"), where a flattened
superscript would sit. A close call there was no honest doubt.

Passages are written for these tests; the references behind them are placeholders with a
number and a key only (no bibliographic facts).
"""

from __future__ import annotations

from tracedata import GLUED_OPENING, THIRTY

from blinarefs.trace.decode import decode_markers

OPENING = GLUED_OPENING + "Cells were grown in culture.9 "


def decided(text: str, run: str) -> list[tuple[bool, bool]]:
    """Each decision on ``run`` (the digits after a name): taken, and on a thin margin."""
    full = OPENING + text
    found = []
    for d in decode_markers(full, THIRTY).decisions:
        c = d.candidate
        if full[c.start - len(run) + 1 : c.end].endswith(run):
            found.append((d.accepted, d.uncertain))
    return found


def test_a_name_defined_with_its_number_keeps_its_digits_at_a_clause_end():
    # "BNX" stands alone, so "of BNX7," at a clause end reads as a superscript after a word
    text = (
        "The BNX proteins sort cargo. We measured the expression of borting nexin 7 (BNX7) in "
        "each tissue.10 Cells lacking "
        "BNX7 grew more slowly. The loss of BNX7 was mild in mice. We studied the coexpression "
        "of BNX7, its partners and their ligands.11 Later work agrees.12"
    )
    assert (False, True) not in decided(text, "BNX7")
    assert [c.numbers for c in decode_markers(OPENING + text, THIRTY).citations][-3:] == [
        (10,),
        (11,),
        (12,),
    ]


def test_a_name_defined_without_its_number_is_not_read_so():
    # "(PLOVA12)" after a long form with no number: the 12 may cite (a tool, a data set)
    text = (
        "Counts came from the planar loop variance analysis (PLOVA10) in each tissue. We used "
        "PLOVA10 again.11 Later work agrees.12"
    )
    assert [c.numbers for c in decode_markers(OPENING + text, THIRTY).citations][-3:] == [
        (10,),
        (11,),
        (12,),
    ]


def test_a_name_defined_with_its_number_inside_the_long_form_keeps_its_digits():
    # "relaxation time to 7% of peak stress (RTS7)": the number inside the long form, not at
    # its end; "RTS" stands alone, so "of RTS7," at a clause end reads as a superscript
    text = (
        "The RTS values were low. We measured the relaxation time to 7% of peak stress (RTS7) "
        "in each tissue.10 Cells lacking "
        "RTS7 grew more slowly. The RTS7 was mild in mice. We studied the coexpression "
        "of RTS7, its partners and their ligands.11 Later work agrees.12"
    )
    assert (False, True) not in decided(text, "RTS7")
    assert (True, False) not in decided(text, "RTS7")
    assert [c.numbers for c in decode_markers(OPENING + text, THIRTY).citations][-3:] == [
        (10,),
        (11,),
        (12,),
    ]


def test_a_citation_glued_to_such_a_definition_still_reads():
    # "(RTS7)10": the digits after the closing parenthesis are no name's
    text = (
        "We measured the relaxation time to 7% of peak stress (RTS7)10 in each tissue. The RTS7 "
        "was mild.11 Later work agrees.12"
    )
    assert [c.numbers for c in decode_markers(OPENING + text, THIRTY).citations][-3:] == [
        (10,),
        (11,),
        (12,),
    ]
