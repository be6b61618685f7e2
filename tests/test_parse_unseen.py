"""Forms of publishers the labeller was not trained on, read by rule (docs/parser.md,
"Leaving sources out"). Every reference here is made up for the test."""

from __future__ import annotations

import pytest

from blinarefs.model import Name, Reference, build_reference
from blinarefs.parse import parse_reference, parse_reference_list
from blinarefs.parse.agencies import organisations_first
from blinarefs.parse.assemble import assemble
from blinarefs.parse.closing import close_names as _close_names
from blinarefs.parse.field_values import printed_pages
from blinarefs.parse.reference import Unparsed
from blinarefs.parse.run_together import volume_issue_apart
from blinarefs.parse.tails import physics_tail
from labelled import labelled_parts


def _one(printed: str) -> Reference:
    [ref] = parse_reference_list(f"References\n1. {printed}\n").references
    return ref


def test_a_bare_doi_after_the_pages_is_the_doi() -> None:
    # BMJ's house style prints the DOI with no "doi:" after the pages
    ref = parse_reference(
        "Quillby EL, Rowan KG. Invented findings on imaginary cells. "
        "J Made Up Stud. 2030;12:S64–S70. 10.9999/jmus.2030.001"
    )
    assert isinstance(ref, Reference)
    assert (ref.doi, ref.page, ref.container_title) == (
        "10.9999/jmus.2030.001",
        "S64-S70",
        "J Made Up Stud",
    )


def test_a_journal_tail_without_a_full_stop_is_not_a_book() -> None:
    # "Journal 2030;2030:1-8": not "Publisher; Year:pages"
    printed = "Quillby EL. Invented findings on imaginary cells. J Made Up Stud 2030;2030:1–8."
    assert isinstance(parse_reference(printed), Unparsed)
    ref = _one(printed)
    assert ref.type == "article-journal" and ref.volume == "2030"


@pytest.mark.parametrize(
    ("printed", "pages"),
    [("S64–S70", "S64-S70"), ("pp. 12-19", "12-19"), ("S. 12-19", "12-19"), ("p 5-9", "5-9")],
)
def test_a_supplement_page_keeps_its_s(printed: str, pages: str) -> None:
    assert printed_pages(printed) == pages


def test_a_chapters_editors_are_not_authors_and_its_book_is_the_container() -> None:
    # Vancouver: "In: Names, editor. Book." with the editors read as more authors
    labelled, source = labelled_parts(
        ("Quillby EL, Rowan KG. ", "author"),
        ("Invented findings on imaginary cells. ", "title"),
        ("In: Sallow R, Thistle M, ", "author"),
        ("editors. ", "other"),
        ("A Book of Made-up Things", "container"),
        (". Springfield: Nowhere Press; ", "publisher"),
        ("2030", "year"),
        (". p. 5-9.", "pages"),
    )
    fields = assemble(labelled, source).fields
    assert [n.family for n in fields["author"]] == ["Quillby", "Rowan"]
    assert [n.family for n in fields["editor"]] == ["Sallow", "Thistle"]
    assert fields["container_title"] == "A Book of Made-up Things"
    assert fields["type"] == "chapter"


def test_a_chapter_run_into_the_title_is_cut_into_title_editors_book_and_place() -> None:
    # "Title In: Name (ed). Book. Place: Publisher", all of it read as the title
    labelled, source = labelled_parts(
        ("Quillby EL. ", "author"),
        ("Invented findings on imaginary cells In: Sallow R (ed). A Book of Made-up "
         "Things. Springfield: ", "title"),
        ("Nowhere Press", "publisher"),
        (", 2030.", "year"),
    )  # fmt: skip
    fields = assemble(labelled, source).fields
    assert fields["title"] == "Invented findings on imaginary cells"
    assert [n.family for n in fields["editor"]] == ["Sallow"]
    assert fields["container_title"] == "A Book of Made-up Things"
    assert fields["publisher_place"] == "Springfield"


