"""When the hand-written grammar's reading of a reference is plainly wrong, whatever the
labeller says: the forms it reads without knowing them, which leave a trace in its fields
(a tail in the title, a year in a name, a company's last word as the journal). The reader
(:mod:`.read`) then keeps the labeller's reading."""

from __future__ import annotations

import re

from ..model import Reference


def misread(grammar: Reference) -> bool:
    """Whether the grammar's reading is plainly wrong, whatever the labeller says: a list
    printed initials first read as the author "W", a title that closes a parenthesis it
    never opened, a company's last word as the journal ("Co"), a title's sentence as the
    place, a journal's "2011;17(6):720" or "v. 5, n. 2" left in the title or the journal
    (a tail it did not know came after it), a journal with no letter in it, a book whose
    title holds a chapter's "In" (its pattern knows only "In:"), the year that closes the
    names read into the name or the title ("Roe, S.D., 2030", "D. (2030). Title": a journal
    that prints the year again as its volume, "J. Example Med., 2030.", taken for the
    year), the names and their year read as the title's opening, with no author, or a
    newspaper's day read into its name ("Jornal Exemplo, 3 set")."""
    first = grammar.author[0].literal if grammar.author else ""
    return bool(
        _INITIALS_ONLY.fullmatch(first)
        or _YEAR_AFTER_NAMES.search(first)
        or _YEAR_OPENS_TITLE.match(grammar.title)
        or (not grammar.author and _NAMES_YEAR_OPEN_TITLE.match(grammar.title))
        or _OPENS_CLOSED.match(grammar.title)
        or grammar.container_title in _COMPANY_WORDS
        or len(_SENTENCE_WORD.findall(grammar.publisher_place)) >= 3
        or _TAIL_IN_TITLE.search(grammar.title)
        or _NAMED_NUMBERS.search(grammar.title)
        or _LOCATOR_IN_TITLE.search(grammar.title)
        or _LOCATOR_IN_JOURNAL.search(grammar.container_title)
        or (grammar.container_title and not _LETTER.search(grammar.container_title))
        or _TAIL_IN_JOURNAL.search(grammar.container_title)
        or _DAY_IN_JOURNAL.search(grammar.container_title)
        or (grammar.type == "book" and _IN_INSIDE_TITLE.search(grammar.title))
    )


# A title read from inside a parenthesis: it closes one it never opened ("ex Fr.) P. Kumm.
# produced..." of "... ostreatus (Jacq. ex Fr.) P. Kumm. produced...")
_OPENS_CLOSED = re.compile(r"\A[^()]*\)")
# initials alone read as the author ("W", "W.", "J.R."), and a letter of any alphabet
_INITIALS_ONLY = re.compile(r"[A-Z]\.?|(?:[A-Z]\.)+[A-Z]\.?")
_LETTER = re.compile(r"[^\W\d_]")
# The names' year read into the last name ("Roe, S.D., 2030") or the title ("D. (2030).
# Title", "(2030). Title"): APA's and Harvard's year after the names
_YEAR_AFTER_NAMES = re.compile(r",\s?(?:1[89]|20)\d{2}[a-z]?\Z")
_YEAR_OPENS_TITLE = re.compile(r"\A(?:[A-Z]\.\s?)*+\((?:1[89]|20)\d{2}[a-z]?\)")
# SAGE's and Harvard's names and year read as the title's opening, no author read ("Roe J,
# Doe K and Poe L (2030) Widgets", the title one short sentence): family names with their
# initials, apart by commas or "and", then the year in brackets
_NAME = r"(?:[a-z]{1,3} ){0,2}[^\W\d_][\w'’\-‐]*+ [A-Z]{1,4}(?:[\-‐][A-Z]{1,2})?"
_NAMES_YEAR_OPEN_TITLE = re.compile(
    rf"^{_NAME}(?:(?:, | and | & ){_NAME})*(?:,? et al\.?)? \((?:1[89]|20)\d{{2}}[a-z]?\) "
)
# A publisher's last word read as a journal ("Place: Example Pub. Co., 2030" read as the
# journal "Co" with the rest in the title): no journal is named so
_COMPANY_WORDS = frozenset({"Co", "Inc", "Ltd", "LLC", "Corp", "GmbH", "Pub", "Publ"})
# A place is a name: three words in lower case say a title's sentence was read as one
# ("Gender equality and food security as a tool against hunger Springfield"); not the
# small words of a place's name ("Rio de Janeiro", "Frankfurt am Main")
_SENTENCE_WORD = re.compile(r"(?<![\w\-])(?!(?:and|upon|sur|del|des|der|den)\b)[a-z]{3,}\b")
_TAIL_IN_TITLE = re.compile(r"\b(?:19|20)\d{2}[;:] ?\d+(?:\(\d+\))?:")
# A journal's volume and issue named by their words, ABNT's "v. 5, n. 2" and MLA's and
# IEEE's "vol. 5, no. 2", left in the title (a date the grammar does not know followed
# them: "p. 10-20, mar. 2030."): no title prints them
_NAMED_NUMBERS = re.compile(r"\b(?:v|vol)\. ?\d+, (?:n|no)\. ?\d+\b", re.I)
# ABNT's locators the grammar cut where a form it does not know followed them (months after
# the issue, "v. 28, n. 1, July/Aug., 2000"; a supplement, "v.8, supl., p.823-838. 2001"; a
# full stop before the volume's word or the year): a title that holds a named volume and
# goes on, or ends with a locator's word cut from its number ("Journal, v. 28, n",
# "Journal. v"), and a journal that opens with a number or holds named locators ("1,
# July/Aug", "p.823-838", "Journal, v.14, n.2, p.133-141") were read across them
_LOCATOR_IN_TITLE = re.compile(r"[,.] ?(?:v|vol)\. ?\d+,|[,.] (?:v|vol|n|no)\Z")
_LOCATOR_IN_JOURNAL = re.compile(r"\A\d+, |\A(?:p|pp|n|v)\. ?\d|, (?:v|n|p)\. ?\d")
# The date, volume, issue and pages left in the journal's name, which the grammar did not
# cut where a tail it does not know followed them ("PLoS One. 2030;8(12):e81390 Epub
# 2030/12/18. ... PubMed Central", "Made J (2030) 30(3):183-94.10.9999/x")
_TAIL_IN_JOURNAL = re.compile(r"\b(?:19|20)\d{2}\)?[;:]? ?\d+(?: ?\(\w+\))?:")


# A newspaper's day left in its name, the year cut after it ("Jornal Exemplo, 24 dic",
# "Diário Exemplo, Springfield, 3 set" of "..., 3 set. 2030."): no journal ends with one
_DAY_IN_JOURNAL = re.compile(r", (?:[1-9]|[12]\d|3[01]) [^\W\d_]{3,10}\.?\Z")


# A chapter read as a book whose title runs on past "In" ("Title. In Roe J, ed. Book.",
# "Title. In Book. Edited by Roe J."): the grammar's chapter needs "In:"
_IN_INSIDE_TITLE = re.compile(r"[.?!] In [A-Z]")
