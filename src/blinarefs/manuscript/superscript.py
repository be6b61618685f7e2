"""Which superscript digits in a Word file are citations.

In a .docx the form is known: a run set superscript (directly or through a character
style) holds digits. Most such runs are citations, but not all: affiliations in the author
block ("Jane Roe¹˒²"), exponents ("10⁶", "m²", "χ²", "I²"), charges ("Ca²⁺") and footnote
labels at the start of a line are superscript digits too. This module tells them apart by
what the run holds and what stands before it; it never guesses from plain digits.
"""

from __future__ import annotations

import re

from ..trace.candidates import DASHES, expand_numbers, words
from .exponents import ELEMENTS as _ELEMENTS
from .exponents import after_e_notation, counts_a_labelled_formula, power_of_a_number

SUPERSCRIPT_DIGITS = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")

# A citation group as a superscript prints it: "1", "1,2", "3–5", "1, 4-6", "[2]", "(7)",
# and "4 5" (a space for the comma, as some journals print a list of superscripts). Ranges
# take any dash, the figure dash "‒" too (some journals set their ranges with it).
RANGE_DASHES = DASHES + "‒"
_GROUP = re.compile(r"^[\[(]?\s*(\d+(?:\s*[,;\-–—‐‑−‒]\s*\d+|\s+\d+)*)\s*[\])]?[.,;:]?$")
_SPACED = re.compile(r"(?<=\d)\s+(?=\d)")
# Units whose square or cube is written with a superscript: "m²", "mg/m²", "cm³".
_UNITS = words(
    "m cm mm km um μm µm nm dm in ft yd mi s sec min h hr kg g mg mol l ml dl pa kpa mpa gpa"
)
# Units never squared or cubed: a mass, an amount, a volume by its prefix ("25 kg²." cites;
# a lone "l" or "g" may be a variable's square)
_UNSQUARED = words("kg mg µg μg ug mol mmol ml dl µl μl")
# Words that name a thing by a capital letter after them: "vitamin D³" and "hepatitis B²"
# are names with a citation, not a variable squared or cubed.
_NAMED_BY_LETTER = words(
    "vitamin vitamins hepatitis type types group groups factor protein class phase grade "
    "stage strain serotype subtype genotype clade lineage"
)
# An amino acid's three-letter code and a Greek letter, a hyphen between them or not: a side
# chain's atom, whose position is raised after it ("Ile-δ1", "Leuδ2", "Valγ1" in NMR labelling).
_AMINO_ACID_ATOM = re.compile(
    r"(?<![^\W\d_])(?:Ala|Arg|Asn|Asp|Cys|Gln|Glu|Gly|His|Ile|Leu|Lys|Met|Phe|Pro|Ser|Thr|Trp"
    r"|Tyr|Val)[-‐]?[α-ω]$"
)
# An atom's shell, its principal number glued to the orbital's letter, and the electrons the
# orbital holds at most (an electron configuration: "5d⁸", "[Xe]4f¹⁴").
_ORBITAL = re.compile(r"(?<![\w.])[1-7][spdf]$")
_ELECTRONS = {"s": 2, "p": 6, "d": 10, "f": 14}
# A one-digit number after a times sign: the base of a power in a product ("8 × 2⁷").
_TIMES_DIGIT = re.compile(r"[×⋅·][^\S\n]?(?<!\d)[2-9]$")
# A genus's name in mid-sentence, before "sp" (a species): "from Bacillus sp".
_GENUS = re.compile(r"[a-z,;]\s+[A-Z][a-z]{3,}\s+$")
# What stands before a word that is a term of a product or a quotient: "× width", "/(height",
# "weight/height"; and what stands after one: "width² × length".
_IN_FORMULA = re.compile(r"(?:[×*·⋅]\s*|/\(?)$")
_PRODUCT_AFTER = re.compile(r"[^\S\n]?[×·⋅]")
# A number then a space: what stands before a unit written after its quantity ("30 s").
# A quantity a comparison bounds, its unit's letter glued to it: "≤ 140A" (ångströms typed
# as A), "= 5m": a value and its unit, never a figure's panel ("Figure 3A")
_COMPARED_QUANTITY = re.compile(r"[=<>≤≥≈~][^\S\n]?\d+(?:[.,]\d+)?[^\W\d_]$")
_AFTER_QUANTITY = re.compile(r"\d[\s\u00a0]$")
# What stands before a letter that stands alone: "σ²", "(x³", "P = P²", "[d²".
_STANDING_ALONE = frozenset(" \t\n\u00a0\u2009([{=,;:/")
# A statistic whose degrees of freedom were flattened to digits before its square: "χ21²".
_STATISTIC = re.compile(r"(?:^|[\s(\[])[χΧ]\d{1,3}$")
# What makes a bracket an expression ("x + 1", "a/b"), and what makes it prose or a statement.
_OPERATOR = re.compile(r"[+\-−×*/]")
_PROSE_IN_BRACKETS = re.compile(r"[=<>≤≥]|[^\W\d_]{3,}|[A-Z]{2}")
# anchored: it is only ever matched whole, and unanchored it is quadratic in a run of digits
_INTERVAL = re.compile(r"\A\s*[-−]?(?:\d+|[^\W\d_])\s*,\s*[-−]?(?:\d+|[^\W\d_])\s*")
# First words of the headings that end the title and author block, numbered or not ("1.
# Introduction", "I. INTRODUCTION", "1 | INTRODUCTION" as Wiley prints it); and the names of
# a body's first sections when a heading is nothing else ("Methods", "2. Case report"): a
# short communication may open with one.
_SECTION_NUMBER = r"(?:(?:\d{1,2}(?:\.\d{1,2})*|[IVX]{1,4})(?:\s*[.:|)\-–]\s+|\s+))?"
FRONT_END = re.compile(
    rf"^\s*{_SECTION_NUMBER}(?:(?:abstract|summary|introduction|background|main text)\b"
    r"|(?:(?:materials?|patients|subjects)\s+and\s+methods|methods|methodology|results"
    r"|discussion|case\s+(?:report|presentation|description)s?)\s*(?:[.:]\s*)?$)",
    re.I,
)


