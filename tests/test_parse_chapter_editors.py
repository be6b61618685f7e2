"""Chapters whose editors are many, or whose "In:" is printed as a spaced colon (BMJ's
"Title : Roe J, Doe K, eds. Book."). Every reference here is made up for the test; the
labelled ones are given as the labeller might label them, so the rules are tested whatever
the model says."""

from __future__ import annotations

import pytest

from blinarefs.parse import read_item
from blinarefs.parse.assemble import assemble
from blinarefs.parse.spaced_colon import editors_after_spaced_colon
from labelled import labelled_parts

_EDITORS = [
    "Abel",
    "Bart",
    "Cole",
    "Dunn",
    "Egan",
    "Foxe",
    "Gale",
    "Hart",
    "Ives",
    "Jute",
    "Kerr",
    "Lamb",
    "Moss",
    "Nash",
]
_MANY = ", ".join(f"{n} {n[0]}" for n in _EDITORS)
_MANY_APA = ", ".join(f"{n[0]}. {n}" for n in _EDITORS)


@pytest.mark.parametrize(
    "item",
    [
        f"Roe J, Doe A Made-up tides of the inner sea. In: {_MANY}, eds. The made-up atlas of "
        "seas. 2nd edn. Springfield: Example Press, 2030: 41–58.",
        f"Roe, J., & Doe, A. (2030). Made-up tides of the inner sea. In {_MANY_APA} (Eds.), The "
        "made-up atlas of seas (pp. 41–58). Example Press.",
    ],
)
def test_a_chapter_with_fourteen_editors_keeps_them_all(item: str) -> None:
    ref = read_item(item, 1, 1).reference
    assert [n.family for n in ref.editor][::13] == ["Abel", "Nash"]
    assert len(ref.editor) == 14
    assert (ref.type, ref.title, ref.container_title) == (
        "chapter",
        "Made-up tides of the inner sea",
        "The made-up atlas of seas",
    )


@pytest.mark.parametrize(
    ("editors", "book"),
    [
        ("Harlow J, Tate K, eds. ", "The mosses of the north"),
        ("Harlow J, Tate K, ", "The mosses of the north. A guide to the field"),
        ("Harlow J, Tate K, Vance LM, et al, ", "The mosses of the north"),
    ],
)
def test_a_spaced_colon_before_editors_stands_for_in(editors: str, book: str) -> None:
    item = (
        f"Quill A, Fenn B, Shaw C Forms of moss growth : {editors}{book}. Leeds, UK: Fernway "
        "Press, 2011:101–20."
    )
    ref = read_item(item, 1, 1).reference
    assert (ref.type, ref.title, ref.container_title) == ("chapter", "Forms of moss growth", book)
    assert [n.family for n in ref.editor][:2] == ["Harlow", "Tate"]
    assert ref.publisher == "Fernway Press"


def test_the_publisher_after_the_place_is_no_second_book() -> None:
    labelled, source = labelled_parts(
        ("Pask R, Lowe T. ", "author"),
        ("Growth of river birds : ", "title"),
        ("Mern J, Dove K, ", "author"),
        ("Rivers of the north. Oslo: Nordforlag", "title"),
        (", 1991: ", "other"),
        ("211–29", "pages"),
    )
    fields = assemble(labelled, source).fields
    assert fields["title"] == "Growth of river birds"
    assert fields["container_title"] == "Rivers of the north"
    assert (fields["publisher"], fields["publisher_place"]) == ("Nordforlag", "Oslo")


@pytest.mark.parametrize(
    "title",
    [
        "Les oiseaux du nord : Une histoire naturelle",
        "Growth of river birds : Mern and Dove revisited",
        "Growth of river birds : A study, Part I, North",
    ],
)
def test_a_spaced_colon_before_a_subtitle_is_left_alone(title: str) -> None:
    labelled, _ = labelled_parts(
        ("Pask R. ", "author"), (title, "title"), (". Paris: ", "other"), ("Seuil", "publisher")
    )
    assert editors_after_spaced_colon(labelled) == labelled


def test_a_title_read_as_the_first_editor_is_the_chapter_title() -> None:
    item = (
        "Pask R, et al Growing patterns of river birds. A first look : Mern J, Dove K, Hale A, "
        "et al, Rivers of the north. Oslo: Nordforlag, 1991: 211–29."
    )
    ref = read_item(item, 1, 1).reference
    assert ref.title == "Growing patterns of river birds. A first look"
    assert ref.container_title == "Rivers of the north"
    assert [n.family for n in ref.editor] == ["Mern", "Dove", "Hale"]


@pytest.mark.parametrize(
    ("book", "mark", "editors"),
    [
        ("Made-up enzymes and their kin", "ed.", ["Doe"]),
        ("Pandas in made-up zoos: biology and medicine", "eds", ["Doe", "Poe"]),
    ],
)
def test_the_editors_mark_first_in_parentheses_after_the_book(
    book: str, mark: str, editors: list[str]
) -> None:
    # the Royal Society's "In Book (eds Roe J, Doe K), pp. 3-9. Place: Publisher."
    names = ", ".join(f"{n} MP" for n in editors)
    ref = read_item(
        f"Roe JA, Moe K 2030 The chemistry of made-up things. In {book} ({mark} {names}), "
        "pp. 487–515. Oxford, UK: Example Press.",
        1,
        1,
    ).reference
    assert ref.type == "chapter"
    assert ref.title == "The chemistry of made-up things"
    assert ref.container_title == book
    assert [n.family for n in ref.editor] == editors


def test_the_books_volume_before_the_editors_in_parentheses() -> None:
    ref = read_item(
        "Roe DG 2030 Made-up outflows of estuaries. In Modelling made-up systems, vol. II "
        "(ed. Doe AM), pp. 1–24. Boca Raton, FL: Example Press.",
        1,
        1,
    ).reference
    assert (ref.container_title, ref.volume) == ("Modelling made-up systems", "II")


@pytest.mark.parametrize(
    "text",
    [
        "Roe RA, Moe AR: A made-up theory of habits. In Made-up Conditioning II: Current "
        "Research and Theory. Edited by Doe AH, Poe WF. New York: Example Press; 2030:64-99.",
        "Roe RA, Moe AR. A made-up theory of habits. In Doe AH, ed. Made-up Conditioning II: "
        "Current Research and Theory. London, England: Example Press; 2030 "
        "http://www.example.org/x.htm. Accessed September 15, 2031.",
    ],
)
def test_a_chapters_in_with_no_colon_is_no_books_title(text: str) -> None:
    ref = read_item(text, 1, 1).reference
    assert ref.type == "chapter"
    assert ref.title == "A made-up theory of habits"
    assert ref.container_title == "Made-up Conditioning II: Current Research and Theory"


@pytest.mark.parametrize(
    ("mark", "editors"), [("Roe B, éditeur", ["Roe"]), ("Roe B, Poe C, éditeurs", ["Roe", "Poe"])]
)
def test_french_editors_mark_opens_the_book(mark: str, editors: list[str]) -> None:
    ref = read_item(
        f"Quill J. Un chapitre inventé. In: {mark}. Traité de médecine fictive. Paris: "
        "Éditions Exemple; 2030. p. 45-67.",
        1,
        1,
    ).reference
    assert ref.type == "chapter"
    assert [n.family for n in ref.editor] == editors
    assert (ref.container_title, ref.publisher, ref.page) == (
        "Traité de médecine fictive",
        "Éditions Exemple",
        "45-67",
    )
