"""A book's publisher and place as Elsevier's numbered style prints them: "Title, third
ed., Example Press, Springfield, 2030." The readers take "Example Press, Springfield" for
one publisher; a publisher's own name holds no comma but before its company form ("Example
Books, Inc."), so what follows the first comma is the place ("Berlin, Heidelberg" too).
"""

from __future__ import annotations

import re

from ..model import Reference
from .labeller import Labelled
from .token_index import all_of, labels_in
from .year_between import PAGE_TOKEN

# What may follow a comma inside a publisher's own name: its company form
_COMPANY = re.compile(
    r"(?:Inc|Ltd|LLC|Co|Corp|Corporation|GmbH|AG|plc|S\.?A|SA|Pty|LLP|Publishers|Press)\.?$",
    re.IGNORECASE,
)
# A place: one to four capitalised words, perhaps with a state's code ("Springfield, IL")
PLACE = re.compile(r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}(?:, [A-Z][\w'’. -]*){0,2}")


def publisher_then_place(ref: Reference) -> Reference:
    """``ref`` with "Publisher, Place" read as one publisher parted, when no place was
    read."""
    head, comma, rest = ref.publisher.partition(", ")
    if not comma or ref.publisher_place or not head or _COMPANY.match(rest):
        return ref
    if not PLACE.fullmatch(rest) or any(_COMPANY.match(p) for p in rest.split(", ")):
        return ref
    return ref.with_fields(publisher=head, publisher_place=rest)


def place_after_publisher(labelled: list[Labelled]) -> list[Labelled]:
    """ "Example Press, Springfield, 2030.": a run between the publisher's comma and the
    year's that the labeller read as a journal (or a title) is the place."""
    out = list(labelled)
    ends = all_of(labelled, "publisher")
    if not ends or "volume" in labels_in(labelled):
        return out
    start = ends[-1] + 2
    if start >= len(labelled) or labelled[start - 1].token.text != ",":
        return out
    end = start
    while end < len(labelled) and labelled[end].label in ("container", "title"):
        end += 1
    if end == start or end + 1 >= len(labelled):
        return out
    if labelled[end].token.text != "," or labelled[end + 1].label != "year":
        return out
    for k in range(start, end):
        out[k] = out[k]._replace(label="place")
    return out


def pages_closing_place(labelled: list[Labelled]) -> list[Labelled]:
    """Springer's German chapter, "(Hrsg) Handbuch. Verlag, Berlin, S 45–67": the pages
    after the place, their word "S" printed without its full stop, which the labeller ran
    into the place. A place never ends in "S" and a page range."""
    if len(labelled) < 4 or "pages" in labels_in(labelled):
        return labelled
    comma, word, pages = labelled[-3:]
    if not (
        word.token.text == "S"
        and word.label == pages.label == "place"
        and comma.token.text == ","
        and PAGE_TOKEN.fullmatch(pages.token.text)
    ):
        return labelled
    return [
        *labelled[:-3],
        comma._replace(label="other"),
        word._replace(label="other"),
        pages._replace(label="pages"),
    ]
