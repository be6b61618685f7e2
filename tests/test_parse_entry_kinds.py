"""Entry types, and what is printed after the pages (issue 13): data sets cited by their
accession, programs, talks and posters, access dates in Portuguese and Spanish, PubMed's
online-first form. Every reference here is made up for the test."""

from __future__ import annotations

import pytest

from blinarefs.model import Reference
from blinarefs.parse import parse_reference_list


def _parsed(printed: str):
    return parse_reference_list(f"References\n1. {printed}\n")


def _one(printed: str) -> Reference:
    [ref] = _parsed(printed).references
    return ref


@pytest.mark.parametrize(
    ("printed", "archive", "accession"),
    [
        (
            "Roe J, Doe A. Owl liver profiles after a made-up diet. Gene Expression Omnibus; "
            "2030. Accession GSE999999.",
            "Gene Expression Omnibus",
            "GSE999999",
        ),
        (
            "Roe J. Owl liver reads. Example Sequence Archive; 2030. Accession number PRJNA999999.",
            "Example Sequence Archive",
            "PRJNA999999",
        ),
        (
            "Roe J. Owl liver proteomes. Example Proteome Archive; 2030. Dataset identifier "
            "PXD999999.",
            "Example Proteome Archive",
            "PXD999999",
        ),
        (  # the accession bare, a sentence of its own after the archive's name
            "Roe J. Owl liver expression in made-up tissue. Gene Expression Omnibus. "
            "GSE999999. 2030.",
            "Gene Expression Omnibus",
            "GSE999999",
        ),
    ],
)
def test_a_record_cited_by_its_accession_is_a_data_set_of_its_archive(
    printed: str, archive: str, accession: str
) -> None:
    # the archive came out as an article's journal with the accession's digits as its
    # pages, or the whole imprint ran into the title with no year
    parsed = _parsed(printed)
    [ref] = parsed.references
    assert (ref.type, ref.publisher, ref.issued) == ("dataset", archive, (2030,))
    assert not ref.container_title and not ref.page
    assert ref.title.startswith("Owl liver") and archive not in ref.title
    assert ref.note.endswith(accession) and accession not in ref.title
    assert not parsed.doubts  # the form gave the fields the readers doubted


def test_an_accession_after_a_journals_pages_leaves_the_article_alone() -> None:
    ref = _one("Roe J, Doe A. Owl livers. Made Up J. 2030;12(3):45-9. GenBank accession MN999999.")
    assert (ref.type, ref.container_title, ref.page) == ("article-journal", "Made Up J", "45-49")


@pytest.mark.parametrize(
    ("printed", "note"),
    [
        (
            "R Core Team. R: A language and environment for statistical computing. "
            "Springfield, EX: Example Foundation for Statistical Computing; 2030.",
            "",
        ),
        (
            "Roe J. owlkit: Counting owls in made-up fields. R package version 3.4.0. 2030. "
            "https://cran.example.org/package=owlkit",
            "R package version 3.4.0",
        ),
        ("Roe J. owlkit: a made-up toolkit. GitHub; 2030. https://github.com/roe/owlkit", ""),
        (
            "ExampleCorp. Example Statistical Software: Release 17. Springfield, EX: "
            "ExampleCorp LLC; 2030.",
            "",
        ),
    ],
)
def test_a_program_named_as_one_is_software(printed: str, note: str) -> None:
    # these came out as books, or as an article of the journal "R package version 3.4.0"
    ref = _one(printed)
    assert (ref.type, ref.note) == ("software", note)
    assert not ref.container_title and not ref.container_title_short


def test_a_version_read_as_the_journal_makes_a_program_but_a_guidelines_version_does_not():
    # "Version 2.38" was the journal of an invented article; NCCN-style guidelines have
    # versions too, and were typed as software
    program = _one(
        "Roe J, ed. A made-up package for owl counts. Version 2.38. 2030 "
        "https://cran.example.org/package=owls."
    )
    assert (program.type, program.note, program.container_title) == ("software", "Version 2.38", "")
    guideline = _one(
        "Example Network. Example clinical practice guidelines in owl care. Version 3. "
        "2030: http://www.example.org. Accessed July 2030."
    )
    assert guideline.type != "software"


