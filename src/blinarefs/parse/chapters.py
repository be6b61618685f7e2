"""A chapter's editors and book, where the labeller read them as authors or as the title.

Every style prints a chapter as its title, "In", the book's editors marked as editors, then
the book: APA's "Title. In M. P. Reed (Ed.), Book title (pp. 75-109).", Vancouver's
"Title. In: Reed MP, editor. Book title. Place: Publisher; 2030. p. 75-109.", the
"Title In: Reed MP (ed). Book title." of some house styles. The labeller, trained mostly
on journal articles, reads the editors as more authors or runs them and the book into the
title. Between "In" and the editors' mark are the editors; after the mark, the book.
"""

from __future__ import annotations

import re
from itertools import compress, count
from typing import NamedTuple

from .labeller import Labelled, texts_of
from .token_index import labels_in, run_end, where


class Span(NamedTuple):
    """A run of one label, cut from the printed text. A tuple: a dozen are cut from every
    reference, and a frozen dataclass sets each field through ``object.__setattr__``."""

    label: str
    text: str
    confidence: float


# The words that mark names as a book's editors: "(Ed.)", "(eds)", ", editor.", ", editores.",
# ", orgs.", "(Hrsg.)", French's ", éditeur."
EDITOR_MARKS = frozenset((
    "ed", "eds", "editor", "editors", "editores", "editoras", "org", "orgs", "organizador",
    "organizadores", "organizadoras", "coord", "coords", "coordenador", "coordenadores",
    "hrsg", "éditeur", "éditeurs", "éditrice", "éditrices",
))  # fmt: skip


# "In:" as the Portuguese ("Em:") and Spanish ("En:") editions of a style print it, with its
# colon always (a capital "Em" or "En" alone may open a title's sentence)
_IN_TRANSLATED = frozenset({"Em", "En"})
# What closes a chapter's title before a lower-case "in" opens its book
_CLOSED = frozenset({",", ".", "”", "’", "'", '"'})
# The lower-case words a list of names holds: particles, "and", "et al".
NAME_WORDS = frozenset((
    "and", "et", "al", "van", "von", "de", "der", "den", "da", "das", "do", "dos", "del", "la",
    "le", "e", "y", "und",
))  # fmt: skip


# "In:" after a title's last word with no full stop ("Title In: Book.", "Title In: Roe J
# (ed). Book."), and "In" before a book and the marks only a chapter's book has: its
# editors ("Title In Book, Roe J, Doe A (eds).", "Title In Book, ed. Place", "Title In Book
# (Roe J. and Doe A., eds), pp. 3-9") or its pages in parentheses ("Title In Book (pp.
# 3-68). Place: Publisher"): the chapter's title ends there, as the full stop most styles
# print says. A capital "In" inside a title ("Cells In Vivo") is followed by neither.
_UNSTOPPED_IN = re.compile(
    r"(?<=[\w)\]])(?=\s+In(?::\s|\s+[A-Z](?:[^.]*?,\s(?:[Ee]ds?|[Ee]ditors?)\b"
    r"|[^()]{0,200}?\((?:[^()]{0,200}?\b(?:[Ee]ds?|[Ee]ditors?)\b\.?\)|pp?\.\s?\d))))"
)


def stop_before_in(source: str, after: int = 0) -> str:
    """``source`` with a full stop where a chapter's title runs into "In" (see
    ``_UNSTOPPED_IN``) after ``after`` (where the names end), so both readers read the
    title and the book apart as they do in the styles that print the stop."""
    # (the pattern tries every place in the text; most texts hold no "In" at all)
    found = _UNSTOPPED_IN.search(source, after) if "In" in source else None
    return f"{source[: found.start()]}.{source[found.start() :]}" if found else source


def _mark(words: list[str], j: int) -> int | None:
    """Where the editors' mark at ``words[j]`` ends ("(Eds.)," or ", editors."), if one
    is there."""
    if (
        words[j] not in ("(", ",")
        or j + 1 >= len(words)
        or words[j + 1].lower() not in EDITOR_MARKS
    ):
        return None
    end = j + 2
    for closing in (".", ")", ".", ","):
        if words[end : end + 1] == [closing]:
            end += 1
    if words[j] == "(" and ")" not in words[j:end]:
        return None
    return end