def test_a_sentence_after_in_is_not_taken_for_editors() -> None:
    labelled, source = labelled_parts(
        ("Quillby EL. ", "author"),
        ("Invented findings. In: the making of things, eds and more. Other words", "title"),
        (". 2030.", "year"),
    )
    assert "editor" not in assemble(labelled, source).fields


def test_an_abbreviated_journal_is_not_cut_at_its_first_full_stop() -> None:
    # the comma style: "Title. Made Stud. Lett., 13, e100."
    labelled, source = labelled_parts(
        ("Quillby E. L. (2030) ", "author"),
        ("Invented findings on imaginary cells. Made Stud", "title"),
        (". ", "other"),
        ("Lett", "container"),
        ("., ", "other"),
        ("13", "volume"),
        (", ", "other"),
        ("e100", "pages"),
        (".", "other"),
    )
    fields = assemble(labelled, source).fields
    assert fields["title"] == "Invented findings on imaginary cells"
    assert fields["container_title"] == "Made Stud. Lett"


@pytest.mark.parametrize(
    ("printed", "authors", "title"),
    [
        (
            "Office of the Examiner. Invented guidance on imaginary things. 2030.",
            ["Office of the Examiner"],
            "Invented guidance on imaginary things",
        ),
        (
            "Ministério da Imaginação (XX). Secretaria de Coisas Inventadas. Departamento de "
            "Testes. Manual de coisas imaginárias. Cidade: Editora; 2030.",
            ["Ministério da Imaginação (XX)", "Secretaria de Coisas Inventadas",
             "Departamento de Testes"],
            "Manual de coisas imaginárias",
        ),
        ("IMAG. Invented guidance on imaginary things. 2030.", ["IMAG"],
         "Invented guidance on imaginary things"),
        # two agencies' acronyms joined by a slash: one author, as printed
        ("IMAG/EXAMPF. Invented outbreaks - Situation Report No.4. 2030.", ["IMAG/EXAMPF"],
         "Invented outbreaks - Situation Report No.4"),
        # not organisations: a title's sentences, an acronym's name spelt out after it
        ("Guidelines for Use of Things. Invented guidance. 2030.", [],
         "Guidelines for Use of Things. Invented guidance"),
        ("Examples of imaginary offices. Invented guidance. 2030.", [],
         "Examples of imaginary offices. Invented guidance"),
    ],
)  # fmt: skip
def test_organisations_before_the_title_are_its_authors(printed, authors, title) -> None:
    ref = build_reference(
        "", {"title": printed.rsplit(". 2030", 1)[0].split(". Cidade")[0], "issued": (2030,)}
    )
    ref = organisations_first(ref)
    assert ([n.literal for n in ref.author], ref.title) == (authors, title)


def test_slash_joined_acronyms_read_as_a_title_are_the_author_not_a_journal() -> None:
    # the labeller reads "IMAG/EXAMPF" as the title and the title as the journal
    listed = parse_reference_list(
        "1. IMAG/EXAMPF. Invented outbreaks in the Islands - Situation Report No.4. 2030.\n"
    )
    (ref,) = listed.references
    assert [n.literal for n in ref.author] == ["IMAG/EXAMPF"]
    assert ref.title == "Invented outbreaks in the Islands - Situation Report No.4"
    assert (ref.container_title, ref.type) == ("", "book")


def test_an_agencys_units_after_it_are_authors_too_but_not_a_spelt_out_acronym() -> None:
    ref = build_reference(
        "",
        {
            "author": (Name(literal="IMAG"),),
            "title": "Imaginary Agency of Examples. Invented guidance",
            "issued": (2030,),
        },
    )
    assert organisations_first(ref) == ref
    with_person = ref.with_fields(author=(Name(family="Quillby", given="E"),))
    assert organisations_first(with_person) == with_person


