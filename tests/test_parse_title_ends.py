"""Where the title ends and the journal starts, in forms many journals share: a title ending
with its own question or exclamation mark before a dotted abbreviation, and Vancouver names
before a physical-sciences tail ("Journal 12, 45-50 (2030)."). Every reference here is made
up for the test."""

from __future__ import annotations

import pytest

from blinarefs.parse import read_item


@pytest.mark.parametrize(
    ("printed", "title", "journal"),
    [
        (
            "Roe J, Doe A (2030) Should we screen everyone? J. Made. Med. 12: 45-50.",
            "Should we screen everyone?",
            "J. Made. Med.",
        ),
        (
            "Roe J, Doe A (2030) Stop screening now! J. Made. Med. 12: 45-50.",
            "Stop screening now!",
            "J. Made. Med.",
        ),
        (
            "Roe J, Doe A (2030) Is it real? N. Engl. J. Made. 12: 45-50.",
            "Is it real?",
            "N. Engl. J. Made",
        ),
        (
            "Roe JA, Doe AB. A made-up study of sleep in adults. J. Made. Med. 12, 45-50 (2030).",
            "A made-up study of sleep in adults",
            "J. Made. Med.",
        ),
        (
            "Roe J, Doe A. Is it real? J. Made. Med. 12, 45-50 (2030).",
            "Is it real?",
            "J. Made. Med.",
        ),
    ],
)
def test_the_title_keeps_its_end_and_the_journal_its_start(
    printed: str, title: str, journal: str
) -> None:
    ref = read_item(printed, 1, 1).reference
    assert [n.family for n in ref.author] == ["Roe", "Doe"]
    assert (ref.title, ref.container_title) == (title, journal)
    assert (ref.volume, ref.page, ref.year) == ("12", "45-50", 2030)


def test_a_preprints_date_and_note_after_its_doi_are_no_title() -> None:
    # OUP's preprints: "Title. bioRxiv, doi: https://doi.org/..., 2 January 2030, preprint..."
    ref = read_item(
        "Roe J., Doe A. (2030) Made-up outcomes. bioRxiv, doi: "
        "https://doi.org/10.9999/2030.01.01.000001, 2 January 2030, preprint: not peer reviewed.",
        1,
        1,
    ).reference
    assert ref.title == "Made-up outcomes"
    assert ref.doi == "10.9999/2030.01.01.000001"


@pytest.mark.parametrize(
    ("printed", "volume"),
    [
        ("Roe J, Doe A (2030) Made-up outcomes. J Made Up Res: in press.", ""),
        ("Roe J, Doe A (2030) Made-up outcomes. J Made Up Res 12. doi: 10.9999/jmur.45", "12"),
    ],
)
def test_a_journal_with_no_pages_is_not_left_in_the_title(printed: str, volume: str) -> None:
    ref = read_item(printed, 1, 1).reference
    assert (ref.title, ref.container_title, ref.volume) == (
        "Made-up outcomes",
        "J Made Up Res",
        volume,
    )
    # a number ending a title is no volume where no journal reads there
    other = read_item("Roe J (2030) Made-up outcomes in 12 mice. doi: 10.9999/x.1", 1, 1)
    assert other.reference.title == "Made-up outcomes in 12 mice"


@pytest.mark.parametrize(
    "printed",
    [
        "Roe J (2030) Made-up outcomes [PhD thesis]. Springfield: University of Example.",
        "Roe J (2030) Made-up outcomes of sleep in the young [PhD thesis]. Springfield: "
        "University of Example.",
    ],
)
def test_a_thesis_keeps_its_whole_title(printed: str) -> None:
    from blinarefs.parse import parse_reference_list

    (ref,) = parse_reference_list(f"1. {printed}\n").references
    assert ref.type == "thesis"
    assert ref.title == printed.split(") ", 1)[1].split(" [")[0]


@pytest.mark.parametrize("count", [", 627 p.", ". 627 p.", " 627 pp."])
def test_a_books_page_count_is_no_volume(count: str) -> None:
    printed = (
        f"Example Agency. Made-up recommendations 2030. Springfield: Example Council; 2030{count}"
    )
    ref = read_item(printed, 1, 1).reference
    # the page count is the book's length, no page (JATS markup tags it "<fpage>627</fpage>":
    # the benchmark scores the length there)
    assert (ref.type, ref.year, ref.volume, ref.page) == ("book", 2030, "", "")
    assert ref.number_of_pages == "627"
    assert ref.publisher == "Example Council"


