"""A title printed between quotation marks is the whole of what they hold.

Styles that quote titles (ABNT's and the physics journals' "NBR 12345, “Title: subtitle”,
Publisher, Place (2030).", Chicago's, IEEE's) close the title with the closing mark: the
readers may still end it a word or a subtitle early ("Title: subtitle" read as "Title"),
where a word of the title looked like the next field's. A read title that the quoted text
begins with, and stops short of the closing mark, is made whole.
"""

from __future__ import annotations

import re

from ..model import Reference

# A quoted stretch: curly marks, or straight ones, the title's own comma or full stop inside
# (never across another opening mark, so a text of unpaired marks is searched in linear time)
_QUOTED = re.compile(r"[“\"](?P<title>[^”\"“]{3,}?)[,.]?[”\"]")


def quoted_title_whole(ref: Reference) -> Reference:
    """``ref`` with its title made the quoted text it is the start of, cut short."""
    title = ref.title.strip()
    if not title:
        return ref
    for found in _QUOTED.finditer(ref.source_text):
        whole = found["title"].strip()
        rest = whole[len(title) :]
        if whole.startswith(title) and rest and not rest[0].isalnum():
            return ref.with_fields(title=whole)
    return ref
