"""Raised digits that are exponents by what stands around them beyond the word before:
a number written in E notation ("1.42e⁻⁴⁷"), a symbol with a subscript squared in an
equation ("b₇²"). :mod:`.superscript` holds the rules that read the word before.
"""

from __future__ import annotations

import bisect
import re

# A number's mantissa written in E notation before its raised exponent ("1.42e¹²",
# "2E⁻⁵"): a whole number (not a name's digits, "Cdc42e") then the letter e; with no
# decimals only before a sign ("Fig. 2e⁷" is a panel, then a citation).
_E_NOTATION = re.compile(r"(?<![\w.])\d+(\.\d+)?[eE]$")


def after_e_notation(text: str, start: int, paragraph_start: int) -> bool:
    """Whether what is raised at ``start`` is the exponent of a number written in E notation
    ("1.42e⁻⁴⁷"): the whole raised run, its sign and digits, is the power of ten."""
    found = _E_NOTATION.search(text, max(paragraph_start, start - 20), start)
    signed = text[start : start + 1] in ("-", "−", "⁻")
    return found is not None and (found.group(1) is not None or signed)


def is_indexed_power(
    text: str, start: int, end: int, paragraph_start: int, lowered: list[int]
) -> bool:
    """Whether the raised ``text[start:end]`` squares or cubes a symbol written with a
    subscript, in an equation: "b₇²" in "G₂ = 4b₄b₅ − b₇²", "c₁N²" in "A(N₀ + BN − c₁N²)".
    ``lowered`` are where the subscript runs start, in order. A chemical formula's subscript
    with a citation after it ("emissions of CO₂⁵") has no equation sign around it."""
    if text[start:end].strip() not in ("2", "3"):
        return False
    word = start
    while word > paragraph_start and not (text[word - 1].isspace() or text[word - 1] in "=+−×(["):
        word -= 1
    i = bisect.bisect_left(lowered, word)
    if i == len(lowered) or lowered[i] >= start:
        return False
    clause = re.split(r"[.;:]\s", text[max(paragraph_start, word - 80) : word])[-1]
    return re.search(r"[=+−×]", clause) is not None


# A whole number standing alone just before a raised group: a power's base ("2¹⁰", "(ie, 4⁷)"),
# not a decimal's or a name's digits ("IL10", "2.5"); what says the raised group is its
# power: an equals sign or "factorial" after it ("2³ factorial design", "2¹⁰ = 1024").
_BASE = re.compile(r"(?<![\w.,])(\d{1,3})$")
_POWER_AFTER = re.compile(r"[^\S\n]?[=≈]|[^\S\n]factorial\b")
_SEPARATORS = re.compile(r"(?<=\d)[,\u2009\u202f\u00a0 ](?=\d{3}\b)")


def power_of_a_number(text: str, start: int, end: int, paragraph_start: int) -> bool:
    """Whether the raised ``text[start:end]`` is the power of the number just before it: an
    equals sign or "factorial" follows, or the power's value is printed beside it ("16,384
    (ie, 4⁷)"; a value of at least 100, no number a text prints by chance)."""
    base = _BASE.search(text, max(paragraph_start, start - 4), start)
    exponent = text[start:end].strip()
    if base is None or not exponent.isdecimal():
        return False
    if _POWER_AFTER.match(text, end):
        return True
    b, n = int(base.group(1)), int(exponent)
    if b < 2 or not 2 <= n <= 64 or b**n < 100:
        return False
    around = _SEPARATORS.sub("", text[max(paragraph_start, start - 120) : end + 120])
    return re.search(rf"(?<![\d.]){b**n}(?![\d])", around) is not None


# The elements in order of atomic number, for telling "¹¹¹In" (indium) from ".⁵In".
ELEMENTS = re.findall(
    "[A-Z][a-z]?",
    "HHeLiBeBCNOFNeNaMgAlSiPSClArKCaScTiVCrMnFeCoNiCuZnGaGeAsSeBrKrRbSrYZrNbMoTcRuRhPdAgCdIn"
    "SnSbTeIXeCsBaLaCePrNdPmSmEuGdTbDyHoErTmYbLuHfTaWReOsIrPtAuHgTlPbBiPoAtRnFrRaAcThPaUNp"
    "PuAmCmBkCfEsFm",
)
# A formula of two element symbols or more after a mass number ("111InCl", its "111" raised)
_LABELLED_FORMULA = re.compile(r"(?<![\w.])(\d{1,3})((?:[A-Z][a-z]?){2,4})$")


def counts_a_labelled_formula(text: str, start: int, paragraph_start: int) -> bool:
    """Whether what is raised at ``start`` follows a formula of element symbols that opens
    with its first element's mass number ("¹¹¹InCl³", "¹⁴CO²"): the formula's count, raised
    by mistake (a chemist's text labels the isotope, and a citation is not glued to a
    formula so labelled). The mass lies within the bounds of ``superscript.is_isotope``."""
    found = _LABELLED_FORMULA.search(text, max(paragraph_start, start - 12), start)
    if found is None:
        return False
    symbols = re.findall("[A-Z][a-z]?", found.group(2))
    if not all(symbol in ELEMENTS for symbol in symbols):
        return False
    z = ELEMENTS.index(symbols[0]) + 1
    return z <= int(found.group(1)) <= 3 * z + 4
