"""The pages slot after a volume: an article number printed there ("2030;41:q2231",
"2030:CD004455") is the pages, letters and all, whatever the labeller called its two tokens;
a "p" glued to the digits is the number's, not the word "page". Every reference here is made
up for the test."""

from __future__ import annotations

import pytest

from blinarefs.parse.assemble import assemble
from labelled import labelled_parts


@pytest.mark.parametrize(
    ("slot", "number", "labels", "page"),
    [
        # the letters left out, or both parts, as the labeller may leave them
        (";41:", "q2231", ("other", "pages"), "q2231"),
        (";41:", "n1187", ("other", "other"), "n1187"),
        # the year's colon, no volume: a review library's number
        (":", "CD004455", ("other", "pages"), "CD004455"),
        # "p" is the article number's letter here, not "p." for page
        (";41:", "p3310", ("pages", "pages"), "p3310"),
    ],
)
def test_article_number_after_the_colon_is_the_pages(
    slot: str, number: str, labels: tuple[str, str], page: str
) -> None:
    letters = number.rstrip("0123456789")
    labelled, source = labelled_parts(
        ("Quillby EL, Rowan KG. ", "author"),
        ("Invented gait in imaginary walkers", "title"),
        (". Walk Med ", "other"),
        ("2030", "year"),
        *((";", "other"), ("41", "volume"), (":", "other"))[: 3 if slot != ":" else 0],
        *([(":", "other")] if slot == ":" else []),
        (letters, labels[0]),
        (number[len(letters) :], labels[1]),
        (". ", "other"),
        ("10.9999/walk.x1", "doi"),
    )
    assert assemble(labelled, source).fields["page"] == page


def test_a_number_after_a_colon_inside_the_title_is_left_alone() -> None:
    labelled, source = labelled_parts(
        ("Quillby EL. ", "author"),
        ("Stage B2: q1 invented gait", "title"),
        (". Walk Med ", "other"),
        ("2030", "year"),
        (";", "other"),
        ("41", "volume"),
        (":", "other"),
        ("e17", "pages"),
        (".", "other"),
    )
    fields = assemble(labelled, source).fields
    assert (fields["title"], fields["page"]) == ("Stage B2: q1 invented gait", "e17")


@pytest.mark.parametrize(
    ("printed", "page"),
    [("p 45-67", "45-67"), ("p. 45", "45"), ("pp. 12-19", "12-19"), ("pp12-19", "12-19")],
)
def test_page_words_before_the_pages_are_dropped(printed: str, page: str) -> None:
    labelled, source = labelled_parts(
        ("Quillby EL. ", "author"),
        ("Invented gait", "title"),
        (". Walk Med ", "other"),
        ("2030", "year"),
        (";41:", "other"),
        (printed, "pages"),
        (".", "other"),
    )
    assert assemble(labelled, source).fields["page"] == page


@pytest.mark.parametrize(
    "parts",
    [
        # the year read as the volume after the journal
        (("Walk Med", "container"), (" ", "other"), ("2030", "volume")),
        # the journal and its year left in the title
        (("Walk Med 2030", "title"),),
    ],
)
def test_year_before_the_pages_colon_with_no_volume_is_the_year(
    parts: tuple[tuple[str, str], ...],
) -> None:
    # Vancouver's "Journal Year:Pages" of an article with no volume; no other year printed
    labelled, source = labelled_parts(
        ("Quillby EL, Rowan KG. ", "author"),
        ("Invented gait in imaginary walkers", "title"),
        (". ", "other"),
        *parts,
        (":", "other"),
        ("345-50", "pages"),
        (".", "other"),
    )
    fields = assemble(labelled, source).fields
    assert (fields["container_title"], fields["issued"]) == ("Walk Med", (2030,))
    assert "volume" not in fields


def test_year_as_volume_after_a_year_already_read_stays_the_volume() -> None:
    # the author-date year printed first: a journal whose volumes are numbered by years
    labelled, source = labelled_parts(
        ("Quillby EL, Rowan KG (", "author"),
        ("2029", "year"),
        (") ", "other"),
        ("Invented gait in imaginary walkers", "title"),
        (". ", "other"),
        ("Walk Med 2030", "title"),
        (": ", "other"),
        ("345-50", "pages"),
        (".", "other"),
    )
    fields = assemble(labelled, source).fields
    assert (fields["volume"], fields["issued"]) == ("2030", (2029,))


