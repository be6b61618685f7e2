"""Which printed words can end a title and which begin a journal's name.

Nature's and Science's "Roe A. B. & Doe C. D. A made-up title. J. Made Up Res. 12, 3 (2030)."
and the Vancouver styles print a title, a full stop, then an abbreviated journal whose own
words carry full stops; the labeller, which has seen each style only so often, cuts between
them at the wrong full stop: a name's last initial opens the title, a journal's first word
(or a title's last sentence) moves across. The repairs here look at the words on both
sides of a full stop: an abbreviation a journal's name is made of ("Biol.", "Opin.") or a
capitalised word begins a journal; a lower-case word of four letters or more ends a title.
"""

from __future__ import annotations

import re

from ..model import Reference
from .features import JOURNAL_WORDS, MONTHS
from .labeller import Labelled, texts_of
from .name_forms_dotted import names_end
from .titles import year_before_title
from .token_index import first_of, where

# lower-case words of the journals PubMed spells out ("Nature reviews. Cancer", "World
# journal of surgery"), which end no title's sentence there
JOURNAL_NOUNS = frozenset({"reviews", "journal", "letters", "research", "reports", "annals"})
# Words no title ends with unless it was cut: a preposition, an article, a conjunction
DANGLING = frozenset(
    {"and", "of", "the", "for", "in", "on", "with", "to", "a", "an", "by", "from", "at",
     "or", "between", "among", "de", "des", "la", "le", "et", "und", "der", "y", "e", "em",
     "en", "da", "do", "del"}
)  # fmt: skip
_LOWER_WORD = re.compile(r"\b[a-z]{4,}\b")


# A name's last initials that the labeller gave to the title: "Doe C. D. Title" read as
# "Doe C." and "D. Title"; the title opens with capitals and full stops before a word
# that is capitalised (not a species' "A. thaliana", whose next word is lower-case)
_INITIALS_OPENING = re.compile(r"((?:[A-Z]\.[ \-‐]?){1,3}) (?=[A-Z0-9])")
# the printed text right before the title ends with a family name and its first initials
_NAME_BEFORE = re.compile(r"(?<![\w'’\-‐])[^\W\d_][\w'’\-‐]+,? (?:[A-Z]\.[ \-‐]?){1,3}$")


def initials_out_of_title(fields: dict[str, object], source: str) -> None:
    """A title that opens with a name's initials ("D. A made-up title") when a family name
    and its first initials are printed right before it: the initials are the name's, and
    the title starts after them."""
    title = fields.get("title")
    if not isinstance(title, str) or not (m := _INITIALS_OPENING.match(title)):
        return
    at = source.find(title)
    if at < 0 or not _NAME_BEFORE.search(source[max(0, at - 80) : at]):
        return
    rest = title[m.end() :]
    if len(rest.split()) >= 2:
        fields["title"] = rest
        # and the year printed after those initials ("Roe B. T. 2030. Title"), as after
        # the names the labeller ended right
        year_before_title(fields, source)


# The title's first words, up to its first comma, that the labeller read as one more name
# ("Doe C. D. Invented fear, hope and the brain." read as a name "fear" and the title "hope
# and the brain"): after a name's initial (or "et al.") and before the title, words with no
# full stop between them, then a comma
_OPENING_BEFORE = re.compile(r"(?:\b[A-Z]{1,3}|\bet al)\. ([^.,;:()]{1,80}), $")


def title_opening_out_of_names(fields: dict[str, object], source: str) -> None:
    """A title whose first words are printed, up to a comma, between the last name's
    initials and what was read as the title: those words are the title's when the title
    read opens in lower case (no title's first word is) or they hold a lower-case word of
    four letters or more (no name does)."""
    title = fields.get("title")
    if not isinstance(title, str) or not title:
        return
    at = source.find(title)
    if at < 0 or not (m := _OPENING_BEFORE.search(source[max(0, at - 90) : at])):
        return
    words = m.group(1)
    if names_end(source) > max(0, at - 90) + m.start(1):
        return  # the names' form reads them as a name: "A. Chess, cis-Regulatory elements"
    if title[0].islower() or _LOWER_WORD.search(words):
        fields["title"] = f"{words}, {title}"


def holds_title_word(text: str) -> bool:
    """Whether ``text`` holds a word that reads as a title's, not a journal's: lower-case,
    four letters or more, and neither an abbreviation journals use ("lett", "chem") nor a
    word of a spelled-out journal's name ("reviews")."""
    return any(w not in JOURNAL_NOUNS and w not in JOURNAL_WORDS for w in _LOWER_WORD.findall(text))


