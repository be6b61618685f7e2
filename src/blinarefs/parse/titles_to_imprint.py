"""A book's title cut short before its imprint: "Roe J. Nucleic Acid Examples for Example
Monitoring. London, UK: Example Society 2030." BMJ prints a book's imprint with no mark
before its year ("Example Society 2030"), a form the labeller has seen little of; where it
also knows the title's words little, it may end the title early and leave the rest of the
title's sentence in no field at all. Those words, between the title read and the full stop
before the place read, are the title's (cut at a space, or at its own comma or colon:
"Example Ecosystems: Economic Foundations"): the imprint follows the title's sentence in
every style that prints one.
"""

from __future__ import annotations

import re

from ..model import Reference

_LETTER = re.compile(r"[^\W\d_]")
# A chapter's "In" before its book ("Title In Book of Examples, ed. Place: ..."): the words
# after it are the book's, not the title's
_IN_BOOK = re.compile(r"\bIn:?\s")
# The fields another reading might have put the words after the title in (an edition, a
# volume, a series): words held by one of them are not left out
OTHER_FIELDS = ("container_title", "collection_title", "edition", "volume", "note",
                 "publisher", "publisher_place", "page", "issue", "number_of_pages")  # fmt: skip


def title_to_imprint(ref: Reference) -> Reference:
    """``ref``, a book or a report with its place read, with the words left out between
    its title and the full stop before that place put back into the title (and the first
    part of the place left out put back into the place)."""
    if ref.type not in ("book", "report") or not (ref.title and ref.publisher_place):
        return ref
    printed = ref.source_text
    at = printed.find(ref.title)
    if at < 0:
        return ref
    end = at + len(ref.title)
    # the rest of the title's sentence, no full stop in it, then ". Place:", where the
    # place read may be only its last part ("Silver Springs, Maryland" read "Maryland")
    rest = re.compile(
        rf"(?P<gap>[^.]*?)\.\s+(?P<head>[A-Z][^.:,]*,\s*)?"
        rf"{re.escape(ref.publisher_place)}\s*:"
    ).match(printed, end)
    if rest is None or not (rest["gap"][:1].isspace() or rest["gap"][:1] in ",:"):
        return ref  # (a title read up to its full stop, or cut inside a word)
    gap = rest["gap"].strip()
    if gap.startswith("[") or not _LETTER.search(gap) or _IN_BOOK.search(gap):
        return ref  # a designator after the title ("[Internet]"), no words, or a book
    if any(gap in value or value in gap for f in OTHER_FIELDS if (value := getattr(ref, f))):
        return ref
    return ref.with_fields(
        title=printed[at : rest.end("gap")].rstrip(),
        publisher_place=(rest["head"] or "") + ref.publisher_place,
    )
