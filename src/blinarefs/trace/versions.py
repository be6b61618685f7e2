"""A program's version with a citation glued after it: "SSPACE v 2.0.526 with" is version
2.0.5 and citation 26, or 2.0.52 and 6, or 2.0. and 526. Which digits the version keeps is
the order's to decide; these are the readings, weak unless the version's parts run longer
than versions do.
"""

from __future__ import annotations

import re

from .candidates import MEDIUM, WEAK, Candidate, expand_numbers
from .glued import LONGEST_RANGE
from .numberwords import LABEL_WORDS, QUANTITY_GOVERNORS, UNIT_WORDS
from .sitting import CITED_DIGITS

# a version's word, or its "v" glued to a program's name of four letters or more
# ("Trimmomaticv0.36", "limmav3.11"; not a channel's "Kv1.3", "Cav1.2"), then its parts
# up to the full stop a citation is glued after. The word optional and captured, and any
# number of parts: :func:`version_readings` weighs them (two stops or a word make it a
# version). Not ``punctuated._VERSION``, which needs the word and at most two parts to
# call the digits after the stop the version's own, nor ``textpos.VERSION_BEFORE`` (a
# whole version, no stop after it); why their words differ is said at the latter.
_VERSION = re.compile(
    r"((?:\b|(?<=[^\W\d_]{4}))(?:[Vv]|[Vv]er|[Vv]ersion|release)\.?\s?)?(\d+(?:\.\d+)*)\.$"
)

# A whole value whose full stops are its own, no version's: a count grouped in thousands
# with full stops, as Portuguese, Spanish and German print it ("21.939.196": two groups or
# more after the first, each of exactly three digits, which no version's parts are; one
# group is a version's part as well, "v1.212"), and a date printed day, month and year
# ("05.03.2019")
_WHOLE_VALUE = re.compile(
    r"\d{1,3}(?:\.\d{3}){2,}|(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])\.(?:19|20)\d\d"
)


def version_readings(text: str, start: int, end: int) -> list[Candidate]:
    """Readings of a run after a version's full stop: "SSPACE v 2.0.526 with" is version
    2.0.5 and citation 26, or 2.0.52 and 6, or 2.0. and 526. A version needs two full stops
    or a word that says so ("v 1.12.27"); weak, for the order to decide. Not inside a DOI, a
    URL or a path ("doi:10.1016/j.joi.2013.01.007"): digits there cite nothing."""
    words = text[max(0, start - 60) : start].split()
    if words and "/" in words[-1]:
        return []
    version = _VERSION.search(text, max(0, start - 30), start)
    if version is None:
        return []
    if not (version.group(1) or "." in version.group(2) or _named(text, version.start(2))):
        return []
    if _WHOLE_VALUE.fullmatch(text, version.start(2), end):
        return []  # "21.939.196 casos", "Data: 05.03.2019;": a count's groups, a date
    run = text[start:end]
    lead = run[: len(run) - len(run.lstrip("0123456789"))]
    # a version's last part seldom has three digits after two short parts ("2.2.31"), nor
    # four after one that a word calls a version: past that the copy glued a citation to
    # it ("bowtie v2.2.923", "version 3.9722"), and the readings that leave the version a
    # last part of its own are medium evidence. Not a catalogue's or a build's number
    # ("#850.790.096", "2.0.0.335"), whose parts run longer or more.
    parts = version.group(2).split(".")
    short = all(len(p) <= 2 for p in parts)
    glued = short and (
        (len(parts) == 2 and len(lead) >= 3)
        or (len(parts) == 1 and version.group(1) is not None and len(lead) >= 4)
    )
    out = []
    # the citation keeps two or three digits of a long run ("MAFFT v7.222113": 7.222, 113)
    for k in range(max(0, len(lead) - CITED_DIGITS), min(len(lead), max(3, len(lead) - 1))):
        cited = lead[k:] + run[len(lead) :]
        numbers = expand_numbers(cited) if cited[0] != "0" else None
        if numbers and len(numbers) <= LONGEST_RANGE:
            why = (f"after a version, '{version.group(2)}.{lead[:k]}'",)
            strength = MEDIUM if glued and k else WEAK
            out.append(Candidate(start + k, end, "superscript", strength, numbers, why=why))
    return out


# A program's name, then a space: "in RELION 1.446.", "using Mega 6.0654", "the Fasttree
# 2.146 software"; the name follows a word or a comma (no sentence opens with it)
_PROGRAM_BEFORE = re.compile(r"[\w,][^\S\n]([A-Z][\w-]*[A-Za-z])[^\S\n]$")


def _named(text: str, start: int) -> bool:
    """Whether the number at ``start`` follows a program's name in mid-sentence, where a
    version's full stop is the name's own: not a label's, a quantity's or a unit's word
    ("Table 2.15", "pH 7.517")."""
    name = _PROGRAM_BEFORE.search(text, max(0, start - 40), start)
    if name is None:
        return False
    word = name.group(1).lower()
    return len(word) > 2 and word not in LABEL_WORDS | QUANTITY_GOVERNORS | UNIT_WORDS
