"""Which raised runs of a Word file are citations, and which part of a raised span cites.

Word keeps a superscript as runs: one a character where the editing history cut them, a
square or a charge typed apart from the citation after it, punctuation raised with the
number. The stream's superscript spans (see :mod:`.docx_walk`) are grouped here and cut to
the citation they hold; whether a group reads as one is :mod:`.superscript`'s rule.
"""

from __future__ import annotations

import re
from collections import defaultdict

from .docx_walk import Span
from .exponents import after_e_notation, is_indexed_power
from .superscript import (
    ION,
    RANGE_DASHES,
    citation_numbers,
    is_citation,
    is_greek,
    is_isotope,
    is_power,
)


def raised_groups(superscripts: list[Span], text: str) -> list[Span]:
    """Superscript runs with only a space or a separator between them, as one group: Word
    users (and converters) often leave the space or the comma in "1, 2" unraised. An
    isotope's mass number starts a group of its own ("reported¹ ¹³C": a citation, then
    carbon-13)."""
    out: list[Span] = []
    for sup in superscripts:
        gap = text[out[-1].end : sup.start] if out else "\n"
        if (
            len(gap) <= 8
            and gap.strip(" \u00a0\u2009") in ("", ",", ";", *RANGE_DASHES)
            and not (gap and is_isotope(text, sup.start, sup.end))
        ):
            out[-1] = Span(out[-1].start, sup.end, breaks=[*out[-1].breaks, sup.start, *sup.breaks])
        else:
            out.append(Span(sup.start, sup.end, breaks=list(sup.breaks)))
    return out


# What a writer raises with a citation before its numbers: the sentence's punctuation and
# the space after it (".³", ", ⁴⁻⁶"), a trademark sign Word raises ("Drug®" "⁴"), a note's
# mark ("*" "¹²").
_RAISED_BEFORE = frozenset(".,;: \u00a0\u2009™®℠*†‡§¶")


def past_punctuation(text: str, sup: Span) -> Span:
    """A raised group without the sentence's punctuation raised with it (".³", ",⁴⁻⁶": the
    writer selected the full stop or the comma with the citation), nor a trademark sign or
    a note's mark raised before it. At a line's start it is a label's ("*¹ Department")."""
    start = sup.start
    if not text[text.rfind("\n", 0, start) + 1 : start].strip():
        return sup
    while start < sup.end and text[start] in _RAISED_BEFORE:
        start += 1
    if start == sup.start or not text[start : start + 1].isdigit():
        return sup
    return Span(start, sup.end, breaks=[b for b in sup.breaks if b > start])


# A unit's negative power at the start of a raised group, before digits: "⁻¹⁴⁹", "⁻¹,²⁷".
_NEGATIVE_POWER = re.compile(r"[-−–‐]\s?[1-4][\s,;]*(?=\d)")
_POWER_DIGIT = re.compile(r"[1-4]\s?[,;]\s*(?=\d)")  # after a sign left unraised: "¹,⁴¹"
# A charge raised in a run of its own ("2+", "+", "3−") after an element or a bracket.
_CHARGE = re.compile(r"^\d?[+\-−–⁺⁻]$")
_SIGNS = frozenset("+-−⁺⁻")