def test_a_journals_article_about_a_program_stays_an_article() -> None:
    # a journal's name may name programs: an article in press has no volume or pages
    in_press = _one("Roe J, Doe A. Fitting made-up models. Journal of Statistical Software. 2030.")
    assert (in_press.type, in_press.container_title) == (
        "article-journal",
        "Journal of Statistical Software",
    )
    ref = _one(
        "Roe J, Doe A. owlkit: an R package for made-up counts. Made Up Stat Softw. 2030;12(3):1-9."
    )
    assert (ref.type, ref.container_title) == ("article-journal", "Made Up Stat Softw")


@pytest.mark.parametrize(
    "when", ["June 3-6, 2030; Chicago, IL.", "2030 Jun 3-6; Chicago, IL.", "June 3, 2030."]
)
def test_a_talk_keeps_its_title_when_a_reader_took_the_meeting_for_it(when: str) -> None:
    # AMA's date "June 3-6, 2030" and a US place: the readers put the meeting in the title,
    # and the talk's own title was lost
    ref = _one(
        "Voe S, Roe J. Imaginary lecture on nothing. Paper presented at: Annual Meeting of "
        f"the Invented Society; {when}"
    )
    assert (ref.type, ref.title) == ("speech", "Imaginary lecture on nothing")
    assert ref.container_title == "Annual Meeting of the Invented Society"
    assert ref.issued == (2030, 6, 3)


@pytest.mark.parametrize(
    ("words", "kind"),
    [
        ("Paper presented at", "Paper"),
        ("Poster session presented at", "Poster"),
        ("Abstract presented at", "Abstract"),
    ],
)
def test_a_paper_poster_or_abstract_presented_at_a_meeting(words: str, kind: str) -> None:
    # "Paper presented at" became the journal (a day range "3-5" before the full stop
    # hid the date); "Abstract presented" ran into the title with no year found
    parsed = _parsed(
        f"Roe J, Doe A. Owls at dusk in a made-up city. {words}: Annual Meeting of the "
        "Example Society; 2030 May 3-5; Springfield, Exampleland."
    )
    [ref] = parsed.references
    assert (ref.type, ref.title, ref.note) == ("speech", "Owls at dusk in a made-up city", kind)
    assert ref.container_title == "Annual Meeting of the Example Society"
    assert (ref.issued, ref.publisher_place) == ((2030, 5, 3), "Springfield, Exampleland")
    assert not parsed.doubts


@pytest.mark.parametrize(
    ("tail", "year"),
    [
        ("Disponível em: https://example.org/guia. Acesso em: 3 mar. 2031.", (2030,)),
        ("Disponible en: https://example.org/guia. Consultado el 3 de marzo de 2031.", (2030,)),
        ("Disponível em: https://example.org/guia. Acessado em 03/03/2031.", (2030,)),
        (
            "Disponible en: https://example.org/guia. Fecha de consulta: 3 de marzo de 2031.",
            (2030,),
        ),
        ("Disponível em: <https://example.org/guia>. Acesso em: 3 de março de 2031.", (2030,)),
    ],
)
def test_a_portuguese_or_spanish_access_date_is_the_day_the_page_was_read(
    tail: str, year: tuple[int, ...]
) -> None:
    # "Acesso em: 3 mar. 2031" was read as the journal and its year as the year; the
    # Spanish date was dropped
    ref = _one(f"Ministério do Exemplo. Guia de exemplos em saúde. Exemplópolis; 2030. {tail}")
    assert ref.issued == year and ref.title == "Guia de exemplos em saúde"
    assert dict(ref.extra).get("urldate") == "2031-03-03"
    assert "2031" not in ref.title + ref.container_title + ref.note
    assert ref.url == "https://example.org/guia"  # ABNT's "<URL>" without its brackets


def test_an_access_date_with_an_ordinal_day_keeps_its_day() -> None:
    ref = _one(
        "Example Agency. Example page. 2030. Available from: https://example.org/page. "
        "Accessed on 3rd March 2031."
    )
    assert dict(ref.extra).get("urldate") == "2031-03-03"


