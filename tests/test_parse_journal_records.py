"""A journal article's record printed whole by a reference manager (Zotero, Mendeley):
the publisher ("Journal. Publisher; 2030;12") or an edition repeating the year
("Journal. 2030 ed. 2030;12") between the journal and its year (issue 13). The readers
took that field for the journal and ran the journal on at the end of the title. Every
name here is made up."""

from __future__ import annotations

import pytest

from blinarefs.parse import parse_reference_list

_TITLE = "Widgets in the examplian heart"


def _read(printed: str):  # type: ignore[no-untyped-def]
    (ref,) = parse_reference_list(f"References\n1. {printed}\n").references
    return ref


@pytest.mark.parametrize(
    ("record", "journal", "publisher"),
    [
        ("Exemplar. Nature Publishing Group; 2030;511:110-4.", "Exemplar",
         "Nature Publishing Group"),
        ("Examplia J Med. Public Library of Science; 2030;12(3):e45.", "Examplia J Med",
         "Public Library of Science"),
        ("Examplia. Frontiers Media SA; 2030;12:45.", "Examplia", "Frontiers Media SA"),
    ],
)  # fmt: skip
def test_the_publisher_after_the_journal_is_no_part_of_it(
    record: str, journal: str, publisher: str
) -> None:
    ref = _read(f"Roe J, Doe K. {_TITLE}. {record}")
    assert (ref.title, ref.container_title) == (_TITLE, journal)
    assert ref.container_title_short == journal
    assert ref.publisher == publisher
    assert ref.type == "article-journal"


@pytest.mark.parametrize(
    "record",
    [
        "PLoS Examplia. 2030 ed. 2030;8(4):e61234.",
        "Examplia J Med. 2029 ed. 2030;12(3):45-50.",
        "Examplia J Med. 2030 ed. 2030 Mar 4;12(3):45-50.",
    ],
)
def test_an_edition_repeating_the_year_is_no_journal(record: str) -> None:
    ref = _read(f"Roe J, Doe K. {_TITLE}. {record}")
    assert ref.title == _TITLE
    assert ref.container_title == record.split(". ")[0]
    # the journal's short form, which the exports write as `shortjournal`, is mended too
    assert ref.container_title_short == ref.container_title
    assert not ref.edition
    assert ref.volume in ("8", "12")


@pytest.mark.parametrize(
    ("printed", "title", "journal"),
    [
        ("Roe J. Widgets. A review. Lancet; 2030;12:4-9.", "Widgets. A review", "Lancet"),
        (f"Roe J, Doe K. {_TITLE}. Examplia J Med. 2030;12(3):45-50.", _TITLE, "Examplia J Med"),
        (f"Roe J, Doe K. {_TITLE}. Examplia J Med. Springfield Press; 2030;12(3):45-50.",
         _TITLE, "Examplia J Med"),
    ],
)  # fmt: skip
def test_a_journal_read_as_printed_stays(printed: str, title: str, journal: str) -> None:
    ref = _read(printed)  # guard: no publisher's word, no record's field, or already read
    assert (ref.title, ref.container_title) == (title, journal)
