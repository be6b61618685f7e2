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
- a ``<surname>`` that holds initials (hyphenated too: "S-P") or only a suffix ("Jr") and
  ``<given-names>`` a name, printed in that order ("Protopopescu C et al" tagged surname
  "C", given names "Protopopescu"; "Roe S Jr" tagged surname "Jr", given names "Roe S"):
  the tags are swapped, and the family name is the given names' name;
- a kinship word of a Portuguese or Spanish family name (``KINSHIP``: "Filho", "Neto",
  "Júnior") belongs to the family name, which is printed with it ("Santos Neto LL",
  "Roe-Filho M", ABNT's "SANTOS NETO, L."): tagged as a ``<suffix>`` or alone, it is read
  as part of the family name;
- a name tag cut at a hyphen ("<given-names>C-</given-names>") or a group's tag holding
  only initials and a suffix ("<collab>L Jr</collab>"): a cut name, the authors are not
  known;
- rules that compare the tags with the printed text, in :mod:`.jats_name_print`: a title
  tag holding the list's last name, a name printed before or after the tagged ones.

:func:`author_truth` gives the family names and a note of each rule that changed them, so
a benchmark can say how many references each rule set aside or mended, per source.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from lxml import etree

from .jats_name_print import (
    NAME_IN_TITLE,
    NAME_OPENS_SOURCE,
    NAME_OPENS_TITLE,
    UNTAGGED_PRINT,
    a_name,
    goes_on,
    title_after_names,
    untagged_in_print,
)
from .jats_xml import find, has_loose_text, local, text_of

NAMES = frozenset(("name", "string-name", "collab"))

# Notes, one per rule (the benchmark counts them per source)
TITLE_IN_GROUP = "authors set aside: a group's name tag holds the title or a cut name"
UNTAGGED = "authors set aside: names printed outside the name tags"
SEVERAL = "authors set aside: one surname (or group) tag holds several names"
INITIALS = "surnames tagged with their initials read without them"
SWAPPED = "names tagged with surname and given names swapped read as printed"
SUFFIX = "surnames tagged with Jr or Sr read without it"
KINSHIP_NOTE = "family names with a kinship word (Filho, Neto, Júnior) read with it"
CUT = "authors set aside: a name tag cut at a hyphen or before its family name"
EDITORS_LISTED = "a group tagged as editors printed inside the author list read as authors"
BOOK_GROUP = "a second author group after the title read as the book's, not as authors"
BODIES = "one group tag holds several bodies' names between commas: one author each"
ETAL_TAGGED = "a name tag holding 'et al.' read as the list's et al, not as a name"

# The kinship words of Portuguese and Spanish family names: printed with the family name
# and filed with it (ABNT NBR 6023 and the cataloguing rules enter "Santos Neto, L."), where
# a generational suffix of English names ("Jr", "III") follows the given names
KINSHIP = frozenset("Filho Filha Neto Neta Netto Júnior Junior Sobrinho Sobrinha".split())  # noqa: SIM905

# A <collab> that holds a sentence's end after a word ("Example Gardens. Seed Database.
# Version 7", "Example Data. Crops. Rome: Example;") or a colon inside ("Example Solutions:
# Product"): the title, or the place, was tagged as the organisation's name (Liebert's,
# OUP's and SAGE's web pages), and the authors are not known.
_TITLE_IN_COLLAB = re.compile(r"[a-z]{2}\. [A-Z]|\w: \S")
# Initials, as a surname tag may hold them by mistake ("C", "RMA", "JdA": J. da A.)
_INITIALS = re.compile(r"(?:[A-Z][.-]?\s?|[a-z]{1,2}(?=[A-Z]))+")  # "S-P" too
# The particles a surname tag may hold alone, cut from its family name ("de" of "de C Roe")
_PARTICLES = frozenset("de da do dos das del della di du van von der den la le".split())  # noqa: SIM905
# Given names that hold a family name's last word and the initials, Vancouver's "Roux M" of
# "Le Roux M", tagged with the capitalised particle alone as the surname
_REST_AND_INITIALS = re.compile(r"[A-Z][^\W\d_A-Z]+ [A-Z]{1,3}")
# A person's name in a list, family name then initials ("Roe J", "Doe VV")
_VANCOUVER_PART = re.compile(r"[A-Z][^\W\d_A-Z]+(?:[-\s][A-Z][^\W\d_A-Z]+)? [A-Z]{1,3}")
# A generational suffix alone, as a surname tag may hold it ("Jr" of "Roe S Jr")
_SUFFIX_ALONE = re.compile(r"(?:Jr|Sr|II|III|IV)\.?")
# A group's tag holding only initials and a suffix: a person's name cut ("L Jr")
_CUT_COLLAB = re.compile(r"(?:[A-Z][.-]?\s?)+(?:Jr|Sr)\.?")
# A generational suffix tagged inside the surname (JATS has <suffix> for it)
_SUFFIX = re.compile(r"^(?P<family>.*\S),?\s+(?:Jr|Sr)\.?$")
# A surname's last word a run of capitals ("Silva MRF", "Lambin E", "Roe JR.")
_SURNAME_INITIALS = re.compile(
    r"^(?P<family>.*\S)\s+(?:[A-Z]{1,4}\.?|[A-Z]{1,3}(?:de|da|do|dos|das|del))$"
)  # PubMed's "Mde" glues a particle to the initials ("Higuchi Mde L": M. de L.)


@dataclass(frozen=True)
class AuthorTruth:
    """``known``: the family names a reader of the printed reference can know, () when they
    are not known; ``tagged``: the names as tagged; ``notes``: the rules that made them
    differ (the module's notes)."""

    known: tuple[str, ...]
    tagged: tuple[str, ...]
    notes: tuple[str, ...] = ()


def _holders(cit: etree._Element, books: bool = True) -> list[etree._Element]:
    """The author person-groups and the names tagged directly in the citation, in order;
    editors and translators are not authors, nor the names after the title, which are a
    book's editors (PLOS tags them as names, SciELO as a second person-group with no type:
    "Title. In: Roe J, Doe A, editors. Book."); with ``books`` false, nor a second author
    group after the title (:func:`_book_groups`), which ``books`` keeps as tagged."""
    out: list[etree._Element] = []
    titled = False
    for el in cit:
        kind = local(el)
        if kind in ("chapter-title", "article-title"):
            titled = True
        typed = el.get("person-group-type")
        if titled and not (kind == "person-group" and typed == "author"):
            continue  # SciELO's element-citations tag the authors' group after the title
        if titled and out and not books:
            continue  # a second group after the title: the book's (:func:`_book_groups`)
        listed = not (books or titled) and _listed_editors(el, out)
        if _etal_tag(el):
            continue  # the list's "et al." tagged as a name (:func:`_etal_tag`)
        if (kind == "person-group" and (typed or "author") == "author") or kind in NAMES or listed:
            out.append(el)
    return out


# The words that say names are editors ("Roe J, editor", "(eds)", "Hrsg.")
_EDITOR_WORD = re.compile(r"\b(?:eds?|editors?|editores|hrsg|orgs?|coords?)\b", re.I)


def _listed_editors(el: etree._Element, before: list[etree._Element]) -> bool:
    """Whether a group tagged as editors is printed inside the author list: right after
    the authors and their separator, before the title, with no word saying its names are
    editors ("Roe J, Doe K, <person-group person-group-type="editor"><collab>Example
    Investigators</collab>, et al.</person-group> Title", Taylor & Francis): the print
    lists it among the authors, and it is read as printed (:data:`EDITORS_LISTED`)."""
    if local(el) != "person-group" or el.get("person-group-type") != "editor" or not before:
        return False
    if before[-1] is not el.getprevious() or not re.fullmatch(r"\s*[,;]\s*", before[-1].tail or ""):
        return False
    before_title = [text_of(el) or "", el.tail or ""]
    for sibling in el.itersiblings():
        if local(sibling) in ("article-title", "chapter-title", "source"):
            break
        before_title.append(etree.tostring(sibling, method="text", encoding=str))
    return not _EDITOR_WORD.search(" ".join(before_title))  # "..., & Doe B (Eds.), Book"


def _book_groups(cit: etree._Element) -> bool:
    """Whether an author person-group follows the title when authors precede it: the
    chapter's authors come first, and the names after its title ("Title. In: Roe J, Doe A,
    editors. Book.") are the book's, tagged as authors by Taylor & Francis and SciELO."""
    titled = authors = False
    for el in cit:
        kind, typed = local(el), el.get("person-group-type")
        if kind in ("chapter-title", "article-title"):
            titled = True
        elif titled and authors and kind == "person-group" and typed == "author":
            return True
        elif not titled and (
            (kind == "person-group" and typed in (None, "author")) or kind in NAMES
        ):
            authors = True
    return False


# A list's "et al." (or "and others"), as a tag may hold it instead of JATS's <etal/>
_ETAL_TEXT = re.compile(r"(?:et\.?\s*al\.?|and others)", re.I)


def _etal_tag(el: etree._Element) -> bool:
    """Whether a name tag holds only the list's "et al." ("<string-name><surname>et
    al.</surname></string-name>", as a preprint converter tags it): the mark that names
    were left out, never a person's name (:data:`ETAL_TAGGED`)."""
    return local(el) in NAMES and bool(_ETAL_TEXT.fullmatch((text_of(el) or "").strip()))


def _members(holder: etree._Element) -> list[etree._Element]:
    if local(holder) != "person-group":
        return [holder]
    return [m for m in holder if not _etal_tag(m)]


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


def untagged_names(cit: etree._Element) -> bool:
    """Whether the printed list of authors holds a name that no name tag holds: words of a
    name loose inside an author person-group, or after a group or a name the list goes on
    with (:func:`.jats_name_print.goes_on`)."""
    for holder in _holders(cit, books=False):
        if local(holder) == "person-group":
            loose = (holder.text or "") + " ".join(c.tail or "" for c in holder)
            if a_name(loose):
                return True
        last = [m for m in _members(holder) if local(m)][-1:]
        person = bool(last) and local(last[0]) in ("name", "string-name")
        if person and goes_on(text_of(holder) or "", holder.tail or ""):
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
    (else None, None): a kinship word tagged apart, a surname tagged with its initials or
    with a generational suffix JATS tags apart, and a surname and given names swapped,
    when the printed reference shows it ("Santos <suffix>Neto</suffix>"; "Silva MRF da,";
    "Ware Jr JE"; "Protopopescu C et al" tagged surname "C")."""
    if local(member) not in ("name", "string-name"):
        return None, None
    suffix = (text_of(find(member, "suffix")) or "").rstrip(".")
    if suffix in KINSHIP:  # "<surname>Santos</surname>...<suffix>Neto</suffix>"
        tagged = text_of(find(member, "surname"))
        return (f"{tagged} {suffix}" if tagged else suffix), KINSHIP_NOTE
    if printed is None:
        return None, None
    surname = text_of(_surname(member)) or ""
    given = text_of(find(member, "given-names"))
    swapped = given and (_INITIALS.fullmatch(surname) or _SUFFIX_ALONE.fullmatch(surname))
    if swapped and given and _capitalised(given):
        shown = rf"(?<!\w){re.escape(given)}\s+{re.escape(surname)}(?!\w)"
        if re.search(shown, printed):  # "Roe S Jr": the family name before the initials
            return re.sub(r"\s+[A-Z](?:[.-]?[A-Z])*\.?$", "", given), SWAPPED
    if m := _SUFFIX.match(surname):
        return m.group("family"), SUFFIX
    m = _SURNAME_INITIALS.match(surname)
    family = m.group("family") if m else ""
    if _capitalised(family) and _printed_as_initials(surname, given, printed):
        return family, INITIALS  # not "van der A", whose "A" is its family name
    return None, None


def _cut(members: list[etree._Element], printed: str | None) -> bool:
    """Whether a name tag was cut: given names ending in a hyphen ("C-" of "C-L"), a
    surname holding only a particle whose family name is in its given names or printed
    after them ("de" with "Jesus AA"; "de C Roe M" tagged "de", "C"; a capitalised "Le" with
    "Roux M", printed "Le Roux M"), or a group's tag
    holding only a person's initials and suffix ("L Jr"). Not a particle printed as the
    name's whole family ("van T. D.,": the markup holds what was printed)."""
    for member in members:
        given = text_of(find(member, "given-names")) or ""
        surname = text_of(find(member, "surname")) or ""
        if given.endswith("-"):
            return True
        if surname in _PARTICLES and printed is not None:
            after = rf"(?<!\w){re.escape(surname)}\s+{re.escape(given)}\s+[A-Z][^\W\d_A-Z]"
            if _capitalised(given) or re.search(after, printed):
                return True
        glued = rf"(?<!\w){re.escape(surname)}\s+{re.escape(given)}(?!\w)"
        if (
            surname.lower() in _PARTICLES
            and _REST_AND_INITIALS.fullmatch(given)
            and re.search(glued, printed or "")
        ):
            return True  # "<surname>Le</surname><given-names>Roux M</given-names>"
        if local(member) == "collab" and _CUT_COLLAB.fullmatch(text_of(member) or ""):
            return True
    return False


def _persons_in_group(members: list[etree._Element]) -> bool:
    """Whether a group's tag holds several persons' names as a list prints them: two or
    more parts between commas in Vancouver's form ("Roe J, Doe VV, Poe A. Title"); not
    given names first ("Ann Roe, Bo Doe" reads as "Example Council, Example Board")."""
    for member in members:
        if local(member) != "collab":
            continue
        parts = [p.strip() for p in (text_of(member) or "").split(",")]
        vancouver = sum(bool(_VANCOUVER_PART.fullmatch(p)) for p in parts)
        if vancouver >= 2:
            return True
    return False


# A body's name between a group tag's commas: two words or more, the first capitalised,
# one of them a word only bodies' names have ("Ministry of Examples (ME) [Exampleland]"),
# or an acronym alone ("EXAIDS"); not the words of one name's list ("Ministry of Tests,
# Checks and Trials", "Academy of Tests, Checks, and Trials")
_BODY_PART = re.compile(r"(?:[A-Z][\w'’&/\-]*(?: \S+)+|[A-Z][A-Z/]{1,9})")
_BODY_WORD = re.compile(
    r"\b(?:Ministry|Minist[ée]rio|Department|Division|Commission|Committee|Council|Agency"
    r"|Institut[eo]?|Universit\w+|Association|Society|Organi[sz]ation|Foundation|Force|Cent(?:er|re)"
    r"|Office|Bureau|Board|Services?|Programm?e?|Government|Republic|International|Group"
    r"|Network|Consortium|Unit|Authority|Administration|Secretariat|Federation|Union|Academy"
    r"|College|Hospital|Trust|Fund|Bank|Museum)\b"
)


def _body_part(part: str) -> bool:
    """Whether ``part`` reads as a body's name whole (:data:`_BODY_PART`)."""
    if not _BODY_PART.fullmatch(part):
        return False
    return " " not in part or bool(_BODY_WORD.search(part))


def _bodies(collab: str) -> list[str]:
    """The bodies' names a group tag holds between commas ("Republic of Example, Ministry
    of Tests", "Example Institute (EI), Example Ministry (EM), and EXA International"), as
    a list prints an agency and its units or several bodies, one author each; the tag's
    text alone when any part is no body's name."""
    parts = [re.sub(r"^(?:and|&) ", "", p.strip()) for p in collab.split(",")]
    if len(parts) < 2 or not all(_body_part(p) for p in parts):
        return [collab]
    if any(p.count("(") != p.count(")") or p.count("[") != p.count("]") for p in parts):
        return [collab]
    return parts


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
    holders = _holders(cit, books=False)
    members = [m for h in holders for m in _members(h)]
    if _cut(members, printed):
        return AuthorTruth((), tagged, (CUT,))
    if _persons_in_group(members):
        return AuthorTruth((), tagged, (SEVERAL,))
    title_note = title_after_names(holders) if printed is not None else None
    if title_note in (NAME_IN_TITLE, NAME_OPENS_TITLE, NAME_OPENS_SOURCE):
        return AuthorTruth((), tagged, (title_note,))
    people = [m for h in holders for m in _members(h) if local(m) in ("name", "string-name")]
    surnames = [text_of(_surname(m)) or "" for m in people]
    if any(re.search(r"[,;]\s*\w", s) for s in surnames):  # "Roe JA, Doe K, Poe J"
        return AuthorTruth((), tagged, (SEVERAL,))
    known, notes = [], [title_note] if title_note else []
    tags = cit.iter("{*}name", "{*}string-name", "{*}collab")
    notes += [ETAL_TAGGED] if any(map(_etal_tag, tags)) else []
    notes += [BOOK_GROUP] if _book_groups(cit) else []
    listed = [h for i, h in enumerate(holders) if _listed_editors(h, holders[:i])]
    notes += [EDITORS_LISTED] if listed else []
    for holder in holders:
        for member in _members(holder):
            family, note = _family(member, printed)
            notes += [note] if note and note not in notes else []
            if local(member) == "collab" and len(bodies := _bodies(text_of(member) or "")) > 1:
                known += [(member, body) for body in bodies]
                notes += [BODIES] if BODIES not in notes else []
            elif local(member) in NAMES:
                name = family or text_of(_surname(member) if local(member) != "collab" else member)
                if name:
                    known.append((member, name))
    apart = local(cit) != "mixed-citation" and not has_loose_text(cit)  # tagged apart
    if printed is not None and apart and untagged_in_print(known, printed):
        return AuthorTruth((), tagged, (UNTAGGED_PRINT,))  # an element citation's names
    return AuthorTruth(tuple(n for _, n in known), tagged, tuple(notes))
