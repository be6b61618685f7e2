"""Forms found on the dev split of SciELO, OUP and Taylor & Francis (issue 13) that both
readers misread: a title that ends with its question before the place, a book's title read
as a journal, a single name printed initials first before a title read as more names, a
title that opens with a gene's name in lower case, a comma inside a title, a genus's
authority in parentheses, PubMed's notes after the pages, an article's number after the
volume's comma, a title opening with a marker's name after names nothing closes, and a
book's series in parentheses with its number. Every reference here is made up."""

from __future__ import annotations

import pytest

from blinarefs.model import Reference
from blinarefs.parse import parse_reference_list


def _one(printed: str) -> Reference:
    (ref,) = parse_reference_list(f"1. {printed}").references
    return ref


def test_a_question_ends_the_title_before_the_place() -> None:
    ref = _one(
        "Quillby E. Made-up harvests: where are we and how did we get here? Springfield "
        "(ST): Example Policy Institute; 2030."
    )
    assert ref.title == "Made-up harvests: where are we and how did we get here?"
    assert ref.publisher_place == "Springfield (ST)"
    assert ref.publisher == "Example Policy Institute"


def test_a_book_title_read_as_a_journal_is_the_title() -> None:
    ref = _one(
        "Quillby E., Rowan K.G., Thistle M.A. Practical Made-up Genetics. 2030; "
        "Springfield: Example Foundation."
    )
    assert ref.type == "book"
    assert ref.title == "Practical Made-up Genetics"
    assert ref.container_title == ""


@pytest.mark.parametrize(
    ("printed", "title"),
    [
        (
            "E. Quillby, Made-up Polymers: The Third Kind of Matter, disponível em: "
            "https://example.org/lecture/, acessado em 01/07/2030.",
            "Made-up Polymers: The Third Kind of Matter",
        ),
        (
            "K. Rowan, Made-up Boards and Other Curious Projects in Practice, disponível "
            "em: https://example.org/boards.html, acessado em 15/06/2030.",
            "Made-up Boards and Other Curious Projects in Practice",
        ),
    ],
)
def test_one_name_initials_first_then_a_web_page_title(printed: str, title: str) -> None:
    ref = _one(printed)
    assert [n.family for n in ref.author] == [printed.split(",")[0].split()[-1]]
    assert ref.title == title


@pytest.mark.parametrize(
    ("printed", "title", "container"),
    [
        (
            "Quillby E.M., Rowan K. (2030) hXyz41 and ABC7 act in made-up transport of "
            "lysosomal things. Example Commun., 4, 1361.",
            "hXyz41 and ABC7 act in made-up transport of lysosomal things",
            "Example Commun",
        ),
        (
            "Quillby E, Rowan K, Thistle M. miRNA 12a, 300, and 407 modulate made-up "
            "differentiation of cells. Example J 2030; 24(9):3255-63.",
            "miRNA 12a, 300, and 407 modulate made-up differentiation of cells",
            "Example J",
        ),
    ],
)
def test_a_title_opening_in_lower_case_keeps_its_head(
    printed: str, title: str, container: str
) -> None:
    ref = _one(printed)
    assert ref.title == title
    assert ref.container_title == container


def test_a_comma_inside_a_title_keeps_it_whole() -> None:
    ref = _one(
        "Quillby EM III, Rowan K, Thistle MA The relation of made-up infections, XYZ-1 "
        "RNA, and CD9 counts to made-up outcomes. J Made Up Syndr 2030; 30:421–8."
    )
    assert ref.title == (
        "The relation of made-up infections, XYZ-1 RNA, and CD9 counts to made-up outcomes"
    )


def test_a_title_holding_a_genus_authority_in_parentheses() -> None:
    ref = _one(
        "Quillby E, Rowan K, Thistle M, et al Made-up traits of Exemplus fictus (Jacq. ex "
        "Fr.) P. Kumm. grown on paper. Example Chem. 2030;169:396–400."
    )
    assert ref.title.startswith("Made-up traits of Exemplus fictus (Jacq. ex Fr.)")
    assert [n.family for n in ref.author] == ["Quillby", "Rowan", "Thistle"]


def test_pubmed_notes_after_the_pages_are_no_journal() -> None:
    ref = _one(
        "Quillby EM. Made-up drug processes: a new face. Example Pharmacol Ther. 2030 "
        "Mar;87(3):356-61. Epub 2030 Feb 3. Review. Erratum in: Example Pharmacol Ther. "
        "2031 Jan;89(1):148."
    )
    assert ref.title == "Made-up drug processes: a new face"
    assert ref.container_title == "Example Pharmacol Ther"
    assert (ref.volume, ref.first_page) == ("87", "356")
    # a title that opens with such words keeps them
    kept = _one("Quillby EM. Comment on: made-up findings. Example J. 2030;8(1):1-9.")
    assert kept.title == "Comment on: made-up findings"


def test_an_article_number_after_the_volume_comma() -> None:
    ref = _one("Quillby E, Rowan K, et al. Made-up metagenomes of islands. PeerX. 2030;7,e6800.")
    assert (ref.volume, ref.page) == ("7", "e6800")