# the year the labeller left at the journal's end: "Pediatrics 2030 113(3 Pt 1):475-82"
_YEAR_AFTER_JOURNAL = re.compile(r"(?<=[^\W\d_]) ((?:1[89]|20)\d\d)$")


def year_out_of_journal(fields: dict[str, object], source: str) -> None:
    """A journal's name ending with the year of issue (BMJ's "Journal 2030 113(3):4", with
    no semicolon after the year): the year is the date's, when no other year was read; not
    a book's or a meeting's ("In: Made-up Vision—MUCV 2030, Publisher. pp. 5-9")."""
    journal = fields.get("container_title")
    if not isinstance(journal, str) or not (m := _YEAR_AFTER_JOURNAL.search(journal)):
        return
    if re.search(r"\bIn:? ", source):
        return
    if "," in journal or journal[: m.start()].split()[-1].lower().rstrip(".") in MONTHS:
        return  # a meeting's date: "Proceedings of the Made-up Conference, 1-3 May 2030"
    year = int(m.group(1))
    issued = fields.get("issued")
    if isinstance(issued, tuple) and issued[:1] != (year,):
        return
    fields["container_title"] = journal[: m.start()]
    fields["issued"] = issued or (year,)


# BMJ's web pages: "Example Agency Title: interim advice, 7 March 2030, 2030 Available:
# https://... [Accessed 1 Apr 2030]": the year of the page, then "Available", close the title
_YEAR_AVAILABLE = re.compile(r", (?:19|20)\d{2}[a-z]? Available(?: (?:from|at))?:")


def title_to_web_year(fields: dict[str, object], source: str) -> None:
    """A web page's title printed up to ", 2030 Available:" runs to that comma: the
    labeller, which reads a date wherever it stands, ends such a title before the date
    it carries ("interim advice, 7 March 2030", "Situation Report – 12; 1 February
    2030"). Only where what it left out holds no sentence's full stop nor a link, and is
    not the site's name it read after a title closed by its question mark."""
    title = fields.get("title")
    m = _YEAR_AVAILABLE.search(source)
    if not isinstance(title, str) or not title or not m:
        return
    at = source.find(title)
    end = at + len(title)
    gap = source[end : m.start()]
    if at < 0 or not gap or len(gap) > 60 or re.search(r"[.?!]\s|https?:|www\.", gap):
        return
    if title[-1] in "?!" and gap.strip(" ,") == fields.get("container_title"):
        return  # "Is it worth it? Example Foundation, 2030 Available:": the site after
    fields["title"] = source[at : m.start()].rstrip(" .,;:")


# a journal's name that opens with one capital's full stop ("S. Made Up J")
_LETTER_OPENING = re.compile(r"([A-Z])\. (?=\S)")


def dotted_end_out_of_journal(fields: dict[str, object], source: str) -> None:
    """A title ending with a dotted abbreviation ("... in the U.S. Inj Prev 2030;...") that
    the labeller cut inside it, the abbreviation's last letter and full stop read as the
    journal's first word ("U" and "S. Inj Prev"): the letter is the title's, where the
    printed text runs from the title's last letter through its full stop to that letter
    with no space (a journal's own "J. " follows a space)."""
    title, journal = fields.get("title"), fields.get("container_title")
    if not isinstance(title, str) or not isinstance(journal, str) or not title:
        return
    m = _LETTER_OPENING.match(journal)
    if not m or not re.search(r"(?:^|[\s.])[A-Z]$", title):
        return
    if f"{title}.{m.group(1)}. {journal[m.end() :]}" in source and journal[m.end() :]:
        fields["title"] = f"{title}.{m.group(1)}"
        fields["container_title"] = journal[m.end() :]


# A part's number in Roman figures, its full stop, then a capitalised word: the journal's
# name after a title's part ("... Wild Hemp. I. J Am Chem Soc"); no journal's name opens
# with one
_PART_OPENING = re.compile(r"(?:X{0,2})(?:IX|IV|V?I{1,3}|V)\. (?=[A-Z])")


