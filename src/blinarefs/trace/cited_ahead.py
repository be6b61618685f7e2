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
after it, so that a doubtful group is not made cheap to take. Pure.
"""

from __future__ import annotations

from collections.abc import Iterable

State = tuple[int, frozenset[int]]  # (the end of the run of first citations, cited ahead)
NOTHING_AHEAD: frozenset[int] = frozenset()
MOST_AHEAD = 16  # more numbers cited ahead than this: the run is taken to their highest


def opening(high: int) -> State:
    """The state before any candidate, the first citations having run to ``high``."""
    return high, NOTHING_AHEAD


def new_numbers(numbers: Iterable[int], state: State) -> list[int]:
    """``numbers`` not cited before ``state``, sorted."""
    high, ahead = state
    return sorted({n for n in numbers if n > high and n not in ahead})


def skipped(low: int, state: State) -> int:
    """How many numbers not yet cited lie between the run's end and ``low``."""
    high, ahead = state
    return low - high - 1 - sum(1 for n in ahead if n < low)


def after(state: State, fresh: list[int], ahead: bool = True) -> State:
    """The state once ``fresh`` (new numbers, sorted, at least one) are cited: a candidate
    that brings in the next number extends the run through them and the numbers cited
    ahead that follow; one that skips numbers moves the run to its highest, as before
    (a doubtful "(model 336," read as 3 and 36 must not leave 4 to come next), and so does
    any candidate where ``ahead`` is false (one whose sitting speaks against it)."""
    high, before = state
    cited = before.union(fresh)
    end = high if ahead and skipped(fresh[0], state) == 0 else fresh[-1]
    while end + 1 in cited:
        end += 1
    beyond = frozenset(n for n in cited if n > end)
    if len(beyond) > MOST_AHEAD:
        return max(beyond), NOTHING_AHEAD
    return end, beyond
