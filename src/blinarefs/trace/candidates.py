"""What the decoders share: a candidate marker, how strong its evidence is, the numbers it
names. A candidate becomes a :class:`~blinarefs.trace.citation.Citation` only if
:func:`~blinarefs.trace.decode.decode_citations` accepts it."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

KINDS = ("superscript", "bracket", "paren", "author-year", "pandoc", "latex")
KEYED = frozenset({"author-year", "pandoc", "latex"})  # kinds that name references by key
NUMBERED = frozenset({"superscript", "bracket", "paren"})  # kinds that print numbers

# Evidence: explicit syntax, then flattened superscripts by how they sit (see decode.py).
SYNTAX, STRONG, MEDIUM, WEAK = 3, 2, 1, 0
ACRONYM = -1  # glued to a word in capitals: medium evidence if that word also stands alone
ACRONYM_END = "glued to a word in capitals at a clause end"  # weak: the order decides
ACRONYM_ON = "glued to a long word in capitals before the clause goes on"  # weak, the same
# weak, the order alone decides: only the next number first cited, or the one after it
ORDER_ONLY = "glued to a name, where only the order tells a citation"
# weak, the order alone decides: a number after a space in mid-clause ("the tool Roe 21 for")
SPACED_ORDER_ONLY = "after a space in mid-clause, where only the order tells a citation"
# weakest, the order alone decides: digits glued to a number's own ("pH 7.517,"), only as
# the next number first cited (digit_tails.py)
NEXT_ONLY = "glued to a number's digits, where only the next new number tells a citation"
BESIDE_AN_ISOTOPE = "glued to an isotope ('64Cu'), where only the order tells a citation"
IN_TURN = "one of names cited in turn"  # "BLASR6, GraphMap7, Kart8": each the next number
SEEN_ALONE = "stands alone elsewhere"  # a reading of a glued run whose name is seen on its own
AFTER_POWER = "after a unit's power"  # "mg/m2308": a superscript glued to another superscript


DASHES = "-‒–—‐‑−"  # with the figure dash "‒", which some journals print in ranges
UNIT_POWER = re.compile(r"[kcmdµμ]?m[23]")  # a square or cube of a length: "m2", "cm3"
LIST_STEP = 50  # how far the next number of a citation's list may jump
# Some journals space their superscript groups ("COVID.4, 5"): a space after a comma is
# part of the run only if the numbers keep rising (see superscripts.py).
# A journal that prints each number of a group in its own parentheses leaves "3), (4" and
# "5)- (7" when a copy drops the outer ones (Cerâmica): the same group and range.
_RANGE = rf"(?:[{DASHES}]|– |\)[{DASHES}] \()\d+"
# " , " and "  ,  ": a copy keeps the spaces around the markup's commas, one or two
RUN = re.compile(rf"\d+(?:{_RANGE})?(?:(?: {{0,2}}, {{0,2}}|\), \()\d+(?:{_RANGE})?)*")
_PARENTHESISED = re.compile(rf"\)(,|[{DASHES}]) \(")
SPACED_GROUP = rf"\d+(?:\s*[{DASHES}]\s*\d+)?(?:\s*[,;]\s*\d+(?:\s*[{DASHES}]\s*\d+)?)*"
# A printed superscript may spell its range and its "and" in the article's language:
# "^6 a 8^" (Portuguese, Spanish: 6 to 8), "^6 to 8^", "^6, 8 e 10^", "^6 y 8^", "^6 and 8^"
_SPELT_ITEM = rf"\d+(?:(?:\s*[{DASHES}]\s*|\s(?:a|to)\s)\d+)?"
SPELT_GROUP = rf"{_SPELT_ITEM}(?:(?:\s*[,;]\s*|\s(?:e|y|and|&)\s){_SPELT_ITEM})*"
_SPELT_TO = re.compile(r"\s(?:a|to)\s")
_SPELT_AND = re.compile(r"\s(?:e|y|and|&)\s")


def unspell(group: str) -> str:
    """ "6 a 8" -> "6–8", "6, 8 e 10" -> "6, 8,10": a group of :data:`SPELT_GROUP` as
    :func:`expand_numbers` reads it."""
    return _SPELT_AND.sub(",", _SPELT_TO.sub("–", group)) if " " in group else group


# A value, alone and perhaps with its unit, right before a group: "younger 6 [4–8]",
# "61 (48–69)", "13 years (9–22)"; not a name's digits ("Bud20", "AP-5") or a ratio's ("1:500")
_VALUE_BEFORE = re.compile(r"(?<![\w.,:/‐-])(\d+(?:\.\d+)?)(?: (?:%|[a-z]{1,6}))? $")
# "IQR [4–8]", "95% CI (2–9)", and a Bayesian credible or an uncertainty interval: "95% CrI
# [12–20]", "95% UI (3–7)"
_STATISTIC_BEFORE = re.compile(r"\b(?:IQR|CI|CrI|UI|SD|SE)\W{0,3}$")


def range_of_a_value(text: str, start: int, numbers: tuple[int, ...]) -> bool:
    """Whether the group of ``numbers`` opening at ``start`` is the range of a value printed
    before it rather than a citation: a median and its interquartile range "6 [4–8]", a
    mean and its extremes "61 (48–69)". A range has two bounds (a pair or a run of numbers)
    and holds its value; a citation after a number cites other numbers ("in 2013 [2, 29]",
    "exon 6 (1, 5)", "version 2.1 (42,43)"), and a name's digits are no value ("Bud20
    (18,21)"). After a statistic's name ("IQR [4–8]") the group is its range."""
    if len(numbers) < 2:
        return False
    lo, hi = numbers[0], numbers[-1]
    if len(numbers) > 2 and numbers != tuple(range(lo, hi + 1)):
        return False  # "6 [2, 5, 9]": a list, no range
    if _STATISTIC_BEFORE.search(text, max(0, start - 8), start):
        return True
    value = _VALUE_BEFORE.search(text, max(0, start - 20), start)
    return value is not None and lo <= float(value.group(1)) <= hi