def _book_end(words: list[str], labels: list[str], start: int) -> tuple[int, int]:
    """The end of the book's title, and of the place after it that the labeller ran into
    the book ("Book title. Place: Publisher"): where the labeller's run of title (or
    journal) ends, or at the full stop before a place and its colon. The book's first
    words read as more names ("Forest hydrology: Proceedings of...") are the book's, and
    so are words left unread up to APA's pages ("The Yeasts (pp. 65-83)")."""
    for k in range(start + 1, min(start + 30, len(words))):
        if words[k] == ".":
            break
        if _pages_mark(words, k) > k:
            return k, k  # the book runs to APA's "(pp. 5-9)", whatever the labeller read
    end = start
    while end < len(labels) and end - start < 8 and labels[end] in ("author", "editor", "other"):
        if words[end] in ("(", ")", ".", "["):
            break
        end += 1
    if end > start and _pages_mark(words, end) > end:
        return end, end  # "The Yeasts (pp. 65-83)": all of it unread, up to its pages
    if end > start and words[end] == "." and _place_colon(words, end + 1):
        # all of it read as more editors or unread, up to its full stop and the place's
        # colon (SAGE's "In: Roe J and Doe K (eds) The Book of Widgets. Place: Press")
        return end, end
    if end < len(labels) and labels[end] == "publisher" and "," in words[end : end + 20]:
        # Elsevier's "(Ed.), Book, Publisher, Place": the book to its comma
        comma = words.index(",", end)
        if all(label == "publisher" for label in labels[end:comma]):
            return comma, comma
    if end >= len(labels) or labels[end] not in ("title", "container"):
        end = start
    while end < len(labels) and labels[end] in ("title", "container"):
        end += 1
    for k in range(start + 1, end):
        if words[k] == ".":
            after = words[k + 1 : end + 1]
            colon = after.index(":") if ":" in after else -1
            if 0 < colon <= 4 and "." not in after[:colon]:
                return k, k + 1 + colon  # ". United Kingdom: Blackwell..."
    return end, end


def _place_colon(words: list[str], at: int) -> bool:
    """Whether a place and its colon open the words at ``at`` ("Springfield:", "New York,
    NY:"): a capitalised word, and a colon within four words, no full stop before it."""
    after = words[at : at + 5]
    colon = after.index(":") if ":" in after else -1
    return colon > 0 and "." not in after[:colon] and after[0][:1].isupper()


_ORDINAL = re.compile(r"(?<!\d)\d+(?:st|nd|rd|th)", re.I)  # (from a run's start: linear)


def _pages_mark(words: list[str], at: int) -> int:
    """Where APA's "(pp. 75-109)", "(p. 5)" or "(2nd ed., pp. 75-109)" after the book
    ends, or ``at`` when none is there: the book stops at its parenthesis."""
    if words[at : at + 1] != ["("]:
        return at
    first = at + 1
    if _ORDINAL.fullmatch(words[first] if first < len(words) else "") and words[
        first + 1 : first + 2
    ] == ["ed"]:
        first = next((k + 1 for k in range(first, first + 5) if words[k : k + 1] == [","]), at)
    if first == at or words[first : first + 1] not in (["pp"], ["p"]):
        return at
    close = words.index(")", first) if ")" in words[first : first + 6] else -1
    return close + 1 if close > 0 else at


def _in_pages_mark(x: Labelled) -> Labelled:
    """A word of "(2nd ed., pp. 75-109)": the edition's ordinal, the pages, or neither."""
    if _ORDINAL.fullmatch(x.token.text):
        return x._replace(label="edition")
    return x._replace(label="pages" if re.match(r"\d", x.token.text) else "other")


def _after_pages(rest: list[Labelled]) -> list[Labelled]:
    """What follows a chapter's "(pp. 5-9)." is its publisher and place, not another book:
    a word the labeller read as a journal there is the place when a publisher was read
    ("Example Press: Springfield"), else the publisher."""
    other = "place" if "publisher" in (x.label for x in rest) else "publisher"
    return [x._replace(label=other) if x.label == "container" else x for x in rest]