@pytest.mark.parametrize(
    ("printed", "families", "title"),
    [
        (
            "Quillby EM FOXQ9+ cells as a made-up target. Example Opin Targets. 2030;22:353–363.",
            ["Quillby"],
            "FOXQ9+ cells as a made-up target",
        ),
        (
            "Quillby E, Rowan KG, Thistle M B7(Fv)-XY38KDEL, a made-up immunotoxin. Proc "
            "Example Acad Sci. 2030;88:8616–8620.",
            ["Quillby", "Rowan", "Thistle"],
            "B7(Fv)-XY38KDEL, a made-up immunotoxin",
        ),
    ],
)
def test_names_left_open_before_a_marker_name(
    printed: str, families: list[str], title: str
) -> None:
    ref = _one(printed)
    assert [n.family for n in ref.author] == families
    assert ref.title == title


@pytest.mark.parametrize(
    "series",
    [
        "(Example Methods Series; vol 12).",
        "(Example Methods Series; 12).",
        "(Example Methods Series, v. 12).",
        "(Série Exemplos; nº 12).",
    ],
)
def test_a_book_series_in_parentheses_is_no_journal(series: str) -> None:
    ref = _one(
        f"Quillby E, Rowan K. Made-up handbook of things. Springfield: Example Press; 2030. "
        f"{series}"
    )
    assert ref.type == "book"
    assert ref.title == "Made-up handbook of things"
    assert (ref.container_title, ref.volume, ref.issue) == ("", "", "")
    assert ref.collection_title == series[1:].split(";")[0].split(",")[0]


def test_a_link_sentence_is_no_title() -> None:
    ref = _one(
        "Example Health Organization. EHO Made-up Fact Sheet, 2030 Available at: "
        "http://www.example.org/files/sheet.pdf. Accessed: 26 April 2031."
    )
    assert ref.title == "EHO Made-up Fact Sheet"


def test_a_day_and_month_after_the_title_are_the_date() -> None:
    ref = _one(
        "Quillby E, Rowan K. Nota técnica inventada: sobre exemplos de coisas [Internet]. "
        "26 mar 2030 [Acesso 8 jun 2030]. Disponível em: https://example.org/nota.pdf"
    )
    # the medium is no part of the title (the Vancouver style prints it from the URL)
    assert ref.title == "Nota técnica inventada: sobre exemplos de coisas"


def test_a_quoted_title_closed_after_its_comma() -> None:
    # American style: the comma inside the closing quotation mark, the journal after it
    ref = _one(
        "E. M. Quillby, et al., “ Made-up (MU) diffraction data are coming to protein "
        "crystallography,” J. Appl. Examplogr. 52, 495–497 (2030)."
    )
    assert ref.title == "Made-up (MU) diffraction data are coming to protein crystallography"
    assert ref.container_title == "J. Appl. Examplogr."


def test_a_subtitle_opening_in_lower_case_is_the_titles() -> None:
    ref = _one(
        "Quillby P, Rowan I, Thistle A EXBOSS: the European molecular biology open example "
        "suite. Example Current Trends, 2030."
    )
    assert ref.title == "EXBOSS: the European molecular biology open example suite"


def test_a_company_word_is_no_journal() -> None:
    ref = _one(
        "Quillby EM, Rowan KA. The Discovery of Made-up Theory: Strategies for Research. "
        "Springfield, IL: Example Pub. Co., 2030"
    )
    assert ref.title == "The Discovery of Made-up Theory: Strategies for Research"
    assert ref.container_title != "Co"


def test_an_edition_in_parentheses_after_the_title() -> None:
    ref = _one(
        "Quillby EM, Rowan KA Analysis of Made-up Data(2nd ed). Springfield: Example Press; 2030."
    )
    assert ref.title == "Analysis of Made-up Data"
    assert ref.edition == "2"


def test_a_title_sentence_is_no_place() -> None:
    ref = _one(
        "Example Development Bank Made-up equality and food security as a tool against "
        "hunger Springfield City, Examplia: Example Development Bank; 2030."
    )
    assert ref.title.startswith("Made-up equality and food security")
    assert "hunger" not in ref.publisher_place


def test_names_initials_first_with_a_given_name_spelled_out() -> None:
    ref = _one("L. Quillby, Yi Rowan, I. Thistle, W. Dock, Angew. Example Ed. 2030, 52, 13699.")
    assert [n.family for n in ref.author] == ["Quillby", "Rowan", "Thistle", "Dock"]


def test_a_year_with_a_plus_is_no_title_word() -> None:
    # "2010+": a year still open, after names nothing closes; not a marker's "FOXQ9+"
    ref = _one(
        "Quillby L, Rowan F, Thistle SJ 2030+ Exemplum L. in EXDATA, the database of "
        "made-up plants. http://example.org/taxon/1047 (28 August 2031)."
    )
    assert ref.year == 2030
    assert ref.title.startswith("Exemplum L. in EXDATA")
