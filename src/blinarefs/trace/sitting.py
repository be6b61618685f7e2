"""How a run of digits sits in its text, as evidence that a copy flattened a superscript
there: glued to a word, after punctuation, after a space, after a parenthesis.

:func:`classify_run` gives each run a strength (see :mod:`blinarefs.trace.decode` for what
each strength needs to be accepted) or None where the digits are the text's own: a unit's
power, a label, a decimal, a version, a quantity. Pure: a few characters looked at around
each run, shared by :mod:`blinarefs.trace.superscripts` and :mod:`blinarefs.trace.glued`.
"""

from __future__ import annotations

import re

from .candidates import ACRONYM, DASHES, MEDIUM, STRONG, WEAK, Candidate, expand_numbers, words
from .cited_nouns import a_decades_s, possessive_strength
from .lost_space import glued_before_a_word
from .numberwords import (
    CLAUSE_WORDS,
    DETERMINERS,
    LABEL_ABBREVIATIONS,
    LABEL_WORDS,
    QUANTITY_GOVERNORS,
    QUANTITY_WORDS,
    UNIT_WORDS,
)
from .punctuated import ASIDE_AFTER, GREEK, YEAR, is_et_al, strength_after_punct
from .quantities import quantitys_value, spaced_superscript
from .short_acronyms import after_an_abbreviation
from .textpos import (
    CLOSERS,
    HSPACE,
    YEAR_END,
    after_is_boundary,
    at_clause_end,
    sentence_break_after,
    word_before,
)


def _strength_glued_word(text: str, start: int, end: int) -> int | None:
    word, ws = word_before(text, start)
    if word == "al" and is_et_al(text, ws):
        return STRONG
    before = text[ws - 1] if ws > 0 else ""
    if word == "s" and a_decades_s(text, ws):
        return MEDIUM  # "in the 1980s13,", "since the 1990s4.", "in the 1990’s5."
    if word == "s" and (owner := possessive_strength(text, ws)):
        return owner  # "In Roe et al’s8 study", "Doe's12 model": an author's work cited
    if before == "/" and len(word) < 4 and _unit_after_a_value(text, ws, start, end):
        return MEDIUM  # "of -0.85 kcal/mol10,37,38.": a unit's last part, then a superscript
    if before.isdigit() or before in "^_\\" or (before == "/" and len(word) < 4):
        return None  # BNT162b2, mg/m2, x^2, TeX macros; but "race/ethnicity21,23"
    low = word.lower()
    if GREEK.search(word) or low in QUANTITY_WORDS:
        # "TNF-α235." at a clause end may be a superscript; "αvβ3 integrin", "β2", "day 7"
        # in mid-clause are names and labels
        if not at_clause_end(text, end):
            return None
        return MEDIUM if low in QUANTITY_WORDS and _a_compounds_head(text, ws) else WEAK
    if word.islower() and len(word) > 1 and ws >= 2 and before in DASHES and text[ws - 2].isalpha():
        return STRONG  # "follow-up7", "scale-up260."; not a solvent's "DMSO-d6"
    if word in _SHORT_WORDS and not _AFTER_A_NUMBER.search(text, max(0, ws - 3), ws - 1):
        return MEDIUM  # "as described in31", "associated with it29."
    if after_an_abbreviation(text, start, end):
        return MEDIUM  # "do DE9.", "no SE1.": an abbreviation the text prints alone
    if len(word) == 2 and word.isupper() and end - start > 1:
        # "in the US14.", "the summary OR20.", as "in PDAC100." (but "CD44"); "CO2" and "NO3"
        # are formulae
        return ACRONYM
    if len(word) < 3 or low in UNIT_WORDS or low in LABEL_WORDS:
        # "of 385 g50." or "around 10 y17–19.": a quantity's unit, then a superscript at a
        # clause end; but "10 mm2" is a square, "cm3" a cube: only a length (or a time, in
        # "m/s2") takes a power, so "25 kg2." and "18 Sv3." cite
        power = text[start:end] in ("2", "3") and _POWERED.fullmatch(word) is not None
        if (
            not power
            and at_clause_end(text, end)
            and _AFTER_A_VALUE.search(text, max(0, ws - 3), ws)
        ):
            return MEDIUM  # also "dried at 70 °C16,": the degree sign belongs to the unit
        if len(word) == 1 and word.isupper() and _a_letter_at_clause_end(text, ws, start, end):
            return ACRONYM  # "immobilize soil N35.", "in R43.": as "in PDAC100." (features)
        return None
    if word.isupper() or (word[-1] == "s" and word[:-1].isupper()):
        return ACRONYM  # "ALL1", "DCs26" or IKZF1: decided by whether "ALL" stands alone
    if len(word) > 3 and word[-1] == "s" and word[-2].isupper():
        # "of miRNAs9,", "designed gRNAs8 with": a plural names things, no gene or strain
        # is named so with its number after it (as "TNTs2" and "DCs26")
        return MEDIUM if at_clause_end(text, end) else WEAK
    if any(ch.isupper() for ch in word[1:]):
        # IgG4, mAb2: names, not superscripts; but "PI3K–AKT–mTOR95." ends a clause with
        # more digits than a name's number, and a long name in mixed case is a person's
        # or a program's ("McIntyre1 proposed", "GitHub53"): what the word does elsewhere
        # decides (features.py)
        if _MIXED_NAME.search(word):
            return MEDIUM
        return WEAK if end - start > 1 and at_clause_end(text, end) else None
    return MEDIUM if word[0].isupper() else STRONG


