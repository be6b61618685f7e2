"""A journal whose one-word name opens with a small letter and goes on in capitals
(eNeuro's, mSphere's, mSystems' form: "Roe J. Made-up widget circuits. eExample 2030;
4: e0364.") read as the title's last sentence.

The labeller learned the few such names it saw in training (eLife, mBio, iScience) and
runs the others into the title: the article keeps its volume and pages but has no journal.
A sentence of one word printed so, between the title's full stop and the volume, is a
journal's name: no title ends with a word a small letter opens before capitals and small
letters, and gene and protein names printed that way ("mTOR", "cAMP") are capitals after
the first letter, which the pattern leaves out.
"""

from __future__ import annotations

import re

from ..model import Reference

# ". eExample" | ". mSystems" | ". eClinicalMedicine" at the title's end: one to three small
# letters, a capital, and small letters after it (not "mTOR", not "cAMP")
_LAST_SENTENCE = re.compile(r"(?<=[^\W_)\]])[.?!]\s+([a-z]{1,3}[A-Z][a-z]+(?:[A-Z][a-z]+)*)\.?$")


# Vancouver's date and volume after the journal's name: " 2030;4", " 2030 Mar; 4"
_YEAR_VOLUME = re.compile(r"\.? (?:19|20)\d\d(?: [A-Z][a-z]{2})?; ?\d")


def camel_journal_out_of_title(ref: Reference) -> Reference:
    """``ref`` with a one-word journal's name such as "eExample" out of the end of its
    title, when no journal was read and the volume or the pages were (a volume with no
    pages, "eExample 2030;4.", is read as a book or a document: an article, as the year
    and the volume after the name show)."""
    if ref.container_title or ref.type not in ("article-journal", "book", "document"):
        return ref
    m = _LAST_SENTENCE.search(ref.title) if ref.volume or ref.page else None
    if not m:
        return ref
    if ref.type != "article-journal":
        at = ref.source_text.find(ref.title)
        if at < 0 or not _YEAR_VOLUME.match(ref.source_text, at + len(ref.title)):
            return ref
    title = ref.title[: m.start() + (ref.title[m.start()] in "?!")]
    return ref.with_fields(title=title, container_title=m.group(1), type="article-journal")