def part_out_of_journal(ref: Reference) -> Reference:
    """A title of a series of papers that ends with its part's number ("Studies of a made-up
    dye. II. J Made Up Chem 2030;12:3-9."), the number read as the journal's first word,
    by either reader: the number is the title's, where the printed text has the title, its
    full stop and the number together."""
    m = _PART_OPENING.match(ref.container_title)
    if not (m and ref.title and f"{ref.title}. {m.group()}" in ref.source_text):
        return ref
    return journal_opening_to_title(ref, m.end(), f"{ref.title}. {m.group()[:-2]}")


# PubMed's mark for a work with no author, printed where the names would be
_NO_AUTHORS = re.compile(r"^\[?no authors listed\]?[.,]?\s*", re.I)


def no_authors_out_of_title(fields: dict[str, object]) -> None:
    """ "[No authors listed] Title." (the Vancouver styles copy PubMed's mark): with no
    name to read, the labeller takes the mark for the title's first words; it is no
    part of the title."""
    title = fields.get("title")
    if isinstance(title, str) and (m := _NO_AUTHORS.match(title)) and title[m.end() :]:
        fields["title"] = title[m.end() :]


# A day and a month after the title's full stop, the year read apart ("Title [Internet].
# 26 mar | 2030 [Acesso ...]", "Title. Mar 26 | 2030"): the date's, not the title's
_DAY_MONTH_END = re.compile(
    r"\.\s+(?:\d{1,2}\s+(?:de\s+)?(?P<month>[^\W\d_]{3,9})|(?P<first>[^\W\d_]{3,9})\.?\s+\d{1,2})$"
)


def date_out_of_title(fields: dict[str, object]) -> None:
    """A title read on into a date's day and month (``_DAY_MONTH_END``) ends before them."""
    title = fields.get("title")
    m = _DAY_MONTH_END.search(title) if isinstance(title, str) else None
    if m and isinstance(title, str) and (m.group("month") or m.group("first")).lower() in MONTHS:
        fields["title"] = title[: m.start()]


def mend_title_bounds(fields: dict[str, object], source: str) -> None:
    """The repairs above, in their order: the title's start, then the journal's end and
    start, then a web page's title's end."""
    no_authors_out_of_title(fields)
    initials_out_of_title(fields, source)
    title_opening_out_of_names(fields, source)
    year_out_of_journal(fields, source)
    dotted_end_out_of_journal(fields, source)
    title_to_web_year(fields, source)
    date_out_of_title(fields)


def journal_opening_to_title(ref: Reference, cut: int, title: str) -> Reference:
    """``ref`` with its journal's first ``cut`` characters given back to the title, which
    becomes ``title``; the short journal follows the journal when it was the same."""
    journal = ref.container_title[cut:]
    same = ref.container_title_short == ref.container_title
    return ref.with_fields(
        title=title,
        container_title=journal,
        container_title_short=journal if same else ref.container_title_short,
    )


# The Latin words after "In" that open titles ("In Vitro ...", "In situ ...")
_LATIN_AFTER_IN = frozenset({"vitro", "vivo", "situ", "silico", "utero", "ovo"})


def title_words_whole(labelled: list[Labelled]) -> list[Labelled]:
    """A title opens with a whole word: the tokenizer cuts a gene's or a protein's name at
    its digits ("p21", "Trop2"), and the labeller may read the letters before them as a
    page's "p" or a journal's word. The letters printed glued to the title's first token
    are the title's. So is the "In" of "In Vitro ..." that opens it, which the labeller
    may leave out with its Latin word as a chapter's "In"."""
    words = list(texts_of(labelled))
    # (after each "In", found in C: most entries print none)
    for i in (k + 1 for k in where(labelled, "In") if k + 1 < len(labelled) - 1):
        # "In Vitro Made-up Test Systems": Latin, not a chapter's "In" before its book
        if (
            words[i - 1] == "In"
            and labelled[i - 1].label == "other"
            and words[i].lower() in _LATIN_AFTER_IN
            and "title" in (labelled[i].label, labelled[i + 1].label)
        ):
            return [
                *labelled[: i - 1],
                *(x._replace(label="title") for x in labelled[i - 1 : i + 1]),
                *labelled[i + 1 :],
            ]
    first = first_of(labelled, "title")
    if (
        first < 1
        or labelled[first].token.space_before
        or labelled[first - 1].label not in ("other", "container")
        or not labelled[first - 1].token.text.isalpha()
        or not labelled[first].token.text[:1].isdigit()
    ):
        return labelled
    return [*labelled[: first - 1], labelled[first - 1]._replace(label="title"), *labelled[first:]]
