"""A name alone before the address of its page ("Example Index. https://...", "Example Works
Library. Available at: https://... Accessed 1 May 2030.") is the page's owner, its author,
as the markup of such references tags it; a name read as a person's family with an
acronym's letters as initials ("Springfield Forum of EAS.") is the body's whole name (all
made-up text)."""

from __future__ import annotations

from list_reading import VANCOUVER, authors_and_titles


def test_a_name_alone_before_its_address_is_the_author() -> None:
    pages = [
        "Example Index. https://index.example.org/ (accessed: May 4, 2030).",
        "Web of Examples. https://www.examples.example.com/search (accessed: May 4, 2030).",
        "Springfield Works Europe. www.works.example.eu (accessed 24 April 2030).",
        "Example Lab WebTest Genome Viewer. http://viewer.example.edu/. 22-3-30",
    ]
    found = authors_and_titles([*VANCOUVER, *pages])
    for page in pages:
        name = page.split(". ")[0]
        assert found[page] == ([name], ""), page


def test_a_title_or_a_person_before_an_address_stays() -> None:
    kept = [
        "Made-up viewer, a tool for examples. http://tool.example.org/. Accessed 1 July 2030.",
        "Roe J. https://www.example.org/roe (accessed 4 May 2030).",
        "Doe JR Widgets. http://www.example.edu/widgets.html. Accessed May 8, 2030.",
        "Example Respiratory Society Made-Up Research Collaborations. "
        "www.example.org/research/collaborations Date last accessed: May 28, 2030.",
    ]
    found = authors_and_titles([*VANCOUVER, *kept])
    assert found[kept[0]] == ([], "Made-up viewer, a tool for examples")
    assert found[kept[1]][0] == ["J.|Roe"]
    assert found[kept[2]] == (["J. R.|Doe"], "Widgets")
    assert found[kept[3]][1] != ""  # the readers told the body and the title apart


def test_a_body_cut_before_its_closing_acronym_is_whole() -> None:
    cut = [
        "Springfield Forum of EAS. The principles of examples (PE). "
        "https://www.example.org/pe.pdf 2030.",
        "Example Agency - EXA. News in detail: made-up things. Springfield: Example Press; "
        "2030 https://www.example.org/news",
    ]
    found = authors_and_titles([*VANCOUVER, *cut])
    assert found[cut[0]][0] == ["Springfield Forum of EAS"]
    assert found[cut[1]][0] == ["Example Agency - EXA"]
