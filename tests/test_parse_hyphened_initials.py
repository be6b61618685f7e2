"""One author with hyphenated initials opening SAGE's Vancouver reference ("Roe J-P. Title.
J Exampl 2030; 4: 1–9."), which the labeller may read as the title's start: the author
(made-up references)."""

from __future__ import annotations

import pytest

from blinarefs.parse import parse_reference_list

_REST = " Made-up widgets in rural clinics. J Exampl 2030; 4: 1–9."
_FAMILIES = ("Roe", "Doe", "Poe", "Moe", "Examplia", "Vesk", "Pallet", "Tarn", "Zorin", "Smet")


@pytest.mark.parametrize(
    ("names", "family", "given"),
    [
        *((f"{f} J-P.", f, "J.-P.") for f in _FAMILIES),
        ("Vesk Y-H.", "Vesk", "Y.-H."),
        ("de Roe J-P.", "de Roe", "J.-P."),
        ("Roe Doe Y-H.", "Roe Doe", "Y.-H."),
        ("Roe J\u2011PJ.", "Roe", "J.-P. J."),
    ],
)
def test_one_name_with_hyphenated_initials(names: str, family: str, given: str) -> None:
    text = "\n".join(f"{k}. {names}{_REST}" for k in (1, 2))
    for ref in parse_reference_list(text).references:
        assert [(n.full_family, n.given) for n in ref.author] == [(family, given)]
        assert ref.title == "Made-up widgets in rural clinics"


def test_a_title_opening_with_a_hyphened_number_is_no_name() -> None:
    # guard: "B-12" is no initials; the reference has no author, as before
    (ref,) = parse_reference_list(f"1. Vitamin B-12.{_REST}").references
    assert not ref.author
