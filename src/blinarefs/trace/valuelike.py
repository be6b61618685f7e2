"""Why explicit citation syntax may be a value rather than a citation.

A printed superscript or a bracket is syntax, so it starts out a citation; what is printed
around it can still make it a power ("10^6^", "cm^2^"), a statistic ("F[1,12]"), a median's
range ("6 [4–8]"), an interval ("[45, 90] degrees") or residues, a range past the end of the
list ("KinA[310–482]" beside forty references). Each reason comes with its log-odds
for :mod:`blinarefs.trace.features` to weigh. Pure and bounded: every look is a few
characters either side of the candidate.
"""

from __future__ import annotations

import re

from .candidates import DASHES, UNIT_POWER, Candidate, range_of_a_value
from .numberwords import RESIDUES
from .printed_powers import not_a_power
from .raised_orders import raised_order
from .sitting import word_before
from .textpos import VERSION_BEFORE

CLAUSE_END = re.compile(r"[.,;:](?:\s|$)")
_STATISTIC_AFTER = re.compile(r"\A\s*[=<>≤≥]")  # match()ed on the text after a candidate
_YEAR_BEFORE = re.compile(r"(?<!\d)(?:19|20)\d\d$")
_PAIR = re.compile(r"\[(\d+), ?(\d+)\]")
_UNIT_AFTER = re.compile(r" ?(?:[mcknµμ]?m|m?s|min|h|hours?|days?|degrees?|°|Hz|kHz|K|kg|mg)\b")
_WORD_END = re.compile(r"[a-zà-öø-ÿ]{3}[.,;:]?$")
# a number that ends a name, after a word of three letters or more ("exon 11", "COVID-19"),
# not a list's item after a mark ("; 94[1]," a character's state)
_NAMES_NUMBER = re.compile(r"[^\W\d_]{3}[ \-‐]\d{1,3}$")
# A dilution or ratio is one to many, printed with no space: "[1:200]"; a citation's page
# after a colon is "[13: 70]" or "[1, p. 200]"
_RATIO = re.compile(r"\[1:\d+\]")
_SUPPLEMENT_BEFORE = re.compile(r"\b[Ss]upplementary [Rr]eferences?\s*$")
_ET_AL = re.compile(r"\bet al$")
# an interval's own words right before it: "on the interval [45, 90]", "ranging from [5,
# 80]", "values between [2, 9]" (no one cites "between [2, 9]"); not "from" alone, which
# names a source as often as a bound ("adapted from [5, 8]")
_INTERVAL_BEFORE = re.compile(
    r"(?:\b(?:intervals?|ranges?|ranging from|domain|window|between)(?: of)?|∈) ?$"
)
# the clause's words of an interval further back: "the ranges ... are [5, 80]"
_INTERVAL_WORD = re.compile(r"\b(?:intervals?|ranges?|ranged|ranging|bounds?|between)\b", re.I)
_SENTENCE_END = re.compile(r"[.!?;]\s")
_INTERVAL_REACH = 120  # how far back the sentence is read for an interval's word
# An element's symbol standing alone after a space, or a coupling constant's J: not the
# capitalised words a sentence opens with ("In", "As", "At", "No", "I", "Be"; Portuguese and
# Spanish "O", "Y")
_SYMBOLS = (
    "H He Li B C N F Ne Na Mg Al Si P S Cl Ar K Ca Sc Ti V Cr Mn Fe Co Ni Cu Zn Ga Ge Se "
    "Br Kr Rb Sr Zr Nb Mo Tc Ru Rh Pd Ag Cd Sn Sb Te Xe Cs Ba La Ce Nd Sm Eu Gd Tb Dy Er "
    "Yb Lu Hf Ta W Re Os Ir Pt Au Hg Tl Pb Bi U J"
)
_ISOTOPE_AFTER = re.compile(rf" (?:{'|'.join(_SYMBOLS.split())})(?=[\s,;.)=]|$)")  # not "Co-"
# A bracket joined by a hyphen to the word after it: a reaction's or a ring's locants,
# "[1,4]-Michael addition", "[3,3]-sigmatropic", "[1,2,4]-triazole" (a range of citations
# goes on with another bracket, "[5]-[7]", and a cited work's name is never hyphened on)
_LOCANT_AFTER = re.compile(r"[-‐‑][^\W\d_]")
# ... or glued inside a chemical name, between a fusion prefix's "o" and the ring's name:
# a fused ring's locants, "benzo[2,1,3]thiadiazole", "tetrahydro[5]helicene", "pyrido[3,2]
# oxazepine" (a citation that lost its space runs into a short word, "study[23]and")
_RING_AFTER = re.compile(r"[a-z]{5}")
_RANGE_REACH = 2  # a bracketed range that runs past twice the list's length cites nothing
_RANGE_END = re.compile(rf"\d\s*[{DASHES}]\s*(\d+)")  # the upper bound of "490–725", "1 - 402"


