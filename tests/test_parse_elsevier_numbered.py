"""Elsevier's numbered style: names given first, the title after a comma, "Journal Volume
(Year) Pages", and a book's "edition, Publisher, Place, Year". Made-up test texts only."""

from __future__ import annotations

from blinarefs.model import Reference
from blinarefs.parse import parse_reference_list
from blinarefs.parse.assemble import assemble
from labelled import labelled_parts


def _read(text: str) -> Reference:
    (ref,) = parse_reference_list(f"References\n[1] {text}\n").references
    return ref


def test_pages_after_the_year_in_parentheses_before_a_doi() -> None:
    ref = _read(
        "J. Roe, K. Moe, L. Brandt, Pretend anticoagulation in older adults, J. Made Up Med. "
        "380 (2019) 1817–1826, https://doi.org/10.1000/jmm.2019.0001."
    )
    assert (ref.volume, ref.page, ref.issued[:1]) == ("380", "1817-1826", (2019,))
    assert ref.doi == "10.1000/jmm.2019.0001"


def test_a_book_with_its_edition_in_words_then_publisher_and_place() -> None:
    ref = _read("S. Marchetti, Made-up Cardiology, third ed., Example Press, Springfield, 2018.")
    assert (ref.type, ref.title, ref.edition) == ("book", "Made-up Cardiology", "3")
    assert (ref.publisher, ref.publisher_place) == ("Example Press", "Springfield")


def test_a_publishers_company_form_is_not_a_place() -> None:
    ref = _read("S. Marchetti, Made-up Cardiology, Example Books, Inc., 2018.")
    assert ref.publisher_place == ""


def test_pages_after_the_year_in_parentheses_then_a_doi_after_a_full_stop() -> None:
    ref = _read(
        "T. Roe, E. Moe, Near-infrared pretend pair for made-up regulation, Nat Made Biol 13 "
        "(2017) 633–639. https://doi.org/10.1000/nmb.2343."
    )
    assert (ref.volume, ref.page) == ("13", "633-639")


def test_a_single_author_initials_first_before_a_comma_title() -> None:
    ref = _read(
        "C. Quibben, Stress and pretend depression, Annu Rev Made Psychol 1 (2005) 293–319."
    )
    assert [n.family for n in ref.author] == ["Quibben"]
    assert ref.title == "Stress and pretend depression"
    assert (ref.container_title, ref.volume, ref.page) == (
        "Annu Rev Made Psychol",
        "1",
        "293-319",
    )


def test_the_title_stops_at_the_comma_before_the_journal_read_by_rule() -> None:
    # the journal read by rule after the title's comma; the labeller's title ends with that
    # comma, and the title is not grown over the journal's words left to no field
    labelled, source = labelled_parts(
        ("K. Roe, L. Moe", "author"), (", ", "other"),
        ("Pretend subunits of the made-up endonuclease,", "title"),
        (" Made Acids Res.", "container"), (" 37 (2030) 2105–2115.", "other"),
    )  # fmt: skip
    fields = assemble(labelled, source).fields
    assert fields["title"] == "Pretend subunits of the made-up endonuclease"
    assert (fields["container_title"], fields["volume"]) == ("Made Acids Res", "37")
