"""Dense groups whose further numbers run ahead of the first citations ("12–16,20" after
11), as reviews print them: the numbers after the hole come first later, and must not turn
the group into a reading the decoder drops. The passages are written for these tests; the
references are placeholders with a number and a key only."""

from __future__ import annotations

import pytest
from tracedata import SIXTY, VOLE_TOPICS

from blinarefs.trace.cited_ahead import after, opening
from blinarefs.trace.decode import decode_citations

REFS = SIXTY
TOPICS = VOLE_TOPICS


def review(printed: str) -> tuple[str, list[tuple[int, ...]]]:
    """Sentences citing, in turn, a dense group ``n–(n+4),(n+8)`` (a summary of what the
    sentences after it detail), then its first numbers again one by one, then the numbers
    in its hole, printed by ``printed`` (a format with ``{}``)."""
    sentences, truth = [], []
    n = 1
    k = 0
    while n + 8 <= 60:
        group = (*range(n, n + 5), n + 8)
        sentences.append(TOPICS[k % len(TOPICS)] + printed.format(f"{n}–{n + 4},{n + 8}"))
        truth.append(group)
        k += 1
        for m in (n + 1, n + 2, n + 3, n + 5, n + 6, n + 7):
            sentences.append(TOPICS[k % len(TOPICS)] + printed.format(m))
            truth.append((m,))
            k += 1
        n += 9
    return " ".join(sentences), truth


@pytest.mark.parametrize(
    "printed",
    [".{}", " {}.", " ({}).", " [{}]."],
    ids=["flattened", "flattened-spaced", "paren", "bracket"],
)
def test_a_dense_group_running_ahead_keeps_its_citations(printed):
    text, truth = review(printed)
    found = [c.numbers for c in decode_citations(text, REFS)]
    assert found == truth


def test_the_run_passes_over_numbers_cited_ahead():
    state = after(opening(11), [12, 13, 14, 15, 16, 20])
    assert state == (16, frozenset({20}), frozenset())  # a near hole: 20 does not wait
    state = after(after(state, [17]), [18, 19])
    assert state == (20, frozenset(), frozenset())  # 20 was cited ahead: the run is past it
    assert after(opening(10), [15]) == (15, frozenset(), frozenset())  # a lone number cited ahead