def value_like(text: str, c: Candidate, size: int | None = None) -> list[tuple[str, float]]:
    """Why explicit syntax may be a value rather than a citation; ``size``: the length of
    the list, where known."""
    before = text[c.start - 1] if c.start else ""
    after = text[c.end] if c.end < len(text) else ""
    word, _ = word_before(text, c.start)
    out: list[tuple[str, float]] = []
    # No exponent is a list ("AH^4,16,20^"), is printed in parentheses ("DM2^(4)^"),
    # raises a year ("in 1993^3^") or a name at a clause end ("COVID-19^5^.")
    group = len(c.numbers) > 1 or "(" in text[c.start : c.end]
    # nor does a subscript or statistic in brackets on a word end a clause: "of the AT1R[9].",
    # "12 to 58 mo[10,19-21,23]." are a manuscript that glues its brackets ("F[1,12] = 4.2"
    # goes on); a number's "94[1]," is a state or an index, and a range past the end of the
    # list, "KinA[310–482],", residues (below)
    # and a name's number ("in exon 11[4],", "COVID-19[2].") is a word's end as much
    glued_at_end = (
        c.kind == "bracket"
        and (before.isalpha() or _NAMES_NUMBER.search(text, max(0, c.start - 8), c.start))
        and CLAUSE_END.match(text, c.end) is not None
    )
    if glued_at_end or (
        c.printed
        and (
            group
            or _YEAR_BEFORE.search(text, max(0, c.start - 5), c.start)
            or _raises_a_name(text, c)
        )
    ):
        pass
    elif (
        before.isdigit()
        and not VERSION_BEFORE.search(text, max(0, c.start - 24), c.start)
        and not (c.printed and not_a_power(text, c))
    ):
        # "10⁶", "2.5²"; not a version's last part, "R v3.6.1¹²": none is raised to a power,
        # nor a name's digits or a number past its cube ("ROE-2²⁷", "≥ 3.4¹⁹")
        out.append(("a power of a number", -5.0))
    elif c.printed and raised_order(text, c):
        out.append(("a variable's order, raised in parentheses", -5.0))  # "Mf⁽²⁾ = Mf⁽³⁾"
    elif c.printed and len(c.numbers) == 1 and UNIT_POWER.fullmatch(f"{word}{c.numbers[0]}"):
        out.append((f"a unit's square or cube, '{word}'", -8.0))  # "1 km²", "5 cm^2^"
    elif c.printed and c.numbers == (2,) and word.lower() == "chi":
        out.append(("a statistic's square, 'Chi'", -8.0))  # chi-squared spelled out: "Chi²"
    elif (
        c.printed
        and word
        and len(word) <= 2
        and word != "al"
        and not _PARTICLE_END.search(text, max(0, c.start - _PARTICLE_REACH), c.start)
    ):
        out.append((f"a power or a label of '{word}'", -4.0))
    elif (
        c.kind == "bracket"
        and word
        and (len(word) < _WORD_LETTERS or word.isupper())
        and not _ET_AL.search(text, max(0, c.start - 6), c.start)
    ):
        # a word of four letters or more, some in lower case, is no statistic or variable:
        # "studies[18,28]" and "Zehnder[19]" are a manuscript that glues its brackets;
        # "F[1,12]", "OR[2]" and "t[23]" are not, and "et al[48]" names authors, as "Roe
        # et al,[26]" does
        out.append((f"a subscript or statistic of '{word}'", -5.0))
    # An isotope or a label ("^13^C", "^55^Fe") stands before its word, not after a word's
    # end: "publications^11,18^and" and "documented.^13,14^We" are a copy that lost a space
    after_a_word = _WORD_END.search(text, max(0, c.start - 4), c.start) is not None
    if c.printed and after and (after.isalnum() or after in "‐-") and not after_a_word:
        out.append(("glued to the word after it (an isotope, a label)", -4.0))
    elif (
        c.printed and not after_a_word and len(c.numbers) == 1 and _ISOTOPE_AFTER.match(text, c.end)
    ):
        # "in Hz. ^1^ H, ^195^ Pt and ^14^ N spectra", "(dd, ^3^ J = 6.7": an isotope's mass
        # or a coupling's bonds, the space a copy put before the element's symbol; one
        # number: a group ("frecuentes. ³ , ⁴ La transmisión") is citations before a word
        out.append(("before an element's symbol (an isotope, a coupling)", -4.0))
    residue = word[:1].isupper() and word[1:].islower() and word.lower() in RESIDUES
    if residue and (size is None or max(c.numbers, default=0) > size):
        # "Arg^394^ and Phe^404^", "Ser[473]" beside a shorter list: a residue of a protein
        # and its position, which a text names again and again; within the list, "reported
        # for Ile^17^ and Val^18^." cites, as the order says
        out.append((f"a residue's position, after '{word}'", -3.5))
    if _STATISTIC_AFTER.match(text[c.end : c.end + 3]):
        out.append(("followed by '='", -3.0))
    if c.kind == "bracket" and range_of_a_value(text, c.start, c.numbers):
        out.append(("a range of values after a number", -4.0))  # "younger 6 [4–8]"
    if c.kind == "bracket" and _LOCANT_AFTER.match(text, c.end):
        out.append(("locants before a hyphened word", -6.0))  # "[1,4]-Michael addition"
    elif c.kind == "bracket" and before == "o" and _RING_AFTER.match(text, c.end):
        out.append(("locants inside a chemical name", -6.0))  # "benzo[2,1,3]thiadiazole"
    if c.kind == "bracket" and _RATIO.fullmatch(text, c.start, c.end):
        out.append(("a ratio or a dilution", -6.0))  # "anti-insulin [1:200]"
    if c.kind == "bracket" and _SUPPLEMENT_BEFORE.search(text, max(0, c.start - 26), c.start):
        # "see Supplementary References [9–11]": the supplement's own list, not this one
        out.append(("numbers the supplement's list", -6.0))
    if (
        c.kind == "bracket"
        and _PAIR.fullmatch(text, c.start, c.end)
        and (
            _UNIT_AFTER.match(text, c.end)
            or _INTERVAL_BEFORE.search(text, max(0, c.start - 16), c.start)
        )
    ):  # "on the interval [45, 90] degrees", "[10, 20] mm", "n ∈ [5, 80]"
        out.append(("an interval of values", -5.0))
    elif c.kind == "bracket" and size and _interval_past_the_list(text, c, size):
        out.append((f"an interval's bounds, one past the list ({size})", -5.0))
    if size and _runs_past_the_list(text, c, size):
        # "the fragment KinA[310–482]", "(95% CrI [133–224])" beside a list of 40: residues,
        # positions or an interval. Whatever its sitting says (a bracket glued to a word at a
        # clause end cites, above), no citation ranges far past what a list cut short may
        # miss; a single number or a group past it stays a dangling citation for ``check``
        out.append((f"a range past the end of the list ({size})", -6.0))
    return out


