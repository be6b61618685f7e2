"""A title's first words after an author-year list's year are the title's (issue 13).
Every reference here is a made-up test text, not a real record."""

from __future__ import annotations

import pytest

from blinarefs.parse import parse_reference_list

LIST = [
    ("Roe A, Doe B 2030 Polyploidy, reproductive biology, and Examples: understanding "
     "evolution and making classifications. Plant Example Evolution 266:59–78.",
     "Polyploidy, reproductive biology, and Examples: understanding evolution and making "
     "classifications"),
    ("Roe A, Moe C, Doe B 2031 Proteomics and comparative genomic investigations reveal "
     "examples in mice. Mol Example Evol 26:1733–1740.",
     "Proteomics and comparative genomic investigations reveal examples in mice"),
    ("Roe A, Doe B. 2032. Global, 30-m resolution continuous fields of example cover. "
     "Int J Example 6: 427-458.", "Global, 30-m resolution continuous fields of example cover"),
    ("Roe A, Doe B (2033) In planta transformation of adult example plants by vacuum. "
     "Methods Ex Biol 82: 259–266.", "In planta transformation of adult example plants by vacuum"),
]  # fmt: skip


@pytest.mark.parametrize(("printed", "title"), LIST)
def test_a_titles_first_words_after_the_year(printed: str, title: str) -> None:
    (ref,) = parse_reference_list(f"References\n1. {printed}\n").references
    assert ref.title == title
    assert ref.container_title.startswith(("Plant", "Mol", "Int", "Methods"))


@pytest.mark.parametrize(
    ("printed", "title"),
    [
        ("Roe, A., & Doe, B. (2034, March 3). Made-up news of goats. Example Times.",
         "Made-up news of goats"),
        ("Roe A (2035) The made-up goats. Example Press, Springfield.", "The made-up goats"),
    ],
)  # fmt: skip
def test_a_date_after_the_year_is_no_title(printed: str, title: str) -> None:
    (ref,) = parse_reference_list(f"References\n1. {printed}\n").references
    assert ref.title == title


# The year printed bare between the names and a title that opens with a number (OUP's and
# Wiley's author-year lists as PMC renders them): the year is the year, the number the
# title's first word.
BARE_YEAR = [
    ("Roe J, Moe CB, Doe DP. 2030 3' UTR-isoform made-up choice has limited influence on "
     "example mice. Example Res. 23:2078–2090.",
     "3' UTR-isoform made-up choice has limited influence on example mice"),
    ("Roe JA, Moe A, del-Doe N, et al 2030 2030 update of the EXAMPLE database and its "
     "related tools. Nucleic Example Research 44, D447–D456.",
     "2030 update of the EXAMPLE database and its related tools"),
    ("Roe, J. A., D. P. Doe, P. Moe, et al. 2030 2029 update of example guidelines for the "
     "use of made-up factors. Ann Example 22:1–9.",
     "2029 update of example guidelines for the use of made-up factors"),
]  # fmt: skip


@pytest.mark.parametrize(("printed", "title"), BARE_YEAR)
def test_a_bare_year_before_a_title_opening_with_a_number(printed: str, title: str) -> None:
    (ref,) = parse_reference_list(f"References\n1. {printed}\n").references
    assert ref.title == title
    assert ref.issued == (2030,)


def test_a_title_opening_with_a_year_keeps_it_when_the_year_is_printed_later() -> None:
    printed = "Roe J, Doe P. 2029 census of made-up goats. J Example Med. 2030;12:34-6."
    (ref,) = parse_reference_list(f"References\n1. {printed}\n").references
    assert ref.title == "2029 census of made-up goats"
    assert ref.issued == (2030,)


@pytest.mark.parametrize(
    ("printed", "title"),
    [
        # SAGE's Harvard book: a subtitle after a colon, the labeller reading only it
        ("Roe J, Doe K and Poe L (2030) The Book of Widgets: Made-up Essays. Springfield: "
         "Example Press.", "The Book of Widgets: Made-up Essays"),
        # an edited book: the editors' mark between the names and the year
        ("Roe J, Doe K and Poe L (eds) (2030) The Book of Widgets: Made-up Essays. "
         "Springfield: Example Press.", "The Book of Widgets: Made-up Essays"),
        ("Roe J and Doe K (eds) (2030) The Book of Widgets. Springfield: Example Press.",
         "The Book of Widgets"),
        ("Roe J (ed.) (2030) The Book of Widgets. Springfield: Example Press.",
         "The Book of Widgets"),
        # guards: read so before
        ("Roe J (2030) Widgets: A Made-up History. Springfield: Example Press.",
         "Widgets: A Made-up History"),
        ("Roe, J., & Doe, K. (Eds.). (2030). The book of widgets. Example Press.",
         "The book of widgets"),
    ],
)  # fmt: skip
def test_sage_harvard_books(printed: str, title: str) -> None:
    (ref,) = parse_reference_list(f"References\n1. {printed}\n").references
    assert ref.title == title
