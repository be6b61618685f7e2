"""Reports and books printed after their title with the body that publishes them, and names
printed with their given names written out in a Vancouver list. Every reference here is
made up for the test."""

from __future__ import annotations

from blinarefs.parse import read_item
from blinarefs.parse.printed_names import read_names


def test_a_year_after_the_publisher_is_the_year_when_the_title_holds_another() -> None:
    item = "Laub TB, Pilgaard M Sports in a made-up land 2011. Institute for Made-up Sports, 2013."
    ref = read_item(item, 1, 1).reference
    assert ref.issued == (2013,)
    assert ref.title == "Sports in a made-up land 2011"


def test_a_given_name_written_out_in_a_vancouver_list_follows_the_family_name() -> None:
    names, _ = read_names("Lu H, Stratton CW, Tang Yi-Wei")
    assert [(n.family, n.given) for n in names][2] == ("Tang", "Yi-Wei")
    item = (
        "Lu H, Stratton CW, Tang Yi‐Wei Outbreak of made-up fever in a northern town. J Made "
        "Virol 2030;92:401–2."
    )
    assert [n.family for n in read_item(item, 1, 1).reference.author] == ["Lu", "Stratton", "Tang"]
