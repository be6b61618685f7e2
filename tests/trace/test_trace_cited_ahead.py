"""A number cited far ahead of its turn waits for it (:mod:`blinarefs.trace.cited_ahead`):
its later citation in its place is no repeat, so the early group citing it is read. The
passages are written for these tests; the references are placeholders with a number and a
key only."""

from __future__ import annotations

from tracedata import SIXTY, VOLE_TOPICS

from blinarefs.trace.cited_ahead import after, new_numbers, opening
from blinarefs.trace.decode import decode_citations


def test_an_early_group_citing_a_far_number_is_read():
    # each number cited twice, spaced; the first "4" also cites 25, cited again in its turn
    sentences, truth = [], []
    for n in range(1, 41):
        for again in (False, True):
            numbers = (4, 25) if n == 4 and not again else (n,)
            shown = ",".join(map(str, numbers))
            sentences.append(VOLE_TOPICS[(2 * n - 1 + again) % len(VOLE_TOPICS)] + f" {shown}.")
            truth.append(numbers)
    # the group was dropped: taking it made the later "25" a repeat
    assert [c.numbers for c in decode_citations(" ".join(sentences), SIXTY)] == truth


def test_a_far_number_waits_for_its_turn():
    state = after(opening(3), [4, 25])
    assert state == (4, frozenset({25}), frozenset({25}))
    state = after(state, [5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15])
    state = after(state, list(range(16, 25)))
    assert state[0] == 24  # the run stops before the number waiting
    assert new_numbers([25], state) == [25]  # in its turn: no repeat
    assert after(state, [25])[0] == 25
    assert after(opening(3), [4, 25], ahead=False)[0] == 25  # a doubtful one moves the run
