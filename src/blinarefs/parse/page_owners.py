"""A name alone before the address of its page: the page's owner, its author.

Vancouver and AMA cite a database, a web site or a body's home page by its name alone,
then the address and the day it was read ("Example Index. https://... (accessed: May 4,
2030).", "Example Works Library. Available at: https://... Accessed 1 May 2030."), and the
publishers' markup tags that name as the author (a group's name), as the parser already
read such a name when it holds a word only organisations have ("Example Foundation").
Without that word the readers left it as the title, or read it as a person's name
("Example Lab WebTest Genome Viewer": given "Example Lab WebTest Genome", family "Viewer"),
or cut it at an acronym inside it. Nothing else printed beside the name and the address
is the sign: the name is in title case (a title in sentence case, "Made-up viewer, a tool
for examples", stays the title), and it is no person's name with initials ("Roe J").
"""

from __future__ import annotations

import re

from ..model import Name, Reference
from ..names import is_initials
from .acronym_ends import body_words
from .body_names import name_like
from .webpages import MONTH

# The page's address after the name, with NLM's or AMA's words before it or not, up to
# the mark that closes it
_ADDRESS = re.compile(
    r"(?:(?:Available|Retrieved)(?: (?:at|from|online))?:? )?(?:https?://|www\.)\S+?"
    r"(?=[.,;]?(?:\s|$))"
)
# What may follow the address: the day it was read ("(accessed: May 4, 2030)", "Accessed 1
# July 2030.", "[cited 2030 May 4]"), or a bare date ("22-3-30"), and marks
_NOTHING_ELSE = re.compile(
    rf"(?:[\s\d.,;:()\[\]/\-]|{MONTH}|(?i:date|last|accessed|retrieved|cited|on)\b)*"
)


def address_alone(rest: str) -> bool:
    """Whether ``rest`` is only a page's address and the day it was read."""
    m = _ADDRESS.match(rest)
    if not m:
        return False
    return bool(_NOTHING_ELSE.fullmatch(rest, m.end()))


def page_owner(ref: Reference) -> Reference:
    """``ref`` with the name printed alone before its page's address as its author, and no
    title, when all the readers took from before the address lies in that name."""
    head, stop, rest = ref.source_text.partition(". ")
    if not stop or ref.editor or "," in head or not name_like(head):
        return ref
    words = head.split()
    if (is_initials(words[-1]) and len(words) <= 3) or not address_alone(rest):
        return ref  # a person's name ("Roe J")
    if any(_person_opens(name, head) for name in ref.author):
        return ref  # a person and a title the list prints with no stop between ("Roe JR Title")
    if ref.title and any(name.literal for name in ref.author):
        return ref  # a body and its page's title told apart ("Example Society Made-Up Unit")
    read = [ref.title, *(part for n in ref.author for part in (n.literal, n.given, n.family))]
    if not all(_within(part, head) for part in read):
        return ref
    return ref.with_fields(author=(Name(literal=head),), title="")


def _person_opens(name: Name, head: str) -> bool:
    """Whether ``name`` was read as a person's family and initials that open ``head`` as
    Vancouver prints them, a family a body's name would not have."""
    letters = name.given.replace(".", "").replace(" ", "")
    family = " ".join(filter(None, (name.non_dropping_particle, name.family)))
    return (
        bool(family and letters.isupper())
        and head.startswith(f"{family} {letters}")
        and not body_words(family)
    )


def _within(part: str, head: str) -> bool:
    """Whether a field read lies in the name, its words in its order (a person's given
    names read with initials' full stops: "A. I. D. S." of "AIDS")."""
    return not part or part.replace(". ", "").replace(".", "") in head or part in head
