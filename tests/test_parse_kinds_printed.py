"""The type follows what was printed when no word names the kind of work (issue 13)."""

from __future__ import annotations

import pytest

from blinarefs.model import Reference
from blinarefs.parse import parse_reference_list
from blinarefs.parse.kinds import printed_kind


def _type(printed: str) -> str:
    (ref,) = parse_reference_list(f"1. {printed}\n").references
    return ref.type


def test_a_bare_title_and_year_is_a_book_and_with_a_url_a_web_page() -> None:
    bare = Reference(id="x", type="document", title="A made-up atlas", source_text="...")
    assert printed_kind(bare).type == "book"
    online = bare.with_fields(url="https://example.org/atlas")
    assert printed_kind(online).type == "webpage"


@pytest.mark.parametrize(
    "printed",
    [
        "Imaginary Health Agency. A pretend plan for invented clinics [Internet]. Springfield "
        "(XX): Imaginary Health Agency; 2031 [cited 2032 Mar 4]. Available from: "
        "https://example.org/plan",
        "Agência Inventada. Um plano imaginário. Cidade Falsa: Agência Inventada; 2030 "
        "[citado 2031 mai 2]. Disponível em: https://example.org/plano",
    ],
)
def test_a_place_and_publisher_read_online_is_a_web_page(printed: str) -> None:
    assert _type(printed) == "webpage"


@pytest.mark.parametrize(
    "printed",
    [
        # a count of pages, an edition: a book, even read online
        "Imaginary Health Agency. A pretend handbook of invented care [Internet]. Springfield "
        "(XX): Imaginary Health Agency; 2031 [cited 2032 Mar 4]. 212 p. Available from: "
        "https://example.org/handbook",
        "Roe J. A made-up manual of pretend methods. 3rd ed. Springfield: Pretend Press; "
        "2031 [cited 2032 Mar 4]. Available from: https://example.org/manual",
    ],
)
def test_a_book_read_online_stays_a_book(printed: str) -> None:
    assert _type(printed) == "book"


def test_a_journal_article_read_online_keeps_its_type() -> None:
    printed = (
        "Roe J. A made-up trial of pretend pills. J Imag Med [Internet]. 2031 [cited 2032 "
        "Mar 4];12(3):101-9. Available from: https://example.org/trial"
    )
    assert _type(printed) == "article-journal"


@pytest.mark.parametrize(
    ("printed", "site"),
    [
        (
            "Imaginary Health Agency. Pretend outbreak tables, 2031 Bull Imag Health. "
            "Available: https://example.org/tables [Accessed 4 Mar 2032].",
            "Bull Imag Health",  # the site's name, not a journal's
        ),
        (
            "Agência Inventada. Indicadores imaginários. Disponível em: "
            "https://example.org/indicadores. Acesso em: 6 out. 2031.",
            "",  # the access date is no site's name
        ),
    ],
)
def test_no_journal_is_invented_for_a_page_read_at_a_url(printed: str, site: str) -> None:
    (ref,) = parse_reference_list(f"1. {printed}\n").references
    assert ref.type == "webpage"
    assert (ref.container_title, ref.container_title_short) == (site, "")


def test_an_article_online_with_a_doi_keeps_its_journal() -> None:
    printed = (
        "Roe J. A made-up trial of pretend pills. J Imag Med 2031. doi:10.9999/jim.2031.1 "
        "Available: https://example.org/trial [Accessed 4 Mar 2032]."
    )
    (ref,) = parse_reference_list(f"1. {printed}\n").references
    assert ref.type == "article-journal"


@pytest.mark.parametrize(
    ("container", "kind"),
    [
        ("Pretend Pub. Co.", "book"),
        ("Imaginary Development Institute (IDI)", "book"),
        ("J Imag Med", "article-journal"),  # a journal online ahead of its volume
    ],
)
def test_a_publisher_read_as_a_journal_is_a_books_publisher(container: str, kind: str) -> None:
    ref = Reference(
        id="x",
        title="A made-up guide",
        container_title=container,
        source_text=f"Roe J. A made-up guide. {container}, 2030.",
    )
    read = printed_kind(ref)
    assert read.type == kind
    if kind == "book":
        assert (read.container_title, read.publisher) == ("", container)


@pytest.mark.parametrize(
    ("printed", "kind"),
    [
        # the word "report" in a title does not make a report: a page, or a book
        (
            "Imaginary Health Agency. Pretend situation report, 2031 Available: "
            "https://example.org/report.pdf [Accessed 4 Mar 2032].",
            "webpage",
        ),
        (
            "Roe J. Second report on pretend harvests. Springfield: Imaginary Press, 2030.",
            "book",
        ),
    ],
)
def test_a_title_with_report_in_it_is_typed_by_how_it_was_printed(printed: str, kind: str) -> None:
    assert _type(printed) == kind


def test_a_numbered_report_stays_a_report() -> None:
    ref = Reference(
        id="x",
        type="report",
        title="Pretend harvests",
        publisher="Imaginary Institute",
        source_text="Roe J. Pretend harvests. Technical Report 12. Imaginary Institute; 2030.",
    )
    assert printed_kind(ref).type == "report"


