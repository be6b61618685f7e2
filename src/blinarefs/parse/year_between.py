"""A year and the volume and pages around it, which the labeller reads one for another.

A book's or a journal's year read as the volume ("Press; 2030:318", "Journal 2030, 5:
327"), a volume printed after the year with a space alone ("Journal 2030 17:427-42"), and
Elsevier's numbered style, with the physical sciences' after it, which prints the year in
parentheses between the volume and the pages ("J. Made Up Biol. 12 (2030) 45–67"): the
labeller, which has seen that year mostly as an issue's place, reads the pages after it as
a second volume, or leaves them unread, when something follows them (a DOI, a link).
"""

from __future__ import annotations

import re

from .labeller import Labelled
from .token_index import figures_at, labels_in, where
from .years import YEAR

# a page or a range as one token holds it ("45–67", "S64-S70")
PAGE_TOKEN = re.compile(r"[A-Za-z]?\d+(?:[-–][A-Za-z]?\d+)?")


def pages_after_year(labelled: list[Labelled]) -> list[Labelled]:
    """ "12 (2030) 45–67": a second volume, or a number left unread, right after the
    year's closing parenthesis, a volume read before it, and no pages read: the pages."""
    if "pages" in labels_in(labelled):
        return labelled
    # (the tokens after a closing parenthesis, found in C: every other is passed over)
    for i in (k + 1 for k in where(labelled, ")") if 4 <= k + 1 < len(labelled)):
        x = labelled[i]
        if (
            x.label in ("volume", "other")
            and PAGE_TOKEN.fullmatch(x.token.text)
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


def year_read_as_volume(labelled: list[Labelled]) -> list[Labelled]:
    """A book's year after its publisher ("Press; 2030:318", "Press; 2030, pp. 5-9") or a
    journal's before its volume ("Journal 2030, 5: 327") that the labeller read as the
    volume, with no year read anywhere: the year, and the number after it, before the
    pages, the volume; so too a journal's year right before a colon and the pages, the
    Vancouver styles' "Journal 2030:e45" of an article with no volume. Not a journal's
    year-volume alone, which some journals print ("Journal. 1962;Suppl 1:217"). A year
    after the publisher left unread ("Made-up land 2011. Institute, 2013.", where the
    labeller took the title's year for the only one) is the year too, and so is one the
    labeller ran into the publisher's name ("Example Press 2030.", BMJ's imprint)."""
    if "year" in labels_in(labelled):
        return labelled
    published_at = next(
        (i for i, x in enumerate(labelled) if x.label in ("publisher", "place")), len(labelled)
    )
    i = next(
        (
            i
            for i in figures_at(labelled)  # (a year opens with a figure: found in C)
            if YEAR.fullmatch((x := labelled[i]).token.text)
            and (
                x.label == "volume"
                or (x.label == "other" and _after_publisher(labelled, i))
                or _closes_publisher(labelled, i)
            )
        ),
        -1,
    )
    if i < 0:
        return labelled
    if labelled[i - 1].token.text == "," and any(
        x.label == "volume" and not YEAR.fullmatch(x.token.text) for x in labelled[:i]
    ):  # MLA's "Journal, vol. 12, no. 3, 2030, pp. 45-67": a volume read before it
        return [*labelled[:i], labelled[i]._replace(label="year"), *labelled[i + 1 :]]
    after = [x.token.text for x in labelled[i + 1 : i + 4]]
    volume = len(after) == 3 and after[0] in ",;" and after[1].isdigit() and after[2] in ":("
    pages = after[:1] == [":"] and i > 0 and labelled[i - 1].label == "container"
    published = published_at < i
    if not volume and not pages and not published:
        return labelled  # "Journal. 1962;Suppl 1:217": a journal whose volume is its year
    out = list(labelled)
    out[i] = out[i]._replace(label="year")
    if volume:
        out[i + 2] = out[i + 2]._replace(label="volume")
    return out


def _closes_publisher(labelled: list[Labelled], i: int) -> bool:
    """Whether ``labelled[i]`` is the last word of a publisher's (or a place's) name read
    on from its first ("Example Press 2030.", "Example Press 2030:101-9"): BMJ's imprint,
    which prints the year after the publisher with no mark between."""
    label = labelled[i].label
    return (
        label in ("publisher", "place")
        and i > 0
        and labelled[i - 1].label == label
        and all(x.label != label or not x.token.text[:1].isalnum() for x in labelled[i + 1 :])
    )


def _after_publisher(labelled: list[Labelled], i: int) -> bool:
    """Whether ``labelled[i]`` follows the publisher's name and one mark ("Institute,
    2013"), not a date of access after it ("Press [cited 2031 Apr 24]")."""
    return (
        i > 1
        and labelled[i - 1].token.text in (",", ";", ".")
        and labelled[i - 2].label in ("publisher", "place")
    )


def volume_after_year(labelled: list[Labelled]) -> list[Labelled]:
    """The volume between the year and the pages with a space alone before it ("Journal
    2030 17:427-42") or a colon ("Journal 2030: 17: 427-42", a Brazilian journal's),
    which the labeller, with no ";" to go by, reads as an issue, the pages or nothing: the
    volume, when no other was read."""
    if "volume" in labels_in(labelled):
        return labelled
    # (the numbers before a colon, found in C: every other token is passed over)
    for i in (k - 1 for k in where(labelled, ":") if 1 <= k - 1 < len(labelled) - 2):
        x = labelled[i]
        year = i - 2 if labelled[i - 1].token.text == ":" else i - 1
        if (
            year >= 0
            and labelled[year].label == "year"
            and re.fullmatch(r"\d{1,4}", x.token.text)
            and labelled[i + 1].token.text == ":"
            and labelled[i + 2].label == "pages"
        ):
            return [*labelled[:i], x._replace(label="volume"), *labelled[i + 1 :]]
    return labelled
