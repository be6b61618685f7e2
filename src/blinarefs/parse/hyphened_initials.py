"""One name with hyphenated initials opening a reference that the labeller read as the title.

SAGE's Vancouver prints a reference of one author as "Roe J-P. Title. J Exampl 2030; 4:
1–9.", and the labeller, which has seen hyphenated initials mostly inside a list ("Roe J-P,
Doe K"), may read a family name it does not know, its initials and their full stop as the
title's first words, and the entry comes out with no author. Initials joined by a hyphen
("J-P", "Y-H", "J-PJ") and closed by a full stop open no title, so where nothing is read as
a name, a family name before them is the author.
"""

from __future__ import annotations

import re

from ..names import PARTICLES
from .labeller import Labelled, texts_of
from .name_ends import FAMILY_WORD
from .token_index import labels_in

# Initials joined by a hyphen, as the labeller's tokens print them ("J-P", "Y-H", "JP-J")
_HYPHENED = re.compile(r"[A-Z]{1,2}(?:-[A-Z]{1,2})+")


def hyphened_name_opens_title(labelled: list[Labelled]) -> list[Labelled]:
    """``labelled`` with a family name (three words at most) and its hyphenated initials,
    closed by a full stop, that open a title read where no name is read, as the author."""
    if "author" in labels_in(labelled) or len(labelled) < 5:
        return labelled
    words = list(texts_of(labelled))
    k = 0
    while (
        k < 3
        and k < len(words)
        and not _HYPHENED.fullmatch(words[k])
        and (words[k] in PARTICLES or FAMILY_WORD.fullmatch(words[k]))
    ):
        k += 1
    if not 0 < k < len(words) - 2:
        return labelled
    if not _HYPHENED.fullmatch(words[k]) or words[k + 1] != ".":
        return labelled
    if labelled[0].label != "title" or labelled[k + 2].label != "title":
        return labelled  # the name read as the title's start, the title going on after it
    return [
        *(x._replace(label="author") for x in labelled[: k + 1]),
        labelled[k + 1]._replace(label="other"),
        *labelled[k + 2 :],
    ]