def test_a_chapters_pages_after_the_year_without_a_full_stop() -> None:
    ref = parse_reference(
        "Quillby EL. Invented findings. In: Sallow R, editor. A Book of Made-up Things. "
        "Springfield: Nowhere Press; 2030 p. 5–19."
    )
    assert isinstance(ref, Reference)
    assert (ref.type, ref.page, ref.publisher) == ("chapter", "5-19", "Nowhere Press")


@pytest.mark.parametrize(
    ("parts", "authors", "title"),
    [
        (  # "Roe J.A. Title": the labeller ends the name at "J."
            [("Quillby E., Rowan K", "author"), (".", "other"),
             ("G. Invented findings on imaginary cells", "title"), (". 2030.", "year")],
            ["Quillby", "Rowan"], "Invented findings on imaginary cells",
        ),
        (  # an old house style: "Roe, J.; Doe, A.B. - Title"
            [("Quillby, E.; Rowan, K", "author"), (". ", "other"),
             ("G. - Invented findings on imaginary cells", "title"), (". 2030.", "year")],
            ["Quillby", "Rowan"], "Invented findings on imaginary cells",
        ),
        (
            [("Quillby, E. & Rowan, K.G. - Invented findings on imaginary cells", "title"),
             (". 2030.", "year")],
            ["Quillby", "Rowan"], "Invented findings on imaginary cells",
        ),
        (  # "(2030) The Title", the article left out of the title
            [("Quillby E.", "author"), (" (2030) The ", "other"),
             ("Invented findings on imaginary cells", "title"), (". ", "other")],
            ["Quillby"], "The Invented findings on imaginary cells",
        ),
        (  # a title's own dash, after no names, stays
            [("Quillby E. ", "author"),
             ("Invented findings - a review of imaginary cells", "title"), (". 2030.", "year")],
            ["Quillby"], "Invented findings - a review of imaginary cells",
        ),
    ],
)  # fmt: skip
def test_names_the_labeller_left_in_the_title_go_back_to_the_names(parts, authors, title) -> None:
    fields = assemble(*labelled_parts(*parts)).fields
    assert ([n.family for n in fields.get("author", ())], fields["title"]) == (authors, title)


@pytest.mark.parametrize(
    ("title", "rest", "whole"),
    [
        ("Invented findings on imaginary COVID-", "19 [Internet]. 2030.", "Invented findings on imaginary COVID-19"),  # noqa: E501
        ("Invented findings on imaginary cells [in Examplish", "]. 2030.", "Invented findings on imaginary cells [in Examplish]"),  # noqa: E501
        ("Invented findings (a review)", ". 2030.", "Invented findings (a review)"),
    ],
)  # fmt: skip
def test_a_title_is_not_cut_inside_a_word_or_a_bracket(title, rest, whole) -> None:
    fields = assemble(
        *labelled_parts(("Quillby E. ", "author"), (title, "title"), (rest, "other"))
    ).fields
    assert fields["title"] == whole


@pytest.mark.parametrize("edition", ["2.ed", "2. ed", "2ª ed", "2nd edn"])
def test_an_edition_after_a_books_title_is_the_edition(edition) -> None:
    printed = f"Quillby E. Manual de coisas imaginárias. {edition}. Cidade: Editora; 2030."
    ref = parse_reference(printed)
    assert isinstance(ref, Reference)
    assert (volume_issue_apart(ref).title, volume_issue_apart(ref).edition) == (
        "Manual de coisas imaginárias",
        "2",
    )
    labelled = labelled_parts(
        ("Quillby E. ", "author"), (f"Manual de coisas imaginárias. {edition}", "title"),
        (". Cidade: Editora; 2030.", "other"),
    )  # fmt: skip
    fields = assemble(*labelled).fields
    assert (fields["title"], fields["edition"]) == ("Manual de coisas imaginárias", "2")


