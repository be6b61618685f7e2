"""Spaced superscripts the rules of :mod:`blinarefs.trace.sitting` leave out: where a
manuscript prints its superscripts after a space, some copies also keep the space after
the superscript's markup, before the punctuation ("identified 7 . By", "species 6 , it",
"(see review 4 ), and"), and cite a data set's reference right after its address
("https://doi.org/10.5281/zenodo.1234 33"). Asked only of a manuscript read as spacing
its superscripts (:func:`~blinarefs.trace.decode.decode_markers`). Pure and bounded: a few
characters either side of a run, the word before it.
"""

from __future__ import annotations

import re

from ..words import NUMBER_WORDS
from .candidates import SPACED_ORDER_ONLY, WEAK, Candidate, expand_numbers, words
from .inline_items import an_inline_item
from .numberwords import FOLLOWERS, UNIT_WORDS
from .outside_prose import in_address
from .quantities import RATE_UNITS, SPACE_THEN_END, spaced_quantity, spaced_superscript
from .textpos import HSPACE, VERSION_BEFORE, word_before

# A parenthesis closed right after the run, then the clause goes on or ends
_CLOSE_THEN_END = re.compile(r"\)(?=[\s.,;:]|$)")
# Where a data set's reference after its address ends: a line, a clause or an aside
_LINE_OR_CLAUSE_END = re.compile(r"[^\S\n]{0,3}(?:\n|$|[.,;:)\]](?=\s|$))")


def _space_before(text: str, start: int) -> int:
    """Where the spaces right before ``start`` begin (``start`` where there are none)."""
    i = start
    while i > 0 and text[i - 1] in HSPACE:
        i -= 1
    return i


def spaced_either_side(text: str, start: int, end: int) -> bool:
    """Whether the run ``text[start:end]`` sits between spaces where a spaced superscript
    does: after a space, then a space before the punctuation that ends a clause, and not
    where a number is a quantity or a label's ("Figure 2 )", "n = 3 ,")."""
    space = _space_before(text, start)
    if space == start or space == 0 or not SPACE_THEN_END.match(text, end):
        return False
    return not spaced_quantity(text, space, end)


def closes_an_aside(text: str, start: int, end: int) -> bool:
    """Whether the run ``text[start:end]`` after a space closes a parenthesis that opened
    before its word, where a spaced superscript ends an aside ("(e.g. Cufflinks 8, DEXSeq
    9, LeafCutter 10)"), and not where a number is a quantity or a label's ("(Figure 2)",
    "(n = 3)"), nor after a year's comma, the superscript of a narrative citation in
    parentheses ("Roe et al. (2013, 31)") (:func:`~blinarefs.trace.quantities.spaced_quantity`)."""
    space = _space_before(text, start)
    if space == start or space == 0 or not _CLOSE_THEN_END.match(text, end):
        return False
    return not spaced_quantity(text, space, end)


# An aside that holds a capitalised name of one to three words and nothing else before the
# run: "(CUSP 9)", "(Data Set 1)", "(Trial 1)"; not "(e.g. Cufflinks 8", "(see review 9"
_A_NAME_ALONE = re.compile(r"\([A-Z][\w-]*(?:[^\S\n][A-Za-z][\w-]*){0,2}[^\S\n]$")


def a_name_and_its_number(text: str, start: int, end: int) -> bool:
    """Whether the run ``text[start:end]`` after a space closes an aside that holds only a
    capitalised name ("protocol (CUSP 9)", "(Data Set 1)"): such an aside names the thing
    beside it with its own number as often as it cites ("methods (Cufflinks 8)"), so the
    manuscript's habit of spacing its superscripts vouches for neither; only the order of
    first citations can tell (a citation there brings in the next number, a label repeats
    one already cited)."""
    lo = max(0, start - 40)
    return text[end : end + 1] == ")" and _A_NAME_ALONE.search(text, lo, start) is not None


