"""What a number after a space is in a manuscript that spaces its superscripts ("in this
group 17."): a quantity, a label or a formula's count ("aged 5 to 11", "Fig. 2 and", "CaCl
2,"), or a superscript a copy spaced. Pure: the words either side of a run.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..words import NUMBER_WORDS
from .candidates import DASHES, UNIT_POWER, words
from .numberwords import (
    DETERMINERS,
    FOLLOWERS,
    LABEL_ABBREVIATIONS,
    LABEL_WORDS,
    QUANTITY_GOVERNORS,
    QUANTITY_NAMES,
)
from .spaced_powers import a_spaced_power
from .textpos import HSPACE, YEAR_END, at_clause_end, sentence_break_after, word_before

# A space, then the punctuation a clause ends with: prose puts no space before a comma or
# a full stop, the markup of a superscript a copy flattened does ("aegypti 8 , the")
SPACE_THEN_END = re.compile(r"[^\S\n]{1,3}(?:[.,;:]|[)\]][.,;:]?)(?=\s|$)")
# A narrative citation's year and its comma inside parentheses: "Roe et al. (2013, 31)"
YEAR_COMMA = re.compile(r"\((?:19|20)\d\d[a-z]?,$")


def space_then_clause_end(text: str, end: int) -> bool:
    """Whether a space, then the punctuation a clause ends with, follows ``end``: where a
    copy kept the space after a superscript's markup ("identified 7 . By")."""
    m = SPACE_THEN_END.match(text, end)
    return m is not None and text[m.end() - 1] in ".,;:"  # "review 4 )," too


# a parenthesis closed right after digits, at a clause's or a line's end
_CLOSE_AT_END = re.compile(r"\)(?:[.,;:](?=\s|$)|(?=\n|$))")
_ASIDE_REACH = 300  # characters back in which an aside's opening parenthesis is looked for


def closes_unopened(text: str, start: int, end: int) -> bool:
    """Whether digits end at a clause's end with a parenthesis that nothing before them
    on their line opened: a superscript printed with its closing parenthesis, as some
    Japanese journals print them ("in the carotid arteries 1–3)."); not an aside's number
    ("(see Figure 2).") nor a list item's label ("1) controls")."""
    if not _CLOSE_AT_END.match(text, end):
        return False
    before = text[max(text.rfind("\n", 0, start) + 1, start - _ASIDE_REACH) : start]
    return before.count("(") <= before.count(")")


# the word after a run, a space or two on (a copy that kept the markup's space after it), in
# lower case, accented too ("é", "têm")
_NEXT_WORD = re.compile(r"[^\S\n]{1,2}([^\W\d_A-Z][^\W\d_]*)\b")
# An aside opened right after the run, not a count's share or size ("37 (12%)", "(n = 4)")
_ASIDE_NEXT = re.compile(r"[^\S\n]\((?![^\S\n]?(?:\d|n\b))")
# An aside that points to the manuscript's own figures and tables, or gives a program's
# version: a count or a label before it has its noun after it ("12 mice (Table 2)")
_POINTER_ASIDE = re.compile(
    r"[^\S\n]\([^\S\n]?(?:Fig(?:ure)?s?\b|Tables?\b|Supplementary\b|version\b)"
)
# After a clause's comma, a past verb or "of" that a count before it is the subject of (not
# "have": "services in Brazil, 24 have fewer" spaces a citation before its clause's verb)
_COUNTED_AFTER = re.compile(r"[^\S\n](?:were|was|of|foram|foi|fueron|fue)\b")
# A group that goes on with "and" and one more number lists values, not citations: a copy
# prints a superscript group whole ("5,6,7"), with no "and"
_VALUES_GO_ON = re.compile(r",? (?:and|or|e|ou|y|o) \d")
# A count's bound: "12 or more", "12 ou mais", "12 o menos"
_OR_MORE = re.compile(r"[^\S\n]{1,3}(?:or|ou|o)[^\S\n]+(?:more|less|fewer|mais|menos|más)\b")
_FORMULA = re.compile(r"(?:[A-Z][a-z]?){2,4}")  # "CaCl", "MgCl": elements' symbols
_FORMULA_CASE = re.compile(r"[a-z][A-Z]")
_NOT_BEFORE_SPACED = QUANTITY_GOVERNORS | LABEL_ABBREVIATIONS | LABEL_WORDS


# What goes on after a year and a spaced superscript: a conjunction or the clause's verb,
# not a count's noun ("in 2014 32 studies") nor another number ("in 2014 12 and 13")
GOES_ON_AFTER_A_YEAR = re.compile(
    r"[^\S\n](?:and|but|which|whereas|while|found|showed|[a-z]{2,}ed)\b(?![^\S\n]\d)"
)


