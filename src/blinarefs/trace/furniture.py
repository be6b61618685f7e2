"""Paragraphs that are not made of claims: page furniture a web copy brings along ("Close
modal"), figure and table captions, headings, disclosures, comments and LaTeX markup. Each
is returned with why, so that :mod:`blinarefs.trace.claims` can report it as skipped."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from .sentences import LATEX_ONLY, Paragraph

_FURNITURE = frozenset(
    """close modal|view large|view large image|download slide|open in new tab|sign in|
    sign in via your institution|skip to main content|download pdf|share|cite|permissions|
    article navigation|view article|google scholar|crossref|pubmed|search|menu|back to top|
    advertisement|issue section|related articles|view metrics|email alerts|
    this feature is available to subscribers only""".replace("\n", "")
    .replace("    ", "")
    .split("|")
)
_DISCLOSURE = re.compile(
    r"(?:conflicts?[- ]of[- ]interest|competing interests?|disclosures?|declarations? of interests?"
    r"|funding|acknowledge?ments?|authorship|contributions?|data sharing|financial support)"
    r"\b[^.:\n]{0,40}[:.]",
    re.IGNORECASE,
)
_CAPTION = re.compile(
    r"(?:\\caption\b|(?:supplementa(?:l|ry)\s+)?(?:figure|fig\.|table|visual abstract)"
    r"\s*\d*[A-Z]?[.:|])",
    re.IGNORECASE,
)
# A citation after a sentence's end, as a copy flattens or prints it: "adults.1", "adults.1,2",
# "adults.1–3", "adults.^1^", "adults.[1]", or as Word's raised digits read: "adults.³,¹",
# "adults.¹⁻³"; after a word, not a number ("Section 2.1")
_MARKER_AFTER_END = re.compile(
    r"(?<=[^\W\d_)\]\"'”’%])([.!?])(?:\^?[\d,\u2013\u2014-]+\^?|\[[\d,\u2013\u2014-]+\]"
    r"|[\u2070\u00b9\u00b2\u00b3\u2074-\u2079][\u2070\u00b9\u00b2\u00b3\u2074-\u2079\u207b,\u2013-]*)$"
)
_TAIL = 40  # how much of a paragraph's end is looked at for that marker (linear time)


def _normal(text: str) -> str:
    return " ".join(text.split()).lower()


def _ending(norm: str) -> str:
    """The paragraph's last characters without a citation after its end: "in adults.1"
    ends a sentence as "in adults." does."""
    tail = norm[-_TAIL:]
    return _MARKER_AFTER_END.sub(r"\1", tail)


def classify_paragraphs(paragraphs: Sequence[Paragraph]) -> dict[int, str]:
    """paragraph index -> why it is not made of claims (absent: it is)."""
    counts = Counter(_normal(p.text) for p in paragraphs)
    out: dict[int, str] = {}
    for i, para in enumerate(paragraphs):
        norm = _normal(para.text)
        words = norm.split()
        if norm in _FURNITURE:
            out[para.index] = "page furniture"
        elif para.text.lstrip().startswith("%"):
            out[para.index] = "comment"
        elif LATEX_ONLY.fullmatch(para.text.strip()) or para.text.lstrip().startswith("#"):
            out[para.index] = "heading or markup"
        elif _DISCLOSURE.match(para.text.lstrip()):
            out[para.index] = "disclosure"
        elif _CAPTION.match(para.text.lstrip()):
            out[para.index] = "figure or table caption"
        elif counts[norm] > 1:
            out[para.index] = "figure caption (a line repeated verbatim)"
        elif i + 1 < len(paragraphs) and _normal(paragraphs[i + 1].text) in _FURNITURE:
            out[para.index] = "figure caption (before page furniture)"
        elif not _ending(norm).endswith((".", "!", "?", ":")) and (
            len(words) <= 8 or ("\n" not in para.text.strip() and len(words) <= 25)
        ):
            out[para.index] = "heading or page furniture"
    return out
