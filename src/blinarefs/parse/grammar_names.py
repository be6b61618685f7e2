"""The grammar's reading of the names that open a reference (:mod:`.reference`).

Vancouver and AMA print "Family Initials" separated by commas and closed by a full stop;
"et al" marks a cut list, a study group may close it, and "editors" says the names are a
book's editors. Kept apart from the grammar's reading of the rest of the reference (its
identifiers, its source block, its title), which calls :func:`split_authors` for the names
before the title and again for a chapter's editors.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..model import Name
from ..names import parse_vancouver_name
from .inverted_groups import inverted_group
from .one_name import (
    GROUP_JOINED,
    ORGANISATION_WORDS,
    SUFFIX_WORDS,
    country_agency,
    pubmed_initials,
    undotted_initials,
)
from .pinyin_names import pinyin_family_first

_ET_AL = re.compile(r"^et\.?\s*al\.?$", re.I)
_EDITOR_WORD = (
    r"(?:eds?|editors?|editores|éditeurs?|éditrices?|organizador(?:es|as?)?|orgs?"
    r"|coord(?:enador(?:es|as?)?|s)?)"
)
_EDITORS = re.compile(rf"^{_EDITOR_WORD}\.?$", re.I)
# The editors' mark in parentheses, as Harvard and many Vancouver variants print it: "In: Roe
# J (ed.) Book.", "In: Roe J, Doe A (eds). Book.", "In: Roe J (Org.). Livro."
_EDITORS_IN_PARENS = re.compile(rf"\((?P<mark>{_EDITOR_WORD})\.?\)\.?(?=\s|$)", re.I)
_GROUP = re.compile(
    r"\b(group|consortium|investigators|network|committee|collaborat\w*|study|trial|society)\b",
    re.I,
)


@dataclass(frozen=True, slots=True)
class Names:
    """The names a reference opens with, and the text after them."""

    names: tuple[Name, ...]
    truncated: bool
    editors: bool  # the list closed with "editors"/"eds": an edited book
    rest: str


_NAME_SEPARATOR = re.compile(r"[,;]\s*")
_ET_AL_END = re.compile(r"(?<!\s)\s+et\.?\s*al\.?$")  # from a run's first space: linear


# Where a name list ends: its first full stop before a space or the end (what
# :func:`split_authors` reads names from; the text after it is the rest)
NAMES_END = re.compile(r"\A(.+?)\.(?:\s+|$)")  # (from the start only: linear)


def split_authors(text: str) -> Names | None:
    """Leading name list -> Names; None when the text does not open with one.

    Vancouver and AMA print "Family Initials" separated by commas and closed by a period;
    "et al" marks a cut list, a study group may close it ("et al; the STAR Trial Group"),
    and "editors"/"eds" says the names are the editors of a book.
    """
    m = NAMES_END.match(text)
    if not m:
        return None
    pieces = _and_split([p.strip() for p in _NAME_SEPARATOR.split(m.group(1)) if p.strip()])
    rest = text[m.end() :].strip()
    if len(pieces) == 2 and _ONE_FAMILY.fullmatch(pieces[0]) and _INITIALS_AFTER.match(rest):
        pieces = [f"{pieces[0]} {pieces[1]}"]  # "Roe, J. Title": one name, its comma printed
    if pieces and (cut := _ET_AL_END.search(pieces[-1])):
        pieces[-1:] = [pieces[-1][: cut.start()], "et al"]  # "Protopopescu C et al"
    editors = bool(pieces) and bool(_EDITORS.match(pieces[-1]))
    if editors:
        pieces.pop()
    people: list[Name] = []
    groups: list[Name] = []
    truncated = False
    for piece in pieces:
        if _ET_AL.match(piece) and people and not truncated and not groups:
            truncated = True
            continue
        if people and not (truncated or groups) and piece.rstrip(".") in SUFFIX_WORDS:
            # "Roe WD, Jr., Doe M": the suffix printed apart is the name before's
            people[-1] = replace(people[-1], suffix=piece.rstrip("."))
            continue
        name = None if truncated or groups else _vancouver_name(piece)
        if name is not None:
            people.append(name)
        elif people and (_GROUP.search(piece) or ORGANISATION_WORDS.search(piece)):
            # a study group or a body after the people, in title or sentence case
            # ("Roe J, Doe A, National institute for example excellence. Title"), without
            # the words that join it to them ("and the", "&", "for the", "on behalf of")
            literal = GROUP_JOINED.sub("", piece)
            groups.append(Name(literal=literal))
        else:
            return None
    if not people:
        return None
    return Names(tuple(people + groups), truncated, editors, rest)


# One family name before its initials' comma ("Roe, J. Title"), the whole list: a capitalised
# word, hyphenated or with its apostrophe, and the initials after it, "J" or "JA" (the full
# stop the list's closes); and what may follow a list so closed: a title's first word, not
# one more initial ("Roe, J. A., Doe, B." is APA's, left to the labeller)
_ONE_FAMILY = re.compile(r"[A-Z][a-z]+(?:['’\-][A-Z]?[a-z]+)*")
_INITIALS_AFTER = re.compile(r"(?![A-Z]\.|[,;&(])\S")
# "and" or "&" before a list's last name ("Roe J, Doe B, and Poe C", "Roe J & Doe B")
_AND = re.compile(r"(?<!\s)\s+(?:and|&)\s+")  # from a run's first space: linear
_AND_FIRST = re.compile(r"^(?:and|&)\s+")


def _and_split(pieces: list[str]) -> list[str]:
    """The names of a list whose last one is joined by "and" or "&": "and Poe C" is "Poe C",
    and "Doe B & Poe C" two names, when every part reads as a name "Family Initials" (not a
    group's "Society for Made Up and Pretend Medicine")."""
    out: list[str] = []
    for piece in pieces:
        if "and" not in piece and "&" not in piece:  # (most pieces: no pattern asked)
            out.append(piece)
            continue
        parts = _AND.split(_AND_FIRST.sub("", piece))
        if (len(parts) > 1 or parts[0] != piece) and all(map(_vancouver_name, parts)):
            out.extend(parts)
        else:
            out.append(piece)
    return out


def editors_closed(book: str) -> str:
    """A chapter's "Roe J, Doe A (eds). Book..." as the grammar reads editors: "Roe J, Doe
    A, eds. Book..." (the names before the mark, the mark closing them)."""
    m = _EDITORS_IN_PARENS.search(book)
    if not m or "." in book[: m.start()]:
        return book
    return f"{book[: m.start()].rstrip().rstrip(',')}, {m.group('mark')}.{book[m.end() :]}"


def _vancouver_name(piece: str) -> Name | None:
    """ "Roe JA"; PubMed's "Barbosa Tde S" and "Costa IBSDS" (:mod:`.printed_names`); GB/T
    7714's "WANG Wu" (:mod:`.pinyin_names`);
    not a group's name that PubMed cut to a letter ("Example Disease Neuroimaging I",
    "Example Definitions Working G": three words or more before it, one a group's), nor
    one inverted as a person's ("Example Health Organization EHO", :mod:`.inverted_groups`)."""
    words = (piece := undotted_initials(piece)).split()
    if len(words) > 3 and len(words[-1]) == 1 and ORGANISATION_WORDS.search(piece):
        return None
    if inverted_group(words) or country_agency(words):
        return None
    return (
        pubmed_initials(words, "")
        or parse_vancouver_name(piece)
        or pinyin_family_first([piece]).get(piece)  # "WANG Wu" (GB/T 7714)
    )