# spaces before the separator from the start of their run only: linear on a long run
_NOTE_LETTER = re.compile(r"(?:(?<!\s)\s+)?[,;]\s*[a-z]\b(?=\s*(?:[,;]|$))")
# a note's mark raised after the numbers: "12*", "3,4,†"
_NOTE_MARK = re.compile(r"(?<=\d)[,;]?\s*[*†‡§¶]+$")
_LOCATOR = re.compile(r"(\d):\d+(?:[-–]\d+)?")
# "(3), (4)", "(5)-(7)", "[1][2]": each number in its own brackets, the group as one
_EACH_BRACKETED = re.compile(r"[\])]\s*(?:([,;\-–—‐‑−‒])\s*)?[\[(](?=\s*\d)")
# "28b": the second work of a numbered pair; "1a–c": the first three works of number 1
_SUB_LETTER = re.compile(r"(\d)[a-z](?:\s*[-–‐]\s*[a-z])?\b")
# A word glued to a citation whose space was forgotten ("growth.¹Oral", "evidence⁷and"):
# longer than an element's symbol, so "¹²⁵I", "⁶⁰Co" and "¹³C" stay isotopes. It may end
# where the next citation starts ("Lamium,⁶⁶Chelonopsis,⁶⁷Salvia⁶⁸").
_GLUED_WORD = re.compile(r"(?:[A-Z][a-z]{2,}|[a-z]{2,})(?![^\W\d_])")
# A short word after a group glued to the punctuation before it ("candidiasis.⁷˒⁸In",
# "components.⁹A survey"): a citation, unless the group is an isotope's mass number.
_SHORT_WORD = re.compile(r"[A-Z][a-z]?(?![^\W\d_])")
# What a charge is raised after: an element ("Ca", "Fe3") or a bracket ("[Fe(CN)6]").
ION = re.compile(r"(?:\b[A-Z][a-z]?\d*|[)\]])$")
# An NMR coupling constant's bond count typed apart from its J: "³ J(H,H)", "² J HPt=26".
_COUPLING = re.compile(r"[^\S\n]J(?=[^\S\n]?[(A-Z=\d])")
# An element's symbol after a space, no letter glued after it: "¹³ C NMR", "¹⁹⁵ Pt and".
_SPACED_SYMBOL = re.compile(r"[^\S\n]([A-Z][a-z]?)(?![^\W\d_])")
# What may follow an isotope's symbol: a mark, a capital ("NMR"), a hyphen before no word.
_AFTER_SYMBOL = re.compile(r"$|[.,;:)\]{}/]|[-‐‑–][^a-z]|[^\S\n][A-Z\d]")
# A substituent's label: a lone R, X or Ar raised with one digit, then what defines it or
# lists the next ("R¹ = Me", "R¹ is an alkyl", "R¹, R²", "X¹ and X²", "R¹-substituted")
_SUBSTITUENT = re.compile(r"(?:^|[\s(\[,;/])(?:R|X|Ar)$")
_DEFINED = re.compile(
    r"[^\S\n]?(?:[=≠]|(?:[,/]|and)[^\S\n]?(?:R|X|Ar)(?![^\W\d_])|(?:is|are|was|were)[^\S\n]"
    r"|[-‐‑]?substitut|groups?\b)"
)
# A word and a hyphen before a name's number: "pes-10", "IL-10", a code's "CH05-10" (a
# word that opens with a letter; not a power of ten, and not a range's "1-10").
_HYPHENED = re.compile(r"(?<!\w)[^\W\d_]\w*[-‐‑]$")
# A peptide's residues in one-letter code after the number of its first ("6IFVI", "82MKR").
_RESIDUES = re.compile(r"(?<!\d)(\d{1,4})([ACDEFGHIKLMNPQRSTVWY]{2,})$")
# The end of a clause of prose glued before a raised number: a small word, then its mark.
_CLAUSE_END = re.compile(r"[a-z]{3}[)\]]?[.,;:]$")
# Symbols that are English words or common surnames too ("In this study", "As shown", "I",
# "Li et al."): the prose's next word unless a mark or a capital follows them.
_WORD_SYMBOLS = frozenset({"I", "In", "As", "At", "He", "Be", "No", "Am", "Li", "Ho", "Lu"})


