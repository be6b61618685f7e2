"""Digits glued to a name that ends in digits: where the name ends and a citation begins.

"Tg257633" is the strain Tg2576 and citation 33 when "Tg2576" stands alone elsewhere;
"hNXF2,13" is hNXF2 and citation 13; "CTLA-4,365" is CTLA-4 and 365; "2527" after a word's
full stop is 25 and 27 that a copy printed without their separator. A name with numbered
members elsewhere ("TAP1 ... TAP22", "CXCL10/CXCL11") keeps its digits. Where nothing but
the order of first citations can tell a name's digits from a citation ("Dewey and Lu30.",
"ggplot245," beside 47 references), the readings are weak, for the order to decide. Pure:
the text and a count of the names that end in digits in it.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from itertools import pairwise

from .alone import a_members_name_alone, numbered_family, shorter_mostly_alone
from .candidates import (
    AFTER_POWER,
    DASHES,
    LIST_STEP,
    MEDIUM,
    ORDER_ONLY,
    SEEN_ALONE,
    SPACED_ORDER_ONLY,
    UNIT_POWER,
    WEAK,
    Candidate,
    expand_numbers,
    plural_of_capitals,
)
from .numberwords import LABEL_WORDS
from .punctuated import YEAR
from .shorter_name import shorter_name_alone
from .textpos import after_is_boundary, at_clause_end, word_before


def dotted_word(text: str, start: int) -> str:
    """The word in capitals before the full stop at ``start - 1`` ("PU" of "PU.1"), or ""."""
    word, _ = word_before(text, start - 1)
    return word if word.isupper() and len(word) <= 4 else ""


def after_a_words_punctuation(text: str, start: int) -> bool:
    return start >= 2 and text[start - 1] in ".,;" and text[start - 2].isalpha()


def unseparated(run: str, size: int | None = None) -> tuple[int, ...] | None:
    """Two citation numbers a copy printed without their separator ("2527" for 25,27;
    "123125"): the split into two rising numbers closest together, not a year. Given the
    list's ``size``, three digits too, both numbers in the list ("611" for 6,11 where the
    list has 142 references)."""
    shortest = 3 if size is not None else 4
    if not shortest <= len(run) <= 6 or not run.isdecimal() or YEAR.fullmatch(run):
        return None
    splits = [
        (int(run[k:]) - int(run[:k]), int(run[:k]), int(run[k:]))
        for k in range(1, len(run))
        if k <= 3
        and len(run) - k <= 3
        and run[k] != "0"
        and int(run[:k]) < int(run[k:])
        and (size is None or int(run[k:]) <= size)
    ]
    return min(splits)[1:] if splits else None


def hyphenated(text: str, start: int) -> bool:
    """Whether the run at ``start`` ends a hyphenated name: "CTLA-4", "COVID‐19"."""
    return start >= 2 and text[start - 1] in DASHES and text[start - 2].isalpha()


def after_a_hyphenated_name(text: str, start: int, end: int) -> Candidate | None:
    """ "CTLA-4,365,366 and", "COVID‐19,40 whereas": the name's digits, its comma, then a
    superscript."""
    comma = text.index(",", start, end)
    if not text[comma + 1 : comma + 2].isdigit():
        return None  # "IL-6, 12 and 18": a list of names, or a count
    numbers = expand_numbers(text[comma + 1 : end])
    if not numbers or not text[start:comma].isdecimal() or not after_is_boundary(text, end):
        return None
    return Candidate(comma + 1, end, "superscript", MEDIUM, numbers)


LONG_WORD = 6  # letters of a word no gene or protein family is named with ("Canada")


def a_family(text: str, start: int, end: int, names: Counter[str]) -> bool:
    """Whether the word before "2,11" is a name with numbered members elsewhere (TAP1)."""
    word, _ = word_before(text, start)
    first = text[start:end].split(",")[0]
    # a long word in lower case after its capital is a word or a place a copy glued its
    # citations to each time ("Canada9." and "Canada20,21."), not a family of names
    long_word = len(word) >= LONG_WORD and word[1:].islower()
    if word.islower() or long_word or plural_of_capitals(word) or not first.isdigit():
        return False  # "TNTs1,27" names no member of a family "TNTs": a plural
    others = (word + d for d in "123456789" if d != first)
    return names.get(word + first, 0) > 1 or any(names.get(o, 0) for o in others)


def after_a_name(text: str, start: int, end: int, names: Counter[str]) -> Candidate | None:
    """A citation glued to a name that ends in digits: "Tg257633" or "CD2813–15" where
    "Tg2576" or "CD28" stands alone elsewhere in the text, or "hNXF2,13" (after its comma)."""
    if not after_is_boundary(text, end):
        return None
    word, _ = word_before(text, start)
    run = text[start:end]
    lead = run[: len(run) - len(run.lstrip("0123456789"))]
    rest = run[len(lead) :]
    # "Cox11" again and again is a name, a member of the family "Cox1" is in; but "ERA565"
    # each time the reanalysis "ERA5" is cited, where "ERA5" stands alone as often at least,
    # is "ERA5" and its citation, glued alike each time where a phrase ends (not an ion's
    # charge, "FPO32-", nor a marker's sign, "CD38–")
    again = not rest and names.get(word + lead, 0) > 1
    if again and not PHRASE_END.match(text, end):
        return None
    for k in range(len(lead) - 1, 0, -1):
        alone = names.get(word + lead[:k], 0)
        if alone >= (names[word + lead] if again else 1):
            family = any(names.get(f"{word}{j}", 0) for j in range(1, 21) if str(j) != lead[:k])
            near = again or int(lead) <= 30 or _numbered_on(word, lead, names)
            if family and not rest and near:
                # "CXCL10/CXCL11": a member of a family, not "CXCL1" then 1; "G71"
                # among codes "G7, G8, G58, G60" is code 71, not "G7" then 1
                return None
            numbers = expand_numbers(lead[k:] + rest)
            if numbers:
                return Candidate(start + k, end, "superscript", MEDIUM, numbers)
            break
    comma = run.find(",")
    if comma > 0 and run[:comma].isdigit():
        numbers = expand_numbers(run[comma + 1 :])
        # "hNXF2,13", "42km10, 11, 12 and"; after a space, only where a phrase ends (not
        # "MgCl2, 10 mM", "α4, 5, 6 integrins") and not a family's members, one digit each
        # ("TcNRAMP1, 3 and 5")
        spaced = run[comma + 1 : comma + 2] == " "
        # "PmBEAT9, 10 and 12": members listed up to an "and" and a number
        listed = spaced and (
            (comma == 1 and max(numbers or (0,)) < 10) or _ENUMERATED.match(text, end)
        )
        if numbers and not listed and (not spaced or PHRASE_END.match(text, end)):
            return Candidate(start + comma + 1, end, "superscript", MEDIUM, numbers)
    return None


_ENUMERATED = re.compile(r",? (?:and|or|&) \d")


def _numbered_on(word: str, lead: str, names: Counter[str]) -> bool:
    """Whether a family of names numbers on to as many digits as ``lead`` (two): "G58" and
    "G60" beside "G71" make "G71" one more member."""
    if len(lead) != 2:
        return False
    return any(names.get(f"{word}{j}", 0) for j in range(10, 100) if str(j) != lead)


LONGEST_RANGE = 30  # more numbers than a citation's range spans ("90" then "2–907")
NAME_DIGITS = 4  # digits a name ends with, unless seen alone, before a citation ("miR2118")
# A word as a whole, with its digits and inner hyphens: "N2O", "CD28", "LDL-C", "anti-PD-1"
TOKEN = re.compile(r"[^\W_]+(?:[-‐‑][^\W_]+)*")
_TOKEN_BEFORE = re.compile(r"(?:[^\W_]+[-‐‑])*[^\W_]*$")


def name_before(text: str, start: int) -> str:
    """The word a digit run at ``start`` is glued to, with its inner hyphens ("MAGeCK-VISPR",
    "DcMYB7", "PRISMA"), searched in the 40 characters before it (empty if none)."""
    found = _TOKEN_BEFORE.search(text, max(0, start - 40), start)
    return found.group() if found else ""


# Where a citation ends a phrase: punctuation, or a word a clause goes on with
PHRASE_END = re.compile(
    r"[^\S\n]?[.,;:)\]—]|[^\S\n]{1,3}(?:and|or|but|with|which|who|whereas|while|in|for|to|from|"
    r"as|that|was|were|is|are|has|have|had|also)\b"
)


def split_readings(text: str, start: int, end: int, tokens: Counter[str]) -> list[Candidate]:
    """Readings of a run glued to a name that ends in digits, one for each place the name
    may end: "CD2813–15" is CD28 and 13–15, or CD281 and 3–15; "N2O23,25" is N2O and 23,25;
    "GLUT3190,191" is GLUT3 and 190,191. A name seen on its own elsewhere ("CD28", "N2O")
    makes its reading medium evidence, any other is weak: the order of first citations
    decides (:mod:`blinarefs.trace.infer`). A name seen more than once with these very
    digits ("CD133" again and again) has none."""
    run = text[start:end]
    lead = run[: len(run) - len(run.lstrip("0123456789"))]
    rest = run[len(lead) :]
    prefix = name_before(text, start)
    if not prefix[:1].isalpha() or not after_is_boundary(text, end):
        return []  # "1.1e-31)" is a number, "HLA-A29.1" a name
    again = tokens.get(prefix + lead, 0)
    # "with Minimap24." where "Minimap2" stands alone: at a clause end ("GG17 was lower"
    # beside "GG1" is a strain of its own)
    member = (
        prefix.isalpha()
        and len(lead) == 2
        and at_clause_end(text, end)
        and a_members_name_alone(prefix, lead, tokens)
    )
    family = not rest and len(lead) < 3 and numbered_family(prefix, lead, tokens)
    if (again > 1 or family) and not (
        shorter_mostly_alone(prefix, lead, again, tokens)
        or member
        or shorter_name_alone(prefix, lead, tokens)
    ):
        return []  # "CD133" again and again, "MMP-14" among "MMP-1, MMP-2, MMP-8"
    # a group no reading of the whole run can be ("CDC1386,87.", "NEK6241–244,"), or one
    # whose numbers fall ("WAVE265,66." as 265 then 66), as a citation's seldom do: the
    # name's digits end where a tight group begins, for the order to decide
    whole = expand_numbers(lead + rest) if lead[0] != "0" else None
    falling = whole is not None and any(a >= b for a, b in pairwise(whole))
    unreadable = bool(rest) and (not whole or len(whole) > LONGEST_RANGE or falling)
    # a word of letters alone ("CD", "Akt") ends with its letters unless its digits run on
    # into a group or past what a name carries: "Akt1" and "CXCL12" are names
    letters = not any(ch.isdigit() or ch in DASHES for ch in prefix)
    word = prefix.islower() and len(prefix) > 3 and not falling  # "helixhunter225,50"
    if letters and ((not rest and len(lead) < 3 and not member) or word):
        return []  # nor is a word ("adults902–907"); but "Minimap24" after "Minimap2" alone
    # digits no citation and no year can be as a whole ("OsSPL1411", "miR211817"): a name's
    # digits, then a citation of two or three digits where the order takes one
    long_lead = not rest and len(lead) > 3 and not YEAR.fullmatch(lead)
    out = []
    for k in range(len(lead)):
        if k == 0 and (not prefix[-1].isalpha() or (len(lead) < 2 and not rest)):
            continue  # "Ac-H3", "UV-B8": a name's letter and digit
        cited = lead[k:] + rest
        numbers = expand_numbers(cited) if cited[0] != "0" else None
        if not numbers or len(numbers) > LONGEST_RANGE:
            continue
        name = prefix + lead[:k]
        parts = re.split("(?=[-‐‑])", name)  # "anti-CTLA-4" is seen as "CTLA-4" too
        tails = ("".join(parts[i:]).lstrip("-‐‑") for i in range(len(parts)))
        seen = (k or not letters) and any(tokens.get(t, 0) for t in tails if not t.isdigit())
        if k > NAME_DIGITS and not seen:
            continue  # a name printed alone carries more digits ("GSE40272"), no other
        why = (f"'{name}' {SEEN_ALONE}" if seen else f"after a name, '{name}'",)
        if k and not seen and UNIT_POWER.fullmatch(name):  # "120 mg/m2308,309."
            seen, why = True, (f"{AFTER_POWER}, '{name}'",)
        strength = MEDIUM if seen else WEAK
        order_decides = (unreadable and _tight(numbers)) or (long_lead and len(cited) > 1)
        if k and not seen and not order_decides:
            continue
        out.append(Candidate(start + k, end, "superscript", strength, numbers, why=why))
    return out


def _tight(numbers: tuple[int, ...]) -> bool:
    """Whether a group rises by small steps, as a citation's numbers do ("86,87", not
    "6,87" or "386,87")."""
    return len(numbers) > 1 and all(0 < b - a <= LIST_STEP for a, b in pairwise(numbers))


# A unit's negative power after a value: "2143 cm -1", "0.1 mg min−1", "K min−1"; not a
# strain's or a name's digits ("E. coli K-12", "IL-12"), which follow no value
_UNIT_POWER_BEFORE = re.compile(
    r"\d[^\S\n]?(?:(?:[kcmµμnp]?(?:m|g|s|L|l|mol|M|Hz|Pa|J|W|V|Da)|min|h|K)[^\S\n·/]?){1,3}"
    r"[^\S\n]?[-−‒–]$"
)


def after_a_units_power(text: str, start: int, end: int) -> Candidate | None:
    """A citation glued to a unit's negative power: "at 2143 cm -123." is cm⁻¹, then
    citation 23; "2 K min−125,29" is min⁻¹, then 25 and 29. No unit takes a power of -12
    or more, so what follows the power's digit is the citation: medium evidence."""
    power, run = text[start : start + 1], text[start + 1 : end]
    if power not in "123" or not run[:1].isdigit() or run[0] == "0":
        return None
    if not _UNIT_POWER_BEFORE.search(text, max(0, start - 30), start):
        return None
    numbers = expand_numbers(run)
    if not numbers:
        return None
    why = (f"{AFTER_POWER}, '-{power}'",)
    return Candidate(start + 1, end, "superscript", MEDIUM, numbers, why=why)