@pytest.mark.parametrize("author", ["Roe J", "Example Agency"])
def test_a_place_and_publisher_run_into_the_title(author: str) -> None:
    ref = read_item(
        f"{author} (2030) Made-up outcomes report. Springfield: Example Agency. 45 p.", 1, 1
    ).reference
    assert (ref.title, ref.publisher_place, ref.publisher) == (
        "Made-up outcomes report",
        "Springfield",
        "Example Agency",
    )
    assert ref.container_title == ""
    # a subtitle after a colon is no publisher: "Title. Springfield: a made-up history"
    other = read_item("Roe J (2030) Made-up town. Springfield: a made-up history.", 1, 1)
    assert other.reference.publisher == ""


@pytest.mark.parametrize(
    ("printed", "title"),
    [
        (
            "Roe AG, Doe WM 2030 p21: a two-faced made-up guardian. Trends Made Med 23:310-319.",
            "p21: a two-faced made-up guardian",
        ),
        (
            "Roe AG, Doe TJ 2030 Trop2: from made-up development to disease. Dev Made 244:99-109.",
            "Trop2: from made-up development to disease",
        ),
    ],
)
def test_the_year_after_the_names_is_not_the_titles_first_word(printed: str, title: str) -> None:
    ref = read_item(printed, 1, 1).reference
    assert (ref.title, ref.year) == (title, 2030)
    # a title that opens with its year, after an editor's mark, keeps it
    from blinarefs.parse.titles import year_before_title

    fields: dict[str, object] = {"title": "2030 Made-up guidelines for sleep"}
    year_before_title(
        fields, "Example Society, ed.: 2030 Made-up guidelines for sleep. J Made, 2030; 17: 1-78."
    )
    assert fields == {"title": "2030 Made-up guidelines for sleep"}


@pytest.mark.parametrize(
    "printed",
    [
        "Roe AG, Doe WM, et al 2030 WSG guidelines on made-up gait. Walk Heart J 2030; 35: 28-96.",
        "Roe AG, Doe WM. 2030 WSG guidelines on made-up gait. Walk Heart J 2030;35:28-96.",
    ],
)
def test_a_title_opening_with_the_year_printed_again_keeps_it(printed: str) -> None:
    # the guideline's year opens its title; the journal's year, the same, follows
    ref = read_item(printed, 1, 1).reference
    assert (ref.title, ref.year) == ("2030 WSG guidelines on made-up gait", 2030)


def test_a_year_in_the_doi_is_not_a_year_printed_again() -> None:
    ref = read_item(
        "Roe AG, Doe WM 2030 Made-up gait of imaginary walkers. Proc. Made Soc. B 287, 20301234. "
        "(doi:10.0000/rsmb.2030.1234)",
        1,
        1,
    ).reference
    assert (ref.title, ref.year) == ("Made-up gait of imaginary walkers", 2030)


@pytest.mark.parametrize(
    ("printed", "journal", "volume", "page"),
    [
        ("Roe J & Doe A. A made-up study of nodules. Thyroid 2030 27 156–166.", "Thyroid",
         "27", "156-166"),
        ("Roe J, Doe A & Poe B. Another invented title. Journal of Made Up Endocrinology 2031 "
         "226 R1–R14. (https://doi.org/10.0000/made.up.1)", "Journal of Made Up Endocrinology",
         "226", "R1-R14"),
        ("Roe J, Doe A. A made-up survey. Made Up Health Metrics 2032 14 39 (10.0000/made.2)",
         "Made Up Health Metrics", "14", "39"),
    ],
)  # fmt: skip
def test_year_volume_and_pages_with_spaces_alone_between(
    printed: str, journal: str, volume: str, page: str
) -> None:
    # Endocrine Connections' form: the title, the journal, then year, volume and pages
    ref = read_item(printed, 1, 1).reference
    assert (ref.container_title, ref.volume, ref.page) == (journal, volume, page)
    assert ref.title.startswith(("A made-up s", "Another invented")) and ref.issued
    assert ref.type == "article-journal"


