"""Which lines of a numbered list open an item, and the text after the item's number.

A number alone is also a volume, a page, an issue or a date's day, above all when a copy
cut the list one token a line; it opens a reference only where one can begin (after the
end of the previous one, or at the start) and before what a reference opens with. Kept
apart from :mod:`.split`, which finds the list, groups its lines into items and rebuilds
them: this reads each line once and answers only "does an item start here".
"""

from __future__ import annotations

import re

from .folds import QUOTES
from .headings import is_list_heading
from .joiner import join_tokens
from .list_end import ENDS_REFERENCE
from .numbering import AUTHOR_START, PARTICLE
from .years import MONTH_WORD

# "1 Smith J, ...": one pattern for every number (one per number filled the regex cache).
_LEADING_NUMBER = re.compile(r"[\[(]?(\d{1,6})")


def _item_start(
    s: str, number: int, before: str | None, after: str, ahead: list[str]
) -> str | None:
    """The text after the number when the stripped line ``s`` opens reference ``number``.

    ``before`` is the last non-blank line above (None at the start of the text) and
    ``after`` the next non-blank line (``ahead``: the next few): a bare number is also a
    volume or a page, so it opens a reference only where one can begin (after the end of
    the previous one, or at the start) and before a word.
    """
    n = str(number)
    for prefix in (f"[{n}]", f"{n}.", f"{n})", f"({n})", f"{n}]"):
        if s.startswith(prefix):
            rest = s[len(prefix) :]
            # (or "6)Sakamoto Y", "6.Sakamoto Y": a typed list that lost the space after
            # the mark; after a full stop, only before a name, as "1.5 mg" is no item)
            if rest and (
                rest[0].isspace()
                or (rest[0].isupper() and prefix[-1] in ")]")
                or (prefix[-1] == "." and AUTHOR_START.match(rest))
            ):
                return rest.strip()
            if not rest:  # "5." alone on its line: also the day of "Epub 2016 Dec 5."
                day = (
                    number <= 31  # "1963 Jun" / "72." closes a reference
                    and bool(MONTH_WORD.match(before or ""))
                    and not (before or "").endswith(".")
                )
                # nor the "2)" of "104(4 Pt 2):416-22", cut one token a line
                # nor a volume after its journal before a DOI ("Biol" / "7" / "." / "doi")
                # (F1000's link label "Reference Source" ends a reference: "Source" /
                # "48." / "cn-fict: Title" opens one with a site's name in lower case)
                volume = (
                    (before or "").isalpha()
                    and before != _LINK_LABEL_END
                    and after[:1].islower()
                    and not PARTICLE.match(after)
                ) or bool(_TAIL_WORD.match(after))  # "2023;13." / "doi": no item opens so
                return (
                    None
                    if day or volume or after[:1] in tuple(":;,)]") or _issue(prefix, before, after)
                    else ""
                )
    if s.startswith(n) and (
        AUTHOR_START.match(glued := s[len(n) :]) or _cut_name(glued, ahead, n, before)
    ):
        return glued  # "1Roe J, Doe B.": the list's raised numbers glued to the names
    if not (s == n or (s.startswith(n) and s[len(n) : len(n) + 1].isspace())):
        return None
    rest = s[len(n) :].strip()
    if AUTHOR_START.match(rest):
        return rest
    boundary = before is None or bool(ENDS_REFERENCE.search(before) or is_list_heading(before))
    if rest:
        return rest if boundary and rest[0].isalpha() else None
    # one token a line, a bare number opens an item before a name, not before a word of a
    # title ("Nav1" / "." / "7" / "and other..."); after a number, only before a name and
    # its initials (a reference that ends with no stop, at its pages or its DOI's digits:
    # "...3" / "44" / "6" / "Zoe" / "P" / "."; two numbers one token a line were apart)
    if not boundary and (before or "").isdecimal():
        return "" if AUTHOR_START.match(join_tokens(ahead)) else None
    return "" if boundary and (after[:1].isupper() or PARTICLE.match(after)) else None


