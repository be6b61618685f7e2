"""China's national standard for references, GB/T 7714: the code after the title names the
kind of work, "//" stands for "In:", family names print in capitals. Made-up texts only."""

from __future__ import annotations

import pytest

from blinarefs.model import Name, Reference
from blinarefs.parse import parse_reference_list
from blinarefs.parse.printed_names import read_names
from blinarefs.parse.type_codes import capitalised_families, coded


def _one(text: str) -> Reference:
    (ref,) = parse_reference_list(f"References\n[1] {text}\n").references
    return ref


def test_a_journal_article_loses_its_code_and_its_capitals() -> None:
    ref = _one(
        "ROE J, MCDONALD K, O'BRIEN A. Iron overload in made-up anaemias[J]. Blood, "
        "2030, 134(12): 1002-1010."
    )
    assert ref.type == "article-journal"
    assert ref.title == "Iron overload in made-up anaemias"
    assert [n.family for n in ref.author] == ["Roe", "McDonald", "O'Brien"]
    assert (ref.container_title, ref.volume, ref.issue, ref.page) == (
        "Blood", "134", "12", "1002-1010"
    )  # fmt: skip
    assert ref.source_text.endswith("anaemias[J]. Blood, 2030, 134(12): 1002-1010.")


def test_a_book_with_spaced_initials_and_pages_after_the_year() -> None:
    ref = _one(
        "KIM V, ABBAS A K, MOE J C. Basic invented pathology[M]. 10th ed. Springfield: "
        "Example Press, 2030: 120-135."
    )
    assert ref.type == "book"
    assert [(n.family, n.given) for n in ref.author][1] == ("Abbas", "A. K.")
    assert ref.title == "Basic invented pathology"
    assert (ref.edition, ref.publisher, ref.publisher_place) == (
        "10",
        "Example Press",
        "Springfield",
    )


@pytest.mark.parametrize(
    ("text", "kind", "field", "value"),
    [
        ("ROE H. Invented methods for clinical prediction[D]. Springfield: University of "
         "Example, 2030.", "thesis", "publisher", "University of Example"),
        ("ROE Q, DOE M. A made-up method for lesion detection[C]//Proceedings of the "
         "Example Conference on Bioinformatics. Springfield: Example Society, 2030: 88-93.",
         "paper-conference", "container_title",
         "Proceedings of the Example Conference on Bioinformatics"),
        ("DOE K. Screening in made-up pregnancies[M]//ROE J, MOE A. Invented obstetrics. "
         "2nd ed. Springfield: Example Press, 2030: 201-215.", "chapter", "container_title",
         "Invented obstetrics"),
        ("ROE J, DOE K. Invented surveillance in county hospitals[R]. Springfield: Example "
         "Centre for Disease Control, 2030.", "report", "publisher",
         "Example Centre for Disease Control"),
        ("Example Commission. Invented protocol (trial version 10)[EB/OL]. "
         "(2030-01-05)[2031-03-01]. https://www.example.org/protocol10.htm.", "webpage",
         "accessed", "2031-03-01"),
    ],
)  # fmt: skip
def test_the_code_names_the_type(text: str, kind: str, field: str, value: str) -> None:
    ref = _one(text)
    assert ref.type == kind
    if field == "accessed":
        assert dict(ref.extra)["urldate"] == value
        assert ref.issued == (2030, 1, 5)  # the page's own date, "(2030-01-05)"
    else:
        assert getattr(ref, field) == value
    assert "[" not in ref.title


def test_a_reference_in_chinese_is_read_by_its_form() -> None:
    ref = _one("张三, 李四, 王五, 等. 虚构的流行病学研究[J]. 虚构医学杂志, 2030, 58(3): 201-206.")
    assert ref.author == (Name(literal="张三"), Name(literal="李四"), Name(literal="王五"))
    assert ref.author_truncated
    assert (ref.title, ref.container_title, ref.issued) == (
        "虚构的流行病学研究",
        "虚构医学杂志",
        (2030,),
    )
    assert (ref.volume, ref.issue, ref.page) == ("58", "3", "201-206")
    book = _one("陈明. 虚构流行病学[M]. 3版. 北京: 虚构出版社, 2030: 45-60.")
    assert (book.type, book.edition, book.publisher_place, book.publisher) == (
        "book", "3", "北京", "虚构出版社"
    )  # fmt: skip


