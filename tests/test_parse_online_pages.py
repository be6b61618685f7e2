"""A work named only by its title, Vancouver's medium and a year ("Title [Internet]. 2030."):
a page read on the web, not a book (made-up references)."""

from __future__ import annotations

import pytest

from blinarefs.model import Reference
from blinarefs.parse import parse_reference_list

_ARTICLE = "Roe J. Made-up care in example populations. J Example Med 2030;12:101-9."


def _first(item: str) -> Reference:
    return parse_reference_list(f"1. {item}\n2. {_ARTICLE}\n").references[0]


@pytest.mark.parametrize(
    "item",
    [
        "Example Institute. Example Atlas of Social Vulnerability [Internet]. 2030.",
        "Roe J. Made-up aspects of example infection in Springfield [Internet]. 2030.",
        "Example Association for Nephrology. Updated example guidance for children on "
        "dialysis [Internet]. 2030.",
    ],
)
def test_a_title_read_online_and_its_year_is_a_web_page(item: str) -> None:
    ref = _first(item)
    assert (ref.type, ref.title) == ("webpage", item.split(". ", 1)[1].split(" [")[0])


@pytest.mark.parametrize(
    "item",
    [  # an imprint, a book's edition, a thesis: what only a printed work has
        "Example Institute. Example Atlas [Internet]. Springfield: Example Press 2030.",
        "Example Institute. Example Atlas [Internet]. 2nd ed. Springfield: Example Press; 2030.",
        "Roe J. Made-up aspects of example infection [Internet] [dissertation]. 2030.",
    ],
)
def test_a_printed_work_read_online_keeps_its_kind(item: str) -> None:
    assert _first(item).type != "webpage"
