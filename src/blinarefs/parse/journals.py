"""Where the journal is, when the labeller put it in the title or the title in it.

The labeller cuts an abbreviated journal at its first full stop, takes a journal it has
not seen for the title's last sentence, or the title for the journal's first; each repair
here moves words between the two by what was printed around them, and only where the
moved words read like a journal's name.
"""

from __future__ import annotations

import re

from ..model import Reference
from .features import JOURNAL_WORDS
from .one_name import ORGANISATION_WORDS
from .reference import split_title_and_source
from .title_words import DANGLING, holds_title_word, journal_opening_to_title
from .years import YEAR


def journal_from_title(fields: dict[str, object], sure: dict[str, float], source: str) -> None:
    """A volume and pages but no journal: the labeller took the journal for the title's
    last sentence ("A growing family: the expanding universe. FEMS Microbiol Rev. 36:
    256-67."). The last sentence is the journal when it reads like one: capitalised words,
    or, before the pages, a journal's name in sentence case as reference managers export
    it ("Title. Frontiers in made-up science 2: 10", the volume taken in too). So too with
    a volume and a DOI and no pages ("Title. J Made Up 12. doi: ..."), and with neither
    before "in press" ("Title. J Made Up: in press."). A year there, when no other was
    read, is the year: an article published online before its volume ("Title. J Made Up
    2030. doi: ...")."""
    title = fields.get("title")
    if fields.get("container_title") or not isinstance(title, str):
        return
    volume = fields.get("volume")
    year = None
    numbered = fields.get("page") or fields.get("doi")
    if not volume and numbered and (m := _VOLUME_AT_END.search(title)):
        title, volume = title[: m.start()], m.group(1)
        if not fields.get("issued") and YEAR.fullmatch(volume):
            year, volume = volume, None
    at = source.find(title)
    in_press = at >= 0 and bool(_IN_PRESS.match(source, at + len(title)))
    if not volume and not year and not in_press:
        return
    head, journal = split_title_and_source(title + ".")
    words = journal.split()
    capitalised = all(w[:1].isupper() or w in ("of", "&") for w in words)
    sentence_case = (
        bool(fields.get("page"))
        and words[:1] != []
        and words[0][:1].isupper()
        and len(words) <= 8
        and not re.search(r"\d", journal)
        and len(head.split()) >= 3
    )
    if head and 0 < len(words) <= (8 if sentence_case else 6) and (capitalised or sentence_case):
        fields["title"], fields["container_title"] = head, journal
        if volume:
            fields["volume"] = volume
        if year:
            fields["issued"] = (int(year),)
        sure["container_title"] = sure.get("title", 0.0)


# "in press" right after what the labeller read as the title: ": in press", ". In press"
_IN_PRESS = re.compile(r"[.:,;]? ?\(?(?:in press|forthcoming)\b", re.I)
# a volume the labeller left at the end of the title, before the pages: "... science 110"
_VOLUME_AT_END = re.compile(r"(?<=[^\W\d_]) (\d{1,4})$")


# The start of an abbreviated journal's name left at the title's end: ", Can" | "J. For.
# Res", ". Cytogenet" | "Genome Res", ", Mol" | "Biol. Evol" (DNA Research's "Title, Journal.,
# 22, 549-56.", where the labeller cuts the journal at its first full stop), ". PLoS Comput" |
# "Biol" (OUP's "Title. PLoS Comput. Biol., 13, e1005755."); after a title's question or
# exclamation mark too, which the labeller keeps going past ("Why screen? J" | "Made. Med").
_JOURNAL_START = re.compile(
    r"[.,?!]\s+((?:[A-Z][^\W\d_]{0,16}(?:\.\s*|\s+)){0,3}[A-Z][^\W\d_]{0,16})$"
)
# (not "J." or "Z.", which open journals: "J. Exp. Bot", "Z. Naturforsch")
_LONE_LETTER = re.compile(r"[A-Z]$|(?![JZ]\.)[A-Z]\.")
# The comma style's volume after the journal: "Genome Res., 22, 549", "Biol, 13, e1"
_COMMA_VOLUME = re.compile(r"\.?,\s*\d")