def citation_numbers(group: str) -> tuple[int, ...] | None:
    """The numbers a superscript citation group names, or None when it is no group. A
    footnote letter in the group ("2,11,e"), a page after a colon ("16:60") and the letter
    of a numbered pair ("28b") are left out; numbers bracketed one by one ("(3), (4)") are
    one group, each number once ("1a, 1b": reference 1's parts)."""
    if len(group) > 300:
        return None  # a raised passage, not a group (and no work for the patterns)
    group = _LOCATOR.sub(r"\1", _NOTE_LETTER.sub("", _NOTE_MARK.sub("", group.strip())))
    group, parts = _SUB_LETTER.subn(r"\1", group)
    group = _EACH_BRACKETED.sub(lambda m: m.group(1) or ",", group)
    m = _GROUP.match(group.strip())
    if not m:
        return None
    numbers = expand_numbers(_SPACED.sub(",", re.sub(r"[\-–—‐‑−‒]", "-", m.group(1))))
    # "1a, 1b, 7": parts of one reference share its number, named once
    return tuple(dict.fromkeys(numbers)) if parts and numbers else numbers


def is_citation(text: str, start: int, end: int, paragraph_start: int) -> bool:
    """Whether the superscript ``text[start:end]`` reads as a citation where it stands.

    The caller has already left out the author block (see :data:`FRONT_END`)."""
    group = text[start:end].strip()
    if citation_numbers(group) is None:
        return False
    end = start + len(text[start:end].rstrip())
    if not text[paragraph_start:start].strip():
        return False  # at the start of a line: an affiliation or a note label
    after = text[end : end + 2]
    # an ion's charge, "Ca²⁺"; with an en dash ("[Pt₆(CO)₁₂]²–") only after an element or a
    # bracket, as a dash may open an aside after a citation
    if (
        after[:1] in ("+", "⁺", "-", "−", "–")
        and not after[1:].isalnum()
        and (after[:1] != "–" or ION.search(text, max(paragraph_start, start - 8), start))
    ):
        return False
    if labels_after_a_space(text, start, end):
        return False
    glued = after[:1].isalnum() or (after[:1] in "-‐‑" and after[1:].isalpha())
    # a word glued after is a forgotten space when the group is glued before too; after a
    # space it is a label of what follows ("; ²Department of ...")
    # after a space or an opening bracket or slash it is a label of what follows ("(²¹⁰Pb")
    opened = text[start - 1 : start].isspace() or text[start - 1 : start] in ("(", "[", "/")
    if glued and (opened or not _forgotten_space(text, start, end)):
        return False  # glued to what follows: an isotope "¹²⁵I", a label "mc²155", "sp²-"
    return not is_power(text, start, end, paragraph_start)


