"""What a printed reference is tidied into before both readers read it.

Some lists print the names, or a group's name, with nothing closing them before the title
("Prado EL, Dewey KG Nutrition and brain...", "Example Heart Study Group Design of..."),
with a colon for the full stop ("McCulloch A: Social environments...", F1000's "Example
Advisory Committee: Title"), or with the year and no full stop ("Roe J 2011 Title"); some
repeat the item's number inside it, or add a note on a later notice. The grammar and the
labeller have seen the names closed by a full stop and nothing of the rest, so the text
they read is mended first; the entry keeps the text as printed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .acronym_colons import close_acronym_colon
from .given_first import prints_given_first
from .glued_years import unglued
from .issn_notes import without_issn_note
from .kinship_names import KINSHIP
from .known_bodies import bodies_printed, close_by_acronym, close_known_body
from .manubot import prints_manubot
from .name_forms import UPPER
from .numbering import AUTHOR_START
from .one_name import ORGANISATION_WORDS, is_organisation
from .open_bodies import NAME_SMALL, close_open_name
from .public_bodies import NHS_TRUST, PUBLIC_BODIES
from .site_names import close_site_name
from .unclosed_openings import close_acronym, close_platform
from .years import YEAR

# The word that ends a group's or an organisation's name ("Example Study Group")
_GROUP_END = (
    r"(?:Group|Workgroup|Study|Consortium|Collaborators|Collaboration|Investigators|Committee"
    r"|Network|Team|Trialists|Society|Association|Council|Initiative|Panel|Programme|Program|Bank"
    r"|Organi[sz]ation|Institute|Agency|Ministry|Foundation|Fund|Board|Commission|Authority"
    r"|Federation|Alliance|Office|Centre|Center)"
)

# A Vancouver name list that nothing closes before the title ("Prado EL, Dewey KG Nutrition
# and brain...", "Gerarduzzi T, et al Prevalence...": markup whose renderer adds the full
# stop, a copy that lost it): each name a family (capitalised words, particles before it)
# and up to four capital initials, the list ending before a word that opens a title.
_WORD = r"[A-Z\u00C0-\u024F][\w'’\-‐]+"
_PARTICLES = r"(?:[a-z]{1,3} ){0,2}"  # "da Costa", "Van de Peer"
_INITIALS = rf"[{UPPER}](?:[-‐]?[{UPPER}]){{0,3}}"  # "JA", "S-J", "L‐A", "GŞ"
# ... or a given name of two parts whose second is not capitalised, "Y-xiao", "A-bettina"
# (as :mod:`.one_name` reads it), whole: not a letter's "A-type", "T-cell", "X-linked"
_TWO_PART_GIVEN = (
    rf"[{UPPER}][-‐](?!(?:type|cells?|like|linked|rays?|box|terminal|chain)\b)[a-z]{{3,}}"
    r"(?=[,.:]| [A-Z][a-z]+ [a-z])"
)
# ... or PubMed's initials with a name's particle glued in, "RCdeA", "MFd" (as
# :func:`.name_forms.glued_initials` reads them): two capitals at least, not "Ada"
_GLUED_GIVEN = (
    rf"(?:[{UPPER}]{{1,3}}(?:d[aeo]s?|del|vd?)[{UPPER}]{{1,3}}|[{UPPER}]{{2,3}}(?:d[aeo]?s?|del|vd?))"
    r"(?=[,.:]| [A-Z])"
)
_SUFFIX = r"(?:Jr|Sr|II|III|IV|2nd|3rd|4th)"  # "Roe KG Jr", "Roe LD 3rd"
# a family's second word is no run of capitals before a title's start: "Roe AS A Review
# of..." is "Roe AS" and a title opening with "A", not the family "Roe AS" with the initial
# "A" (but "Roe III RN", "Roe JR LK", and PubMed's "Roe ME V, Doe J" as they were read)
# A particle in capitals opens a family name printed in capitals ("DE LA ROSA, J.", ABNT),
# never a family name of its own with initials after it ("DE LA" is no "De L. A.")
_CAPS_PARTICLE = r"(?:DE|DA|DO|DOS|DAS|DEL|DELLA|VAN|VON|DER|DEN|TEN|TER)"
_NAME = (
    rf"{_PARTICLES}(?!{_CAPS_PARTICLE} ){_WORD}(?: {_PARTICLES}"
    rf"(?!(?!(?:II|III|IV|JR|SR) ){_INITIALS} {_INITIALS}\b(?!,)){_WORD})?"
    rf" (?:{_TWO_PART_GIVEN}|{_GLUED_GIVEN}|{_INITIALS})(?: {_SUFFIX}\.?)?"
)
# A group of people or a body listed among the people, a comma after it ("Roe J, Example
# Rare Tests Consortium, Doe A Title"): capitalised words and a name's small words ending
# with a group's word; its place in the list, not its end, is what it shows
_LISTED_GROUP = (
    rf"(?:The )?{_WORD}(?: (?:{_WORD}|{NAME_SMALL})){{0,8}} (?:{_GROUP_END}|Consortia)(?=, )"
)
_UNCLOSED_NAMES = re.compile(
    rf"^{_NAME}(?:, (?:{_NAME}|{_LISTED_GROUP}))*(?:,? et al)?(?P<colon>:)?"
    # not another name: "Smith J Jones K, ..." (but a title's "First U.S. hospital ...",
    # whose dotted capitals a word in lower case follows)
    rf"(?! {_WORD} (?![A-Z](?:\.[A-Z])+\. [a-z])[A-Z]{{1,4}}(?:[,.]| [A-Z]))"
    # nor a name's suffix: "Roe KG Jr, ...", "Roe LD 3rd Title" (not "3rd generation")
    r"(?! (?:Jr|Sr|II|III|IV)\b)(?! (?:2nd|3rd|4th)[,.]? [A-Z])"
    # nor a Portuguese family name's kinship word after the initials, "Roe AB Filho, ..."
    rf"(?! (?:{'|'.join(sorted(KINSHIP))})[,.])"
    # a title's first word: capitalised, a number, quoted, or "mTOR", "edgeR",
    # "o-Orsellinaldehyde", a Greek letter ("β-arrestins", "γδ T cells") or a chemical's
    # sign ("(+)-Example", "(R)-Example"), a marker's or a construct's name ("FOXP3+ Treg",
    # "B3(Fv)-PE38 immunotoxin", "GABA(A) receptors"; not a year's "2010+"), a fused ring's
    # locants in brackets
    # ("Pyrrolo[2,3-d]pyrimidines", "Benzo[a]pyrene") or listed with commas ("1,25-Dihydroxy"),
    # two names a slash joins ("FGF/heparin", "MRI/CT", "IL-6/STAT3"),
    # a genus's initial and its species ("E. coli in ..."), a translated title in brackets
    # ("[Made-up statement]. Med Made", as PubMed prints one; words, not "[Eds]" or
    # "[Internet]"); or a title of one word closed
    # by its full stop ("Optogenetics."), not after a suffix's ("Roe J Jr. Title."); an
    # accented or Greek capital ("Évaluation", "Δ9-THC"); in small letters, an eponym's
    # particle before its name and a word in small letters ("von Willebrand factor": no name
    # of the list, which would close with initials) or a Latin phrase ("de novo", "in vitro")
    r"(?:(?= (?:(?:[A-Z0-9α-ωÀ-ÖØ-ÞΑ-Ω]|[a-z]{1,3}[A-Z0-9\-]|[a-z]{4,6}[A-Z])"
    r"(?:[\w'’\-]|(?<=[^\W\d_])\+|(?<=[^\W\d_]\d)\+|(?<=[^\W\d_]\d\d)\+"
    r"|(?<=\w)\(\w+\)(?=[\w\- ])|(?<=[^\W\d_])\[[\w,′'\-]{1,12}\](?=[^\W\d_])|(?<=\d),(?=\d)"
    r"|(?<=\w)/(?=\w))*"
    r"[:,]?(?: |$)"
    r"|[“\"‘'][A-Z]|\[(?=[A-Z][^\][]* [^\][]*\])|\((?:[+\-−±]|[RSDLEZ])\)-|[A-Z]\. [a-z]{3,}\b"
    r"|(?:von|van|de|di|du|da|le|la|del|der) [A-Z][\w'’\-]*[a-z][\w'’\-]* [a-z]"
    r"|(?:de novo|in vitro|in vivo|ex vivo|in situ|in silico|post hoc|a priori) ))"
    r"|(?<!\.)(?= [A-Z][\w'’\-]*[a-z][\w'’\-]*\. ))"
)

_NAMES_YEAR = re.compile(
    rf"^(?P<names>{_NAME}(?:, {_NAME})*(?:,? et al)?)[.,]? "
    r"(?P<year>(?:19|20)\d{2}[a-z]?)(?= [A-Z])"
)

# A journal's year before its volume later in the reference ("J Made Up 2030;12:3"): then a
# year right after the names ("Roe J, et al 2029 Made-up guideline...") opens the title.
_JOURNAL_YEAR = re.compile(r" (?:19|20)\d{2} ?[;:] ?\d")

# Names with dotted initials, then the year and a comma before the title ("Roe J. A., Doe
# B. 2004, Title, Journal., 12, 1-9."): the year closed as the other styles close it.
_DOTTED = r"[A-Z]\.(?:[-‐]?[A-Z]\.){0,3}"
# (the initials an atomic group: "J.A." is read one way, not as "J." and "A."; with both,
# a long list of such names without a year backtracked exponentially)
_DOTTED_NAME = rf"{_PARTICLES}{_WORD}(?: {_PARTICLES}{_WORD})? (?>{_DOTTED}(?: ?[A-Z]\.){{0,2}})"
_DOTTED_NAMES_YEAR = re.compile(
    rf"^(?P<names>{_DOTTED_NAME}(?:, {_DOTTED_NAME})*(?:,? et al\.)?) "
    r"(?P<year>(?:19|20)\d{2}[a-z]?),(?= \S)"
)
# The same names joined by "and" and the year with nothing after it before the title ("Roe
# J. A., and Doe B. 2004 Title. J. Made Up 12: 1-9.", as PMC prints the Entomological
# Society's lists, the last initial's full stop sometimes lost: "Roe J. A 2004 Title")
_DOTTED_BARE_YEAR = re.compile(
    rf"^(?P<names>{_DOTTED_NAME}(?:,? (?:(?:and|&) )?{_DOTTED_NAME})*(?: [A-Z](?= ))?) "
    r"(?P<year>(?:19|20)\d{2}[a-z]?)(?= [A-Z0-9“\"‘])"
)

# A group's or an organisation's name that nothing closes before the title, alone or after
# the people ("The Example Heart Study Group Design of...", "Roe J, Doe A, Example Health
# Study Cardiac...", "Example Development Bank Gender equality...": BMJ's and Co-Action's
# markup renders no full stop after it): three or more capitalised words ending with a word
# only such a name ends with, then a capitalised word.
_UNCLOSED_GROUP = re.compile(
    # (the people before it cut, the group after a semicolon: "Roe J, et al.; Example Study
    # Group Title...")
    rf"^(?:{_NAME}(?:, {_NAME})*(?:,? et al\.?;|,)? )?"
    rf"(?P<group>(?:The )?{_WORD} (?:(?:{_WORD}|{NAME_SMALL}) ){{1,8}}{_GROUP_END})"
    # the title's start: a capitalised word, an acronym ("MERS - ...", "H1N1 in ..."), a
    # number before a lower-case word ("2019 novel ...", not a year closing the name) or a
    # quotation
    rf"(?= (?!{_GROUP_END}\b)(?:[A-Z][a-z]|[A-Z][A-Z0-9]+ |\d[\w\-]* [a-z]|[“\"‘][A-Z]))"
)

# ... or an organisation's name that goes on past the word that makes it one, with "of",
# "for" or "on" ("Institute for Imaginary Metrics and Evaluation Projections of nothing",
# "Centre For Pretend Dynamics & Policy Modelling the spread"): no word says where it ends,
# so the title's start does, a capitalised word that a lower-case one follows (small words
# between), as a sentence-case title opens. A title-case title shows no such start and is
# left alone, and so is a title opening with a group's word ("Study Group Meetings in...");
# the name ends with a word of its own, not a small word ("... Gynecology Interpretations on").
# Alone, or listed last among the people ("Roe J, Doe A, Example Network for Made-up
# Transplantation Imaging of ...", as the group above).
_UNCLOSED_ORGANISATION = re.compile(
    rf"^(?:{_NAME}(?:, {_NAME})*(?:,? et al\.?;|[,;]) )?"
    r"(?P<org>(?:The )?(?:[A-Z][\w'’\-]+ ){0,4}(?:Institute|Ministry|Cent(?:er|re)s?|Agency"
    r"|Association|Society|Council|Commission|Department|Foundation|Bureau|Federation|Board"
    r"|Authority|Office|Organi[sz]ation|Committee|Network) (?:[Oo]f|[Ff]or|[Oo]n)"
    rf"(?: (?:{_WORD}|{NAME_SMALL})){{0,9}} {_WORD})"
    rf"(?= [A-Z][\w'’\-]*(?: {NAME_SMALL})* (?!{NAME_SMALL}\b)[a-z]{{2,}})"
)

# A group of people that a full stop closes right after the names, no comma before it
# ("Roe J, Doe A Example Study Group. Title"): title-case words ending with a word only a
# group of people ends with (not "Study" or "Trial", which a title in title case ends with),
# its footnote's mark or acronym after it ("Example Investigators(∗)"); or several such
# groups, whose names may hold lower-case words and numbers ("ABC Consortium, eXAMPLE
# Consortium, Meta-analysis of type 2 Traits Consortium."): a list no title is. The
# people's group words also in small letters, as a team may print its name ("Example
# COVID-19 team"), and the name's acronym in brackets among its words ("Example Infection
# in Made-up Departments (EXID) Research Group")
_PEOPLE_GROUP_END = (
    r"(?:Group|Workgroup|Consortium|Consortia|Collaborators|Collaboration|Investigators|Committee"
    r"|Network|Team|Trialists|group|team|consortium|investigators|collaborators)"
    r"(?: ?\([^()\s]{1,8}\))?"
)
_LOOSE_GROUP = rf"(?:[\w'’\-‐]+ ){{0,8}}{_PEOPLE_GROUP_END}"
_BRACKETED_ACRONYM = r"\([A-Z][A-Za-z0-9\-]{1,11}\)"
_GROUP_AUTHOR = re.compile(
    rf"\A (?:(?:(?:{_WORD}|{NAME_SMALL}|{_BRACKETED_ACRONYM}) ){{0,9}}{_PEOPLE_GROUP_END}"
    rf"|(?:{_LOOSE_GROUP},(?: and)? ){{1,8}}{_LOOSE_GROUP})\.(?= \S)"
)
_ROMAN_INITIALS = re.compile(r" (?:X{1,3}(?:IX|IV|V?I{0,3})|IX|IV|VI{1,3}|I{2,3})$")

# ... or a longer name that a full stop closes: "World Health Organization Multicentre
# Growth Reference Study Group. Title"
_LONGER_GROUP = re.compile(rf" (?:{_WORD} ){{0,8}}{_GROUP_END}\.")

# ... or an organisation's name with a colon for the full stop (F1000's "Example Advisory
# Committee on Tests: Title", "Centers for Examples (CFE): Title"): capitalised words and
# the small words such a name keeps, one of them a word an organisation's name is made of,
# then a title that opens with a capital. Not a sentence-case title's "Management of
# diabetes: a review", nor a person ("Roe JA: Title", read as names above).
_ORGANISATION_COLON = re.compile(
    rf"^(?P<org>{_WORD}(?: (?:{_WORD}|{NAME_SMALL})){{1,11}}(?: \([A-Z]{{2,}}\))?):"
    r"(?= [A-Z0-9“\"‘])"
)
# One capitalised word that ends the sentence after a name and its "initials", and the
# words of people's groups among organisations' ("Roe AB Team.": a person and a team)
_LAST_WORD = re.compile(r" ([A-Z][a-z]+)\. ")
_PEOPLE = re.compile(r"Team|Groups?|Investigators|Collaborat\w*|Members|Associates|Working")

_ORGANISATION_WORD = re.compile(
    r"\b(?:Committee|Organi[sz]ation|Institute|Ministry|Cent(?:er|re)s?|Agency|Association"
    r"|Society|Council|Commission|Department|Foundation|Bureau|Consortium|Federation|Group"
    r"|Board|Authority|Office)\b"
)

# An organisation's name and the year after it, nothing closing either ("Example Society of
# Tests 2030 Title"): capitalised words and the small words a name keeps
_GROUP_YEAR = re.compile(
    rf"^(?P<names>(?:The )?{_WORD}(?: (?:{_WORD}|{NAME_SMALL})){{1,10}}) "
    r"(?P<year>(?:19|20)\d{2}[a-z]?)(?= [A-Z])"
)

# An acronym's or "Anonymous" before a bare year ("ABC 2030 Title...", "AB-CD 2030 ...",
# "Anonymous 2030 ..."): closed as a group's name is
_ACRONYM_YEAR = re.compile(
    r"^(?P<names>[A-Z][A-Z0-9]{1,9}(?:[-/&][A-Z][A-Z0-9]{0,9})?|Anonymous) "
    r"(?P<year>(?:19|20)\d{2}[a-z]?)(?= [A-Z])"
)

# one pattern for every number: a pattern per number would fill re's cache (see split.py)
_NUMBER_AGAIN = re.compile(r"\[?(\d{1,6})\]?[.)-]\s*(?=[^\W\d_])")
# ... or raised and glued to the first name and its initials: "1Roe JA,", not "3D Examplia"
_GLUED_AGAIN = re.compile(
    rf"(\d{{1,6}})(?=[A-Z\u00C0-\u00DE][a-z\u00DF-\u00FF])(?={AUTHOR_START.pattern[1:]})"
)
# ... and another number than the item's: "1. Roe", "[1] Roe", "1) Roe", "1 Roe J,", never
# "3-Hydroxy" or "15 Years of..."
_POOLED_AGAIN = re.compile(
    r"\[?(\d{1,4})(?:(?:\]|[.)])\s+(?=[A-Z])|\s(?=[A-Z][\w'’\-]+,? [A-Z]{1,4}[\s,.]))"
)
# AMA's and PubMed's notes on a later notice, in brackets after the title or the pages: "Title
# [published correction appears in J Made Up. 2030;12(3):45]. J Made Up. 2030;12:1-9." Its
# journal, year and volume are another item's, so neither reader sees the note.
_LATER_NOTICE = re.compile(
    r" ?\[(?:published (?:correction|erratum) appears in|published online ahead of print"
    r"|(?:correction|erratum|retraction|retracted|comment|update) in:?)[^\[\]]{0,300}\]",
    re.I,
)


# F1000's label of the link it prints last ("... Place: Publisher; 2030 Reference Source"):
# no part of the reference, and neither reader knows it
_LINK_LABEL = re.compile(r" Reference Source\.?$")
# F1000's house style closes every name list with a colon: people ("Roe J, Doe A: Title")
# and organisations alike ("Examplecorp: Title", "The Example Post: Title"). In a list
# printed so, what opens an item before its first colon, with no comma or full stop in it,
# is the item's author.
_CLOSED_NAMES = re.compile(rf"^{_NAME}(?:, {_NAME})*(?:,? et al\.?)?(?P<mark>[:.]) ")
_HEAD_COLON = re.compile(r"^(?P<head>[^:.;,]{2,80}?):(?= \S)")


@dataclass(frozen=True, slots=True)
class NameHabits:
    """How a list's house style closes the names before the title, read from the whole list
    (one item alone cannot say): with a colon (F1000's "Roe J: Title"), or with nothing
    (BMJ's and SAGE's markup, "Roe J Title", whose renderer adds no full stop)."""

    colon: bool = False
    open: bool = False
    # the organisations' names a list that leaves its names open prints whole
    # (:mod:`.known_bodies`)
    bodies: frozenset[str] = frozenset()
    given_first: bool = False  # "Jane A Roe, John Doe, and ..." (:mod:`.given_first`)
    manubot: bool = False  # "Title, Jane A Roe Journal (2030-05-25) https://" (:mod:`.manubot`)


FULL_STOP = NameHabits()  # the names closed by a full stop, as most styles print them


def name_habits(texts: list[str]) -> NameHabits:
    """Of the list's items that open with Vancouver names (five at least), whether most
    close them with a colon, not a full stop, and whether most leave them open."""
    marks = []
    for text in texts:
        text = " ".join(text.split())
        if closed := _CLOSED_NAMES.match(text):
            marks.append(closed.group("mark"))
        elif (m := _UNCLOSED_NAMES.match(text)) and not m.group("colon"):
            marks.append("")
    enough = len(marks) >= 5
    habits = NameHabits(
        colon=enough and 2 * marks.count(":") > len(marks),
        open=enough and 2 * marks.count("") > len(marks),
        given_first=prints_given_first(texts),
        manubot=prints_manubot(texts),
    )
    if not habits.open:
        return habits
    printed = [" ".join(text.split()) for text in texts]
    bodies = bodies_printed((text, close_names(text, None, habits)) for text in printed)
    return replace(habits, bodies=bodies)


def close_names(source: str, number: int | None = None, habits: NameHabits = FULL_STOP) -> str:
    """The reference with a full stop after a Vancouver name list nothing closes, and
    without its number printed again inside it ("1. 1. Baumann, N.; ...": a word processor's
    numbering over the journal's), a note on a later notice (``_LATER_NOTICE``) or a link's
    label (``_LINK_LABEL``) or PubMed's ISSNs (:mod:`.issn_notes`), with its glued
    sentences and years apart (:mod:`.glued_years`);
    ``habits``: how the list closes its names (:func:`name_habits`)."""
    source = _LINK_LABEL.sub("", _LATER_NOTICE.sub("", without_issn_note(source)))
    source = unglued(source)
    again = _NUMBER_AGAIN.match(source) or _GLUED_AGAIN.match(source)
    if again and number is not None and int(again.group(1)) == number:
        source = source[again.end() :]
    elif (pooled := _POOLED_AGAIN.match(source)) and number is not None:
        # "36. 1. Roe J...": a list pooled from several articles' lists, each reference
        # keeping its own number under the list's (never more than the list's, nor a year)
        inner = pooled.group(1)
        if 0 < int(inner) <= number and not YEAR.fullmatch(inner):
            source = source[pooled.end() :]
    if y := _DOTTED_NAMES_YEAR.match(source):
        # "Roe J. A., Doe B. 2004, Title, Journal., 12, 1-9." (DNA Research): the year closed
        return f"{y.group('names')} {y.group('year')}.{source[y.end() :]}"
    if (y := _DOTTED_BARE_YEAR.match(source)) and not _JOURNAL_YEAR.search(source, y.end()):
        names = y.group("names")
        return f"{names}{'' if names.endswith('.') else '.'} {y.group('year')}.{source[y.end() :]}"
    if (y := _NAMES_YEAR.match(source)) and not _JOURNAL_YEAR.search(source, y.end()):
        # ASM's "Fisher MC 2011 Low diversity...", the Royal Society's "Burney DA, et al.
        # 2004 A chronology...", a comma before the year ("Roe J, Doe A, 2007 Title", as the
        # American Journal of Tropical Medicine and Hygiene prints it): the names and the
        # year closed as the other styles print them
        return f"{y.group('names')}. {y.group('year')}.{source[y.end() :]}"
    if (
        (y := _GROUP_YEAR.match(source) or _ACRONYM_YEAR.match(source))
        and (_ORGANISATION_WORD.search(y.group("names")) or " " not in y.group("names"))
        and not _JOURNAL_YEAR.search(source, y.end())
    ):
        # "Example Society of Tests 2030 Title..." (Bioscientifica's and ASM's organisations
        # before the year): closed as the people's names above
        return f"{y.group('names')}. {y.group('year')}.{source[y.end() :]}"
    if trust := NHS_TRUST.match(source):
        return f"{trust.group()}.{source[trust.end() :]}"
    if (post := close_platform(source)) != source:
        return post
    m = _UNCLOSED_NAMES.match(source)
    if m and m.group().isupper() and is_organisation(m.group().rstrip(":")):
        m = None  # ABNT's body in capitals, "ASSOCIAÇÃO BRASILEIRA DE EXEMPLOS.": no names
    last = _LAST_WORD.match(source, m.end()) if m and "," not in m.group() else None
    if last and ORGANISATION_WORDS.fullmatch(last[1]) and not _PEOPLE.fullmatch(last[1]):
        m = None  # "Stop XY Partnership. Title": one name, a body's acronym, no initials
    public = PUBLIC_BODIES if habits.open else frozenset()  # (names the list leaves open)
    if not m and (known := close_known_body(source, habits.bodies | public)) != source:
        return known
    if not m and habits.open and (known := close_by_acronym(source)) != source:
        return known
    if not m and habits.colon and (head := _HEAD_COLON.match(source)):
        return f"{head.group('head')}.{source[head.end() :]}"
    if not m:
        org = _ORGANISATION_COLON.match(source)
        if org and _ORGANISATION_WORD.search(org.group("org")):
            return f"{org.group('org')}.{source[org.end() :]}"
        if (acronym := close_acronym_colon(source)) != source:
            return acronym
        g = _UNCLOSED_GROUP.match(source)
        if g and not _LONGER_GROUP.match(source, g.end()):
            return f"{source[: g.end()]}.{source[g.end() :]}"
        if o := _UNCLOSED_ORGANISATION.match(source):
            return f"{source[: o.end()]}.{source[o.end() :]}"
        if (closed := close_acronym(source)) != source:
            return closed
        if habits.open and (opened := close_open_name(source)) != source:
            return opened
        return close_site_name(source)
    if not m.group("colon") and _GROUP_AUTHOR.match(source[m.end() :]):
        # "Roe J, Doe A Example Study Group. Title": the group is one more author; in "Roe J,
        # EXAMPLE XIV Workgroup. Title" the "initials" are the group's number, so the
        # names read on into the group's
        roman = _ROMAN_INITIALS.search(source, 0, m.end())
        return source if roman else f"{source[: m.end()]},{source[m.end() :]}"
    # "McCulloch A: Social environments...": the colon stands for the full stop
    cut = m.start("colon") if m.group("colon") else m.end()
    return f"{source[:cut]}.{source[m.end() :]}"
