"""An agency's unit, or a group's name, tagged as the title's first sentence (or a body's
name as the whole title).

NLM's Citing Medicine prints an agency and its units each closed by a full stop before the
title ("Ministry of Examples (XX). Department of Tests. Title"), and the parser keeps each
as an author. SciELO's markup tags the agency alone as the author and puts the unit in the
title (or source) tag ("<collab>Exampleland</collab> ... <source>Ministry of Examples.
Title [Internet]</source>"), or makes the unit the whole source and the title the
publisher. What the reader of the print knows is the parser's reading: the unit is an
author, the title what follows it; a tag holding the unit alone leaves the title unknown.

A group of people printed as an author, after the people or alone, closed by its full stop
("Roe J, Doe A Example Genetics Consortium. Title", "Example Study (ES) Consortium.
Title"), is tagged inside the title by some of BMJ's markup: a title does not open with a
sentence that is a group's name, so the name is an author and the title what follows it.
"""

from __future__ import annotations

import re

from blinarefs.parse.agencies import is_body_name
from blinarefs.parse.standards import DESIGNATION

UNIT_IN_TITLE = "an agency's unit printed after it and tagged in the title: an author"
GROUP_IN_TITLE = "a group's name tagged as the title's first sentence: an author"
DESIGNATION_AS_AUTHOR = "a standard's designation tagged as its author: its number, no author"
BODY_AS_TITLE = "a body's name tagged as the title, the work's title as the source: author, title"

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


# A group's name: capitalised words (an acronym in brackets, a number, the small words a
# name keeps) ending with a word only a group of people ends with; not a document's
# sentence naming one ("Report of the Working Group.")
_GROUP = re.compile(
    r"(?!(?:Report|Recommendations?|Guidelines?|Statement|Proceedings|Minutes|Summary|Update"
    r"|Consensus|Position)\b)(?:The )?[A-Z0-9][\w'’\-|]*"
    r"(?: (?:[A-Z0-9(][\w'’\-|()]*|of|for|and|on|the|in|&)){0,10}"
    r" (?:Consortium|Consortia|Group|Collaborators|Collaboration|Investigators|Team|Network)"
)


def group_in_title(
    authors: tuple[str, ...], title: str | None, printed: str | None
) -> tuple[tuple[str, ...], str | None] | None:
    """The authors and the title when the title tag opens with a group's name closed by its
    full stop and goes on to a title; None otherwise, or when the print opens the title's
    quotation marks before the group (`“Example Group. Title.”`: printed as the title's)."""
    if not title:
        return None
    group, stop, rest = title.partition(". ")
    if not (stop and rest.strip() and _GROUP.fullmatch(group)):
        return None
    if re.search(rf"[“\"‘']\s*{re.escape(group)}", printed or ""):
        return None
    return (*authors, group), rest.strip()


def designation_as_author(authors: tuple[str, ...]) -> bool:
    """Whether the only author tagged is a standard's designation ("GB 1234-2030", "ISO
    12345:2030", as T&F and others tag a standard printed without its body): the standard's
    number, which names no author."""
    return len(authors) == 1 and DESIGNATION.fullmatch(authors[0]) is not None


def body_as_title(
    authors: tuple[str, ...], title: str | None, container: str | None, printed: str | None
) -> tuple[tuple[str, ...], str, None] | None:
    """The author, the title and no source when no name is tagged, the title tag holds an
    organisation's name alone and the source tag the work's title printed after it
    ("<article-title>Ministry of Examples</article-title>. <source>Made-up survey of
    things</source>", as some markup tags a body's page or report); None otherwise. A title
    is no body's name: the reader of the print sees the body as the author."""
    if authors or not (title and container and printed) or re.search(r"\b[Ii]n: ", printed):
        return None  # (a chapter's book after "In:": the source is the book's title)
    body = title.strip().rstrip(".")
    if not is_body_name(body) or printed.find(body) > printed.find(container.strip()) > -1:
        return None
    return (body,), container.strip().rstrip("."), None