def _forgotten_space(text: str, start: int, end: int) -> bool:
    """Whether the word glued after a raised group starts a new word of the prose: a word
    longer than an element's symbol, or a short one ("In", "We", "A") after a group glued to
    the punctuation that ends a clause, when the group is no mass number of that element, or
    a number after such a group."""
    if _GLUED_WORD.match(text, end):
        return True
    if text[end : end + 1].isdigit():
        # ".¹³1 was": the next sentence opens with a number (a compound's); after a word a
        # raised number glued to digits is a label ("mc²155")
        return _CLAUSE_END.search(text, max(0, start - 8), start) is not None
    if not _SHORT_WORD.match(text, end) or text[start - 1 : start] not in (".", ",", ";", ":"):
        return False
    return not is_isotope(text, start, end)


def labels_after_a_space(text: str, start: int, end: int) -> bool:
    """Whether the raised number ``text[start:end]`` labels the symbol after a space rather
    than citing: an NMR coupling constant's bond count ("¹ J(P,F)", "³ J HH") or an
    isotope's mass number ("¹³ C NMR", "¹ H,", "¹⁹⁵ Pt and"), as a file keeps them when
    the number and the symbol were typed or converted apart. Before a word ("¹⁵ N labelled"),
    only a number standing apart from the word before it: a citation glued to its
    sentence may be followed by one that opens with a symbol ("in mice.¹² B cells"); a
    symbol that is a word too ("In", "As", "Li") is the next word of the prose unless a
    mark or a capital follows it, after a number standing apart."""
    group = text[start:end]
    if not group.isdigit():
        return False
    if len(group) == 1 and _COUPLING.match(text, end):
        return True
    symbol = _SPACED_SYMBOL.match(text, end)
    if symbol is None or not is_isotope(text, start, end, symbol.start(1)):
        return False
    follows = text[symbol.end() : symbol.end() + 2]
    apart = not text[start - 1 : start].strip() or text[start - 1] == "("
    word = symbol.group(1) in _WORD_SYMBOLS
    if _AFTER_SYMBOL.match(follows):
        # glued to the mark that ends a clause of prose, it closes the clause: the next one
        # may open with a symbol's name ("autolysosomes.⁴¹ V-ATPase", "cells,⁹ B-cell")
        return apart or not (word or _CLAUSE_END.search(text, max(0, start - 8), start))
    return apart and not word and re.match(r"[^\S\n][a-z]", follows) is not None


def is_isotope(text: str, start: int, end: int, at: int | None = None) -> bool:
    """Whether the raised ``text[start:end]`` is the mass number of the element whose symbol
    follows it (at ``at``, else glued: "¹³C", "¹¹¹In"; not ".⁵In"): at least the element's
    atomic number Z and at most about 2.6 Z (the heaviest isotopes known), with room for the
    lightest elements."""
    symbol = _SHORT_WORD.match(text, end if at is None else at)
    mass = text[start:end]
    if symbol is None or not mass.isdecimal() or symbol.group() not in _ELEMENTS:
        return False
    z = _ELEMENTS.index(symbol.group()) + 1
    return z <= int(mass) <= 3 * z + 4


