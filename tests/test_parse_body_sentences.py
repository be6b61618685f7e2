"""A body's name printed as its own sentence before the title is the author: an acronym's
name before its page's title and address ("EX-AMP. Made-up Photovoice: Springfield. https://
... 2030."), and a name opening with its acronym ("EXU Center for the Example Adolescent. The
...") read as the acronym alone with the rest of the name in the title (all made-up text)."""

from __future__ import annotations

from list_reading import VANCOUVER, authors_and_titles


def test_an_acronym_before_its_page_title_and_address_is_the_author() -> None:
    page = (
        "EX-AMP. Photovoice/Fotovoz: Springfield & East Example, Exampleland. "
        "https://drive.example.com/file/d/1AbCdEf/view 2030."
    )
    found = authors_and_titles([*VANCOUVER, page])
    assert found[page] == (
        ["EX-AMP"],
        "Photovoice/Fotovoz: Springfield & East Example, Exampleland",
    )


def test_a_name_opening_with_its_acronym_is_one_author() -> None:
    item = (
        "EXU Center for the Example Adolescent. The made-up effects of examples on "
        "adolescents. Example University, Springfield. Published April 28, 2030. Accessed "
        "October 18, 2030. https://adolescent.example.edu/report"
    )
    found = authors_and_titles([*VANCOUVER, item])
    authors, title = found[item]
    assert authors == ["EXU Center for the Example Adolescent"]
    assert title == "The made-up effects of examples on adolescents"


def test_an_acronym_then_a_title_stays() -> None:
    item = "EXO. Example Health Statistics. Springfield: Example Organization; 2030."
    found = authors_and_titles([*VANCOUVER, item])
    assert found[item] == (["EXO"], "Example Health Statistics")


def test_a_site_name_run_into_its_page_title_is_the_author() -> None:
    items = {
        "The Example Times Dengue spreading in Springfield [cited 2030 May 4]. Available "
        "from: https://theexampletimes.example.com/news/dengue": (
            ["The Example Times"],
            "Dengue spreading in Springfield",  # the date of access is no title's
        ),
        "Examplenews More than 30 people down with made-up fever. 2030 [cited 2030 Sep 5]. "
        "Available from: https://examplenews.example.int/report/more-30": (
            ["Examplenews"],
            "More than 30 people down with made-up fever",
        ),
        "GoE Exampleland made-up strategy of the Ministry of Examples. Ministry of Examples; "
        "2030 [cited 2030 Nov 15]. Available from: https://www.example.int/doc/strategy.pdf": (
            ["GoE"],
            "Exampleland made-up strategy of the Ministry of Examples",
        ),
    }
    found = authors_and_titles([*VANCOUVER, *items])
    for item, want in items.items():
        assert found[item] == want, item


def test_a_title_opening_with_a_name_stays_the_title() -> None:
    items = {  # a title's word after the name, another acronym, or the name going on
        "Downscaled EXM data portal. http://www.example-climate.org/data. Accessed 4 May 2030.": [],
        "EXO COVID-19 Case rules, 2030. Available at: https://www.exo.int/rules.": [],
        "EXMO Zoo. Made-up guide to the animals. https://www.exmo.example.nl/guide 2030.": [
            "EXMO Zoo"
        ],
    }
    found = authors_and_titles([*VANCOUVER, *items])
    for item, authors in items.items():
        assert found[item][0] == authors, item


def test_a_name_with_its_acronym_before_its_page_title_and_address_is_the_author() -> None:
    page = (
        "Journal of Made-up Origins of Health and Examples (J MOHaE). About This Journal. "
        "Available at: https://www.example.org/journals/mohae/about (Accessed: March 23, 2030)."
    )
    found = authors_and_titles([*VANCOUVER, page])
    assert found[page] == (
        ["Journal of Made-up Origins of Health and Examples (J MOHaE)"],
        "About This Journal",
    )


def test_a_second_body_by_its_acronym_after_a_comma_is_a_second_author() -> None:
    item = (
        "Example Health Organization, EXDH. Closing the Made-up Gap: Example Equity. In: "
        "Final Report of the Example Commission. Example Health Organization; 2030."
    )
    found = authors_and_titles([*VANCOUVER, item])
    assert found[item][0] == ["Example Health Organization", "EXDH"]