@pytest.mark.parametrize(
    ("printed", "kind", "title"),
    [
        (
            "Sobek PA, Hazel TH Gene transfer in example seas. In Horizontal Example Transfer. "
            "Humana Press, 2009:435–53.",
            "chapter",
            "Gene transfer in example seas",
        ),
        (
            "Wade H. A. B., Wills J. G. H. 2006, The Emergence of Example Bodies in Fungi. "
            "Springer-Verlag, Berlin/Heidelberg, pp. 393–414.",
            "book",
            "The Emergence of Example Bodies in Fungi",
        ),
    ],
)
def test_a_publisher_and_no_volume_is_no_journal_article(
    printed: str, kind: str, title: str
) -> None:
    (ref,) = parse_reference_list(f"1. {printed}\n").references
    assert (ref.type, ref.title) == (kind, title)
    assert ref.publisher


def test_a_journal_article_with_a_volume_keeps_its_type() -> None:
    assert _type("Roe J. Example counts. Example J Med. 2030;12:45-50.") == "article-journal"


@pytest.mark.parametrize(
    ("printed", "kind"),
    [
        (
            "Bower DG 1990 Models of example outflows from inverse estuaries. In Modelling "
            "example systems, vol. II (ed. Davies AM), pp. 1–24. Boca Raton, FL: Example Press.",
            "chapter",
        ),
        ("Rice J (2006) Mathematical examples and data analysis. Example Learning, third "
         "edition.", "book"),
        ("Lind RH, Mere PF 1980 Introduction to example analysis. Scott Examples, Glenview, "
         "IL.", "book"),
    ],
)  # fmt: skip
def test_a_book_read_as_a_journal(printed: str, kind: str) -> None:
    assert _type(printed) == kind


def test_a_meetings_proceedings_after_in_are_no_books() -> None:
    printed = "Roe J. Example counts. In: Proceedings of the Example Workshop; 2030. 12:1-9."
    paper = Reference(
        id="x",
        type="article-journal",
        title="Example counts",
        container_title="Proceedings of the Example Workshop",
        volume="12",
        source_text=printed,
    )
    assert printed_kind(paper).type == "article-journal"
    handbook = printed.replace("Proceedings of the Example Workshop", "Example Handbook")
    book = paper.with_fields(container_title="Example Handbook", source_text=handbook)
    assert printed_kind(book).type == "chapter"


@pytest.mark.parametrize(
    ("printed", "server"),
    [
        ("Roe A, Doe B, Poe C, et al Made-up findings on an imaginary virus in sewage. "
         "medRxiv 2030.", "medRxiv"),
        ("Roe A, Doe B. Made-up findings on an imaginary virus. bioRxiv. 2030, 10.9999/176750.",
         "bioRxiv"),
    ],
)  # fmt: skip
def test_a_preprints_server_is_its_container(printed: str, server: str) -> None:
    ref = parse_reference_list(f"References\n1. {printed}\n").references[0]
    assert ref.type == "article"
    assert ref.container_title == server
    assert ref.title.startswith("Made-up findings on an imaginary virus")


def test_a_server_named_in_the_title_makes_no_preprint() -> None:
    printed = "Roe A. What arXiv taught us about invented physics. Made Up J. 2030;3:1-5."
    ref = parse_reference_list(f"References\n1. {printed}\n").references[0]
    assert ref.type == "article-journal"
    assert ref.container_title == "Made Up J"


@pytest.mark.parametrize(
    ("printed", "server"),
    [
        ("Roe J, Doe A. Pretend genomes at scale. bioRxiv 2030.01.02.123456 [Preprint]. 2030.",
         "bioRxiv"),
        ("Roe J, Doe A (2030) Pretend genomes at scale. medRxiv 2030.01.02.20012345.",
         "medRxiv"),
    ],
)  # fmt: skip
def test_a_servers_own_number_after_its_name_is_not_the_container(
    printed: str, server: str
) -> None:
    # bioRxiv's own citation: "bioRxiv 2030.01.02.123456", the server then the preprint's number
    (ref,) = parse_reference_list(f"1. {printed}\n").references
    assert (ref.type, ref.container_title) == ("article", server)
    assert ref.note.startswith("2030.01.02.")


def test_endnotes_place_before_its_publisher_after_a_book() -> None:
    # EndNote's author-date style: "Place, Publisher." after the title, the other way round
    # from "Example Books, New York."
    [ref] = parse_reference_list(
        "1. Roe, J. and B. Doe (2030). The made-up handbook. Springfield, Example Press.\n"
    ).references
    assert (ref.type, ref.title) == ("book", "The made-up handbook")
    assert (ref.publisher, ref.publisher_place) == ("Example Press", "Springfield")


def test_a_companys_place_before_its_colon_is_the_place_not_the_publishers_name() -> None:
    # Vancouver's "Place: Publisher" where the publisher is a company ("... Inc."), read as
    # the journal: the place is no part of the company's name
    [ref] = parse_reference_list(
        "1. Examplestat Institute Inc. Examplestat 9.4 User's Guide. Cary, NC: Examplestat "
        "Institute Inc.; 2030.\n"
    ).references
    assert (ref.publisher, ref.publisher_place) == ("Examplestat Institute Inc", "Cary, NC")
