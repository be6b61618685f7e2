"""Bodies' names that open an item with nothing closing them, in a list that leaves its
names open (BMJ's and SAGE's markup renders no full stop after the author list, so a
corporate author runs straight into the title: "Example Daily Dengue rises in ...").

No word marks where such a name ends, so the title's start does: a capitalised word that a
lower-case one follows, as a sentence-case title opens. A title in title case shows no such
start and is left alone. :func:`.closing.close_names` puts the full stop in, for the readers
to take the name as the author's.
"""

from __future__ import annotations

import re

from .one_name import ORGANISATION_WORDS

# the small words a body's name keeps ("Maternal and Child Nutrition Study Group")
NAME_SMALL = r"(?:and|of|for|on|the|in|&)"

# Any name that opens an item before a title in sentence case ("The Example Times Dengue
# rises in ...", "Examplewire More than 30 ill", "Example Geographic The U.K. backed off
# ..."): the fewest capitalised words (and the small words a name keeps, never last) before
# a capitalised word and a lower-case one, the title's "The", "A" or "An" with the title,
# and the acronyms a title opens with after its first word ("Example National HIV
# estimates"). No full stop, comma or number in the name, no initials after its first word
# (a person's "Roe J First..."), no question's opening word ("Is ABC legal?"); the
# lower-case word no small word of a name in another language ("Istituto Superiore di
# Sanità") nor a link.
_CAPITALISED = r"[A-Z][\w'’&\-]*"
_NAME_WORD = rf"(?:(?![A-Z]{{1,4}}\b){_CAPITALISED}|{NAME_SMALL} (?=[A-Z]))"
_SMALL_OR_LINK = (
    r"(?:of|and|for|on|the|in|to|with|by|at|as|or|from|vs|per|de|da|do|dos|das|del|della|di"
    r"|des|du|von|van|der|den|la|le|el|et|und|für|em|na|no|en|y|e|https?|www)\b"
)
_TITLE_WORD = (
    r" (?:(?:The|An?) )?(?:An?|[A-Z](?:[\w'’\-]+|(?:\.[A-Z])+\.))(?: [A-Z][A-Z0-9\-]{1,9})*"
)
_LOWER_WORD = rf" (?!{_SMALL_OR_LINK})[a-z][a-z'’\-]+(?=[ ,;:]|$)"
_TITLE_START = _TITLE_WORD + _LOWER_WORD
_OPEN_NAME = re.compile(
    r"\A(?!(?:Is|Are|Do|Does|Can|How|What|Why|When|Where|Who|Which|Should|Will)\b)"
    rf"(?P<name>(?:The )?{_CAPITALISED}(?: {_NAME_WORD}){{0,7}}?){_TITLE_START}"
)

# An organisation's name with its parts: an agency and its units after commas or a dash,
# several bodies joined by "and", each with its acronym or country in brackets ("Example
# Ministry of Health, Office of Tests Made-up survey report", "Example Institute of
# Statistics (EIS) [Exampleland], and Example International Exampleland made-up survey",
# "Example Center/Institute of Tests, Example Department (ECT/IT), ..."
# "Example Working Group for Tests - Example Center for Disease Control Analysis of
# made-up cases"), before a title in sentence case as above.
_PART = r"(?:[A-Z][\w'’&/\-]*|\([A-Z][A-Za-z]{1,9}(?:/[A-Z][A-Za-z]{1,9})?\)|\[[A-Z][a-z]+\])"
_OPEN_ORGANISATION = re.compile(
    rf"\A(?P<name>(?:The )?[A-Z][\w'’&/\-]*(?:(?:,| -)? (?:{NAME_SMALL} )*{_PART}){{1,24}}?)"
    rf"(?={_TITLE_WORD}(?: {NAME_SMALL})*{_LOWER_WORD})"  # "Behavioural & social ..."
)
# a person's name in it ("Roe J, Doe A, Example Centre for Tests ..."), left to the name rules
_PERSON = re.compile(r"\b[A-Z][a-z]+ [A-Z]{1,4},")
# after the word that makes it an organisation's, only its acronym or country in brackets,
# or a small word going on with its name ("Example Centre for Tests", not "Community Health")
_AFTER_BODY_WORD = re.compile(rf"(?: \([^()]*\)| \[[^\]]*\])*$| {NAME_SMALL} ")


def _body(name: str) -> bool:
    """Whether the last part of ``name`` (after its last comma or dash) is a body's name by
    a word only organisations have, as it stands in such a name."""
    last = re.split(r",| - ", name)[-1]
    return any(_AFTER_BODY_WORD.match(last, m.end()) for m in ORGANISATION_WORDS.finditer(last))


def close_open_name(source: str) -> str:
    """``source`` with a full stop after the body's name that opens it unclosed, an
    organisation's (``_OPEN_ORGANISATION``) or any other (``_OPEN_NAME``), or as it was."""
    m = _OPEN_ORGANISATION.match(source)
    name = m.group("name") if m else ""
    if " " in name and _body(name) and not _PERSON.search(name):
        return f"{name}.{source[len(name) :]}"
    if name := open_name(source):
        return f"{name}.{source[len(name) :]}"
    return source


def open_name(source: str) -> str:
    """The name that opens ``source`` before a title in sentence case (``_OPEN_NAME``), or
    the empty string."""
    o = _OPEN_NAME.match(source)
    return o.group("name") if o else ""
