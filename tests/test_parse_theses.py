"""A thesis's university where APA and IEEE print it. Made-up test texts only."""

from __future__ import annotations

import pytest

from blinarefs.parse import parse_reference_list


@pytest.mark.parametrize(
    ("text", "school"),
    [
        ('T. Fenwick, "Low-power front ends for made-up sensors," Ph.D. dissertation, Dept. '
         "Elect. Eng., Univ. Example, Springfield, IL, USA, 2017.", "Univ. Example"),
        ("Fenwick, T. (2017). Low-power front ends for made-up sensors (Doctoral "
         "dissertation, University of Example).", "University of Example"),
        ("Fenwick T. Low-power front ends for made-up sensors [dissertation]. Springfield "
         "(IL): University of Example; 2017.", "University of Example"),
        # AMA prints the kind as a sentence after the title: it was a book titled
        # "... sensors. Dissertation"
        ("Fenwick T. Low-power front ends for made-up sensors. Dissertation. University of "
         "Example; 2017.", "University of Example"),
        ("Fenwick T. Low-power front ends for made-up sensors. Thesis. University of Example; "
         "2017.", "University of Example"),
        # APA 7's brackets: the publisher ran on from the bracket to the URL
        ("Fenwick, T. (2017). Low-power front ends for made-up sensors [Doctoral dissertation, "
         "University of Example]. Example Repository. https://example.edu/123",
         "University of Example"),
    ],
)  # fmt: skip
def test_a_theses_university_is_its_publisher(text: str, school: str) -> None:
    (ref,) = parse_reference_list(f"References\n1. {text}\n").references
    assert ref.type == "thesis"
    assert ref.title == "Low-power front ends for made-up sensors"
    assert ref.publisher == school


@pytest.mark.parametrize(
    ("names", "kind", "entry"),
    [
        ("QUILLBY, L. M.; ROWAN, J.", "Dissertação (Mestrado em Nutrição)", "mastersthesis"),
        ("QUILLBY, Luana Maria", "Tese (Doutorado em Nutrição)", None),
    ],
)
def test_brazils_abnt_thesis(names: str, kind: str, entry: str | None) -> None:
    # ABNT (NBR 6023): the kind, the degree and the school after the year
    (ref,) = parse_reference_list(
        f"REFERÊNCIAS\n1. {names}. Metabolismo inventado do ferro. 2030. {kind} – "
        "Universidade Federal de Exemplo, Springfield, 2030.\n"
    ).references
    assert ref.type == "thesis"
    assert ref.title == "Metabolismo inventado do ferro"
    assert (ref.publisher, ref.publisher_place) == (
        "Universidade Federal de Exemplo",
        "Springfield",
    )
    assert dict(ref.extra).get("blinarefs-entrytype") == entry


@pytest.mark.parametrize(
    ("between", "school"),
    [
        # the count of leaves after the year ("120 f.")
        ("2030. 120 f. Tese (Doutorado em Nutrição) - Universidade Federal de Exemplo",
         "Universidade Federal de Exemplo"),
        # the institute before the university
        ("2030. Dissertação (Mestrado em Nutrição) – Instituto de Exemplo, Universidade de"
         " Exemplo", "Instituto de Exemplo, Universidade de Exemplo"),
    ],
)  # fmt: skip
def test_abnt_thesis_with_its_leaves_and_institute(between: str, school: str) -> None:
    (ref,) = parse_reference_list(
        f"REFERÊNCIAS\n1. QUILLBY, L. M. Metabolismo inventado do ferro. {between},"
        " Springfield, 2030.\n"
    ).references
    assert (ref.type, ref.title) == ("thesis", "Metabolismo inventado do ferro")
    assert (ref.publisher, ref.publisher_place) == (school, "Springfield")


def test_ieees_quoted_title_before_the_kind_is_the_title() -> None:
    # a short quoted title: the reader took the kind's words for it ("Ph.D. dissertation,
    # Dept"), and the title was lost
    (ref,) = parse_reference_list(
        'References\n[1] J. Roe, "Made-up thesis title," Ph.D. dissertation, Dept. Made-Up '
        "Stud., Invented Univ., Springfield, IL, USA, 2030.\n"
    ).references
    assert (ref.type, ref.title, ref.publisher) == (
        "thesis",
        "Made-up thesis title",
        "Invented Univ",
    )


@pytest.mark.parametrize("kind", ["M.S. thesis", "M.Sc. thesis", "M.A. thesis"])
def test_ieees_masters_thesis_names_its_university(kind: str) -> None:
    # "M.S. thesis" named no kind the rules knew: the university was left out and the
    # thesis was not told from a doctoral one
    (ref,) = parse_reference_list(
        f'References\n[1] J. Roe, "Made-up thesis title," {kind}, Dept. Elect. Eng., Univ. '
        "Example, Springfield, IL, USA, 2030.\n"
    ).references
    assert (ref.type, ref.publisher) == ("thesis", "Univ. Example")
    assert ("blinarefs-entrytype", "mastersthesis") in ref.extra


