"""A body's name before its year in brackets, as SAGE's Harvard prints an author that is
no person ("Example News (2030) Widgets are everywhere now. 22 May. Available at: URL",
"World Widget Organization (2030) Widgets. Journal of Widget Research. Epub ahead of
print ...").

A name with no word that only organisations have ("News", "Brief", "Post") is no author to
the labeller, which leaves it out or reads it into the title with its year; the grammar,
which reads "Widgets" as a title of one sentence, takes the name and the year for the
title's opening. In an author-date list what opens an item before its year in brackets is
its author: a name of a few words in title case, with no initials (a person's, "Roe J",
is read as one), the year right after it with no full stop between them, and a title in
capitals after the year. Only an entry with no author read is mended, and only where the
title read is the text right after the year or opens with the name and its year.
"""

from __future__ import annotations

import re

from ..model import Name, Reference
from .years import YEAR

# The name, its year in brackets, and the title's capital (or opening quote) after them
# (tried from a word's start only, each word taken whole: linear in the text)
_NAME_YEAR = re.compile(
    r"(?<![\w'’&\-])(?P<name>(?:The )?[A-Z][a-z][\w'’&\-]*+"
    r"(?: (?:[A-Z][a-z][\w'’&\-]*+|of|for|and|on|&)){0,5})"
    rf" \((?P<year>{YEAR.pattern})[a-z]?\) (?=[A-Z‘“'\"])"
)


def body_before_year(ref: Reference) -> Reference:
    """``ref`` with the body's name before its bracketed year as its author, and its title
    without that name and year, where no author was read."""
    if ref.author or ref.editor:
        return ref
    m = _NAME_YEAR.match(ref.source_text)
    if not m:
        return ref
    rest = ref.source_text[m.end() :]
    if ref.title.startswith(m.group()):
        title = ref.title[m.end() :].strip()
    elif rest.startswith(ref.title) and ref.title:
        title = ref.title
    else:
        return ref
    if len(re.findall(r"[^\W\d_]+", title)) < 1:
        return ref
    return ref.with_fields(
        author=(Name(literal=m.group("name")),),
        title=title,
        issued=ref.issued or (int(m.group("year")),),
    )