def test_names_the_grammar_also_read_at_the_titles_start_are_left_out_of_it() -> None:
    # "Roe, J. & Doe, A.B. - Title": the grammar reads the names, and again in the title
    [ref] = parse_reference_list(
        "1. Quillby, E. & Rowan, K.G. - Invented findings on imaginary cells. "
        "Nowhere Press, Springfield. 2030.\n"
    ).references
    assert [n.family for n in ref.author] == ["Quillby", "Rowan"]
    assert ref.title == "Invented findings on imaginary cells"


def test_names_after_the_title_are_editors_or_nobody() -> None:
    labelled, source = labelled_parts(
        ("Quillby E. and Rowan K.", "author"),
        (" (", "other"),
        ("2030", "year"),
        (") ", "other"),
        ("Invented findings. ", "title"),
        ("A Book of Made-up Things, ", "container"),
        ("S. Sallow", "author"),
        (" (eds), Nowhere Press, ", "other"),
        ("Springfield", "author"),
        (", 11-19.", "pages"),
    )
    fields = assemble(labelled, source).fields
    assert [n.family for n in fields["author"]] == ["Quillby", "Rowan"]
    assert [n.family for n in fields["editor"]] == ["Sallow"]


@pytest.mark.parametrize(
    ("printed", "closed"),
    [
        ("The Imaginary Heart Study Group Design of a made-up trial. J Made Up Stud 2030;1:1-9.",
         "The Imaginary Heart Study Group. Design of a made-up trial."),
        ("Quillby EL, Rowan K, Imaginary Health Study Invented benefits of nothing. J Made Up "
         "Stud 2030;1:1-9.", "Imaginary Health Study. Invented benefits"),
        # with the small words such a name keeps
        ("Quillby EL, Rowan K, Imaginary Mother and Child Health Study Group Invented "
         "benefits. J Made Up Stud 2030;1:1-9.",
         "Rowan K, Imaginary Mother and Child Health Study Group. Invented benefits"),
    ],
)  # fmt: skip
def test_a_group_name_nothing_closes_ends_before_the_title(printed, closed) -> None:
    assert closed in _close_names(printed)


def test_a_title_that_opens_with_a_group_word_is_left_alone() -> None:
    printed = "Quillby EL. Study Group Meetings in imaginary places. J Made Up Stud 2030;1:1-9."
    assert _close_names(printed) == printed
    printed = "Study Group Meetings in imaginary places. J Made Up Stud 2030;1:1-9."
    assert _close_names(printed) == printed


@pytest.mark.parametrize(
    ("tail", "journal"),
    [(", https://doi.org/10.9999/made.2030.1.", "Made Up Database"),
     (", mud042.", "Made Up Database"),
     # a report's place and year is no journal
     (".", None)],
)  # fmt: skip
def test_a_journal_whose_volumes_are_years_in_the_comma_style(tail, journal) -> None:
    labelled, source = labelled_parts(
        ("Quillby E. (", "author"), ("2030", "year"), (") ", "other"),
        ("Invented findings on imaginary cells. Made Up Database, 2030", "title"),
        (tail, "other"),
    )  # fmt: skip
    fields = assemble(labelled, source).fields
    assert fields.get("container_title") == journal
    assert (fields["title"] == "Invented findings on imaginary cells") is (journal is not None)


def test_a_vancouver_list_ends_at_the_full_stop_after_initials() -> None:
    # the labeller read on into a title that opens like a name ("Cellin B, cellin H...")
    labelled, source = labelled_parts(
        ("Quillby EL, Rowan K, Sallow M. Cellin B, cellin", "author"),
        (" ", "other"),
        ("H and other imaginary proteins", "title"),
        (". J Made Up Stud 2030;1:1-9.", "other"),
    )
    fields = assemble(labelled, source).fields
    assert [n.family for n in fields["author"]] == ["Quillby", "Rowan", "Sallow"]
    assert fields["title"] == "Cellin B, cellin H and other imaginary proteins"
    # names printed "Roe, J. A.; Doe, B." are left alone
    labelled, source = labelled_parts(
        ("Quillby, E. L.; Rowan, K.; Sallow, M.", "author"),
        (" ", "other"),
        ("Invented findings", "title"),
        (". J Made Up Stud 2030;1:1-9.", "other"),
    )
    assert [n.family for n in assemble(labelled, source).fields["author"]] == [
        "Quillby", "Rowan", "Sallow"
    ]  # fmt: skip


