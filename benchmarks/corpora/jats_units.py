"""An agency's unit tagged as the title's first sentence.

NLM's Citing Medicine prints an agency and its units each closed by a full stop before the
title ("Ministry of Examples (XX). Department of Tests. Title"), and the parser keeps each
as an author. SciELO's markup tags the agency alone as the author and puts the unit in the
title (or source) tag ("<collab>Exampleland</collab> ... <source>Ministry of Examples.
Title [Internet]</source>"), or makes the unit the whole source and the title the
publisher. What the reader of the print knows is the parser's reading: the unit is an
author, the title what follows it; a tag holding the unit alone leaves the title unknown.
"""

from __future__ import annotations

import re

UNIT_IN_TITLE = "an agency's unit printed after it and tagged in the title: an author"

# The words a unit's name opens with (English, Portuguese, Spanish)
_UNIT = re.compile(
    r"(?:Minist(?:ry|[ée]rio)|Depart(?:ment|amento)|Secretar(?:iat|ia)|Institut[eo]|Ag[eê]ncia"
    r"|Agency|Office|Coordena[cç][aã]o|Conselho|Council|Diretoria|Direcci[oó]n|Directorate"
    r"|Division|Divis[aã]o|Bureau|Comiss[aã]o|Commission|Committee|Cent(?:er|re|ro)"
    r"|Funda[cç][aã]o|Foundation)\b"
)


def unit_in_title(
    authors: tuple[str, ...], title: str | None, printed: str | None
) -> tuple[tuple[str, ...], str | None] | None:
    """The authors and the title when the title tag opens with an agency's unit printed
    right after the last tagged author and closed by its full stop; None otherwise."""
    if not (authors and title and printed):
        return None
    unit, stop, rest = title.partition(". ")
    if not _UNIT.match(unit) or ":" in unit or len(unit.split()) > 16:
        return None
    if f"{authors[-1]}. {unit}." not in " ".join(printed.split()):
        return None
    return (*authors, unit), (rest.strip() or None) if stop else None