# A range beside "and" in a group: "(11-42 and 17-42)", "(1986–1995 and 2008–2013)", "(3 and
# 5–9)". A citation group joins its ranges with commas, "(4, 7–9)", and "and" with single
# numbers alone, "(4 and 5)"; two spans of values (a peptide's residues, two periods, two
# grants) are what "and" joins so. "refs. 24 and 31–33" is read after its word (inline.py).
_SPAN_AND = re.compile(
    rf"\d\s*(?:[{DASHES}]|to)\s*\d+\s*,?\s*and\b|\band\s*\d+\s*(?:[{DASHES}]|to)\s*\d"
)


def spans_joined(group: str) -> bool:
    """Whether a parenthesised group joins a range to another number with "and" ("11-42
    and 17-42"): spans of values, not citations (see :data:`_SPAN_AND`)."""
    return " and" in group and _SPAN_AND.search(group) is not None


# Inside brackets and parentheses a range may also be spelt out: "(7 to 10)", "[3 and 4]".
def _group(number: str) -> str:
    item = rf"{number}(?:\s*(?:[{DASHES}]|to)\s*{number})?"
    return rf"{item}(?:\s*(?:[,;]|,?\s*and)\s*{item})*"


# Some journals mark key references with a dagger printed after the number: "(9^†^, 10, 11†)",
# or with bullets, one for "of special interest", two for "of outstanding interest":
# "[15,16^•^]", "[18^••^,19–21]"; Pandoc's plain copy of a Word file raising them prints
# "[18^(••),19–21]" (pandoc_plain.py)
_MARK = r"(?:\^\([•†‡§¶]+\)|\^?[•†‡§¶]+\^?)"
MARKED_GROUP = _group(rf"\d+(?:{_MARK})?")
REFERENCE_MARKS = re.compile(_MARK)
# in brackets, also "[28b]": the work b of reference 28, and "[1a,b]", "[3a–c]": works of
# a reference whose list sub-labels them ("1a", "1b")
PART_LETTERS = rf"[a-z](?:\s*[{DASHES},]\s*[a-z](?!\w))*"
LETTERED_GROUP = _group(rf"\d+(?:{PART_LETTERS}|{_MARK})?")
PARTS_GROUP = _group(rf"\d+(?:{PART_LETTERS})?")  # superscript: "^1a,b^", "<sup>3a–c</sup>"
# A number in brackets may carry the page it points at after a space, with no colon or
# comma: "[14, 15, 16 pg. 83, 17]", "[21 p. 5]" (a palaeontologist's habit); the page takes
# its own range, so that "[3 pp. 8–9]" cites 3
_PAGE_AFTER = rf"\s+(?:pp?|pg)\.\s*\d+(?:\s*[{DASHES}]\s*\d+)?"
LOCATED_GROUP = _group(rf"\d+(?:{PART_LETTERS}|{_MARK})?(?:{_PAGE_AFTER})?")
# left out where the numbers are read (the page's space after a digit alone: linear)
IN_THE_WORK = re.compile(rf"(?<=\d){_PAGE_AFTER}")
# the letters of a number's works ("28b": the second work of reference 28, a reference that
# lists several, a), b), ..., or a list that sub-labels them), left out where only the
# numbers are read
SUB_WORK = re.compile(rf"(?<=\d){PART_LETTERS}\b")


