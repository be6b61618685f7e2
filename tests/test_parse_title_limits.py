"""Where a title ends before a chapter's "In" printed with no full stop, keeps a year it
names after a preposition or a part's Roman number, and opens with a number. Every
reference here is made up for the test; the labelled ones are given as the labeller might
label them, so the rules are tested whatever the model says."""

from __future__ import annotations

from blinarefs.model import Reference
from blinarefs.parse import parse_reference_list, read_item
from blinarefs.parse.chapters import book_before_pages, editors_in, stop_before_in
from blinarefs.parse.title_ends import title_head_left_out
from blinarefs.parse.title_words import part_out_of_journal
from blinarefs.parse.titles import year_after_preposition
from labelled import labelled_parts


def _labels(labelled: list) -> str:
    return " ".join(f"{x.token.text}/{x.label}" for x in labelled)


def test_a_chapter_title_run_into_in_colon_is_stopped() -> None:
    source = "Roe J. Made-up harvests of the north In: Doe A, editor. Book. Place: Pub; 2030."
    assert stop_before_in(source, 6) == source.replace(" In:", ". In:")


def test_in_before_a_book_and_its_editors_mark_is_stopped() -> None:
    source = "Roe J (2030) Made-up sleep In Example Book, Doe A, Poe B (eds). Place: Pub"
    assert "sleep. In Example Book" in stop_before_in(source)
    source = "Roe J (2030) Fat in meat In Book of methods, ed. Place: Pub."
    assert "meat. In Book" in stop_before_in(source)


def test_in_inside_a_title_is_left_alone() -> None:
    for source in (
        "Roe J. Advances In Made-up Agronomy. J Made Up 2030;12:3-9.",
        "Roe J. Made-up cells In Vivo and in vitro. J Made Up 2030;12:3-9.",
        "Roe J. Made-up tests. In: Doe A, editor. Book. Place: Pub; 2030.",
    ):
        assert stop_before_in(source) == source
    # before where the names end, nothing is touched
    source = "Roe J In: Doe A, editor. Book. Place: Pub; 2030."
    assert stop_before_in(source, len(source) - 10) == source


def test_a_chapter_title_before_in_colon_is_read_apart() -> None:
    item = (
        "Roe J, Doe A (2030) Made-up decisions under doubt In: Made-up Economics, "
        "pp 127-144. New York: Example Press."
    )
    ref = read_item(item, 1, 1).reference
    assert ref.title == "Made-up decisions under doubt"
    assert ref.container_title == "Made-up Economics"
    assert ref.source_text == item
    item = (
        "Roe J, Doe A. Made-up fat in meat In Book of made-up methods, ed. Exampleton, MD: "
        "Example International."
    )
    assert read_item(item, 1, 1).reference.title == "Made-up fat in meat"


def test_a_year_after_a_preposition_ends_the_title() -> None:
    labelled, _ = labelled_parts(
        ("Roe J, Doe A", "author"),
        (". ", "other"),
        ("Made-up cases of the north in", "title"),
        (" ", "other"),
        ("2029", "year"),
        (" ", "other"),
        ("Made Up J", "container"),
        (" ", "other"),
        ("2030", "year"),
        (";", "other"),
        ("12", "volume"),
    )
    mended = _labels(year_after_preposition(labelled))
    assert "in/title 2029/title" in mended and "2030/year" in mended


def test_a_span_of_years_after_from_ends_the_title() -> None:
    labelled, _ = labelled_parts(
        ("Roe J", "author"),
        (". ", "other"),
        ("Made-up outbreaks, ", "title"),
        ("from", "other"),
        (" ", "other"),
        ("2020 to 2022", "year"),
        (". ", "other"),
        ("Made Up J", "container"),
        (" ", "other"),
        ("2030", "year"),
    )
    mended = _labels(year_after_preposition(labelled))
    assert "from/title 2020/title to/title 2022/title" in mended


def test_the_only_year_after_a_preposition_stays_the_date() -> None:
    labelled, _ = labelled_parts(
        ("Roe J", "author"),
        (". ", "other"),
        ("Made-up report of", "title"),
        (" ", "other"),
        ("2030", "year"),
        (". ", "other"),
    )
    assert "2030/year" in _labels(year_after_preposition(labelled))


