"""Citation numbers printed on the line: in parentheses "(7, 8, 10–12)", and after the word
"ref." or "Refs" ("reviewed in ref. 12", "(Refs 1–5)").

Parenthesised numbers are also list labels ("(1) the dose"), statistics ("F(1,10)"),
chemical formulae ("Mg(CH3COO)2") and labels ("Figure (2)"): each candidate carries what
it looks like, and :mod:`blinarefs.trace.infer` weighs it against the order of numbers.
"""

from __future__ import annotations

import re

from .candidates import (
    DASHES,
    MARKED_GROUP,
    MEDIUM,
    REFERENCE_MARKS,
    SPACED_GROUP,
    STRONG,
    WEAK,
    Candidate,
    expand_numbers,
    range_of_a_value,
    spans_joined,
    words,
)
from .paren_counts import beside_a_share, items_a_paragraph_each, spelt_before

_PAREN = re.compile(rf"\(\s*({MARKED_GROUP})\s*\)")
# The number is the whole of what stands there: not glued to a capital, a word, or a
# hyphen's or a slash's sequel after it (a reference spectrum's "1H", a reference value's
# "7-day", an approval's "12/AB/0034"); "ref. 3a", a sub-labelled work, cites; "refs. 2 and
# 5–7" names 5, 6 and 7 too
_REF_WORD = re.compile(
    rf"\b(?:[Rr]efs?\.?|[Rr]eferences?)\s*(?:nos?\.?\s*)?({SPACED_GROUP}(?:\s*to\s*\d+|\s*and\s*\d+(?:\s*[{DASHES}]\s*\d+)?)?)"
    r"(?![\d.,]\d|\d|[A-Z]|[^\W\d_]{2}|[-‐/]\w)"
)
_POINTER = re.compile(r"(?:\b(et al)|\b[Rr]efs?|\b[Rr]eferences?)\.?,?$")
_SAID_BEFORE = re.compile(r"\b(?:[Rr]efs?|[Rr]eferences?)\.?\s*(?:nos?\.?\s*)?\(?\s*$")
_LABELS = words(
    "figure figures fig figs table tables eq eqs equation equations step steps lane lanes "
    "panel panels supplementary appendix chapter section sections"
) | words(  # the same in Portuguese and Spanish
    "figura figuras tabela tabelas tabla tablas equação equações ecuación ecuaciones "
    "expressão expressões expresión expresiones seção secção sección"
)
_HSPACE = " \t\u00a0\u2002\u2003\u2007\u2009\u202f"


def after_reference_word(text: str, start: int) -> bool:
    """Whether the number at ``start`` follows the word "ref." or "references" ("(ref. 3)",
    "in refs. 2 and 4", "see Ref. (20)"): a citation by its words, however the manuscript
    prints its others."""
    return _SAID_BEFORE.search(text, max(0, start - 24), start) is not None


