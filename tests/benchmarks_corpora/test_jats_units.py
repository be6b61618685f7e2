"""An agency's unit or a group's name tagged in the title, on small JATS references written
for these tests (the bodies, groups and documents in them are made up)."""

from __future__ import annotations

from pathlib import Path

from corpora.jats_units import BODY_AS_TITLE, DESIGNATION_AS_AUTHOR, GROUP_IN_TITLE, UNIT_IN_TITLE

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


def article(n: int, printed: str, surname: str | None, title: str) -> str:
    """A BMJ-like journal article: the printed text, and apart from it the tagged fields."""
    people = (
        f'<person-group person-group-type="author"><name><surname>{surname}</surname>'
        "<given-names>J</given-names></name></person-group>"
        if surname
        else ""
    )
    return (
        f'<ref id="R{n}"><label>{n}.</label><mixed-citation>{n}. {printed}</mixed-citation>'
        f'<element-citation publication-type="journal">{people}'
        f"<article-title>{title}</article-title><source>J Made</source><year>2030</year>"
        "<volume>1</volume><fpage>2</fpage></element-citation></ref>"
    )


def test_a_group_s_name_tagged_in_the_title_is_an_author(tmp_path: Path) -> None:
    refs = "".join(
        (
            # after the people, or alone, closed by its full stop: an author
            article(1, "Roe J Example Network of Consortia. Made-up sharing of effects. "
                    "J Made 2030;1:2.", "Roe",
                    "Example Network of Consortia. Made-up sharing of effects"),
            article(2, "Example Association Study (EAS) Consortium. Made-up loci. "
                    "J Made 2030;1:2.", None,
                    "Example Association Study (EAS) Consortium. Made-up loci"),
            # a document's sentence naming a group, or a title about one: the title
            article(3, "Roe J Report of the Example Working Group. Made-up findings. "
                    "J Made 2030;1:2.", "Roe",
                    "Report of the Example Working Group. Made-up findings"),
            article(4, "Roe J The role of the group. Made-up findings. J Made 2030;1:2.",
                    "Roe", "The role of the group. Made-up findings"),
            # printed inside the title's quotation marks: the title's
            article(5, "Roe J. 2030. “Example Document Group. Made-up consensus.” J Made 1: 2.",
                    "Roe", "Example Document Group. Made-up consensus"),
        )
    )  # fmt: skip
    first, second, third, fourth, fifth = refs_of(tmp_path, refs)
    assert (first.authors, first.title) == (
        ("Roe", "Example Network of Consortia"),
        "Made-up sharing of effects",
    )
    assert (second.authors, second.title) == (
        ("Example Association Study (EAS) Consortium",),
        "Made-up loci",
    )
    assert GROUP_IN_TITLE in first.notes and GROUP_IN_TITLE in second.notes
    assert third.title == "Report of the Example Working Group. Made-up findings"
    assert fourth.title == "The role of the group. Made-up findings"
    assert GROUP_IN_TITLE not in third.notes + fourth.notes + fifth.notes
    assert fifth.title == "Example Document Group. Made-up consensus"


def test_a_standards_designation_tagged_as_its_author_names_no_author(tmp_path: Path) -> None:
    refs = "".join(
        (
            '<ref id="R1"><label>1</label><element-citation publication-type="book">'
            '<person-group person-group-type="author"><collab>GB 1234-2030</collab>'
            "</person-group><source>Example safety standards</source><publisher-loc>"
            "Springfield</publisher-loc><publisher-name>Example Administration"
            "</publisher-name><year>2030</year></element-citation></ref>",
            # a body's name is its author
            book(2, "Example Standards Body. Example requirements. Springfield: ESB; 2030.",
                 "Example Standards Body", "Example requirements"),
        )
    )  # fmt: skip
    first, second = refs_of(tmp_path, refs)
    assert (first.authors, DESIGNATION_AS_AUTHOR in first.notes) == ((), True)
    assert (second.authors, second.notes) == (("Example Standards Body",), ())


def page(n: int, printed: str, title: str, source: str) -> str:
    """A page tagged as some markup tags a body's: no name, the body in the title tag."""
    tagged = printed.replace(title, f"<article-title>{title}</article-title>", 1)
    tagged = tagged.replace(source, f"<source>{source}</source>", 1)
    return (
        f'<ref id="R{n}"><label>{n})</label><mixed-citation publication-type="webpage">'
        f"{tagged}</mixed-citation></ref>"
    )


def test_a_body_s_name_tagged_as_the_title_is_the_author(tmp_path: Path) -> None:
    refs = "".join(
        (
            page(1, "Ministry of Examples, Tests and Trials. Made-up survey of things in "
                 "Springfield, 2030 http://www.example.org/survey.pdf (in Exemplish)",
                 "Ministry of Examples, Tests and Trials",
                 "Made-up survey of things in Springfield, 2030"),
            # a title that is no body's name stays the title
            page(2, "Made-up survey of things. Example Annual. http://www.example.org/",
                 "Made-up survey of things", "Example Annual"),
            # a body before a chapter's book: the book is no title of the body's
            page(3, "Example Academies of Tests In: Roe J, eds. Made-up Book of Things. "
                 "Springfield: Example Press; 2030.", "Example Academies of Tests",
                 "Made-up Book of Things"),
        )
    )  # fmt: skip
    first, second, third = refs_of(tmp_path, refs)
    assert BODY_AS_TITLE not in third.notes
    assert (first.authors, first.title, first.container) == (
        ("Ministry of Examples, Tests and Trials",),
        "Made-up survey of things in Springfield, 2030",
        None,
    )
    assert BODY_AS_TITLE in first.notes
    assert (second.authors, second.title, BODY_AS_TITLE in second.notes) == (
        (),
        "Made-up survey of things",
        False,
    )