def is_power(text: str, start: int, end: int, paragraph_start: int) -> bool:
    """Whether the raised ``text[start:end]`` is a power, an index or a label of what stands
    just before it ("10⁶", "m²", "σ²", "(x + 1)²"), whatever follows."""
    group = text[start:end].strip()
    if after_e_notation(text, start, paragraph_start):
        return True
    before = text[paragraph_start:start].rstrip("\u00a0")
    spaced = before != before.rstrip()
    if spaced:
        before = before.rstrip()  # "et al. ¹": a space before a citation is common
    last = before[-1:]
    if group.endswith(")") and not group.startswith("("):
        return False  # "10⁸⁹⁹⁾": a journal's "12)" citation style, never a power
    if last.isdigit():
        if not spaced and power_of_a_number(text, start, end, paragraph_start):
            return True  # "2¹⁰ = 1024", "a 2³ factorial design", "16,384 (ie, 4⁷)"
        if group == "2" and _STATISTIC.search(before):
            return True  # "χ21²": chi-squared with its degrees of freedom
        # "10⁶", "×10³" and "1x10³" are powers; after any other number a citation is glued
        # to it, and after a name ending in 10 ("IL10⁹˒¹⁰", "SOX10⁴⁸", "CD10¹²", "pes-10³⁸")
        tail = before[-40:]  # a slice: searched whole, a paragraph would make it quadratic
        number = re.search(r"([^\W\d_]*)(\d+)$", tail)
        if number is None:
            return False
        if _TIMES_DIGIT.search(tail, max(0, number.start(2) - 3)):
            return True  # "8 × 2⁷": a one-digit base to a power, a term of a product
        named = _HYPHENED.search(tail, 0, number.start(2)) is not None
        return number.group(2) == "10" and number.group(1) in ("", "x", "X") and not named
    if last.isalpha():
        if counts_a_labelled_formula(text, start, paragraph_start):
            return True  # "¹¹¹InCl³": a formula's count raised by mistake, not a citation
        if group in ("2", "3") and _PRODUCT_AFTER.match(text, end):
            return True  # "(width² × length)": a term of a product
        if group in ("2", "3") and _COMPARED_QUANTITY.search(before, len(before) - 16):
            return True  # "PSA ≤ 140A ²": a unit glued to a bounded quantity, squared
        if (
            len(group) == 1
            and not spaced
            and _SUBSTITUENT.search(before, len(before) - 3)
            and _DEFINED.match(text, end)
        ):
            return True  # "R¹ = Me", "R¹ is an aryl group": a substituent's label
        return _residues(before, group) or _power_or_label(before, group, spaced)
    if last in "-–−" and group in ("1", "2", "3"):
        # "mol–¹", "s-²", "mn-¹", "ha-¹": a unit's negative power, its sign left unraised (a
        # short word glued to the sign is a unit, whatever its language: no citation follows
        # a hyphen)
        unit = re.search(r"[^\W\d_]+$", before[:-1])
        return unit is not None and (unit.group().lower() in _UNITS or len(unit.group()) <= 3)
    if last in "-–−" and group.isdigit() and before[:-1].endswith("10"):
        return True  # "1 × 10–⁵": a power of ten, its sign left unraised
    if last in ")]" and group.isdigit() and len(group) <= 2:
        return _bracket_power(before, group)
    return False


def _bracket_power(before: str, group: str) -> bool:
    """After a bracket: "(x + 1)²", a bracketed expression squared, when the bracket
    divides ("kg/[height(m)]²"), is an interval or a point ("[0, 1]²"), holds an operator or
    is a term of an expression ("exp(−(nπ)² t)": after a sign or inside a bracket); any
    power of an expression in an equation ("τ = 2(γ/σ)⁶"). A statement ("(n = 12)³",
    "(P < .05)²") or words ("(COVID-19)³", "(ref. 4-5)²") are prose before a citation."""
    last = before[-1]
    opening = before.rfind("(" if last == ")" else "[", max(0, len(before) - 30))
    if opening < 0:
        return False
    inner = before[opening + 1 : -1]
    expression = _OPERATOR.search(inner) is not None and not _PROSE_IN_BRACKETS.search(inner)
    if group not in ("2", "3"):
        # the bracket is the term just after an equals sign ("= 2(", "=(")
        return (
            expression
            and re.search(r"=\s*[^\s=]{0,12}$", before[max(0, opening - 20) : opening]) is not None
        )
    if before[opening - 1 : opening] == "/" or _INTERVAL.fullmatch(inner):
        return True
    # a term inside an expression: after a sign or in another bracket ("exp(−(nπ)² t)")
    inside = before[opening - 1 : opening] in ("(", "[", "−", "-", "+", "×", "*")
    return expression or (inside and not _PROSE_IN_BRACKETS.search(inner))


