"""Reports and books printed after their title with the body that publishes them, and names
printed with their given names written out in a Vancouver list. Every reference here is
made up for the test."""

from __future__ import annotations

from blinarefs.parse import read_item
from blinarefs.parse.assemble import assemble
from blinarefs.parse.printed_names import read_names
from blinarefs.parse.titles import place_inside_title, subtitle_read_as_journal
from labelled import labelled_parts


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


def test_a_subtitle_ending_in_of_a_runs_to_the_colon_before_the_publisher() -> None:
    labelled, source = labelled_parts(
        ("Amine E, Baba N. ", "author"),
        ("Made-up diets: report of", "title"),
        (" a ", "other"),
        ("Joint Made-up Expert Consultation", "place"),
        (": ", "other"),
        ("Example Health Organization", "publisher"),
        (", ", "other"),
        ("2030", "year"),
    )
    fields = assemble(labelled, source).fields
    assert fields["title"] == "Made-up diets: report of a Joint Made-up Expert Consultation"
    assert "publisher_place" not in fields
    # a place after the title's full stop stays the place
    labelled, _ = labelled_parts(
        ("Roe J. ", "author"), ("Made-up dams of the", "title"), (". ", "other"), ("Leeds", "place")
    )
    assert place_inside_title(labelled) == labelled


def test_a_body_after_a_reports_title_is_its_publisher() -> None:
    item = (
        "Kind P, Hardman G, Macran S Population norms for a made-up scale. Centre for Made-up "
        "Economics, University of Yorkton, Yorkton, UK 2030."
    )
    ref = read_item(item, 1, 1).reference
    assert ref.title == "Population norms for a made-up scale"
    assert ref.publisher.startswith("Centre for Made-up Economics")


def test_a_subtitle_after_the_colon_is_no_journal_when_nothing_places_it() -> None:
    labelled, source = labelled_parts(
        ("Chavent M, Labenne A. ", "author"),
        ("Analysis of made-up data", "title"),
        (": ", "other"),
        ("The MadeUp R package", "container"),
        (", ", "other"),
        ("2030", "year"),
    )
    fields = assemble(labelled, source).fields
    assert fields["title"] == "Analysis of made-up data: The MadeUp R package"
    assert "container_title" not in fields
    # a journal placed by its volume and pages stays the journal
    labelled, _ = labelled_parts(
        ("Roe J. ", "author"),
        ("Made-up data", "title"),
        (": ", "other"),
        ("J Made Up", "container"),
        (" 2030;", "year"),
        ("12", "volume"),
    )
    assert subtitle_read_as_journal(labelled) == labelled
