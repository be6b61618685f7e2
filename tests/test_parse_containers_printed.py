"""Containers as printed: a paper in a meeting's proceedings with the place and year after
them ("em: Proceedings of ... (Lisboa, 2031)."), as physics and engineering lists print it;
"Year, Title, Journal, Volume" with a short title.
Every reference here is a made-up test text, not a real record."""

from __future__ import annotations

from blinarefs.model import Reference
from blinarefs.parse import parse_reference_list


def _read(text: str) -> Reference:
    refs = parse_reference_list(f"References\n1. {text}\n").references
    assert len(refs) == 1
    return refs[0]


def test_the_place_is_not_part_of_the_proceedings() -> None:
    for text, name in (
        ("V.E. Roe, em: Twentieth Annual Invented Waves Symposium (Porto, 2030).",
         "Twentieth Annual Invented Waves Symposium"),
        ("Y.A. Roe, em:Proceedings of the 9th Conference on Fictional Circuits (ICFC) "
         "(Recife, 2029).", "Proceedings of the 9th Conference on Fictional Circuits (ICFC)"),
        ("A. Roe, in: Proceedings of the 9th Workshop on Fictional Circuits (Recife, 2029), "
         "p. 12.", "Proceedings of the 9th Workshop on Fictional Circuits"),
    ):  # fmt: skip
        ref = _read(text)
        assert ref.container_title == name
        assert ref.type == "paper-conference"


def test_a_comma_in_the_name_of_the_meeting() -> None:
    ref = _read(
        "A. Roe, B. Doe e C. Poe, em: Proceedings of the 4th International Conference on "
        "Rivers, Lakes and Imaginary Seas (Lisboa, 2031)."
    )
    assert ref.container_title == (
        "Proceedings of the 4th International Conference on Rivers, Lakes and Imaginary Seas"
    )
    assert [n.family for n in ref.author] == ["Roe", "Doe", "Poe"]


def test_a_journal_with_a_place_in_parentheses_is_left_alone() -> None:
    ref = _read("A. Roe, Fict. Waves (Lisboa) 12, 45 (2031).")
    assert ref.type == "article-journal" and ref.volume == "12"


def test_a_short_title_before_the_journal_after_the_year() -> None:
    for text, title, journal in (
        ("Roe F., Doe R.A. 2031, Questions and answers, Am. Fict., 2, 30–1.",
         "Questions and answers", "Am. Fict"),
        ("Roe F. 2031, Frogs, Fict. Nature, 2, 30–1.", "Frogs", "Fict. Nature"),
        ("Roe I.R. 2031, Frog ligase: structure, mechanism, and function, Fict. Sci., 186, "
         "790–7.", "Frog ligase: structure, mechanism, and function", "Fict. Sci"),
    ):  # fmt: skip
        ref = _read(text)
        assert (ref.title, ref.container_title.rstrip(".")) == (title, journal)
        assert ref.volume in ("2", "186")


def test_a_chemistry_journal_with_a_comma_before_its_section() -> None:
    """Wiley's and Angewandte's lists print no title, the names initials first, and the
    journal may hold a comma before its section ("Angew. Chem., Int. Ed."): the part after
    the comma alone was the journal."""
    for text, name in (
        ("A. M. Roe, S. L. Doe, F. W. Poe, Made. Up. Chem., Int. Ed. 2030, 56, 12132.",
         "Made. Up. Chem., Int. Ed."),
        ("M. Roe, T. Doe, J. Invent. Photobiol., C 2030, 30, 10.", "J. Invent. Photobiol., C"),
        ("A. Roe, B. Doe Jr., Invent. Sci. 2030, 25, 1605–1612.", "Invent. Sci."),
    ):  # fmt: skip
        ref = _read(text)
        assert ref.container_title == name
        assert (ref.volume, ref.issued) == (text.split(", ")[-2], (2030,))


def test_a_journal_opening_with_j_and_an_abbreviation_is_no_name() -> None:
    """ "H. Roe, W. C. Doe, J. Invent. Chem. 2030, ...": "J. Invent" reads like one more
    name, initials first, but a family name takes no full stop with more of the journal
    after it; the journal was cut to its last word, or lost."""
    for text, name, families in (
        ("H. Roe, W. C. Doe, J. Invent. Chem. 2030, 63, 904–905.", "J. Invent. Chem.",
         ["Roe", "Doe"]),
        ("J. Roe, J. Made. Soc. 2030, 149, A1190.", "J. Made. Soc.", ["Roe"]),
        ("R. Roe, M. Doe, Z. Invent. Allg. Chem. 2030, 643, 1723–1729;",
         "Z. Invent. Allg. Chem.", ["Roe", "Doe"]),
    ):  # fmt: skip
        ref = _read(text)
        assert ref.container_title == name
        assert [n.family for n in ref.author] == families


def test_a_journal_cut_at_a_full_stop_before_a_lone_letter_is_whole() -> None:
    """ "Plant Biotechnol. J.": the journal was read as "J" alone (or "B. Biointerfaces"),
    its first words left at the title's end; no journal is named by a letter."""
    for text, title, name in (
        ("Roe J, Doe JH. Designed made-up nucleases for owls. Invented Biotechnol. J. "
         "2030;14: 448–462.", "Designed made-up nucleases for owls", "Invented Biotechnol. J"),
        ("Roe S, Doe C. Made-up proline under soil water deficits. Colloids Invent. B. "
         "Biointerfaces. 2030; 53: 113–119.", "Made-up proline under soil water deficits",
         "Colloids Invent. B. Biointerfaces"),
    ):  # fmt: skip
        ref = _read(text)
        assert (ref.title, ref.container_title) == (title, name)


def test_a_journal_opening_with_j_keeps_the_titles_last_sentence() -> None:
    """ "J." opens a journal ("J. Made Bot"): no lone letter cut from its name, so the
    title's last sentence ("var. Owlet") stays the title's."""
    from blinarefs.model import build_reference
    from blinarefs.parse.journals import journal_cut_at_letter

    printed = "Roe X. (2030). Made-up tolerance in wheat var. Owlet. J. Made Bot. 65 64–66."
    ref = build_reference(
        "r", {"title": "Made-up tolerance in wheat var. Owlet", "container_title": "J. Made Bot",
              "source_text": printed},
    )  # fmt: skip
    assert journal_cut_at_letter(ref) is ref
    lone = ref.with_fields(
        title="Made-up tolerance in wheat. Made Up", container_title="J",
        source_text="Roe X. (2030). Made-up tolerance in wheat. Made Up. J. 65 64–66.",
    )  # fmt: skip
    assert journal_cut_at_letter(lone).container_title == "Made Up. J"
