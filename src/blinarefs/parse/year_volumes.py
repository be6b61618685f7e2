"""A year printed before the volume with no mark between them, read as one volume.

EndNote's numbered style prints a journal's year and volume as "J Example Dis, 2030.
209(5): p. 739-48."; a copy that lost the year's full stop prints "J Example Dis, 2030
209(5): p. 739-48", and the readers took "2030 209" for the volume and read no year. No
journal numbers a volume with a year and a space before its number: the first is the
year, the second the volume.
"""

from __future__ import annotations

import re

from ..model import Reference

_YEAR_VOLUME = re.compile(r"(?P<year>(?:1[89]|20)\d\d) (?P<volume>\d{1,4})")


def year_out_of_volume(ref: Reference) -> Reference:
    """``ref`` with the year that opens its volume read as the year, when none was read."""
    if ref.issued or " " not in ref.volume:
        return ref
    m = _YEAR_VOLUME.fullmatch(ref.volume)
    if m is None:
        return ref
    return ref.with_fields(issued=(int(m["year"]),), volume=m["volume"])