def journal_start_in_title(fields: dict[str, object], source: str) -> None:
    title, container = fields.get("title"), fields.get("container_title")
    if not isinstance(title, str) or not isinstance(container, str) or not container:
        return
    m = _JOURNAL_START.search(title)
    start = source.find(title)
    at = source.find(container, start + len(title)) if start >= 0 else -1
    if not m or at < 0 or source[start + len(title) : at].strip() != ".":
        return
    journal = source[start + m.start(1) : at + len(container)]
    words = m.group(1).split()
    # one word, or words with no full stops, are an abbreviation only in a dotted journal
    # ("Mol" | "Biol. Evol") or in the comma style ("Nuc. Acids Res., 25", "PLoS Comput" |
    # "Biol., 13"): not "Kashan, Iran" | "Arch Iran Med 2012"
    comma_style = bool(_COMMA_VOLUME.match(source, at + len(container)))
    # after the title's comma, only a journal printed abbreviated ("Biol., 13", "Fict." |
    # "Nature, 2") is one cut there: a place ends the title before a journal spelt out in
    # the comma style too ("..., Brazil" | "Check List, 11: 1-3", Acta Amazonica's)
    abbreviated = "." in source[at : at + len(container) + 1] or all(
        len(w.rstrip(".")) <= 5 and w[-1].lower() not in "aeiouy" for w in words
    )
    if title[m.start()] == "," and not (comma_style and abbreviated):
        return  # a place after the title's comma: "..., Brazil" | "Emerg. Infect. Dis. 20, 5"
    opens_as_journal = words[0].endswith(".") and words[0][:-1].lower() in JOURNAL_WORDS
    # a journal read as a lone letter, or opening with one ("J", "B. Biointerfaces"), is
    # the end of a name cut at a full stop ("Plant Biotechnol." | "J"): no journal is one
    lettered = bool(_LONE_LETTER.match(container))
    if not all(w.endswith(".") for w in words[:-1]) and not (
        comma_style or opens_as_journal or lettered
    ):
        return  # "... tolerance. I. Grain Growth" | "Aust. J. Plant Physiol": the title's
    dotted = (
        len(words) > 1
        or ". " in container
        or comma_style
        or _abbreviated(words[0], source, at + len(container))
    )
    if dotted and _journal_like(container) and _journal_like(journal):
        fields["title"] = title[: m.start() + (title[m.start()] in "?!")].rstrip(" .,")
        fields["container_title"] = journal


def _abbreviated(word: str, source: str, end: int) -> bool:
    """Whether one word left at the title's end is an abbreviation that opens a journal
    the labeller cut at its first full stop ("... mosquitoes. Virol" | "J. 10:311"): the
    journal it goes before ends with a full stop too, and the word reads as an
    abbreviation, cut after a consonant (not a roman numeral's "II" or a title's
    "Idea"), or the "J" or "Z" that opens so many ("... Bone Pain. J" | "Pain Exampl
    Manage. 38": the journal's second word a title's word too)."""
    return (
        source[end : end + 1] == "."
        and (len(word) >= 3 or word in ("J", "Z"))
        and word[-1].lower() not in "aeiouy"
        and not re.fullmatch(r"[IVXLC]+", word)
    )


def journal_after_comma(fields: dict[str, object], sure: dict[str, float]) -> None:
    """A volume and pages but no journal, and the title ends ", Genome Res" (DNA Research's
    "Title, Genome Res., 22, 549-56."): the journal is that last part."""
    title = fields.get("title")
    if fields.get("container_title") or not fields.get("volume") or not isinstance(title, str):
        return
    m = re.search(r",\s+([A-Z][^,]{0,60})$", title)
    if m and _journal_like(m.group(1)) and re.search(r"[^\W\d_]{3,}", title[: m.start()]):
        fields["title"], fields["container_title"] = title[: m.start()], m.group(1).rstrip(".")
        sure["container_title"] = sure.get("title", 0.0)


