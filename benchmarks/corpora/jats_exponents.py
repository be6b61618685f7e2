"""Where the markup's citations are not what was printed: two declared truth rules, decided
from the JATS alone, for the Word benchmark (``eval_docx_reader.py``, which asks for them
with ``markers(path, untagged=True)``; every other benchmark reads the markup as it is).

1. **An xref on an exponent is no citation.** Some converters tag a raised number as a
   citation wherever its digits match a reference's, exponents too: ``1.73 m<sup><xref>2
   </xref></sup>``, ``100 cm^2^``, ``5×10^6^CFU``, ``R^2^``, ``χ^2^``, ``3d_z_^2^``,
   ``Δ^7^sterol``. A reader sees an exponent or a symbol's label there, and a Word reader
   that leaves it alone (as the issue asks: "exponent superscripts left alone") would be
   scored as missing a citation. The raised xref, a lone number, is set aside when what it
   is glued to is

   - a power of ten: ``10`` after a multiplication sign, a space, a bracket or nothing
     (``1–5×10^6^``, ``10^9^ cells``), not a name's number (``Δpes-10^38^`` cites);
   - a unit of length squared or cubed (2 or 3) after a quantity or a division
     (``1.73 m^2^``, ``100 cm^2^``, ``kg/m^2^``, ``mL/min/1.73 m^2^``, ``5 mm^3^``);
   - a symbol: one letter (Latin or Greek) standing alone, squared or cubed (``R^2^``,
     ``χ^2^``, ``z^2^``, ``x^3^``; one space between allowed, as a subscript's ``3d_z_ ^2^``
     renders), or labelling the word glued after it (``Δ^7^sterol``, ``α^1^-chain``).

   The rule is symmetric: a reader that finds a citation at such a place is scored as wrong,
   and one that leaves it alone as right. It is narrow on purpose: a capital that names by
   its letter (``hepatitis B^4^``, ``the R^7^ package``) still cites unless squared or cubed,
   a unit counts only after a number or a slash, and a group (``m^2,3^``) is never an
   exponent.

2. **A printed number that disagrees with its rid follows the print.** Some xrefs point at
   another reference than the number they print (a publisher's default ``cit0001`` printed
   ``137``, a SciELO ``B13`` printed ``9``). The number is what a reader of the article, and
   of a Word copy of it, sees and looks up in the numbered list; the rid is invisible and
   the list's entries are numbered by their printed labels. So where an article numbers its
   citations (raised or bracketed, most of them), a numeric label whose numbers all lie
   within the list's length is read as printed, not as the rid says. Labels past the list
   (a year, ``2021``), labels with a space in them (``89 16`` for a rid printing 8: the
   spaces of a list typed without commas may have been lost) and sub-labelled lists keep
   the rid.

Both are counted per source in the benchmark's output (``exponent``, ``relabelled``), so a
figure that moves for a truth rule can be told from one a reader moved."""

from __future__ import annotations

import re

_POWER_OF_TEN = re.compile(r"(?:^|[\s×·*(\[]|\dx ?)10$")
_UNIT = re.compile(r"(?:\d|\d[ \u00a0]|/)(?:[kcmµμn]?m|Å)$")
_LONE_LETTER = re.compile(r"(?:^|[\s(\[])[^\W\d_] ?$")
_PLAIN_LABEL = re.compile(r"\d+(?:[,‒–−-]\d+)*")


def exponent(before: str, label: str, after: str) -> bool:
    """Whether a raised xref printing ``label``, with ``before`` and ``after`` it in the
    paragraph, is an exponent or a symbol's label by rule 1 above."""
    if not label.isdigit() or not before.strip():
        return False
    squared = label in ("2", "3")
    glued = not before[-1:].isspace()
    if glued and _POWER_OF_TEN.search(before):
        return True
    if glued and squared and _UNIT.search(before):
        return True
    if _LONE_LETTER.search(before):
        return squared or (glued and after[:1].isalpha())
    return False


def printed_numbers(label: str, printed: set[int], rids: set[int], length: int) -> bool:
    """Whether a numeric label's ``printed`` numbers stand for its xref by rule 2 above (the
    ``rids``' numbers disagree and every printed one lies within the list's ``length``)."""
    if not _PLAIN_LABEL.fullmatch(label.strip("[]() ")) or rids <= printed:
        return False
    return bool(printed) and all(1 <= n <= length for n in printed)
