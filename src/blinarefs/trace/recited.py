"""A name glued to the same number at every clause end it closes: a citation repeated.

A document, a law or a programme cited by its name is named again where the clause ends,
and a copy that flattens superscripts glues the same citation to each mention ("the
Springfield Garden Act3." and later "under the Act3, the towns"; "as the LBX1 states.",
"the LBX1, which"). The number was cited before, so the order of first citations cannot
tell it from a name's own digits, and a name with one digit printed again and again reads
as a member of a family ("Notch1", :mod:`blinarefs.trace.own_digits`). How every mention
sits does tell: a gene's or a strain's symbol is the subject or the object of its clause,
printed in mid-clause most of the time ("Notch1 signalling", "of Notch1 in"), and beside
its family's other members; a cited name closes its clause each time, where the manuscript
puts its citations; and a document's name stands alone too ("the LBX"), where a symbol
never does without its digits. So a name of three letters or more that the text prints alone
too, glued twice or more to the same digits, every mention right before a clause's
punctuation, carrying no other digits anywhere in the text, whose first mention was taken
as a citation or whose numbers accepted citations named before it, is cited alike at each
mention. Not after a slash or a dash (a unit's power, "kg/m2,"; a code's digits,
"NOX-E36."), nor listed beside a name that carries digits ("(SQA1, QPOL1, CP)": a
protein's or a gene's symbol, however often its letters stand alone); "lacking Qrt1. ...
needs Qrt1." stays a gene's name.
Pure: the text and the decisions taken on it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from .alone import word_counts
from .candidates import DASHES, Candidate, in_another_convention
from .infer import Decision
from .own_digits import ITEM_AFTER, ITEM_BEFORE

SHORTEST = 3  # letters of such a name: "LBX", not a unit's "mm" nor an axis's "x"
RECURRING = 2  # mentions, each at a clause end
LOOK_BACK = 60  # characters looked back over for a list's item before a mention
_CLAUSE_END = re.compile(r"[.,;:](?:\s|$)")
_DIGITS = re.compile(r"\d+")


def recited_at_clause_ends(
    text: str, decisions: Sequence[Decision], glued: Callable[[str, Candidate], tuple[str, str]]
) -> set[tuple[str, str]]:
    """(name, digits) of each name glued to the same digits at every clause end it closes,
    twice or more, its first mention taken as a citation or its numbers cited before it
    (the module's docstring). ``glued(text, candidate)``: the name and the digits glued to
    it, or two empty strings. Linear: each candidate is looked at once, and the text's
    names with digits are counted once (:func:`blinarefs.trace.alone.word_counts`)."""
    cited: set[int] = set()
    first: dict[tuple[str, str], bool] = {}  # key -> its first mention cites
    mentions: dict[tuple[str, str], list[Candidate]] = {}
    for d in decisions:
        cand = d.candidate
        key = glued(text, cand)
        if key[0] and _DIGITS.fullmatch(key[1]):
            if key not in first:
                first[key] = not in_another_convention(cand) and (
                    d.accepted or set(cand.numbers) <= cited
                )
            mentions.setdefault(key, []).append(cand)
        if d.accepted:
            cited.update(cand.numbers)
    return {
        key
        for key, cites in first.items()
        if cites and _every_mention_closes(text, *key, mentions[key])
    }


def _every_mention_closes(text: str, name: str, digits: str, mentions: list[Candidate]) -> bool:
    """Whether ``name`` (letters only, :data:`SHORTEST` at least, printed alone too) carries
    ``digits`` twice or more and never other digits, each time right before a clause's
    punctuation, never after a slash or a dash, and never listed beside an item that carries
    digits ("SQA1, QPOL1"). ``mentions``: the candidates glued so."""
    if len(mentions) < RECURRING or len(name) < SHORTEST or not name.isalpha():
        return False
    counts = word_counts(text)
    if not counts.alone[name.lower()] or not (
        counts.carried[name] == counts.names[name + digits] == len(mentions)
    ):
        return False  # "lag0 ... lag5": a family's members; or a mention no candidate
    for cand in mentions:
        at = cand.start - len(name)
        if at and text[at - 1] in f"/{DASHES}":
            return False  # "kg/m2", "NOX-E36"
        if not _CLAUSE_END.match(text, cand.end):
            return False
        if ITEM_AFTER.match(text, cand.end) or ITEM_BEFORE.search(text, max(0, at - LOOK_BACK), at):
            return False  # "(SQA1, QPOL1, CP)": a list's item beside others with digits
    return True