def test_an_agency_and_its_units_printed_with_commas_are_one_author_each() -> None:
    ref = build_reference(
        "",
        {
            "title": "Ministério da Imaginação (XX), Secretaria de Coisas em Teste, Departamento "
            "de Exemplos. Manual de coisas imaginárias",
            "issued": (2030,),
        },
    )
    ref = organisations_first(ref)
    assert [n.literal for n in ref.author] == [
        "Ministério da Imaginação (XX)", "Secretaria de Coisas em Teste", "Departamento de Exemplos"
    ]  # fmt: skip
    assert ref.title == "Manual de coisas imaginárias"


def test_a_place_and_publisher_without_volume_or_pages_is_a_book_not_a_journal() -> None:
    labelled, source = labelled_parts(
        ("Quillby E. ", "author"), ("2030", "year"), (", ", "other"),
        ("Invented findings on imaginary cells", "title"), (". ", "other"),
        ("Springfield", "container"), (": ", "other"), ("Nowhere Press", "publisher"),
        (".", "other"),
    )  # fmt: skip
    fields = assemble(labelled, source).fields
    assert fields["type"] == "book" and "container_title" not in fields


def test_a_chapter_in_with_no_full_stop_before_it_is_read_by_the_grammar() -> None:
    ref = parse_reference(
        "Quillby E. Invented findings In: Sallow R, Thistle M, editors. A Book of Made-up "
        "Things. Springfield: Nowhere Press; 2030 p. 5–19."
    )
    assert isinstance(ref, Reference)
    assert (ref.type, ref.title, ref.container_title) == (
        "chapter", "Invented findings", "A Book of Made-up Things"
    )  # fmt: skip


def test_a_titles_last_sentence_is_not_taken_for_a_dotted_journals_start() -> None:
    labelled, source = labelled_parts(
        ("Quillby E. ", "author"),
        ("Invented findings on imaginary cells. I. Grain Growth", "title"),
        (". ", "other"), ("Made. Up. Stud", "container"), (". 2030; 22: 935–944.", "other"),
    )  # fmt: skip
    fields = assemble(labelled, source).fields
    assert fields["title"] == "Invented findings on imaginary cells. I. Grain Growth"


@pytest.mark.parametrize(
    ("journal", "label"), [("Made Up Stud", "other"), ("Made Up Stud", "title"), ("MUS", "title")]
)
def test_a_journal_before_its_volume_and_pages_with_no_full_stop(journal, label) -> None:
    # "(2030) Title. Journal 49: 101-9.", the journal left out of every field or in the title
    labelled, source = labelled_parts(
        ("Quillby E (", "author"), ("2030", "year"), (") ", "other"),
        ("Invented findings on imaginary cells", "title"), (". ", label), (journal, label),
        (" ", "other"), ("49", label), (": ", "other"), ("101–109", "pages"), (".", "other"),
    )  # fmt: skip
    fields = assemble(labelled, source).fields
    assert (fields["title"], fields["container_title"], fields["volume"]) == (
        "Invented findings on imaginary cells", journal, "49"
    )  # fmt: skip


def test_a_pubmed_id_the_labeller_took_for_pages_is_the_pubmed_id() -> None:
    labelled, source = labelled_parts(
        ("Quillby E (", "author"), ("2030", "year"), (") ", "other"),
        ("Invented findings", "title"), (". ", "other"), ("Made Up Stud", "container"),
        (" ", "other"), ("49", "volume"), (": ", "other"), ("57-62", "pages"),
        (". PubMed: ", "other"), ("19876543", "pages"), (".", "other"),
    )  # fmt: skip
    fields = assemble(labelled, source).fields
    assert (fields["page"], fields["pmid"]) == ("57-62", "19876543")


