"""Where a title ends when it closes with places, a date, pages or an edition, and where a
journal cut at its first full stop starts (eighth round). Every reference here is made up
for the test."""

from __future__ import annotations

import pytest

from blinarefs.parse import read_item
from blinarefs.parse.assemble import assemble
from labelled import labelled_parts


@pytest.mark.parametrize(
    ("printed", "title", "journal"),
    [
        # a place after the title's last comma is the title's, not a journal's first word
        (
            "Roe JA, Doe B 2030 Made-up fever in a river dolphin, Atlantis. Emerg. Made. Dis. "
            "20, 511–513.",
            "Made-up fever in a river dolphin, Atlantis",
            "Emerg. Made. Dis.",
        ),
        (
            "Roe JA, Doe B 2030 Pretend virus carried by ticks, Springfield, Freedonia. Imagin. "
            "Vet. J. 17:880–882.",
            "Pretend virus carried by ticks, Springfield, Freedonia",
            "Imagin. Vet. J",
        ),
        # an abbreviated journal the labeller cut at its first full stop goes back whole
        (
            "Roe JA, Doe B 2030 Counting imaginary cells with a new assay in field-caught "
            "mosquitoes. Virol. J. 10:311.",
            "Counting imaginary cells with a new assay in field-caught mosquitoes",
            "Virol. J",
        ),
        (
            "Roe JA, Doe B 2030 Made-up hormones: pretend transcytosis mechanisms. J. Mammary "
            "Gland Biol. Neoplasia 19, 103–117.",
            "Made-up hormones: pretend transcytosis mechanisms",
            "J. Mammary Gland Biol. Neoplasia",
        ),
    ],
)
def test_places_stay_in_the_title_and_journals_are_whole(
    printed: str, title: str, journal: str
) -> None:
    ref = read_item(printed, 1, 1).reference
    assert (ref.title, ref.container_title) == (title, journal)
    assert ref.year == 2030


def test_a_title_keeps_the_date_it_closes_with_split_by_a_comma() -> None:
    # "..., southern Atlantis, August 2030. Euro Surveill. 2030; ...": the labeller read
    # the comma before the date as no part of the title
    ref = read_item(
        "Roe S, Doe F, Poe A, et al Vector-borne transmission of pretend virus in Atlantis, "
        "southern Freedonia, August 2030. Euro Surveill. 2030; 24(45):pii = 1900655 "
        "10.9999/1560-7917.ES.2030.24.45.1900655.",
        1,
        1,
    ).reference
    assert ref.title == (
        "Vector-borne transmission of pretend virus in Atlantis, southern Freedonia, August 2030"
    )
    assert (ref.container_title, ref.year, ref.volume) == ("Euro Surveill", 2030, "24")


@pytest.mark.parametrize(
    ("middle", "title"),
    [
        # a month and a year the labeller read as a note
        (
            [(", ", "title"), ("February", "title"), (" 2030. ", "note")],
            "Pretend fever among made-up sailors, February 2030",
        ),
        # places after the title's commas read as a journal, then the year
        (
            [(", ", "other"), ("South Atlantis", "container"), (", ", "other"),
             ("2030", "year"), (". ", "other")],
            "Pretend fever among made-up sailors, South Atlantis, 2030",
        ),
    ],
)  # fmt: skip
def test_a_title_keeps_its_places_and_date_before_the_journal(
    middle: list[tuple[str, str]], title: str
) -> None:
    labelled, source = labelled_parts(
        ("Roe J, Doe A", "author"),
        (". ", "other"),
        ("Pretend fever among made-up sailors", "title"),
        *middle,
        ("Made Surveill", "container"),
        (" ", "other"),
        ("2031", "year"),
        (";", "other"),
        ("25", "volume"),
        (":", "other"),
        ("e2000256", "pages"),
    )
    fields = assemble(labelled, source).fields
    assert fields["title"] == title
    assert fields["container_title"] == "Made Surveill"
    assert fields["issued"] == (2031,)