def _title_before(labelled: list[Labelled], i: int) -> list[Labelled]:
    """The tokens before ``i``, the chapter's title run into "In" with no full stop
    ("Title In M. Reed (Ed.)"): the words back to the mark that closes the names or the
    year, which the labeller may have read as the book or left unread, are the title."""
    start = i
    while start > 0 and labelled[start - 1].label in ("title", "container", "other"):
        if labelled[start - 1].token.text in (".", ")", "]", ":"):
            break
        start -= 1
    if start >= i - 1 and labelled[i - 1].token.text == ",":
        start = _title_after_given_names(labelled, i - 1)
    return [*labelled[:start], *(x._replace(label="title") for x in labelled[start:i])]


def _title_after_given_names(labelled: list[Labelled], comma: int) -> int:
    """Elsevier's "A. Weller, B. Roe, Title of chapter, in: ...": names given first, each
    closed by a comma, then the title and its comma; the words back to the comma before
    them are the title when no initial ("A.") is among them, else none (``comma``)."""
    words = list(texts_of(labelled))
    start = comma
    while start > 0 and words[start - 1] not in (",", ".", ";"):
        start -= 1
    run = words[start:comma]
    initial = any(
        re.fullmatch(r"[A-Z]", w) and words[start + k + 1 : start + k + 2] == ["."]
        for k, w in enumerate(run)
    )
    if start == 0 or not run or initial or not any(w[:1].isalpha() for w in run):
        return comma
    return start


def _place(run: list[Labelled]) -> list[Labelled]:
    """ ". United Kingdom:": the place between its marks."""
    return [
        x._replace(label="place" if 0 < n < len(run) - 1 else "other") for n, x in enumerate(run)
    ]


# How many tokens the editors' names may run to before their mark: a book of many
# contributors names a dozen editors or more ("In: Abel B, Bart C, ... Nash O, eds."),
# three tokens each in Vancouver's form and five in APA's ("B. Abel,")
_EDITORS_RUN = 160


# Every word the editors may open with: the loop below passes over every other word
_OPENERS = frozenset(("In", "in")) | _IN_TRANSLATED


def editors_in(labelled: list[Labelled]) -> list[Labelled]:
    """The editors after "In" (or "In:") up to their mark, the book after it. APA's copies
    often lost the chapter title's full stop ("Title In M. Reed (Ed.), Book"): a capital
    "In" after a word opens the editors too, when names and their mark follow it."""
    words = list(texts_of(labelled))
    # (the words that open the editors looked for first, in C: most entries hold none)
    if "In" not in words and "in" not in words and _IN_TRANSLATED.isdisjoint(words):
        return labelled
    for i in compress(count(), map(_OPENERS.__contains__, words)):  # (the words, in C)
        word = words[i]
        colon = words[i + 1 : i + 2] == [":"]
        # Harvard's "'Title', in Roe, J. (ed.)", Elsevier's "Title, in: ...", and "Em:", "En:"
        lower_in = word == "in" and i and words[i - 1] in _CLOSED
        if word != "In" and not lower_in and not (word in _IN_TRANSLATED and colon):
            continue
        if i == 0:
            continue
        start = i + 1 + colon
        for j in range(start + 1, min(start + _EDITORS_RUN, len(words) - 1)):
            end = _mark(words, j)
            if end is None:
                continue
            names = words[start:j]
            lower = {w for w in names if w.islower() and w.isalpha()}
            if not any(w[:1].isupper() for w in names) or lower - NAME_WORDS:
                return labelled  # a sentence, not names
            return read_chapter(labelled, words, i, start, j, end)
        return labelled
    return labelled


