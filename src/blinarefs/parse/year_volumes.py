"""A year printed before the volume with no mark between them.

EndNote's numbered style prints a journal's year and volume as "J Example Dis, 2030.
209(5): p. 739-48."; a copy that lost the year's full stop prints "J Example Dis, 2030
209(5): p. 739-48". The readers then took "2030 209" for the volume and read no year, or
read neither (the labeller left the year unlabelled and took the volume for the issue).
No journal numbers a volume with a year and a space before its number: the first is the
year, the second the volume, and a parenthesis right after it the issue.
"""

from __future__ import annotations

import re

from ..model import Reference

_YEAR_VOLUME = re.compile(r"(?P<year>(?:1[89]|20)\d\d) (?P<volume>\d{1,4})")
# right after the journal's name: ", 2030 209(5):", " 2030 209:" (not "2030 12;98(3)",
# where the second figure is the month)
_AFTER_JOURNAL = re.compile(
    r"[,.]? (?P<year>(?:1[89]|20)\d\d) (?P<volume>\d{1,4})(?:\((?P<issue>\w{1,6})\))? ?:"
)


def year_out_of_volume(ref: Reference) -> Reference:
    """``ref`` with the year printed before its volume read as the year, when none was
    read: out of the volume read as "2030 209", or, where no volume was read either, from
    the figures printed right after the journal's name."""
    if ref.issued:
        return ref
    if " " in ref.volume:
        m = _YEAR_VOLUME.fullmatch(ref.volume)
        if m is None:
            return ref
        return ref.with_fields(issued=(int(m["year"]),), volume=m["volume"])
    if ref.volume or not ref.container_title:
        return ref
    at = ref.source_text.find(ref.container_title)
    found = (
        _AFTER_JOURNAL.match(ref.source_text, at + len(ref.container_title)) if at >= 0 else None
    )
    if found is None:
        return ref
    # the volume the labeller took for the issue is no issue too
    issue = found["issue"] or ("" if ref.issue == found["volume"] else ref.issue)
    return ref.with_fields(issued=(int(found["year"]),), volume=found["volume"], issue=issue)
