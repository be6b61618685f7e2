"""Organisations printed before the title, one sentence each: the authors.

Vancouver and its neighbours print a corporate author, or an agency and the units under it,
each closed by a full stop, before the title ("Office of the Examiner. Title...",
"Ministry of Examples (XX). Department of Tests. Title..."). Neither reader knows them
well: the labeller has seen few and leaves them in the title, and the grammar takes at most
the first sentence for the author. A sentence opening the title that reads as an
organisation's name is an author, when the entry has no authors or only organisations
(an agency's units after the agency).
"""

from __future__ import annotations

import re

from ..model import Name, Reference
from ..names import parse_vancouver_name
from .agency_labels import (  # noqa: F401 (re-exported: assemble and the tests import them here)
    YEAR,
    acronym_after_organisation,
    organisation_before_year,
    organisation_then_title,
)
from .body_names import ACRONYMS, SMALL_WORDS, body_units, is_body_name
from .one_name import ORGANISATION_WORDS
from .unclosed_openings import SITE_ADDRESS

# A sentence of the title: up to a full stop after a lower-case letter or a closing
# parenthesis ("... Commissioner.", "... (XX)."), not after an initial or an abbreviation.
_FIRST_SENTENCE = re.compile(r"(?P<head>[^.]{2,120}?(?:[^\W\d_A-Z]|\)))\.\s+(?=\S)")
_ACRONYM = re.compile(rf"({ACRONYMS})\.\s+(?=\S)")  # "WHO. ", "FAO. ", "WHO/EXF. "
# ABNT's country in capitals before its ministry ("BRASIL. Ministério da Saúde."): no acronym
_MINISTRY = re.compile(r"Minist(?:ry|[ée]rio)\b")
# A web site's own name, an address, alone or with NLM's mark of the medium
# ("Example.gov [Internet]. Title of the page...", BMJ's "examplestats.org Title of the
# page", closed by :func:`.closing.close_names`): the site is the author, the mark no part
# of its name. Not a title with the mark ("Example atlas [Internet]. Place: Publisher"), nor
# a site's name before its publisher's place, as NLM cites a site ("Example.gov [Internet].
# Springfield (XY):"), nor a bare address before the day it was read.
_SITE = re.compile(
    rf"\A(?P<site>{SITE_ADDRESS})(?: ?\[Internet\])?\.\s+(?=\S)"
    r"(?!(?:[A-Z][\w\-]*\s?){1,3}(?:\([A-Z]{2,3}\))?:|(?:Accessed|Available|Retrieved)\b)"
)
_OPENING_SITE = re.compile(rf"\A(?P<site>{SITE_ADDRESS})(?=[.\s])")


def _site(name: str, rest: str) -> bool:
    """Whether ``name`` is a web site's whole address before ``rest`` (:data:`_SITE`)."""
    m = _SITE.match(f"{name}. {rest}")
    return bool(m and m.group("site") == name)


def _site_cut(ref: Reference) -> Reference:
    """A site's address read as an author's name cut at its first full stop (the grammar's
    "examplestats" of "examplestats.org. Title..."): the author is the whole address."""
    m = _OPENING_SITE.match(ref.source_text)
    if len(ref.author) != 1 or not m or not ref.author[0].literal:
        return ref
    if not m.group("site").startswith(f"{ref.author[0].literal}."):
        return ref
    return ref.with_fields(author=(Name(literal=m.group("site")),))


# The words of a document's title in title case, which no body's name holds ("Guidelines
# for Use of Things. Invented guidance", "Annual Report 2030. Summary of findings")
_DOCUMENT_WORD = re.compile(
    r"(?:Guidelines?|Guidance|Guide|Reports?|Recommendations?|Standards?|Principles|Examples"
    r"|Manual|Handbook|Atlas|Statement|Polic(?:y|ies)|Strateg(?:y|ies)|Plan|Framework|Toolkit"
    r"|Review|Overview|Update|Facts?|Figures|Data|Results?|Summary|Code|Act|Law|Regulations?)"
)


# The word a group of people's name ends with, which no title's first sentence does
_GROUP_WORD_LAST = re.compile(
    r"\b(?:Study|Group|Consortium|Collaborators|Collaboration|Investigators|Network|Team"
    r"|Trialists|Committee)$"
)
# A web page's publisher of one word, closed by its full stop before the page's title in
# sentence case ("Examplemeter. Made-up counts of cases. Available: https://..."; not a
# title's own first word before title case, "Hemp. Description & Uses")
_ONE_WORD = re.compile(r"([A-Z][a-z]{2,}(?:[A-Z][a-z]+)*)\.\s+(?=[A-Z0-9])")