def read_chapter(
    labelled: list[Labelled], words: list[str], i: int, start: int, j: int, end: int
) -> list[Labelled]:
    """The chapter whose "In" (or what stands for it) is at ``i``: its editors from
    ``start`` to their mark at ``j``, the mark to ``end``, then the book, its place and its
    pages; the words before ``i`` are the chapter's title."""
    labels = list(labels_in(labelled))
    book, place = _book_end(words, labels, end)
    book = next((k for k in range(end, book) if _pages_mark(words, k) > k), book)
    pages = _pages_mark(words, book)
    if pages > book:
        place = book
    if words[i - 1] not in (".", ":"):
        head = _title_before(labelled, i)
    elif "title" in labels_in(labelled)[:i]:
        head = labelled[:i]
    else:  # the chapter's title read as a book before "In" ("Title. In Roe J (Ed.)")
        head = [*_title_before(labelled, i - 1), labelled[i - 1]]
    rest = labelled[max(pages, place + 1 if place > book else book) :]
    return [
        *head,
        *(x._replace(label="other") for x in labelled[i:start]),
        *(x._replace(label="editor") for x in labelled[start:j]),
        *(x._replace(label="other") for x in labelled[j:end]),
        *(x._replace(label="container") for x in labelled[end:book]),
        *(_in_pages_mark(x) for x in labelled[book:pages]),
        *_place(labelled[book : place + 1] if place > book else []),
        *(_after_pages(rest) if pages > book else _publisher_after_place(rest, place > book)),
    ]


def _publisher_after_place(rest: list[Labelled], placed: bool) -> list[Labelled]:
    """After a book's "Place:" come its publisher's words, which the labeller, having run
    the place into the book, may have read as more of a title (a second book)."""
    if not placed:
        return rest
    n = 0
    while n < len(rest) and rest[n].label in ("title", "container"):
        if rest[n].token.text in (",", ";", "."):
            break
        n += 1
    return [*(x._replace(label="publisher") for x in rest[:n]), *rest[n:]]


def book_before_pages(labelled: list[Labelled]) -> list[Labelled]:
    """APA's chapter with no editors, "Title. In Book title (pp. 3-68). Place: Publisher.",
    and "Title. In: Book title. Place: Publisher": the labeller reads "In" as the book's
    first word; it is no part of the book's name (no name opens with "In:")."""
    words = list(texts_of(labelled))
    if "In" not in words:  # (asked in C first: most entries print none)
        return labelled
    for i in where(labelled, "In"):  # (found in C: most entries print none)
        if not 0 < i < len(labelled) - 1:
            continue
        if words[i] != "In" or words[i - 1] != "." or labelled[i].label != "container":
            continue
        if words[i + 1] == ":":
            marks = [x._replace(label="other") for x in labelled[i : i + 2]]
            return [*labelled[:i], *marks, *labelled[i + 2 :]]
        end = run_end(labelled, i + 1, "container")
        if words[end : end + 2] in (["(", "pp"], ["(", "p"]):
            return [*labelled[:i], labelled[i]._replace(label="other"), *labelled[i + 1 :]]
    return labelled


def chapter_in_book(by_label: dict[str, list[Span]]) -> None:
    """A chapter: "Title. In M. P. Zanna (Ed.), Book title (pp. 75-109). Publisher." The
    labeller marks both titles as titles; with editors named, the first is the chapter's
    and the next the book's (the container), and what it took for a journal after them is
    the publisher."""
    titles = by_label.get("title", [])
    if len(titles) < 2 or not by_label.get("editor"):
        return
    book = titles[1]
    text = re.sub(r",?\s*(?:edited|ed\.)\s+by\s*$", "", book.text.strip(), flags=re.I)
    by_label["title"] = [titles[0]]
    if by_label.get("container") and not by_label.get("publisher"):
        by_label["publisher"] = by_label["container"]
    by_label["container"] = [Span("container", text, book.confidence)]


def book_across_commas(labelled: list[Labelled]) -> list[Labelled]:
    """A book's title with commas in it ("Handbook of Examples, Tests and Medicine. Place:
    Press 2030:1-9", BMJ's and the Lancet's imprint), which the labeller read as the book on
    both sides of a comma it left to no field: one book, not its longer part alone. Only in
    a book's reference (a publisher or a place read, no volume), where a comma inside the
    container is no journal's."""
    labels = set(labels_in(labelled))
    if "container" not in labels or "volume" in labels or not {"publisher", "place"} & labels:
        return labelled
    out = list(labelled)
    for i in range(1, len(out) - 1):
        x = out[i]
        if x.token.text != "," or x.label != "other":
            continue
        if out[i - 1].label == out[i + 1].label == "container":
            out[i] = x._replace(label="container")
    return out