@pytest.mark.parametrize(
    "printed",
    [
        "a) A. Quillby, B.-C. Rowan, Made. Up. Chem. Int. Ed. 2030, 56, 9910;",
        "A. Quillby, B. Rowan, Made. Up. Chem. Int. Ed. 2030, 56, 9910.",
    ],
)
def test_a_chemistry_list_with_the_names_initials_first_and_no_title(printed) -> None:
    tail = physics_tail(printed)
    assert tail is not None
    assert tail[1] == {
        "container_title": "Made. Up. Chem. Int. Ed", "volume": "56", "issued": (2030,),
        "page": "9910", "title": "",  # names, then the journal: no title printed
    }  # fmt: skip
    # not a title after family-first names
    assert physics_tail("Quillby A, Rowan B, Invented findings, Made Up 2030, 56, 9910.") is None


def test_an_organisation_nothing_closes_ends_before_the_title_unless_a_longer_name_does() -> None:
    printed = "Imaginary Development Bank Invented equality and made-up food. Springfield; 2030."
    assert _close_names(printed).startswith("Imaginary Development Bank. Invented equality")
    printed = "Imaginary Health Organization Made Up Reference Study Group. Invented standards."
    assert _close_names(printed) == printed


@pytest.mark.parametrize(
    ("printed", "organisation", "title"),
    [
        ("Institute for Imaginary Metrics and Evaluation Projections of nothing, 2030 "
         "Available: https://example.org/proj [Accessed 1 May 2031].",
         "Institute for Imaginary Metrics and Evaluation", "Projections of nothing"),
        ("The Centre For Pretend Dynamics & Policy Modelling the spread of rumours, 2030 "
         "Available: https://example.org/x", "The Centre For Pretend Dynamics & Policy",
         "Modelling the spread of rumours"),
        ("Ministry of Invented Affairs Annual report on pretend things. Lakeside: Ministry of "
         "Invented Affairs; 2030.", "Ministry of Invented Affairs",
         "Annual report on pretend things"),
    ],
)  # fmt: skip
def test_an_organisation_going_on_past_its_word_ends_where_a_sentence_case_title_starts(
    printed: str, organisation: str, title: str
) -> None:
    ref = _one(printed)
    assert ([n.literal for n in ref.author], ref.title) == ([organisation], title)


@pytest.mark.parametrize(
    "printed",
    [
        # a title-case title: nothing says where the name ends
        "Centers for Pretend Control and Prevention Severe Imaginary Syndrome - Lakeside, 2030.",
        # a sentence-case title opening with a word organisations have
        "Center of mass motion in imaginary walking. J Made Up. 2030;1:1-9.",
        # closed already
        "Institute for Imaginary Metrics. Projections of nothing. 2030.",
        # a name would end with a small word
        "Lakeside Society of Pretend Arts Readings on Imaginary things. 2030 https://x.org/a",
    ],
)
def test_no_organisation_is_closed_where_no_title_start_shows(printed: str) -> None:
    assert _close_names(printed) == printed


def test_an_acronym_read_as_the_title_before_the_site_is_the_author() -> None:
    # an agency's acronym, closed or not, then a web page's title the labeller took for
    # the site's name
    for printed in (
        "EXO Invented conditions of imaginary vectors in Lakeside. 2029 [cited 2030 Oct 21]. "
        "Available from: http://library.example.org/x.pdf",
        "EXO. Invented conditions of imaginary vectors in Lakeside. 2029. Available from: "
        "http://library.example.org/x.pdf",
    ):
        ref = _one(printed)
        assert ([n.literal for n in ref.author], ref.title, ref.container_title) == (
            ["EXO"],
            "Invented conditions of imaginary vectors in Lakeside",
            "",
        )


