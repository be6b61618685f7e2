"""How a run of digits sits right after punctuation, as evidence that a copy flattened a
superscript there ("chemotherapy.2", "et al.,35", "June 2023.3 In") or that the digits are
the text's own (an initial's or a label's full stop "Fig.2", a decimal, a heading's or a
version's number). Part of :func:`blinarefs.trace.sitting.classify_run`; pure: a few
characters looked at around each run.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from .candidates import DASHES, MEDIUM, STRONG, WEAK, words
from .numberwords import LABEL_ABBREVIATIONS, LABEL_WORDS
from .textpos import (
    CLOSERS,
    HSPACE,
    WORD_ALONE,
    at_clause_end,
    sentence_break_after,
    word_before,
)

GREEK = re.compile("[\u0370-\u03ff]")
_PRIMES = "'’′"  # after a digit, a locant's prime ("2',3'"), not a closing quote
ASIDE_AFTER = re.compile(r" \(")


def is_et_al(text: str, word_start: int) -> bool:
    """Whether the word at ``word_start`` is the "al" of "et al", its space any space on
    the line: publishers and word processors keep "et al" together with a no-break space
    ("Roe et\u00a0al38 showed")."""
    before = text[max(0, word_start - 3) : word_start]
    return len(before) == 3 and before[:2].lower() == "et" and before[2] in HSPACE


_VERSION_PARTS = re.compile(r"(?<![\d.])\d{1,2}\.\d{1,2}\.$")  # "2.2." of "2.2.18"
# A version's word or letter, then one or two parts of its number up to a full stop:
# "version 5.2.", "v3.", "ver.1.4." (not a channel's "Kv1.", whose "v" is in its word); a
# fourth part is rarer than a citation after a version that ends its sentence ("ver.
# 2.4.4.35 Twenty"). The word is required: it alone makes the digits after the stop the
# version's next part. Not ``textpos.VERSION_BEFORE`` (a whole version, no stop after it)
# nor ``versions._VERSION`` (any parts, the word optional: its readings weigh it); why
# their words differ is said at ``textpos.VERSION_BEFORE``.
_VERSION = re.compile(r"(?:\b[Vv]ersion|\b[Vv]er\.|\bv|\brelease)\s?(?:\d+\.)?\d+[.,]$")
_ET_AL_STOP = re.compile(r"[^\S\n]et[^\S\n]al\.$")  # "et al.", "et\u00a0al."
_NEW_SENTENCE = re.compile(r"[ \u00a0]{1,3}[A-Z][a-z]")  # a space, then a capitalised word

YEAR = re.compile(r"(?:19|20)\d\d")
_HISTORIC_YEAR = re.compile(r"(?:1[5-9]|20)\d\d")
_SHORT_ITEMS = re.compile(rf"\d{{1,2}}(?:[{DASHES},]\d{{1,2}})*")  # "4", "17,20", "5–7"
_CHARGES = "+−–"  # an ion's charge: "Mg2+", "OH−", "[PtCl4]2–"
_SECTION_NUMBER = re.compile(r"(?:^|\n)[\d.,]+$")
_EXAMPLE = re.compile(r"\b(?:e\.g|i\.e|cf)\.,?$")
_SECTION_WORDS = words("appendix section chapter supplementary part box")
_TAG_END = re.compile(r"</?[A-Za-z][^<>]*>$")


# A decimal with one or two places: "pH 7.0", "v 2.15"; not "1.234", a thousands group
_SHORT_DECIMAL = re.compile(r"(?<![\d.,])\d+\.\d{1,2}$")
# A value's spread printed after it: its range, interval or deviation
_SPREAD_AFTER = re.compile(
    rf" ?[(\[](?:\d[\d.,]* ?[{DASHES}] ?\d|(?:range|CI|SD|SE|IQR)\b|95 ?%|±)", re.I
)
# What follows a measured value and nothing else: an NMR shift's multiplicity ("δ 3.67 (dd,
# J = 8.8 Hz, 1H)", "7.26 (br s, 1H)") or a unit that opens with a capital, as a sentence
# would ("J = 7.4 Hz", "a resolution of 3.5 Å", "at 4.2 K", "0.5 mM", "25.3 kDa")
_MEASURED_AFTER = re.compile(
    r"[^\S\n]?(?:\((?:br[^\S\n]?)?(?:[sdtqm]|dd|dt|td|tt|dq|qd|ddd|ddt|dtd|sept|hept|quint)"
    r"[,;)]|(?:Å|[kMG]?Hz|k?Da|K|[mµμn]?M)(?![^\W\d_]))"
)
# "0.7–" before "5.3"; not a version's "v1.0-" before its build ("v1.0-6125.11,12 The")
_RANGE_OF_DECIMALS = re.compile(rf"(?<![\w.])\d+[.,]\d+ ?[{DASHES}] ?$")
_UNIT_BEFORE = re.compile(r"\d[ \u00a0\u2009\u202f]$")  # "10 d", "500 g": a quantity's unit
_DOTTED_BEFORE = re.compile(r"(?<![A-Za-z.])[A-Za-z]\.$")  # "p.i", "U.S": one letter a stop


def _abbreviation_ends(text: str, word_start: int, end: int) -> bool:
    """Whether the one letter and full stop before a run end a unit after a number ("10
    d.") or a dotted abbreviation ("p.i.", "U.S."), and the clause or sentence ends after
    the run: no initial or page ("J. Smith", "p.3") stands there."""
    unit = _UNIT_BEFORE.search(text, max(0, word_start - 2), word_start) is not None
    dotted = _DOTTED_BEFORE.search(text, max(0, word_start - 3), word_start) is not None
    return (unit or dotted) and (at_clause_end(text, end) or sentence_break_after(text, end))


_OPENING_WORD = re.compile(r"[ \u00a0]{1,3}([A-Z][a-z]+)(?![^\W_])")  # "Among", not "Mutect2"
_VALUE_SIGN = re.compile(r"[=<>≤≥≈~±][^\S\n]?[-−]?$")  # "δ = 171.26 Ca": a value's digits
_SYMBOL_LETTERS = 2  # "Mb", "Sv", "Ca": a unit's or an element's letters, or "In", "It"


@lru_cache(maxsize=2)
def _printed_words(text: str) -> Counter[str]:
    """How often ``text`` prints each word, in its case, counted once a text."""
    return Counter(WORD_ALONE.findall(text))


def _opens_a_sentence(text: str, end: int) -> bool:
    """Whether a capitalised word after a space opens a sentence at ``end``: one the text
    also prints in lower case ("Among" beside "among"), more often so where it is as short
    as a unit or a symbol ("In" beside "in", not "Ca" beside "ca."); not a unit or a name
    that is always capitalised ("1.7 Sv", "2.5 Gb", "pH 7.5 Tris")."""
    m = _OPENING_WORD.match(text, end)
    if m is None:
        return False
    word, printed = m.group(1), _printed_words(text)
    return printed[word.lower()] > (printed[word] if len(word) <= _SYMBOL_LETTERS else 0)


def _labelled(text: str, number_start: int) -> bool:
    """Whether the number at ``number_start`` follows a label's or a section's word
    ("Table 2.4", "Appendix 3.2"): its full stop and digits number that thing's part."""
    if text[number_start - 1 : number_start] not in HSPACE:
        return False
    stop = number_start - 1 - (text[number_start - 2 : number_start - 1] == ".")  # "Fig. 2.3"
    word, _ = word_before(text, stop)
    return word.lower() in LABEL_WORDS | LABEL_ABBREVIATIONS | _SECTION_WORDS


def _a_versions_part(text: str, start: int) -> bool:
    """Whether the digits at ``start`` go on a version after its number's full stop ("kit
    v3.1 Cycle", "ver.1.4.2 (see", "version 5.2.1 (Becton"): the version's next part, which
    no sentence's end and superscript print so; a version's overlong last part ("bowtie
    v2.2.923") is :func:`blinarefs.trace.versions.version_readings`' to split."""
    return _VERSION.search(text, max(0, start - 30), start) is not None


def strength_after_punct(text: str, start: int, end: int) -> int | None:
    punct = text[start - 1]
    prev = text[start - 2] if start >= 2 else ""
    if punct == "," and _ET_AL_STOP.search(text, max(0, start - 8), start - 1):
        return STRONG  # "described by Castanera et al.,35 is"
    if prev.isalpha():
        word, ws = word_before(text, start - 1)
        if word == "al" and is_et_al(text, ws):
            return STRONG
        initial = len(word) == 1 and not text[ws - 1 : ws].isdigit()  # not "CLEC7A.150"
        if _EXAMPLE.search(text, max(0, start - 6), start):
            return MEDIUM  # "(e.g.18–23)", "(e.g.,7,8)"
        capital = word.isupper() or GREEK.match(word)
        if punct == "." and initial and capital and sentence_break_after(text, end):
            label, _ = word_before(text, ws - 1) if text[ws - 1 : ws] == " " else ("", 0)
            if label.lower() not in LABEL_WORDS | _SECTION_WORDS:
                return MEDIUM  # "granzyme B.23 The", "TGF-β.146 Notably", not "Appendix B.2"
        if punct == "." and initial and _abbreviation_ends(text, ws, end):
            return MEDIUM  # "after 10 d.12 Relapse", "at 9 p.i.26.", "in the U.S.4 It"
        if punct == "." and (word.lower() in LABEL_ABBREVIATIONS or initial):
            return None  # Fig.2, p.3, initials
        if punct == ":" and initial:
            return None  # "insulin B:9-23", "chain A:45": a chain's residues, a label's index
        return STRONG
    if prev == "." and _EXAMPLE.search(text, max(0, start - 6), start):
        return MEDIUM
    if prev and prev in _PRIMES and text[start - 3 : start - 2].isdigit():
        return None  # "[2',3':9,10]": a ring's primed locants, no quote closed
    if prev and prev in ")]%*_?!" + CLOSERS:  # "*" and "_" close Markdown emphasis
        return STRONG
    charged = text[start - 3 : start - 2].isalnum() and text[start - 4 : start - 3] != "."
    if prev in _CHARGES and charged and punct in ".,;":
        # "requires Mg2+.8 T4", "binds Pd2+,11 whereas", "than OH−.5 It": an ion's charge
        # ends the clause, then a superscript; after a full stop, only before a new sentence
        # (not a range of decimals, "0.3–.5 mm")
        return MEDIUM if punct != "." or sentence_break_after(text, end) else None
    if prev == ">" and _TAG_END.search(text, 0, start - 1):
        return STRONG  # "<i>patients</i>.1": after an HTML or XML tag
    if prev.isdigit() and punct in ".,;":
        # "June 2023.3 In March", "In 2019,4 the": a number's full stop or comma, then a
        # superscript. Not a decimal ("0.5"), a thousands group, or "2.1 Methods" numbering.
        i = start - 1
        while i > 0 and text[i - 1].isdigit():
            i -= 1
        number, line_start = text[i : start - 1], i == 0 or text[i - 1] == "\n"
        # "AALL1731,5", "COVID-19,40", "Dectin-3.33": a name's digits, no decimal, no thousands
        identifier = i > 0 and (
            text[i - 1].isalpha() or (text[i - 1] in DASHES and text[i - 2 : i - 1].isalpha())
        )
        decimal = _SHORT_DECIMAL.search(text, max(0, i - 8), start - 1) is not None
        if (
            punct == ","
            and end < len(text)
            and text[end] in HSPACE
            and (
                identifier
                or decimal
                or (YEAR.fullmatch(number) and _SHORT_ITEMS.fullmatch(text, start, end))
            )
        ):
            # "at pH 7.0,16 and": no number goes on after a decimal's comma; "in 2003,17,20
            # and": nor a thousands group of one or two digits after a year's
            return MEDIUM
        if punct == ";" and (identifier or decimal):
            return MEDIUM  # "with CAP3;39 see", "(version 1.02;22)", not "t(9;22)"
        if punct == "." and number != "0" and not line_start and sentence_break_after(text, end):
            if _a_versions_part(text, start):
                return None  # "software version 5.2.1 (Becton-Dickinson)", "kit v3.1 Cycle"
            if identifier:  # "E16.5 (Figure 4)" is a label's decimal; "STAT3.322,323 Once"
                # "HSP70.9 Then", "COVID-19.4 Most": no sentence ends in a name's decimal
                # without its full stop, so a new sentence's word vouches for one digit
                new = _NEW_SENTENCE.match(text, end) is not None
                return MEDIUM if end - start > 1 or new else None
            decimal = i >= 2 and text[i - 1] in ".," and text[i - 2].isdigit()
            if decimal and _SECTION_NUMBER.search(text, max(0, i - 12), i):
                return None  # "3.1.1 Activation of": a heading's number
            if (
                decimal
                and _VERSION_PARTS.search(text, max(0, i - 4), start)
                and ASIDE_AFTER.match(text, end)
            ):
                return WEAK  # "TBLASTN 2.2.18 (e value": a version's third part, or a citation
            spread = _SPREAD_AFTER.match(text, end) or _MEASURED_AFTER.match(text, end)
            if spread or _RANGE_OF_DECIMALS.search(text, max(0, i - 12), i):
                # "was 9.5 (95% CI, 5.4–12.0)", "3.9 (2.4–14.2)", "range 2.2–3.5]", "δ 3.67
                # (dd,", "3.5 Å": a value with its spread, a range's second bound, a shift's
                # multiplicity or its unit: the digits are the value's own
                return None
            # "was 0.0001.18", "Kappa de 0,21.5 Apesar", and a year before a new sentence,
            # an older one too ("grown since 1850.5 The")
            if decimal or _HISTORIC_YEAR.fullmatch(number):
                return MEDIUM
            valued = _VALUE_SIGN.search(text, max(0, i - 3), i) is not None
            if _opens_a_sentence(text, end) and not valued and not _labelled(text, i):
                # "in intron 2.25–32 Among", "on day 4.13 The": a sentence that ends in a
                # value of its own closes it with a full stop before the next one
                return MEDIUM
            return WEAK  # "Cell Quest 3.3 (BD)"
    return None
