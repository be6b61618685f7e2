"""Why a ``check`` verdict on a Word file and on its plain-text export differ, for
eval_docx_reader.py ``--verdicts``.

Each verdict only one side gives is put down to one cause, from the two traces and the
verdicts on the article's JATS (whose markers are the markup's):

- ``inherent: raised digits flattened``, ``inherent: subscript flattened``: a plain-side
  verdict about a marker ("uncertain marker", citation order, mixed conventions, dangling)
  on digits the Word file raises (a charge's "2–", a power, a citation) or lowers at that
  very place (its runs' digits written as superscript or subscript characters, after the
  same words) and the export flattened: where no reader can tell a citation from a value
  for sure, as field_causes.py counts them (not where the plain text sets the digits apart
  itself, "showed.14 Later", "44%149)", "(SPV). 3 The": :func:`apart_in_plain`, the
  decoder's to read); and a Word-only verdict that citations are
  printed both raised and as plain digits glued to their words (a journal's bare xrefs,
  "cycle7, 8" among "cycle⁷˒⁸"): the export flattens the raised ones too, and the
  difference the verdict names is gone from every plain text. Counted, not hidden: the
  benchmark gives the agreement over every verdict and, beside it, over what both sides can know;
- ``plain: uncertain digits``: "uncertain marker", a finding only flattened digits give,
  on digits the Word file does not raise there, or raises where the plain text sets them
  apart too;
- ``plain: citation not read``: the plain text missed a citation the Word file has (a
  reference uncited, a claim uncited, a claim cut after flattened digits glued to it);
- ``plain: digits read as a citation``: the plain text has a citation where the Word file
  and the markup have none;
- ``plain: marker misread``: a marker verdict (order, conventions, dangling) the Word file
  does not give (on digits it raises, where the plain text sets them apart too);
- ``word: the markup agrees``: a Word-only verdict the markup gives too;
- ``word: citation not read``: the plain text and the markup cite what the Word file does
  not;
- ``word: untagged or bare``: a verdict on citations the two sides read differently where
  the markup gives neither (or only the plain text's: the Word file cites what the markup
  does not) (a raised citation the journal left untagged,
  an ``xref`` it printed as plain digits);
- ``claims cut differently``, ``other``: what is left, to read.
"""

from __future__ import annotations

import re
from collections import Counter

from flattened_digits import LOWERED, RAISED
from verdict_keys import verdict_key

from blinarefs.trace.numberwords import LABEL_ABBREVIATIONS

_SUPERSCRIPT = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹˒⁻⁽⁾", "0123456789,-()")
_SET = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹˒⁻⁽⁾₀₁₂₃₄₅₆₇₈₉₋₍₎", "0123456789,-()0123456789-()")
_LEADING_DIGITS = re.compile(r"^[\d\s,;–-]+\s")
_MARKER_CODES = ("citation-order", "mixed-conventions", "dangling-citation")
_MARKER_FINDINGS = ("uncertain-marker", *_MARKER_CODES)  # verdicts about one marker's digits
# a mixed-conventions verdict whose conventions are raised and glued digits, no other
_RAISED_AND_GLUED = re.compile(
    r"in 2 conventions \(\d+ (?:superscript, \d+ flattened superscript \(glued digits\)|"
    r"flattened superscript \(glued digits\), \d+ superscript)\)"
)


def _flat(text: str) -> str:
    return " ".join(text.translate(_SUPERSCRIPT).split())


def _cited(trace) -> set[int]:
    return {n for c in trace.citations for n in c.numbers}


def causes(
    word: list[dict],
    plain: list[dict],
    result: dict,
    traces: tuple,
    markup: set,
    formatted: str = "",
    each: list | None = None,
) -> Counter:
    """The cause of each verdict in ``result["word_only"]`` and ``result["plain_only"]``
    (see :func:`verdict_keys.compare`); ``traces`` are the Word file's, the plain
    text's and the JATS's; ``markup`` the keys of the verdicts on the JATS; ``formatted``
    the Word file's text with every raised and lowered digit as a superscript or subscript
    character (the Word trace's text, which raises only citations, when not given);
    ``each`` gets (side, finding, cause) for every one, to list them with their cause."""
    on_word, on_plain, on_jats = traces
    cited = {"docx": _cited(on_word), "plain": _cited(on_plain), "markup": _cited(on_jats)}
    found: Counter = Counter()
    sides = (
        ("docx", result["word_only"], word, on_plain),
        ("plain", result["plain_only"], plain, on_word),
    )
    set_apart = _SetApart(formatted or on_word.text)
    for side, only, findings, other in sides:
        left = Counter(only)
        flat_other = _flat(other.text)
        for f in findings:
            key = verdict_key(f)
            if left[key] <= 0:
                continue
            left[key] -= 1
            span = f.get("span") if side == "plain" and f["code"] in _MARKER_FINDINGS else None
            how = set_apart.at(on_plain.text, *span) if span else ""
            if how == "raised digits" and apart_in_plain(on_plain.text, *span):
                how = ""  # the plain text sets them apart itself: the decoder's to read
            if how:
                why = f"inherent: {how} flattened"
            else:
                why = _cause(side, f, key in markup, cited, other, flat_other)
            found[why] += 1
            if each is not None:
                each.append((side, f, why))
    return found