@pytest.mark.parametrize(
    "kind",
    ["Doctoral thesis", "M.Sc. thesis", "Master's dissertation", "Ph.D. dissertation"],
)
def test_the_degree_as_a_sentence_after_the_title_is_no_part_of_it(kind: str) -> None:
    # "Title. M.Sc. thesis, University, Place": the title ran into the kind and the school
    (ref,) = parse_reference_list(
        f"References\n1. Roe J. Made-up history of widgets in the example region. {kind},"
        " Example State University, Springfield, 2030.\n"
    ).references
    assert ref.type == "thesis"
    assert ref.title == "Made-up history of widgets in the example region"


# An author-year list, as Brazil's and Spain's journals print one: a second reference so
# that the list is read as a list
_ANOTHER = "ROE, J. (2031) Outro título inventado. Rev Exemplo 1(2): 3-4."


@pytest.mark.parametrize(
    ("printed", "school"),
    [
        ("QUILLBY LM. 2030. Metabolismo inventado do ferro. Springfield, Tese de Doutorado, "
         "Instituto de Exemplo, Universidade Federal de Exemplo, 120 p.", "Instituto de Exemplo"),
        ("QUILLBY LM. 2030. Metabolismo inventado do ferro. Springfield. Monografia de "
         "Conclusão de Curso, Curso de Nutrição, Universidade Federal de Exemplo, 55 p.", ""),
        ("Quillby, L. M. (2030). Metabolismo inventado do ferro [Tese de Doutorado, "
         "Universidade Federal de Exemplo]. Repositório Exemplo. https://example.org/123",
         "Universidade Federal de Exemplo"),
        ("Quillby, L. M. (2030). Metabolismo inventado do ferro [Dissertação de Mestrado não "
         "publicada]. Universidade Federal de Exemplo.", ""),
        ("Quillby, L. M. (2030). Metabolismo inventado do ferro (Tese de Doutorado). "
         "Universidade Federal de Exemplo, Springfield, SP.", ""),
        ("QUILLBY, L.M. (2030) Metabolismo inventado do ferro. 195f. Tese (Doutorado em "
         "Nutrição) - Universidade Federal de Exemplo, Springfield.", ""),
        ("QUILLBY, L.M. (2030) Metabolismo inventado do ferro. Trabalho de Conclusão de Curso "
         "(Graduação) - Universidade Federal de Exemplo, Springfield.",
         "Universidade Federal de Exemplo"),
        ("QUILLBY, L.M. (2030) Metabolismo inventado do ferro. 37f. Monografia (Especialização) "
         "- Centro de Exemplo, Universidade Federal de Exemplo, Springfield.",
         "Universidade Federal de Exemplo"),
        ("QUILLBY, Luana Maria. Metabolismo inventado do ferro. Dissertação apresentada ao "
         "Programa de Pós-Graduação em Nutrição da UFEX. Springfield, 2030.", ""),
    ],
)  # fmt: skip
def test_a_romance_theses_kind_after_its_title_is_no_part_of_it(printed: str, school: str) -> None:
    # before: the kind (and the place before it) ran into the title, and a "Monografia" or
    # "Trabalho de Conclusão de Curso" was a book whose publisher was the kind's words
    ref, _ = parse_reference_list(f"REFERÊNCIAS\n{printed}\n{_ANOTHER}\n").references
    assert ref.type == "thesis"
    assert ref.title == "Metabolismo inventado do ferro"
    assert ref.publisher == school


def test_spains_tesis_doctoral_after_the_title() -> None:
    ref, _ = parse_reference_list(
        "REFERENCIAS\nQuillby L. (2030), Metabolismo inventado del hierro: un estudio. Tesis "
        f"doctoral. Springfield, Facultad de Exemplo, Universidad de Exemplo.\n{_ANOTHER}\n"
    ).references
    assert (ref.type, ref.title) == ("thesis", "Metabolismo inventado del hierro: un estudio")


@pytest.mark.parametrize(
    "title", ["Dissertação sobre o ferro inventado", "The thesis of the invented iron"]
)
def test_an_article_about_a_thesis_in_a_journal_is_an_article(title: str) -> None:
    # before: a thesis's word in the title made a thesis of it, and its journal was lost
    ref, _ = parse_reference_list(
        f"REFERÊNCIAS\nQUILLBY LM. 2030. {title}. Rev Exemplo 12(3): 45-67.\n{_ANOTHER}\n"
    ).references
    assert (ref.type, ref.title, ref.container_title) == ("article-journal", title, "Rev Exemplo")
