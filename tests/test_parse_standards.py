"""Standards as reference lists print them: a designation where an author or the title's
first sentence stands, or a sentence after the title. Every reference is made up."""

from __future__ import annotations

import pytest

from blinarefs import export_references, read_references
from blinarefs.parse import parse_reference_list


def _one(printed: str):
    (ref,) = parse_reference_list(f"References\n1. {printed}\n").references
    return ref


@pytest.mark.parametrize(
    ("printed", "number", "title", "authors"),
    [
        # the designation was read as a corporate author
        ("ISO 14971:2030. Example devices: application of example risks. Geneva: "
         "International Organization for Standardization; 2030.",
         "ISO 14971:2030", "Example devices: application of example risks", ()),
        ("ISO/IEC 17025:2030. General requirements for example laboratories. Geneva: ISO; "
         "2030.", "ISO/IEC 17025:2030", "General requirements for example laboratories", ()),
        ("ASTM E1234-30. Standard test method for example materials. West Conshohocken, PA: "
         "ASTM International; 2030.",
         "ASTM E1234-30", "Standard test method for example materials", ()),
        # the designation was read as the title's first sentence
        ("International Organization for Standardization. ISO 15189:2030. Example "
         "laboratories: requirements for quality. Geneva: ISO; 2030.",
         "ISO 15189:2030", "Example laboratories: requirements for quality",
         ("International Organization for Standardization",)),
        # the designation's own title words were left out of every field
        ("International Organization for Standardization (2030) ISO 20387: Examplology - "
         "Example banking - General requirements. Geneva: ISO.",
         "ISO 20387", "Examplology - Example banking - General requirements",
         ("International Organization for Standardization",)),
    ],
)  # fmt: skip
def test_a_designation_is_the_standards_number(printed, number, title, authors):
    ref = _one(printed)
    assert (ref.type, ref.issue, ref.title) == ("standard", number, title)
    assert tuple(n.literal for n in ref.author) == authors
    # a designation taken out is no missing author
    assert "author" not in dict(ref.extra).get("parse-doubtful", "")


def test_a_designation_after_the_title_and_its_edition():
    ref = _one(
        "Example Laboratory Institute. Performance standards for example testing. 30th ed. "
        "CLSI supplement M100. Wayne, PA: CLSI; 2030."
    )
    assert (ref.type, ref.issue, ref.title, ref.edition) == (
        "standard", "CLSI supplement M100", "Performance standards for example testing", "30"
    )  # fmt: skip


@pytest.mark.parametrize(
    "printed",
    [
        # a book's title that names a standard is a book's title
        "Roe J. ISO 9001 explained for example clinics. Springfield: Example Press; 2030.",
        # an article about a standard is an article
        "Roe J, Doe P. ISO 15189:2030: what changes for example laboratories. J Example Med. "
        "2030;12(3):45-52.",
    ],
)
def test_a_work_about_a_standard_is_no_standard(printed):
    ref = _one(printed)
    assert ref.type != "standard" and not ref.issue.startswith("ISO")


STANDARD = """@standard{iso,
  title        = {Example laboratories: requirements for quality},
  number       = {ISO 15189:2030},
  organization = {International Organization for Standardization},
  address      = {Geneva},
  year         = {2030},
}
"""


def test_a_biblatex_standard_is_read_and_written_as_one():
    (ref,) = read_references(STANDARD, "bibtex").references
    assert (ref.type, ref.issue, ref.publisher) == (
        "standard", "ISO 15189:2030", "International Organization for Standardization"
    )  # fmt: skip
    again = export_references([ref], "biblatex", clean=True)
    assert again.startswith("@standard{iso,")
    assert "organization = {International Organization for Standardization}" in again


@pytest.mark.parametrize(("fmt", "mark"), [("ris", "TY  - STAND"),
                                           ("endnote-xml", '<ref-type name="Standard">58'),
                                           ("csl-json", '"number": "ISO 15189:2030"')])  # fmt: skip
def test_other_formats_carry_a_standard_and_give_it_back(fmt, mark):
    (ref,) = read_references(STANDARD, "bibtex").references
    written = export_references([ref], fmt)
    assert mark in written
    (back,) = read_references(written, fmt).references
    assert (back.type, back.issue, back.title) == (ref.type, ref.issue, ref.title)


def test_a_standard_whose_body_was_read_as_a_journal():
    ref = _one(
        "NBR 99999, “Placas de exemplo: especificação e ensaios”, Assoc. Bras. Exemplo, "
        "Rio de Janeiro (2030)."
    )
    assert (ref.type, ref.issue, ref.author, ref.container_title) == (
        "standard", "NBR 99999", (), ""
    )  # fmt: skip
    assert (ref.publisher, ref.publisher_place) == ("Assoc. Bras. Exemplo", "Rio de Janeiro")


def test_a_copys_space_before_the_designations_year():
    ref = _one(
        "GB 1234.56 -2030 Example safety standards for examples. Springfield: Example "
        "Standards Administration; 2030."
    )
    assert (ref.type, ref.issue, ref.title) == (
        "standard", "GB 1234.56 -2030", "Example safety standards for examples"
    )  # fmt: skip
