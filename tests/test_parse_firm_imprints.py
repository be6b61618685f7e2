"""A book's imprint whose publisher is a firm of two names joined by "&" ("Springfield:
Example & Francis 2030."), closed by its year with no full stop between, after a title in
title case: the place and the publisher, no part of the title (made-up books)."""

from __future__ import annotations

import pytest

from blinarefs.parse import parse_reference_list

_ARTICLE = "Roe J. Made-up care in example populations. J Example Med 2030;12:101–9."


@pytest.mark.parametrize("year", [" 2030.", ", 2030."])
def test_the_firm_is_the_publisher(year: str) -> None:
    item = (
        "Roe J. Sacred Examples: Traditional Example Knowledge. Springfield: "
        f"Example & Francis{year}"
    )
    ref = parse_reference_list(f"1. {item}\n2. {_ARTICLE}\n").references[0]
    assert (ref.title, ref.publisher_place, ref.publisher, ref.issued) == (
        "Sacred Examples: Traditional Example Knowledge",
        "Springfield",
        "Example & Francis",
        (2030,),
    )