def _unmarked_name(head: str, rest: str) -> bool:
    """ "Example Health Trust Clinical Commissioning", "Example Digital": a body's name with
    no word that only organisations have, told by its shape: two to six words, each
    capitalised (the small words of a name between them), none a number, a document's word
    nor a person's initials after the family name ("Roe JA"), before a title in sentence case (a
    lower-case word of four letters or more among its first words), where a title in
    title case would go on in title case."""
    words = head.split()
    if not 2 <= len(words) <= 6 or words[-1].lower() in SMALL_WORDS:
        return False
    if re.fullmatch(r"[A-Z]{1,3}|Jr|Sr", words[-1]) or any(w.isdigit() for w in words):
        return False
    if any(_DOCUMENT_WORD.fullmatch(w) for w in words):
        return False
    if not all(w[0].isupper() or w.lower() in SMALL_WORDS for w in words):
        return False
    return _sentence_case(rest)


def _sentence_case(text: str) -> bool:
    """Whether ``text`` opens as a title in sentence case: a lower-case word of four letters
    or more among its first words, before any full stop, colon or semicolon."""
    return bool(re.match(r"[A-Z][^.:;]*?\b[a-z]{4,}", " ".join(text.split()[:6])))


def _next_organisation(title: str, first: bool) -> tuple[str, str] | None:
    """The organisation that opens ``title`` and the title after it, if one does."""
    m = _FIRST_SENTENCE.match(title)
    if m and is_body_name(m.group("head")):
        return m.group("head").strip(), title[m.end() :]
    m = _ACRONYM.match(title) or _SITE.match(title)
    if m and first:  # "WHO. Title...": an acronym alone, before any other organisation
        return m.group(1), title[m.end() :]
    return None


def _units(name: Name) -> list[Name]:
    """ "Ministry of Examples (XX), Agency of Tests": an agency and its units, each an
    organisation's name, one author each."""
    return [Name(literal=p) for p in body_units(name.literal)] or [name]


# A study group's name, printed last in a list of people ("Roe J, Doe A, Example Mother
# and Child Study Group Title", which a repair closes before the title; BMJ's "Roe J, et al
# EXAMPLE study team. Title") and read as the title's first sentence.
_GROUP_SENTENCE = re.compile(
    r"^((?:The )?[A-Z][\w'’\-]+ (?:(?:[A-Z][\w'’\-]+|and|of|for|on|the|in|&|study|trial) ){0,8}"
    r"(?:Group|Study|Consortium|Collaborators|Collaboration|Investigators|Committee|Network"
    r"|Team|Trialists|group|team|investigators|collaborators))\. (?=\S)"
)


# ... or a body's name in sentence case after the people's comma ("Roe J, Doe A, National
# institute for example excellence. Title"): a word only organisations have in it
_BODY_SENTENCE = re.compile(r"^([A-Z][\w'’\-]*(?: [\w'’\-]+){1,9})\. (?=\S)")


def _group_after_people(ref: Reference) -> Reference:
    m = _GROUP_SENTENCE.match(ref.title)
    if not m and (body := _BODY_SENTENCE.match(ref.title)) and ORGANISATION_WORDS.search(body[1]):
        # after a Vancouver name's initials and comma: not a title after "et al", nor the
        # title after the comma of names printed initials first ("W. G. Roe, Statistics
        # for Examples. Design...")
        after_name = rf"[^\W\d_] [A-Z]{{1,4}}, {re.escape(body[1])}\."
        m = body if re.search(after_name, ref.source_text) else None
    if not m or not any(f"{after} {m.group(1)}" in ref.source_text for after in (",", "et al")):
        return ref
    return ref.with_fields(
        author=(*ref.author, Name(literal=m.group(1))), title=ref.title[m.end() :].strip()
    )