def test_long_article_number_left_out_after_the_colon_is_the_pages() -> None:
    # a seven-digit article number, which the labeller may take for a PubMed id
    labelled, source = labelled_parts(
        ("Quillby EL, Rowan KG. ", "author"),
        ("Invented gait in imaginary walkers", "title"),
        (". ", "other"),
        ("Stem Walk Int", "container"),
        (" ", "other"),
        ("2030", "year"),
        ("; ", "other"),
        ("2030", "volume"),
        (": ", "other"),
        ("1718041", "other"),
        (". PMID: ", "other"),
        ("27034531", "pmid"),
    )
    fields = assemble(labelled, source).fields
    assert (fields["page"], fields["pmid"]) == ("1718041", "27034531")


@pytest.mark.parametrize("last", ["", "."])
def test_a_page_range_left_out_after_the_colon_is_the_pages(last: str) -> None:
    # EMBO's "(2030) Made Up J 536: 333–337", the range last, with or without a full stop
    labelled, source = labelled_parts(
        ("Quillby EL, Rowan KG ", "author"),
        ("(", "other"),
        ("2030", "year"),
        (") ", "other"),
        ("Invented gait in imaginary walkers", "title"),
        (". ", "other"),
        ("Walk Med", "container"),
        (" ", "other"),
        ("536", "volume"),
        (": ", "other"),
        ("333–337", "other"),
        *([(last, "other")] if last else []),
    )
    assert assemble(labelled, source).fields["page"] == "333-337"


@pytest.mark.parametrize(("page", "label"), [("1947", "year"), ("12123", "other")])
def test_number_after_the_volume_and_comma_is_the_first_page(page: str, label: str) -> None:
    # "J. Made Up Chem. 2030, 211, 1947.": a page that reads as a year, or one left out
    labelled, source = labelled_parts(
        ("E. Quillby, J. D. Rowan.", "author"),
        (" ", "other"),
        ("J. Walk. Med.", "container"),
        (" ", "other"),
        ("2030", "year"),
        (", ", "other"),
        ("211", "volume"),
        (", ", "other"),
        (page, label),
        (".", "other"),
    )
    fields = assemble(labelled, source).fields
    assert (fields["page"], fields["issued"], fields["volume"]) == (page, (2030,), "211")


def test_a_year_after_the_volume_with_no_year_before_stays_the_year() -> None:
    labelled, source = labelled_parts(
        ("Quillby EL. ", "author"),
        ("Invented gait", "title"),
        (". ", "other"),
        ("Walk Hist", "container"),
        (", vol ", "other"),
        ("12", "volume"),
        (", ", "other"),
        ("2030", "year"),
        (".", "other"),
    )
    fields = assemble(labelled, source).fields
    assert (fields["issued"], fields.get("page")) == ((2030,), None)


def test_pubmeds_ahead_of_print_citation_with_an_elsevier_pii():
    # PubMed's "Copy citation" of an article online before its issue prints the date and the
    # publisher's item identifier: "2030 Dec 31:S0360-3016(30)34451-5." It was read as pages
    # "S0360-S3016" and issue "30", the day and month lost
    from blinarefs.parse import parse_reference

    ref = parse_reference(
        "Loe M, Zoe A. A made-up trial of nothing. Int J Test Biol Phys. 2030 Dec "
        "31:S0360-3016(30)34451-5. doi: 10.1016/j.ijtbp.2030.10.034. Epub ahead of print. "
        "PMID: 99390244."
    )
    assert ref.container_title == "Int J Test Biol Phys" and ref.issued == (2030, 12, 31)
    # the identifier names the paper as its DOI does: no page (BibTeX's "--" would split it)
    assert not ref.page and not ref.volume and not ref.issue
    assert ref.pmid == "99390244" and ref.note == "Epub ahead of print"
    # F1000's "2018; pii: S0261-...": the word "pii" is no volume
    other = parse_reference(
        "Roe W, Doe D: Invented diets in made-up patients. Clin Nutr. 2031; pii: "
        "S0261-5614(31)30129-8."
    )
    assert getattr(other, "volume", None) != "pii"


def test_digits_glued_to_an_identifiers_capitals_are_no_pages():
    # "Accession GSE999999" was read as pages 999999, and a bibliography printed
    # "Accession GSE."; a page's own letters ("e1234", "S12") stay a page's
    from blinarefs.parse import parse_reference_list

    dataset, article = parse_reference_list(
        "References\n"
        "1. Roe J, Doe A. Made-up cells of a pretend marrow [dataset]. Gene Expression Omnibus; "
        "2030. Accession GSE999999.\n"
        "2. Roe J, Doe A. A made-up trial. Made Up J. 2030;12:e1234.\n"
    ).references
    # (the accession is the data set's note: tests/test_parse_entry_kinds.py)
    assert "Accession GSE999999" in (dataset.title, dataset.note) and not dataset.page
    assert article.page == "e1234"
