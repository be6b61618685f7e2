"""Superscripts that a copy-paste flattened into plain text: which digit runs they are.

Each run of digits is judged by what it is glued to and what follows it, and given a
strength (see :mod:`blinarefs.trace.decode` for what each strength needs to be accepted).
Pure and linear: one regex pass over the text and a few characters looked at around each run.
"""

from __future__ import annotations

import re
from collections import Counter

from .candidates import ACRONYM, DASHES, MEDIUM, RUN, STRONG, WEAK, Candidate, expand_numbers
from .numberwords import (
    FOLLOWERS,
    LABEL_ABBREVIATIONS,
    LABEL_WORDS,
    QUANTITY_GOVERNORS,
    QUANTITY_WORDS,
    UNIT_WORDS,
)

_GREEK = re.compile("[\u0370-\u03ff]")

_CLOSERS = "\"'”’»"
_HSPACE = " \t\u00a0\u2002\u2003\u2007\u2009\u202f"  # no-break and thin spaces too


def _word_before(text: str, end: int) -> tuple[str, int]:
    """The run of letters ending at ``end`` and where it starts."""
    start = end
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    return text[start:end], start


def _after_is_boundary(text: str, end: int) -> bool:
    """A citation run must end where a word would: not inside 2.5, 3A, 2-year, 1,000, 2/3."""
    if end >= len(text):
        return True
    c = text[end]
    nxt = text[end + 1] if end + 1 < len(text) else ""
    if c.isalnum() or c in "%‰°^/×_@+′″":  # "CD38+ cells", "trehalose-6,6′-dimycolate"
        return False
    if c in ".,:" and nxt.isdigit():
        return False
    return not (c in DASHES and (nxt.isalnum()))


def _sentence_break_after(text: str, end: int) -> bool:
    i = end
    while i < len(text) and text[i] in _CLOSERS + ")]":
        i += 1
    if i >= len(text) or text[i] == "\n":
        return True
    if text[i] not in _HSPACE:
        return False
    while i < len(text) and text[i] in _HSPACE:
        i += 1
    return i >= len(text) or text[i] == "\n" or text[i].isupper() or text[i] in "([“\"‘'"


def _is_et_al(text: str, word_start: int) -> bool:
    return text[max(0, word_start - 3) : word_start].lower() == "et "


def _at_clause_end(text: str, end: int) -> bool:
    nxt = text[end + 1 : end + 2]
    return text[end : end + 1] in (".", ",", ";", ":") and (not nxt or nxt.isspace())


def _strength_glued_word(text: str, start: int, end: int) -> int | None:
    word, ws = _word_before(text, start)
    if word == "al" and _is_et_al(text, ws):
        return STRONG
    before = text[ws - 1] if ws > 0 else ""
    if before.isdigit() or before in "/^_\\":
        return None  # BNT162b2, mg/m2, x^2, TeX macros
    low = word.lower()
    if _GREEK.search(word) or low in QUANTITY_WORDS:
        # "TNF-α235." at a clause end may be a superscript; "αvβ3 integrin", "β2", "day 7"
        # in mid-clause are names and labels
        return WEAK if _at_clause_end(text, end) else None
    if len(word) < 3 or low in UNIT_WORDS or low in LABEL_WORDS:
        return None
    if word.isupper() or (word[-1] == "s" and word[:-1].isupper()):
        return ACRONYM  # "ALL1", "DCs26" or IKZF1: decided by whether "ALL" stands alone
    if any(ch.isupper() for ch in word[1:]):
        # IgG4, mAb2: names, not superscripts; but "PI3K–AKT–mTOR95." ends a clause with
        # more digits than a name's number
        return WEAK if end - start > 1 and _at_clause_end(text, end) else None
    return MEDIUM if word[0].isupper() else STRONG


_YEAR = re.compile(r"(?:19|20)\d\d")
_SECTION_NUMBER = re.compile(r"(?:^|\n)[\d.,]+$")
_YEAR_GLUED = re.compile(r"(?:19|20)\d\d[1-9]\d{0,2}")
_TAG_END = re.compile(r"</?[A-Za-z][^<>]*>$")