def organisation_as_title(ref: Reference, named: str = "") -> Reference:
    """An entry with no authors whose title is an organisation's name in full, the journal
    printed right after it ("Example Council. Survey of examples: a report. 2030
    https://..."): the labeller, which has seen few corporate authors, read the sentences
    one field early. The organisation is the author, and the "journal" the title.
    ``named``: a name the list's house style shows is the author's (:mod:`.closing`),
    whatever its words."""
    if ref.author or ref.editor or not ref.container_title:
        return ref
    if not (
        is_body_name(ref.title) or re.fullmatch(ACRONYMS, ref.title) or
        (named and ref.title == named) or _unmarked_name(ref.title, ref.container_title)
        or _site(ref.title, ref.container_title)
    ):  # fmt: skip
        return ref  # (or its acronym: "EXO. Survey of examples. 2030 https://...")
    # its full stop printed, or put in by the repair that closes an organisation's name
    # before a title (``closing._UNCLOSED_GROUP``)
    printed = ref.source_text
    if not any(f"{ref.title}{mark} {ref.container_title}" in printed for mark in (".", "", ":")):
        return ref
    kind = ref.type
    if kind == "article-journal" and not (ref.volume or ref.issue or ref.page):
        # an article only for the journal it was thought to be in
        kind = "webpage" if ref.url else "book"
    return ref.with_fields(
        author=tuple(_units(Name(literal=ref.title))),
        title=ref.container_title,
        container_title="",
        container_title_short="",
        type=kind,
    )


# One person's name in Vancouver's form, closed by its full stop, opening the reference
# ("Roe JAB. Title...", "Roe PR. EXAMPLE's title..."): one family name and its initials,
# not a country's code ("Example UK. Title" is an organisation's)
_PERSON_SENTENCE = re.compile(
    r"(?P<name>[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)? (?!(?:UK|US|USA|EU|UN)\.)[A-Z]{1,4})\. (?=\S)"
)


def _person_opening(ref: Reference) -> Reference:
    """An entry by one person that the labeller, which has seen few by one author with
    several initials, read with no author and the name as the title's first sentence, or
    with the title inside the author's name and no title: the name is the author, the
    rest the title."""
    if ref.editor or len(ref.author) > 1 or (ref.author and ref.title):
        return ref
    text = ref.author[0].literal if ref.author else ref.title
    m = _PERSON_SENTENCE.match(text)
    if not m or not ref.source_text.startswith(m.group()):
        return ref
    rest = text[m.end() :].strip()
    name = parse_vancouver_name(m.group("name"))
    if name is None or len(re.findall(r"[^\W\d_]+", rest)) < 2:
        return ref
    return ref.with_fields(author=(name,), title=rest)


def organisations_first(ref: Reference) -> Reference:
    """``ref`` with the organisations that open its title as its authors (and one person's
    name read as the title's first sentence as its author)."""
    ref = _site_cut(_person_opening(organisation_as_title(ref)))
    if not ref.editor and any(not n.literal for n in ref.author):
        return _group_after_people(ref)
    if ref.editor or any(not n.literal for n in ref.author):
        return ref
    last = ref.author[-1].literal if ref.author else ""
    if re.fullmatch(ACRONYMS, last) and not _MINISTRY.match(ref.title):
        return ref  # "USPHS. United States ...": its name spelt out (not "BRASIL. Ministério")
    title, found = ref.title, [part for n in ref.author for part in _units(n)]
    while (nxt := _next_organisation(title, not found)) is not None:
        found.extend(_units(Name(literal=nxt[0])))
        title = nxt[1]
        if re.fullmatch(ACRONYMS, nxt[0]):
            break
    if not found and not ref.author:
        # a report's or a web page's body whose name has no word of an organisation's, or
        # a study's group before an article's title ("Example Heart Study. Made-up...")
        m = _FIRST_SENTENCE.match(title)
        head = m.group("head").strip() if m else ""
        if (
            m
            and _unmarked_name(head, title[m.end() :])
            and (not ref.container_title or _GROUP_WORD_LAST.search(head))
        ):
            found, title = [Name(literal=head)], title[m.end() :]
        elif (
            not ref.container_title
            and ref.url
            and (m := _ONE_WORD.match(title))
            and not _DOCUMENT_WORD.fullmatch(m[1])
            and _sentence_case(title[m.end() :])
        ):
            found, title = [Name(literal=m.group(1))], title[m.end() :]
    if found == list(ref.author) or len(re.findall(r"[^\W\d_]+", title)) < 2:
        return ref
    return ref.with_fields(author=tuple(found), title=title.strip())
