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
from dataclasses import dataclass

from ..model import Name, Reference
from .agencies import is_body_name

# The page's address after the name, with or without NLM's or AMA's words before it
_ADDRESS_NEXT = re.compile(
    r"(?:(?:Available|Retrieved)(?: (?:at|from|online))?:? )?(?:https?://|www\.)"
)


# A company's legal form after its name, which a reference may print with the name
# once and without it once ("Examplecorp. Title. Place: Examplecorp LP; 2030")
_LEGAL_FORM = r"(?:,? (?:LP|LLC|Inc|Ltd|Corp|Co|GmbH|AG|plc)\.?)?"


# The imprint's place before the name ("... Title. Place: Name"), and the name's legal form
# and its closing mark after it: fixed patterns, matched around each printing of the name
# found (a pattern made with each reference's name was compiled anew for every reference)
_PLACE_BEFORE = re.compile(r"\. (?P<place>[^.:]{2,40})$")
_FORM_AFTER = re.compile(rf"{_LEGAL_FORM}(?=[,;.])")


@dataclass(frozen=True, slots=True)
class _Imprint:
    start: int  # where the full stop before the place is
    place: str
    name: str  # the body's name as the imprint prints it, its legal form too


def _imprint_naming(text: str, name: str) -> _Imprint | None:
    """The first imprint in ``text`` that names ``name`` after its place's colon ("...
    Title. Springfield: Examplecorp LP; 2030"), or None."""
    at = text.find(f": {name}")
    while at >= 0:
        end = at + 2 + len(name)
        form = _FORM_AFTER.match(text, end)
        place = _PLACE_BEFORE.search(text, max(0, at - 43), at)
        if form and place:
            return _Imprint(place.start(), place["place"], text[at + 2 : form.end()])
        at = text.find(f": {name}", at + 1)
    return None


_THE_AND_FORM = re.compile(rf"^The |{_LEGAL_FORM}$")  # what _same_name sets aside


def _same_name(a: str, b: str) -> bool:
    """Two printings of one body's name, "The", a company's legal form and spacing aside."""

    def norm(s: str) -> str:
        s = _THE_AND_FORM.sub("", s.strip(" .,"))
        return " ".join(s.split()).lower()

    return norm(a) == norm(b)


def _publisher_first(ref: Reference) -> Reference:
    """The reference's first sentence printed again as the publisher, read as such or
    after its place's colon ("Place: Name, 2030"): the author, whether the readers took it
    for the title's first sentence or for a person's name with the title's first words."""
    head, stop, after = ref.source_text.partition(". ")
    if not stop or not head[:1].isupper() or len(head.split()) > 12:
        return ref
    imprint = _imprint_naming(after, head)
    if imprint is None and not _same_name(head, ref.publisher):
        return ref
    read = ref.title[len(head) + 2 :] if ref.title.startswith(f"{head}. ") else None
    if read is None or ref.author:
        # or read as one person's name with the title's first words ("Examplecorp.
        # Examplestat Software: Release 9", no title read)
        person = ref.author[0].given or ref.author[0].literal if len(ref.author) == 1 else ""
        if not (imprint and not ref.title and person.startswith(f"{head}. ")):
            return ref
        read = ""
    # the title up to the imprint, which the title read may run into ("Title. Place")
    before = after[: imprint.start] if imprint else read
    title = before if before.startswith(read) or read.startswith(before) else read
    if len(title.split()) < 2:
        return ref
    if imprint is None:
        return ref.with_fields(author=(Name(literal=head),), title=title.strip())
    name = imprint.name
    # the name read as a journal
    return ref.with_fields(
        author=(Name(literal=head),),
        title=title.strip(),
        publisher=ref.publisher or name,
        publisher_place=ref.publisher_place or imprint.place,
        container_title="" if ref.container_title == name else ref.container_title,
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
    if ref.editor:
        return ref
    ref = _publisher_first(ref)
    return ref if ref.author else _left_unread(ref)
