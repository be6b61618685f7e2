"""The evidence the judge of doubt (:mod:`.doubt`) weighs, one small function a piece.

Each function looks at one field of one reading (:class:`.doubt_case.Case`) and gives a
number, most of them 0 or 1: how the hand-written grammar fared on the reference (it could
not read it, or read this field otherwise than the labeller), how sure the labeller was of
the field's tokens, the words it put in no field, and the field's shape against the rest of
its list (a journal with a sentence's words in it, a one-word title, a year far from the
list's years, names that are no names, a journal no other entry of the list prints).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .doubt_bounds import (
    article_unlocated,
    article_with_a_publisher,
    container_alone_unabbreviated,
    labeller_edge_unsure,
    title_cut_at_a_comma,
    title_ends_in_a_dangling_word,
    type_located_as_an_article,
    type_without_a_container,
)
from .doubt_case import Case, journal_key, last_words
from .doubt_cues import (
    article_with_book_cues,
    container_before_title,
    container_unlike_a_journal,
    title_ends_in_a_journal_opening,
    volume_out_of_place,
)
from .features import JOURNAL_WORDS
from .prefilter import searched_where

# -- evidence common to every field ---------------------------------------------------


def grammar_unread(c: Case) -> float:
    """The grammar could not read the reference (or read it plainly wrong)."""
    return float(c.grammar == "unread")


def grammar_disagrees_here(c: Case) -> float:
    """The grammar read this very field otherwise than the labeller."""
    return float(c.field in c.disagreed)


def grammar_disagrees_elsewhere(c: Case) -> float:
    """The grammar and the labeller differ, on other fields than this one."""
    return float(c.grammar == "disagreed" and c.field not in c.disagreed)


def labeller_unsure(c: Case) -> float:
    """One less the labeller's mean marginal over the field's tokens (0 where it read none)."""
    return 1.0 - c.marginals.get(c.field, 1.0)


def labeller_least_sure(c: Case) -> float:
    """One less the marginal of the field's least sure token: where a field's bounds are
    in doubt, one token is, however sure the others are."""
    return 1.0 - c.lowest.get(c.field, 1.0)


def list_unread(c: Case) -> float:
    """The share of the list the grammar could not read: a style it does not know."""
    return c.context.unread


def words_unlabelled(c: Case) -> float:
    """The share of the reference's words the labeller put in no field."""
    return c.unlabelled


def field_empty(c: Case) -> float:
    """Nothing read for the field."""
    value = getattr(c.ref, c.field)
    return float(not value)


def empty_in_a_journal_article(c: Case) -> float:
    """Nothing read for the field of a journal's article, which prints every judged field
    but the issue most of the time."""
    return float(c.ref.type == "article-journal" and not getattr(c.ref, c.field))


def not_a_journal_article(c: Case) -> float:
    """Read as some other kind of work (books, chapters, pages are read less well)."""
    return float(c.ref.type != "article-journal")


def others_least_sure(c: Case) -> float:
    """One less the least sure token of any other field: a reading muddled elsewhere has
    its bounds in doubt here too. Not weighed for the names and the title, read right however
    muddled the tail after them (weighed, the extra sets' doubts on them were right less
    often: titles 51 -> 41%, names 48 -> 35% on /tmp/extra_dev)."""
    lowest = c.lowest
    least = min(lowest.values(), default=1.0)
    if lowest.get(c.field) != least:  # another field's token is the least sure
        return 1.0 - least
    return 1.0 - min([v for k, v in lowest.items() if k != c.field], default=1.0)


def type_rare_in_list(c: Case) -> float:
    """A kind of work one entry in ten of the list or fewer is (lists cite mostly one kind:
    a journal's article read as a book among articles is likely misread)."""
    n = c.context.size
    return float(n >= 5 and c.context.types[c.ref.type] * 10 <= n)


def field_unlike_list(c: Case) -> float:
    """The field read where the list's other entries mostly have none, or left empty where
    they mostly have one: how far this entry is from the list's share (lists of five or
    more). Not weighed for the pages: articles published online only print none in lists
    that otherwise print them, and the extra sets' warnings on pages fell by it."""
    n = c.context.size
    if n < 5:
        return 0.0
    return abs(float(bool(getattr(c.ref, c.field))) - c.context.read[c.field] / n)


# -- the field's shape ------------------------------------------------------------------

# Words a journal's or a book's name holds in lower case
_SMALL = frozenset(
    {"and", "of", "the", "for", "in", "on", "de", "des", "du", "la", "le", "et", "und",
     "der", "die", "das", "y", "e", "di", "del", "da", "em", "en", "to", "at", "an", "a",
     "&"}
)  # fmt: skip
# Two names or more opening a title ("Roe J, Doe A. ..."), tried from a word's start only:
# a long word is tried once, not from each of its letters
_NAMES_OPENING = re.compile(
    r"(?<![^\W\d_])(?:[A-Z][^\W\d_]+,? (?:[A-Z]{1,3}|(?:[A-Z]\.\s?){1,3})[,.;] ?){2,}"
)
_ET_AL = re.compile(r"\bet al\b")
_LOWER_WORD = re.compile(r"\b[a-z][a-z'\-]{2,}\b")


