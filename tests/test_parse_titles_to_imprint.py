"""A book's title that the labeller cut short before its imprint ("Title of Examples for
Example Monitoring. London, UK: Example Society 2030.", BMJ's imprint): the words it left
out of every field, up to the full stop before the place, are the title's (made-up
references)."""

from __future__ import annotations

import pytest

from blinarefs.model import Reference
from blinarefs.parse import parse_reference_list

_ARTICLE = "Roe J. Made-up care in example populations. J Example Med 2030;12:101-9."


def _first(item: str) -> Reference:
    return parse_reference_list(f"1. {item}\n2. {_ARTICLE}\n").references[0]


@pytest.mark.parametrize(
    ("item", "title"),
    [
        ("Roe J, Doe P. Nucleic Acid Examples for Environmental Pollution Monitoring. London, "
         "UK: Royal Society of Examples 2030.",
         "Nucleic Acid Examples for Environmental Pollution Monitoring"),
        ("Roe J, Doe P. Nucleic Acid Examples for Environmental Pollution Monitoring. London, "
         "UK: Royal Society of Examples, 2030.",
         "Nucleic Acid Examples for Environmental Pollution Monitoring"),
        ("Roe J, Doe P, Moe Q, et al. Example taxonomy—ninth report of the International "
         "Committee on Taxonomy of Examples. London: Elsevier/Academic Press 2030.",
         "Example taxonomy—ninth report of the International Committee on Taxonomy of Examples"),
        # cut at its own colon
        ("Example Health Organization. Lymphatic Examples: Fact sheet No 10. Geneva: EHO "
         "2030.", "Lymphatic Examples: Fact sheet No 10"),
        ("Roe P. The Economics of Ecosystems and Examples: Ecological and Economic "
         "Foundations. London, Washington: UNEP, Earthscan 2030.",
         "The Economics of Ecosystems and Examples: Ecological and Economic Foundations"),
        # cut at its own comma, the place read inside the publisher
        ("Roe J, Doe P. Guide to the frogs of the Example region, Amazonian Peru. Lawrence: "
         "Natural History Museum of the University of Example 2030.",
         "Guide to the frogs of the Example region, Amazonian Peru"),
    ],
)  # fmt: skip
def test_the_words_left_before_the_imprint_are_the_titles(item: str, title: str) -> None:
    ref = _first(item)
    assert (ref.type, ref.title) == ("book", title)


@pytest.mark.parametrize(
    ("item", "title"),
    [
        ("Roe J, Doe P. Example Book of Things. 3rd ed. Springfield: Example Press 2030.",
         "Example Book of Things"),
        ("Roe J, Doe P. Example Methods for the Evaluation of Health Care Programmes. Oxford: "
         "Example University Press 2030.",
         "Example Methods for the Evaluation of Health Care Programmes"),
    ],
)  # fmt: skip
def test_a_title_read_whole_or_an_edition_stays(item: str, title: str) -> None:
    assert _first(item).title == title


def test_the_first_part_of_the_place_left_out_too() -> None:
    ref = _first(
        "Roe J, Doe P. Atlas of Example Sequence and Structure. Silver Springs, Maryland: "
        "National Example Research Foundation 2030."
    )
    assert (ref.title, ref.publisher_place) == (
        "Atlas of Example Sequence and Structure",
        "Silver Springs, Maryland",
    )