def spaced_superscript(text: str, space: int, end: int) -> bool:
    """In a manuscript that spaces its superscripts: the run after the space at ``space``
    ends where a clause does, before an aside, or before the word a clause goes on with."""
    if spaced_quantity(text, space, end):
        return False
    nxt = _NEXT_WORD.match(text, end)
    # "(MOP) 37 ( Figure 1)": between two asides no word governs a count; after a word an
    # aside follows a label or a product's version as often ("Prism 6 (La Jolla)")
    aside = text[space - 1] == ")" and _ASIDE_NEXT.match(text, end) is not None
    # "in cells lit by light 126 ( Figure 3C)", "the package scater 18 (version 1.6)": a word,
    # its spaced superscript, then an aside that points elsewhere
    pointer = text[space - 1].isalpha() and _POINTER_ASIDE.match(text, end) is not None
    # "tissues, and organs 20, 21—a collection", "using Dendra2 51 — are": an em dash opens
    # an aside as a clause's end does; a count runs on into its noun
    dash = text[end : end + 1] == "—" or text[end : end + 2] == " —"
    return (
        at_clause_end(text, end)
        or aside
        or pointer
        or dash
        or (nxt is not None and nxt.group(1) in FOLLOWERS)
        or (nxt is not None and _a_name_then_its_verb(text, space, end, nxt.group(1)))
        or a_name_then_its_year(text, space, end)
        or (
            YEAR_END.search(text, max(0, space - 4), space) is not None
            and GOES_ON_AFTER_A_YEAR.match(text, end) is not None
        )
    )


# A verb's past ("mapped", "analysed") or its third person in "-ies" ("identifies"): what a
# sentence does after naming a work's author or program, not a count's noun ("12 cases")
_VERB_ENDS = ("ed", "ies")
# ... and the past of the irregular verbs a narrative citation goes on with ("Roe 4 found")
_IRREGULAR_PAST = frozenset({"found", "made", "took", "gave", "held", "wrote", "built", "drew"})
_CAPITALISED = re.compile(r"[A-Z][\w-]*")  # "Werner", "SwitchSeq", "DRIM-Seq" (not "AMOC")


def _a_name_then_its_verb(text: str, space: int, end: int, verb: str) -> bool:
    """Whether the run after the space at ``space`` sits between a name and the verb it
    is the subject of: "as Gong and Werner 21 mapped", "the tool SwitchSeq 20 identifies":
    a narrative citation of an author or a program, which a manuscript that spaces its
    superscripts prints so. Not a label of the text's own that it numbers elsewhere too
    ("Patient 4 developed" beside "Patient 2"), nor a common noun, written in lower case
    elsewhere, that labels a thing or opens a sentence ("Model 6 explained", "Patients 12
    improved")."""
    if verb not in _IRREGULAR_PAST and (len(verb) < 4 or not verb.endswith(_VERB_ENDS)):
        return False
    start = space
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    name = text[start:space]
    if not _CAPITALISED.fullmatch(name) or name.upper() == name:
        return False
    if written_in_lower_case(text, name):
        return False
    return numbered_otherwise(text, name, text[space:end].strip())


# The year of a work in parentheses, right after a narrative citation's superscript
_YEAR_ASIDE = re.compile(r"[^\S\n]{1,3}\((?:19|20)\d\d[a-z]?\)")


def a_name_then_its_year(text: str, space: int, end: int) -> bool:
    """Whether the run after the space at ``space`` sits between a name and a year in
    parentheses: "Lindqvist 3 (2011) measured", "Okafor & Vance 5 (1998), in": a narrative
    citation naming the author, then the work's year, as a manuscript that spaces its
    superscripts prints it. Not a label's number ("Table 2 (2019)"), nor a common noun's,
    written in lower case elsewhere ("Model 2 (2005)")."""
    if not _YEAR_ASIDE.match(text, end):
        return False
    start = space
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    name = text[start:space]
    if not _CAPITALISED.fullmatch(name) or name.upper() == name or name.lower() in _LABELS:
        return False
    return not written_in_lower_case(text, name)


@lru_cache(maxsize=64)
def written_in_lower_case(text: str, word: str) -> bool:
    """Whether ``word`` occurs in lower case in ``text``: a common noun, not a name."""
    return re.search(rf"(?<![^\W_]){re.escape(word.lower())}(?![^\W_])", text) is not None


@lru_cache(maxsize=64)
def numbered_otherwise(text: str, name: str, digits: str) -> bool:
    """Whether ``name`` stands before no number but ``digits`` anywhere in ``text``."""
    found = re.findall(rf"(?<![^\W_]){re.escape(name)} (\d+)", text)
    return all(d == digits for d in found)


