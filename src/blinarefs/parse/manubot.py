"""Manubot's reference form: the title first, then the people given names first, then the
journal, the date in ISO form in parentheses and the link: "Title of the work, Jane A Roe,
John Doe Journal of Examples (2030-05-25) https://doi.org/10.5555/xyz", sometimes with
"DOI: 10.5555/xyz · PMID: 123" after. Manubot (Markdown manuscripts built with Pandoc)
prints every item so.

The Vancouver readers take the title's words for names and the last person's name for
the journal's first words. One item alone can be a title with commas in it; a whole list
whose items mostly end "(YYYY-MM-DD) https://..." is Manubot's. In such a list each item
so printed is read through its Vancouver twin ("Roe JA, Doe J. Title of the work. Journal
of Examples. 2030 May 25. https://doi.org/..."), and the entry keeps the given names as
printed (:class:`.given_first.GivenFirst`).
"""

from __future__ import annotations

import re

from .given_first import GivenFirst, _split, vancouver

# The close: the ISO date in parentheses, then a link or a "DOI:" label, to the end with
# no parenthesis after (each try stops at the next one: linear). The head before it is
# cut at ", " (a split, no backtracking)
_CLOSE = re.compile(
    r" \((?P<year>\d{4})-(?P<month>\d\d)(?:-(?P<day>\d\d))?+\)"
    r" (?P<tail>(?:https?://|DOI: ?|doi: ?)\S[^()]*+)$"
)
# A person printed given first: given words or initials, then the family's word (and
# particles); atomic pieces, matched whole against one comma-free segment
_GIVEN = r"[^\W\d_a-z](?:[^\W\d_A-Z][\w'’\-]*+|[^\W\d_a-z]?+\.?+)"
_WORD = r"[^\W\d_a-z][^\W\d_A-Z][\w'’\-]*+"
_FAMILY = r"(?:(?:van|von|der|de|del|da|di|la|le|den|ter|du) )*+[^\W\d_a-z][\w'’\-]++"
_PERSON = re.compile(rf"(?:{_GIVEN} ){{1,4}}+{_FAMILY}")
# The last person, with the journal after: given words with an initial last take the
# next word as the family ("Mary K Poe Nature"), else one given word does
_LAST = re.compile(
    rf"(?P<person>(?:(?:{_WORD} )*+(?:[^\W\d_a-z]{{1,2}}\.?+ )++|{_GIVEN} ){_FAMILY})"
    r"(?: (?P<journal>\S.*+))?$"
)
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
# A list is read so when at least this many of its items, and half of them, close so
LIST_MIN = 5


def manubot(text: str) -> GivenFirst | None:
    """The item ``text`` read as Manubot prints it, or None when it is not so printed."""
    printed = " ".join(text.split())
    m = _CLOSE.search(printed)
    if m is None:
        return None
    parts = printed[: m.start()].split(", ")
    last = _LAST.match(parts[-1])
    if last is None or len(parts) < 2:
        return None
    at = len(parts) - 1
    while at > 1 and _PERSON.fullmatch(parts[at - 1]):
        at -= 1
    people = [_split(p) for p in [*parts[at:-1], last.group("person")]]
    if not all(people):
        return None
    named = [p for p in people if p]
    month = int(m.group("month"))
    if not 1 <= month <= 12:
        return None
    day = f" {int(m.group('day'))}" if m.group("day") else ""
    date = f"{m.group('year')} {_MONTHS[month - 1]}{day}"
    journal = f"{last.group('journal')}. " if last.group("journal") else ""
    title = ", ".join(parts[:at]).rstrip(".")
    twin = f"{vancouver(named)}. {title}. {journal}{date}. {m.group('tail')}"
    return GivenFirst(tuple(named), twin, printed)


def prints_manubot(texts: list[str]) -> bool:
    """Whether a list (its items' ``texts``) is Manubot's: enough of its items, and half,
    close with the ISO date in parentheses and a link."""
    closed = sum(1 for t in texts if _CLOSE.search(" ".join(t.split())))
    return closed >= LIST_MIN and 2 * closed >= len(texts)
