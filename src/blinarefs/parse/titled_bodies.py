"""A body's name, then the title, then the year alone or the page's address, with no
author, place, publisher nor journal's numbers ("Example Agency. Made-up guidance on example
care; 2030.", "US EXA. Memo: made-up assessment. 2030.", "EX-AMP. Photovoice: Springfield.
https://... 2030."): a report or a web page as Vancouver lists print one with nothing else
known. The labeller, which has seen few corporate authors, reads the
body's name as the title and the title after it as the publisher (before "; 2030") or as
a journal with no volume (before ". 2030"). A body's name is told by its words
(:func:`.agencies.is_body_name`), as an acronym ("EXO"), as a country's code and an
agency's acronym ("US EXA"), or as a name and the acronym it spells in brackets ("Journal
of Made-up Examples (J MOE)"); an article's title is none of these.
"""

from __future__ import annotations

import re

from ..model import Name, Reference
from .agencies import is_body_name
from .one_name import country_agency
from .page_owners import address_alone
from .spelled_acronyms import spells
from .years import YEAR_CLOSING

# (or joined by a hyphen, as a project's is: "EX-AMP")
_ACRONYM = re.compile(r"[A-Z]{2,8}(?:/[A-Z]{2,8})*|[A-Z]{1,8}-[A-Z]{2,8}")
# a name and the acronym it spells in brackets ("Journal of Made-up Examples (J MOE)")
_NAMED_ACRONYM = re.compile(r"\A(?P<name>[^()]+) \((?P<acronym>[^()]+)\)\Z")
# what may follow the title: its year alone, in parentheses or not (from no space inside a
# run of them, so that a search is linear)
_YEAR_ALONE = re.compile(rf"(?<!\s){YEAR_CLOSING}")


def body_before_title(ref: Reference) -> Reference:
    """``ref`` with the body's name it read as the title its author, and the title it read
    as the publisher or the journal its title."""
    if ref.author or ref.editor or ref.publisher_place or ref.volume or ref.issue or ref.page:
        return ref
    if bool(ref.container_title) == bool(ref.publisher):
        return ref  # the title went to one of them, not to both nor to none
    head, title = ref.title, ref.container_title or ref.publisher
    if "," in head or not (
        is_body_name(head)
        or _ACRONYM.fullmatch(head)
        or country_agency(head.split())
        or ((m := _NAMED_ACRONYM.fullmatch(head)) and spells(m["acronym"], m["name"]))
    ):
        return ref
    text = ref.source_text
    at = next(
        (text.find(f"{head}{m} {title}") for m in (".", "") if f"{head}{m} {title}" in text), -1
    )
    end = text.find(title, at) + len(title)
    if at < 0 or not (_YEAR_ALONE.fullmatch(text, end) or address_alone(text[end:].lstrip(". "))):
        return ref
    kind = ref.type
    if kind == "article-journal":  # an article only for the journal it was thought to be in
        kind = "webpage" if ref.url else "book"
    return ref.with_fields(
        author=(Name(literal=head),),
        title=title,
        container_title="",
        container_title_short="",
        publisher="",
        type=kind,
    )