_LABELS = LABEL_WORDS | LABEL_ABBREVIATIONS | words("equation section chapter file step")


def _number_then_end(text: str, space: int, end: int) -> bool:
    """Whether the number before the space at ``space`` is a value, not a label's ("Table 1
    2."), and the run after the space ends a clause or sentence: a second number there is
    a superscript the copy spaced (its markup's space kept before the punctuation too:
    "AgOBP1 38 ."), or closes an aside ("(pK = 8.1 48)", "(Extended data 2 33)")."""
    if not (
        at_clause_end(text, end)
        or text[end : end + 1] == ")"
        or space_then_clause_end(text, end)
        or sentence_break_after(text, end)
    ):
        return False
    token = space
    while token > 0 and not text[token - 1].isspace():
        token -= 1
    gap = token
    while gap > 0 and text[gap - 1] in HSPACE:
        gap -= 1
    label, _ = word_before(text, gap - 1 if text[gap - 1 : gap] == "." else gap)
    return label.lower() not in _LABELS


def quantitys_value(text: str, end: int) -> bool:
    """Whether the word ending at ``end`` names a quantity and follows a determiner ("by a
    factor", "the coefficient"), so that a number after it is the quantity's value."""
    word, start = word_before(text, end)
    if word.lower() not in QUANTITY_NAMES or start < 2 or text[start - 1] != " ":
        return False
    return word_before(text, start - 1)[0].lower() in DETERMINERS


def spaced_quantity(text: str, space: int, end: int) -> bool:
    """Whether the run after the space at ``space`` is a quantity, a label or a formula's
    count, which a manuscript that spaces its superscripts also has."""
    j = space - 1 if text[space - 1] in ",;." else space
    if a_spaced_power(text, space, end):
        return True  # "24.9 kg/m 2 )": a unit's square the copy spaced (spaced_powers.py)
    if "," in text[space:end] and _VALUES_GO_ON.match(text, end):
        return True  # "on each dataset using 1, 2, 5, and 10 cores": values listed on
    if _OR_MORE.match(text, end):
        return True  # "defined as 12 or more months", "12 ou mais meses": a count
    if YEAR_COMMA.search(text, max(0, space - 7), space):
        return False  # "Roe et al. (2013, 31)": a year's comma, then the superscript
    word, _ = word_before(text, j)
    if YEAR_END.search(text, max(0, j - 4), j) and (
        at_clause_end(text, end) or GOES_ON_AFTER_A_YEAR.match(text, end)
    ):
        # "by 2030 24.": a year, then a superscript where the clause ends, or where it goes
        # on with its verb or a conjunction ("published in 1998 7 and", "in 2001 105 found")
        return False
    if j == space and _a_name_with_digits(text, j):
        return False  # "methylation of PLK1 57 and", "the drug CH05-10 113 are": no value
    value = text[j - 1].isdigit() and text[j] in " ."  # "0.8 17.", "Tracer 1.2. 23 This"
    if value and _number_then_end(text, j, end):
        return False  # no count follows a value, nor starts a sentence after one
    if j < space and text[j] == "," and _a_name_with_digits(text, j):
        return False  # "in COVID-19, 18 , 19 we": a name's digits, its comma, a superscript
    if text[j - 1].isdigit():
        return True  # "aged 5 to 11", "Table 1."
    if quantitys_value(text, j):
        return True  # "by a factor 9.", "the coefficient 12,"
    if j == space and _numbered_plural(text, j, word):
        return True  # "For Datasets 2-4, we", "(Data Sets 1 and 3)"
    stop = j < space and text[j] == "." and word.lower() not in LABEL_ABBREVIATIONS
    named = j == space and word in _NAMED_IN_CAPITALS  # "by NO 56.": nitric oxide, no "No."
    if (
        word.lower() in _NOT_BEFORE_SPACED
        and not named
        and not (stop and sentence_break_after(text, end))
    ):
        # "of 3 doses", "Fig. 2 and"; but "number of groups. 44 Importantly", and a unit
        # whose value comes before it: "for at least 20 days 54.", "for four weeks 11, 21."
        return not (
            _valued_unit(text, j - len(word), word, end) or _after_a_plural(text, j, word, end)
        )
    if text[space - 1] in "<>=≤≥±×:−+" or (text[space - 1] in ",(" and text[end : end + 1] == ":"):
        return True  # "z-scores > 2,", "(4: normal use, 3: slight limping", "T − 1", "10− 7"
    if text[space - 1] == "," and _COUNTED_AFTER.match(text, end):
        return True  # "Of the 58 genes, 7 were shared": a count, the subject of its clause
    # "2 mM CaCl 2,": a formula's count that a copy spaced
    return bool(_FORMULA.fullmatch(word) and _FORMULA_CASE.search(word) and text[j - 1] == word[-1])