def _strength_after_punct(text: str, start: int, end: int) -> int | None:
    punct = text[start - 1]
    prev = text[start - 2] if start >= 2 else ""
    if prev.isalpha():
        word, ws = _word_before(text, start - 1)
        if word == "al" and _is_et_al(text, ws):
            return STRONG
        initial = len(word) == 1 and not text[ws - 1 : ws].isdigit()  # not "CLEC7A.150"
        if punct == "." and (word.lower() in LABEL_ABBREVIATIONS or initial):
            return None  # Fig.2, p.3, initials
        return STRONG
    if prev and prev in ")]%*_" + _CLOSERS:  # "*" and "_" close Markdown emphasis
        return STRONG
    if prev == ">" and _TAG_END.search(text, 0, start - 1):
        return STRONG  # "<i>patients</i>.1": after an HTML or XML tag
    if prev.isdigit() and punct in ".,":
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
        if (
            punct == ","
            and end < len(text)
            and text[end] in _HSPACE
            and (identifier or (_YEAR.fullmatch(number) and end - start < 3))
        ):
            return MEDIUM
        if punct == "." and number != "0" and not line_start and _sentence_break_after(text, end):
            if identifier:  # "E16.5 (Figure 4)" is a label's decimal; "STAT3.322,323 Once"
                return MEDIUM if end - start > 1 else None
            decimal = i >= 2 and text[i - 1] in ".," and text[i - 2].isdigit()
            if decimal and _SECTION_NUMBER.search(text, max(0, i - 12), i):
                return None  # "3.1.1 Activation of": a heading's number
            if decimal or _YEAR.fullmatch(number):  # "was 0.0001.18", "Kappa de 0,21.5 Apesar"
                return MEDIUM
            return WEAK  # "Cell Quest 3.3 (BD)"
    return None


def _strength_after_space(
    text: str, start: int, numbers: tuple[int, ...], run: str, spaced: bool
) -> int | None:
    i = start
    while i > 0 and text[i - 1] in _HSPACE:
        i -= 1
    if i == start or i == 0:
        return None
    head = text[max(0, i - 7) : i].lower()
    if re.search(r"\bet al\.?,?$", head):
        return MEDIUM  # "Smith et al 1 report"
    word, _ = _word_before(text, i)
    after = text[start + len(run) : start + len(run) + 1]
    if (
        text[i - 1] in ".!?"
        and _sentence_break_after(text, start + len(run))
        and word.lower() not in LABEL_ABBREVIATIONS
    ):
        return WEAK  # "in this group. 17 Another": a superscript a web copy spaced
    if spaced and _spaced_superscript(text, i, start + len(run)):
        return WEAK
    group_after_parenthesis = text[i - 1] in ")]" and len(numbers) > 1
    if word.lower() in QUANTITY_GOVERNORS or not (word or group_after_parenthesis):
        return None  # but "(Fig. 1 and Table 1) 45, 46, 47." is a group after a parenthesis
    if len(numbers) < 2:
        nxt = text[start + len(run) + 1 : start + len(run) + 2]
        if word.islower() and after in ".,;" and (not nxt or nxt in _HSPACE + "\n"):
            return WEAK  # "como esperado 4. A presença": the same, at a clause end
        return None
    if not re.fullmatch(rf"\d+(?:(?:[{DASHES}]|, ?)\d+)+", run):
        return None
    if after and after not in ".,;:)]\n" + _CLOSERS:
        return None  # "cycles 3-6 of": a quantity in mid-clause
    return WEAK


def _formula(text: str, close: int) -> bool:
    """Whether the parenthesis closing at ``close`` opens right after a letter or digit."""
    opening = text.rfind("(", max(0, close - 40), close)
    return opening > 0 and text[opening - 1].isalnum() and " " not in text[opening:close]


_NEXT_WORD = re.compile(r" ([a-z]+)\b")


def _spaced_superscript(text: str, space: int, end: int) -> bool:
    """In a manuscript that spaces its superscripts: the run after the space at ``space``
    ends where a clause does, or before the word a clause goes on with."""
    j = space - 1 if text[space - 1] in ",;." else space
    word, _ = _word_before(text, j)
    if text[j - 1].isdigit() or word.lower() in QUANTITY_GOVERNORS | LABEL_ABBREVIATIONS:
        return False  # "aged 5 to 11", "of 3 doses", "Fig. 2 and"
    nxt = _NEXT_WORD.match(text, end)
    return _at_clause_end(text, end) or (nxt is not None and nxt.group(1) in FOLLOWERS)


