"""Digits that belong to what they are glued to, however cleanly they sit at a comma.

A flattened superscript glued to a word at a comma looks like a citation; five printed
forms say the digits are the word's own:

* a name listed beside another that carries digits ("Mmp3, Mmp13, Adamts18", "ELAV4,
  PAK5, SLC17A6", "AAV1, AAV2 and AAV8", "Cap8 or Cap9"): gene, protein, strain and
  vector names come in lists, each with its number, and a word the text does not use
  alone more often than it carries digits is such a name, not a citation's word ("in
  mice12, rats13": mice and rats stand alone elsewhere);
* a program named with its version's major number ("Kraken2 (version 2.1.1)", "bowtie2
  (v.2.3.4)", "Eagle2 (v2.3)") or with one digit before what it is ("the ggplot2
  package", "Primer3 software"), there and wherever else the text names it so ("Kraken2
  classified"): a citation glued to a program is any number, seldom its version's, and
  seldom one of the first nine;
* a name with a member's one digit printed again and again ("Notch1", "Cas9"), its number
  cited before it first occurs (an author named with the citation, "Roe1 showed", most
  often cites that number for the first time);
* a power in a formula ("length × width2", "weight/height2", "(width2 × length)/2");
* a signed score or an orbital's offset ("Joint+10, Fascia+5", "LUMO+1"): a word, a plus
  sign and a number; not an ion's charge ("Na+", "Cu2+32") nor a cell's marker ("CD8+");
* a name the text defines after a long form that ends in the same number ("sorting nexin 7
  (SNX7)", "binding protein-3 (GATA3)"), wherever it prints it, at a clause end too ("of
  SNX7, and"): 221 such definitions in dev and the tune sets, none cited, nor any of the
  1476 other places they are printed; and one whose long form holds the number inside
  ("relaxation time to 50% diastolic stress (RT50)", "forced expiratory volume in 1 second
  (FEV1)", "3 months old (H3)"): 124 such definitions in dev and the tune sets, none cited,
  nor any of the 1261 places they are printed. A name defined without the number
  ("analysis (PLOVA10)") may be a tool's with its citation glued, and digits glued to the
  definition's closing parenthesis ("(RT50)12") are no name's.

Each is a reason against the reading, with its weight (:func:`its_own`); the order of first
citations can still take a number it brings in next. Pure: a few characters looked at
around the candidate, and one pass over the text for the programs it names.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .alone import word_counts
from .candidates import IN_TURN, Candidate
from .dotted_names import a_dotted_name
from .textpos import word_before

LISTED_NAME = -2.5
PROGRAM = -3.0
FORMULA = -4.0
SIGNED = -3.0
NAMED_AGAIN = -1.5
DEFINED = -2.5

# what parts two items of a list: "A1, B2", "A1; B2", "A1 and B2", "A1, and B2", "A1 or B2"
_PARTS = r"(?:[,;/][^\S\n]*(?:(?:and|or)[^\S\n]+)?|[^\S\n]+(?:and|or|&)[^\S\n]+)"
# a token that carries digits after a letter: "Mmp13", "SLC17A6", "IL4I1", "Col4a1"
_NAME = r"(?<![\w-])[^\W\d_](?:[^\W\d]|-)*+\d[\w-]*+"  # possessive: linear
# a list's item that carries digits before or after a name: "Mmp3, " before, ", Adamts18" after
ITEM_BEFORE = re.compile(rf"(?<![\w.-]){_NAME}{_PARTS}$")
ITEM_AFTER = re.compile(rf"(?<![^\S\n]){_PARTS}{_NAME}(?=[\s,;:.)\]]|$)")
_NAME_ITEM = re.compile(_NAME)
_MEMBER = re.compile(r"(?<!\d)\d$")  # "PAK5": a member's one digit, no citation's two
# "SLC17A6", "Col4a1": digits inside a gene's name, which ends in digits too; not a
# program's, "Blast2logo"
_INSIDE = re.compile(r"\d[^\W\d_]+\d+$")
# "Kraken2 (version 2.1.1)", "“Bowtie2” (version 2.0", "bowtie2 (v.2.3.4)", "Eagle2 v2.3"
_PROGRAM = re.compile(
    r"(?<![\w-])([^\W\d_][\w-]*?)(\d+)[\"”’']?[^\S\n]*\(?(?:v|ver|version)\.?[^\S\n]?(\d+)"
)
# "the ggplot2 package", "Primer3 software": a name's one digit, then what it names
_PROGRAM_NOUN = re.compile(
    r"(?<![\w-])([^\W\d_][\w-]*?[^\W\d_][1-9])[^\S\n]"
    r"(?:package|software|pipeline|program|toolkit|library|plugin|vector|plasmid)s?\b"
)
# an operator beside the word a power is glued to: "× width2", "weight/height2", "width2 ×"
_OPERATOR_BEFORE = re.compile(r"[×*·/][^\S\n]*[(\[]?$")
_OPERATOR_AFTER = re.compile(r"(?:\)|(?<![^\S\n]))[^\S\n]*+[×*·]")
_POWERS = ((2,), (3,))
_DIGITS = re.compile(r"\d*")
_ORBITALS = ("HOMO", "LUMO", "SOMO")
# a long form's number, then the name it defines with the same digits: "nexin 7 (SNX7)"
_DEFINED = re.compile(r"(?<=[\s-])(\d+)[^\S\n]?\(([^\W\d_][\w-]*?)(\d+)\)")
# the number inside the long form, then words without digits, brackets or a clause's end:
# "time to 50% diastolic stress (RT50)", "volume in 1 second (FEV1)"
_DEFINED_INSIDE = re.compile(
    r"(?<![\w.,])(\d+)(?![\d.,]?\d)[^\d()\[\]{}.;:\n]{1,60}?[^\S\n]\(([^\W\d_][\w-]*?)(\d+)\)"
)


def its_own(text: str, c: Candidate) -> list[tuple[str, float]]:
    """Why the digits of ``c``, a flattened superscript, belong to what they are glued to,
    each reason with its weight (none: no such form)."""
    if not c.start or not c.numbers:
        return []
    before = text[c.start - 1]
    if before == "+":
        return _signed(text, c)
    if before == ".":
        return a_dotted_name(text, c)  # "AAVrh.74.MHCK7", "TC0123.hg.1"
    if not before.isalpha() and before not in ")]":
        return []
    out = []
    if c.numbers in _POWERS and _in_a_formula(text, c):
        out.append(("a power in a formula", FORMULA))
    if not before.isalpha():
        return out
    word, ws = word_before(text, c.start)
    start = ws
    while start > max(0, ws - 40) and (text[start - 1].isalnum() or text[start - 1] in "_-"):
        start -= 1  # the token the digits end: "SLC17A" of "SLC17A6", "Iso-Seq" of "Iso-Seq3"
    name = text[start : c.start] + _DIGITS.match(text, c.start).group()  # type: ignore[union-attr]
    if name in _programs(text):
        out.append((f"'{name}' is a program named with its version", PROGRAM))
    elif name in _defined(text):
        out.append((f"'{name}' is defined after a long form with its number", DEFINED))
    elif _listed_with_names(text, c, start, word):
        out.append((f"'{name}' is listed with names that carry digits", LISTED_NAME))
    elif (
        len(c.numbers) == 1
        and c.numbers[0] < 10
        and IN_TURN not in c.why
        and not word_counts(text).mostly_alone(word)  # "the ETNP7." where ETNP stands alone
        and _named_again(text, name)
    ):
        out.append((f"'{name}' is named again, its number cited before", NAMED_AGAIN))
    return out


@lru_cache(maxsize=256)
def _named_again(text: str, name: str) -> bool:
    """Whether a name with a member's one digit ("Notch1", "Cas9", "SOX2") is printed twice
    or more, and its digit was cited cleanly ("disease.1 ", "disease1. ") before
    it first occurs: a member named again and again, where an author cited by name ("Roe1
    showed") is most often the first citation of that number."""
    found = [m.start() for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?!\d)", text)]
    if len(found) < 2:
        return False
    cited = re.compile(rf"(?:[a-z]|[^\W\d_][.,;:)]){name[-1]}(?=[.,;:)]?\s)")
    return cited.search(text, 0, found[0]) is not None


def _listed_with_names(text: str, c: Candidate, start: int, word: str) -> bool:
    """Whether the token the candidate ends is an item of a list beside another item that
    carries digits: one of its family ("AAV1, AAV2": the same letters, other digits), or a
    name with digits inside ("SLC17A6") or a member's one digit ("PAK5"), where its word is
    no word the text uses alone more than with digits. Not beside names each cited
    ("limma59, edgeR60": two digits; "McIntyre5 and DeLuca6", "Tool14 and Lo2go15": one
    after the other; or names the text cites in turn)."""
    if IN_TURN in c.why or (len(c.numbers) > 1 and "," in text[c.start : c.end]):
        return False  # "Tlr2,4": a group, where a list's next item would be a name
    stem = text[start : c.start]
    for beside in (
        ITEM_BEFORE.search(text, max(0, start - 60), start),
        ITEM_AFTER.match(text, c.end),
    ):
        item = _NAME_ITEM.search(beside.group()) if beside else None
        if item is None:
            continue
        name = item.group()
        if name.startswith(stem) and name[len(stem) : len(stem) + 1].isdecimal():
            return True
        last = name[len(name.rstrip("0123456789")) :]
        if last and abs(int(last) - c.numbers[0]) == 1:
            continue  # "NNAlign14 and Blast2logo15": each cited, one after the other
        named = _INSIDE.search(name) is not None or _MEMBER.search(name) is not None
        if named and not word_counts(text).more_alone(word):
            return True
    return False


def _in_a_formula(text: str, c: Candidate) -> bool:
    """Whether the word (or the bracket) a 2 or a 3 is glued to is an operand of a product
    or a quotient: "length × width2", "weight/(height2)", "(width2 × length)"."""
    i = c.start
    if text[i - 1] in ")]":
        opener = "(" if text[i - 1] == ")" else "["
        i = text.rfind(opener, max(0, i - 40), i - 1)
        if i < 0:
            return False
    else:
        i = word_before(text, i)[1]
    return bool(
        _OPERATOR_BEFORE.search(text, max(0, i - 4), i) or _OPERATOR_AFTER.match(text, c.end)
    )


def _signed(text: str, c: Candidate) -> list[tuple[str, float]]:
    """A number after a word and its plus sign: a signed score ("Joint+10") or an orbital's
    offset ("LUMO+1"); not an ion's or a cell's sign ("Na+", "NAD+", "CD8+")."""
    word, _ = word_before(text, c.start - 1)
    if word in _ORBITALS or (len(word) >= 3 and any(ch.islower() for ch in word)):
        return [("a signed value after its word", SIGNED)]
    return []


@lru_cache(maxsize=2)
def _programs(text: str) -> frozenset[str]:
    """The programs the text names with their version's major number ("Kraken2" where it
    prints "Kraken2 (version 2.1.1)") or with one digit before what they are ("the ggplot2
    package", "Primer3 software", "the Lentiv2 vector")."""
    versioned = (m.group(1) + m.group(2) for m in _PROGRAM.finditer(text) if m[2] == m[3])
    return frozenset((*versioned, *(m.group(1) for m in _PROGRAM_NOUN.finditer(text))))


@lru_cache(maxsize=2)
def _defined(text: str) -> frozenset[str]:
    """The names the text defines after a long form ending in, or holding, the same number
    ("SNX7" where it prints "sorting nexin 7 (SNX7)", "RT50" where it prints "relaxation
    time to 50% diastolic stress (RT50)")."""
    return frozenset(
        m[2] + m[3]
        for pattern in (_DEFINED, _DEFINED_INSIDE)
        for m in pattern.finditer(text)
        if m[1] == m[3]
    )