def _interval_past_the_list(text: str, c: Candidate, size: int) -> bool:
    """Whether the candidate is a pair of rising bounds, "[5, 80]", the upper past the end of
    the list, in a sentence that speaks of a range or an interval: "the inferred ranges ...
    are [5, 80]" where a formula before it was lost. A citation of two works cites within
    the list; beside a word of range, a pair whose upper number no list entry bears is the
    interval's bounds (a pair within the list, "the ranges were reported [5, 8]", cites)."""
    pair = _PAIR.fullmatch(text, c.start, c.end)
    if pair is None or not int(pair.group(1)) < int(pair.group(2)) or int(pair.group(2)) <= size:
        return False
    before = text[max(0, c.start - _INTERVAL_REACH) : c.start]
    opened = max((m.end() for m in _SENTENCE_END.finditer(before)), default=0)
    return _INTERVAL_WORD.search(before, opened) is not None


def _runs_past_the_list(text: str, c: Candidate, size: int) -> bool:
    """Whether the candidate cites a printed range whose upper bound lies past twice the
    list's length, far past what a list cut short may have lost (not a locator's pages:
    "[1: 290–293]" cites 1)."""
    high = max(c.numbers, default=0)
    if high <= _RANGE_REACH * size:
        return False
    return any(int(m.group(1)) == high for m in _RANGE_END.finditer(text, c.start, c.end))