def inline_candidates(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    for m in _PAREN.finditer(text) if "(" in text else ():
        cand = _paren(text, m)
        if cand is not None:
            out.append(cand)
    for m in _SHARED.finditer(text) if "(" in text else ():
        out.extend(_shared(m))
    for m in _REF_WORD.finditer(text) if "ef" in text else ():
        numbers = expand_numbers(m.group(1))
        if numbers:
            kind = "paren" if _inside(text, m.start(), "(", ")") else "superscript"
            out.append(
                Candidate(m.start(1), m.end(1), kind, STRONG, numbers, why=("after 'ref.'",))
            )
    return out


# A parenthesis whose citations share it with other words, a part of their own after a
# semicolon or a pointer: "(Figure 1A; 4–6)", "(31; Fig. 1)", "(e.g. 6, 10, 18)",
# "(see also 4, 25)", "(ver 12)", "(Table 2 in 24)", "(57 and references therein)"
SHARES = "shares its parentheses"
_SHARED = re.compile(r"\(([^()\n]{3,200})\)")
_SHARED_PART = re.compile(
    r"(?:(?:e\.g\.|i\.e\.|cf\.|(?:see|ver|véase|vide)(?: also| também| también)?|reviewed in|"
    r"(?:[Tt]able|[Ff]ig\.?|[Ff]igure)\s+"
    rf"\w+\s+(?:in|of))[,:]?\s*)?({MARKED_GROUP})(?:\s+and references therein)?"
)


# After a figure's panel or a supplement's item and a comma: "(Figure 1B, 25, 28)",
# "(supplemental Fig. S1A, and 12)"; a label with a bare number ("Figure 1, 2") may go on
# to a second figure
_LABELLED = re.compile(
    r"(?:[Ss]upplement(?:ary|al)\s+)?(?:[Ff]ig(?:ure)?s?\.?|[Tt]ables?)\s+(?:S\d+[A-Za-z]?|\d+[A-Za-z])"
    rf"\s*,\s*(?:and\s+|provided by\s+)?({MARKED_GROUP})"
)


def _shared(m: re.Match[str]) -> list[Candidate]:
    """The number groups of a parenthesis that holds other words too (see _SHARED and
    _LABELLED): each part between semicolons that is a group, or a pointer or a label and
    its group. Such a group is a citation less surely than a parenthesis of its own ("(n =
    12; 15)"), so it carries the sign and the order decides. A parenthesis of a pointer and
    its group alone is weak: "(e.g., 2)" is also where a copy leaves a superscript
    ("(e.g.,^2^)"), which only the manuscript's convention tells apart (features.py)."""
    inside = m.group(1)
    if _PAREN.fullmatch(m.group()) or (
        ";" not in inside and not _SHARED_PART.fullmatch(inside) and not _LABELLED.fullmatch(inside)
    ):
        return []
    if beside_a_share(inside.split(";")):
        return []  # "(33; 82.5%)": a count and its share
    out: list[Candidate] = []
    at = m.start(1)
    for part in inside.split(";"):
        lead = len(part) - len(part.lstrip())
        labelled = _LABELLED.fullmatch(part.strip())
        found = _SHARED_PART.fullmatch(part.strip()) or labelled
        if found:
            numbers = expand_numbers(REFERENCE_MARKS.sub("", found.group(1)))
            pointed = found.group() != found.group(1)  # "e.g. 6", "57 and references therein"
            if numbers and (pointed or part.strip() != inside.strip()):
                start = at + lead + found.start(1)
                strength = MEDIUM if ";" in inside or labelled else WEAK
                out.append(
                    Candidate(
                        start,
                        start + len(found.group(1)),
                        "paren",
                        strength,
                        numbers,
                        why=(SHARES,),
                    )
                )
        at += len(part) + 1
    return out


def _word(text: str, end: int) -> tuple[str, bool]:
    """The letters before ``end``, and whether they make a word of 4 or more, lower-case
    but for its first letter ("pneumonia(5)", "Japan(21)"; not "F(1,10)", "IL(6)")."""
    i = end
    while i > 0 and text[i - 1].isalpha():
        i -= 1
    word = text[i:end]
    return word, len(word) >= 4 and word[1:].islower()


def after_word(text: str, end: int) -> bool:
    return end < len(text) and (text[end].isalnum() or text[end] in "^_/")


def _inside(text: str, pos: int, opener: str, closer: str) -> bool:
    """Whether ``pos`` sits inside an ``opener`` ... ``closer`` pair on its line."""
    left = text.rfind(opener, max(0, pos - 200), pos)
    return left != -1 and text.rfind(closer, left, pos) == -1 and "\n" not in text[left:pos]


def _paren(text: str, m: re.Match[str]) -> Candidate | None:
    numbers = expand_numbers(REFERENCE_MARKS.sub("", m.group(1)))
    if not numbers:
        return None
    start, end = m.start(), m.end()
    if spelt_before(text, start, numbers):
        return None  # "four (4) studies": the count spelt, then in figures
    before = text[start - 1] if start else ""
    at_clause_end = re.match(r"[.,;:](?:\s|$)", text[end : end + 2]) is not None
    glued_word = before.isalpha() and _word(text, start)[1]
    why: list[str] = []
    if (glued_word or at_clause_end) and not after_word(text, end):
        pass  # "pneumonia(5).", "with DM2(4).": a superscript "(5)" flattened onto its word
    elif before.isalpha() and len(_word(text, start)[0]) > 1 and _WORD_AFTER.match(text, end):
        why.append("glued to a name")  # "of RVFV(36) and", "in(62)": the order decides
    elif before.isalnum() or before in "^_/":
        return None  # "F(1,10)", "t(9;22)", "Mg(CH3COO)2", "x^(2)": not a citation
    if after_word(text, end) and not _GLUED_GOES_ON.match(text, end):
        return None  # "(CH3)2", "(2)-hydroxy"
    i = start
    while i > 0 and text[i - 1] in _HSPACE:
        i -= 1
    pointer = _POINTER.search(text, max(0, i - 12), i)
    if pointer:  # "Reisine et al. (2) examined", "see Ref. (20)": nothing else is numbered so
        said = "ref." if pointer.group(1) is None else "et al."
        return Candidate(start, end, "paren", STRONG, numbers, why=(f"after '{said}'",))
    j, word = _word_at(text, i)
    if i == 0 or text[i - 1] in "\n:;":
        why.append("starts a line or a list")
    elif i == j < start and text[i - 1] in ".!?" and not _goes_on(text, end):
        # "in Disgonomonas sp. (37).", "of E.c. (23), D.r. (24)": an abbreviation's full
        # stop, or a citation printed after its sentence's, when the clause goes on after it
        why.append("after a sentence's end")
    elif word in _LABELS:
        why.append(f"a label after '{text[j:i]}'")
    elif _PAIRED_BEFORE.search(text, max(0, start - 12), start) or _PAIRED_AFTER.match(text, end):
        why.append("a label in a span of two, '(1)–(3)'")
    elif _labelled_run(text, i):
        why.append("a label in a run under one word, 'Equations (4), (6) and (9)'")
    elif (
        len(word) == 1
        and word not in _ONE_LETTER_WORDS
        and _VARIABLE.search(text, max(0, j - 2), j)
    ):
        # "M s (4)", "D c (2)": a variable and its index; not a unit ("54 d (31)",
        # "17°C (55)", "mg/L (45)") or a name ("in R (6)", "object B (7)", "Mnih V (16)")
        why.append(f"a formula's term, after the variable '{text[j:i]}'")
    if _COMPARED.match(text, end):
        why.append("a formula's term, followed by a comparison")  # "(4) = 0.2"
    if range_of_a_value(text, start, numbers):
        why.append("a range of values after a number")
    elif spans_joined(m.group(1)):
        why.append("a range of values joined to another by 'and'")
    if len(numbers) == 1 and not before.isalnum() and _opens_item(text, end):
        if _looks_like_list(text, start, numbers) and (
            word in _SEPARATORS or (i == j and text[i - 1] in ",;:")
        ):  # "plants: (1) Hsp100, (2) Hsp90, and (3) Hsp70"; not "Slade & Spencer (29) found"
            why.append("a list item after a separator, with (1), (2), (3) nearby")
        elif _looks_like_list(text, start, numbers) or items_a_paragraph_each(text, start, numbers):
            why.append("a list item, with (1), (2), (3) nearby")
        elif i == j and text[i - 1] == ",":
            why.append("a list item, after a comma and before its first word")
    elif items_a_paragraph_each(text, start, numbers):
        # "(1) As úlceras ...": an item that opens its paragraph opens with any word
        why.append("a list item, with (1), (2), (3) nearby")
    if not why and len(numbers) == 1 and _scale_point(text, start, end, numbers[0]):
        why.append("a scale's point, among (1), (2), (3) close together")
    return Candidate(start, end, "paren", MEDIUM, numbers, why=tuple(why))


def _word_at(text: str, i: int) -> tuple[int, str]:
    """Where the word that ends at ``i`` starts, and the word in lower case; "Eq." for an
    abbreviated label's full stop, not a sentence's end."""
    j = i
    while j > 0 and text[j - 1].isalpha():
        j -= 1
    word = text[j:i].lower()
    if i and text[i - 1] == ".":
        k = i - 1
        while k > 0 and text[k - 1].isalpha():
            k -= 1
        if text[k : i - 1].lower() in _LABELS:
            return k, text[k : i - 1].lower()
    return j, word


# "(1)–(3)", "(12)–(16)": two parenthesised numbers joined by a dash span equations or
# items; a parenthesised style prints a range of citations inside one pair, "(1–3)"
_PAIRED_BEFORE = re.compile(rf"\(\d+\)[ ]?[{DASHES}][ ]?$")
_PAIRED_AFTER = re.compile(rf"[ ]?[{DASHES}][ ]?\(\d+\)")
# "(14), (19), and (22)", "(9) and (10)": one parenthesised number after another, as a
# label's run names them
_RUN_BEFORE = re.compile(r"\(\d+\)(?:,[ ]?(?:(?:and|or)[ ]?)?|[ ](?:and|or|to)[ ]?)$")
_RUN_REACH = 20  # characters a number and its separator take
_LONGEST_RUN = 8


def _labelled_run(text: str, i: int) -> bool:
    """Whether the parenthesis at ``i`` goes on a run of parenthesised numbers that a label
    opens: "Equations (14), (19), and (22)", "Eq. (9) and (10)" name three and two
    equations; "Refs. (17) and (23)" or "(5), (6), (7)" after a clause are citations."""
    pos = i
    for _ in range(_LONGEST_RUN):  # bounded: the run is read back a few numbers at most
        m = _RUN_BEFORE.search(text, max(0, pos - _RUN_REACH), pos)
        if m is None:
            break
        pos = m.start()
        while pos > 0 and text[pos - 1] in _HSPACE:
            pos -= 1
    return pos < i and _word_at(text, pos)[1] in _LABELS


_POINT_REACH = 40  # how far apart the points of a scale stand: a few words each
_SCALE_POINTS = 3  # this many labels in a row, a few words apart, make a scale
_LONGEST_SCALE = 10
_CLAUSE_BREAK = re.compile(r"[.;:!?\n]")  # a scale's points share one clause


def _scale_point(text: str, start: int, end: int, n: int) -> bool:
    """ "never (0), hardly ever (1), occasionally (2)", "excellent (1), good (2), fair (3)":
    the points of a scale or the values of a coding stand a few words apart, each the next
    number, from (0) or (1). Citations in order stand so too ("such as GATK (5), BWA (6),
    SIFT (7)"), but only the first ones of a manuscript start from (1)."""
    run, pos, lowest = 1, start, n
    for k in range(n - 1, max(-1, n - _LONGEST_SCALE), -1):  # down to (0)
        found = text.rfind(f"({k})", max(0, pos - _POINT_REACH), pos)
        if found == -1 or _CLAUSE_BREAK.search(text, found + len(f"({k})"), pos):
            break
        run, lowest, pos = run + 1, k, found
    if lowest > 1:
        return False
    pos = end
    for k in range(n + 1, n + _LONGEST_SCALE):
        found = text.find(f"({k})", pos, pos + _POINT_REACH)
        if found == -1 or _CLAUSE_BREAK.search(text, pos, found):
            break
        run, pos = run + 1, found + len(f"({k})")
    return run >= _SCALE_POINTS


_WORD_AFTER = re.compile(r" [a-z]")
_SEPARATORS = words("and or e ou y o")  # English, Portuguese and Spanish
_ONE_LETTER_WORDS = words("a i e o y A I E O Y")  # English, Portuguese and Spanish words
_VARIABLE = re.compile(r"(?<![\w.])[A-Za-z] $")  # "M s": a letter after a letter alone
_COMPARED = re.compile(r"[ \t]?[=<>≤≥≈]")
_GO_ON = words(
    "and or but nor has have had is are was were which that who in on to for with as at by "
    "from than showed shown reported found demonstrated suggested described observed also"
)


# "equation (36)where Rn is": a copy that dropped a displayed formula (or a line break)
# glues the clause's next word to the citation; no formula goes on with a function word
_GLUED_GOES_ON = re.compile(r"(?:where|which|and|with|in|for|that|was|is|are)\b")
_AFTER = re.compile(r"[.,;:)\]]|[ \t]([a-z]+)\b")


def _goes_on(text: str, end: int) -> bool:
    """Whether the clause goes on after ``end``: punctuation, or a word a clause goes on with
    ("(41) but", "(37)."); a list item opens with its own words ("(1) Patients were")."""
    m = _AFTER.match(text, end)
    return m is not None and (m.group(1) is None or m.group(1) in _GO_ON)


def _opens_item(text: str, end: int) -> bool:
    """ "(2) the schedule", "(2) N0P2K2": the label is followed by the item's first word."""
    m = re.match(r"[ \t]+([A-Za-z]\w*)", text[end : end + 30])  # "(2) N0P2K2, (3) N1P2K2"
    return m is not None and m.group(1).lower() not in _GO_ON


_ITEM_REACH = 250  # how far after its label the next label of a list may stand
_LONGEST_LIST = 20  # a list longer than this is numbered otherwise than "(21)"


def _looks_like_list(text: str, start: int, numbers: tuple[int, ...]) -> bool:
    """ "(1) ... (2) ... (3)": a list's labels run from (1), each close after the one before
    in the same paragraph; for "(1)", "(2)" follows. Citations in order bring (n - 1) and
    (n + 1) near too ("the Icelogo (4) and two-sample logo (5) methods"), but seldom the
    whole run down to (1)."""
    n = numbers[0]
    if n == 1:
        hi = min(len(text), start + _ITEM_REACH)
        para = text.find("\n\n", start, hi)
        return "(2)" in text[start : hi if para == -1 else para]
    if n > _LONGEST_LIST:
        return False
    pos = start
    for k in range(n - 1, 0, -1):
        lo = max(0, pos - _ITEM_REACH)
        para = text.rfind("\n\n", lo, pos)
        pos = text.rfind(f"({k})", lo if para == -1 else para, pos)
        if pos == -1:
            return False
    return True
