"""BMJ's chapters, whose "In:" is printed as a spaced colon: "Title : Roe J, Doe K, eds.
Book title. Place: Publisher" (the markup's chapter title, person group and source, with
the renderer's " : " between them and no "In")."""

from __future__ import annotations

import re

from .chapters import EDITOR_MARKS, NAME_WORDS, read_chapter
from .labeller import Labelled, texts_of
from .token_index import labels_in, where

# A Vancouver name's initials ("J", "JB", "J-P")
_INITIALS = re.compile(r"[A-Z]{1,3}(?:[-‐][A-Z])?")


def _vancouver_names(words: list[str], k: int) -> tuple[int, int]:
    """Where a run of Vancouver names from ``words[k]`` ends ("Roe J, Doe KB, et al,"):
    the index of the comma after its last name (or of "et al"'s), and how many names."""
    last, count = k, 0
    while True:
        n = k
        while (
            n < k + 4
            and n < len(words)
            and (words[n][:1].isupper() or words[n] in NAME_WORDS)
            and not _INITIALS.fullmatch(words[n])
        ):
            n += 1
        if n == k or n >= len(words) - 1 or not _INITIALS.fullmatch(words[n]):
            break
        if words[n + 1] != ",":
            break
        last, count, k = n + 1, count + 1, n + 2
    if count and words[k : k + 3] == ["et", "al", ","]:
        last = k + 2
    return last, count


def editors_after_spaced_colon(labelled: list[Labelled]) -> list[Labelled]:
    """BMJ's print of a chapter leaves out "In" and keeps its colon, spaced: "Title : Roe
    J, Doe K, eds. Book title. Place: Publisher" or, with no editors' mark, "Title : Roe J,
    Doe K, et al, Book title.". A spaced colon inside a title opens a subtitle, and no
    subtitle opens with a run of names and their commas: after the title, the colon followed
    by names up to a comma (or their mark) and a capital stands for "In:"."""
    words = list(texts_of(labelled))
    labels = labels_in(labelled)
    for c in where(labelled, ":"):  # (the colons, found in C: the rest are passed over)
        if not 2 <= c < len(words) - 3:
            continue
        if not labelled[c].token.space_before or "title" not in labels[:c]:
            continue
        last, count = _vancouver_names(words, c + 1)
        if not count:
            continue
        end = last + 1
        if words[end].lower() in EDITOR_MARKS:
            end += 1 + (words[end + 1 : end + 2] in ([","], ["."]))
        if end < len(words) and words[end][:1].isupper():
            # the title's words up to the colon, which the labeller may have read as the
            # first of the editors ("Title. A first look : Roe J, ...")
            title = max(k for k in range(c) if labels[k] == "title")
            head = [
                *labelled[: title + 1],
                *(x._replace(label="title") for x in labelled[title + 1 : c]),
            ]
            return read_chapter([*head, *labelled[c:]], words, c, c + 1, last, end)
    return labelled