def after_an_address(text: str, start: int, end: int) -> bool:
    """Whether the run ``text[start:end]`` follows a web address or a DOI after a space
    and ends a line or a clause: the reference of the data set the address names (an
    address takes no count after it). Not after an e-mail address, which names a person, no
    data set: an author block's "jroe@example.edu 1 2" are the author's affiliation marks."""
    space = _space_before(text, start)
    if space == start or space == 0 or text[space - 1].isspace():
        return False
    if _E_MAIL_END.search(text, max(0, space - 200), space):
        return False
    return in_address(text, space) and _LINE_OR_CLAUSE_END.match(text, end) is not None


# An e-mail address right before the space: "jroe@example.edu", not a web address with "@"
_E_MAIL_END = re.compile(r"(?<![^\s(<\[])[\w.+-]+@[\w-]+(?:\.[\w-]+)+[.,;]?$")


# A group's comma with a space before it: "7 , 12 , 13", where each number was raised and
# the markup kept the spaces around it
# (the next number only looked at: "3  ,  4  ,  9" has two such commas, not one)
_SPACED_COMMA = re.compile(r"\d[^\S\n]{1,2},(?=[^\S\n]{0,2}\d)")

_BEFORE_A_SPACED_GROUP = ',;:)"”’'  # a clause's or an aside's end, a quotation's close


def a_group_spaced_at_its_commas(text: str, start: int, end: int) -> bool:
    """Whether the run ``text[start:end]`` after a word (or its comma, an aside's close or a
    quotation's: 'a "slow fever." 4 , 5 This') and a space is a group of numbers each with a
    space before its comma ("genetics 7 , 12 , 13 need", "cancer, 3 , 56 visual"): prose
    puts its comma right after a number ("values 7, 12 and 13"); only superscripts a copy
    flattened, each raised alone with the spaces around it kept, print so, in mid-clause
    too and whatever word the clause goes on with (the article's language)."""
    space = _space_before(text, start)
    if space == start or space == 0:
        return False
    if not (text[space - 1].isalpha() or text[space - 1] in _BEFORE_A_SPACED_GROUP):
        return False
    commas = text.count(",", start, end)
    spaced = len(_SPACED_COMMA.findall(text, start, end))
    return commas > 0 and spaced == commas and not spaced_quantity(text, space, end)


def spaced_beyond_sitting(text: str, start: int, end: int) -> bool:
    """Whether the run ``text[start:end]``, which :func:`~blinarefs.trace.sitting.classify_run`
    reads as no superscript, is one a manuscript that spaces its superscripts prints; not a
    label of the text's own ("(DS 3 and DS 4)", :func:`a_label_after_a_space`)."""
    return (
        spaced_either_side(text, start, end)
        or closes_an_aside(text, start, end)
        or after_an_address(text, start, end)
        or a_group_spaced_at_its_commas(text, start, end)
    ) and not a_label_after_a_space(text, start, end)


# The first words of a line, with no punctuation among them, then a colon ("Market
# response 1:", "Dataset 2:"), or its one word, then any punctuation ("Dataset 1."): no
# sentence is that short ("Pain was scored 1." is one)
_LINE_HEAD = re.compile(r"(?:^|\n)[^\S\n]*(?:[^\W\d_]+[^\S\n]+){1,3}$")
_LINE_WORD = re.compile(r"(?:^|\n)[^\S\n]*[^\W\d_]+[^\S\n]+$")
_COLON = re.compile(r":(?=\s|$)")
_LINE_WORD_END = re.compile(r"[.,:;](?=\s|$)")
# Another number after "and", "or", "to": "between helices 4 and 5", "isoforms 1 and 5",
# "compostos 2 e 3", "grupos 1 a 4"
_NUMBER_AFTER = re.compile(r"[^\S\n]{1,3}(?:and|or|to|&|e|ou|y|o|a)[^\S\n]{1,3}\d")
# A list's last number after its serial comma: "patients 1, 12, and 17", "1, 12, e 17"
_LAST_AFTER_A_LIST = re.compile(r",[^\S\n]{1,3}(?:and|or|e|ou|y|o)[^\S\n]{1,3}\d")
# Two labels joined by a word, the same word before each: "DS 3 and DS 4", "DS 3 e DS 4"
_JOINED = r"[^\S\n]{1,3}(?:and|or|&|e|ou|y|o)[^\S\n]{1,3}"
# ... the other number before the run's, or after it
_WORD_NUMBER_BEFORE = re.compile(rf"(?<![^\W\d_])([^\W\d_]+)[^\S\n]\d+{_JOINED}([^\W\d_]+)$")
_WORD_THEN_NUMBER_AFTER = re.compile(rf"{_JOINED}([^\W\d_]+)[^\S\n]\d")