def test_brackets_that_are_no_code_leave_the_item_alone() -> None:
    assert coded("Roe J. Vitamin [C] in made-up scurvy. J Invented. 2030;1:1-2.") is None
    assert coded("Roe J. Made-up trials [abstract]. J Invented. 2030;1:1-2.") is None
    assert coded("Roe J. Made-up trial [A randomised study]. J Invented. 2030;1:1-2.") is None


def test_capitals_are_cased_only_where_the_whole_list_prints_them() -> None:
    caps = [
        Reference(id="", author=(Name(family=f, given="J."),))
        for f in ("ROE", "DOE", "SMITH-JONES")
    ]
    assert [r.author[0].family for r in capitalised_families(caps)] == ["Roe", "Doe", "Smith-Jones"]
    mixed = [*caps, Reference(id="", author=(Name(family="Ng", given="K."),))]
    assert capitalised_families(mixed) == mixed  # "NG" and the rest are as printed


def test_vancouver_web_page_keeps_one_medium() -> None:
    ref = _one(
        "Example Commission. Invented protocol [Internet]. Springfield: Example Press; 2030 "
        "Jan 5 [cited 2031-03-01]. Available from: https://www.example.org/p.htm"
    )
    assert ref.title == "Invented protocol"
    assert ref.type == "webpage"


def test_han_names_in_a_vancouver_list_are_each_a_name() -> None:
    ref = _one("山田太郎, 鈴木花子. 架空の研究. 架空医学雑誌. 2030;45(3):123-130.")
    assert ref.author == (Name(literal="山田太郎"), Name(literal="鈴木花子"))
    assert (ref.title, ref.volume) == ("架空の研究", "45")


def test_pinyin_names_family_first_in_capitals_with_the_given_name_written_out() -> None:
    ref = _one(
        "ZHANG Xiaoming, OUYANG Li, WU Shi. Sleep in made-up shift workers[J]. Journal of "
        "Made-Up Studies, 2030, 12(3): 45-67."
    )
    assert [(n.family, n.given) for n in ref.author] == [
        ("Zhang", "Xiaoming"), ("Ouyang", "Li"), ("Wu", "Shi")
    ]  # fmt: skip
    assert ref.title == "Sleep in made-up shift workers"


def test_one_pinyin_name_is_a_person_not_an_organisation() -> None:
    ref = _one("WANG Wu. A made-up book on rice[M]. Beijing: Made-Up Press, 2029.")
    assert [(n.family, n.given, n.literal) for n in ref.author] == [("WANG", "Wu", "")]


@pytest.mark.parametrize(
    ("printed", "family"),
    [
        ("JA Smith, HE Lin", ["Smith", "Lin"]),  # given first: "Smith" is no pinyin
        ("CHEN Zhi-gang, LIU Yang", ["CHEN", "LIU"]),
        ("MA Smith", ["Smith"]),
        # Chicago's names after the first, initials first: "LA Sechi" is pinyin-shaped,
        # but a list whose other names print one initial first is given-first
        ("Roe, A, V Dunmore, and LA Sechi", ["Roe", "Dunmore", "Sechi"]),
        ("V Dunmore, LA Sechi", ["Dunmore", "Sechi"]),
    ],
)
def test_capitals_before_a_name_are_a_family_only_where_pinyin_spells_the_list(
    printed: str, family: list[str]
) -> None:
    names, _ = read_names(printed)
    assert [n.family for n in names] == family


def test_a_patent_keeps_its_number_and_day() -> None:
    [ref] = parse_reference_list(
        "[1] ROE J, DOE B. Made-up device for example tests: US12345678B2[P]. 2030-03-05.\n"
    ).references
    assert (ref.type, ref.title, ref.issued) == (
        "patent",
        "Made-up device for example tests",
        (2030, 3, 5),
    )
    assert "US12345678B2" in ref.note


@pytest.mark.parametrize(
    ("printed", "title", "paper"),
    [
        (
            "ROE J. Made-up news story[N]. Example Daily, 2030-03-05(3).",
            "Made-up news story",
            "Example Daily",
        ),
        ("王五. 虚构的新闻报道[N]. 虚构日报, 2030-03-05(3).", "虚构的新闻报道", "虚构日报"),
    ],
)
def test_a_newspaper_article_has_its_day_of_issue_and_page(printed, title, paper) -> None:
    [ref] = parse_reference_list(f"[1] {printed}\n").references
    assert (ref.type, ref.title, ref.container_title) == ("article-newspaper", title, paper)
    assert (ref.issued, ref.page, ref.volume, ref.issue) == ((2030, 3, 5), "3", "", "")
