"""Brazil's ABNT (NBR 6023) as SciELO's authors print it. Made-up references only."""

from __future__ import annotations

from blinarefs.parse import parse_reference_list


def test_abnt_names_its_volume_and_pages_by_their_words() -> None:
    text = (
        "REFERÊNCIAS\n1. ROE, M.; DOE, J. Made-up apolipoprotein and cancer. Front Invented, "
        "v. 6, p. 265, 2030.\n"
    )
    (ref,) = parse_reference_list(text).references
    assert (ref.volume, ref.page, ref.container_title) == ("6", "265", "Front Invented")