def a_label_after_a_space(text: str, start: int, end: int) -> bool:
    """Whether the run ``text[start:end]`` after a space is a label of the text's own, not
    a superscript a copy spaced: one that ends the first words of a line before its colon
    (a heading's or an interview's "Market response 1:"), or a line's one word ("Dataset
    1.", "Respondent 2,"), or one listed with another number by a word ("compounds 2 and
    3", "patients 1, 12, and 17"): a citation's numbers are a group of their own ("4, 5"), a
    label's are named in prose, and a label's word names it again ("DS 3 and DS 4", either
    one); or an inline enumeration's item ("reasons: 1) They ... 2) They",
    :mod:`.inline_items`)."""
    space = _space_before(text, start)
    if space == start or space == 0:
        return False
    lo = max(0, space - 60)
    if _COLON.match(text, end) and _LINE_HEAD.search(text, lo, start):
        return True
    if _LINE_WORD_END.match(text, end) and _LINE_WORD.search(text, lo, start):
        return True
    if _NUMBER_AFTER.match(text, end):
        return True
    if "," in text[start:end] and _LAST_AFTER_A_LIST.match(text, end):
        return True  # "patients 1, 12, and 17": a group no citation closes with "and 17"
    # "(DS 3 and DS 4)", "(DS 3 e DS 4)": the same word again with another number
    word = word_before(text, space)[0]
    again = _WORD_THEN_NUMBER_AFTER.match(text, end)
    if again is not None and again.group(1) == word:
        return True
    before = _WORD_NUMBER_BEFORE.search(text, lo, space)
    if before is not None and before.group(1) == before.group(2) == word:
        return True
    return an_inline_item(text, start, end)  # "reasons: 1) They ... 2) They"


# A word (or an aside's close) and one space right before the run: "Sorter 21", "(ZQ-1) 16"
_WORD_THEN_SPACE = re.compile(r"(?:[^\W_]|\))[^\S\n]$")
# An item's or a clause's comma and one space right before the run: "in rice, 13 maize"
_COMMA_THEN_SPACE = re.compile(r"[^\W\d_)],[^\S\n]$")
_A_WORD_AFTER = re.compile(r"[^\S\n][^\W\d_]")  # the clause goes on with a word
# A sentence's opening phrase of one to five words and its comma: "Of these, ", "After
# screening, ", "Of the 40 plots sown, ": the sentence's subject comes next, which a count
# opens ("Of these, 12 failed"); a citation follows what it supports
_AN_OPENING_PHRASE = re.compile(
    r"(?:\A|[.!?:][^\S\n]+|\n[^\S\n]*)[^\s,;.]+(?:[^\S\n]+[^\s,;.]+){0,4},[^\S\n]$"
)
# Words a clause goes on with after a citation, which no count takes as its noun; and
# their Portuguese and Spanish equivalents: "como" (as), "sobre" (on), "com", "con"
# (with), "para" (for, to), "por", "pelo", "pela" (by), "em", "en", "na", "no" (in):
# "um estudo de caso 19 sobre", "a gordura saturada 31 na dieta", "o documento 10 em que"
_GOES_ON_WITH = re.compile(
    r"[^\S\n](?:with|for|to|as|in|on|from|at|by|via|did|does|do|together|como|sobre"
    r"|com|con|para|por|pelo|pela|em|en|na|no)\b"
)


