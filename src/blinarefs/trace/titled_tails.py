"""Digits glued to a name that the cited work's own title prints: a citation of that work.

A program, a data set or a programme is cited with the paper that made it, and that paper's
title names it: "tRNAscan-SE15" where reference 15 is "tRNAscan-SE: a program for ...",
"PRISMA19" again and again where reference 19 is "Impact of PRISMA, a ...", "DcMYB726"
where reference 26 is "... insertions in DcMYB7 alter ...". Nothing in the text tells such
a name from a gene's symbol and its number ("PRISMA19" recurs as "Trip13" does), and the
order takes no repeat; the list does: a gene's digits name no reference whose title prints
the gene. A name is two letters and three characters at least (a title's "R:" or "MEGA X"
prints a letter that many names carry), printed whole in the title, not with more letters
or digits after it ("BRAKER1" is no "BRAKER"), and the citation a number of two digits at
least: one digit after a name is a family member's as often ("Cas9" beside a work on
"a Cas system"), unless the title opens with the name and a colon, as a tool's own paper
does ("novaSplit5" beside "novaSplit: local assembly ..."; dev and the tune sets: 118 such
glued runs, all citations). Needs the references' titles
(:class:`~blinarefs.trace.refindex.ReferenceIndex`); without them nothing changes.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .candidates import MOSTLY, Candidate
from .glued import name_before
from .refindex import ReferenceIndex

TITLED = 2.0  # the prior of a reading whose reference's title names what it is glued to
SHORTEST_NAME = 3
FEWEST = 10  # one digit glued to a name is its member's as often ("Cas9" beside a work on Cas)


def titled_tails(body: str, candidates: list[Candidate], index: ReferenceIndex) -> list[Candidate]:
    """The candidates, each flattened run glued to a name that its reference's title
    prints read with the prior ``TITLED`` at least; a reading among a run's alternatives
    that is so becomes its first (" DESeq274" beside 77 references, reference 74 "... with
    DESeq2": DESeq2 and 74, not 274)."""
    if not any(ref.title for ref in index.references):
        return candidates
    return [_titled(body, c, index) for c in candidates]


def _titled(body: str, cand: Candidate, index: ReferenceIndex) -> Candidate:
    if cand.kind != "superscript" or cand.printed:
        return cand
    readings = (cand, *cand.alternatives)
    named = [r for r in readings if _names_its_work(body, r, index)]
    if not named:
        return cand
    first = named[0]
    why = (*first.why, f"the cited work's title names '{name_before(body, first.start)}'")
    chosen = replace(first, prior=max(first.prior, TITLED), why=why)
    return replace(chosen, alternatives=tuple(r for r in readings if r is not first))


def _names_its_work(body: str, reading: Candidate, index: ReferenceIndex) -> bool:
    """Whether ``reading`` cites one reference only and is glued to a name its title prints,
    in a text that cites so (not "the manuscript mostly cites as" brackets) and prints the
    name with these digits only: "Tat72" beside "Tat86" and "Tat101" is one of a family of
    variants, whatever reference 72 is about."""
    name = name_before(body, reading.start)
    if len(reading.numbers) != 1 or len(name) < SHORTEST_NAME:
        return False
    if sum(ch.isalpha() for ch in name) < 2 or any(r.startswith(MOSTLY) for r in reading.why):
        return False
    ref = index.by_number.get(reading.numbers[0])
    title = ref.title if ref is not None else ""
    if not title or not re.search(rf"(?<![^\W_]){re.escape(name)}(?![^\W_])", title):
        return False
    if reading.numbers[0] < FEWEST and not re.match(rf"{re.escape(name)}:\s", title):
        return False  # one digit: only the name's own paper ("novaSplit: local assembly ...")
    run = body[reading.start : reading.end]
    tails = {m.group(1) for m in re.finditer(rf"(?<![^\W_]){re.escape(name)}(\d+)", body)}
    return not tails - {run}