def _classify_run(
    text: str, start: int, end: int, numbers: tuple[int, ...], spaced: bool = False
) -> int | None:
    if not _after_is_boundary(text, end):
        return None
    before = text[start - 1] if start > 0 else ""
    if before.isalpha():
        return _strength_glued_word(text, start, end)
    if before in "%+" and start >= 2 and text[start - 2].isalnum():
        # "up to 39%307.", "Zn2+, Mg2+ and Cu2+32.": no number follows a percentage or an
        # ion's charge unspaced unless a superscript
        return MEDIUM if _at_clause_end(text, end) else WEAK
    if before in ".,;:" and start >= 2:
        return _strength_after_punct(text, start, end)
    if before and before in ")]" + _CLOSERS:
        prev = text[start - 2] if start >= 2 else ""
        if before == ")" and _formula(text, start - 1):
            return None  # "Mg(CH3COO)2", "(NH4)2SO4": a chemical formula's count
        if before == ")" and _ABBREVIATION_IN_PARENS.search(text, max(0, start - 9), start):
            return MEDIUM  # "T helper (Th)17 immunity", "(CD)38": the name goes on
        return STRONG if prev.isalnum() or prev in ".%)" else None
    if before and before in _HSPACE:
        return _strength_after_space(text, start, numbers, text[start:end], spaced)
    return None


_ABBREVIATION_IN_PARENS = re.compile(r"\([A-Z][A-Za-z]{0,5}\)$")
_DOTTED = re.compile(r"(?<![A-Za-z])[A-Z]{1,4}\.\d+(?!\d)")
_GOES_ON = re.compile(r" [a-z]|,\s")
_LEADING_DIGITS = re.compile(r"\d+")
_CAPITALS = re.compile(r"\b[A-Z]{2,}s?\b(?![-‐]\d)")  # not "CTLA-4"
_NAME_DIGITS = re.compile(r"(?<![A-Za-z])[A-Za-z]+\d+(?!\d)")  # from a word's start: linear


def flattened_candidates(text: str, spaced: bool = False) -> list[Candidate]:
    """Digit runs that may be flattened superscripts, each with the strength of how it sits.
    ``spaced``: the manuscript prints its superscripts after a space, in mid-clause too."""
    out: list[Candidate] = []
    standalone: set[str] | None = None  # words in capitals that occur on their own
    names: Counter[str] | None = None  # "Tg2576", "hNXF2": names that end in digits
    dotted: Counter[str] | None = None  # "PU.1": names with a full stop before their digits
    for m in RUN.finditer(text):
        start, end = m.start(), _rising(text, m.start(), m.end())
        if start and text[start - 1].isdigit():
            continue
        numbers = expand_numbers(text[start:end])
        lead = re.match(r"\d{4,},", text[start:end])
        year = _YEAR_GLUED.fullmatch(text, start, end)
        if not numbers and lead:  # "In 2019,4 the", "AALL1731,5": a superscript after a comma
            start += lead.end()
            numbers = expand_numbers(text[start:end])
        elif (
            not numbers
            and year
            and text[end : end + 1] in ".,;:"
            and not text[start - 1 : start].isalnum()
        ):
            start += 4  # "by 203020.": the year 2030, then a superscript 20
            numbers = expand_numbers(text[start:end])
            if numbers:
                out.append(Candidate(start, end, "superscript", MEDIUM, numbers))
            continue
        elif not numbers and _after_a_words_punctuation(text, start):
            pair = _unseparated(text[start:end])
            if pair and _after_is_boundary(text, end):  # "survival.611 Tumor": 6 and 11
                out.append(Candidate(start, end, "superscript", MEDIUM, pair))
            continue
        if numbers and "," in text[start:end] and _hyphenated(text, start):
            split = _after_a_hyphenated_name(text, start, end)
            if split is not None:
                out.append(split)
            continue
        strength = _classify_run(text, start, end, numbers, spaced) if numbers else None
        if strength == ACRONYM:
            if standalone is None:
                standalone = set(_CAPITALS.findall(text))
            strength = None
            word, ws = _word_before(text, start)
            defined = text[ws - 1 : ws] == "(" and text[end : end + 1] == ")"
            if word in standalone and not defined:  # "TME207." but "PARP1 inhibitor", "(HDAC1)"
                strength = MEDIUM if text[end : end + 1] in ".,;:)" else WEAK
        if strength is not None and text[start - 1] == "." and _dotted_word(text, start):
            dotted = dotted or Counter(_DOTTED.findall(text))
            name = f"{_dotted_word(text, start)}.{_LEADING_DIGITS.match(text, start).group()}"  # type: ignore[union-attr]
            if dotted[name] > 1 or _GOES_ON.match(text, end):
                strength = None  # "PU.1" again, or "PU.1 activity": a name, not a superscript
        glued = start and text[start - 1].isalpha()
        if glued and strength is not None and "," in text[start:end]:
            names = names or Counter(_NAME_DIGITS.findall(text))
            if _a_family(text, start, end, names):  # "TAP1, and TAP2,11": TAP2, then 11
                strength = None
        if strength is None and glued:
            names = names or Counter(_NAME_DIGITS.findall(text))
            split = _after_a_name(text, start, end, names)
            if split is not None:
                out.append(split)
            continue
        if strength is not None and numbers:
            out.append(Candidate(start, end, "superscript", strength, numbers))
    return out