# After a version, what a citation goes on with: a word, or an aside that points elsewhere
_ASIDE_AFTER = re.compile(r"[^\S\n]\([^\S\n]?(?:Fig(?:ure)?s?|Tables?|Supplementary)\b")
_NEXT_WORD = re.compile(r"[^\S\n]([a-z]+)\b")


def _after_a_version(text: str, space: int, end: int) -> bool:
    """Whether the run after the space at ``space`` follows a program's version and the
    clause goes on with a word a citation is followed by, or an aside that points to a
    figure ("using Bowtie version 0.12.7 34 and", "Sketcher version 12.01 20 ( Figure
    2)"): a version counts nothing, so the number after it is no count of it; "v2.1 15
    patients" counts patients."""
    if VERSION_BEFORE.search(text, max(0, space - 24), space) is None:
        return False
    word = _NEXT_WORD.match(text, end)
    goes_on = word is not None and word.group(1) in FOLLOWERS
    aside = _ASIDE_AFTER.match(text, end) is not None
    return goes_on or aside or _GOES_ON_WITH.match(text, end) is not None


CLOSE = 10  # a group's first two numbers this close: a citation's, not a label's and one


def spaced_order_only(text: str, start: int, end: int) -> Candidate | None:
    """A reading of the run ``text[start:end]`` after one space in mid-clause, which
    :func:`~blinarefs.trace.sitting.classify_run` reads as no superscript: a copy that
    glues most superscripts still spaces some ("the tool Sorter 21 with default settings",
    "methylation of KNQ3 57 and", "both blockers (ZQ-1) 16 together"), and one that
    spaces them all has them before a preposition too ("an earlier protocol 36 with").
    Weak, with nothing for how it sits (no spaced habit's weight either, features.py):
    only the order of first citations can take it, when it brings in the next number.
    Only where no quantity's word governs it (:func:`~blinarefs.trace.quantities.spaced_quantity`),
    the clause goes on with a word a citation is followed by, and its first number is 10
    or more (labels and counts name small numbers: "protocol 2 with") unless it opens a
    group of close numbers ("a unique niche 7,8 in": no count is printed so), and never a
    label listed with another number ("compounds 12 and 13")."""
    numbers = expand_numbers(text[start:end])
    if not numbers:
        return None
    # a group of small numbers close together ("niche 7,8 in"): no count's or label's form;
    # but "domain 3,83" is a label's number, then a citation
    group = len(numbers) > 1 and "," in text[start:end] and numbers[1] - numbers[0] <= CLOSE
    if numbers[0] < 10 and not group:
        return None
    space = _space_before(text, start)
    if space != start - 1:
        return None
    if _COMMA_THEN_SPACE.search(text, max(0, start - 3), start):
        offered = after_an_items_comma(text, space, start, end, numbers)
    else:
        offered = _WORD_THEN_SPACE.search(
            text, max(0, start - 2), start
        ) is not None and _goes_on_after_a_word(text, space, end)
    if not offered or a_label_after_a_space(text, start, end):
        return None
    return Candidate(start, end, "superscript", WEAK, numbers, why=(SPACED_ORDER_ONLY,))


def _goes_on_after_a_word(text: str, space: int, end: int) -> bool:
    """Whether the clause goes on after the run, which follows a word and the space at
    ``space``, as it does after a citation ("Sorter 21 with", "KNQ3 57 and")."""
    goes_on = _GOES_ON_WITH.match(text, end) and not spaced_quantity(text, space, end)
    return bool(
        goes_on or spaced_superscript(text, space, end) or _after_a_version(text, space, end)
    )