@pytest.mark.parametrize("location", ["ciaa424", "blood.2030012345", "S2352-3026(30)00012-3", ""])
def test_pubmeds_online_first_form_read_whole_is_sure(location: str) -> None:
    # the labeller read the location as the pages (or ran the journal into the title):
    # the entry's confidence fell to 0.40-0.80 with no doubtful field named
    date = f"2030 Apr 15:{location}" if location else "2030 Apr 15"
    ref = _one(
        f"Roe J, Doe A. Fever in made-up travellers. Made Up Infect Dis. {date}. "
        "doi: 10.9999/mid/x424. Online ahead of print."
    )
    assert (ref.container_title, ref.issued, ref.page) == ("Made Up Infect Dis", (2030, 4, 15), "")
    assert "parse-confidence" not in dict(ref.extra)


@pytest.mark.parametrize(
    ("printed", "vancouver", "blood"),
    [
        (
            "Roe J. owlkit: a made-up toolkit. Version 2.5.1. Example Hub; 2030. "
            "doi:10.5281/zenodo.9999999",
            "1. Roe J. owlkit: a made-up toolkit. Version 2.5.1. Example Hub; 2030. "
            "doi: 10.5281/zenodo.9999999.",
            "1. Roe J. owlkit: a made-up toolkit. Version 2.5.1. Example Hub; 2030. "
            "doi:10.5281/zenodo.9999999",
        ),
        (
            "Roe J, Doe A. Owl liver profiles. Gene Expression Omnibus; 2030. Accession GSE999999.",
            "1. Roe J, Doe A. Owl liver profiles. Gene Expression Omnibus; 2030. Accession "
            "GSE999999.",
            "1. Roe J, Doe A. Owl liver profiles. Gene Expression Omnibus; 2030. Accession "
            "GSE999999.",
        ),
    ],
)
def test_a_programs_version_and_a_records_accession_are_printed(
    printed: str, vancouver: str, blood: str
) -> None:
    # both styles left the version and the accession out: nothing said which release or
    # which record
    from blinarefs.format import format_bibliography

    ref = _one(printed)
    assert format_bibliography([ref], "vancouver") == [vancouver]
    assert format_bibliography([ref], "blood") == [blood]


@pytest.mark.parametrize(
    ("printed", "journal", "volume", "page"),
    [
        (
            "Roe J, Doe A. Fever in made-up travellers. Made Infect Dis 2030:ciaa424.",
            "Made Infect Dis",
            "",
            "ciaa424",
        ),
        (
            "Roe J, Doe A. Deep made-up folding. Brief Made. 2030;22(3):bbaa123.",
            "Brief Made",
            "22",
            "bbaa123",
        ),
        ("Roe J, Doe A. Made-up pathogenesis. Path Made. 2030;ftx005.", "Path Made", "", "ftx005"),
        (
            "Roe, J., & Doe, A. (2030). A made-up machine. Made Science, 351, aad2001 "
            "10.9999/science.aad2001",
            "Made Science",
            "351",
            "aad2001",
        ),
    ],
)
def test_an_articles_identifier_in_the_pages_place_is_its_page(
    printed: str, journal: str, volume: str, page: str
) -> None:
    # "2030;ftx005" was read as the volume and printed as one; "351, aad2001 10.9999/x"
    # kept the letters alone as the page ("aad"), the digits going to the DOI
    ref = _one(printed)
    assert (ref.container_title, ref.volume, ref.page) == (journal, volume, page)


def test_a_posters_kind_in_brackets_is_its_note_and_the_meeting_loses_the_sentences_the():
    # "Title [poster]. Presented at the Annual Meeting of ...": the title kept "[poster]"
    # and the meeting began "the"
    ref = _one(
        "Roe J, Doe A. Owl counts in a made-up valley [poster]. Presented at the Annual "
        "Meeting of the Example Society; 2030 October 15-18; Springfield, EX."
    )
    assert (ref.type, ref.title, ref.note) == ("speech", "Owl counts in a made-up valley", "Poster")
    assert ref.container_title == "Annual Meeting of the Example Society"
