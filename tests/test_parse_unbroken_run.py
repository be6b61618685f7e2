"""Where a label's tokens stand together (``token_index.unbroken_run``), read from the
labels' positions found once a reference (issue 13: parse speed). Ten rules ask it of every
reference; the answer must be the one the walk over every token gave. Invented labels only."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from blinarefs.parse.labeller import Labelled
from blinarefs.parse.token_index import unbroken_run
from blinarefs.parse.tokens import Token

_TOKEN = Token("Roe", 0, 3, True)


def _labelled(labels: list[str]) -> list[Labelled]:
    return [Labelled(_TOKEN, label, 1.0) for label in labels]


def _walked(labelled: list[Labelled], name: str) -> tuple[int, int] | None:
    """The walk the function made before: every token's label compared in Python."""
    run = [i for i, x in enumerate(labelled) if x.label == name]
    if not run or run != list(range(run[0], run[-1] + 1)):
        return None
    return run[0], run[-1] + 1


def test_a_run_together_is_found_and_a_broken_or_missing_one_is_not() -> None:
    labels = ["author", "author", "other", "title", "title", "year"]
    assert unbroken_run(_labelled(labels), "author") == (0, 2)
    assert unbroken_run(_labelled(labels), "year") == (5, 6)
    assert unbroken_run(_labelled(labels), "pages") is None
    assert unbroken_run(_labelled(["title", "other", "title"]), "title") is None
    assert unbroken_run([], "title") is None


@settings(max_examples=500, deadline=None)
@given(
    st.lists(st.sampled_from(["author", "title", "other", "year"]), max_size=14),
    st.sampled_from(["author", "title", "year", "pages"]),
)
def test_the_run_is_what_the_walk_over_every_token_finds(labels: list[str], name: str) -> None:
    labelled = _labelled(labels)
    assert unbroken_run(labelled, name) == _walked(labelled, name)
