"""Choosing the markers: the most consistent set of candidates over the whole manuscript.

A numbered manuscript cites each reference first in list order: the first citations run
1, 2, 3, ... and later ones may repeat any number already cited. So the best reading is a
path through the candidates, in text order, that accepts or rejects each one; its score is
the sum, over accepted candidates, of their priors (:mod:`blinarefs.trace.features`) and of
the log-likelihood ratio of their numbers given how far the first citations have run in
turn before them and the few numbers cited ahead of that run (the state:
:mod:`blinarefs.trace.cited_ahead`), weighed by :mod:`blinarefs.trace.order_priors`: a
citation brings in the next number often (0.6), skips k numbers rarely (by 1 / (1 + k):
tables and figures cite some first) and otherwise repeats one of the numbers
already cited; digits that are not citations take any of about twenty small values. A
number past the list costs; but once the first citations near the list's end, numbers just
past it that go on coming in order are kept (a list cut short, or one that lost items:
``check`` calls them dangling), and in a list numbered alphabetically, numbers just past
its end that strong candidates cite densely extend it (:func:`reach`).
Explicit syntax (``[n]``, ``<sup>``, keys) is always accepted and moves the state too.

How far the order holds is judged first (:func:`order_trust`, or the list's own
alphabetical order: :mod:`blinarefs.trace.list_order`): where the manuscript's markers leave
it in doubt, each candidate's order is scored as a mixture of the two readings below.
In a list numbered alphabetically the order says nothing; there a manuscript's habit of
citing every reference it lists speaks instead: a candidate rejected on its own evidence
that names only references nothing accepted cites is taken after all, by odds that grow as
fewer references are left uncited.

Viterbi over that state, with a beam of the best few states: linear in the number of
candidates. Decisions whose score hangs on a thin margin are returned as uncertain, so a
checker can report them instead of silently dropping or adding a citation.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, replace
from itertools import pairwise

from .candidates import NEXT_ONLY, STRONG, SYNTAX, Candidate, in_another_convention
from .cited_ahead import State, after, far_past, new_numbers, opening, skipped
from .group_unit import unit_credit
from .order_priors import (
    NEW,
    PAST_LIST,
    SETTLED,
    SPREAD,
    OrderPriors,
    priors_of,
    terms_of,
    terms_of_first,
)
from .table_cells import ALONE

SHORT_GROUP = 6  # a citation's range seldom names more; a doubtful one past it is no group
CUT_SHARE = 0.25  # a list cut short, or one that lost items, lost at most this share of it
NEAR = 5  # numbers past the list are kept in order once the state is this near its end
# (or a quarter of the list's length from it, in a short list)
FLOOR = -3.0
UNCERTAIN = 0.75  # a decision whose score is within this of the other choice (log-odds)
BEAM = 12
ANY = (1 - NEW) * SPREAD / SETTLED  # a citation of any number, as a repeat in a long text
STRONG_PRIOR = 2.0  # features.BASE[STRONG]: no feature spoke against it
IN_ORDER = "brings in the next number"  # a decision's order, where it cites first in turn


@dataclass(frozen=True, slots=True)
class Decision:
    """One candidate, whether it was taken as a citation, and by what margin."""

    candidate: Candidate
    accepted: bool
    margin: float  # score of accepting minus score of rejecting, at the chosen path's state
    order: str  # how its numbers follow the ones cited before it

    certain: bool = False

    @property
    def uncertain(self) -> bool:
        return not self.certain and abs(self.margin) < UNCERTAIN


def _step(
    cand: Candidate, state: State, size: int | None, trust: float = 1.0
) -> tuple[float, State, str]:
    """(score of the numbers' order, the new state, in words) for accepting ``cand``, the
    order weighed by ``trust`` (:func:`order_trust`): a mixture of the two models where the
    manuscript leaves it in doubt whether its list is numbered by first citation."""
    if not cand.numbers:
        return 0.0, state, "keyed"
    if trust <= 0:
        score, words = _loose(cand, size)
        return score, state, words
    strict = _ordered_step(cand, state, size)
    if trust >= 1:
        return strict
    loose = _loose(cand, size)[0]
    top = max(strict[0], loose)  # log-sum-exp: a long group's score overflows exp()
    mixed = top + math.log(trust * math.exp(strict[0] - top) + (1 - trust) * math.exp(loose - top))
    return mixed, strict[1], strict[2]


def _loose(cand: Candidate, size: int | None) -> tuple[float, str]:
    """(score, in words) of ``cand``'s numbers in a list numbered alphabetically: a citation
    is as likely as a repeat."""
    if size is not None and all(n > size for n in cand.numbers):
        return PAST_LIST, f"past the end of the list ({size})"
    past = size is not None and any(n > size for n in cand.numbers)
    return PAST_LIST * past + math.log(ANY), "in a list not numbered by first citation"


def _ordered_step(cand: Candidate, state: State, size: int | None) -> tuple[float, State, str]:
    """:func:`_step` in a list numbered by first citation."""
    priors = priors_of(cand)
    if size is None or all(n <= max(size, state[0]) for n in cand.numbers):
        # numbers past the list, but no higher than the first citations have run already:
        # repeats of citations taken past a list cut short
        # a long range vouches for its further numbers only where its sitting does not
        # speak against it: "(ZY007-32)", "version 2.31-8" and "C-peptide 19-35" open on
        # the next number by chance, and would carry any doubt by their length alone; a
        # short group is as a citation's is ("China12–14.", "40%13,14 due"), and so is a
        # list that skips numbers ("reported 28, 29, 45–48.")
        # a range alone in a table's cell is a value's ("Site 9\t14\t(17–22)"), whatever
        # its length
        vouched = ALONE not in cand.why and (
            cand.prior >= 0
            or cand.strength >= SYNTAX
            or len(cand.numbers) <= SHORT_GROUP
            or max(cand.numbers) - min(cand.numbers) >= len(cand.numbers)
        )
        clean = cand.prior >= 0 or cand.strength >= SYNTAX  # its numbers may run ahead
        # a flattened superscript's or a parenthesised group is evidence as a unit, printed
        # as the manuscript cites (not "VEGFR1-3" where it cites "[13]"); not a long
        # unbroken run ("EcMazF1–50", a residues' "(1–50)")
        flat = (
            cand.kind in ("superscript", "paren")
            and not cand.printed
            and cand.strength < SYNTAX
            and not in_another_convention(cand)
        )
        run = len(cand.numbers) > SHORT_GROUP and max(cand.numbers) - min(cand.numbers) < len(
            cand.numbers
        )
        unit = size if flat and cand.prior >= 0 and not run else 0
        return _in_order(cand.numbers, state, True, priors, vouched=vouched, ahead=clean, unit=unit)
    listed = [n for n in cand.numbers if n <= size]
    if listed:
        dropped = _in_order(listed, state, whole=False, priors=priors)
    else:
        dropped = 0.0, state, f"past the end of the list ({size})"
    # A list cut short, or one that lost items, still has its citations past its end come
    # in order: those go on bringing in the next numbers, and are kept (``check`` calls them
    # dangling) rather than dropped as digits that name nothing.
    # no bonus for a group running past it
    kept = _in_order(cand.numbers, state, whole=False, priors=priors)
    # only once the first citations have nearly reached the list's end: a number past it
    # cited early is a mistyped one, taken (if at all) without moving the state, so that
    # the citations after it stay in order
    # Explicit syntax is taken whatever the order: a "[5]" past a list of 4 is a dangling
    # citation, no evidence that the guesses around it run past the list too
    near = (
        cand.strength < SYNTAX
        and state[0] + min(NEAR, size * CUT_SHARE) >= size
        and max(cand.numbers) <= cut_limit(size)
    )
    if near and kept[0] > dropped[0]:
        return priors.past + kept[0], kept[1], f"{kept[2]}, past the end of the list ({size})"
    return priors.past + dropped[0], dropped[1], dropped[2]


def _in_order(
    numbers: Sequence[int],
    state: State,
    whole: bool,
    priors: OrderPriors,
    vouched: bool = True,
    ahead: bool = False,
    unit: int | None = 0,
) -> tuple[float, State, str]:
    """(score, new state, in words) of citing ``numbers`` after ``state``, how far the first
    citations have run before them (:mod:`blinarefs.trace.cited_ahead`), by ``priors``
    (:mod:`blinarefs.trace.order_priors`). ``whole``:
    ``numbers`` are all the candidate names (none of them dropped as past the list).
    ``vouched``: nothing in how the candidate sits speaks against it, so that a group's
    further numbers count as first citations too. ``ahead``: nothing speaks against it at
    all, so that its numbers past a hole are cited ahead (:mod:`blinarefs.trace.cited_ahead`)
    rather than moving the run to its highest: a doubtful "(model 336," read as 3 and 36
    must not leave 4 to come next. ``unit``: the list's size (None: unknown) where a group
    of the numbers is evidence as a unit (:mod:`blinarefs.trace.group_unit`), else 0."""
    high = state[0]
    fresh = new_numbers(numbers, state)
    credit = unit_credit(numbers, unit, unit != 0)
    if not fresh:
        # Past a few references, which one is repeated tells little: the state must not
        # be held low just to make later repeats look likelier.
        score = priors.score(terms_of(numbers, max(high, *numbers)))
        return max(FLOOR, score) + credit, state, f"repeats a number cited before ({high})"
    gap = skipped(fresh[0], state)
    score = priors.score(terms_of_first(gap, fresh[0]))
    if gap == 0 and whole:
        # A group that brings in the next number brings in each of its further numbers as
        # a later citation of it would: else a path that drops "(212–214)" and takes a later
        # "(214)" as new scores higher. Not a group out of order ("figure 5-7" is one range)
        # or running past the list.
        # A number past a far hole earns its credit in its turn (cited_ahead.py), not twice.
        far = far_past(fresh) if ahead else []
        group = vouched * sum(
            max(0.0, priors.first(b - a - 1, b)) for a, b in pairwise(fresh) if b not in far
        )
        return group + score + credit, after(state, fresh, ahead), f"{IN_ORDER}, {fresh[0]}"
    return (
        max(FLOOR, score) + credit,
        after(state, fresh),
        f"skips {gap} number{'s' * (gap > 1)} after {high}",
    )


def certain(cand: Candidate, size: int | None) -> bool:
    """Explicit syntax, and a strong candidate with nothing against it that names numbers
    in the list ("chemotherapy.2"): taken whatever the order. The order model alone would
    drop an early citation of 18 whenever 18 is cited again later, where it comes in order."""
    if cand.strength >= SYNTAX:
        return True
    return (
        cand.strength == STRONG
        and cand.prior >= STRONG_PRIOR
        and (size is None or all(n <= size for n in cand.numbers))
    )


RECORDS = 0.5  # of first citations, at least this share is the highest number yet
ORDER_EVIDENCE = 8  # first citations needed before ``check`` calls a list unordered
# The decoder weighs the order by how far the manuscript's own markers show it holds: the
# odds that its list is numbered by first citation, from a prior (most numbered lists are)
# and, for each number its confident markers cite for the first time, how likely it is to be
# the highest yet in such a list (RECORD) against in a list in no order (1 / k for the k-th).
# A short text whose few clean citations jump about ("(17)", "(3)", "(29)", "(8)", "(22)": a
# list numbered alphabetically, or one whose first citations stand in tables) is read with
# the order weighed only in part, rather than losing every one that made the next look
# like a repeat.
ORDERED_ODDS = 19.0  # prior odds of a numbered list in first-citation order (dev: 96%)
RECORD = 0.8  # in one, a number first cited is the highest yet this often (tables aside)
SURE = 0.99  # beyond these odds either way the order holds outright, or says nothing


def order_trust(candidates: Sequence[Candidate], size: int | None, confident: float = 1.0) -> float:
    """How far the list is numbered by first citation (0 to 1), judged on the candidates
    that say so by themselves (explicit syntax, and strong or clean ones: a prior of at
    least ``confident``, lower where the manuscript's habit vouches for its candidates): in
    such a list, nearly every number cited for the first time is the highest one yet; in a
    list numbered alphabetically, only a few are (about ln k of the first k). 1 or 0 where
    the evidence is clear (odds past ``SURE``), the probability in between."""
    seen: set[int] = set()
    high = first = 0
    odds = math.log(ORDERED_ODDS)
    for cand in candidates:
        if not cand.numbers or (cand.strength < SYNTAX and cand.prior < confident):
            continue
        for n in cand.numbers:
            if n in seen or (size is not None and n > size):
                continue
            seen.add(n)
            first += 1
            if first > 1:  # the first is the highest yet in any list
                chance = 1 / first
                odds += math.log(RECORD / chance if n > high else (1 - RECORD) / (1 - chance))
            high = max(high, n)
    trust = 1 / (1 + math.exp(-max(-40.0, odds)))  # (past -40 the odds overflow)
    return 1.0 if trust >= SURE else 0.0 if trust <= 1 - SURE else trust


def cut_limit(size: int) -> int:
    """The highest number a list of ``size`` cut short may still be cited with: past it,
    numbers in order are equations or items ("(27)" to "(60)" beside a list of 24)."""
    return size + max(1, int(size * CUT_SHARE))


def reach(candidates: Sequence[Candidate], size: int | None) -> int | None:
    """How far the manuscript's citations reach: the list's length, or past it where
    strong candidates cite at least half of the numbers just past its end, as in a list
    cut short or one that lost items. Those numbers are then judged as listed ones (and
    ``check`` calls them dangling): in a list numbered alphabetically the order cannot
    vouch for them, and a group "35,7,12" loses all its numbers if one is dropped. Not
    parenthesised numbers, which number equations and items past a list too."""
    if not size:
        return size
    limit = cut_limit(size)
    past = sorted(
        {
            n
            for c in candidates
            if c.strength >= STRONG and c.prior > 0
            for n in c.numbers
            if size < n <= limit
        }
    )
    out = size
    for k, n in enumerate(past, start=1):
        if 2 * k >= n - size:
            out = n
    return out


def choose(
    candidates: Sequence[Candidate],
    size: int | None,
    ordered: bool | float | None = None,
    high: int = 0,
) -> list[Decision]:
    """A decision for every candidate (in their order, which must be text order).
    ``ordered``: how far the list is numbered by first citation (True or 1: it is; False or
    0: the order of numbers says nothing; by default judged by :func:`order_trust`).
    ``high``: the highest number first cited before the candidates (0: they open the
    text)."""
    trust = order_trust(candidates, size) if ordered is None else float(ordered)
    loose = trust < 0.5  # more likely numbered alphabetically than by first citation
    if loose:
        size = reach(candidates, size)
    # state (the run of first citations, numbers cited ahead) -> (score, accepted (index,
    # reading) pairs as a linked list)
    start = opening(high)
    states: dict[State, tuple[float, tuple | None]] = {start: (0.0, None)}
    for i, cand in enumerate(candidates):
        forced = certain(cand, size)
        nxt: dict[State, tuple[float, tuple | None]] = {}
        for state, (score, path) in states.items():
            options: list[tuple[float, State, tuple | None]] = []
            for j, reading in enumerate(cand.readings()):
                order, new_state, _ = _step(reading, state, size, trust)
                options.append((score + reading.prior + order, new_state, (i, j, path)))
            if not forced:
                options.append((score, state, path))
            for value, reached, trail in options:
                if reached not in nxt or value > nxt[reached][0]:
                    nxt[reached] = (value, trail)
        if len(nxt) > BEAM:
            nxt = dict(sorted(nxt.items(), key=lambda kv: -kv[1][0])[:BEAM])
        states = nxt
    _, best = max(states.values(), key=lambda v: v[0])
    taken: dict[int, int] = {}
    while best is not None:
        taken[best[0]] = best[1]
        best = best[2]
    out: list[Decision] = []
    state = start
    uncited = _uncited(candidates, taken, size) if loose else None
    for i, cand in enumerate(candidates):
        reading = cand.readings()[taken.get(i, 0)]
        order, new_state, words = _step(reading, state, size, trust)
        margin = reading.prior + order
        if i not in taken and cand.alternatives:  # the best reading against none
            margin = max(r.prior + _step(r, state, size, trust)[0] for r in cand.readings())
        accepted = i in taken
        named = set(reading.numbers)
        # a reading the order takes only as the next number (NEXT_ONLY): no list here has one
        others = [a for a in cand.alternatives if NEXT_ONLY not in a.why]
        lone = not others and NEXT_ONLY not in cand.why
        if uncited and named and not accepted and lone and named <= uncited:
            # a list numbered alphabetically: what the order cannot tell, coverage does
            bonus = _covers(len(uncited))
            if margin + bonus > 0:
                accepted, margin = True, margin + bonus
                words = (
                    "cites a reference nothing else cites, in a list not numbered by first citation"
                )
        if cand.alternatives:
            reading = replace(reading, alternatives=())
        out.append(Decision(reading, accepted, margin, words, certain(cand, size)))
        if i in taken:
            state = new_state
    return out


def _uncited(candidates: Sequence[Candidate], taken: dict[int, int], size: int | None) -> set[int]:
    """The list's numbers that no accepted candidate cites."""
    if not size:
        return set()
    cited = {n for i, j in taken.items() for n in candidates[i].readings()[j].numbers}
    return set(range(1, size + 1)) - cited


def _covers(uncited: int) -> float:
    """Log-odds that a candidate naming only references nothing else cites is a citation,
    in a list numbered alphabetically: a manuscript cites every reference it lists, so
    the few left uncited must be cited somewhere; digits that are not citations hit one
    of them only by chance (``uncited`` of about ``SPREAD`` small values). As for the
    next number of a list in citation order, at most."""
    return max(0.0, math.log(NEW * SPREAD / uncited))