# "Title. Database, 2017, bax002": the comma style's journal and a volume that is a year
_JOURNAL_AND_VOLUME = re.compile(
    r"\.\s+(?P<journal>[A-Z][\w.&]*(?: [A-Z&][\w.]*){0,4}), (?P<volume>(?:19|20)\d{2})(?:, \w+)?$"
)


def journal_and_volume_in_title(fields: dict[str, object], source: str) -> None:
    """No journal and no volume, and the title ends with the comma style's "Journal,
    Volume" before an article number or a DOI: a journal whose volumes are years ("...
    curation. Database, 2017, https://doi.org/..."), which the labeller has not seen (not a
    report's "Geneva, 2014")."""
    title = fields.get("title")
    if fields.get("container_title") or fields.get("volume") or not isinstance(title, str):
        return
    m = _JOURNAL_AND_VOLUME.search(title)
    end = source.find(title) + len(title)
    locator = re.match(r",\s*(?:https?://|doi|10\.\d|[a-z]{2,4}\d{3,}\b)", source[end:])
    if (
        m
        and locator
        and _journal_like(m.group("journal"))
        and re.search(r"[^\W\d_]{3,}", title[: m.start()])
    ):
        fields["title"] = title[: m.start()]
        fields["container_title"], fields["volume"] = m.group("journal"), m.group("volume")


_JOURNAL_SMALL_WORDS = frozenset({"of", "and", "&", "the", "in", "for", "de", "da", "y"})


def _journal_like(text: str, *, titled: bool = True) -> bool:
    """ "J. Cross Cult. Psychol", "Science", "Ann Nutr Metab": a short run of capitalised
    or abbreviated words; with no title read, also NLM's undotted "J Am Coll Cardiol"."""
    words = text.split()
    return (
        0 < len(words) <= 8
        and all(w[0].isupper() or w in _JOURNAL_SMALL_WORDS for w in words)
        and (len(words) <= (3 if titled else 6) or any(w.endswith(".") for w in words))
    )


def title_from_container(fields: dict[str, object], sure: dict[str, float], source: str) -> None:
    """Science's "Levine R. V., Philbrick K., Cross-cultural differences in helping
    strangers. J. Cross Cult. Psychol. 32, 543 (2001).": the labeller took the title for
    the journal's first sentence, all of it or its end ("Comparing North America, Western
    Europe" | "and East Asia. J. Pers. Soc. Psychol"). The journal is the first part after
    a sentence that reads like one; what comes before it is (the rest of) the title."""
    container, title = fields.get("container_title"), str(fields.get("title") or "")
    if not isinstance(container, str):
        return
    # with a title read, the journal's first sentence is the title's last when it opens in
    # lower case or the title read ends with a word no title ends with ("Title of" |
    # "Made-up Services. Rev Exempl"), or holds a word of a title's and none of a journal's
    # ("Title. Made-up correlations. Cancer 2030;1:2"; not "Nature reviews. Cancer")
    dangling = title.rpartition(" ")[2] in DANGLING
    lower = container[:1].islower() or dangling
    for m in re.finditer(r"[.?!]\s+(?=[A-Z])", container):
        head, journal = container[: m.start() + 1].strip(), container[m.end() :]
        worded = holds_title_word(head) and not re.search(r"\b[A-Z][a-z]*\.\s", head)
        # a title's last word alone before it ("pain. Example Press J Orthod"): a journal
        # as long as one read with no title
        lone = lower and " " not in head
        if _journal_like(journal, titled=bool(title) and not lone) and (
            dangling
            or (re.search(r"\b[a-z]{3,}", head) and (not title or lower or worded))
            or _title_cased_end(head, journal, lower)
        ):
            break
    else:
        return
    head = head.rstrip(".")
    if title:  # the title's end: from the title's start to the head's end, as printed
        start = source.find(title)
        at = source.find(head, start + len(title)) if start >= 0 else -1
        if start < 0 or at < 0 or at - start - len(title) > 3:
            return
        head = source[start : at + len(head)]
    fields["title"], fields["container_title"] = head, journal
    sure["title"] = min(sure.get("title", 1.0), sure.get("container_title", 1.0))


