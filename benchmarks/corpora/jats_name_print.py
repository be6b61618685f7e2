"""Where a reference's name tags and its printed text disagree about who the authors are:
the rules of :mod:`.jats_names` that read the printed text beside the tags (never any
parser's output).

- a title tag (or a source tag) printed right after the author list's separator that
  holds a name as the list prints its names, or opens with one and its full stop
  ("<person-group>Roe J, Doe K</person-group>, <article-title>Poe A</article-title>.
  Title.", Taylor & Francis): the list's last name tagged as the title;
  the authors are not known, nor the title and the journal, since the next tag holds
  them both (``NAME_IN_TITLE``); a title or source tag opening with the name and its full
  stop: the authors and that tag's field are not known (``NAME_OPENS_TITLE``,
  ``NAME_OPENS_SOURCE``); one that holds the "al" of "et al" ("</person-group>, et
  <article-title>al</article-title>"): "et al" was printed, and the title and the journal
  are not known (``ETAL_IN_TITLE``);
- an element citation whose names, found in order in the printed citation, leave a name
  printed before the first of them or after the last ("Roe J, Doe K, Poe A." tagged Doe and
  Poe; "Roe J, Doe K, Poe A et al." tagged Roe and Doe, Poe's name inside Doe's given
  names): the tagged list is not the printed one, and the authors are not known
  (``UNTAGGED_PRINT``); so does a group's tag whose printed name goes on past it
  ("Consortium Example." tagged "Consortium").
"""

from __future__ import annotations

import re

from lxml import etree

from .jats_xml import find, local, text_of

NAME_IN_TITLE = "authors, title and journal set aside: the title tag holds the list's last name"
ETAL_IN_TITLE = (
    "title and journal set aside: the title tag holds the 'al' of et al (read as printed)"
)
NAME_OPENS_TITLE = "authors and title set aside: the title tag opens with the list's last name"
NAME_OPENS_SOURCE = "authors and journal set aside: the source tag opens with the last name"
UNTAGGED_PRINT = "authors set aside: a printed name before or after the tagged ones"

# The words a list of names prints between and after its names that are no name
_LIST_WORDS = frozenset(
    "and & et al others ed eds editor editors in jr y e und".split()  # noqa: SIM905
)
_WORD = re.compile(r"[^\W\d_]+")
# A name's separator: what a list prints between two names
_SEPARATOR = re.compile(r"\s*(?:[,;]|and\b|&)")
# The words that open a name in a list: up to two particles ("de", "van der"), then a
# capitalised word (a capital and then a small letter)
_NEXT_NAME = re.compile(r"\s*(?:[a-z]{1,3}\s+){0,2}([^\W\d_a-z][^\W\d_A-Z]+)")
# What a list prints between its names and a title tag that holds the next name
_LIST_SEPARATOR = re.compile(r"\s*(?:[,;]|,?\s*(?:and|&))\s*")
# A name as a Vancouver list prints it, family name (up to two words, after up to two
# particles) then initials, perhaps hyphenated, and perhaps "et al" after it ("Poe A",
# "Roe-Doe T-S, et al")
_LISTED_NAME = re.compile(
    r"(?:[a-z]{1,3}\s+){0,2}[^\W\d_][^\W\d_'’-]*(?:[-'’ ][^\W\d_]+)?\s+[A-Z](?:[-.]?[A-Z]){0,3}"
    r"\.?(?:,?\s+et\.?\s*al\.?)?"
)
_TITLE_TAGS = ("article-title", "chapter-title")
# A further name printed after a list's separator, in a list's form: a family name (up to
# two words, after up to two particles), then its initials ("Cheinquer H", "Poe, A."); not
# a journal after the names ("; Chem. Rev."), nor a title after "et al"
_NEXT_LISTED = re.compile(
    r"\s*(?:[,;]|and\b|&)\s*(?:[a-z]{1,3}\s+){0,2}[^\W\d_][^\W\d_'’-]+(?:\s[^\W\d_][^\W\d_'’-]+)?"
    r"(?:\s+[A-Z](?:[.-]?[A-Z]){0,3}\.?|,\s+[A-Z]\.)(?=[\s,;.]|$)"
)
# A group's printed name going on past its tag: a word, or a number that is no year ("NBR
# 13818" tagged "NBR"); not a mark, a year or a parenthesis ("WHO 2030.", "WHO (2030)")
_RUNS_ON = re.compile(r"\s+(?!(?:and|et|e|y)\b)(?:[^\W\d_]|\d(?!\d{3}\b))")
# The particles a family name may open with, printed before its tag ("De Cocker KA")
_PARTICLES = frozenset("de da do dos das del della di du van von der den la le ten ter".split())  # noqa: SIM905
# Initials printed after a family name ("JR", "T. L.", "S-P"), before a mark or a space
_PRINTED_INITIALS = re.compile(r"[\s,]*(?:[A-Z]\.?[\s-]?){1,4}(?=[,;.]|\s|$)")


