"""Paragraphs that are not made of claims: page furniture a web copy brings along ("Close
modal"), figure and table captions, headings, disclosures, comments and LaTeX markup. Each
is returned with why, so that :mod:`blinarefs.trace.claims` can report it as skipped."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from .labels import DISCLOSURE_HEADING, statement_label
from .sections import contents_entry, section_of
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
# a float's label printed as a paragraph of its own (a JATS or Word copy): "Fig. 2.",
# "Table 1", "Supplementary Figure S3"; the caption follows it
_FLOAT_LABEL = re.compile(
    r"(?:supplementa(?:l|ry)\s+)?(?:figures?|figs?\.?|tables?|schemes?|charts?|boxe?s?|plates?)"
    r"\s*S?\d+[A-Za-z]?\s*[.:|]?",
    re.IGNORECASE,
)
_TAIL = 40  # how much of a paragraph's end is looked at for that marker (linear time)


def _normal(text: str) -> str:
    return " ".join(text.split()).lower()


def _ending(norm: str) -> str:
    """The paragraph's last characters without a citation after its end: "in adults.1"
    ends a sentence as "in adults." does."""
    tail = norm[-_TAIL:]
    return _MARKER_AFTER_END.sub(r"\1", tail)


def _contents(text: str) -> bool:
    """A table of contents, as a text copy prints it: most of its lines are entries with
    their pages ("1.1<tab>Background<tab>3"), one paragraph when no blank line parts them."""
    lines = [line for line in text.splitlines() if line.strip()]
    return 2 * sum(map(contents_entry, lines)) > len(lines)


def _short_lines(text: str) -> bool:
    """Lines that each end a name or a place, not a sentence or a wrapped line of prose: a
    title page saved as text with no blank line between its paragraphs ("Jane Roe1, John
    Doe2" / "1 Department of Tests, Nowhere, USA"). Prose wrapped by hand ends most of its
    lines on a small word."""
    lines = [line.split() for line in text.splitlines() if line.strip()]
    return len(lines) > 1 and all(
        len(line) <= 25 and not line[-1][:1].islower() and line[-1][-1:] not in ".!?:"
        for line in lines
    )


def classify_paragraphs(paragraphs: Sequence[Paragraph]) -> dict[int, str]:
    """paragraph index -> why it is not made of claims (absent: it is). Paragraphs under a
    heading that names end matter ("Acknowledgements", "Author contributions") are
    disclosures up to the next heading that names a section, end matter or an appendix
    (a table's rows and sub-headings floated among them are none)."""
    out = _classify_each(paragraphs)
    under_end_matter = False
    for para in paragraphs:
        reason = out.get(para.index, "")
        title = para.text.lstrip("# ").strip()
        if reason.startswith("heading") and not (under_end_matter and _inside(title)):
            under_end_matter = bool(DISCLOSURE_HEADING.fullmatch(title))
        elif under_end_matter and not reason:
            out[para.index] = "disclosure (under its heading)"
    return out


_BACK_PART = re.compile(r"(?:appendix|appendices|annex|supplement|box|glossary)", re.I)


def _inside(title: str) -> bool:
    """A short line under end matter that names no section and opens no appendix: a
    table's row or sub-heading that a PDF copy printed among the statements (a float placed
    on its page: "Baseline data", "Age (years); mean 46 (11)"), no heading that ends them."""
    return section_of(title) is None and not _BACK_PART.match(title)


def _after_label(paragraphs: Sequence[Paragraph], i: int, out: dict[int, str]) -> bool:
    """Is paragraph i the caption under a float's label: right after it, or after the
    caption's own title line ("Fig. 2." / "Photocycle intermediates" / the legend)?"""
    for back in (1, 2):
        if i - back < 0 or not _FLOAT_LABEL.fullmatch(paragraphs[i - back].text.strip()):
            continue
        if back == 1:
            return True
        title = _normal(paragraphs[i - 1].text)
        return not title.endswith((".", "!", "?")) and len(title.split()) <= 25
    return False


def _classify_each(paragraphs: Sequence[Paragraph]) -> dict[int, str]:
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
        elif labelled := statement_label(para.text.lstrip()):
            out[para.index] = labelled
        elif all(x.lstrip()[:1] == "|" for x in para.text.strip().splitlines()):
            out[para.index] = "table"  # a Markdown pipe table's rows: cells, not sentences
        elif _CAPTION.match(para.text.lstrip()):
            out[para.index] = "figure or table caption"
        elif _after_label(paragraphs, i, out):
            out[para.index] = "figure or table caption (after its label)"
        elif _contents(para.text):
            out[para.index] = "table of contents"
        elif counts[norm] > 1 and not (len(words) <= 4 and section_of(para.text)):
            # a structured abstract's "Methods" or "Results" comes again as the body's
            # heading: that repetition is a heading's, not a caption's
            out[para.index] = "figure caption (a line repeated verbatim)"
        elif i + 1 < len(paragraphs) and _normal(paragraphs[i + 1].text) in _FURNITURE:
            out[para.index] = "figure caption (before page furniture)"
        elif not _ending(norm).endswith((".", "!", "?", ":")) and (
            len(words) <= 8
            or ("\n" not in para.text.strip() and len(words) <= 25)
            or _short_lines(para.text)
        ):
            out[para.index] = "heading or page furniture"
    return out