_NAME_LETTERS = 2  # letters that make the token before a superscript a name, not a number
_NAME_REACH = 24  # how far back the token is read: bounded, so weighing stays linear
_WORD_LETTERS = 4  # a word this long before a bracket, some in lower case, is no variable
# A hyphened compound's two-letter particle, "follow-up", "run-in", "add-on": the word before
# a raised number is then the compound, a word of the prose, not "x" or "R" raised to a power
_PARTICLE_END = re.compile(r"(?<![\w\-‐])[a-z]{3,}[\-‐][a-z]{2}$")
_PARTICLE_REACH = 30  # characters looked back for the compound
_DECIMAL_BEFORE = re.compile(r"(?<![\d.,])\d+[.,]\d+$")
_LOWEST_CITATION = 10  # no unit or variable is raised to a power this high at a clause end
# A compound of two acronyms joined by a hyphen, "XDR-TB", "HIV-TB": its capitals name a
# disease or a strain, as "COVID-19" does, where no unit or variable stands
_ACRONYM_COMPOUND = re.compile(r"[^\W\d_]{2,}[\-‐][A-Z]{2,}")


def _raises_a_name(text: str, c: Candidate) -> bool:
    """A printed superscript at a clause end after a name is a citation, not a power:
    "COVID-19^5^.", "CD36^147^.", "IL-6^12^," (a name of two letters or more that ends in
    digits), "GC^62^.", "TNF-α^12^." (a short name raised to a number no unit or variable
    is raised to), "MDR/XDR-TB^5^;" (two acronyms joined by a hyphen, as a disease's or a
    strain's name is printed), and so is one after a decimal fraction ("a mean of
    0.4^22^."). "10^6^", "x1^2^", "cm^2^.", "R^2^ =" and the residue "S^88^," stay powers
    and labels."""
    if not CLAUSE_END.match(text, c.end) and text[c.end : c.end + 1] not in ("", "\n"):
        return False
    if _DECIMAL_BEFORE.search(text, max(0, c.start - _NAME_REACH), c.start):
        return True  # "a mean of 0.4^22^.": no one raises a decimal fraction to a power
    i = c.start
    while i > max(0, c.start - _NAME_REACH) and (text[i - 1].isalnum() or text[i - 1] in "-‐"):
        i -= 1
    token = text[i : c.start]
    letters = sum(ch.isalpha() for ch in token)
    # one letter is a residue or a variable: "S^88^", "T^92^", "x1^2^"
    return letters >= _NAME_LETTERS and (
        token[-1:].isdigit()
        or c.numbers[0] >= _LOWEST_CITATION
        or _ACRONYM_COMPOUND.fullmatch(token) is not None
    )