def _title_cased_end(head: str, journal: str, lower: bool) -> bool:
    """Whether ``head``, before the full stop ahead of ``journal``, is a title's end in
    title case (SAGE's "Roe J. A. Molecular Aspects of Made-Up Abuse. Biochem. Pharmacol.
    2030, 82, 9."), not a journal's first sentence: three words or more (four
    when none is in lower case: "Cold Spring Harb. Perspect. Biol"), none abbreviated, the
    last a whole word; and either the run opens in lower case ("of Made-Up Abuse",
    as no journal does) or the journal after it is abbreviated with full stops ("Biochem.
    Pharmacol"), whose names never hold a sentence of whole words."""
    words = head.rstrip(".").split()
    if len(words) < 3 or re.search(r"\b[^\W\d_]+\.\s", head):
        return False
    last = words[-1].lower()
    if len(last) < 4 or last in JOURNAL_WORDS or not last.isalpha():
        return False
    if len(words) < 4 and not any(w.islower() for w in words):
        return False
    return lower or bool(re.search(r"\b[A-Z][^\W\d_]*\.\s+[A-Z]", journal))


# A debate's answer to its own title ("Should we screen for X? Yes. BMJ 2010;340:c1"; "...?
# No", "...? Not yet", "...? Sim"), which both readers take for the journal's first sentence
_ANSWER = re.compile(
    r"((?:Yes|No|Not|Maybe|Perhaps|Probably|Possibly|Sometimes|Never|Always|Absolutely|Sim"
    r"|Não|Sí|Oui|Non|Ja|Nein)(?=[\s,.!])[^.?!]{0,40}?)[.!]\s+(?=\S)"
)


def answer_to_title(ref: Reference) -> Reference:
    """A title that asks a question keeps the answer printed after it: "Yes" is no
    journal's first word."""
    if not ref.title.rstrip().endswith("?") or not (m := _ANSWER.match(ref.container_title)):
        return ref
    return journal_opening_to_title(ref, m.end(), f"{ref.title.rstrip()} {m.group(1)}")


# The last word of a publisher's name, which no journal's name ends with
PUBLISHER_LAST = re.compile(
    r"\b(?:Press|Publish(?:ing|ers?)|Education|Verlag|Books|Editora|Ediciones|[EÉ]ditions"
    r"|Inc|Ltd|GmbH|Elsevier|Wiley|Springer|Saunders|Mosby|Routledge|Blackwell|Macmillan"
    r"|Longman|Heinemann|Penguin|Kluwer|Karger|Thieme|Humana|Earthscan)\.?$"
)


def publisher_not_journal(fields: dict[str, object]) -> None:
    """ "Title. 3rd edn Example Education, 2030.": a "journal" with no volume, issue or
    pages whose name ends as a publisher's does is the book's publisher. With an edition
    printed, which no journal's article has, pages do not make it a journal, and a body's
    name is the publisher's too ("Catalogue, 3rd ed, p 137-152. American Society for
    Made-up Medicine, Springfield.")."""
    container = fields.get("container_title")
    if not isinstance(container, str):
        return
    edition = fields.get("edition") and ORGANISATION_WORDS.search(container)
    if not (PUBLISHER_LAST.search(container) or edition):
        return
    placed = ("volume", "issue") if edition else ("volume", "issue", "page")
    if any(fields.get(k) for k in (*placed, "publisher")):
        return
    fields["publisher"] = fields.pop("container_title")  # and the type is a book's


