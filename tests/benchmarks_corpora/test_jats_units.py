"""An agency's unit tagged in the title, on small JATS references written for these tests
(the bodies and documents in them are made up)."""

from __future__ import annotations

from pathlib import Path

from corpora.jats_units import UNIT_IN_TITLE

from benchmarks_corpora.jats_made import refs_of


def book(n: int, printed: str, collab: str, source: str) -> str:
    """A SciELO-like book: the printed text, and apart from it the tagged fields."""
    return (
        f'<ref id="R{n}"><label>{n}.</label><mixed-citation>{n}. {printed}</mixed-citation>'
        '<element-citation publication-type="book"><person-group person-group-type="author">'
        f"<collab>{collab}</collab></person-group><source>{source}</source>"
        "<year>2030</year></element-citation></ref>"
    )


def test_an_agency_s_unit_tagged_in_the_title_is_an_author(tmp_path: Path) -> None:
    refs = "".join(
        (
            # the unit opens the title tag: an author, the title after it
            book(1, "Exampleland. Ministério dos Testes. Plano inventado [Internet]. "
                 "Cidade (XX): Ministério dos Testes; 2030.", "Exampleland",
                 "Ministério dos Testes. Plano inventado [Internet]"),
            # the unit alone in the tag: the title is not known
            book(2, "Ministério dos Testes (XX). Departamento de Exemplos. Plano inventado. "
                 "Cidade: Ministério dos Testes, 2030.", "Ministério dos Testes (XX)",
                 "Departamento de Exemplos"),
            # a title that opens with no unit's word is the title
            book(3, "Exampleland. Made-up plan for tests. Cidade: Editora; 2030.",
                 "Exampleland", "Made-up plan for tests"),
        )
    )  # fmt: skip
    first, second, third = refs_of(tmp_path, refs)
    assert (first.authors, first.title) == (
        ("Exampleland", "Ministério dos Testes"),
        "Plano inventado [Internet]",
    )
    assert (second.authors, second.title) == (
        ("Ministério dos Testes (XX)", "Departamento de Exemplos"),
        None,
    )
    assert UNIT_IN_TITLE in first.notes and UNIT_IN_TITLE in second.notes
    assert (third.authors, third.title, third.notes) == (
        ("Exampleland",),
        "Made-up plan for tests",
        (),
    )
