"""The Russian standard for references, GOST 7.1 / 7.0.5: " // " before the journal or book,
". – " between areas, numbers named by their words. Made-up texts only."""

from __future__ import annotations

import pytest

from blinarefs.model import Reference
from blinarefs.parse import parse_reference_list
from blinarefs.parse.gost import gost_twin


def _one(text: str) -> Reference:
    (ref,) = parse_reference_list(f"References\n1. {text}\n").references
    return ref


@pytest.mark.parametrize(
    "text",
    [
        "Orlov D.E., Belov K.K. Ferritin in made-up children // Journal of Invented "
        "Paediatrics. – 2030. – Vol. 12, No. 4. – P. 33–41.",
        # GOST R 7.0.5 allows full stops alone between the areas
        "Orlov D.E., Belov K.K. Ferritin in made-up children // Journal of Invented "
        "Paediatrics. 2030. Vol. 12, No. 4. P. 33–41.",
    ],
)
def test_a_journal_article(text: str) -> None:
    ref = _one(text)
    assert [(n.family, n.given) for n in ref.author] == [("Orlov", "D. E."), ("Belov", "K. K.")]
    assert ref.title == "Ferritin in made-up children"
    assert ref.container_title == "Journal of Invented Paediatrics"
    assert (ref.issued, ref.volume, ref.issue, ref.page) == ((2030,), "12", "4", "33-41")
    assert ref.source_text.startswith("Orlov D.E., Belov K.K. Ferritin")


def test_an_article_in_russian() -> None:
    ref = _one(
        "Иванов И.И., Петров П.П. Выдуманный гепсидин // Вымышленная гематология. – 2030. "
        "– Т. 64, № 2. – С. 150–158."
    )
    assert [(n.family, n.given) for n in ref.author] == [("Иванов", "И. И."), ("Петров", "П. П.")]
    assert (ref.title, ref.container_title) == ("Выдуманный гепсидин", "Вымышленная гематология")
    assert (ref.volume, ref.issue, ref.page) == ("64", "2", "150-158")


def test_a_book_its_length_is_no_pages() -> None:
    ref = _one(
        "Smirnov A.V. Invented haematology: a textbook. – 2nd ed. – Springfield: Example "
        "Press, 2030. – 456 p."
    )
    assert ref.type == "book"
    assert (ref.edition, ref.publisher, ref.publisher_place) == (
        "2",
        "Example Press",
        "Springfield",
    )
    assert ref.page == ""


def test_a_chapter_with_its_editor() -> None:
    ref = _one(
        "Sokolov P.A. Made-up anaemia in pregnancy // Invented obstetrics / ed. by K. Moe. "
        "– 2nd ed. – Springfield: Example Press, 2030. – P. 101–120."
    )
    assert ref.type == "chapter"
    assert ref.container_title == "Invented obstetrics"
    assert [(n.family, n.given) for n in ref.editor] == [("Moe", "K.")]
    assert ref.page == "101-120"


def test_a_thesis() -> None:
    ref = _one(
        "Kuznetsov V.V. Invented iron metabolism: Cand. Sci. (Med.) dissertation. – "
        "Springfield, 2030. – 120 p."
    )
    assert (ref.type, ref.title, ref.issued) == ("thesis", "Invented iron metabolism", (2030,))


@pytest.mark.parametrize(
    "text",
    [
        "Roe J, Doe K. Made-up trial. J Invented. 2030;1:1-9.",
        "Roe J. A made-up page. Available from: https://example.org/a. Accessed 2030.",
        # one dash between areas: a Vancouver item with a dash is not GOST
        "Roe J. Made-up trial - a review. J Invented. 2030;1:1-9.",
    ],
)
def test_other_forms_are_left_alone(text: str) -> None:
    assert gost_twin(text) is None


@pytest.mark.parametrize(
    ("name", "family", "given"),
    [("Иванов ИИ", "Иванов", "И. И."), ("Παπαδόπουλος Γ", "Παπαδόπουλος", "Γ.")],
)
def test_cyrillic_and_greek_initials_in_a_vancouver_list(
    name: str, family: str, given: str
) -> None:
    ref = _one(f"{name}, Roe J. Made-up trial. J Invented. 2030;1:1-9.")
    assert (ref.author[0].family, ref.author[0].given) == (family, given)


def test_spaced_initials_before_the_russian_et_al_and_a_lettered_page() -> None:
    ref = _one(
        "Berkhemer O. A. и др. A made-up randomized trial // Invented Acids Res. 2030. "
        "Т. 43, № 7. С. e47."
    )
    assert [(n.family, n.given) for n in ref.author] == [("Berkhemer", "O. A.")]
    assert ref.author_truncated
    assert (ref.title, ref.page) == ("A made-up randomized trial", "e47")
