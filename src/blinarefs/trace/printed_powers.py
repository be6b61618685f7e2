"""Whether a printed superscript right after a digit can be that number's power.

A raised number after a digit starts out a power ("10⁶", "2.5²", "2¹⁶"), a reason against
the citation in :mod:`blinarefs.trace.valuelike`. Two kinds of digits before it are no number
raised to a power, and a manuscript citing by superscripts prints its citations after them
as after any word (Pandoc's plain copy of a Word file keeps them raised, and the Word file
raises the run: a sure citation there):

- a name's digits, a token with two letters in a row ending in them: "ROE-2²⁷", "DOE-20²³",
  "COVID-19⁵", "EXAMPLIA2²⁵" (a trial, a scale, a disease, a program), or any token with
  letters raised to a number of two digits or more: "q62³⁴", "S2¹⁶", "R5T7⁶⁵" (a protein, a
  subunit, a clone); a variable's "x1²", "x1⁴" and a product's "b5b8²" stay powers;
- a number raised past a cube that is neither ten nor two: a cut-off "≥ 3.4¹⁹", "p ≤
  0.20¹⁷", a count "350²⁶", an amount "35.161,70¹⁷", "Figure 1¹⁴"; and ten or two raised to
  three digits, "< 10⁸⁹⁹". Powers of ten ("10⁶", "10¹²"), of two ("2¹⁶"), and squares and
  cubes ("2.5²", "3³") stay powers.

Pure and bounded: the token before the candidate is read at most ``_REACH`` characters back.
"""

from __future__ import annotations

import re

from .candidates import Candidate

_REACH = 24  # how far back the token before the superscript is read
_NAME = re.compile(r"[^\W\d_]{2}")  # two letters in a row make the token a name ("x1": a variable)
_CUBE = 3  # the highest power a number other than ten or two is printed with
_INDEX_POWER = 9  # the highest power a variable with an index ("x1") is raised to
_BASES = ("10", "2")  # the numbers a text raises to any power of two digits at most
_HIGHEST_POWER = 99
_NUMBER_BEFORE = re.compile(r"(?<![\d.,])\d+(?:[.,]\d+)*$")


def not_a_power(text: str, c: Candidate) -> bool:
    """Whether the single number printed raised at ``c``, right after a digit, cannot be a
    power of what precedes it (see the module's docstring)."""
    if len(c.numbers) != 1:
        return False
    power = c.numbers[0]
    i = c.start
    while i > max(0, c.start - _REACH) and (text[i - 1].isalnum() or text[i - 1] in "-‐"):
        i -= 1
    token = text[i : c.start]
    if any(ch.isalpha() for ch in token):
        # "COVID-19⁵", "q62³⁴"; "b5b8²" is a product of variables, "x1⁴" a variable
        return _NAME.search(token) is not None or power > _INDEX_POWER
    number = _NUMBER_BEFORE.search(text, max(0, c.start - _REACH), c.start)
    if number is None:
        return False
    if number.group() in _BASES:
        return power > _HIGHEST_POWER  # "10⁶", "2¹⁶"; not "10⁸⁹⁹"
    return power > _CUBE