def after_an_items_comma(
    text: str, space: int, start: int, end: int, numbers: tuple[int, ...]
) -> bool:
    """Whether the run after a comma and the space at ``space`` sits as a superscript
    printed after the comma of what it supports does ("in rice, 13 maize"), the clause going
    on with a word, and not as a count after a sentence's opening phrase ("Of these, 12
    failed"), a quantity's word or in a list of counts ("(six females, 10 males)")."""
    return (
        _A_WORD_AFTER.match(text, end) is not None
        and not spaced_quantity(text, space, end)
        and _AN_OPENING_PHRASE.search(text, max(0, start - 80), start) is None
        and not _in_a_list_of_counts(text, space, end, numbers)
    )


# A count and its noun, the noun's first word taken: "30 min", "the 44 sites", "six females"
_A_COUNT = re.compile(
    r"(?<![\w.,\u2013-])(\d+|(?i:" + "|".join(NUMBER_WORDS) + r"))[^\S\n]+([^\W\d_]+)"
)
_AN_ITEMS_START = re.compile(r"[,;:(\n]|[.!?][^\S\n]")  # where the item before the comma opens
_NEXT_ITEM = re.compile(r"[^,;:.()\n]{0,60},[^\S\n]")  # the clause's next comma, then an item
_WORD_AFTER = re.compile(r"[^\S\n]([^\W\d_]+)")
_UNITS = UNIT_WORDS | RATE_UNITS | words("h ul")
SERIES = 3  # how far a cited series' numbers rise from one item to the next ("11 cassava, 12")


def _a_unit(word: str) -> bool:
    return word.lower().replace("µ", "u").replace("μ", "u") in _UNITS


def _a_count_not_cited(item: str, low: int, high: int, parallel: str, opened: bool) -> bool:
    """Whether ``item``, a list's item beside the run, holds a count and its noun, not a
    superscript of a series cited item by item ("banana, 11 cassava, 12 chickpea"), which
    opens the item and rises by a few (between ``low`` and ``high``, exclusive and
    inclusive), or falls back to one cited before ("obesity, 59 smoking, 55 fever"). A
    count is a number word, a number after the item's first words ("of 20 alpha helices",
    "Of the 44 sites"; not a year), one with its unit ("30 min") or in a parenthesis the
    item opens ("(19 with DLBCL"), or one with the same word after it as the run has
    (``parallel``: "68 with URFs, 37 with")."""
    for m in _A_COUNT.finditer(item):
        value, noun = m.group(1), m.group(2)
        if not value.isdigit():
            return True
        if low < int(value) <= high or 1900 <= int(value) < 2100:
            continue
        first = not item[: m.start()].strip()
        if not first or opened or _a_unit(noun) or noun == parallel:
            return True
    return False


def _in_a_list_of_counts(text: str, space: int, end: int, numbers: tuple[int, ...]) -> bool:
    """Whether the run after an item's comma and the space at ``space`` is a count listed
    with other counts ("30 min, 30 min, 15 min", "(six females, 10 males)", "(19 with DLBCL,
    11 with MCL", "Of the 44 sites, 34 reported"), or a quantity with its unit ("cells, 24
    hours"), not a superscript: the list's other items count too."""
    word = _WORD_AFTER.match(text, end)
    after_run = word.group(1) if word is not None else ""
    if _a_unit(after_run):
        return True
    comma = space - 1
    opens = [m.end() for m in _AN_ITEMS_START.finditer(text, max(0, comma - 80), comma)]
    lo = opens[-1] if opens else max(0, comma - 80)
    opened = text[lo - 1 : lo] == "("
    if _a_count_not_cited(
        text[lo:comma], numbers[0] - 1 - SERIES, numbers[0] - 1, after_run, opened
    ):
        return True
    nxt = _NEXT_ITEM.match(text, end)
    count = _A_COUNT.match(text, nxt.end()) if nxt is not None else None
    if count is None:
        return False
    value = count.group(1)
    if value.isdigit() and numbers[-1] < int(value) <= numbers[-1] + SERIES:
        return False  # "banana, 11 cassava, 12 chickpea": the series' next
    return not value.isdigit() or _a_unit(count.group(2)) or count.group(2) == after_run