# units that take a square or a cube: lengths (and a time, "m/s2"), in any case
_POWERED = re.compile(r"(?i)[kcmdµμn]?m|ft|in|yd|mi|s|Å|a")  # "A3": an ångström cubed
_CUE = re.compile(r"(?:\b(?:e\.g|i\.e|cf)\.,?|\b[Ss]ee(?: also)?)$")
_ASIDE_END = re.compile(r"[.,;:)\]]|$")
# A range whose dash kept the space of a superscript's markup ("17– 21"), as prose prints none
_MARKUP_RANGE = re.compile(rf"\d[{DASHES}] \d")
_SHORT_WORDS = words("in to is it be of by as at on or we us an")
# A number, and a space (or a degree sign) before the word: searched only in the three
# characters before it, not from the text's start for every run
_AFTER_A_NUMBER = re.compile(r"\d[ \u00a0\u2009\u202f]?$")
_AFTER_A_VALUE = re.compile(r"\d[ \u00a0\u2009\u202f]?°?$")  # "10 mg", "70 °C"
# A value, then a unit whose last part follows a slash: "0.85 kcal/", "5 mg/", "2 cells/"
_VALUE_THEN_UNIT = re.compile(r"\d[ \u00a0\u2009\u202f]?[A-Za-zµμ°]{1,6}/$")
_BEFORE_A_LETTER = (
    LABEL_ABBREVIATIONS
    | LABEL_WORDS
    | QUANTITY_WORDS
    | words("vitamin strain clone lane panel group groups supplementary appendix chromosome")
)


def _a_compounds_head(text: str, ws: int) -> bool:
    """Whether the word at ``ws`` closes a compound of a lower-case noun ("the cell cycle",
    "the life cycle", "an ordinal level"): a noun, not a label of numbered things, which
    comes after a preposition or a determiner ("on day7", "at stage4", "the phase3")."""
    if text[ws - 1 : ws] != " ":
        return False
    before, _ = word_before(text, ws - 1)
    return len(before) >= 3 and before.islower() and before not in QUANTITY_GOVERNORS | DETERMINERS


def _unit_after_a_value(text: str, ws: int, start: int, end: int) -> bool:
    """Whether the short word before a run ends a unit with a slash after a value ("of 0.85
    kcal/mol10,37."), and the run, no power ("mg/m2"), ends a clause or an aside ("< 40
    mg/dL46, 53)")."""
    power = text[start:end] in ("2", "3")
    unit = _VALUE_THEN_UNIT.search(text, max(0, ws - 10), ws) is not None
    return unit and not power and (at_clause_end(text, end) or text[end : end + 1] == ")")


def _a_letter_at_clause_end(text: str, ws: int, start: int, end: int) -> bool:
    """Whether a capital letter that stands as a word ("soil N", "in R") carries two digits
    or a group at a clause end, after no label's or quantity's word ("Fig. S12.", "vitamin
    B12.", "group A12,"): a superscript as likely as a name, for the order to decide."""
    if end - start < 2 or not at_clause_end(text, end) or text[ws - 1 : ws] not in (" ", "("):
        return False
    gap = ws - 2 if text[ws - 2 : ws - 1] == "." else ws - 1  # "Fig. S12."
    label, _ = word_before(text, gap)
    return label.lower() not in _BEFORE_A_LETTER


_MIXED_NAME = re.compile(r"[a-z]{3}")  # "McIntyre", "SciPy", not "IgG", "mAb"


