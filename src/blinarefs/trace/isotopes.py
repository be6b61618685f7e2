"""Isotopes written with their mass number before the element's symbol ("64Cu", "89Zr",
"13C", "18F"), which a copy glues to a flattened superscript on either side: "is
commercially available.10264Cu-DOTA" (citation 102, then 64Cu), "a chelator for 64Cu107
and" (64Cu, then citation 107). The digits are read apart only for an isotope a text
names by its mass (a tracer's, a label's, an NMR nucleus's), and weakly: only the order
of first citations can take the citation. Pure: a few characters either side of a run.
"""

from __future__ import annotations

import re

from .candidates import BESIDE_AN_ISOTOPE, WEAK, Candidate, expand_numbers
from .textpos import after_is_boundary

# Isotopes named by mass number in biomedical and chemical texts: tracers, labels, nuclei
ISOTOPES: dict[str, frozenset[int]] = {
    symbol: frozenset(int(m) for m in masses.split())
    for symbol, masses in (
        ("H", "2 3"),
        ("C", "11 13 14"),
        ("N", "13 15"),
        ("O", "15 17 18"),
        ("F", "18 19"),
        ("P", "31 32 33"),
        ("S", "35"),
        ("Cr", "51"),
        ("Fe", "55 59"),
        ("Co", "55 57 58"),
        ("Cu", "61 62 64 67"),
        ("Ga", "67 68"),
        ("Rb", "82"),
        ("Sr", "89 90"),
        ("Y", "86 90"),
        ("Zr", "89"),
        ("Tc", "99"),
        ("In", "111"),
        ("I", "123 124 125 131"),
        ("Lu", "177"),
        ("Re", "186 188"),
        ("Tl", "201"),
        ("Ra", "223"),
        ("Ac", "225"),
    )
}
_SYMBOL = r"(?:H|C|N|O|F|P|S|Cr|Fe|Co|Cu|Ga|Rb|Sr|Y|Zr|Tc|In|I|Lu|Re|Tl|Ra|Ac)"
# An element's symbol that ends its token: "Cu-DOTA", "C chemical", "Zr)"
_SYMBOL_AFTER = re.compile(rf"({_SYMBOL})(?=[-‐\s)(,.;:]|$)")
# An isotope right before a run glued to it: "for 64Cu" (its mass after no other digit)
_ISOTOPE_BEFORE = re.compile(rf"(?<![\w.])(\d{{1,3}})({_SYMBOL})$")


def isotope_reading(text: str, start: int, end: int) -> Candidate | None:
    """A weak reading of the run ``text[start:end]`` that an isotope glued to it hid: the
    run less the isotope's mass number before its symbol, after a word or its punctuation
    ("available.10264Cu-DOTA", "reported113C chemical"), or the whole run after an
    isotope's symbol where the clause goes on ("for 64Cu107 and")."""
    symbol = _SYMBOL_AFTER.match(text, end)
    before = text[start - 2 : start]  # a word, or its punctuation: "reported1", "used.131"
    word = before[:1].isalpha() or before[:1] == ")"
    glued = before[-1:].islower() or (len(before) == 2 and before[1] in ".,;" and word)
    if symbol and glued:
        masses = ISOTOPES[symbol.group(1)]
        run = text[start:end]
        for k in (3, 2, 1):
            mass = run[-k:]
            if len(run) > k and mass.isdecimal() and mass[0] != "0" and int(mass) in masses:
                numbers = expand_numbers(run[:-k])
                if numbers:
                    why = (BESIDE_AN_ISOTOPE,)
                    return Candidate(start, end - k, "superscript", WEAK, numbers, why=why)
        return None
    isotope = _ISOTOPE_BEFORE.search(text, max(0, start - 6), start)
    if isotope and int(isotope.group(1)) in ISOTOPES[isotope.group(2)]:
        numbers = expand_numbers(text[start:end])
        if numbers and after_is_boundary(text, end):
            return Candidate(start, end, "superscript", WEAK, numbers, why=(BESIDE_AN_ISOTOPE,))
    return None
