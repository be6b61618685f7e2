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

from .candidates import MOSTLY, WEAK, Candidate
from .glued import name_before
from .refindex import ReferenceIndex
from .textpos import after_is_boundary

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
    return own_papers(body, [_titled(body, c, index) for c in candidates], index)


def own_papers(body: str, candidates: list[Candidate], index: ReferenceIndex) -> list[Candidate]:
    """The candidates, with a reading of each digit run glued to a name that no candidate
    reads, where the reference of that number is the name's own paper: its title opens with
    the name and a colon ("QuSE5," beside "QuSE: accounting for ..."; dev and the tune sets:
    118 such glued runs, all citations). One digit glued to a name in mixed case reads no
    citation by how it sits ("MuTect21, QuSE5, and"). Only in a text that cites by flattened
    superscripts, with the prior ``TITLED``: the order decides."""
    flat = sum(c.kind == "superscript" and not c.printed and c.prior > 0 for c in candidates)
    if flat * 2 <= sum(c.prior > 0 for c in candidates):
        return candidates
    covered = {i for c in candidates for r in c.readings() for i in range(r.start, r.end)}
    found = []
    for m in _GLUED_RUN.finditer(body):
        start, end = m.span()
        if start in covered or not after_is_boundary(body, end):
            continue
        name = name_before(body, start)
        ref = index.by_number.get(int(m.group()))
        if ref is None or not _opens_with(ref.title or "", name):
            continue
        why = (f"the cited work's title opens with '{name}'",)
        cand = Candidate(start, end, "superscript", WEAK, (int(m.group()),), prior=TITLED, why=why)
        if _names_its_work(body, cand, index):
            found.append(cand)
    return sorted(candidates + found, key=lambda c: c.start) if found else candidates


_GLUED_RUN = re.compile(r"(?<=[^\W\d_])[1-9]\d{0,2}(?!\d)")  # digits glued to a letter


def _opens_with(title: str, name: str) -> bool:
    """Whether ``title`` opens with ``name`` and a colon, as a tool's own paper does
    ("novaSplit: local assembly ...")."""
    return title.startswith(f"{name}:") and title[len(name) + 1 : len(name) + 2].isspace()


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
    if reading.numbers[0] < FEWEST and not _opens_with(title, name):
        return False  # one digit: only the name's own paper ("novaSplit: local assembly ...")
    run = body[reading.start : reading.end]
    tails = {m.group(1) for m in re.finditer(rf"(?<![^\W_]){re.escape(name)}(\d+)", body)}
    return not tails - {run}