def _strength_after_space(
    text: str, start: int, numbers: tuple[int, ...], run: str, spaced: bool
) -> int | None:
    i = start
    while i > 0 and text[i - 1] in HSPACE:
        i -= 1
    if i == start or i == 0:
        return None
    head = text[max(0, i - 7) : i].lower()
    if re.search(r"\bet[^\S\n]al\.?,?$", head):
        return MEDIUM  # "Smith et al 1 report"
    word, _ = word_before(text, i)
    after = text[start + len(run) : start + len(run) + 1]
    stop = i - 2 if text[i - 1] in CLOSERS and i >= 2 else i - 1  # "was “rare.” 17 Another"
    if (
        text[stop] in ".!?"
        and sentence_break_after(text, start + len(run))
        and word_before(text, stop)[0].lower() not in LABEL_ABBREVIATIONS  # "Exp. 1 (6%)"
    ):
        return WEAK  # "in this group. 17 Another": a superscript a web copy spaced
    if spaced and spaced_superscript(text, i, start + len(run)):
        return WEAK
    if _CUE.search(text, max(0, i - 9), i) and _ASIDE_END.match(text, start + len(run)):
        return WEAK  # "(e.g., 27)", "(see 14)", "as reviewed in cf. 7;": a pointer to a work
    # "(Fig. 1 and Table 1) 45, 46, 47." or "by 2030 24 , 25.": a group after a parenthesis
    # or a year
    group_after = len(numbers) > 1 and (
        text[i - 1] in ")]" or YEAR_END.search(text, max(0, i - 4), i) is not None
    )
    then = text[start + len(run) : start + len(run) + 2]
    if text[i - 1] == ";" and len(numbers) > 1 and then[:1] == " " and then[1:].islower():
        # "of chronic inflammation; 8,9 histology shows": a group the copy spaced, then the
        # lower-case word the clause goes on with
        return WEAK
    if word.lower() in QUANTITY_GOVERNORS or not (word or group_after):
        return None
    if quantitys_value(text, i):
        return None  # "by a factor 9 in winter"
    if spaced and _MARKUP_RANGE.search(run):
        return WEAK  # "of the proteins 17– 21 along with": the markup's space after its dash
    if len(numbers) < 2:
        nxt = text[start + len(run) + 1 : start + len(run) + 2]
        if word.islower() and after in ".,;" and (not nxt or nxt in HSPACE + "\n"):
            return WEAK  # "como esperado 4. A presença": the same, at a clause end
        return None
    if not re.fullmatch(rf"\d+(?:(?:[{DASHES}]| ?, ?|\)[{DASHES},] \()\d+)+", run):
        return None
    if (
        after
        and after not in ".,;:)]\n" + CLOSERS
        and not (spaced and ASIDE_AFTER.match(text, start + len(run)))
    ):
        return None  # "cycles 3-6 of": a quantity in mid-clause; "the data 46,51–55 (see"
    return WEAK


def _a_count(text: str, start: int, end: int, numbers: tuple[int, ...]) -> bool:
    """Whether the run at ``start``, after a parenthesis that opens right after a letter or
    digit, can be a formula's count or a power: one number, or a group with a space that
    goes on to a list's next value ("Ca3(PO4)2, 5 g/L"), after no plural's "(s)" ("the
    mutation(s)29–31,", "generation(s)7": a word's optional ending, then citations)."""
    plural = text[start - 3 : start] == "(s)" or text[start - 4 : start] == "(es)"
    return (len(numbers) == 1 or " " in text[start:end]) and not plural


def _formula(text: str, close: int) -> bool:
    """Whether the parenthesis closing at ``close`` opens right after a letter or digit, or
    right after another group's close, as a formula chains its groups ("Pt(N3)2(OH)(py)2"),
    and holds no full stop or comma, which no formula's group holds: "LeuA(E.c)33" names a
    species' gene and "N(0,I)16" a distribution, each before a superscript."""
    opening = text.rfind("(", max(0, close - 40), close)
    return (
        opening > 0
        and (text[opening - 1].isalnum() or text[opening - 1] in ")]")
        and not any(ch in " .," for ch in text[opening:close])
    )


