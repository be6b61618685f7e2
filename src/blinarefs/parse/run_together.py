"""Fields printed run together that the readers keep as one: a volume that holds its
issue ("15 Suppl 1", "50.6", "98(2-3"), a book that holds its place ("Book. Place, ST:")
or its edition ("Handbook of Tests. 6. ed")."""

from __future__ import annotations

import re

from ..model import Reference
from .editions import EDITION_AFTER, EDITION_MARK, EDITION_WORD

# What was printed as one volume but holds the issue too: "15 Suppl 1", "50.6", "98(2-3",
# and "42 4" (PMC's copy of markup that leaves the issue's parentheses to its renderer:
# "2030;42 4: 315-23")
_VOLUME_ISSUE = re.compile(
    r"(?<!\d)(?P<vol>\d+)\s*(?:(?P<suppl>(?:Suppl|Supl|Pt)\.?\s*\w*)|\.(?P<num>\d+)\.?"
    r"|\((?P<par>[^()]+)\)?|(?<=\d\s)(?P<sp>\d{1,4}))"
)


# A book's place and its colon run into the book ("Book. Place, ST:" of "Book. Place, ST:
# Publisher: Unit; 2030", where the grammar took the publisher for the place)
_PLACE_AFTER = re.compile(r"\. (?P<place>[^.:;]{2,40}):$")


_FIGURE = re.compile(r"\d")  # what EDITION_AFTER needs (the edition's number)

# The rest of an edition after a title that ends with its number: "2" | ".ed", "3" | " ed."
_EDITION_WORD = re.compile(rf"{EDITION_MARK}?\.?\s?{EDITION_WORD}\b\.?", re.I)


def _with_edition_word(title: str, printed: str) -> str:
    """``title`` with the edition's word printed after it, when it ends with the edition's
    number ("Agendas e politicas. 2" of "... politicas. 2.ed. New York"): the labeller
    leaves the word out of the title, so the edition is found whole."""
    if not title[-1:].isdigit() or (at := printed.find(title)) < 0:
        return title
    word = _EDITION_WORD.match(printed, at + len(title))
    return title + word.group() if word else title


def volume_issue_apart(ref: Reference) -> Reference:
    """The volume alone, and what it held as the issue, when no issue was read (and the
    volume out of an issue read with its part, "53 Pt 1", when no volume was); a book's
    title, or a chapter's book, without the edition printed after it ("Handbook of Tests.
    6. ed") or the place (``_PLACE_AFTER``)."""
    # (each pattern asked only where what it needs is printed: the colon that closes the
    # place, the edition's figure; every entry is mended here)
    if ":" in ref.container_title and (place := _PLACE_AFTER.search(ref.container_title)):
        ref = ref.with_fields(
            container_title=ref.container_title[: place.start()],
            publisher_place=place.group("place"),
        )
    if _FIGURE.search(ref.container_title) and (ed := EDITION_AFTER.search(ref.container_title)):
        book = ref.container_title[: ed.start()].strip()
        ref = ref.with_fields(container_title=book, edition=ref.edition or ed.group(1))
    titled = _with_edition_word(ref.title, ref.source_text)
    if _FIGURE.search(titled) and (ed := EDITION_AFTER.search(titled)):
        # "Manual de testes. 2.ed": a book's edition
        ref = ref.with_fields(
            title=ref.title[: ed.start()].strip(), edition=ref.edition or ed.group(1)
        )
    m = _VOLUME_ISSUE.fullmatch(ref.volume.strip()) if ref.volume and not ref.issue else None
    if not m and not ref.volume and ref.issue:
        # the volume with its part, read as the issue ("2030;53 Pt 1:1-9", NLM's form
        # without the part's brackets): the number before the part's word is the volume
        m = _VOLUME_ISSUE.fullmatch(ref.issue.strip())
        m = m if m and m.group("suppl") else None
    if not m:
        return ref
    return ref.with_fields(
        volume=m.group("vol"),
        issue=m.group("suppl") or m.group("num") or m.group("par") or m.group("sp"),
    )
