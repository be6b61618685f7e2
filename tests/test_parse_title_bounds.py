"""Where the title starts and ends in Nature's and Science's form, "Roe A. B. & Doe C. D.
Title. J. Abbrev. Name 12, 34–40 (2030).": a name's last initial is not the title's first
word, a comma inside the title is not where the journal starts, and an abbreviated journal
keeps its first words. Every reference here is made up for the test."""

from __future__ import annotations

import pytest

from blinarefs.parse import read_item
from blinarefs.parse.title_words import initials_out_of_title


@pytest.mark.parametrize(
    ("printed", "title", "journal"),
    [
        (
            "Roe A. B. & Doe C. D. Made-up signals in imaginary cells. J. Made Res. 12, "
            "34–40 (2030).",
            "Made-up signals in imaginary cells",
            "J. Made Res.",
        ),
        (
            "Roe A. B., Poe E. F. & Doe C. D. Invented fear, hope, and the model brain. "
            "Imag. Brain Res. 12, 34–40 (2030).",
            "Invented fear, hope, and the model brain",
            "Imag. Brain Res.",
        ),
        (
            "Roe A. B., Poe E. & Doe C. Fictional receptor variants in patients with made-up "
            "stones of the kidney. Curr. Opin. Imag. Stud. 12, 34–40 (2030).",
            "Fictional receptor variants in patients with made-up stones of the kidney",
            "Curr. Opin. Imag. Stud.",
        ),
    ],
)
def test_nature_form_title_and_journal(printed: str, title: str, journal: str) -> None:
    ref = read_item(printed, 1, 1).reference
    assert (ref.title, ref.container_title) == (title, journal)
    assert (ref.volume, ref.page, ref.year) == ("12", "34-40", 2030)


def test_a_journal_spelled_out_keeps_its_lower_case_words() -> None:
    # PubMed's spelled-out names ("Made reviews. Imaginary oncology") are no title's end
    ref = read_item(
        "Roe A. B. & Doe C. D. Invented targets in the model era. Made reviews. Imaginary "
        "oncology 12, 34–40 (2030).",
        1,
        1,
    ).reference
    assert ref.container_title.endswith("Imaginary oncology")
    assert ref.title.startswith("Invented targets")


def test_initials_leave_the_title_only_after_a_name() -> None:
    source = "Roe A. B. C. Made-up title of a study. J. Made Res. 12, 34–40 (2030)."
    fields: dict[str, object] = {"title": "C. Made-up title of a study"}
    initials_out_of_title(fields, source)
    assert fields["title"] == "Made-up title of a study"
    # a species' abbreviated genus, its next word lower-case, stays the title's
    source = "Roe A. B. E. coli in made-up soils. J. Made Res. 12, 34–40 (2030)."
    fields = {"title": "E. coli in made-up soils"}
    initials_out_of_title(fields, source)
    assert fields["title"] == "E. coli in made-up soils"
    # with no name printed before it, an opening initial stays
    source = "2030. C. Made-up title of a study. J. Made Res. 12, 34–40."
    fields = {"title": "C. Made-up title of a study"}
    initials_out_of_title(fields, source)
    assert fields["title"] == "C. Made-up title of a study"


def test_a_year_left_at_the_journals_end_is_the_date() -> None:
    from blinarefs.parse.title_words import year_out_of_journal

    fields: dict[str, object] = {"container_title": "Made Pediatr 2030", "issued": (2030,)}
    year_out_of_journal(fields, "Roe J. Title. Made Pediatr 2030 113(3):4-9.")
    assert fields == {"container_title": "Made Pediatr", "issued": (2030,)}
    # a meeting's date and a book's name keep their year
    for name, source in (
        ("Proceedings of the Made-up Meeting, 1-3 May 2030", "Roe J. Title. In Proceedings"),
        ("Made-up Vision—MUCV 2030", "Roe J (2030) Title. In: Made-up Vision—MUCV 2030."),
    ):
        fields = {"container_title": name}
        year_out_of_journal(fields, source)
        assert fields == {"container_title": name}


def test_a_dotted_abbreviation_ending_the_title_keeps_its_last_letter() -> None:
    ref = read_item("Roe J, Doe A. Made-up falls in the U.S. Inj Prev 2030;26:1–9.", 1, 1)
    assert (ref.reference.title, ref.reference.container_title) == (
        "Made-up falls in the U.S",
        "Inj Prev",
    )


def test_a_journal_opening_with_an_initial_after_a_space_keeps_it() -> None:
    from blinarefs.parse.title_words import dotted_end_out_of_journal

    fields: dict[str, object] = {
        "title": "Made-up falls in zone B",
        "container_title": "J. Made Res",
    }
    dotted_end_out_of_journal(fields, "Roe J. Made-up falls in zone B. J. Made Res. 12, 3.")
    assert fields["container_title"] == "J. Made Res"
    fields = {"title": "Made-up falls in the U", "container_title": "S. Inj Prev"}
    dotted_end_out_of_journal(fields, "Roe J. Made-up falls in the U.S. Inj Prev 2030;26:1.")
    assert fields == {"title": "Made-up falls in the U.S", "container_title": "Inj Prev"}