# The shapes the evidence below reads, compiled once: every field of every entry is judged
_DIGIT = re.compile(r"\d")
_LETTERS = re.compile(r"[^\W\d_]+")
_TAIL_IN_TITLE = re.compile(r"\b(?:19|20)\d\d\s*[;:,]\s*\d|doi|https?:|www\.", re.I)
_LOWER_OPENING = re.compile(r"[a-z\d]")
_VOLUME = re.compile(r"\d{1,5}|[IVXLC]+")
_ISSUE = re.compile(r"\d{1,4}(?:[-–/]\d{1,4})?")
_YEAR_ONLY = re.compile(r"(?:19|20)\d\d")
_PAGES = re.compile(r"[A-Za-z]?\d+(?:\s*[-–]\s*[A-Za-z]?\d+)?")


def names_not_names(c: Case) -> float:
    """The share of names with a family name no person has: lower case, digits, four words
    or more, or an organisation's name with a sentence's small words in it."""
    names = c.ref.author
    if not names:
        return 0.0
    odd = 0
    for n in names:
        family = n.literal or n.family
        odd += bool(
            _DIGIT.search(family)
            or len(family.split()) >= 4
            or (family[:1].islower() and not n.literal)
            or (n.literal and len(_LOWER_WORD.findall(n.literal)) >= 3)
        )
    return odd / len(names)


def no_names(c: Case) -> float:
    return float(not c.ref.author)


def title_one_word(c: Case) -> float:
    return float(len(c.ref.title.split()) == 1)


def title_short(c: Case) -> float:
    """Two or three words: a title cut short (or a journal's name read as one)."""
    return float(2 <= len(c.ref.title.split()) <= 3)


def title_opens_with_names(c: Case) -> float:
    """ "Roe J, Doe A. Title" or "et al." in the title: names left in it."""
    return float(bool(_NAMES_OPENING.match(c.ref.title) or _ET_AL.search(c.ref.title)))


def title_ends_as_a_journal(c: Case) -> float:
    """Two of its last three words are words journals abbreviate: the journal's start."""
    last = last_words(c.ref.title, 3)
    return float(sum(w.lower() in JOURNAL_WORDS for w in last) >= 2)


def title_long(c: Case) -> float:
    """Over 35 words: a title that took in what followed it."""
    return float(len(c.ref.title.split()) > 35)


# _TAIL_IN_TITLE searched only where its year's first figures, or its words, are
_tail_in_title = searched_where(_TAIL_IN_TITLE, ("19", "20", "doi", "http", "www."))


def title_holds_a_tail(c: Case) -> float:
    """A year and a volume, a DOI or an address inside the title."""
    return float(bool(_tail_in_title(c.ref.title)))


# A year, a page range or "p" closing a title; searched in the title's last characters only,
# since from every start in a long run of digits the range's search is quadratic
_NUMBER_CLOSING = re.compile(r"(?:\b(?:19|20)\d\d|\d+\s*[-–]\s*\d+|,\s*pp?)\W*$")
_CLOSING_WINDOW = 60


def title_ends_in_a_number(c: Case) -> float:
    """A year, a volume or a page closing the title ("... in the park Inj Prev 2030",
    "..., p"): what followed the title read into it."""
    return float(bool(_NUMBER_CLOSING.search(c.ref.title, len(c.ref.title) - _CLOSING_WINDOW)))


def container_sentence_words(c: Case) -> float:
    """Words a journal's name does not hold: lower-case words (a verb, a title's words)."""
    words = [w for w in _LOWER_WORD.findall(c.ref.container_title) if w not in _SMALL]
    return min(len(words), 4) / 4


# A full stop after a word no journal abbreviates, before a capital: a sentence's end inside
# the journal ("Brazil. Biological Conservation"), the title's end read into it
_SENTENCE_STOP = re.compile(r"\b([^\W\d_]{5,})\. [A-Z]")


def container_holds_a_stop(c: Case) -> float:
    """The journal holds a sentence's end: where the title ends is in doubt, both fields."""
    return float(
        any(w.lower() not in JOURNAL_WORDS for w in _SENTENCE_STOP.findall(c.ref.container_title))
    )


def container_a_fragment(c: Case) -> float:
    """One word that journals abbreviate and no journal is alone ("Lett", "Rev"): the rest
    of its name read into the title."""
    words = c.ref.container_title.split()
    return float(len(words) == 1 and len(words[0]) <= 4 and words[0].lower() in JOURNAL_WORDS)