_VALUE_THEN_WORD = re.compile(r"\d[^\S\n]?$")  # "100 cm", "5 mM": a unit after its value
# What a program's name goes on with: the kind of program it is ("GREAT45 algorithm",
# "BRAKER218 pipeline"), or an aside that gives its version or points to a figure
# ("FLYA19 (Supplementary Fig.", "zUMIs44 (v.0.0.3)", "ASMap24 [Figure S1]")
_PROGRAM_THEN = re.compile(
    r"[^\S\n](?:software|pipeline|package|algorithm|program|programme|tool|toolkit|"
    r"module|suite|library|plugin|server|web server)\b"
)
_POINTER_THEN = re.compile(
    r"[^\S\n][(\[][^\S\n]?(?:v\.?\d|version\b|Fig(?:ure)?s?\b|Supplementary\b|Table\b)"
)
_MID_SENTENCE = re.compile(r"[a-z,][^\S\n]$")  # "described by Page", "and Page"


def order_only(text: str, start: int, end: int) -> Candidate | None:
    """A reading for digits glued to a word that no rule reads as a superscript, where a
    phrase ends: a short author's or a program's name ("described by Page21.", "Dewey and
    Lu30.", "imported into BOSS19 and") or a name that may carry its own digits
    ("Yangmai16,", "wmc406 and"). Weak, with nothing for how it sits: only the order of
    first citations can take it, when its numbers are the next ones the manuscript cites;
    also where the clause goes on with the kind of program the name is ("GREAT45
    algorithm") or an aside that gives its version or points to a figure ("FLYA19
    (Supplementary Fig. 3)").
    Not one digit (a name's "Sub1", "APX2"), nor a unit after its value ("100 cm23."), nor
    a label ("page21", "Table12"; a capitalised "Page" in mid-sentence and the "PAGE" of
    "SDS-PAGE" are names)."""
    numbers = expand_numbers(text[start:end])
    if not numbers or (len(numbers) == 1 and numbers[0] < 10):
        return None
    word, ws = word_before(text, start)
    if len(word) < 2 or not after_is_boundary(text, end):
        return None
    if not (
        at_clause_end(text, end)
        or PHRASE_END.match(text, end)
        or _PROGRAM_THEN.match(text, end)
        or _POINTER_THEN.match(text, end)
    ):
        return None
    if _VALUE_THEN_WORD.search(text, max(0, ws - 2), ws):
        return None
    # "described by Page21.", "in SDS-PAGE63.": a name, not a label's word
    named = word[0].isupper() and _MID_SENTENCE.search(text, max(0, ws - 2), ws)
    in_name = word.isupper() and text[ws - 1 : ws] in DASHES
    if word.lower() in LABEL_WORDS and not (named or in_name):
        return None
    return Candidate(start, end, "superscript", WEAK, numbers, why=(ORDER_ONLY,))