# The highest number a citation may name: 999, or the list's size where the list is longer.
# Such a list is rare, and beside a shorter one "[2019]" and "(1995)" are years, not
# citations; the decoder sets it for the list it reads against (``numbers_up_to``).
_HIGHEST: ContextVar[int] = ContextVar("highest_citation_number", default=999)


@contextmanager
def numbers_up_to(size: int | None) -> Iterator[None]:
    """Within it, :func:`expand_numbers` reads numbers up to ``size`` when it is past 999."""
    token = _HIGHEST.set(max(999, size or 0))
    try:
        yield
    finally:
        _HIGHEST.reset(token)


def _number(digits: str, highest: int) -> int | None:
    """The citation number ``digits`` print, or None (a leading zero, more digits than the
    highest number has, a number past it, or no decimal digits)."""
    if not digits.isdecimal() or digits[0] == "0" or len(digits) > len(str(highest)):
        return None
    n = int(digits)
    return n if n <= highest else None


def expand_numbers(group: str) -> tuple[int, ...] | None:
    """ "1,3-5" -> (1, 3, 4, 5); None when the group cannot be citation numbers (a leading
    zero, a number past 999 or past a longer list (``numbers_up_to``), a range that runs
    backwards, or digits that are no decimal digits: "³" is a superscript character, which
    ``int`` does not read)."""
    highest = _HIGHEST.get()
    if group.isdecimal():  # the common case, kept fast
        n = _number(group, highest)
        return None if n is None else (n,)
    if ")" in group:
        group = _PARENTHESISED.sub(r"\1", group)
    out: list[int] = []
    for item in re.split(r"\s*(?:[,;]|,?\s*\band\b)\s*", group.strip()):
        read = [_number(b, highest) for b in re.split(rf"\s*(?:[{DASHES}]|\bto\b)\s*", item)]
        bounds = [b for b in read if b is not None]
        if len(bounds) < len(read):
            return None
        lo, hi = bounds[0], bounds[-1]
        if hi < lo:
            return None
        out.extend(range(lo, hi + 1))
    return tuple(out)


def compress_numbers(numbers: Iterable[int]) -> str:
    """(1, 3, 4, 5) -> "1,3-5": how a numbered style prints a citation."""
    ordered = sorted(set(numbers))
    parts, i = [], 0
    while i < len(ordered):
        j = i
        while j + 1 < len(ordered) and ordered[j + 1] == ordered[j] + 1:
            j += 1
        parts.append(str(ordered[i]) if j - i < 2 else f"{ordered[i]}-{ordered[j]}")
        if j - i == 1:
            parts.append(str(ordered[j]))
        i = j + 1
    return ",".join(parts)