def classify_run(
    text: str, start: int, end: int, numbers: tuple[int, ...], spaced: bool = False
) -> int | None:
    if _LOCANT_AFTER.match(text, end):
        return None  # "taxa-4(5),11(12)-diene": a locant, then its own in parentheses
    if _FILE_EXTENSION.match(text, end):
        return None  # "the script Split9.py", "counts2.R", "table3.csv": a file's name
    if _LOCATOR_BEFORE.search(text, max(0, start - 30), start):
        return None  # "2019;4(2):9–16": a running head's or a reference's pages
    if not after_is_boundary(text, end):
        if _SENTENCE_GLUED.match(text, end) and _AFTER_A_WORDS_STOP.search(
            text, max(0, start - 4), start
        ):
            return MEDIUM  # "microbial growth.1Oral pathogens": a copy lost the space
        if _CLAUSE_GOES_ON.match(text, end) and _AFTER_A_WORD.search(
            text, max(0, start - 5), start
        ):
            return MEDIUM  # "based on evidence7and the", "publications11,18and": the same
        return glued_before_a_word(text, start, end)  # "(NCHS)16was", "plans31need"
    before = text[start - 1] if start > 0 else ""
    if text[end : end + 1] == ")" and before and not before.isspace() and before not in "(-":
        # "in the US86),", "LDL-C194),": a journal that prints its superscripts "86)"
        strength = _glued(text, start, end, numbers, spaced)
        if _closes_nothing(text, start) and (strength is None or strength < MEDIUM):
            return MEDIUM
        return strength
    return _glued(text, start, end, numbers, spaced)


_COMPARED = re.compile(r"[<>=≤≥~][^\S\n]?$")  # a value after a comparison
CITED_DIGITS = 3  # digits of a citation's number after a value's ("1.31115)": 1.31, 115)


def after_a_value_closed(text: str, start: int, end: int) -> list[Candidate]:
    """Readings of digits closed by a parenthesis that opens nowhere, as a journal that
    prints its superscripts "115)" leaves them after a value or a label's number: the
    value's last digits or places, then the citation ("1.31115)": 1.31 and 115, or 1.311
    and 15; "< 10899)"; "chromosomes 217)": 21 and 7, or the whole 217; "chromosome
    11,8)": 11, then 8). Weak, for the order of first citations to decide; not after a
    version's or a name's digits, nor a year: after a decimal point, a comparison or a
    word and a space."""
    run = text[start:end]
    if text[end : end + 1] != ")" or len(run) < 2 or not after_is_boundary(text, end + 1):
        return []
    before = text[start - 1 : start]
    decimal = before == "." and text[start - 2 : start - 1].isdigit()
    compared = _COMPARED.search(text, max(0, start - 3), start) is not None  # "< 10899)"
    labelled = before == " " and text[start - 2 : start - 1].isalpha()
    if not (decimal or compared or labelled) or YEAR.fullmatch(run):
        return []
    if not _closes_nothing(text, start):
        return []
    value = text[max(0, start - 12) : start].split()[-1:] or [""]
    comma = run.find(",")
    if labelled and comma > 0 and run[:comma].isdecimal():  # "chromosome 11,8)"
        numbers = expand_numbers(run[comma + 1 :])
        why = (f"after a label's number, '{value[0]} {run[:comma]}'",)
        return (
            [Candidate(start + comma + 1, end, "superscript", WEAK, numbers, why=why)]
            if (numbers)
            else []
        )
    if not run.isdecimal() or (expand_numbers(run) and not labelled):
        return []  # a number a citation can be as a whole is read as such elsewhere
    out = []
    for k in range(max(0 if labelled else 1, len(run) - CITED_DIGITS), len(run)):
        cited = run[k:]
        numbers = expand_numbers(cited) if cited[0] != "0" else None
        if numbers:
            why = (f"after a value, '{value[0]}{run[:k]}'",)
            out.append(Candidate(start + k, end, "superscript", WEAK, numbers, why=why))
    return out


def _closes_nothing(text: str, start: int) -> bool:
    """Whether the ")" after the run at ``start`` closes no "(" opened in its paragraph
    (nested ones counted: in "(df = (1, 254), p = 0.270)" the first is still open)."""
    lo = max(0, start - 300)
    lo = max(lo, text.rfind("\n", lo, start))
    depth = 0
    for ch in text[lo:start]:
        if ch == "(":
            depth += 1
        elif ch == ")" and depth:
            depth -= 1
    return depth == 0


