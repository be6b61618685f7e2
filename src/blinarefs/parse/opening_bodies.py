"""A body's name that opens an entry with no authors, which neither reader took for the
author.

The labeller, having seen few corporate authors, may leave the body's sentence unread
("Example Foundation. Made-up page title https://...": neither author nor title) or read it
as the title's first sentence. Two facts of print show it is the author's: it opens the
printed reference, closed by its full stop, before the title read (or before the page's
address, "Example Foundation. Available at: https://..."), and it reads as an
organisation's name; or the reference prints the same name again as its publisher
("Example Academies of Tests. Title. Place: Example Academies of Tests, 2030"), as
Vancouver cites a body that publishes its own report.
"""

from __future__ import annotations

import re

from ..model import Name, Reference
from .agencies import is_body_name

# The page's address after the name, with or without NLM's or AMA's words before it
_ADDRESS_NEXT = re.compile(
    r"(?:(?:Available|Retrieved)(?: (?:at|from|online))?:? )?(?:https?://|www\.)"
)


def _same_name(a: str, b: str) -> bool:
    """Two printings of one body's name, "The" and spacing aside."""

    def norm(s: str) -> str:
        return " ".join(re.sub(r"^The ", "", s.strip(" .,")).split()).lower()

    return norm(a) == norm(b)


def _publisher_first(ref: Reference) -> Reference:
    """The title's first sentence printed again as the publisher, read as such or after
    its place's colon ("Place: Name, 2030"): the author."""
    head, stop, rest = ref.title.partition(". ")
    if not (stop and len(head.split()) >= 2 and len(rest.split()) >= 2):
        return ref
    again = re.search(rf": {re.escape(head)}[,;.]", ref.source_text[len(head) :])
    if not (again or _same_name(head, ref.publisher)):
        return ref
    if not ref.source_text.startswith(f"{head}. "):
        return ref
    # the imprint read into the title with it ("Title. Place: Name"): the imprint's
    imprint = re.search(rf"\. (?P<place>[^.:]{{2,40}}): {re.escape(head)}$", rest)
    if imprint is None:
        return ref.with_fields(author=(Name(literal=head),), title=rest.strip())
    return ref.with_fields(
        author=(Name(literal=head),),
        title=rest[: imprint.start()].strip(),
        publisher=ref.publisher or head,
        publisher_place=ref.publisher_place or imprint["place"],
    )


def _left_unread(ref: Reference) -> Reference:
    """The printed reference's first sentence, an organisation's name, before the title
    read or before the page's address, no part of the title: the author."""
    head, stop, rest = ref.source_text.partition(". ")
    if not stop or ref.title.startswith(head) or not is_body_name(head):
        return ref
    before = rest.startswith(ref.title) if ref.title else _ADDRESS_NEXT.match(rest)
    return ref.with_fields(author=(Name(literal=head),)) if before else ref


def body_opening(ref: Reference) -> Reference:
    """``ref`` with the body's name that opens it as its author, when it has no authors nor
    editors and the name was left unread or read into the title."""
    if ref.author or ref.editor:
        return ref
    return _left_unread(_publisher_first(ref))