def journal_cut_at_letter(ref: Reference) -> Reference:
    """A journal read as a lone letter or from one ("Plant Biotechnol." | "J", "Colloids
    Surf." | "B. Biointerfaces"), whichever reader read it: its name's start is at the
    title's end (:func:`journal_start_in_title`)."""
    if not _LONE_LETTER.match(ref.container_title) or not ref.title:
        return ref
    fields: dict[str, object] = {"title": ref.title, "container_title": ref.container_title}
    journal_start_in_title(fields, ref.source_text)
    if fields["container_title"] == ref.container_title:
        return ref
    journal = str(fields["container_title"])
    return ref.with_fields(
        title=str(fields["title"]), container_title=journal, container_title_short=journal
    )


# "Place: Publisher" closing what was read as the title: a place of capitalised words (a
# comma before a country or state), then a publisher's name. A word's full stop inside the
# place is an abbreviation's ("St. Louis", "D.C.", "Mass.:"), never a sentence's end: in
# "Example Boards. State Widget Strategy. Springfield: Press" the place is "Springfield"
_PLACE_WORD = r"[A-Z](?:[\w'’\-]{0,2}\.(?= )|(?:\.?[\w'’\-])*(?:\.(?=:))?)"
_PLACE_PUBLISHER = re.compile(
    rf"\. (?P<place>[A-Z][\w'’\-]+(?:,? {_PLACE_WORD}){{0,3}}): (?P<publisher>[A-Z][^.:;]{{1,80}})$"
)


def publisher_in_title(fields: dict[str, object]) -> None:
    """ "Title. Springfield: Example Agency. 45 p.": a book's or a report's place and
    publisher that the labeller ran into the title, when nothing else was read after it
    (no journal, volume, pages, place or publisher) and the publisher's name reads as a
    publisher's or an organisation's."""
    title = fields.get("title")
    if not isinstance(title, str) or not (m := _PLACE_PUBLISHER.search(title)):
        return
    if any(fields.get(k) for k in ("container_title", "volume", "page", "publisher")):
        return
    publisher = m.group("publisher")
    if not (PUBLISHER_LAST.search(publisher) or ORGANISATION_WORDS.search(publisher)):
        return
    fields["title"] = title[: m.start()]
    fields["publisher_place"], fields["publisher"] = m.group("place"), publisher


# What a volume's parentheses hold, printed after its number ("104(Spec No 7)")
_HELD = re.compile(r" ?\(([^()]{1,40})\)")
_WORD_OR_STOP = re.compile(r"[\w.]")


def _last_held(number: str, source: str) -> re.Match[str] | None:
    """The last ``number`` printed with parentheses after it, not inside a word or after a
    full stop, found as ``re.finditer`` finds a pattern made of the number, without
    compiling one for each volume (most of this rule's time on a long list)."""
    last = None
    at = source.find(number)
    while at >= 0:
        after_word = at > 0 and _WORD_OR_STOP.match(source, at - 1)
        held = None if after_word else _HELD.match(source, at + len(number))
        if held:
            last = held
        at = source.find(number, held.end() if held else at + 1)
    return last


def issue_opened_in_volume(fields: dict[str, object], source: str) -> None:
    """An issue printed with words in the volume's parentheses ("Agron Fict 104(Spec No
    7): 1020-1030."): the labeller cuts the words from the issue, into the volume ("104(Spec")
    or elsewhere (the issue read "7"). The volume is its number; the issue, what the
    parentheses hold as printed."""
    volume, issue = fields.get("volume"), fields.get("issue")
    if not isinstance(volume, str):
        return
    number = volume.partition("(")[0]
    if not number.strip() or ")" in volume:
        return
    held = _last_held(number.strip(), source)  # the last: the tail's
    if not held or not re.search(r"[^\W\d_]{2}", held.group(1)):
        return  # "104(7)": the labeller's issue stands
    inside = held.group(1).strip()
    # (the issue read alone: words with no abbreviation's stop, whose spacing a copy one
    # token a line cannot change, "Spec No 7", not "supl.3")
    alone = isinstance(issue, str) and issue and inside.endswith(issue) and "." not in inside
    if "(" in volume or alone:
        fields["volume"], fields["issue"] = number.strip(), inside
