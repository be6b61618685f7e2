"""Chapters whose book comes before its editors, in the house styles that print them so:
Frontiers' "in Book Title, eds M. Reed, P. Roe (Place: Publisher)", the neuroscience
journals' "In: Book title (Reed M, Roe P, eds)", Chicago's "In Book, edited by Kim Reed,"
and IEEE's "in Book, 2nd ed., K. Reed, Ed. Place:". Those whose editors come first are
:func:`.chapters.editors_in`'s."""

from __future__ import annotations

import re
from itertools import compress, count, repeat
from operator import eq

from .chapters import EDITOR_MARKS, NAME_WORDS
from .labeller import Labelled, texts_of


def editors_after_book(labelled: list[Labelled]) -> list[Labelled]:
    """Chapters whose book comes before its editors: Frontiers' "“Title,” in Book Title,
    eds M. Reed, P. Roe (Place: Publisher), 75-109" and the neuroscience journals' "Title.
    In: Book title (Reed M, Roe P, eds), pp 75-109.": the book between "in" and the
    editors, the editors between their marks, then (Frontiers) the place and the publisher
    in the parenthesis. The labeller, trained mostly on journal articles, reads the book's
    last word and the editors as more names, or runs them into the title; the marks say
    where each part ends."""
    words = list(texts_of(labelled))
    for i in compress(count(), map(eq, map(str.lower, words), repeat("in"))):  # (in C)
        word = words[i]
        if len(word) != 2:
            continue
        after_stop = i > 0 and words[i - 1] in (",", ".", "”", '"', ":")
        colon = words[i + 1 : i + 2] == [":"]
        if not (after_stop or (word == "In" and colon)):
            continue
        start = i + 1 + colon
        for j in range(start + 1, min(start + 40, len(words) - 2)):
            found = _editors_at(words, j)
            if found is None:
                continue
            names, names_end, end = found
            run = words[names:names_end]
            if (
                not run
                or not run[0][:1].isupper()
                or ({w for w in run if w.isalpha() and w.islower()} - NAME_WORDS)
            ):
                return labelled  # a sentence, not names
            rest = labelled[end:]
            return [
                *labelled[:i],
                *(x._replace(label="other") for x in labelled[i:start]),
                *_book_and_edition(labelled[start:j]),
                *(x._replace(label="other") for x in labelled[j:names]),
                *(x._replace(label="editor") for x in labelled[names:names_end]),
                *(x._replace(label="other") for x in labelled[names_end:end]),
                *(_place_and_publisher(rest) if words[names_end:end] == [] else rest),
            ]
    return labelled


def _editors_at(words: list[str], j: int) -> tuple[int, int, int] | None:
    """The editors after a book ending at ``words[j]``: where their names start and end,
    and where their marks end. ", eds M. Reed, P. Roe (" (the names up to the
    parenthesis, which stays) or "(Reed M, Roe P, eds)," and "(eds Reed M, Roe P),"
    (the names inside it); Chicago's
    ", edited by Kim Reed, 75-109." and IEEE's ", K. Reed, Ed. Place:" (the mark after
    the names, with its capital: "2nd ed." is an edition)."""
    if words[j] == "," and [w.lower() for w in words[j + 1 : j + 3]] == ["edited", "by"]:
        end = next((k for k in range(j + 3, len(words)) if words[k] in (",", ".")), -1)
        return (j + 3, end, end) if end > j + 4 else None
    if words[j] == "," and (mark := _postfix_mark(words, j)) is not None:
        return mark
    if words[j] == "," and words[j + 1].lower() in EDITOR_MARKS:
        if re.fullmatch(r"[A-Z]{1,3}", words[j - 1]):
            return None  # Vancouver's "In: Roe JB, editor. Book": the names come first
        names = j + 2 + (words[j + 2] == ".")
        opening = words.index("(", names) if "(" in words[names:] else -1
        return (names, opening, opening) if opening > 0 else None
    if words[j] != "(":
        return None
    close = words.index(")", j) if ")" in words[j : j + 30] else -1
    inside = words[j + 1 : close]
    if close > 0 and len(inside) >= 3 and inside[0].lower() in EDITOR_MARKS:
        # the Royal Society's "In Book (eds M Reed, P Roe), pp. 75-109.": the mark first
        names = j + 2 + (inside[1] == ".")
        return (names, close, close + 1) if close > names + 1 else None
    if close < 0 or len(inside) < 3 or inside[-1].rstrip(".").lower() not in EDITOR_MARKS:
        return None
    comma = close - 2 if inside[-2] == "," else -1
    return (j + 1, comma, close + 1) if comma > j + 1 else None


def _book_and_edition(run: list[Labelled]) -> list[Labelled]:
    """The book's words, and its edition after them as read ("Book, 2nd ed."), or its
    volume ("Book, vol. II")."""
    words = [x.token.text for x in run]
    if (
        len(run) > 4
        and words[-4:-2] in ([",", "vol"], [",", "Vol"])
        and words[-2] == "."
        and _VOLUME.fullmatch(words[-1])
    ):
        return [
            *(x._replace(label="container") for x in run[:-4]),
            *(x._replace(label="other") for x in run[-4:-1]),
            run[-1]._replace(label="volume"),
        ]
    edition = next((k for k, x in enumerate(run) if x.label == "edition"), len(run))
    while edition > 0 and run[edition - 1].token.text in (",", "."):
        edition -= 1
    return [
        *(x._replace(label="container") for x in run[:edition]),
        *(x if x.label == "edition" else x._replace(label="other") for x in run[edition:]),
    ]


_VOLUME = re.compile(r"\d{1,4}|[IVXL]{1,5}")


def _postfix_mark(words: list[str], j: int) -> tuple[int, int, int] | None:
    """IEEE's ", K. Reed and P. Roe, Eds." after a book: the names up to ", Ed(s).",
    when they are initials and names only."""
    for k in range(j + 3, min(j + 24, len(words) - 1)):
        if words[k] == "," and words[k + 1] in ("Ed", "Eds"):
            run = words[j + 1 : k]
            if not re.fullmatch(r"[A-Z]", run[0]) or run[1:2] != ["."]:
                return None
            if any(w.isalpha() and w.islower() and w not in NAME_WORDS for w in run):
                return None
            return j + 1, k, k + 2 + (words[k + 2 : k + 3] == ["."])
    return None


def _place_and_publisher(rest: list[Labelled]) -> list[Labelled]:
    """ "(Place: Publisher)" opening ``rest``: the place and the publisher between the
    marks; anything else as it was labelled."""
    words = [x.token.text for x in rest]
    close = words.index(")") if ")" in words else -1
    colon = words.index(":") if ":" in words[:close] else -1
    if close < 0 or colon < 2 or colon + 1 >= close:
        return rest
    return [
        rest[0]._replace(label="other"),
        *(x._replace(label="place") for x in rest[1:colon]),
        rest[colon]._replace(label="other"),
        *(x._replace(label="publisher") for x in rest[colon + 1 : close]),
        rest[close]._replace(label="other"),
        *rest[close + 1 :],
    ]
