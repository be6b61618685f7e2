"""A short title after the names' year, as SAGE's Harvard, APA and the author-year styles
print it ("Roe J and Doe K (2030) Widgets. Journal of Widget Research 4(2): 1–9.").

The labeller learned titles of many words: a title of one word or two, between the year in
brackets and the journal, it reads as the journal's first word, leaves unread, or passes
over for the date an online-first article prints after its journal ("... Journal of Widget
Research. Epub ahead of print 7 March 2030."). Where the title read is empty or a date,
and the sentence after the year is followed by the journal read (or opens it), or by the
book's place or publisher, that sentence is the title.
"""

from __future__ import annotations

import re

from ..model import Reference

# The names' year, in brackets or after the last initial ("Doe K. 2030. Widgets."), then
# one sentence: the title; or, after the year's comma, one part up to the next comma, as
# OUP's DNA Research prints its parts ("Roe J. 2030, Widgets, DNA Res."; a title's own
# commas after a full stop or a bracket, "(2030) Age, Sex, and Widgets", are no parts)
_YEAR_THEN_SENTENCE = re.compile(
    r"(?:\((?:19|20)\d{2}[a-z]?\)\.?|(?:(?<=[A-Z]\. )|(?<=[A-Z] ))(?:19|20)\d{2}[a-z]?\.)"
    r" (?P<title>[^\W\d_][^.?!()]{0,80}?[.?!]) (?=[^\W\d_])"
    r"|(?:(?<=[A-Z]\. )|(?<=[A-Z] ))(?:19|20)\d{2}[a-z]?,"
    r" (?P<part>[^\W\d_][^.?!,()]{0,80}?,) (?=[^\W\d_])"
)
# A title that is a date, or nothing: "7 March 2030", "2030 Mar 7", ""
_DATE_ONLY = re.compile(r"[\d\s,./\-–]*(?:[A-Z][a-z]{2,8}\.?)?[\d\s,./\-–]*")


def short_title_after_year(ref: Reference) -> Reference:
    """The sentence after the names' bracketed year as the title, where the readers read
    none (or a date) and that sentence stands just before the journal read (or opens it),
    or before the book's place or publisher."""
    dated = _DATE_ONLY.fullmatch(ref.title) and any(c.isdigit() for c in ref.title)
    if not ref.author or (ref.title and not dated):
        return ref
    printed = ref.source_text
    m = _YEAR_THEN_SENTENCE.search(printed)
    if m is None:
        return ref
    sentence = m.group("title") or m.group("part")
    title = sentence.rstrip(".,")
    after = printed[m.end() :]
    container = ref.container_title
    if container.startswith(sentence + " "):  # "Widgets. Journal of Widget Research"
        rest = container[len(sentence) + 1 :]
        short = rest if ref.container_title_short == container else ref.container_title_short
        return ref.with_fields(title=title, container_title=rest, container_title_short=short)
    if container and after.startswith(container):
        return ref.with_fields(title=title)
    imprint = ref.publisher_place or ref.publisher
    if not container and imprint and after.startswith(imprint):
        return ref.with_fields(title=title)
    return ref