def cited_part(
    text: str, sup: Span, paragraph_start: int, lowered: list[int], seen: int = 0
) -> tuple[int, int] | None:
    """The citation a superscript group holds: all of it, or what follows a power or a
    charge raised in a run of its own just before it ("m" "²" "³⁰⁸˒³⁰⁹", "Cu" "²⁺" "³²":
    one raised span, two runs), or a unit's negative power raised with it ("year⁻¹⁴⁹"); or
    what stands before an isotope's mass raised right after it ("ppm.²⁹" "¹H"). A break
    between runs inside a number ("1" "2") is Word's editing history, not a boundary: the
    group is read whole, and so is one after a bracket ("(RR = 2.9)" "2" "9") or after a
    sign ("M" "−" "¹"). A square after a subscripted symbol in an equation ("b₇²") is a
    power (``lowered``: where subscripts start). After a unit a square run apart from the
    digits that follow may be Word's editing history too ("mg/dL" "2" "3" "9"): read whole
    when the whole group goes on from ``seen``, the highest number cited before
    ("²³⁹˒²⁴⁰" after citation 238)."""
    if is_indexed_power(text, sup.start, sup.end, paragraph_start, lowered):
        return None
    if after_e_notation(text, sup.start, paragraph_start):
        return None  # "1.42e⁻⁴⁷": the exponent whole, not "⁻⁴" and a citation "⁷"
    power = _NEGATIVE_POWER.match(text, sup.start, sup.end)
    before = text[paragraph_start : sup.start].rstrip()
    if power is None and text[sup.start - 1 : sup.start] in ("-", "−", "–"):
        power = _POWER_DIGIT.match(text, sup.start, sup.end)  # "mol–" "¹,⁴¹": sign unraised
        before = text[paragraph_start : sup.start - 1]
    if power and before[-1:].isalpha():
        # "year⁻¹⁴⁹", "kg⁻¹,²⁷": a unit's negative power raised with the citation after it
        cut = power.end()
        return (cut, sup.end) if is_citation(text, cut, sup.end, paragraph_start) else None
    if (
        sup.breaks
        and is_isotope(text, sup.breaks[-1], sup.end)
        and not is_isotope(text, sup.start, sup.end)
    ):
        # "ppm.²⁹" "¹H": a citation, then an isotope's mass raised with no gap after it (not
        # "¹" "⁹F", one a run: fluorine-19)
        cut = sup.breaks[-1]
        head = text[sup.start : cut]
        if (
            citation_numbers(head) is not None
            and text[paragraph_start : sup.start].strip()
            and not is_power(text, sup.start, cut, paragraph_start)
        ):
            return sup.start, cut
    cuts = _cuts(text, sup)
    for cut in cuts:
        head = text[sup.start : cut].strip()
        if head in _SIGNS or (text[sup.start - 1 : sup.start] in ")]" and text[cut].isdigit()):
            continue  # "M" "−" "¹": a negative power; "(RR = 2.9)" "2" "9": one number
        if _CHARGE.match(head):
            raised = ION.search(text, max(paragraph_start, sup.start - 8), sup.start) is not None
        else:
            raised = head in ("2", "3") and is_power(text, sup.start, cut, paragraph_start)
        if raised and is_citation(text, cut, sup.end, paragraph_start):
            if text[cut - 1].isdigit() and text[cut].isdigit() and seen:
                whole = citation_numbers(text[sup.start : sup.end])
                goes_on = whole and seen < min(whole) and max(whole) <= seen + len(whole)
                if goes_on and is_citation(text, sup.start, sup.end, paragraph_start):
                    return sup.start, sup.end
            return cut, sup.end
    if is_citation(text, sup.start, sup.end, paragraph_start):
        return sup.start, sup.end
    return _after_a_raised_label(text, sup, cuts, paragraph_start, seen)


def _cuts(text: str, sup: Span) -> list[int]:
    """Where a raised span may hold two things: between its runs, and inside one run where
    digits follow a letter, a charge's sign or a space ("flox/flox12", "2+4", "2+ 7", "2 8":
    a converter or a writer's retyping joins the label's, the charge's or the power's run
    and the citation's)."""
    inner = [
        i
        for i in range(sup.start + 1, sup.end)
        if text[i].isdigit() and (text[i - 1].isalpha() or text[i - 1] in "+⁺ \u00a0\u2009")
    ]
    return sorted({*sup.breaks, *inner})


