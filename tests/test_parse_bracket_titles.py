"""A title closing with a bracketed classification, "(Perciformes: Exampleidae)", printed
with no full stop before what follows it (Acta Amazonica's and PLOS-style zoology lists):
the bracket is the title's, its colon or comma no field's end, and the journal or the
imprint after it is not the title's (all made-up text)."""

from __future__ import annotations

from blinarefs.parse import parse_reference_list

_AUTHOR_YEAR = [
    "Poe, A.B.; Loe, C. 2028. Made-up study of things. Journal of Example Studies, 12: 1-10.",
    "Moe, C.D. 2029. Another made-up study. Example Quarterly, 11: 5-9.",
]
_PLOS = [
    "Poe AB, Loe C (2028) Made-up study of things. J Example Med 12: 1-10.",
    "Moe CD (2029) Another made-up study. Example Q 11: 5-9.",
]


def _read(items: list[str]) -> dict[str, tuple[str, str]]:
    text = "References\n" + "".join(f"{n}. {t}\n" for n, t in enumerate(items, 1))
    return {
        r.source_text: (r.title, r.container_title) for r in parse_reference_list(text).references
    }


def test_the_bracket_closed_after_the_titles_cut_is_the_titles() -> None:
    items = {
        "Roe, J.D.; Doe, P.K. 2030. A new made-up fish from Springfield (Perciformes: "
        "Exampleidae) Journal of Example Ichthyology, 6: 159-168.": (
            "A new made-up fish from Springfield (Perciformes: Exampleidae)",
            "Journal of Example Ichthyology",
        ),
    }
    found = _read([*_AUTHOR_YEAR, *items])
    for item, read in items.items():
        assert found[item] == read, item


def test_the_bracket_before_an_imprint_is_the_titles() -> None:
    item = (
        "Roe KL, Doe A (2030) A catalog of the made-up fishes of the world (Perciformes, "
        "Exampleidae) Springfield, Maryland: Example Society of America. 611 p."
    )
    found = _read([*_PLOS, item])
    title = "A catalog of the made-up fishes of the world (Perciformes, Exampleidae)"
    assert found[item][0] == title


def test_the_journal_after_the_bracket_is_not_the_titles() -> None:
    items = {
        "Roe, J.D.; Doe, P.K.; Koe, L. 2030. Made-up knifefish from the Example Basin, "
        "Springfield (Gymnotiformes: Exampleidae) Examplezoa, 410: 1-11.": (
            "Made-up knifefish from the Example Basin, Springfield (Gymnotiformes: Exampleidae)",
            "Examplezoa",
        ),
        "Roe, J.D.; Koe, L. 2030. A made-up electric fish from southern Springfield "
        "(Gymnotiformes: Exampleidae) Example Ichthyology, 6: 159-168.": (
            "A made-up electric fish from southern Springfield (Gymnotiformes: Exampleidae)",
            "Example Ichthyology",
        ),
    }
    found = _read([*_AUTHOR_YEAR, *items])
    for item, read in items.items():
        assert found[item] == read, item


def test_brackets_of_other_kinds_stay() -> None:
    items = {
        "Roe, J.D. 2030. The (un)making of made-up policy. Example Quarterly, 12: 1-10.": (
            "The (un)making of made-up policy",
            "Example Quarterly",
        ),
        "Roe, J.D. 2030. Made-up trials (review) in children. Example Quarterly, 12: 1-10.": (
            "Made-up trials (review) in children",
            "Example Quarterly",
        ),
    }
    found = _read([*_AUTHOR_YEAR, *items])
    for item, read in items.items():
        assert found[item] == read, item