def test_a_chapters_pages_and_a_books_edition_after_the_title_are_no_title() -> None:
    # ASM's chapters: "Title, p 13-46. In Roe J (ed), Book. Publisher, Place."
    ref = read_item(
        "Roe JS 2030 Made-up classification of pretend viruses, p 13–46. In Doe RW (ed), "
        "The pretend viruses. Example Press, Springfield, ST.",
        1,
        1,
    ).reference
    assert ref.title == "Made-up classification of pretend viruses"
    assert ref.page == "13-46"
    assert ref.type == "chapter"
    book = read_item(
        "Roe N 2030 Pretend catalogue of made-up viruses, 3rd ed, p 137–152. Example "
        "Society for Made-Up Medicine, Springfield, ST.",
        1,
        1,
    ).reference
    assert book.title == "Pretend catalogue of made-up viruses"
    assert (book.page, book.edition) == ("137-152", "3")


@pytest.mark.parametrize(
    ("printed", "title", "publisher"),
    [
        (
            "Roe CA. The city of pretend bones. Jane Q. Example Books; 2030.",
            "The city of pretend bones",
            "Jane Q. Example Books",
        ),
        (
            "Roe RR, Doe FJ. Madeupometry: The Principles of Pretend Statistics. W. H. Example; "
            "2031",
            "Madeupometry: The Principles of Pretend Statistics",
            "W. H. Example",
        ),
    ],
)
def test_a_publisher_named_after_a_person_keeps_its_initials(
    printed: str, title: str, publisher: str
) -> None:
    # the grammar cut the publisher at the initial's full stop ("Title. Jane Q" by
    # "Example Books")
    ref = read_item(printed, 1, 1).reference
    assert (ref.title, ref.publisher) == (title, publisher)
    assert ref.type == "book"


@pytest.mark.parametrize(
    ("printed", "journal", "numbers"),
    [
        # PubMed's export tail after an e-locator: the grammar leaves the date, volume and
        # pages in the journal, and its reading is not kept
        (
            "Roe J, Doe RM, Poe Q. Made-up denoising of pretend images. Made One. "
            "2030;8(12):e81390 Epub 2030/12/18. 10.9999/journal.made.0081390 ; PubMed Central "
            "PMCID: PMC1234567.",
            "Made One",
            ("8", "12", "e81390"),
        ),
        # a DOI glued to the pages' full stop
        (
            "Roe Q, Doe DC, Poe Y. Pretend cells in made-up injury, inflammation, and repair. "
            "Physiology (Bethesda) (2030) 30(3):183–94.10.9999/physiol.00046.2030",
            "Physiology (Bethesda)",
            ("30", "3", "183-194"),
        ),
    ],
)
def test_a_journal_holding_its_own_numbers_is_a_misreading(
    printed: str, journal: str, numbers: tuple[str, str, str]
) -> None:
    ref = read_item(printed, 1, 1).reference
    assert ref.container_title == journal
    assert (ref.volume, ref.issue, ref.page) == numbers
    assert ref.year == 2030


def test_the_number_between_the_year_and_the_pages_is_the_volume() -> None:
    # "Madeology 2030 17:427-42": a space alone between the year and the volume
    labelled, source = labelled_parts(
        ("Roe MM, Doe MD", "author"),
        (". ", "other"),
        ("Pretendism: onset, progression and mortality", "title"),
        (". ", "other"),
        ("Madeology", "container"),
        (" ", "other"),
        ("2030", "year"),
        (" ", "other"),
        ("17", "issue"),
        (":", "other"),
        ("427-442", "pages"),
        (".", "other"),
    )
    fields = assemble(labelled, source).fields
    assert (fields.get("volume"), fields.get("issue")) == ("17", None)
    assert fields["page"] == "427-442"


@pytest.mark.parametrize(
    ("printed", "volume", "pages"),
    [
        (
            "Roe MM, Doe MD. Pretendism in river dolphins. Madeology 2030: 17: 427-442.",
            "17",
            "427-442",
        ),
        (
            "Roe MM, Doe MD. Onset of pretendism in the dry season. Braz J Med Made Res "
            "2031: 4: 82-91, doi: 10.5555/made.2031.4.82.",
            "4",
            "82-91",
        ),
    ],
)
def test_the_number_between_the_year_and_the_pages_colons_is_the_volume(
    printed: str, volume: str, pages: str
) -> None:
    # "Journal 2030: 17: 427-42": the year, a colon, the volume, a colon, the pages
    ref = read_item(printed, 1, 1).reference
    assert (ref.volume, ref.issue, ref.page) == (volume, "", pages)
