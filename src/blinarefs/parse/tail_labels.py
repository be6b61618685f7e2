"""What the labeller read of a tail the rules read (:mod:`.tails`): set aside, with the
title before it mended, and the journal's start where the labeller saw the title end."""

from __future__ import annotations

import re

from .features import JOURNAL_WORDS
from .labeller import Labelled
from .token_index import run_end


def set_aside_tail(
    labelled: list[Labelled], start: int, names_only: bool = False, title_from: int | None = None
) -> list[Labelled]:
    """The tokens from ``start`` on, a tail read by rule, set aside ("other"); before it,
    what the labeller took for the journal is the title's end, the tail having found the
    journal after it ("Roe A. Pretend results, in mice. Fict. Rep. 4, 5 (2030).", whose
    "in mice" the labeller may read as the journal's first words). With no title before
    the tail, the words after the names' last comma are the title, though the labeller
    took them for one more name ("Roe R., Pretend results. Fict. Rep. 4, 5 (2030)."). With
    ``names_only`` (the tail found nothing but names before it), the title the labeller
    read there is the names' end ("A. Roe and B. Doe, Made Sci., 2030, 11, 1"). With
    ``title_from``, where the title the rule read starts (:mod:`.acs_titles`), every token
    from there to the tail is the title's."""
    if names_only:
        labelled = [
            x._replace(label="author")
            if x.token.start < start and x.label in ("title", "container")
            else x
            for x in labelled
        ]
        labelled = [  # and the marks between two of them ("S" "." | "Roe")
            x._replace(label="author")
            if 0 < i < len(labelled) - 1
            and x.label == "other"
            and x.token.text in ".,"
            and labelled[i - 1].label == labelled[i + 1].label == "author"
            else x
            for i, x in enumerate(labelled)
        ]
    if title_from is not None:  # the rule read the title too: its tokens are the title's
        labelled = [
            x._replace(label="title") if title_from <= x.token.start < start else x
            for x in labelled
        ]
    out = [
        x._replace(label="other")
        if x.token.start >= start
        else x._replace(label="title")
        if x.label == "container"
        else x
        for x in labelled
    ]
    before = [i for i, x in enumerate(out) if x.token.start < start]
    if not before or any(out[i].label == "title" for i in before):
        return out
    comma = max((i for i in before if out[i].token.text == ","), default=-1)
    words = out[comma + 1 : before[-1] + 1]
    if comma < 0 or not words or any(x.label != "author" for x in words if x.token.text != "."):
        return out
    if any(re.fullmatch(r"[A-Z]{1,3}", x.token.text) for x in words):
        return out  # a name's initials: "Roe R., Doe A. Fict. Rep." prints no title
    return [*out[: comma + 1], *(x._replace(label="title") for x in words), *out[before[-1] + 1 :]]


def title_end_in_tail(
    labelled: list[Labelled], tail: tuple[int, dict[str, object]]
) -> tuple[int, dict[str, object]]:
    """A journal read by rule from the title's last comma ("Title, Antarctica. J. Glaciol.
    60, 795 (2030)."), which the labeller read as the title's end, a full stop, then the
    journal: the journal starts after that full stop (not after a word journals abbreviate,
    "Title, Can. J. Made Res. 43, 1 (2030).")."""
    start, fields = tail
    inside = [x for x in labelled if x.token.start >= start]
    k = run_end(inside, 0, "title")
    journal = str(fields.get("container_title", ""))
    if not 0 < k < len(inside) - 1 or inside[k].token.text != "." or not journal:
        return tail
    word = inside[k - 1].token.text
    if len(word) < 4 or word.lower() in JOURNAL_WORDS:  # "Title, Can. J. Made Res. 43, 1"
        return tail
    if any(x.token.text == "." for x in inside[:k]):  # "Title. J. Made Cult" | "Psychol"
        return tail
    if inside[k + 1].label != "container":
        return tail
    cut = inside[k + 1].token.start
    rest = journal[cut - start :].strip()
    return (cut, {**fields, "container_title": rest}) if rest else tail


def title_kept_before_tail(labelled: list[Labelled], start: int) -> list[Labelled]:
    """No title past the start of a tail read by rule: the rules that grow a title over
    words the labeller gave to no field ("... syndrome later" | ".") would otherwise take in
    the journal's words the tail set aside ("Title, Made Acids Res. 37 (2030) 1-9." read as
    the title "Title, Made Acids Res"); the tail's fields are its own."""
    if not any(x.label == "title" and x.token.start >= start for x in labelled):
        return labelled
    return [
        x._replace(label="other") if x.label == "title" and x.token.start >= start else x
        for x in labelled
    ]