def test_a_link_the_labeller_took_for_a_doi_is_the_url() -> None:
    # a page's year and address with no full stop between them
    ref = _one("World Pretend Rowing Federation Safety in imaginary boats 2030 "
               "https://rowing.example.org/safety")  # fmt: skip
    assert (ref.url, ref.doi, ref.type) == ("https://rowing.example.org/safety", "", "webpage")
    assert ref.title == "Safety in imaginary boats"


def test_a_dotted_journal_before_a_comma_volume_is_the_journal() -> None:
    # the Royal Society's "Title. Made. Methods 6, 2812-2831."
    labelled, source = labelled_parts(
        ("Quillby E ", "author"), ("2030", "year"), (" ", "other"),
        ("Invented findings on imaginary cells. Made. Methods 6", "title"), (", ", "other"),
        ("2812–2831", "pages"), (".", "other"),
    )  # fmt: skip
    fields = assemble(labelled, source).fields
    assert (fields["title"], fields["container_title"], fields["volume"]) == (
        "Invented findings on imaginary cells", "Made. Methods", "6"
    )  # fmt: skip


def test_a_suffix_after_initials_does_not_end_the_names() -> None:
    printed = "Quillby EL, Rowan KG Jr, Sallow M. Invented findings. J Made Up Stud. 2030;1:1-9."
    assert _close_names(printed) == printed
    [ref] = parse_reference_list(f"1. {printed}\n").references
    assert [n.family for n in ref.author] == ["Quillby", "Rowan", "Sallow"]


def test_a_book_title_after_the_title_makes_a_chapter_not_a_book() -> None:
    labelled, source = labelled_parts(
        ("Invented findings", "title"), (". ", "other"),
        ("Essence of made-up things for the general reader", "container"), (". ", "other"),
        ("Springfield", "place"), (": ", "other"), ("Nowhere Press", "publisher"),
        ("; 2030.", "year"),
    )  # fmt: skip
    fields = assemble(labelled, source).fields
    assert fields["type"] == "chapter"
    assert fields["container_title"] == "Essence of made-up things for the general reader"


def test_a_study_group_nothing_closes_after_the_people_is_one_author() -> None:
    ref = _one(
        "Quillby EL, Rowan K, Imaginary Mother and Child Health Study Group Invented benefits "
        "of nothing. J Made Up Stud 2030;1:1-9."
    )
    assert [n.literal or n.family for n in ref.author] == [
        "Quillby",
        "Rowan",
        "Imaginary Mother and Child Health Study Group",
    ]
    assert ref.title == "Invented benefits of nothing"


def test_names_then_a_comma_and_the_year_are_closed() -> None:
    # "Roe J, Doe A, 2007 Title", as the American Journal of Tropical Medicine and Hygiene
    # prints it
    printed = "Quillby EL, Rowan K, 2030 Invented fevers in made-up towns. J Made Up Stud 1: 1-9."
    assert _close_names(printed).startswith("Quillby EL, Rowan K. 2030. Invented fevers")
    ref = _one(printed)
    assert ([n.family for n in ref.author], ref.title, ref.issued) == (
        ["Quillby", "Rowan"],
        "Invented fevers in made-up towns",
        (2030,),
    )


@pytest.mark.parametrize(
    ("title", "journal", "volume"),
    [
        # a journal's name in sentence case, as reference managers export it
        ("Invented findings on imaginary cells. Frontiers in made-up science 2",
         "Frontiers in made-up science", "2"),
        ("Invented findings on imaginary cells. Journal of made-up medicine 12",
         "Journal of made-up medicine", "12"),
    ],
)  # fmt: skip
def test_a_sentence_case_journal_left_in_the_title(title, journal, volume) -> None:
    labelled, source = labelled_parts(
        ("Quillby E, Rowan K ", "author"),
        ("(", "other"),
        ("2030", "year"),
        (") ", "other"),
        (title, "title"),
        (": ", "other"),
        ("10-19", "pages"),
        (".", "other"),
    )
    fields = assemble(labelled, source).fields
    assert (fields["title"], fields.get("container_title"), fields.get("volume")) == (
        "Invented findings on imaginary cells",
        journal,
        volume,
    )