# Label abbreviations whose capitals name a chemical: nitric oxide and its synthase
_NAMED_IN_CAPITALS = frozenset({"NO", "NOS"})
_NAME_TOKEN = 30  # characters looked back for the word before a space


def _a_name_with_digits(text: str, end: int) -> bool:
    """Whether the word ending at ``end`` is a name that carries digits ("PLK1", "TOP2A",
    "COVID-19", "CH05-10"): it opens with a letter and holds a digit, so a number after
    it and a space is no value of its own ("aged 5 to 11" has a number before the space,
    "of 3 doses" a word) and no count of it, but a superscript the copy spaced. A letter
    with its digits only ("S1", "m2") is a label's or a unit's power."""
    start = end
    while start > max(0, end - _NAME_TOKEN) and not text[start - 1].isspace():
        start -= 1
    token = text[start:end].lstrip("([")
    return (
        len(token) > 2
        and token[0].isalpha()
        and any(ch.isdigit() for ch in token)
        and all(ch.isalnum() or ch in DASHES for ch in token)
        and not UNIT_POWER.fullmatch(token)
    )


def _numbered_plural(text: str, end: int, word: str) -> bool:
    """Whether ``word``, ending at ``end``, is a plural in capitals in mid-sentence whose
    singular the text numbers too ("Datasets 2-4" beside "Dataset 1", "Cases 1 and 3"
    beside "Case 2"): a label of the text's own things. A surname that ends in "s" ("as
    Jones 12 showed") has no singular before a number; a plural in lower case ("two
    simulated datasets 30 were", "the datasets 6.") is a noun a citation may follow."""
    if len(word) < 4 or not word[0].isupper() or not word[1:].islower() or word[-1] != "s":
        return False
    if word.endswith(("ss", "us", "is")) or text[end - len(word) - 2 : end - len(word)] == ". ":
        return False
    return _numbered(text, word[:-1])


@lru_cache(maxsize=64)
def _numbered(text: str, singular: str) -> bool:
    """Whether ``singular`` stands before a number somewhere in ``text`` ("Dataset 1");
    once per text and word (a text's hash is kept by the string)."""
    return re.search(rf"(?<![^\W_]){re.escape(singular)} \d", text) is not None


_TIME_UNITS = words("days weeks months years hours minutes doses cycles")
_VALUE_WORD = re.compile(r"(?:\d|\b(?:" + "|".join(NUMBER_WORDS) + r"))[^\S\n]$")
# A rate's unit ("6 runs per day"), and an age given by its time ("six months of age"):
# the quantity's value is printed before, so a number after it at a clause end is no value
_PER = re.compile(r"\bper[^\S\n]$")
_OF_AGE = re.compile(r"\b(?:day|week|month|year)s?[^\S\n]of[^\S\n]$")
RATE_UNITS = _TIME_UNITS | words("day week month year hour minute dose cycle")


# Plurals of things a number labels or counts: "groups", "doses" (not a time's unit, which
# numbers its days: "on days 6.")
_PLURALS = words(
    "ages cycles grades stages phases arms groups cohorts doses levels types classes scores "
    "steps visits lines versions"
)


def _after_a_plural(text: str, end_of_word: int, word: str, end: int) -> bool:
    """Whether one number follows a plural in lower case right before a clause's end
    ("between the two groups 50.", "at achievable doses 20."): it
    labels none of them, as a label names its thing in the singular ("in group 5.") or
    lists them ("groups 1 and 2", "doses 1–3")."""
    if word not in _PLURALS or text[end_of_word : end_of_word + 1] != " ":
        return False
    run = text[end_of_word:end].strip()
    return run.isdecimal() and (at_clause_end(text, end) or space_then_clause_end(text, end))


def _valued_unit(text: str, start: int, word: str, end: int) -> bool:
    """Whether ``word`` at ``start`` is a unit of time or of count with its value before it,
    and the run after it ends a clause: the number then counts nothing ("treated for 20
    days 54.", "at most twice per day 5.", "less than six months of age 13."); "days 3 to
    5" and "of 3 doses 2 weeks apart" go on."""
    low = word.lower()
    if low not in RATE_UNITS and low != "age":
        return False
    if not (at_clause_end(text, end) or space_then_clause_end(text, end)):
        return False
    lo = max(0, start - 15)
    if low == "age":
        return _OF_AGE.search(text, lo, start) is not None
    if _PER.search(text, lo, start):
        return True
    if low not in _TIME_UNITS:
        return False
    return _VALUE_WORD.search(text, max(0, start - 7), start) is not None
