"""A body's name printed with its acronym in brackets, either order ("EAS (Example Agency
of Springfield). 2030.", "National Academy of Examples, Tests, and Medicine (NAETM).
2030."), is one author whose acronym spells the name's words, not names cut at a small
word or at the commas (all made-up text)."""

from __future__ import annotations

from blinarefs.parse import parse_reference_list

_AUTHOR_DATE = [
    "Poe A, Loe B. 2030. Made-up study of things. J Example Med. 12:1-10.",
    "Moe C, Noe D, Zoe E. 2029. Another made-up study. J Example Med. 11:5-9.",
    "Koe F. 2028. A third made-up study. Example Q. 10:2-8.",
]


def _authors(items: list[str]) -> dict[str, list[str]]:
    text = "References\n" + "".join(f"{n}. {t}\n" for n, t in enumerate(items, 1))
    return {
        ref.source_text: [a.literal or f"{a.given}|{a.family}" for a in ref.author]
        for ref in parse_reference_list(text).references
    }


def test_an_acronym_and_the_name_it_spells_are_one_author() -> None:
    bodies = [
        "EAFCC (Example Agency Framework Convention on Checks). 2030 Nov 20. "
        "Made-up agreement on a new fund; https://example.int/news/fund.",
        "US EPA (Example Protection Agency). 2030 Sep 13. Notification: made-up inquiry "
        "into water; https://www.example.gov/memo.pdf.",
        "National Academies of Examples, Testing, and Medicine (NAETM). 2030. Made-up "
        "infrastructure investments; https://example.edu/catalog/1.",
        "Springfield Infant Growth, Nutrition, and Infection Study (SIGNIS) Team. Made-up "
        "fortification in infants: a trial. J Example Med. 2030;12:e123.",
        "ASCE (American Society of Civil Examiners). 2030. “Minimum made-up loads” (ASCE/SEI "
        "7-30, American Society of Civil Examiners); https://example.org/doi/book/1.",
    ]
    found = _authors([*_AUTHOR_DATE, *bodies])
    for body in bodies:
        name = body.split(". ")[0]
        assert found[body] == [name], body


def test_an_acronym_that_spells_no_name_there_changes_nothing() -> None:
    kept = "Roe J, Doe K, Example Study Group (ESG). 2030. Made-up trial. J Example Med. 4:1-9."
    found = _authors([*_AUTHOR_DATE, kept])
    assert found[kept][:2] == ["J.|Roe", "K.|Doe"]
