"""A name glued to its citation comes back glued alike: "BWA19" cites each time.

A program's or a data set's name with its flattened citation ("aligned with BWA19",
"ASMap24,") recurs in a methods section, where every later mention repeats a number cited
before, which the order of first citations cannot tell from a name's digits. Where one
mention cited in turn, bringing in the next number of two digits or a group, the same
word with the same digits elsewhere is the same citation: a gene's or a strain's name
with its number does not first come exactly where the list's next number falls, then
recur. So too where a name (no lower-case word) that stands alone again and again carries
one number each time it carries digits, a number cited elsewhere ("STAR18" where "STAR"
stands alone and a group cites 18-20): a symbol carries its digits each time it is named.
And where a name cited that number after its comma or its parenthesis ("optB86b-vdW,53",
then "optB86b-vdW53"; "(RESTORE)31", then "RESTORE31":
:mod:`blinarefs.trace.cited_after_name`).
And where a long name's first mention sat where its number was next, but a neighbouring
mention took that citation ("(1) KELPAR12 ..., with its module KELPAR-Split12"), and the
name comes back glued to the same digits ("KELPAR12 was run again").
And where a name the text prints alone too carries the same digits at every clause end it
closes, its number cited ("under the SGLA1.", "under the SGLA1, and":
:mod:`blinarefs.trace.recited`).
Pure: the text, the candidates and the decisions taken on them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from .alone import AFTER_A_VALUE, past_a_members, word_counts
from .candidates import DASHES, IN_TURN, Candidate, expand_numbers, in_another_convention
from .cited_after_name import cited_after_a_name
from .infer import IN_ORDER, Decision
from .recited import recited_at_clause_ends

ALIKE = 0.5  # features.BASE[MEDIUM]: what a citation glued to a word is worth untroubled
CITED_ALIKE = "glued alike where it cited first in turn"
NAMED_ALONE = "glued alike each time to a name that stands alone, its number cited elsewhere"
CITED_AFTER = "glued alike to a name it cited after the name's comma or parenthesis"
RECITED = "glued alike to a name at each clause end it closes, its number cited"
ALONE = 2  # a name glued to one number stands alone twice as often at least
SHORTEST = 3  # letters of such a name
RECURRING = 2  # mentions of a name glued to the same digits, the first in turn
LONG_NAME = 5  # letters of such a name: longer than a gene's or a strain's symbol
_A_FAMILYS = ("like a gene symbol", ")")  # features: "is short ...", "carries other digits (X2)"


def cited_alike(
    text: str, candidates: Sequence[Candidate], decisions: Sequence[Decision]
) -> list[Candidate] | None:
    """``candidates`` with a citation's prior on each rejected one glued to a word exactly
    as one that brought in the next numbers, or None where there is none such."""
    # a member of a series of names cited in turn ("MuTect21, MuSE2, VarDict3") is no
    # chance, whatever its digits: its name and citation recur alike too
    keys = {
        _glued(text, d.candidate)
        for d in decisions
        if d.accepted
        and d.order.startswith(IN_ORDER)
        and (past_a_members(d.candidate) or IN_TURN in d.candidate.why)
        # a virus's "AH13" came in turn by chance in a text that cites "(13)"
        and not in_another_convention(d.candidate)
    }
    alone = _named_alone(text, decisions) - keys
    after = cited_after_a_name(text, decisions, _name_before) - keys - alone
    first = _first_met_in_turn(text, decisions) - keys - alone - after
    recited = recited_at_clause_ends(text, decisions, _glued) - keys - alone - after - first
    keys |= alone | after | first | recited
    keys.discard(("", ""))
    if not keys:
        return None
    runs = {name + digits: len(name) for name, digits in keys}
    out: list[Candidate] = []
    for cand, d in zip(candidates, decisions, strict=True):
        if not d.accepted and not in_another_convention(cand):
            cand = _split_alike(text, cand, runs)
        if (
            not d.accepted
            and not in_another_convention(cand)
            and any(_glued(text, r) in keys for r in cand.readings())
        ):
            # the reading glued alike ("DESeq2" and 37, not "DESeq" and 237) as a citation
            main, *others = (
                _alike(r, _reason(_glued(text, r), alone, after, recited))
                if _glued(text, r) in keys
                else r
                for r in cand.readings()
            )
            cand = replace(main, alternatives=tuple(others))
        out.append(cand)
    return out if any(a is not b for a, b in zip(out, candidates, strict=True)) else None


def _named_alone(text: str, decisions: Sequence[Decision]) -> set[tuple[str, str]]:
    """Names in capitals or mixed case glued each time they carry digits to one number
    cited elsewhere, that stand alone twice as often at least ("STAR18" thrice where
    "STAR" stands alone eight times and "approaches18–20" cites 18; "RefSeq21"): a program
    or a study and its citation, not a gene's or a strain's symbol, which carries its
    number each time; nor a unit after its value ("0.3 MPa49")."""
    counts = word_counts(text)
    cited = {n for d in decisions if d.accepted for n in d.candidate.numbers}
    out = set()
    for d in decisions:
        cand = d.candidate
        if d.accepted or len(cand.numbers) != 1 or not past_a_members(cand):
            continue
        if cand.numbers[0] not in cited or in_another_convention(cand):
            continue
        name, digits = _glued(text, cand)
        if not name.isalpha() or name.islower() or digits != str(cand.numbers[0]):
            continue
        at = cand.start - len(name)
        if len(name) < SHORTEST or (at and text[at - 1] in DASHES):
            continue  # "C18", "WD40", "NOX-E36": a letter's, a short symbol's, a code's digits
        if AFTER_A_VALUE.search(text, max(0, at - 3), at):
            continue  # "0.3 MPa49": a unit after its value
        carried = counts.carried[name]
        if carried == counts.names[name + digits] and counts.alone[name.lower()] >= ALONE * carried:
            out.add((name, digits))
    return out


def _split_alike(text: str, cand: Candidate, runs: dict[str, int]) -> Candidate:
    """``cand`` with one more reading where its name and digits together are a run that
    cited elsewhere as a name that ends in digits and its citation ("MuTect21" read whole
    as 21 here, as "MuTect2" and 1 where it cited in turn): that name and citation."""
    name, digits = _glued(text, cand)
    split = runs.get(name + digits, 0) - len(name)
    if not 0 < split < len(digits) or digits[split] == "0":
        return cand
    numbers = expand_numbers(digits[split:])
    if not numbers or any(r.start == cand.start + split for r in cand.readings()):
        return cand
    reading = replace(cand, start=cand.start + split, numbers=numbers, alternatives=())
    return replace(cand, alternatives=(*cand.alternatives, reading))


def _first_met_in_turn(text: str, decisions: Sequence[Decision]) -> set[tuple[str, str]]:
    """Names of letters, five at least and not all lower case, glued to the same digits
    twice or more, whose first mention sits exactly where its number is the next one first
    cited, though it was left as text ("(1) KELPAR12 was selected", then "KELPAR12 was run
    again"): a program's name and its citation, given at its first mention and glued again
    to each later one. A gene's or a strain's symbol ("Zrt12" again and again) is short, and
    one of a family carries other digits too; its first mention falls in turn by chance only."""
    seen: dict[tuple[str, str], int] = {}  # (name, digits) -> how often glued so
    met: dict[tuple[str, str], Decision] = {}  # ... and the decision on its first mention
    for d in decisions:
        for reading in d.candidate.readings():
            key = _glued(text, reading)
            if key[0]:
                seen[key] = seen.get(key, 0) + 1
                met.setdefault(key, d)
    out = set()
    for key, d in met.items():
        name = key[0]
        cand = d.candidate
        if (
            seen[key] < RECURRING
            or d.accepted
            or not d.order.startswith(IN_ORDER)
            or _glued(text, cand) != key  # the in-turn reading is the mention's own
            or not past_a_members(cand)
            or in_another_convention(cand)
            or len(name) < LONG_NAME
            or not name.isalpha()
            or name.islower()
            or any(r.endswith(_A_FAMILYS) for r in cand.why)
        ):
            continue
        out.add(key)
    return out


def _reason(
    key: tuple[str, str],
    alone: set[tuple[str, str]],
    after: set[tuple[str, str]],
    recited: set[tuple[str, str]],
) -> str:
    if key in recited:
        return RECITED
    return NAMED_ALONE if key in alone else CITED_AFTER if key in after else CITED_ALIKE


def _alike(reading: Candidate, why: str) -> Candidate:
    if reading.prior >= ALIKE:
        return reading
    return replace(reading, prior=ALIKE, why=(*reading.why, why))


def _glued(text: str, cand: Candidate) -> tuple[str, str]:
    """The name and the flattened digits glued to it ("BWA" and "19", "DESeq2" and "37"),
    or two empty strings."""
    if (
        cand.kind != "superscript"
        or cand.printed
        or not text[cand.start - 1 : cand.start].isalnum()
    ):
        return "", ""
    name = _name_before(text, cand.start)
    return (name, text[cand.start : cand.end]) if name else ("", "")


def _name_before(text: str, at: int) -> str:
    """The name that ends at ``at`` ("DESeq2", "BWA"), or ""."""
    name = _NAME_BEFORE.search(text, max(0, at - NAME_LENGTH), at)
    return name.group() if name else ""


NAME_LENGTH = 40  # characters of a name looked back over
_NAME_BEFORE = re.compile(r"(?<![^\W_])[^\W\d_][^\W_]*$")  # from a letter: "DESeq2", "BWA"