@pytest.mark.parametrize(
    ("printed", "title", "journal", "fields"),
    [
        (
            "Ames RL, Boyd KD, Cole A Tooth counts in Examplia, 2029. Ex Dent J 2030;68:7–30.",
            "Tooth counts in Examplia, 2029",
            "Ex Dent J",
            {"issued": (2030,), "volume": "68", "page": "7-30"},
        ),
        (
            "Ames RL, Boyd KD, Cole A Tooth counts, 2031. CA Example J 2031;68:7–30.",
            "Tooth counts, 2031",
            "CA Example J",
            {"volume": "68"},
        ),
        (
            "Dunn K, Earl O, et al Cluster of example fever in the Alps, 2030. Clin Ex Dis "
            "2030:ciaa123.",
            "Cluster of example fever in the Alps, 2030",
            "Clin Ex Dis",
            {"page": "ciaa123"},
        ),
        (
            "Gale T, Hale CM 2015 Whale strandings on an example coast (1881–2008). Ex. Mammal. "
            "37, 51–66.",
            "Whale strandings on an example coast (1881–2008)",
            "Ex. Mammal.",
            {"issue": "", "volume": "37"},
        ),
        (
            "Ince J. & K. Jones. 2014 Managing a made-up programme: the case of Examplia, "
            "2013–2042. Food Ex. Bull. 35: 105–125.",
            "Managing a made-up programme: the case of Examplia, 2013–2042",
            "Food Ex. Bull.",
            {"page": "105-125"},
        ),
    ],
)
def test_title_ending_in_a_year_keeps_it(
    printed: str, title: str, journal: str, fields: dict[str, object]
) -> None:
    """A year or a span of years between the title and the journal is the title's: the
    journal's date and numbers come after its name."""
    ref = read_item(printed, 1, 1).reference
    assert (ref.title, ref.container_title) == (title, journal)
    for key, value in fields.items():
        assert getattr(ref, key) == value, key


@pytest.mark.parametrize(
    ("printed", "title"),
    [
        (
            "Quell P, Brindle A 2029 Density of pretend aphids (Hom., Aphidina). Z. Fict. "
            "Entomol. 97: 431–437.",
            "Density of pretend aphids (Hom., Aphidina)",
        ),
        (
            "Quell P, Brindle A 2029 Gut contents of pretend beetles (Col., Carabidae), and "
            "activity of other predators. J. Fict. Entomol. 12: 1–9.",
            "Gut contents of pretend beetles (Col., Carabidae), and activity of other predators",
        ),
        (
            "Quell P, Brindle A 2029 Made-up fungi in pretend aphids (Hom., Aphidina) in "
            "irrigated fields of Springfield, USA. J. Fict. Entomol. 113: 376–390.",
            "Made-up fungi in pretend aphids (Hom., Aphidina) in irrigated fields of "
            "Springfield, USA",
        ),
    ],
)
def test_an_abbreviations_stop_inside_the_titles_parenthesis_does_not_end_it(
    printed: str, title: str
) -> None:
    assert read_item(printed, 1, 1).reference.title == title


def test_pages_in_parentheses_after_a_title_stay_pages() -> None:
    ref = read_item(
        "PFO (2029). Guidelines for assessing pretend practices manual (pp. 1–180).", 1, 1
    ).reference
    assert ref.page == "1-180"


def test_a_title_going_on_after_its_parenthesis_is_read_whole() -> None:
    ref = read_item(
        "Quell C 2029 Pretendia americana (L.) (Col. Chrysomelidae) in Britain. Entomol. "
        "Fict. Mag. 99, 228–229.",
        1,
        1,
    ).reference
    assert ref.title == "Pretendia americana (L.) (Col. Chrysomelidae) in Britain"


@pytest.mark.parametrize(
    "printed",
    [
        "Roe J, Doe A. A made-up study of owls. Invented Owl Group . Owl Res. 2030;12:45-50.",
        "Roe J, Doe A. A made-up study of owls [abstract] . Owl Res. 2030;12 (Suppl):A45.",
    ],
)
def test_a_space_before_the_titles_full_stop_is_not_kept_in_it(printed: str) -> None:
    # "... Study Group . Ir J ...": the title came back with its trailing space, which an
    # EndNote XML round trip then took out without a word
    title = read_item(printed, 1, 1).reference.title
    assert title.startswith("A made-up study of owls") and title == title.strip()
