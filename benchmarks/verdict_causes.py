"""Why a ``check`` verdict on a Word file and on its plain-text export differ, for
eval_docx_reader.py ``--verdicts``.

Each verdict only one side gives is put down to one cause, from the two traces and the
verdicts on the article's JATS (whose markers are the markup's):

- ``plain: uncertain digits``: "uncertain marker", a finding only flattened digits give;
- ``plain: citation not read``: the plain text missed a citation the Word file has (a
  reference uncited, a claim uncited, a claim cut after flattened digits glued to it);
- ``plain: digits read as a citation``: the plain text has a citation where the Word file
  and the markup have none;
- ``plain: marker misread``: a marker verdict (order, conventions, dangling) the Word file
  does not give;
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

_SUPERSCRIPT = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹˒⁻⁽⁾", "0123456789,-()")
_LEADING_DIGITS = re.compile(r"^[\d\s,;–-]+\s")
_MARKER_CODES = ("citation-order", "mixed-conventions", "dangling-citation")


def _flat(text: str) -> str:
    return " ".join(text.translate(_SUPERSCRIPT).split())


def _cited(trace) -> set[int]:
    return {n for c in trace.citations for n in c.numbers}


def causes(
    word: list[dict], plain: list[dict], result: dict, traces: tuple, markup: set
) -> Counter:
    """The cause of each verdict in ``result["word_only"]`` and ``result["plain_only"]``
    (see :func:`eval_docx_fields.compare`); ``traces`` are the Word file's, the plain
    text's and the JATS's; ``markup`` the keys of the verdicts on the JATS."""
    from eval_docx_fields import _key

    on_word, on_plain, on_jats = traces
    cited = {"docx": _cited(on_word), "plain": _cited(on_plain), "markup": _cited(on_jats)}
    found: Counter = Counter()
    sides = (
        ("docx", result["word_only"], word, on_plain),
        ("plain", result["plain_only"], plain, on_word),
    )
    for side, only, findings, other in sides:
        left = Counter(only)
        flat_other = _flat(other.text)
        for f in findings:
            key = _key(f)
            if left[key] <= 0:
                continue
            left[key] -= 1
            found[_cause(side, f, key in markup, cited, other, flat_other)] += 1
    return found


def _cause(side, f, agrees, cited, other, flat_other) -> str:
    code = f["code"]
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