def test_a_number_opening_the_title_is_the_titles() -> None:
    labelled, _ = labelled_parts(
        ("Roe J, Doe A", "author"),
        (". ", "other"),
        ("10", "volume"),
        (" ", "other"),
        ("Years of made-up examples", "title"),
        (". ", "other"),
        ("Made Up J", "container"),
        (" ", "other"),
        ("2030", "year"),
        (";", "other"),
        ("12", "volume"),
    )
    mended = _labels(title_head_left_out(labelled))
    assert "10/title Years/title" in mended and "12/volume" in mended


def test_a_number_with_no_journal_numbers_after_it_is_left_alone() -> None:
    labelled, _ = labelled_parts(
        ("Roe J", "author"),
        (". ", "other"),
        ("10", "volume"),
        (" ", "other"),
        ("Years of made-up examples", "title"),
        (". ", "other"),
    )
    assert "10/volume" in _labels(title_head_left_out(labelled))


def _article(title: str, journal: str, text: str) -> Reference:
    return Reference(
        id="",
        title=title,
        container_title=journal,
        container_title_short=journal,
        source_text=text,
    )


def test_a_part_number_read_as_the_journal_is_the_titles() -> None:
    text = "Roe J. Studies of a made-up dye. II. J Made Up Chem 2030;12:3-9."
    ref = part_out_of_journal(_article("Studies of a made-up dye", "II. J Made Up Chem", text))
    assert ref.title == "Studies of a made-up dye. II"
    assert ref.container_title == ref.container_title_short == "J Made Up Chem"


def test_a_journal_opening_with_an_initial_keeps_it() -> None:
    text = "Roe J. Studies of a made-up dye. S. Made Up J 2030;12:3-9."
    ref = _article("Studies of a made-up dye", "S. Made Up J", text)
    assert part_out_of_journal(ref) is ref


def test_a_series_sentence_before_the_imprint_is_no_part_of_the_title() -> None:
    item = (
        "Roe JA. Made-up Oils and Fats. Example Society Monograph Series, 123. "
        "Exampleton: Fictional Press; 2030"
    )
    ref = parse_reference_list(f"1. {item}").references[0]
    assert ref.title == "Made-up Oils and Fats"
    assert ref.collection_title == "Example Society Monograph Series, 123"
    # a title that names a series with no number of the book in it keeps its words
    item = "Roe JA. Made-up Oils. A Series of Notes. Exampleton: Fictional Press; 2030"
    assert (
        parse_reference_list(f"1. {item}").references[0].title == "Made-up Oils. A Series of Notes"
    )


def test_in_before_a_book_and_its_pages_is_stopped() -> None:
    source = "Roe, J. (2030). Made-up salt balance In Made-up Entomology (pp. 5-9). Place: Pub."
    assert "balance. In Made-up" in stop_before_in(source)


def test_in_is_no_part_of_the_book_before_its_pages() -> None:
    labelled, _ = labelled_parts(
        ("Roe, J.", "author"),
        (" (", "other"),
        ("2030", "year"),
        ("). ", "other"),
        ("Made-up immune systems of fish", "title"),
        (". ", "other"),
        ("In Made-up diseases of fish", "container"),
        (" (pp. ", "other"),
        ("3-68", "pages"),
        ("). ", "other"),
    )
    mended = _labels(book_before_pages(labelled))
    assert "In/other Made-up/container" in mended
    labelled, _ = labelled_parts(
        ("Roe J", "author"),
        (". ", "other"),
        ("Made-up farming", "title"),
        (". ", "other"),
        ("In: Made-up Law Review", "container"),
        (". ", "other"),
    )
    assert "In/other :/other Made-up/container" in _labels(book_before_pages(labelled))


def test_an_apa_chapter_keeps_its_title_before_in_and_its_editors() -> None:
    labelled, _ = labelled_parts(
        ("Roe, J. A.", "author"),
        (" (", "other"),
        ("2030", "year"),
        ("). ", "other"),
        ("Made-up genes in wheat. In Poe G. E", "container"),
        (". (Ed.), ", "other"),
        ("Progress in made-up breeding", "container"),
        (" (pp. ", "other"),
        ("1-35", "pages"),
        ("). ", "other"),
    )
    mended = _labels(editors_in(labelled))
    assert "Made-up/title genes/title in/title wheat/title" in mended
    assert "Poe/editor" in mended and "Progress/container" in mended
