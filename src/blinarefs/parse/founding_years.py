"""A journal's ISO 4 abbreviation that carries, in brackets, the year it was founded from:
Science's "(80- )" (1880-), which reference managers print from the citation indexes as
"Examplia (80-.)", "(80‐.)", "(80-. )" or "(80)". The labeller takes the bracket's full
stop for the title's, runs the title on into the journal ("Title. Examplia (80-") and
reads no journal, or reads the journal cut at the bracket ("Examplia ("). The journal is
its name with the bracket, the words after the title's full stop (or comma); the title
ends there.
"""

from __future__ import annotations

import re

from ..model import Reference

# The bracket: two digits and a dash with its stray stop or space ("(80-.)", "(80-. )");
# the bare "(80)" only before the volume or the year ("Examplia (80), 186,"), as an issue
# in brackets stands after its volume ("186(80)")
_FOUNDED = re.compile(r" \((?:\d\d ?[-‐–] ?\.? ?|\d\d(?=\)[.,] ?\d))\)")
# A journal's name: capitalised words ("Examplia", "Example Science")
_JOURNAL = re.compile(r"[A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*){0,5}")
# Where the title ends: its full stop, question or exclamation mark, or comma
_TITLE_END = re.compile(r"[.?!,]\s")


def journal_with_founding_year(ref: Reference) -> Reference:
    """``ref`` with "Examplia (80-.)" read as its journal and the title ended before it,
    or as it was when the journal read is already that."""
    printed = ref.source_text
    bracket = _FOUNDED.search(printed)
    if not bracket or not ref.title:
        return ref
    ends = list(_TITLE_END.finditer(printed, 0, bracket.start()))
    if not ends:
        return ref
    start = ends[-1].end()
    name = printed[start : bracket.start()]
    journal = printed[start : bracket.end()]
    if not _JOURNAL.fullmatch(name) or ref.container_title == journal:
        return ref
    at = printed.find(ref.title)
    if at < 0 or at >= start:
        return ref
    title = ref.title
    if at + len(title) > ends[-1].start():  # the journal run into the title
        stop = ends[-1].group()[0]
        title = printed[at : ends[-1].start()] + (stop if stop in "?!" else "")
    return ref.with_fields(
        title=title, container_title=journal, container_title_short=journal,
        type="article-journal",
    )  # fmt: skip
