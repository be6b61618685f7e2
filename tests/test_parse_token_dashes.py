"""Names before an old house style's spaced dash or in a semicolon's list, and addresses
ending in a short domain, read the same one a line and one token a line (issue 13). Every
reference here is a made-up test text, not a real record."""

from __future__ import annotations

import pytest

from blinarefs.parse import join_tokens, parse_reference_list
from test_parse_token_lists import _one_token_a_line, _tokens


@pytest.mark.parametrize(
    "printed",
    [
        # a capital after a spaced dash that a word follows opens the title, not a
        # hyphenated initial ("J.-P.")
        "Doe, P.; Roe, A. - A made-up course of goats. J. Ex., 12: 38-47, 2030.",
        "Roe, J. - A made-up course of goats. J. Ex., 12: 38-47, 2030.",
        # a short domain or a script's name stays whole
        "Roe J. Made-up protocol v1. protocols.io. 2030.",
        "Roe J. example.js: a made-up library. Ex J. 2030;7:211.",
    ],
)
def test_a_dash_and_a_domain_one_token_a_line(printed: str) -> None:
    assert join_tokens(_tokens(printed)) == printed


@pytest.mark.parametrize(
    "printed",
    [
        "Roe, J. A. - Made-up growth factor. J. Ex. Med., 1: 434-440, 2030.",
        "Roe, J.A. - Made-up growth factor. J. Ex. Med., 1: 434-440, 2030.",
        "Roe, J. A. & Doe, P. K. - Made-up growth factor. J. Ex. Med., 1: 434-440, 2030.",
    ],
)
def test_spaced_initials_before_a_dash_are_the_names(printed: str) -> None:
    """ "Roe, J. A. - Title": the initials printed apart are the last name's, one a line
    and one token a line (where a copy does not say whether they were apart)."""
    for text in (
        f"References\n1. {printed}\n",
        "References\n" + _one_token_a_line([f"1. {printed}"]),
    ):
        (ref,) = parse_reference_list(text).references
        assert [n.family for n in ref.author] == ["Roe", "Doe"][: 1 + ("Doe" in printed)]
        assert ref.title == "Made-up growth factor"


SEMICOLONS = [
    "Roe, L.A.W.; Doe, W.B. 2030. Examplia besouro, a new species of the Examplia group "
    "(Goatiformes: Examplidae) from the rio Example basin. Zootaxa, 4126: 262-270.",
    "Roe, J.A.; Doe, J.T.; Van Moe, B. 2032. Habitat patterns of example birds: the effects "
    "of spatial scale. Oikos, 48: 132-147.",
]


def test_initials_in_a_semicolons_list_one_token_a_line() -> None:
    """ "Roe, L.A.W.; Doe, W.B. 2030.": rebuilt with the initials together (SciELO's
    author-year lists), whose names and journal's volume read as one a line."""
    for printed in SEMICOLONS:
        assert join_tokens(_tokens(printed)) == printed
    numbered = [f"{i}. {printed}" for i, printed in enumerate(SEMICOLONS, 1)]
    one = parse_reference_list("References\n" + "\n".join(numbered) + "\n").references
    tok = parse_reference_list("References\n" + _one_token_a_line(numbered)).references
    assert len(tok) == len(one) == 2
    for a, b in zip(one, tok, strict=True):
        assert [n.family for n in b.author] == [n.family for n in a.author]
        assert (b.title, b.volume) == (a.title, a.volume)
    assert [len(r.author) for r in tok] == [2, 3]