def split_into_the_list(text: str, cand: Candidate, size: int, limit: int) -> Candidate | None:
    """A run glued to a word whose first number lies past the list, where the word's last
    digit (or two) and a number in the list make sense of it: "ggplot245," beside 47
    references is ggplot2 and citation 45, "brachytic238" brachytic2 and 38, "DESeq258,"
    DESeq2 and 58. Only where the whole run is a candidate of its own (weak ones too: a
    program's name in capitals at a clause end, "BRAKER218,", and then a citation of two
    digits: a code's "G71" is no "G7" and 1, "the family MIR444 and" no "MIR4" and 44; not
    "His323" in mid-clause), and weak: only
    the order can take it, when it brings in the next numbers (residues and family members
    numbered past the list are many); the whole number stays the other reading only where
    a list cut short could still reach it (``limit``)."""
    if cand.alternatives or cand.strength < WEAK or not cand.numbers or cand.numbers[0] <= size:
        return None
    if not text[cand.start - 1 : cand.start].isalpha():
        return None
    run = text[cand.start : cand.end]
    lead = run[: len(run) - len(run.lstrip("0123456789"))]
    ends = at_clause_end(text, cand.end) or text[cand.end : cand.end + 1] == ")"
    for k in (1, 2):
        if k >= len(lead) or lead[k] == "0":
            continue
        numbers = expand_numbers(lead[k:] + run[len(lead) :])
        if cand.strength == WEAK and (min(numbers or (0,)) < 10 or not ends):
            continue
        if numbers and max(numbers) <= size:
            name = text[cand.start - 1] + lead[:k]
            why = (f"after a name's digits, '{name}'",)
            split = replace(cand, start=cand.start + k, strength=WEAK, numbers=numbers, why=why)
            whole = (cand,) if max(cand.numbers) <= limit else ()
            return replace(split, alternatives=whole)
    return None


def within_the_list(
    body: str, flattened: list[Candidate], size: int | None, limit: int
) -> list[Candidate]:
    """A flattened number past the end of the list that splits into two within it is the
    two a copy printed without their separator ("survival.611" for 6 and 11), or, in a
    list cut short, the number itself ("survival.189" after 188 in a list of 170): both
    readings go to the order of first citations (infer.py), the two first. One glued to a
    word whose last digit begins it ("ggplot245," beside 47 references) is read as the
    word's digit and a citation in the list (``split_into_the_list``, up to ``limit``, the
    highest number a list cut short may still be cited with: ``infer.cut_limit``)."""
    if not size:
        return flattened
    out = []
    for c in flattened:
        # "KOG0563" is KOG0 and 563, or one of its other readings, not KOG and 5, 63
        glued = c.alternatives or (c.start and body[c.start - 1].isalnum())
        glued = glued or SPACED_ORDER_ONLY in c.why
        if len(c.numbers) == 1 and c.numbers[0] > size and not glued:
            pair = unseparated(body[c.start : c.end], size)
            if pair:
                c = replace(c, alternatives=(replace(c, numbers=pair),))
        out.append(split_into_the_list(body, c, size, limit) or c)
    return out
