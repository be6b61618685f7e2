"""A reference's authors as its JATS markup gives them, and what a reader of the printed
reference can know of them.

The tags are the truth only where they hold what was printed. JATS puts every person of a
citation in a ``<name>`` or ``<string-name>`` and every group in a ``<collab>``; a name
printed outside them, or a surname tag that holds its initials, is the markup's slip, not
the print's, and the rules here follow from that alone (never from any parser's output):

- a group's name holding a sentence's end or a colon holds the title or the place
  (``_TITLE_IN_COLLAB``), and a name tag cut inside a parenthesis holds part of a name: the
  authors are not known;
- a person-group (or a citation's own names) whose printed text holds a name that no name
  tag holds ("<person-group><name>Roe J</name></person-group>, Doe K, et al." as Taylor &
  Francis prints "et al" lists; a tag closed before the list's last name): the authors are
  not known;
- a ``<surname>`` that holds a list ("Roe JA, Doe K, Poe J"): the authors are not known;
- a ``<surname>`` that ends in a run of capitals printed as initials ("<surname>Silva
  MRF</surname><given-names>da</given-names>" printed "Silva MRF da,", SciELO's and
  others' tags split at the wrong space): the family name is the words before them; one
  that ends in "Jr" or "Sr" (JATS tags a suffix as ``<suffix>``): the words before it;
- a ``<surname>`` that holds initials and ``<given-names>`` a name, printed in that order
  ("Protopopescu C et al" tagged surname "C", given names "Protopopescu"): the tags are
  swapped, and the family name is the given names' text.

:func:`author_truth` gives the family names and a note of each rule that changed them, so
a benchmark can say how many references each rule set aside or mended, per source.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from lxml import etree

from .jats_xml import find, local, text_of

NAMES = frozenset(("name", "string-name", "collab"))

# Notes, one per rule (the benchmark counts them per source)
TITLE_IN_GROUP = "authors set aside: a group's name tag holds the title or a cut name"
UNTAGGED = "authors set aside: names printed outside the name tags"
SEVERAL = "authors set aside: one surname tag holds several names"
INITIALS = "surnames tagged with their initials read without them"
SWAPPED = "names tagged with surname and given names swapped read as printed"
SUFFIX = "surnames tagged with Jr or Sr read without it"

# A <collab> that holds a sentence's end after a word ("Example Gardens. Seed Database.
# Version 7", "Example Data. Crops. Rome: Example;") or a colon inside ("Example Solutions:
# Product"): the title, or the place, was tagged as the organisation's name (Liebert's,
# OUP's and SAGE's web pages), and the authors are not known.
_TITLE_IN_COLLAB = re.compile(r"[a-z]{2}\. [A-Z]|\w: \S")
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
# Initials, as a surname tag may hold them by mistake ("C", "RMA", "JdA": J. da A.)
_INITIALS = re.compile(r"(?:[A-Z]\.?\s?|[a-z]{1,2}(?=[A-Z]))+")
# A generational suffix tagged inside the surname (JATS has <suffix> for it)
_SUFFIX = re.compile(r"^(?P<family>.*\S),?\s+(?:Jr|Sr)\.?$")
# A surname's last word a run of capitals ("Silva MRF", "Lambin E", "Roe JR.")
_SURNAME_INITIALS = re.compile(r"^(?P<family>.*\S)\s+[A-Z]{1,4}\.?$")


@dataclass(frozen=True)
class AuthorTruth:
    """``known``: the family names a reader of the printed reference can know, () when they
    are not known; ``tagged``: the names as tagged; ``notes``: the rules that made them
    differ (the module's notes)."""

    known: tuple[str, ...]
    tagged: tuple[str, ...]
    notes: tuple[str, ...] = ()


def _holders(cit: etree._Element) -> list[etree._Element]:
    """The author person-groups and the names tagged directly in the citation, in order;
    editors and translators are not authors, nor the names after the title, which are a
    book's editors (PLOS tags them as names, SciELO as a second person-group with no type:
    "Title. In: Roe J, Doe A, editors. Book.")."""
    out = []
    titled = False
    for el in cit:
        kind = local(el)
        if kind in ("chapter-title", "article-title"):
            titled = True
        typed = el.get("person-group-type")
        if titled and not (kind == "person-group" and typed == "author"):
            continue  # SciELO's element-citations tag the authors' group after the title
        if (kind == "person-group" and (typed or "author") == "author") or kind in NAMES:
            out.append(el)
    return out


def _members(holder: etree._Element) -> list[etree._Element]:
    return list(holder) if local(holder) == "person-group" else [holder]


def _surname(member: etree._Element) -> etree._Element:
    surname = find(member, "surname")
    return surname if surname is not None else member


def tagged_names(cit: etree._Element) -> tuple[str, ...]:
    """Family names (or a group's name) of the authors as tagged, in order."""
    names = []
    for holder in _holders(cit):
        for member in _members(holder):
            if local(member) in ("name", "string-name"):
                names.append(text_of(_surname(member)) or "")
            elif local(member) == "collab":
                names.append(text_of(member) or "")
    return tuple(n for n in names if n)


def _a_name(text: str) -> bool:
    """Whether loose text of a list of names holds a word that is a name's: a word with a
    small letter that lists print for no name ("et al", "and", "editors" are not)."""
    return any(
        w.lower() not in _LIST_WORDS and not w.isupper() for w in _WORD.findall(text)
    )  # initials alone ("D.C.T.") belong to the name before


def _goes_on(before: str, tail: str) -> bool:
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
    return m is not None and _a_name(m.group(1))


def untagged_names(cit: etree._Element) -> bool:
    """Whether the printed list of authors holds a name that no name tag holds: words of a
    name loose inside an author person-group, or after a group or a name the list goes on
    with (:func:`_goes_on`)."""
    for holder in _holders(cit):
        if local(holder) == "person-group":
            loose = (holder.text or "") + " ".join(c.tail or "" for c in holder)
            if _a_name(loose):
                return True
        last = [m for m in _members(holder) if local(m)][-1:]
        person = bool(last) and local(last[0]) in ("name", "string-name")
        if person and _goes_on(text_of(holder) or "", holder.tail or ""):
            return True  # after a group's name, a place may follow ("Org, Geneva: Org")
    return False


def _printed_as_initials(surname: str, given: str | None, printed: str) -> bool:
    """Whether the printed reference gives the surname's text as a name ends: then a mark,
    its given names or the list's next word ("Silva MRF da,", "Lambin E F,", "Roe J (2030)")."""
    after = rf"(?:\s+{re.escape(given)})?" if given else ""
    ends = r"\s*(?:[,.;:(]|$)|\s+(?:and|&|et)\b"
    return re.search(rf"(?<!\w){re.escape(surname)}{after}(?:{ends})", printed) is not None


def _family(member: etree._Element, printed: str | None) -> tuple[str | None, str | None]:
    """A person's family name where the tags hold it wrongly, and the note of the rule
    (else None, None): a surname tagged with its initials, or with a generational suffix
    JATS tags apart, and a surname and given names swapped, when the printed reference
    shows it ("Silva MRF da,"; "Ware Jr JE"; "Protopopescu C et al" tagged surname "C")."""
    if printed is None or local(member) not in ("name", "string-name"):
        return None, None
    surname = text_of(_surname(member)) or ""
    given = text_of(find(member, "given-names"))
    if given and _INITIALS.fullmatch(surname) and _capitalised(given):
        shown = rf"(?<!\w){re.escape(given)}\s+{re.escape(surname)}(?!\w)"
        if re.search(shown, printed):
            return given, SWAPPED
    if m := _SUFFIX.match(surname):
        return m.group("family"), SUFFIX
    m = _SURNAME_INITIALS.match(surname)
    family = m.group("family") if m else ""
    if _capitalised(family) and _printed_as_initials(surname, given, printed):
        return family, INITIALS  # not "van der A", whose "A" is its family name
    return None, None


def _capitalised(words: str) -> bool:
    """Whether the words hold a name's: a capital followed by a small letter."""
    return any(a.isupper() and b.islower() for a, b in itertools.pairwise(words))


def author_truth(cit: etree._Element, printed: str | None) -> AuthorTruth:
    """The authors of a tagged citation (``printed``: the reference's printed text, None
    when there is none) and the rules that changed what a reader of the print can know."""
    tagged = tagged_names(cit)
    if any(_TITLE_IN_COLLAB.search(n) or n.count("(") != n.count(")") for n in tagged):
        return AuthorTruth((), tagged, (TITLE_IN_GROUP,))
    if printed is not None and untagged_names(cit):
        return AuthorTruth((), tagged, (UNTAGGED,))
    people = [m for h in _holders(cit) for m in _members(h) if local(m) in ("name", "string-name")]
    surnames = [text_of(_surname(m)) or "" for m in people]
    if any(re.search(r"[,;]\s*\w", s) for s in surnames):  # "Roe JA, Doe K, Poe J"
        return AuthorTruth((), tagged, (SEVERAL,))
    known, notes = [], []
    for holder in _holders(cit):
        for member in _members(holder):
            family, note = _family(member, printed)
            notes += [note] if note and note not in notes else []
            if local(member) in NAMES:
                name = family or text_of(_surname(member) if local(member) != "collab" else member)
                if name:
                    known.append(name)
    return AuthorTruth(tuple(known), tagged, tuple(notes))