class _SetApart:
    """Where the Word file's text (raised and lowered digits as superscript and subscript
    characters) sets digits apart, found from the plain text by the words before them, both
    flattened."""

    def __init__(self, text: str) -> None:
        flat, where = [], []
        for i, ch in enumerate(text):
            ch = " " if ch.isspace() else ch.translate(_SET)
            if ch == " " and flat and flat[-1] == " ":
                continue
            flat.append(ch)
            where.append(i)
        self._flat, self._where, self._text = "".join(flat), where, text

    def at(self, plain: str, start: int, end: int) -> str:
        """ "raised digits", "subscript": how the Word file sets the digits of
        plain[start:end] ("" when it does not set them apart)."""
        before = plain[max(0, start - 60) : start]
        words = " ".join(before.split()[-4:]) + (" " if before[-1:].isspace() else "")
        sought = words + " ".join(plain[start:end].split())
        at = self._flat.find(sought) if sought.strip() else -1
        while at >= 0:
            spots = [self._where[k] for k in range(at + len(words), at + len(sought))]
            digits = [self._text[i] for i in spots if self._text[i].translate(_SET).isdigit()]
            if digits and all(d in RAISED for d in digits):
                return "raised digits"
            if digits and all(d in LOWERED for d in digits):
                return "subscript"
            at = self._flat.find(sought, at + 1)
        return ""


# Where a plain text sets flattened digits apart by itself: after a word's clause
# punctuation ("showed.14 Later", "herders,9with"; not a number's "2030.14" nor a name's
# "PQR-5.17"), after a percentage ("44%149)"), or spaced between a word's full stop and the
# next sentence's capital ("(SPV). 3 The"). Glued to a word, a name or a number ("Keet9",
# "2016161"), after a label's abbreviation ("ref.24"), or spaced in a clause ("section 4,"),
# they are a value's or a label's as well as a citation's, and the export's loss.
_WORD_STOP = r"(?:[^\W\d_]{2}|[-‐][^\W\d_]|[)%])"
_APART_GLUED = re.compile(rf"(?:{_WORD_STOP}[.,;:]|\d%)$")
_APART_SPACED = re.compile(rf"{_WORD_STOP}\.[^\S\n]+$")
_NEXT_SENTENCE = re.compile(r"[^\S\n]*(?:[,–-][^\S\n]*\d+[^\S\n]*)*(?:\n|[^\S\n]+[A-Z])")


def apart_in_plain(plain: str, start: int, end: int) -> bool:
    """Whether plain[start:end], a marker's flattened digits, stand where no word's or
    value's digits do, so that a plain reader can tell them a citation (see above)."""
    before = plain[max(0, start - 8) : start]
    word = re.search(r"([^\W\d_]*)[.,;:\s]*$", before)
    if word and word.group(1).lower() in LABEL_ABBREVIATIONS:
        return False  # "ref.24", "Fig. 3": a label's number, raised or not
    if _APART_GLUED.search(before):
        return True
    return bool(_APART_SPACED.search(before) and _NEXT_SENTENCE.match(plain, end))


def _cause(side, f, agrees, cited, other, flat_other) -> str:
    code = f["code"]
    if side == "docx" and code == "mixed-conventions" and _RAISED_AND_GLUED.search(f["message"]):
        return "inherent: raised digits flattened"
    if side == "plain" and code == "uncertain-marker":
        return "plain: uncertain digits"
    if side == "docx" and agrees:
        return "word: the markup agrees"
    theirs = "plain" if side == "docx" else "docx"
    if code == "uncited-reference":
        n = int(re.search(r"reference (\d+)", f["message"]).group(1))
        if n in cited[theirs]:
            if side == "plain":
                return (
                    "plain: citation not read" if n in cited["markup"] else "word: untagged or bare"
                )
            return (
                "word: citation not read"
                if n in cited["markup"]
                else "plain: digits read as a citation"
            )
    if code == "uncited-claim" and f.get("text"):
        claim = _flat(f["text"])
        if side == "plain" and _LEADING_DIGITS.match(claim):
            return "plain: citation not read"  # flattened digits glued to the next claim
        if flat_other.find(claim[:60]) < 0:
            return "claims cut differently"
        if any(_inside(other.text, c.start, claim) for c in other.citations):
            return (
                "plain: citation not read"
                if side == "plain"
                else "plain: digits read as a citation"
            )
        return "claims cut differently"
    if code in _MARKER_CODES:
        return "plain: marker misread" if side == "plain" else "word: untagged or bare"
    return "other"


def _inside(text: str, start: int, claim: str) -> bool:
    """Whether the citation at ``start`` stands inside the claim (or closes it)."""
    window = text[max(0, start - len(claim) - 40) : start + len(claim) + 40]
    at = len(_flat(text[max(0, start - len(claim) - 40) : start]))
    found = _flat(window).find(claim[:40])
    return 0 <= found <= at + 1 <= found + len(claim) + 2