def _residues(before: str, group: str) -> bool:
    """Whether a raised number closes a peptide's residues in one-letter code that a number
    opens ("⁶IFVI⁹", "Δ82MKR⁸⁴"): the number of its last residue, the first's plus the
    count of letters less one."""
    found = _RESIDUES.search(before, max(0, len(before) - 30))
    if found is None or not group.isdecimal():
        return False  # raised characters ("¹³") are no number to read
    return int(found.group(1)) + len(found.group(2)) - 1 == int(group)


def _power_or_label(before: str, group: str, spaced: bool = False) -> bool:
    """After a word: "m²", "km³" (a unit), "R²", "σ²", "Å²" (a letter standing alone,
    squared or cubed), "x⁴", "σ¹²" (a small letter or a Greek one: a power or an index),
    "ηp²" (a Greek-led statistic). A capital standing alone is often a name ("hepatitis
    B¹²"), so only its square and cube are powers; after a hyphen a letter is part of a
    name ("UV-B⁸", "TNF-α³"), and so is a capital after a word that names by letters
    ("vitamin D³")."""
    word = re.search(r"[^\W\d_]+$", before)
    token = word.group() if word else ""
    ahead = before[-len(token) - 1 : -len(token)] if token else ""
    if (
        token.lower() in _UNITS
        and group in ("2", "3")
        and ahead not in ("’", "'")
        and token.lower() not in _UNSQUARED
    ):
        # a unit squared or cubed, not a possessive's "s" ("Crohn’s²"); a mass, an amount or
        # a volume written with its prefix takes no power: "weighs 25 kg²." cites
        return True
    if token.lower() in _UNITS and (ahead == "/" or _AFTER_QUANTITY.search(before[: -len(token)])):
        # "30 s¹⁵", "5 m⁸", "ft³/s³⁵": a unit after its quantity or under a slash is
        # squared or cubed only
        return False
    if token in ("R", "r") and group == "2" and ahead in ("-", "‐"):
        return True  # "pseudo-R²", "adjusted-R²": a coefficient of determination
    if token in ("x", "y", "z") and ahead.isdigit() and group in ("2", "3"):
        return True  # "0.003x²": a polynomial's term, its coefficient before it
    if _ORBITAL.search(before, max(0, len(before) - 4)) and group.isdecimal():
        # "5d⁸", "4f¹⁴", "2p⁶": an atom's shell and its electrons, as many as it holds
        return int(group) <= _ELECTRONS[token]
    if len(group) == 1 and _AMINO_ACID_ATOM.search(before, max(0, len(before) - 6)):
        return True  # "Ile-δ¹", "Valγ²": a side chain's atom, its position raised
    alone = len(before) == len(token) or ahead in _STANDING_ALONE
    if not alone:
        return False
    if group in ("2", "3") and (
        token.lower() == "chi" or _in_formula(before[: -len(token)], token)
    ):
        return True  # "Chi²" spelled out; "length × width²", "weight/(height²)": a formula
    if token == "sp" and group in ("2", "3"):
        # an orbital's hybridisation ("the sp³ carbon"), not a species after its genus
        # in mid-sentence ("from Bacillus sp³")
        return _GENUS.search(before[: -len(token)]) is None
    if len(token) == 1:
        if token.isupper() and _last_word(before[: -len(token)]) in _NAMED_BY_LETTER:
            return False
        # "P⁽¹⁾", "x⁽ᵏ⁾": a bracketed index of a symbol; a small Latin letter's power or
        # index is glued to it ("x⁴"), and after a space a raised number cites ("parts a,b
        # ⁷⁸"); a Greek letter's is an index even apart ("κ ¹-(P)", a ligand's hapticity)
        indexed = is_greek(token) or group[0] == "(" or (token.islower() and not spaced)
        return group in ("2", "3") or indexed
    return len(token) == 2 and is_greek(token[0]) and group == "2"


def _in_formula(before: str, token: str) -> bool:
    """Whether the word before a raised 2 or 3 is a term of a product or a quotient ("×
    width²", "weight/(height²)", "weight/height²"); "and/or²" is no quotient."""
    found = _IN_FORMULA.search(before)
    return found is not None and (found.group() != "/" or len(token) >= 4)


def _last_word(text: str) -> str:
    word = re.search(r"([^\W\d_]+)\s*$", text[-40:])
    return word.group(1).lower() if word else ""


def is_greek(ch: str) -> bool:
    return "\u0370" <= ch <= "\u03ff"
