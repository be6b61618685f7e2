"""Works no library holds, as authors still list them: a personal communication ("Roe J.
Personal communication, March 5, 2030."), unpublished data or observations ("Doe P, Roe J.
Unpublished data, 2030.") and a manuscript in preparation ("Roe J. Title [manuscript in
preparation]. 2030.").

The readers took each for a book titled by its kind, or kept the bracket in the title; the
store then sent it to Crossref, which knows no such work, and the integrity check called it
"possibly fabricated"; a paper "submitted for publication" to no journal it names was an
article with its journal in doubt. Each is read as the kind it prints: CSL's
``personal_communication``, or a ``manuscript`` (unpublished, or in preparation), so that
the integrity check says no source can hold it. The printed kind stays the
title where it is all the reference prints there, as the styles then print it.
"""

from __future__ import annotations

import re

from ..model import Reference

# The kinds as printed: a part of their own (after a mark or at the start), then a mark,
# the end, or a year
UNPUBLISHED_KIND = re.compile(
    r"(?:^|(?<=[.,;:]\s)|(?<=\[)|(?<=\())"
    r"(?:(?P<personal>personal communications?|pers\.? comm\.?)"
    r"|(?P<unpublished>unpublished (?:data|observations?|results|work|material)|data not shown)"
    r"|(?P<preparing>manuscript in preparation))"
    r"(?=[\]).,;]|\s*$|,?\s(?:19|20)\d\d)",
    re.I,
)
# A bracket that holds only the kind, printed after the title ("Title [manuscript in
# preparation]"): no part of the title
_BRACKETED = re.compile(
    r"(?<!\s)\s*\[(?:manuscript in preparation|unpublished (?:data|work))\]", re.I
)


def unpublished_kind(ref: Reference) -> Reference:
    """``ref`` as the unpublished work its text says it is, if it prints its kind as a
    part of its own and names no journal, volume or identifier; else ``ref`` unchanged."""
    if ref.volume or ref.page or ref.doi or ref.pmid or ref.type == "personal_communication":
        return ref
    if ref.status.startswith("submitted") and not ref.container_title:
        return ref.with_fields(type="manuscript")  # "Title. Submitted for publication."
    m = UNPUBLISHED_KIND.search(ref.source_text)
    if m is None or (ref.container_title and m["personal"] is None):
        return ref
    if m["personal"]:
        return ref.with_fields(type="personal_communication", container_title="",
                               container_title_short="")  # fmt: skip
    title = _BRACKETED.sub("", ref.title).strip()
    state = "in preparation" if m["preparing"] else ""  # "Unpublished data" says it itself
    return ref.with_fields(type="manuscript", title=title, status=ref.status or state)


# What the printed kind settles: the kind of work, its title (the kind itself, or the
# title before the bracket) and its journal (it has none)
UNPUBLISHED_FIELDS = frozenset({"type", "title", "container_title"})


def read_as_unpublished(ref: Reference) -> bool:
    """Whether ``ref`` was read as an unpublished work by its printed kind (CSL's
    ``manuscript`` is an unpublished one)."""
    return ref.type in ("personal_communication", "manuscript")
