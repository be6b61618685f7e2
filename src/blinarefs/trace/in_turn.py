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
from itertools import pairwise

from .candidates import IN_TURN, STRONG, Candidate, expand_numbers

# A name of letters (and hyphens), glued to a number or a group ("Renaud6,7"): "DREAM-Yara16";
# not a name with digits of its own ("pICH47742-L1P2", "GLAM2,16": whose digits are whose?)
_MEMBER = re.compile(
    r"(?<![^\W_])([^\W\d_]+(?:[-/][^\W\d_]+)*)(\d{1,3}(?:[,–-]\d{1,3})*)(?![^\W_])"
)
# What stands between two members: a separator, perhaps a word before the next name
# ("MNN16 and Seurat CCA17")
_GAP = re.compile(r"[,;]? (?:(?:and|or|&) )?(?:[A-Z][^\W\d_]* )?")
# Residues of a protein numbered in turn ("K7, R8, W9", "Lys7, Arg8, Trp9"): one letter, or
# an amino acid's three
_RESIDUES = frozenset(
    "ala arg asn asp cys gln glu gly his ile leu lys met phe pro ser thr trp tyr val".split()  # noqa: SIM905
)
SHORT_SERIES = 2  # two members are a series only if their numbers have two digits
LONG_SERIES = 3


def listed_in_turn(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """``candidates`` (in text order) with the members of each series of names cited in turn
    read as strong flattened superscripts, in place of any other reading of their digits."""
    members = [m for chain in _chains(text) if _a_series(chain) for m in chain]
    if not members:
        return candidates
    found = [
        Candidate(m.start(2), m.end(2), "superscript", STRONG, numbers, why=(IN_TURN,))
        for m in members
        if (numbers := expand_numbers(m.group(2)))
    ]
    taken = {i for c in found for i in range(c.start, c.end)}  # short spans: linear
    kept = [c for c in candidates if not taken.intersection(range(c.start, c.end))]
    return sorted(kept + found, key=lambda c: c.start)


def _chains(text: str) -> list[list[re.Match[str]]]:
    """Runs of glued names one right after another, each glued to the number after the
    last one before it; a group that does not count up one by one ("GLAM2,16") is the
    name's digits and a citation, or two citations: no member."""
    chains: list[list[re.Match[str]]] = []
    chain: list[re.Match[str]] = []
    last = 0
    for m in _MEMBER.finditer(text):
        numbers = expand_numbers(m.group(2))
        if not numbers or any(b != a + 1 for a, b in pairwise(numbers)):
            if len(chain) >= SHORT_SERIES:
                chains.append(chain)
            chain, last = [], 0
            continue
        if chain and _GAP.fullmatch(text, chain[-1].end(), m.start()) and numbers[0] == last + 1:
            chain.append(m)
        else:
            if len(chain) >= SHORT_SERIES:
                chains.append(chain)
            chain = [m]
        last = numbers[-1]
    if len(chain) >= SHORT_SERIES:
        chains.append(chain)
    return chains


def _a_series(chain: list[re.Match[str]]) -> bool:
    """Different names, three or more, or two with numbers of two digits ("DIDA15 and
    DREAM-Yara16"; not "Sox2 and Oct3"), none of them a residue's letter or code."""
    names = {m.group(1).lower() for m in chain}
    if len(names) < len(chain) or any(len(n) == 1 or n in _RESIDUES for n in names):
        return False
    return len(chain) >= LONG_SERIES or all(_first(m) >= 10 for m in chain)


def _first(member: re.Match[str]) -> int:
    return (expand_numbers(member.group(2)) or (0,))[0]