def _glued(text: str, start: int, end: int, numbers: tuple[int, ...], spaced: bool) -> int | None:
    before = text[start - 1] if start > 0 else ""
    if before.isalpha():
        defined = _ABBREVIATED_AFTER.match(text, end)
        if defined and defined.group(1) == text[start:end]:
            return None  # "the cultivar Westgold27 (WG27)": the name and its abbreviation
        return _strength_glued_word(text, start, end)
    if before in "%+" and start >= 2 and text[start - 2].isalnum():
        # "up to 39%307.", "Zn2+, Mg2+ and Cu2+32.": no number follows a percentage or an
        # ion's charge unspaced unless a superscript
        return MEDIUM if at_clause_end(text, end) else WEAK
    if before in ".,;:?!" and start >= 2:
        return strength_after_punct(text, start, end)
    if before and before in ")]" + CLOSERS:
        prev = text[start - 2] if start >= 2 else ""
        if before == ")" and prev == "(":
            return STRONG  # "edgeR thinCounts()27 and": a function's call; no formula is empty
        if before == ")" and _formula(text, start - 1) and _a_count(text, start, end, numbers):
            return None  # "Mg(CH3COO)2", "(NH4)2SO4": a chemical formula's count
        if before == ")" and len(numbers) == 1 and _CHARGE.match(text, end):
            return None  # "the (Ox)2– ligand": an ion's charge; no citation ends in a sign
        if before == "]" and _BRACKETED_FORMULA.search(text, max(0, start - 34), start):
            return None  # "[NBu4]2[Pt6(CO)12]", "[TANN]9": a formula's or a motif's count
        if before == ")" and _ABBREVIATION_IN_PARENS.search(text, max(0, start - 9), start):
            return MEDIUM  # "T helper (Th)17 immunity", "(CD)38": the name goes on
        if before in CLOSERS and prev in ",;" and text[start - 3 : start - 2].isalpha():
            return STRONG  # "the “Roe Plan,”12 which": the comma set inside the quotation
        # "used?”10", "(“in part”)23.", "(http://www.example.org/)45.", "(Brandname®)3.",
        # an angle's "(3.75°)71."
        if prev.isalnum() or prev in ".%)]?!/®™°" + CLOSERS:
            return STRONG
        if before == ")" and prev in _PRIMES:
            return MEDIUM  # "(h′)19 due to": a primed variable's, but a power's too ("(x′)2")
        return MEDIUM if prev == "+" and before == ")" else None  # "(ver. 2.2.31+)54"
    if before and before in HSPACE:
        return _strength_after_space(text, start, numbers, text[start:end], spaced)
    return None


_SENTENCE_GLUED = re.compile(r"[A-Z][a-z]|A ")  # "candidiasis.7,8In the", "parts.9A survey"
_AFTER_A_WORDS_STOP = re.compile(r"[a-z]{3}[.!?,]$")  # "tabacum,20Gossypium"
# A word no name ends with, glued to the function word a clause goes on with
_AFTER_A_WORD = re.compile(r"[a-zà-öø-ÿ]{4}[,;]?$")
_CLAUSE_GOES_ON = re.compile(rf"(?:{CLAUSE_WORDS})\b")
# A dash glued after the run, then no word: an ion's charge ("(Ox)2– ligand", "(L)2–,")
_CHARGE = re.compile(rf"[{DASHES}](?!\w)")
# A journal's year, volume and issue before the pages, as a running head prints them
_LOCATOR_BEFORE = re.compile(r"(?:1[89]|20)\d\d ?; ?\d+(?: ?\(\d+[^()\s]{0,6}\))? ?: ?$")
# A file's extension glued after the digits (a script's, a table's, a sequence's, an
# archive's): no superscript is printed before one
_FILE_EXTENSION = re.compile(
    r"\.(?:py|ipynb|R|Rmd|rds|pl|sh|sas|txt|csv|tsv|xlsx?|json|xml|fasta|fa|fastq|gz|zip|pdf"
    r"|bam|sam|vcf|bed|gff3?|gtf|h5|nwk)(?!\w)"
)
_LOCANT_AFTER = re.compile(r"\(\d")  # "11(12)": a position and the one it bonds to
_ABBREVIATED_AFTER = re.compile(r" \([A-Za-z]{1,6}[-‐]?(\d+)\)")  # " (WG27)": the same digits
_ABBREVIATION_IN_PARENS = re.compile(r"\([A-Z][A-Za-z]{0,5}\)$")
_PRIMES = "′″"  # a primed variable's marks: "(h′)", "(x″)"
# A bracket around a formula or a sequence, with no space in it: "[NBu4]", "[GSG]", "[Fe(CN)6]",
# "[Pt6–xNix(CO)12]2–" (and the charge after it)
_BRACKETED_FORMULA = re.compile(rf"\[[A-Z][{DASHES}A-Za-z0-9()+⋅·]{{0,30}}\]$")