def _cut_name(glued: str, ahead: list[str], number: str, before: str | None) -> bool:
    """Whether a name glued to the number, one token a line, goes on as an author's on the
    next lines: "1Roe" / "JA" / "," (``AUTHOR_START`` needs the initials after it); not
    after the list's own number, which opens the item ("10" / "." / "10Roe" / "X")."""
    listed = (before or "").strip("[()].") == number
    return (
        not listed
        and bool(_NAME_WORD.fullmatch(glued))
        and bool(AUTHOR_START.match(join_tokens([glued, *ahead])))
    )


_NAME_WORD = re.compile(r"[A-Z\u00C0-\u00DE][a-z\u00DF-\u00FF]\w*")  # "Roe", "LaRoe"


_LINK_LABEL_END = "Source"  # of F1000's "Reference Source" (``closing._LINK_LABEL``)


# What follows a volume or pages, never an item's first word: "2023;13." / "doi" / ":"
# (an address may be a whole item: "12." / "http" / ":" ...)
_TAIL_WORD = re.compile(r"(?:doi|pmid|pmcid|epub)\b")


def _issue(prefix: str, before: str | None, after: str) -> bool:
    """Whether "(4)" or "4)" alone on its line is an issue, one element a line: after a
    volume, an opening parenthesis or a supplement's word ("163" / "(4)" / "643-657",
    "163(" / "4)", "(Suppl" / "4)"), and not before a name."""
    before = before or ""
    return bool(
        prefix.endswith(")")
        # (nothing before: the list's first line, where no volume is)
        and (
            before[-1:].isdigit()
            or (before and before[-1] in "(,/")
            or _PART_WORD.fullmatch(before)
        )
        and not (after[:1].isupper() or after[:1] in QUOTES + "(" or PARTICLE.match(after))
    )


_PART_WORD = re.compile(r"\(?(?:suppl?|supl|pt|part|no|spec)\.?", re.I)  # "(Suppl" / "4)"


_CAPITAL = re.compile(r"[A-Z][a-z]")  # a name's first word: "Roe", not "J" or "S12"
_SPACED_MARK = re.compile(r"\A(\d{1,6})\s+([.)\]])\Z")


def item_starts(lines: list[str], first: int) -> dict[int, tuple[int, str]]:
    """Line index -> (number, text after it) for every line from ``first`` that can open an
    item. One pass: each line is looked at once, whatever the size of the text."""
    found: dict[int, tuple[int, str]] = {}
    before: str | None = None
    stripped = [x.strip() for x in lines[first:]]  # each line stripped once, not per look
    for i in range(first, len(lines)):
        s = stripped[i - first]
        if s[-1:] in (".", ")", "]"):
            # a scraped copy's stray space between the number and its mark: "12 ." is "12."
            s = _SPACED_MARK.sub(r"\1\2", s)
        m = _LEADING_NUMBER.match(s)
        if m:
            # (past the lines a fold left blank: "12." / "" / "" / "(2005)"; past the
            # reference's own number: "(36)" / "1" / "." / "Roe")
            ahead = [x for x in stripped[i + 1 - first : i + 7 - first] if x][:3]
            # (a glued name cut from its initials: "1Della" / "Starza" / "I" / ",")
            following = [x for x in stripped[i + 1 - first : i + 9 - first] if x][:4]
            after = ahead[0] if ahead else ""
            if len(ahead) == 3 and ahead[0].isdecimal() and int(ahead[0]) <= int(m.group(1)):
                after = ahead[2] if ahead[1] in (".", ")") else after
                after = ahead[1] if _CAPITAL.match(ahead[1]) and ahead[2][:1].isupper() else after
            number = int(m.group(1))
            rest = _item_start(s, number, before, after, following) if number else None
            # an item has text: "24." closing the last reference opens nothing
            if rest is not None and (rest or after):
                found[i] = (number, rest)
        if s:
            before = s
    return found
