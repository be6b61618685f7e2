"""The house styles that print every initial with its stop, family name first (Nature's,
the ACS's: "Roe, J. & Doe, K. Title") or initials first (Science's, the APS's, Elsevier's
numbered: "J. Roe, K. Doe, and L. Poe, Title"): the names end where their form ends, the
title's capitalised first words are no names, "et al." closes the names, and a title and a
journal printed with capitals and stops are told apart by the journal's abbreviated words.
Every reference here is made up."""

from __future__ import annotations

import pytest

from blinarefs.parse import parse_reference_list
from blinarefs.parse.name_forms_dotted import names_end


def _one(text: str):
    (ref,) = parse_reference_list(f"References\n1. {text}\n").references
    return ref


@pytest.mark.parametrize(
    ("printed", "families", "title", "journal"),
    [
        # Nature's: "et al." closes the names; the title in title case, then the journal
        ("Fennick, S. et al. Imagined Reed Pathogenesis. Fictions 8, 212 (2030).",
         ["Fennick"], "Imagined Reed Pathogenesis", "Fictions"),
        ("Quell, J. et al. Safety of Pretend Particles in Medicine. Curr. Fict. Targets 16, "
         "1671–1681 (2030).", ["Quell"], "Safety of Pretend Particles in Medicine",
         "Curr. Fict. Targets"),
        ("Marrow, Y. N. & Marrow, L. Y. Tendrils. Reeds & Rushes 15, 2627–2641 (2030).",
         ["Marrow", "Marrow"], "Tendrils", "Reeds & Rushes"),
        # a title opening with an acronym and a colon, or with an article
        ("Quell, T. & Brindle, A. REEDS: a pretend tool for made-up families. Fictomatics 20, "
         "3702–3704 (2030).", ["Quell", "Brindle"], "REEDS: a pretend tool for made-up families",
         "Fictomatics"),
        # Science's and the APS's, initials first
        ("G. Marrow, J. Quell, S. Brindle, The C end of an imagined reed shapes its rushes. "
         "J. Fict. Chem. 280, 38376–38382 (2030).", ["Marrow", "Quell", "Brindle"],
         "The C end of an imagined reed shapes its rushes", "J. Fict. Chem."),
        ("L. Marrow and A. Quell, cis-Pretend elements within the made-up reed, Rushes 131, "
         "844 (2030).", ["Marrow", "Quell"], "cis-Pretend elements within the made-up reed",
         "Rushes"),
    ],
)  # fmt: skip
def test_the_names_end_where_their_form_ends(printed, families, title, journal) -> None:
    ref = _one(printed)
    assert [n.family for n in ref.author] == families
    assert (ref.title, ref.container_title) == (title, journal)


@pytest.mark.parametrize(
    ("printed", "names"),
    [
        ("Quell, J. A., Brindle, K. & Marrow, L. Title", "Quell, J. A., Brindle, K. & Marrow, L."),
        ("Quell, J.; Brindle, K.; et al. Title", "Quell, J.; Brindle, K.; et al."),
        ("J. A. Quell, K. Brindle, and L. Marrow, Title", "J. A. Quell, K. Brindle, and L. Marrow"),
        # not these forms, or not read whole (the names of an APA list go on)
        ("Quell JA, Brindle K. Title", ""),
        ("Marrow, T. J., & Fennick, O. (2030). Title", ""),
    ],
)
def test_names_end(printed: str, names: str) -> None:
    assert printed[: names_end(printed)] == names


@pytest.mark.parametrize(
    "printed",
    [
        # Elsevier's numbered, Nature's and the ACS's forms
        "K. Roe, L. Moe, Pretend smoking in made-up lungs, Lung Fict. (Amsterdam, Netherlands) "
        "57 (2030) 266–272.",
        "Roe, K. et al. Pretend smoking in made-up lungs. Lung Fict. (Amsterdam, Netherlands) "
        "57, 266–272 (2030).",
        "Roe, K.; Moe, L. Pretend Smoking in Made-up Lungs. Lung Fict. (Amsterdam, "
        "Netherlands) 2030, 57, 266–272.",
    ],
)
def test_a_journal_keeps_its_place_in_parentheses(printed: str) -> None:
    ref = _one(printed)
    assert ref.container_title.rstrip(".") == "Lung Fict. (Amsterdam, Netherlands)"
    assert ref.title.lower() == "pretend smoking in made-up lungs"
    assert (ref.volume, ref.page, ref.year) == ("57", "266-272", 2030)


def test_an_agency_opening_with_dotted_letters_is_no_name_initials_first() -> None:
    # "U.S. Made-up Agency": "U." and a family name "S" would end the names at "U.S"
    assert names_end("U.S. Made-up Agency Questions and answers: a pretend rule, 2030.") == 0


@pytest.mark.parametrize(
    ("printed", "families", "journal"),
    [
        # given names spelled out among the initials: more names, not a title
        ("M. Quell, G. Brindle, W‐Ke Su, Qi Marrow, Fict. Chem. 2030, 8, 647.",
         ["Quell", "Brindle", "Su", "Marrow"], "Fict. Chem."),
        # the names end at a comma, never at a journal's "J. Made."
        ("J. Quell, K. Brindle, J. J. Marrow, J. Made. Oncol. 2030, 42, 2693.",
         ["Quell", "Brindle", "Marrow"], "J. Made. Oncol."),
    ],
)  # fmt: skip
def test_untitled_names_initials_first_stay_names(printed, families, journal) -> None:
    ref = _one(printed)
    assert [n.family for n in ref.author] == families
    assert ref.container_title == journal and not ref.title
