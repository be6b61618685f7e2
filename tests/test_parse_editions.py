"""A book's edition in the languages real lists are written in, and the imprint after it.
Every reference here is a made-up test text, not a real record."""

from __future__ import annotations

import pytest

from blinarefs.model import Reference
from blinarefs.parse import parse_reference_list


def _read(text: str) -> Reference:
    refs = parse_reference_list(f"References\n1. {text}\n").references
    assert len(refs) == 1
    return refs[0]


@pytest.mark.parametrize(
    ("text", "title", "edition", "place", "publisher"),
    [
        ("Marchetti S. Physiologie humaine imaginaire. 2e éd. Paris: Masson; 2015.",
         "Physiologie humaine imaginaire", "2", "Paris", "Masson"),
        ("Lindqvist E. Lehrbuch der erfundenen Anatomie. 2. Auflage. Berlin: Springer; 2011.",
         "Lehrbuch der erfundenen Anatomie", "2", "Berlin", "Springer"),
        ("Okafor C. Manual de pediatría inventada. 3a ed. Madrid: Panamericana; 2012.",
         "Manual de pediatría inventada", "3", "Madrid", "Panamericana"),
        ("Roe J. Made-up cardiology. 3rd ed. Philadelphia: Elsevier; 2018.",
         "Made-up cardiology", "3", "Philadelphia", "Elsevier"),
        # the full stops around the edition lost in the copy
        ("Talbot P. Writing small studies: a guide for novices 3rd ed London: Example Press; "
         "2015.", "Writing small studies: a guide for novices", "3", "London", "Example Press"),
    ],
)  # fmt: skip
def test_a_books_edition_in_its_language(
    text: str, title: str, edition: str, place: str, publisher: str
) -> None:
    ref = _read(text)
    assert (ref.type, ref.title, ref.edition) == ("book", title, edition)
    assert (ref.publisher_place, ref.publisher) == (place, publisher)


def test_a_german_chapter_keeps_its_book_after_the_edition() -> None:
    ref = _read(
        "Weller A, Duarte P. Hypertonie in der erfundenen Praxis. In: Roe J, Hrsg. Innere "
        "Medizin der Beispiele. 4. Aufl. Stuttgart: Thieme; 2019. S. 112–30."
    )
    assert ref.type == "chapter"
    assert [n.family for n in ref.editor] == ["Roe"]
    assert (ref.container_title, ref.edition) == ("Innere Medizin der Beispiele", "4")
    assert (ref.publisher_place, ref.publisher, ref.page) == ("Stuttgart", "Thieme", "112-130")


def test_a_number_before_ed_inside_a_field_is_no_edition() -> None:
    ref = _read("Roe J, Moe K, eds. Made-up methods volume 2 ed. Boston: Example Press; 2010.")
    assert ref.edition != "2"


def test_an_edition_inside_a_guidelines_title_stays_in_it() -> None:
    ref = _read(
        "Roe MP, Moe AC. Establishing a made-up diagnosis: management of pretend disease, "
        "3rd ed: Example College evidence-based guidelines. Chest 2030; 143: e142S–e65S."
    )
    assert ref.title.endswith("3rd ed: Example College evidence-based guidelines")
    assert ref.edition == ""


def test_springers_german_page_word_without_its_stop_closes_the_imprint() -> None:
    # "S 45–67" (Seite, no full stop) after the place was read into the place
    [ref] = parse_reference_list(
        "1. Roe J (2030) Titel eines Kapitels. In: Doe B (Hrsg) Handbuch der Dinge. Springer, "
        "Berlin Heidelberg, S 45–67\n"
    ).references
    assert ref.type == "chapter"
    assert (ref.publisher, ref.publisher_place, ref.page) == (
        "Springer",
        "Berlin Heidelberg",
        "45-67",
    )


@pytest.mark.parametrize("edition", ["3rd ed.", "2nd ed"])
def test_apas_edition_in_parentheses_leaves_the_title_whole(edition: str) -> None:
    # the title kept the parenthesis that opens the edition: "Made-up textbook ("
    (ref,) = parse_reference_list(
        f"References\n1. Roe, J. (2030). Made-up textbook ({edition}). Example Press.\n"
    ).references
    assert (ref.type, ref.title, ref.edition) == ("book", "Made-up textbook", edition[0])
    assert ref.publisher == "Example Press"


@pytest.mark.parametrize(
    ("text", "title", "edition"),
    [
        ("Roe J, Doe P, eds. Social examples. Second edition. Example Press; 2030.",
         "Social examples", "2"),
        ("Roe J. Made-up methods for examples. Third edition. Springfield: Example Press; 2030.",
         "Made-up methods for examples", "3"),
        ("Roe J. Made-up methods for examples. 4th edition. Example Press; 2030.",
         "Made-up methods for examples", "4"),
        ("Roe J. Made-up methods for examples. 2nd edn. Example Press; 2030.",
         "Made-up methods for examples", "2"),
        # a qualifier in parentheses after the edition: the edition as printed
        ("Roe J. Example Health: Theory and Context. 2nd ed (revised and expanded). Example "
         "Press; 2030.", "Example Health: Theory and Context", "2nd ed (revised and expanded)"),
    ],
)  # fmt: skip
def test_an_edition_in_words_as_its_own_sentence_is_no_part_of_the_title(
    text: str, title: str, edition: str
) -> None:
    """AMA's and NLM's book with its edition spelled out ("Second edition.", "4th edition.",
    "2nd ed (revised and expanded).") between the title and the publisher."""
    ref = _read(text)
    assert (ref.type, ref.title, ref.edition, ref.publisher) == (
        "book",
        title,
        edition,
        "Example Press",
    )