def _rising(text: str, start: int, end: int) -> int:
    """Where a run ends: at its first spaced comma (", ", or " , " where a copy spaced the
    markup's separators) unless the numbers after it keep rising ("4, 5" and "10, 11, 12"
    are one group; "4, 2" is a number and a count)."""
    run = text[start:end]
    if " " not in run:
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
    return end


_SPACED_COMMA = re.compile("( , ?|, )")


def _dotted_word(text: str, start: int) -> str:
    """The word in capitals before the full stop at ``start - 1`` ("PU" of "PU.1"), or ""."""
    word, _ = _word_before(text, start - 1)
    return word if word.isupper() and len(word) <= 4 else ""


def _after_a_words_punctuation(text: str, start: int) -> bool:
    return start >= 2 and text[start - 1] in ".,;" and text[start - 2].isalpha()


def _unseparated(run: str) -> tuple[int, ...] | None:
    """Two citation numbers a copy printed without their separator ("2527" for 25,27;
    "123125"): the split into two rising numbers closest together, not a year."""
    if not 4 <= len(run) <= 6 or not run.isdecimal() or _YEAR.fullmatch(run):
        return None
    splits = [
        (int(run[k:]) - int(run[:k]), int(run[:k]), int(run[k:]))
        for k in range(1, len(run))
        if k <= 3 and len(run) - k <= 3 and run[k] != "0" and int(run[:k]) < int(run[k:])
    ]
    return min(splits)[1:] if splits else None


def _hyphenated(text: str, start: int) -> bool:
    """Whether the run at ``start`` ends a hyphenated name: "CTLA-4", "COVID‐19"."""
    return start >= 2 and text[start - 1] in DASHES and text[start - 2].isalpha()


def _after_a_hyphenated_name(text: str, start: int, end: int) -> Candidate | None:
    """ "CTLA-4,365,366 and", "COVID‐19,40 whereas": the name's digits, its comma, then a
    superscript."""
    comma = text.index(",", start, end)
    if not text[comma + 1 : comma + 2].isdigit():
        return None  # "IL-6, 12 and 18": a list of names, or a count
    numbers = expand_numbers(text[comma + 1 : end])
    if not numbers or not text[start:comma].isdecimal() or not _after_is_boundary(text, end):
        return None
    return Candidate(comma + 1, end, "superscript", MEDIUM, numbers)


def _a_family(text: str, start: int, end: int, names: Counter[str]) -> bool:
    """Whether the word before "2,11" is a name with numbered members elsewhere (TAP1)."""
    word, _ = _word_before(text, start)
    first = text[start:end].split(",")[0]
    if word.islower() or not first.isdigit():
        return False
    others = (word + d for d in "123456789" if d != first)
    return names.get(word + first, 0) > 1 or any(names.get(o, 0) for o in others)


def _after_a_name(text: str, start: int, end: int, names: Counter[str]) -> Candidate | None:
    """A citation glued to a name that ends in digits: "hNXF2,13" (after its comma), or
    "Tg257633" where "Tg2576" stands alone elsewhere in the text."""
    if not _after_is_boundary(text, end):
        return None
    word, _ = _word_before(text, start)
    run = text[start:end]
    comma = run.find(",")
    if comma > 0 and run[:comma].isdigit():
        numbers = expand_numbers(run[comma + 1 :])
        if numbers:
            return Candidate(start + comma + 1, end, "superscript", MEDIUM, numbers)
    digits = run if run.isdigit() else ""
    if names.get(word + digits, 0) > 1:
        return None  # "Cox11" again and again: a name, even if "Cox1" is one too
    for k in range(len(digits) - 1, 0, -1):
        if names.get(word + digits[:k], 0) >= 1:
            family = any(names.get(f"{word}{j}", 0) for j in range(1, 21) if str(j) != digits[:k])
            if family and int(digits) <= 30:
                return None  # "CXCL10/CXCL11": a member of a family, not "CXCL1" then 1
            numbers = expand_numbers(digits[k:])
            if numbers:
                return Candidate(start + k, end, "superscript", MEDIUM, numbers)
            return None
    return None
