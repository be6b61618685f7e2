"""A printed list of names, as the labeller hands it over, into people and organisations.

The labeller says which tokens are the authors; how they divide into names is decided here,
by rules, because the printed forms are few and regular: Vancouver "Della Starza I, Costa
LDCF", APA "Von Salmuth, V., & Di Nota, P. M.", initials first "B.G. de Oliveira Maia, S.
Arcaro e R. Hesketh", and organisations ("World Health Organization (WHO)", "Centers for
Disease Control and Prevention"), which are one name however many words they have. Here
the list is cut into names; each name is read by :mod:`.one_name`.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..model import Name
from ..names import (
    PARTICLES,
    initials_to_given,
    is_initials,
)
from .comma_names import comma_pieces
from .conjoined_names import two_people
from .inverted_groups import inverted_group
from .name_forms import (
    abbreviated,
    after_et_al,
    after_organisation,
    normalised,
    organisation_before_title,
    without_years,
)
from .one_name import (
    GROUP_JOINED,
    LEADING_HYPHEN,
    SUFFIX_WORDS,
    given_initial,
    is_organisation,
    read_name,
)
from .pinyin_names import pinyin_family_first
from .prefilter import holds_any, may_hold
from .split_groups import groups_rejoined

_ET_AL = re.compile(r"[,;]? ?\bet\.? ?al\b\.?|[,;]? ?\band (?:others|colleagues)\b", re.I)
# What _ET_AL cannot match without, in any case (it opens with optional marks and is tried
# at every position of every list of names, case-blind)
_ET_AL_WORDS = ("et", "and o", "and c")
# "eds", "(Ed.)", "editores", "(Org.)": not "ED", which is a person's initials ("Siggia ED").
_EDITOR_WORDS = re.compile(
    r"\(?\b(?:[Ee]ds?|[Ee]ditors?|[Ee]ditores|[ÉéEe]diteurs?|[ÉéEe]ditrices?|[Hh]rsg|[Oo]rgs?"
    r"|[Cc]oord)\b\.?\)?\s*[:.,]?"
)
# What _EDITOR_WORDS cannot match without
_EDITOR_LETTERS = ("ed", "Ed", "dit", "rsg", "rg", "oord")
# An organisation whose name enumerates what it covers, one word each ("Ministry of Health,
# Labour and Welfare", "Ministry of Agriculture, Forestry and Fisheries of Japan"): not
# people, who would have initials, nor organisations, which are more than one word or
# capitals ("WHO, UNICEF and UNFPA").
_ENUMERATING = re.compile(
    r"^([^,;]+)(?:, [A-Z][a-z]+){1,4},? (?:and|&) [A-Z][a-z]+(?: (?:of|in|for|the) [^,;]+)?"
)
# Conjunctions between the last two names; "e", "y" and "und" only after a whole name,
# since they are also inside names ("Aguera y Arcas B").
# (single spaces: read_names closes up runs of white space first)
_AND = re.compile(r" (?:and|&) ")
_AND_FOREIGN = re.compile(r"^(\S+ \S.*?) (?:e|y|und) (?=\S)")
_GLUED_FAMILY = re.compile(r"(?<=\b[A-Z]\.)(?=[A-Z][a-z])")
_SEPARATOR = re.compile(r"[,;]")
_LETTER = re.compile(r"[^\W\d_]")
# APA 7's ellipsis before the last author, who follows the names left out ("Roe, A., Doe,
# B., … Poe, C.", and spaced, ". . . Poe, C."): a comma between two names
_ELLIPSIS = re.compile(r",? ?(?:…|\.\.\.|\. \. \.) ?(?=[^\W\d_])")
_DOTTED_INITIALS = re.compile(r"(?:[A-Z]\.[\s\-‐]?)+")


def read_names(text: str) -> tuple[tuple[Name, ...], bool]:
    """A printed list of names -> (names, cut short with "et al")."""
    # (each pattern is tried only where the marks or letters it needs are: every list of
    # names is read here, and most have no ellipsis, no editors' word, no glued family)
    text = " ".join(normalised(text).split())
    if "…" in text or "..." in text or ". . ." in text:
        text = _ELLIPSIS.sub(", ", text)
    if " -" in text:
        text = LEADING_HYPHEN.sub("", text)
    truncated = may_hold(text, _ET_AL_WORDS) and bool(_ET_AL.search(text))
    if truncated:  # (after_et_al looks for _ET_AL's first half: none found, no change)
        text = _ET_AL.sub("", after_et_al(text, is_organisation))
    if holds_any(text, _EDITOR_LETTERS):
        text = _EDITOR_WORDS.sub("", text)
    text = text.strip().strip(".,;: ")
    if "." in text:
        text = _GLUED_FAMILY.sub(" ", text)  # "N.P.Menezes"
    # one body's name, not a person and a group joined by "and" ("Roe J and Example Study
    # Group", as SAGE's Harvard joins its last author)
    if not _SEPARATOR.search(text) and is_organisation(text) and not _person_then_group(text):
        return (Name(literal=organisation_before_title(text, is_organisation)),), truncated
    if (m := _ENUMERATING.fullmatch(text)) and is_organisation(m.group(1)):
        return (Name(literal=text),), truncated
    pieces = [p.strip() for p in text.split(";") if p.strip()]
    if len(pieces) == 1:
        pieces = _unseparated(text) or comma_pieces(_and_to_comma(pieces[0]))
    else:  # "Kassebaum NJ, Smith AGC, Vos T, et al.; GBD 2015 Oral Health Collaborators"
        pieces = [
            q
            for p in pieces
            for q in (
                [p]
                if "," not in p and is_organisation(p)
                else _vancouver(_and_to_comma(p))
                or _groups(p)
                or two_people(p)
                or [_and_to_comma(p)]
            )
        ]
    pieces = [_unjoined(p) for p in after_organisation(pieces, is_organisation)]
    names: list[Name] = []
    vancouver = _mostly_vancouver(pieces)
    pieces = [without_years(piece.lstrip(" .,:").rstrip(" ,:")) for piece in pieces]
    pieces, groups = groups_rejoined(pieces)  # "Centers for Disease C, Prevention"
    # Chicago's first name inverted ("Roe, KB, HR Oh, and SI Doe"): the others initials
    # first, no GB/T 7714 capitals ("ZHANG San") nor Vancouver's "Roe Jk"
    chicago = _inverted_first(pieces)
    vancouver = vancouver and not chicago
    pinyin = {} if chicago else pinyin_family_first(pieces)
    for piece in pieces:
        if piece in groups or inverted_group(piece.split()):  # "(WHO) WHO"
            names.append(Name(literal=piece))
            continue
        if not _LETTER.search(piece) or _DOTTED_INITIALS.fullmatch(piece):
            # a stray mark the labeller took for a name, or initials no family name goes
            # with ("Roe H. K., C., Doe, and Poe M.", as PMC prints some lists): no person
            continue
        name = pinyin.get(piece)
        if name is not None:
            pass  # "ZHANG San": family first in capitals, the given name written out
        elif vancouver and (two := _TWO_INITIALS.fullmatch(piece)) and two[2] not in SUFFIX_WORDS:
            # "Roe Jk" among "Doe AB, Poe C": two initials a copy lower-cased, not a name
            name = Name(family=two.group(1), given=initials_to_given(two.group(2).upper()))
        elif (
            vancouver
            and (full := _GIVEN_WRITTEN_OUT.fullmatch(piece))
            and (full.group(2) not in SUFFIX_WORDS)
            and not is_organisation(piece)
        ):
            # "Tang Yi-Wei" among "Lu H, Stratton CW": family first, as the list prints
            # every name, with the given name written out where the others have initials
            name = Name(family=full.group(1), given=full.group(2))
        elif len(piece.split()) <= 10 and (
            not is_organisation(piece) or (chicago and _INITIALS_FIRST.fullmatch(piece))
        ):
            name = read_name(piece)  # ("PG Board" after "Sun, RC": a person)
        if names and not names[-1].literal and piece.rstrip(".") in SUFFIX_WORDS:
            # "P. E. Roe, Jr., S. Doe": the suffix of the name before it, not a name
            names[-1] = replace(names[-1], suffix=piece.rstrip("."))
            continue
        names.append(name if name is not None else Name(literal=piece))
    # initials first: "A. Gonçalves, R. Lopes"; not an acronym alone ("WHO, UNICEF")
    if pieces and len(pieces[0].split()) > 1 and given_initial(pieces[0].split()[0]):
        # what follows the last person is the title or the journal the labeller took in,
        # not a name: "M. Alonso e E.J. Finn, Física (Editora", "R. Lopes, J. Exact Sci."
        while len(names) > 1 and (names[-1].literal or abbreviated(names[-1])):
            names.pop()
    return tuple(names), truncated


def _person_then_group(text: str) -> bool:
    """Whether ``text`` opens with a person, a family name and its initials, joined to what
    follows by "and" or "&" ("Roe J and Example Study Group")."""
    m = _JOINED_PERSON.match(text)
    return m is not None and not is_organisation(m.group(1))


# A person before "and" or "&": a family name and its initials ("Roe J", "Roe-Doe JA")
_JOINED_PERSON = re.compile(r"\A([A-Z][^\W\d_]+(?:[-‐][A-Z][^\W\d_]+)? [A-Z]{1,4}) (?:and|&) ")


def _unjoined(piece: str) -> str:
    """A group's name without the words that join it to the people ("for the Example
    Investigators", "and the Example Group"); a person's piece as it is."""
    bare = GROUP_JOINED.sub("", piece)
    return bare if bare != piece and is_organisation(bare) else piece


