"""A body's name the labeller cut before its last words (parse/body_ends.py). Every body
here is made up."""

from __future__ import annotations

import pytest

from blinarefs.parse import parse_reference_list


@pytest.mark.parametrize(
    ("printed", "title"),
    [
        (
            "Joint Example Nations Programme on HIV/AIDS. Children and widget fact sheet."
            " Springfield, Exampleland: EXUN, 2030.",
            "Children and widget fact sheet",
        ),
        (
            "Joint Example Programme on HIV/AIDS. Ending widgets: progress towards the"
            " 90-90-90 targets. Geneva: EXPH; 2030.",
            "Ending widgets: progress towards the 90-90-90 targets",
        ),
    ],
)
def test_a_body_named_on_a_slashed_acronym_keeps_it(printed: str, title: str) -> None:
    # the name was read as "Joint Example Nations Programme on", "HIV/AIDS" as the title
    (ref,) = parse_reference_list(f"References\n1. {printed}\n").references
    assert [n.literal for n in ref.author] == [printed.split(". ")[0]]
    assert ref.title == title
