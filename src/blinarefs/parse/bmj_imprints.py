"""BMJ's imprint: "Roe J. Example Book. Springfield: Example Press 2030." and a chapter's
"... Book. Springfield: Example Press 2030:316–40." BMJ prints the year straight after the
publisher, with no mark between; the readers, who mostly see "Publisher; 2030" or
"Publisher, 2030", read the place and then left the publisher out of every field, kept it
in the place ("Springfield: Example Press") or read its first words only. The publisher is
what is printed between the place's colon and the year that closes the reference (a
chapter's pages after a colon). A journal's article read with no volume and a publisher is
then a chapter (:mod:`.kinds`): no journal prints an imprint.
"""

from __future__ import annotations

import re

from ..model import Reference
from .imprints import PLACE
from .years import YEAR

# After the place's colon: the publisher (no colon or semicolon in it), the year, perhaps
# a chapter's pages after a colon, the reference's end
_AFTER_PLACE = re.compile(
    rf":\s*(?P<publisher>[^\s:;][^:;]{{0,119}}?)\s+(?P<year>{YEAR.pattern})"
    r"(?::\s?[\w–-]+)?\.?$"
)
# A place (:data:`.imprints.PLACE`) and its colon at the start of the publisher read
_PLACE_FIRST = re.compile(rf"(?P<place>{PLACE.pattern}):\s")
# The fields the words after the place might have been read into instead
_READ_ELSEWHERE = ("title", "container_title", "collection_title", "edition", "note")


def publisher_before_year(ref: Reference) -> Reference:
    """``ref`` with the publisher BMJ prints before the year, where none or only its first
    words ("Institute of Example" of "Institute of Example Ecology") were read, or where
    the place was read with it as the publisher ("Springfield: Example Museum")."""
    read = ref.publisher
    place = ref.publisher_place.partition(": ")[0]  # "Springfield: Example Press" as place
    if not place and (first := _PLACE_FIRST.match(read)):
        place, read = first["place"], ""  # the place and the publisher read as publisher
    if not place or ref.year is None:
        return ref
    printed = ref.source_text.rstrip()
    at = printed.rfind(place + ":")
    found = _AFTER_PLACE.fullmatch(printed, at + len(place)) if at >= 0 else None
    if found is None or int(found["year"]) != ref.year:
        return ref
    publisher = found["publisher"].strip(" ,")
    if publisher == read or not publisher.startswith(read):
        return ref
    if any(publisher in getattr(ref, f) for f in _READ_ELSEWHERE):
        return ref
    return ref.with_fields(publisher=publisher, publisher_place=place)
