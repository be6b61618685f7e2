"""Flattened superscripts glued to names listed in turn, each the next number of the list.

"methods such as BLASR6, GraphMap7, Kart8 and NGMLR9", "in TCGA30 and COSMIC31 databases",
"LdhA23 and FrdABCD24 are": programs, databases, genes or authors named one after another,
each glued to the number that follows the one before. One name glued to digits may be a
gene symbol ("NGMLR9" alone says nothing); a series of different names whose digits count
up one by one is a list of citations, which a manuscript numbered by first citation prints
so when it cites tools or studies in a row. Members of one family ("AAV1, AAV2 and AAV5",
"Cap8 or Cap9") share their name and are no series. Pure and linear: one regex pass.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from .candidates import IN_TURN, STRONG, Candidate, expand_numbers
from .numberwords import RESIDUES

# A name glued to a number or a group ("Renaud6,7", "DREAM-Yara16"); the name may carry
# digits of its own, for the series to place ("MuTect21, MuSE2, VarDict3" is MuTect2 and
# citation 1, then 2 and 3; "Sap30p27 and Ume1p28" is Sap30p and citation 27). The last run
# of digits after a letter is found first, then the name before it (at most NAME_REACH
# characters back): a pattern that matched the name first tried every hyphenated part of a
# long chain ("a-a-a-...") again from each part's start
_RUN = re.compile(r"(?<=[^\W\d_])(\d{1,6})((?:[,–-]\d{1,3})*)(?![^\W_])")
_NAME = re.compile(r"[^\W_]*[^\W\d_](?:[-/][^\W_]*[^\W\d_])*")
NAME_REACH = 40
# What stands between two members: a separator, perhaps a word before the next name
# ("MNN16 and Seurat CCA17")
_GAP = re.compile(r"[,;]? (?:(?:and|or|&) )?(?:[A-Z][^\W\d_]* )?")
MEMBER_DIGITS = 3  # a citation's digits at most; the rest of a longer run ends the name
_DIGIT = re.compile(r"\d")
SHORT_SERIES = 2  # two members are a series only if their numbers have two digits
LONG_SERIES = 3


@dataclass(frozen=True, slots=True)
class _Member:
    """One way to read a glued name: where its citation starts, the name before it and the
    numbers it cites."""

    name: str
    start: int
    end: int
    numbers: tuple[int, ...]


def listed_in_turn(text: str, candidates: list[Candidate], start: int = 0) -> list[Candidate]:
    """``candidates`` (in text order) with the members of each series of names cited in turn
    read as strong flattened superscripts, in place of any other reading of their digits.
    Only from ``start`` on: before it is the title and author block, whose authors glued to
    their affiliations' numbers are such a series too ("Roe1,2, Doe3, Poe4")."""
    found = [
        Candidate(m.start, m.end, "superscript", STRONG, m.numbers, why=(IN_TURN,))
        for chain in _chains(text)
        if _a_series(chain)
        for m in chain
        if m.start >= start
    ]
    if not found:
        return candidates
    taken = {i for c in found for i in range(c.start, c.end)}  # short spans: linear
    kept = [c for c in candidates if not taken.intersection(range(c.start, c.end))]
    return sorted(kept + found, key=lambda c: c.start)


@dataclass(frozen=True, slots=True)
class _Glued:
    """A name and the digits glued to it: ``run`` is its last run of digits, ``rest`` the
    rest of a group ("Renaud6,7": "6" and ",7")."""

    start: int
    name: str
    run_start: int
    run: str
    rest: str
    end: int


def _glued(text: str) -> list[_Glued]:
    """Every name with digits glued to it, in text order: linear, each name looked for at
    most NAME_REACH characters back from its digits."""
    out = []
    for m in _RUN.finditer(text):
        start = m.start()
        while start > max(0, m.start() - NAME_REACH) and (
            text[start - 1].isalnum()
            or (text[start - 1] in "-/" and text[start - 2 : start - 1].isalnum())
        ):
            start -= 1
        if text[start - 1 : start].isalnum() or not _NAME.fullmatch(text, start, m.start()):
            continue  # a name longer than any, or one whose parts end in digits
        out.append(_Glued(start, text[start : m.start()], m.start(), m[1], m[2], m.end()))
    return out


def _readings(g: _Glued) -> list[_Member]:
    """The ways a glued name splits into a name and a group that counts up one by one: the
    whole last run of digits first ("VarScan24": 24), then its shorter tails, the rest
    staying the name's (VarScan2 and 4). A group that does not count up ("GLAM2,16": the
    name's digits and a citation, or two citations?) gives none."""
    out = []
    for k in range(max(0, len(g.run) - MEMBER_DIGITS), len(g.run)):
        if g.run[k] == "0":
            continue
        numbers = expand_numbers(g.run[k:] + g.rest)
        if numbers and all(b == a + 1 for a, b in pairwise(numbers)):
            out.append(_Member(g.name + g.run[:k], g.run_start + k, g.end, numbers))
    return out


def _chains(text: str) -> list[list[_Member]]:
    """Runs of glued names one right after another, each glued to the number after the
    last one before it, each name read the way that makes the run longest."""
    glued = [(g, _readings(g)) for g in _glued(text)]
    chains: list[list[_Member]] = []
    i = 0
    while i < len(glued):
        best: list[_Member] = []
        for first in glued[i][1]:
            chain = [first]
            for j in range(i + 1, len(glued)):
                (before, _), (g, readings) = glued[j - 1], glued[j]
                nxt = [r for r in readings if r.numbers[0] == chain[-1].numbers[-1] + 1]
                if not nxt or not _GAP.fullmatch(text, before.end, g.start):
                    break
                chain.append(nxt[0])
            if len(chain) > len(best):
                best = chain
        if len(best) >= SHORT_SERIES:
            chains.append(best)
        i += max(1, len(best))
    return chains


def _a_series(chain: list[_Member]) -> bool:
    """Different names, three or more, or two with numbers of two digits ("DIDA15 and
    DREAM-Yara16"; not "Sox2 and Oct3"), none of them a residue's letter or code. Names
    that differ only in their digits are one family's ("DP3DM2, DP4DM3", "G47, G18, G69")."""
    names = {_DIGIT.sub("", m.name).lower() for m in chain}
    if len(names) < len(chain) or any(len(n) == 1 or n in RESIDUES for n in names):
        return False
    return len(chain) >= LONG_SERIES or all(m.numbers[0] >= 10 for m in chain)