def a_name(text: str) -> bool:
    """Whether loose text of a list of names holds a word that is a name's: a word with a
    small letter that lists print for no name ("et al", "and", "editors" are not)."""
    return any(
        w.lower() not in _LIST_WORDS and not w.isupper() for w in _WORD.findall(text)
    )  # initials alone ("D.C.T.") belong to the name before


def goes_on(before: str, tail: str) -> bool:
    """Whether the text after a tagged name (or group) goes on with another name: after a
    separator (printed there, or ending the tag: "<given-names>P,</given-names>"), a
    capitalised word, after up to two short particles ("Roe J</name>, Doe K, et al.",
    "...</person-group> Doe K.", ", de Roe K"); not ", personal communication" nor
    ", editors"."""
    sep = _SEPARATOR.match(tail)
    if sep:
        rest = tail[sep.end() :]
    elif re.search(r"[,;]\s*$", before):
        rest = tail
    else:
        return False
    m = _NEXT_NAME.match(rest)
    return m is not None and a_name(m.group(1))


def title_after_names(holders: list[etree._Element]) -> str | None:
    """The note when the tag printed right after the author list, after the list's own
    separator, is a title tag holding a name of the list or the "al" of "et al"."""
    if not holders:
        return None
    last = holders[-1]
    title = last.getnext()
    if title is None or local(title) not in (*_TITLE_TAGS, "source"):
        return None
    tail, text = last.tail or "", " ".join((text_of(title) or "").split())
    if re.fullmatch(r"\s*[,;]?\s*et\s*", tail) and text in ("al", "al."):
        return ETAL_IN_TITLE
    if not (_LIST_SEPARATOR.fullmatch(tail) and _family_first(last)):
        return None
    if local(title) != "source" and _LISTED_NAME.fullmatch(text):
        return NAME_IN_TITLE
    opens = _LISTED_NAME.match(text)  # "<article-title>Poe A. Title</article-title>"
    if opens and re.match(r"\.\s+[A-Z]", text[opens.end() - 1 :]):
        return NAME_OPENS_SOURCE if local(title) == "source" else NAME_OPENS_TITLE
    return None  # not "<source>EMBO J</source>" after "J. Roe, K. Doe,"


def _family_first(holder: etree._Element) -> bool:
    """Whether the list's last name is tagged family name first, as the name in the title
    tag is printed ("Roe J, Doe K" and not "J. Roe, K. Doe")."""
    people = list(holder.iter("{*}name", "{*}string-name"))
    kinds = [local(c) for c in people[-1]] if people else []
    return (
        "surname" in kinds
        and "given-names" in kinds
        and (kinds.index("surname") < kinds.index("given-names"))
    )


def _found(name: str, printed: str, start: int) -> re.Match[str] | None:
    return re.search(rf"(?<!\w){re.escape(name)}(?!\w)", printed[start:], re.IGNORECASE)


def _after_given(given: str | None, rest: str) -> str | None:
    """The printed text after a name's given names, where they follow its family name
    ("Pickering LK. Title": ". Title"; "SOUZA, Maria. Title": ". Title"); None where they
    do not (printed first, "A. Roe, Journal 5": what follows is no list's)."""
    words = _WORD.findall(given or "")
    if words:
        spelt = re.match(r"[\s,]*" + r"[.\s-]*".join(map(re.escape, words)) + r"\.?", rest)
        if spelt:
            return rest[spelt.end() :]
    initials = _PRINTED_INITIALS.match(rest)
    return rest[initials.end() :] if initials else None


def untagged_in_print(people: list[tuple[etree._Element, str]], printed: str) -> bool:
    """Whether the printed citation names someone before the first tagged author or after
    the last, its tagged names (``people``: each member and its family name as tagged)
    found in order; undecided (False) where one of them is not found."""
    start, spans = 0, []
    for _member, family in people:
        m = _found(family, printed, start)
        if not family or m is None:
            return False
        spans.append((start + m.start(), start + m.end()))
        start += m.end()
    if not spans:
        return False
    first, last = people[0][0], people[-1][0]
    given = text_of(find(first, "given-names")) if local(first) != "collab" else None
    own = {w.lower() for w in _WORD.findall(given or "")}  # "John Roe": given names first
    before = [w for w in _WORD.findall(printed[: spans[0][0]]) if w.lower() not in own | _PARTICLES]
    if a_name(" ".join(before)):
        return True
    for (member, _), (_, end) in zip(people, spans, strict=True):
        if local(member) == "collab" and _RUNS_ON.match(printed[end:]):
            return True  # "Consortium GTEx." tagged "Consortium": a group's name cut
    if local(last) == "collab":
        return False  # after a group's name, a place may follow ("Org, Geneva: Org")
    rest = _after_given(text_of(find(last, "given-names")), printed[spans[-1][1] :])
    return rest is not None and _NEXT_LISTED.match(rest) is not None