def plural_of_capitals(word: str) -> bool:
    """Whether ``word`` is the plural of a word in capitals ("TNTs", "MSCs", "DCs"): a
    plural names things, and no gene or strain is named so with its number after it."""
    return len(word) > 2 and word[-1] == "s" and word[:-1].isupper()


def words(text: str) -> frozenset[str]:
    return frozenset(text.split())


MONTHS = words(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec"
)


@dataclass(slots=True)
class Candidate:
    start: int
    end: int
    kind: str
    strength: int
    numbers: tuple[int, ...] = ()
    keys: tuple[str, ...] = ()
    missing: tuple[str, ...] = ()
    prior: float = 0.0  # log-odds that it is a citation, before the order of numbers is weighed
    why: tuple[str, ...] = ()  # the features behind ``prior``, for a reader of the decision
    printed: bool = False  # a superscript in the text itself (Unicode, HTML, Pandoc, a reader)
    # Other readings of the same digits, at most one of which is a citation: "CD2813–15" is
    # CD28 then 13–15, or CD281 then 3–15; the order of first citations chooses (infer.py)
    alternatives: tuple[Candidate, ...] = ()

    def readings(self) -> tuple[Candidate, ...]:
        return (self, *self.alternatives)


def rising_end(text: str, start: int, end: int) -> int:
    """Where a run ends: at its first spaced comma (", ", or " , " where a copy spaced the
    markup's separators) unless the numbers after it keep rising ("4, 5" and "10, 11, 12"
    are one group; "4, 2" is a number and a count)."""
    run = text[start:end]
    if " " not in run or "), (" in run:  # "3), (4": one group (candidates.py)
        return end
    parts = _SPACED_COMMA.split(run)  # group, separator, group, ...
    last, pos = -1, start
    for k in range(0, len(parts), 2):
        numbers = expand_numbers(parts[k])
        if not numbers or numbers[0] <= last:
            return pos - len(parts[k - 1]) if k else start + len(parts[k])
        last, pos = (
            numbers[-1],
            pos + len(parts[k]) + len(parts[k + 1] if k + 1 < len(parts) else ""),
        )
    if len(parts) > 1 and _VALUE_GOES_ON.match(text, end):
        # "in Suaeda salsa8, 69.8% in": the last number opens a value, no group's next
        return end - len(parts[-1]) - len(parts[-2])
    return end


_VALUE_GOES_ON = re.compile(r"[.,]\d|[^\S\n]?%")
_SPACED_COMMA = re.compile("(  ?,  ?|  ?,|,  ?)")


MOSTLY = "the manuscript mostly cites as"  # a candidate's reason when its convention is another


def in_another_convention(cand: Candidate) -> bool:
    """Whether the manuscript mostly cites otherwise than ``cand`` prints (:data:`MOSTLY`)."""
    return any(r.startswith(MOSTLY) for r in cand.why)


# markers of one convention past which another weighs double against it: "arginase1",
# "pka1" in a text with forty bracketed citations are names
SETTLED_CONVENTION = 40
SETTLED_SHARE = 0.5  # ... or explicit ones naming this share of the list, against flattened digits


def settled_convention(
    markers: int, named: Collection[int], size: int | None, flattened: bool
) -> bool:
    """Whether a manuscript's own convention is settled, so another weighs double against
    it: forty markers or more; or, against ``flattened`` digits beside explicit markers
    (brackets, printed superscripts), markers that name half its list in a shorter text. A
    text whose brackets cite sixteen of its thirty references has shown how it cites, and
    its "omega2 was", "integrin3 and", "(his4)," are names however few its brackets are:
    its copy has no superscript to flatten. Printed superscripts and numbers in parentheses
    beside its brackets are printed as in the Word file, and keep the single weight."""
    if markers >= SETTLED_CONVENTION:
        return True
    return flattened and size is not None and 0 < SETTLED_SHARE * size <= len(named)