# A Vancouver name whose two initials were printed with the second in lower case ("Roe Jk",
# "ZHOU Qb"); not a family name of two letters after initials in capitals ("YJ Wu": a vowel)
_TWO_INITIALS = re.compile(
    r"^((?:[A-Z][^\W\d_]*?[a-z][^\W\d_]*|[A-Z]+(?= [A-Z][^aeiouy\W\d_]$))"
    r"(?: [A-Z][^\W\d_]+)?) ([A-Z][a-z])$"
)


# A family name and a given name written out, neither initials: "Tang Yi-Wei", "Roe John"
_GIVEN_WRITTEN_OUT = re.compile(
    r"([A-Z][a-z][^\W\d_]*) ([A-Z][a-z][^\W\d_]*(?:[-‐][A-Za-z][^\W\d_]*)?)"
)


# A person printed initials first, undotted, with a family name of one word: "PG Board"
_INITIALS_FIRST = re.compile(r"[A-Z]{1,4} [A-Z][a-z][^\W\d_]*")


def _inverted_first(pieces: list[str]) -> bool:
    """Whether a list inverts its first name only, as Chicago prints it ("Roe, KB, PG Doe,
    and SI Poe"; "Roe, Jane, and Bob Doe"): the other names are printed initials (or given
    names) first, unlike APA's, each inverted, and Vancouver's, none."""
    return len(pieces) > 1 and "," in pieces[0] and all("," not in p for p in pieces[1:])