def container_recurs(c: Case) -> float:
    """A journal another entry of the list prints too: read alike twice, likely right."""
    key = journal_key(c.ref.container_title)
    return float(bool(key) and c.context.containers[key] >= 2)


def title_opens_lower(c: Case) -> float:
    """A title opening with a lower-case word or a number: the end of something else."""
    return float(bool(_LOWER_OPENING.match(c.ref.title)))


def pages_span_long(c: Case) -> float:
    """A range of over 300 pages: a volume, a year or an article number read as a page."""
    first, _, last = c.ref.page.partition("-")
    return float(first.isdigit() and last.isdigit() and int(last) - int(first) > 300)


def container_digits(c: Case) -> float:
    """A number in the journal's name: a volume, a year or pages left in it."""
    return float(bool(_DIGIT.search(c.ref.container_title)))


def container_few_journal_words(c: Case) -> float:
    """Five words or more and none a word journals abbreviate: a title's sentence."""
    words = _LETTERS.findall(c.ref.container_title)
    return float(len(words) >= 5 and not any(w.lower() in JOURNAL_WORDS for w in words))


def container_long(c: Case) -> float:
    return float(len(c.ref.container_title.split()) > 10)


def year_far(c: Case) -> float:
    """How far the year is from the list's median year, in decades (at most 3)."""
    if not c.ref.year or c.context.year is None:
        return 0.0
    return min(abs(c.ref.year - c.context.year) / 10, 3.0)


def volume_not_number(c: Case) -> float:
    return float(bool(c.ref.volume) and not _VOLUME.fullmatch(c.ref.volume))


def issue_not_number(c: Case) -> float:
    return float(bool(c.ref.issue) and not _ISSUE.fullmatch(c.ref.issue))


def volume_is_a_year(c: Case) -> float:
    return float(bool(_YEAR_ONLY.fullmatch(c.ref.volume)))


def pages_backwards(c: Case) -> float:
    """A last page before the first."""
    first, _, last = c.ref.page.partition("-")
    return float(first.isdigit() and last.isdigit() and int(last) < int(first))


def pages_not_pages(c: Case) -> float:
    """Not "123", "123-9", "e456" or "S12-S15"."""
    page = c.ref.page
    return float(bool(page) and not _PAGES.fullmatch(page))


Feature = Callable[[Case], float]
COMMON: tuple[Feature, ...] = (
    grammar_unread, grammar_disagrees_here, grammar_disagrees_elsewhere, labeller_unsure,
    labeller_least_sure, list_unread, words_unlabelled, field_empty,
    empty_in_a_journal_article, not_a_journal_article, type_rare_in_list, labeller_edge_unsure,
)  # fmt: skip
SHAPE: dict[str, tuple[Feature, ...]] = {
    "author": (
        names_not_names,
        no_names,
        field_unlike_list,
    ),
    "title": (
        field_unlike_list,
        title_one_word,
        title_short,
        title_long,
        title_holds_a_tail,
        title_ends_in_a_number,
        title_opens_with_names,
        title_ends_as_a_journal,
        title_opens_lower,
        container_holds_a_stop,
        container_a_fragment,
        title_cut_at_a_comma,
        title_ends_in_a_dangling_word,
        container_alone_unabbreviated,
        container_unlike_a_journal,
        title_ends_in_a_journal_opening,
        container_before_title,
    ),
    "container_title": (
        field_unlike_list,
        others_least_sure,
        container_sentence_words,
        container_long,
        container_digits,
        container_few_journal_words,
        container_recurs,
        container_holds_a_stop,
        container_a_fragment,
        title_cut_at_a_comma,
        container_alone_unabbreviated,
        container_unlike_a_journal,
        title_ends_in_a_journal_opening,
        container_before_title,
    ),
    "issued": (year_far, field_unlike_list, others_least_sure),
    "volume": (
        volume_not_number,
        volume_is_a_year,
        field_unlike_list,
        others_least_sure,
        volume_out_of_place,
    ),
    "issue": (issue_not_number, field_unlike_list, others_least_sure),
    "page": (pages_not_pages, pages_backwards, pages_span_long, others_least_sure),
    "type": (
        type_located_as_an_article,
        article_unlocated,
        type_without_a_container,
        article_with_a_publisher,
        others_least_sure,
        article_with_book_cues,
    ),
}


# The evidence the title and the journal both weigh that reads the entry (its title, its
# journal, its list) and not the field judged: the same for both, found once an entry
ENTRY_WIDE_FIELDS = ("title", "container_title")
ENTRY_WIDE: tuple[Feature, ...] = (
    container_holds_a_stop, container_a_fragment, title_cut_at_a_comma,
    container_alone_unabbreviated, container_unlike_a_journal,
    title_ends_in_a_journal_opening, container_before_title,
)  # fmt: skip


def features(case: Case) -> dict[str, float]:
    """The named evidence for one field of one reading."""
    return {f.__name__: f(case) for f in (*COMMON, *SHAPE[case.field])}
