"""A US federal statute cited as a reference: "Example Act of 2030, Pub L No. 121-85, 135
Stat 823 (2030)."

AMA's manual prints an act of Congress by its name, its public law number and its place in
the Statutes at Large (volume, "Stat", first page), the year in parentheses, as the
Bluebook does ("Pub. L. No." with full stops, or AMA's "Pub L No."). Read as a journal
article, the act's name lost its end, "Stat" became a journal and the law's number an
issue. The whole printed form says what each part is, so the entry is read from it: CSL's
``legislation``, the act's name its title, the Statutes at Large its container with volume
and page, the law's number kept as the report number is (the model's ``issue``, BibTeX's
``number``).
"""

from __future__ import annotations

import re

from ..model import Reference

_STATUTE = re.compile(
    r"(?P<title>[^,]{4,200}?),? (?P<law>Pub\.? ?L\.? (?:No\.? ?)?\d{2,3}-\d{1,4}),?"
    r" (?P<volume>\d{1,3}) (?P<code>Stat\.?) (?P<page>\d{1,5})(?:[-–]\d{1,5})?"
    r" \((?P<year>(?:1[789]|20)\d\d)\)\.?"
)


# What the whole printed form gives, whatever the readers made of it: no doubt is left
STATUTE_FIELDS = frozenset(
    {"author", "title", "container_title", "volume", "issue", "page", "issued", "type"}
)


def is_statute(ref: Reference) -> bool:
    """Whether ``ref``'s whole printed text is an act's printed form."""
    return ref.type == "legislation" and _form(ref.source_text) is not None


def _form(printed: str) -> re.Match[str] | None:
    # "Stat" first: the form is tried on every reference read, and few print it
    return _STATUTE.fullmatch(printed.strip()) if " Stat" in printed else None


def statute(ref: Reference) -> Reference:
    """``ref`` read as the statute its whole printed text names, or as it was."""
    m = _form(ref.source_text)
    if not m:
        return ref
    return ref.with_fields(
        type="legislation",
        author=(),
        author_truncated=False,
        title=m["title"].strip(),
        container_title=m["code"],
        container_title_short="",
        volume=m["volume"],
        issue=m["law"],
        page=m["page"],
        issued=(int(m["year"]),),
        publisher="",
        publisher_place="",
        note="",
    )