def _mostly_vancouver(pieces: list[str]) -> bool:
    """Whether most names of a list (three at least) end with their initials."""
    closed = sum(
        len(p.split()) > 1 and (is_initials(p.split()[-1]) or bool(_TWO_INITIALS.fullmatch(p)))
        for p in pieces
    )
    return len(pieces) >= 3 and 2 * closed >= len(pieces)


def _and_to_comma(text: str) -> str:
    """ "Smith J and Jones K", "Silva A e Souza B": the last two names, as the others; not
    the "and" inside an organisation's name ("Food and Agriculture Organization of the
    United Nations", "Centers for Disease Control and Prevention")."""

    def conjunction(m: re.Match[str]) -> str:
        left = text[: m.start()].rsplit(",", 1)[-1]
        right = text[m.end() :].split(",", 1)[0]
        whole = f"{left}{m.group()}{right}".strip()
        words = left.split()
        # "Roe JA and ...", "Roe J.A. and ...", "J. Roe and ..."
        person = bool(words) and (is_initials(words[-1].replace(".", "")) or words[0].endswith("."))
        two = is_organisation(left) and is_organisation(right)  # "... Development & WFP"
        keep = words and not person and not two and is_organisation(whole)
        return m.group() if keep else ", "

    joined = _AND.sub(conjunction, text) if " and " in text or " & " in text else text
    return ", ".join([_foreign_and_to_comma(p.strip()) for p in joined.split(",")])


def _foreign_and_to_comma(piece: str) -> str:
    """ "Silva A e Souza B": the conjunction after the first whole name, a comma (looked
    for only where one of its words is: every piece of every list of names is asked)."""
    if " e " in piece or " y " in piece or " und " in piece:
        return _AND_FOREIGN.sub(r"\1, ", piece)
    return piece


def _groups(text: str) -> list[str]:
    """The groups a list prints between commas after its people's semicolon ("Roe J, Doe
    A; Example Genetics Initiative, Example Trust Consortium"), one author each; nothing
    when a part is no organisation's name ("Ministry of Tests, Checks and Trials")."""
    parts = [re.sub(r"^(?:and|&) ", "", p.strip()) for p in text.split(",")]
    return parts if len(parts) > 1 and all(is_organisation(p) for p in parts) else []


def _vancouver(text: str) -> list[str]:
    """The names of a Vancouver list ("Smith AB, Jones C"), or nothing if it is not one."""
    parts = [p.strip() for p in text.split(",")]
    vancouver = len(parts) > 1 and all(
        1 < len(p.split()) <= 4 and is_initials(p.split()[-1]) for p in parts
    )
    return parts if vancouver else []


def _unseparated(text: str) -> list[str]:
    """The names of a Vancouver list printed with no commas, each closed by its initials
    and perhaps a full stop ("Roe J. Doe AB. Poe C", "Roe J Doe A"), or nothing if the text
    is not two such names or more. A family word has a lower-case letter, initials have
    none, so the words divide one way only; "Marcia Nahikian Nelms KPS" is one name."""
    if _SEPARATOR.search(text):
        return []
    names: list[str] = []
    current: list[str] = []
    closed = False  # the current name has its initials
    for word in text.split():
        initials = word.replace(".", "")
        if initials and is_initials(initials) and (current or closed):
            if not closed:
                names.append(" ".join(current))
                current = []
            names[-1] = f"{names[-1]} {word}"
            closed = True
        elif word.lower() in PARTICLES or (word[:1].isupper() and not word.isupper()):
            current.append(word)
            closed = False
        elif word in {"and", "&"} and closed:
            continue
        else:
            return []
    return [n.rstrip(".") for n in names] if len(names) > 1 and not current else []
