"""A book closed by its publisher, its place and its count of pages: "Title. Example Press,
Springfield, 320p."

The author-year lists of Brazil's and the Americas' zoology and ecology journals (Acta
Amazonica's, Neotropical Ichthyology's) print a book's imprint publisher first, then the
town (and perhaps its country), then how many pages it has, glued to its "p". The readers,
who see the place first and a colon in most imprints, took the publisher for a journal and
the count for its page, ran the title over the imprint when a full stop comes before the
count, or lost the title. A sentence of names set apart by commas, with no figure, closing
with such a count, is the imprint: the work is a book, its title the text before it.
"""

from __future__ import annotations

import re

from ..model import Reference
from .journals import PUBLISHER_LAST
from .one_name import ORGANISATION_WORDS
from .years import YEAR

# a name between commas: capitalised, no figure and no sentence's end inside ("México
# D.F", "Instituto de Exemplo/ Instituto do Amazonas", "the Netherlands"), perhaps with
# its acronym after it
_PART = r"(?:the\s)?[A-ZÀ-Ý][^.,;:\d()\[\]]*(?:\.[A-ZÀ-Ý][^.,;:\d()\[\]]*)*(?:\s\([A-ZÀ-Ý]{2,}\))?"
_PARTS = rf"(?P<imprint>{_PART}(?:,\s{_PART})+)"
# after the title's full stop: the publisher's parts and the place's, then the count of
# pages glued to its "p" and nothing but a link after it
_COUNTED = re.compile(rf"\.\s+{_PARTS}[.,]\s?\d{{1,5}}\s?pp?\.?(?=\s*(?:\(?https?:\S*\)?\.?\s*)?$)")
# what every count _COUNTED finds holds: a figure, then its "p" (searched first: the count
# closes a book in a few lists, and _COUNTED tries its names from every full stop)
_FIGURE_P = re.compile(r"\d\s?p")
# ... or with no count, closing a reference whose year was printed after the names
_CLOSING = re.compile(rf"\.\s+{_PARTS}\.?\s*$")
# a part that still names the publisher: a body's word, a publisher's or an acronym
_ACRONYM = re.compile(r"[A-ZÀ-Ý]{2,}")
# where the title starts when the readers lost it: after the year ("2030. ", "(2030) ")
_AFTER_YEAR = re.compile(rf"\b\(?{YEAR.pattern}[a-z]?\)?[.,]?\s+")


def extent_imprint(ref: Reference) -> Reference:
    """``ref`` read as the book its closing imprint prints, or as it was (a chapter, a
    thesis, a reading whose title is not in its text)."""
    if ref.type not in ("article-journal", "document", "book", "report"):
        return ref
    text = ref.source_text
    found = (_COUNTED.search(text) if _FIGURE_P.search(text) else None) or _closing(ref)
    if found is None:
        return ref
    at = text.find(ref.title) if ref.title else -1
    title = _title(text, ref.title, found.start())
    if not title:
        return ref
    # the readers' journal is the imprint, or the lost title and the imprint: no journal
    # named before the imprint (a series', a journal's) is left out
    if ref.container_title and ref.container_title not in (
        found["imprint"] if 0 <= at < found.start() else text[text.find(title) : found.end()]
    ):
        return ref
    parts = found["imprint"].split(", ")
    cut = 1
    while cut < len(parts) - 1 and _names_publisher(parts[cut]):
        cut += 1
    return ref.with_fields(
        type=ref.type if ref.type in ("book", "report") else "book",
        title=title,
        container_title="",
        container_title_short="",
        publisher=ref.publisher or ", ".join(parts[:cut]),
        publisher_place=ref.publisher_place or ", ".join(parts[cut:]),
    )


def _closing(ref: Reference) -> re.Match[str] | None:
    """The imprint with no count that closes ``ref``: a body or a publisher first, a place
    last, the year printed before it, no volume or pages read."""
    if ref.volume or ref.page or not ref.issued:  # (asked first: most are journal articles)
        return None
    found = _CLOSING.search(ref.source_text)
    if found is None:
        return None
    parts = found["imprint"].split(", ")
    if not _names_publisher(parts[0]) or _names_publisher(parts[-1]):
        return None
    return found if str(ref.issued[0]) in ref.source_text[: found.start()] else None


def _title(text: str, title: str, end: int) -> str:
    """The title, cut where the imprint starts if it ran over it; a title lost, or read
    inside the imprint, is the sentence after the year."""
    at = text.find(title) if title else -1
    if 0 <= at < end:
        return text[at:end].strip() if end < at + len(title) else title
    if title and at < 0:
        return ""  # a title not printed as read: left alone
    years = list(_AFTER_YEAR.finditer(text, 0, end))
    lost = text[years[-1].end() : end].strip() if years else ""
    return lost if len(lost.split()) >= 2 and ". " not in lost else ""


def _names_publisher(part: str) -> bool:
    return bool(
        ORGANISATION_WORDS.search(part) or PUBLISHER_LAST.search(part)
        or _ACRONYM.fullmatch(part)
    )  # fmt: skip
