"""The decoder's state over a list numbered by first citation (:mod:`blinarefs.trace.infer`):
how far the first citations have run in turn, and the few numbers cited ahead of them.

A review's dense group cites numbers past a hole ("12–19,23" after 11: 23 before 20); a
table or a summary sentence cites a few ahead too. Held as "the highest number first cited"
(23), the state makes every later first citation of 20, 21 and 22 look like a repeat, and
a path that drops the whole group scores higher: long articles citing densely lost their
groups that way. So the state is the run's end (19) and the numbers cited ahead of it
(23): the next number is the lowest not yet cited, and the run passes over 23 once 20 to 22
come. A candidate that skips numbers (a table's "15" after 10, "16, 40" after 10) still
moves the run to its highest number, as before: the numbers it skips look like repeats
after it, so that a doubtful group is not made cheap to take.

A number cited far ahead of its turn ("12,48" in a review's early summary: a hole of
:data:`FAR` or more) waits for its turn: the run stops before it, and its later citation in
its place is a first citation in turn, not a repeat. Counted as a repeat (about -2.7), it
made a path dropping the whole early group score higher whenever the group's own number
came again soon after (``bench_mode_stress.py --only ahead``). The group earns no credit
for it (:mod:`blinarefs.trace.infer`): it is counted once, in its turn. A near hole's
number ("12–16,20") is taken as before, the run passing over it. Pure.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import pairwise

# (the end of the run of first citations, cited ahead, of them those waiting for their turn)
State = tuple[int, frozenset[int], frozenset[int]]
NOTHING_AHEAD: frozenset[int] = frozenset()
MOST_AHEAD = 16  # more numbers cited ahead than this: the run is taken to their highest
# a hole of this many numbers or more: the number past it waits for its turn; a review's
# dense group ("12–19,23", "(3–7, 12)") does not (at six, stress ``dense`` lost parenthesised
# groups: 97.8 -> 97.6% recall)
FAR = 10


def opening(high: int) -> State:
    """The state before any candidate, the first citations having run to ``high``."""
    return high, NOTHING_AHEAD, NOTHING_AHEAD


def far_past(fresh: list[int]) -> list[int]:
    """Of ``fresh`` (sorted), the numbers past a hole of :data:`FAR` or more."""
    return [b for a, b in pairwise(fresh) if b - a - 1 >= FAR]


def new_numbers(numbers: Iterable[int], state: State) -> list[int]:
    """``numbers`` not cited before ``state``, sorted; and those waiting for their turn
    that the run reaches within ``numbers``."""
    high, ahead, waiting = state
    fresh: list[int] = []
    run = high
    for n in sorted({n for n in numbers if n > high}):
        if n not in ahead or (n in waiting and n == run + 1):
            fresh.append(n)
        if n == run + 1:
            run = n
    return fresh


def skipped(low: int, state: State) -> int:
    """How many numbers not yet cited lie between the run's end and ``low``."""
    high, ahead, _ = state
    return low - high - 1 - sum(1 for n in ahead if n < low)


def after(state: State, fresh: list[int], ahead: bool = True) -> State:
    """The state once ``fresh`` (new numbers, sorted, at least one) are cited: a candidate
    that brings in the next number extends the run through them and the numbers cited
    ahead that follow, but for one waiting for its turn that it does not pass; its numbers
    past a far hole wait. One that skips numbers moves the run to its highest, as before
    (a doubtful "(model 336," read as 3 and 36 must not leave 4 to come next), and so does
    any candidate where ``ahead`` is false (one whose sitting speaks against it)."""
    high, before, waiting = state
    cited = before.union(fresh)
    in_turn = ahead and skipped(fresh[0], state) == 0
    end = high if in_turn else fresh[-1]
    wait = waiting.union(far_past(fresh)) if in_turn else waiting
    while end + 1 in cited and (end + 1 not in wait or end + 1 in fresh or end + 1 < fresh[-1]):
        end += 1
    beyond = frozenset(n for n in cited if n > end)
    if len(beyond) > MOST_AHEAD:
        return max(beyond), NOTHING_AHEAD, NOTHING_AHEAD
    return end, beyond, frozenset(n for n in wait if n > end)
