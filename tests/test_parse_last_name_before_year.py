"""The last name of an author-date list, after its "and", left out of the names' run when
the year follows it (T&F's Chicago author-date: "Roe, K, E Doe, RB Moe, and BE Hoe. 2030."):
given as the labeller might label them, so the rule is tested whatever the trained model
says. Every name and title here is made up."""

from __future__ import annotations

import pytest

from blinarefs.parse.name_runs import last_name_before_year
from labelled import labelled_parts


def _labels(labelled: list) -> str:
    return " ".join(f"{x.token.text}/{x.label}" for x in labelled)


@pytest.mark.parametrize(
    ("names", "gap", "want"),
    [
        ("Roe, K, E Doe, LJ Poe, RB Moe", ", and BE Hoe. ", "and/author BE/author Hoe/author"),
        ("Roe, K., E. Doe, R. B. Moe", ", and B. E. Hoe. ", "E/author ./author Hoe/author"),
        ("Roe, K., Doe, E., Moe, R. B.", ", & Hoe, B. E. (", "Hoe/author ,/author B/author"),
        ("Roe K, Doe E and", " van der Hoe BE ", "der/author Hoe/author BE/author"),
    ],
)
def test_last_name_before_the_year_is_an_author(names: str, gap: str, want: str) -> None:
    labelled, _ = labelled_parts(
        (names, "author"),
        (gap, "other"),
        ("2030", "year"),
        (". Invented results of made-up care. ", "title"),
    )
    assert want in _labels(last_name_before_year(labelled))


@pytest.mark.parametrize(
    "gap",
    [
        ". Invented results and made-up care. ",  # a title before a year at its end
        ", and the Example Press, ",  # a lower-case word: no name
        ". In: Tandy and Bellweather, ",  # no conjunction opening the gap
    ],
)
def test_no_name_before_the_year_is_left_as_read(gap: str) -> None:
    labelled, _ = labelled_parts(
        ("Roe, K, E Doe", "author"),
        (gap, "other"),
        ("2030", "year"),
        (". Invented results. ", "title"),
    )
    assert last_name_before_year(labelled) == labelled
