"""A journal whose one-word name opens with a small letter and goes on in capitals
(eNeuro's, mSphere's, mSystems' form: "Roe J. Made-up widget circuits. eExample 2030;
4: e0364.") read as the title's last sentence.

The labeller learned the few such names it saw in training (eLife, mBio, iScience) and
runs the others into the title: the article keeps its volume and pages but has no journal.
A sentence of one word printed so, between the title's full stop and the volume, is a
journal's name: no title ends with a word a small letter opens before capitals and small
letters, and gene and protein names printed that way ("mTOR", "cAMP") are capitals after
the first letter, which the pattern leaves out.

The labeller may also leave such a name out of every field (read as "other" between the
title's full stop and the year): the name is then read from the printed text, where it
stands between the title's end and the year and volume, held by no field.
"""

from __future__ import annotations

import re

from ..model import Reference

# ". eExample" | ". mSystems" | ". eClinicalMedicine" at the title's end: one to three small
# letters, a capital, and small letters after it (not "mTOR", not "cAMP")
_CAMEL = r"([a-z]{1,3}[A-Z][a-z]+(?:[A-Z][a-z]+)*)"
_LAST_SENTENCE = re.compile(rf"(?<=[^\W_)\]])[.?!]\s+{_CAMEL}\.?$")


# Vancouver's date and volume after the journal's name: " 2030;4", " 2030 Mar; 4"
_YEAR_VOLUME = re.compile(r"\.? (?:19|20)\d\d(?: [A-Z][a-z]{2})?; ?\d")

# the same name printed right after the title's full stop and held by no field:
# ". eExample" before " 2030;4", ". mExampl" before ". 2031; 5"
_AFTER_TITLE = re.compile(rf"[.?!]\s+{_CAMEL}")


def camel_journal_out_of_title(ref: Reference) -> Reference:
    """``ref`` with a one-word journal's name such as "eExample" out of the end of its
    title, when no journal was read and the volume or the pages were (a volume with no
    pages, "eExample 2030;4.", is read as a book or a document: an article, as the year
    and the volume after the name show)."""
    if ref.container_title or ref.type not in ("article-journal", "book", "document"):
        return ref
    if not (ref.volume or ref.page):
        return ref
    m = _LAST_SENTENCE.search(ref.title)
    if not m:
        return _camel_journal_after_title(ref)
    if ref.type != "article-journal":
        at = ref.source_text.find(ref.title)
        if at < 0 or not _YEAR_VOLUME.match(ref.source_text, at + len(ref.title)):
            return ref
    title = ref.title[: m.start() + (ref.title[m.start()] in "?!")]
    return ref.with_fields(title=title, container_title=m.group(1), type="article-journal")


def _camel_journal_after_title(ref: Reference) -> Reference:
    """``ref`` with the one-word journal the reading left out of every field, read from
    the printed text after the title ("Title. eExample 2030;4:e1" read with no journal)."""
    at = ref.source_text.find(ref.title) if ref.title else -1
    if at < 0:
        return ref
    end = at + len(ref.title)
    m = _AFTER_TITLE.match(ref.source_text, end)
    if not m or not _YEAR_VOLUME.match(ref.source_text, m.end()):
        return ref
    return ref.with_fields(container_title=m.group(1), type="article-journal")
