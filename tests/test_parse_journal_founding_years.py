"""A journal's ISO 4 abbreviation with the year it was founded in brackets, as reference
managers print Science's ("Examplia (80-.)", "(80‐.)", "(80-. )", "(80)") (issue 13): the
journal is its name with the brackets, the title ends before it. Every reference here is a
made-up test text, not a real record."""

from __future__ import annotations

import pytest

from blinarefs.parse import parse_reference_list

TITLE = "Made-up ligase: structure and function"

LIST = [
    (f"Roe J, Doe P (2030) {TITLE}. Examplia (80-.), 186, 790–7.", TITLE, "Examplia (80-.)"),
    (f"Roe, J., & Doe, P. (2030). {TITLE}. Examplia (80‐.), 186, 790–797.", TITLE,
     "Examplia (80‐.)"),
    (f"Roe, J., & Doe, P. (2030). {TITLE}. Examplia (80), 186, 790–797.", TITLE, "Examplia (80)"),
    (f"Roe J, Doe P. {TITLE}. Examplia (80-. ). 2030;186:790–7.", TITLE, "Examplia (80-. )"),
    ("Roe J.R. 2030, Made-up ligase: structure, mechanism, and function, Examplia (80-.), 186, "
     "790–7.", "Made-up ligase: structure, mechanism, and function", "Examplia (80-.)"),
    ("Roe J, Doe P. Does made-up ligase work? Example Science (80-. ). 2030;186:790–7.",
     "Does made-up ligase work?", "Example Science (80-. )"),
]  # fmt: skip


@pytest.mark.parametrize(("printed", "title", "journal"), LIST)
def test_a_journals_founding_year_in_brackets(printed: str, title: str, journal: str) -> None:
    (ref,) = parse_reference_list(f"References\n1. {printed}\n").references
    assert (ref.title, ref.container_title) == (title, journal)
    assert ref.volume == "186"


def test_an_issue_in_brackets_stays() -> None:
    (ref,) = parse_reference_list(
        f"References\n1. Roe J, Doe P. {TITLE}. J Examplia 2030;186(80):790–7.\n"
    ).references
    assert (ref.title, ref.container_title, ref.issue) == (TITLE, "J Examplia", "80")