def test_a_second_sentence_of_a_book_title_is_not_a_journal() -> None:
    # no volume: a book's or a report's title keeps its sentences
    labelled, source = labelled_parts(
        ("Quillby E ", "author"),
        ("(2030) ", "year"),
        ("Invented findings on imaginary cells. A guide to made-up things", "title"),
        (". Springfield: Nowhere Press.", "publisher"),
    )
    fields = assemble(labelled, source).fields
    assert fields["title"] == "Invented findings on imaginary cells. A guide to made-up things"
    assert not fields.get("container_title")


@pytest.mark.parametrize("mark", ["In", "In:"])
def test_the_title_ends_before_a_chapters_in(mark) -> None:
    # the labeller ran the title on into the book
    labelled, source = labelled_parts(
        ("Quillby E, Rowan K ", "author"),
        ("(", "other"),
        ("2030", "year"),
        (") ", "other"),
        (f"Invented findings on imaginary cells. {mark} A Book of Made-up Things", "title"),
        (". Springfield: Nowhere Press. pp. ", "other"),
        ("10-19", "pages"),
        (".", "other"),
    )
    fields = assemble(labelled, source).fields
    assert fields["title"] == "Invented findings on imaginary cells"
    assert fields.get("container_title") == "A Book of Made-up Things"


def test_in_inside_a_title_sentence_is_left_alone() -> None:
    labelled, source = labelled_parts(
        ("Quillby E. ", "author"),
        ("Invented findings. In vitro tests of imaginary cells", "title"),
        (". J Made Up Stud ", "container"),
        ("2030", "year"),
        (";", "other"),
        ("1", "volume"),
        (":", "other"),
        ("10-19", "pages"),
    )
    fields = assemble(labelled, source).fields
    assert fields["title"] == "Invented findings. In vitro tests of imaginary cells"


def test_a_study_group_after_the_people_read_into_the_title_is_an_author() -> None:
    ref = build_reference(
        "",
        {
            "author": (Name("Quillby", "E."), Name("Rowan", "K.")),
            "title": "Imaginary Mother and Child Study Group. Invented benefits of nothing",
            "source_text": "Quillby E, Rowan K, Imaginary Mother and Child Study Group "
            "Invented benefits of nothing. J Made Up Stud 2030;1:1-9.",
        },
    )
    ref = organisations_first(ref)
    assert [n.literal or n.family for n in ref.author] == [
        "Quillby",
        "Rowan",
        "Imaginary Mother and Child Study Group",
    ]
    assert ref.title == "Invented benefits of nothing"
    # a title that opens with a group's name, printed after the people's full stop, stays
    ref = build_reference(
        "",
        {
            "author": (Name("Quillby", "E."),),
            "title": "The Imaginary Study Group. Twenty years of nothing",
            "source_text": "Quillby E. The Imaginary Study Group. Twenty years of nothing.",
        },
    )
    assert organisations_first(ref).title == "The Imaginary Study Group. Twenty years of nothing"


@pytest.mark.parametrize(
    ("printed", "closed"),
    [
        ("Quillby E. L., Rowan K. 2030, Invented findings, J. Made Up Stud., 12, 1–9.",
         "Quillby E. L., Rowan K. 2030. Invented findings,"),
        ("Quillby E. L., Rowan K. et al. 2030, Invented findings, J. Made Up Stud., 12, 1–9.",
         "Rowan K. et al. 2030. Invented findings,"),
    ],
)  # fmt: skip
def test_dotted_names_then_the_year_and_a_comma_are_closed(printed, closed) -> None:
    # DNA Research's "Roe J. A., Doe B. 2004, Title, Journal., 12, 1-9."
    assert closed in _close_names(printed)


def test_a_year_and_a_comma_after_a_title_are_left_alone() -> None:
    printed = "Quillby E. L. Invented findings 2030, J. Made Up Stud., 12, 1–9."
    assert _close_names(printed) == printed
