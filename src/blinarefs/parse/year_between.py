"""The year printed in parentheses between the volume and the pages.

Elsevier's numbered style, and the physical sciences' after it, print "J. Made Up Biol. 12
(2030) 45–67": the labeller, which has seen the year in parentheses after the volume mostly
as an issue's place, reads the pages after it as a second volume when something follows
them (a DOI, a link), and the entry lost its pages.
"""

from __future__ import annotations

import re

from .labeller import Labelled

_PAGES = re.compile(r"[A-Za-z]?\d+(?:[-–][A-Za-z]?\d+)?")


def pages_after_year(labelled: list[Labelled]) -> list[Labelled]:
    """ "12 (2030) 45–67": a second volume, or a number left unread, right after the
    year's closing parenthesis, a volume read before it, and no pages read: the pages."""
    if "pages" in (x.label for x in labelled):
        return labelled
    for i in range(4, len(labelled)):
        x = labelled[i]
        if (
            x.label in ("volume", "other")
            and _PAGES.fullmatch(x.token.text)
            and labelled[i - 1].token.text == ")"
            and labelled[i - 2].label == "year"
            and labelled[i - 3].token.text == "("
            and labelled[i - 4].label == "volume"
        ):
            end = i + 1
            while end < len(labelled) and labelled[end].label == x.label and x.label == "volume":
                end += 1
            return [
                *labelled[:i],
                *(y._replace(label="pages") for y in labelled[i:end]),
                *labelled[end:],
            ]
    return labelled