def _after_a_raised_label(
    text: str, sup: Span, cuts: list[int], paragraph_start: int, seen: int
) -> tuple[int, int] | None:
    """The citation raised in a run of its own right after a raised label that ends in a
    letter: an allele or a genotype ("Gene" "flox/flox" "35", "QF2" "w" "15"), a quantity's
    name ("2" "−ΔΔCt" "31"). The label is no citation, and the whole raised span reads as none;
    the number after it cites when it goes on from the numbers cited so far (``seen``) or
    cites one again, as a citation does, and a label's own digits seldom do. After a Greek
    letter, or one digit after a single letter, it is an index ("Ile" "δ" "1", "x" "i" "2")."""
    for cut in cuts:
        label = re.search(r"[^\W\d_]+$", text[sup.start : cut].rstrip())
        if label is None:
            continue
        tail = text[cut : sup.end].strip()
        if is_greek(label.group()[-1]) or (len(label.group()) == 1 and len(tail) == 1):
            return None
        numbers = citation_numbers(tail)
        # in one run with the label, only numbers cited for the first time: a name's own
        # digits ("chaos1", an allele) may repeat a number cited before
        fresh = cut in sup.breaks or (numbers is not None and min(numbers) > seen)
        if numbers and fresh and max(numbers) <= seen + len(numbers):
            return (cut, sup.end) if is_citation(text, cut, sup.end, paragraph_start) else None
    return None


def alone_in_cell(text: str, sup: Span, cell_start: int, cell_end: int) -> tuple[int, int] | None:
    """A raised group that is the whole of a table cell's paragraph: a column of references
    in a table of studies. No affiliation or note label stands alone in a cell (a label
    opens the text it marks), so the line-start rule does not hold there."""
    group = text[sup.start : sup.end].strip()
    if text[cell_start:cell_end].strip() != group or citation_numbers(group) is None:
        return None
    return sup.start, sup.end


# A table cell's value: a number with its interval, share or sign ("45.2", "12 (20%)",
# "7.1 (6.2–8.0)", "<0.001"), not a year (a table of studies may cite after its year).
# (anchored: only ever matched whole, and unanchored it is quadratic in a run of spaces)
_CELL_VALUE = re.compile(r"\A[<>≤≥±~+\-−–]*\s*\d[\d\s.,:;%±()\[\]\-−–/×]*\Z")
_YEAR = re.compile(r"(?:1[89]|20)\d\d")


def note_after_a_value(text: str, start: int, cell_start: int) -> bool:
    """Whether a raised group in a table cell marks a note on the value before it ("45.2¹",
    "7.1 (6.2–8.0)³"): a cell of numbers cites nothing, its raised numbers are the table's
    notes; a cell of words may ("Roe et al.⁵", "Smokers⁴")."""
    value = text[cell_start:start].strip()
    return _CELL_VALUE.fullmatch(value) is not None and _YEAR.fullmatch(value) is None


# The symbol a raised label is glued to: a word of one or two letters or digits, a letter
# among them ("MR", "1D"; a number before a citation is a sample's or a core's name, "085-3").
_SHORT_SYMBOL = re.compile(r"(?<![^\W_])(?=\d?[^\W\d_])[^\W_]{1,2}$")


def repeated_labels(text: str, cited: list[tuple[int, int, tuple[int, ...]]]) -> set[int]:
    """Which raised groups (``cited``: start, end and numbers, in the order of the text) are
    a symbol's label, not citations: the same one-digit number glued to the same short
    symbol three times or more ("MR⁵", a molecular response's level; "1D²", a sequencing
    kit's name), the first of them after that number was cited elsewhere. A work cited again
    and again after the same word is cited first there ("TCGA⁵" is where 5 is first cited);
    a label is a small number (a level, a power) that names a thing, and is a citation's
    number only by chance."""
    places: dict[tuple[str, tuple[int, ...]], list[int]] = defaultdict(list)
    for i, (start, _, numbers) in enumerate(cited):
        symbol = _SHORT_SYMBOL.search(text, max(0, start - 3), start)
        if symbol and len(numbers) == 1 and numbers[0] < 10:
            places[symbol.group(), numbers].append(i)
    labels: set[int] = set()
    for (_, numbers), where in places.items():
        first = where[0]
        if len(where) >= 3 and any(set(numbers) & set(n) for _, _, n in cited[:first]):
            labels.update(where)
    return labels
