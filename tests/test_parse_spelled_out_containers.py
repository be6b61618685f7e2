"""A body's report printed with no imprint, in a list that abbreviates its journals: "Example
National Cancer Registry. Cancer in Exampleland. 2030." and "Example Agency. Made-up
strategy. Towards ending examples [Internet]. 2030." The container read is spelled out
("in", "and" kept), printed by no other entry, with no volume nor pages: no journal of this
list. The name before the title is the body's, and a body's title keeps its second
sentence (made-up references)."""

from __future__ import annotations

import pytest

from blinarefs.model import Reference
from blinarefs.parse import parse_reference_list

# a list that abbreviates its journals, as BMJ's and Vancouver lists do
_ARTICLES = [
    "Roe J, Doe P. Made-up care in example populations. J Example Med 2030;12:101–9.",
    "Poe K. Example cells in made-up tissue. Example Clin Res 2029;4:11–9.",
    "Moe A, Roe J. A made-up trial of examples. Ann Example Surg 2028;8:1–8.",
    "Hoe B. Example outcomes after made-up care. Int J Example Sci 2027;3:21–9.",
    "Loe C, Poe K. Examples of made-up disease. Eur J Example Dis 2026;19:5–12.",
]


def _first(item: str, articles: list[str] = _ARTICLES) -> Reference:
    text = "".join(f"{k}. {t}\n" for k, t in enumerate([item, *articles], 1))
    return parse_reference_list(text).references[0]


@pytest.mark.parametrize(
    ("item", "author", "title"),
    [
        (
            "Example National Cancer Registry. Cancer in Exampleland. 2030.",
            "Example National Cancer Registry",
            "Cancer in Exampleland",
        ),
        (
            "Example Caucus of Made-up Legislators. Pollinator Protection Briefing Book. 2030.",
            "Example Caucus of Made-up Legislators",
            "Pollinator Protection Briefing Book",
        ),
        (
            "Example Health Organization (EHO). Global made-up strategy on examples "
            "2030–2035. Towards ending example disease [Internet]. 2030.",
            "Example Health Organization (EHO)",
            "Global made-up strategy on examples 2030–2035. Towards ending example disease",
        ),
        (
            "Example Population Fund (EPF). Ageing in the Example Century. A Celebration "
            "and a Challenge. 2030.",
            "Example Population Fund (EPF)",
            "Ageing in the Example Century. A Celebration and a Challenge",
        ),
    ],
)
def test_the_body_and_its_title(item: str, author: str, title: str) -> None:
    ref = _first(item)
    assert ([a.literal for a in ref.author], ref.title, ref.container_title) == (
        [author],
        title,
        "",
    )


def test_a_journal_another_entry_prints_stays() -> None:
    item = "Example cells in made-up care. Journal of Example Care. 2030."
    other = "Roe J. Made-up trials. Journal of Example Care 2029;3:1–9."
    ref = _first(item, [*_ARTICLES, other])
    assert (ref.title, ref.container_title) == (
        "Example cells in made-up care",
        "Journal of Example Care",
    )


def test_a_spelled_out_list_keeps_its_journals() -> None:
    spelled = [
        "Roe J, Doe P. Made-up care. Journal of Example Medicine 2030;12:101–9.",
        "Poe K. Example cells. Archives of Example Research 2029;4:11–9.",
        "Moe A. A made-up trial. Annals of Example Surgery 2028;8:1–8.",
        "Hoe B. Example outcomes. Journal of Example Science 2027;3:21–9.",
        "Loe C. Made-up disease. Journal of Example Disease 2026;19:5–12.",
    ]
    ref = _first("Example National Cancer Registry. Cancer in Exampleland. 2030.", spelled)
    assert ref.container_title == "Cancer in Exampleland"
