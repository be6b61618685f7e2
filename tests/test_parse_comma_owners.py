"""PNAS's page by a body: "Example Agency, Made-up survey (2030). https://... Accessed 3
June 2030." The name before the first comma is the author (a group's name, as the markup
tags it), whatever its language, and the title runs to the year in parentheses; people
closed by their initials stay people (all made-up text)."""

from __future__ import annotations

from list_reading import authors_and_titles

_PNAS = [
    "Roe J. K., Doe P., Made-up study of things. Proc. Example Acad. 12, 1-10 (2030).",
    "Moe C., Made-up other study. Example Q. 11, 5-9 (2029).",
]


def test_a_body_before_the_comma_is_the_pages_author() -> None:
    pages = {
        "Agence Régionale d'Exemple, Communiqués et dossiers de presse (2030). "
        "https://www.example.fr/communiques. Accessed 15 July 2030.": (
            "Agence Régionale d'Exemple",
            "Communiqués et dossiers de presse",
        ),
        "Institut National de la Statistique et des Exemples, Habitants à Exemple (2030). "
        "https://www.example.fr/stat. Accessed 5 October 2030.": (
            "Institut National de la Statistique et des Exemples",
            "Habitants à Exemple",
        ),
        "Direction de l’Exemple, de l’Agriculture et de la Forêt de Springfield, "
        "Recensement Exemple (2030). example.fr/recensement. Accessed 7 July 2030.": (
            "Direction de l’Exemple, de l’Agriculture et de la Forêt de Springfield",
            "Recensement Exemple",
        ),
        "ExaMon, Made-up fever—Springfield (02): (North). Published date: 2030-06-09. "
        "Archive 20300609.58 (2030). https://example.org/posts/. Accessed 5 December 2030.": (
            "ExaMon",
            "Made-up fever—Springfield (02): (North)",
        ),
    }
    found = authors_and_titles([*_PNAS, *pages])
    for page, (author, title) in pages.items():
        assert found[page] == ([author], title), page


def test_people_and_journal_articles_stay() -> None:
    kept = [
        "Poe A. B., Made-up page of things (2030). https://example.org/p. Accessed 3 June 2030.",
        "Example Panel on Things, Made-up opinion. Example J. 18, e06093 (2030).",
    ]
    found = authors_and_titles([*_PNAS, *kept])
    assert found[kept[0]] == (["A. B.|Poe"], "Made-up page of things")
    assert found[kept[1]][0] == ["Example Panel on Things"]


def test_people_written_out_stay_people() -> None:
    kept = [
        "John Roe, Kate Doe, Made-up page of things (2030). https://example.org/p. "
        "Accessed 3 June 2030.",
        "Roe, John, Made-up page of things (2030). https://example.org/p. Accessed 3 June 2030.",
    ]
    found = authors_and_titles([*_PNAS, *kept])
    assert found[kept[0]][0] == ["John|Roe", "Kate|Doe"]
    assert found[kept[1]][0] == ["John|Roe"]


def test_a_body_read_past_its_commas_stays_whole() -> None:
    kept = (
        "Example Academies of Tests, Checks, and Trials (EATCT). 2030 Made-up crops: "
        "experiences. Springfield: Example Press See https://www.example.org/c (accessed 27 "
        "June 2030)."
    )
    found = authors_and_titles([*_PNAS, kept])
    assert found[kept][0] == ["Example Academies of Tests, Checks, and Trials (EATCT)"]
