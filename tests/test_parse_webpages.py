"""AMA's web pages and organisation authors (docs/parser.md, "Web pages"): the site's name,
the URL and the printed dates, never an invented journal. Every reference here is made up
for the test (organisations, titles, sites and URLs)."""

from __future__ import annotations

import pytest

from blinarefs.model import Name, Reference
from blinarefs.parse import read_item
from blinarefs.parse.webpages import web_page


def _read(text: str) -> Reference:
    return read_item(text, 1, 1).reference


def _extra(ref: Reference, key: str) -> str | None:
    return dict(ref.extra).get(key)


def test_organisation_title_site_url_and_dates() -> None:
    ref = _read(
        "Example Health Organization (EHO). Guidance on storing rain water in small clinics. "
        "EHO website. https://www.example.org/rain-water. Published March 2, 2030. "
        "Accessed May 1, 2031."
    )
    assert ref.type == "webpage"
    assert ref.author == (Name(literal="Example Health Organization (EHO)"),)
    assert ref.title == "Guidance on storing rain water in small clinics"
    assert ref.container_title == "EHO website"
    assert ref.url == "https://www.example.org/rain-water"
    assert ref.issued == (2030, 3, 2)  # published, not the day it was read
    assert _extra(ref, "urldate") == "2031-05-01"
    assert ref.volume == ref.page == ""


def test_updated_date_before_the_url_is_the_year() -> None:
    ref = _read(
        "Office for Imaginary Disease Prevention. Washing hands in small day-care rooms. "
        "Updated June 4, 2029. Accessed May 1, 2031. https://www.example.gov/hands.html"
    )
    assert ref.type == "webpage"
    assert ref.author == (Name(literal="Office for Imaginary Disease Prevention"),)
    assert ref.title == "Washing hands in small day-care rooms"
    assert ref.container_title == ""  # no site printed: none invented
    assert ref.url == "https://www.example.gov/hands.html"
    assert ref.issued == (2029, 6, 4)
    assert _extra(ref, "urldate") == "2031-05-01"


@pytest.mark.parametrize(
    ("dates", "issued", "accessed"),
    [
        ("Published 2029. Accessed 4 June 2031.", (2029,), "2031-06-04"),
        ("Published March 2029. Updated May 2, 2030. Accessed Sept 29 2031.", (2029, 3), "2031-09"),
        ("Last updated 12 January 2030. Accessed January 3, 2031.", (2030, 1, 12), "2031-01-03"),
    ],
)
def test_the_printed_dates(dates: str, issued: tuple[int, ...], accessed: str) -> None:
    ref = web_page(
        Reference(
            id="",
            type="document",
            title="Made-up page",
            source_text=f"Roe J. Made-up page. Example Site. https://example.org/p. {dates}",
        )
    )
    assert (ref.type, ref.container_title, ref.issued) == ("webpage", "Example Site", issued)
    assert _extra(ref, "urldate") == accessed


def test_site_left_in_the_title_goes_to_the_container() -> None:
    ref = web_page(
        Reference(
            id="",
            type="document",
            title="Made-up page. Example Clinic website",
            source_text="Roe J. Made-up page. Example Clinic website. https://example.org/p. "
            "Accessed May 1, 2031.",
        )
    )
    assert (ref.title, ref.container_title) == ("Made-up page", "Example Clinic website")


@pytest.mark.parametrize(
    "printed",
    [
        # a journal article read online keeps its journal, volume and pages
        "Roe J, Doe AB. A made-up cohort. J Made Up Res. 2030;12:45-50. "
        "https://example.org/a. Accessed June 4, 2031.",
        # no date sentence: not AMA's web page form
        "Roe J. Made-up page. Example Site. https://example.org/p.",
    ],
)
def test_what_is_no_web_page_of_this_form_is_left(printed: str) -> None:
    ref = _read(printed)
    if "J Made Up Res" in printed:  # the day it was read is kept all the same
        assert (ref.type, ref.container_title, ref.volume, _extra(ref, "urldate")) == (
            "article-journal",
            "J Made Up Res",
            "12",
            "2031-06-04",
        )
    else:
        assert _extra(ref, "urldate") is None


def test_a_report_with_a_place_and_a_year_is_not_a_site() -> None:
    ref = web_page(
        Reference(
            id="",
            type="document",
            title="Made-up report on bees",
            source_text="Example Commission. Made-up report on bees. Springfield; 2030. "
            "https://example.org/r. Accessed Oct 17 2031",
        )
    )
    assert ref.container_title == ""  # "Springfield; 2030" is no site
    assert ref.type == "webpage"


def test_a_year_printed_before_the_url_stays_the_year() -> None:
    ref = web_page(
        Reference(
            id="",
            type="document",
            issued=(2027,),
            title="Made-up lake survey",
            source_text="Roe J (2027) Made-up lake survey. in Examplish. https://example.org/l. "
            "Updated March 2029. Accessed: January 2031.",
        )
    )
    assert ref.issued == (2027,)  # not the update's year
    assert ref.container_title == ""  # "in Examplish" is the title's language, no site
    assert ref.type == "webpage"


@pytest.mark.parametrize(
    ("dates", "accessed"),
    [
        ("(1 May 2031, date last accessed).", "2031-05-01"),
        ("(accessed 3 June 2031).", "2031-06-03"),
    ],
)
def test_oups_date_of_access_in_parentheses(dates: str, accessed: str) -> None:
    ref = _read(f"Example Consortium (2030) Made-up genome browser. https://example.org/b {dates}")
    assert (ref.type, ref.title, ref.year) == ("webpage", "Made-up genome browser", 2030)
    assert (ref.issue, ref.publisher_place, ref.url) == ("", "", "https://example.org/b")
    assert _extra(ref, "urldate") == accessed


def test_a_programs_version_is_no_site() -> None:
    ref = _read(
        "Roe J. (2030) Made-up tools for sleep data. R package version 1.2. "
        "https://example.org/pkg (1 May 2031, date last accessed)."
    )
    assert ref.container_title == ""


@pytest.mark.parametrize(
    ("text", "paper", "day"),
    [
        (
            "Doe J. Hospital budget cut for the third year. Springfield Gazette 12 March 2019 "
            "Available at: https://www.gazette.example/2019/03/12/budget.html. "
            "Accessed 2 May 2020.",
            "Springfield Gazette",
            (2019, 3, 12),
        ),
        (
            "Roe B. A new clinic opens downtown. The Daily Herald. March 4, 2018. "
            "https://www.herald.example/clinic. Accessed June 1, 2020.",
            "The Daily Herald",
            (2018, 3, 4),
        ),
        ("Lee C. Town votes on water. Example Times, June 15, 1986:A1.", "Example Times", None),
    ],
)
def test_newspaper_article_by_its_day_of_issue(
    text: str, paper: str, day: tuple[int, ...] | None
) -> None:
    ref = _read(text)
    assert ref.type == "article-newspaper"
    assert ref.container_title == paper
    assert ref.issued == (day or (1986, 6, 15))  # the paper's day, not the day it was read
    assert ref.title.endswith(("third year", "downtown", "water"))
    assert ref.page == ("A1" if "A1" in text else "")  # AMA's "June 15, 1986:A1"


@pytest.mark.parametrize(
    ("section", "page"), [("Sect. A:1 (col. 2)", "A1"), ("Sect. 2:10-11 (col. 3)", "10-11")]
)
def test_a_newspaper_article_as_nlm_prints_it(section: str, page: str) -> None:
    # Vancouver's "Paper. 2030 Mar 3;Sect. A:1 (col. 2)." was a journal "A", volume 1, issue 2,
    # and the paper's name ran into the title
    ref = _read(f"Doe K. Made-up news item. The Invented Times. 2030 Mar 3;{section}.")
    assert (ref.type, ref.title, ref.container_title) == (
        "article-newspaper", "Made-up news item", "The Invented Times"
    )  # fmt: skip
    assert (ref.issued, ref.page, ref.volume, ref.issue) == ((2030, 3, 3), page, "", "")


def test_a_newspaper_named_with_its_place_in_parentheses() -> None:
    # Citing Medicine adds the city to a paper's name that lacks it: "The Example Times
    # (Springfield)"; the name and its place ran into the title of a book
    ref = _read(
        "Doe P. Example drug approved for made-up disease. The Example Times (Springfield, IL)."
        " 2030 Mar 5;Sect. A:3 (col. 2)."
    )
    assert (ref.type, ref.title, ref.container_title, ref.publisher_place) == (
        "article-newspaper", "Example drug approved for made-up disease", "The Example Times",
        "Springfield, IL",
    )  # fmt: skip
    assert (ref.issued, ref.page) == ((2030, 3, 5), "A3")


@pytest.mark.parametrize(
    "text",
    [
        # a journal's article published online ahead of its volume
        "Poe D. Rain and gout. Example J Med. Published online March 2, 2030. "
        "doi:10.1234/ejm.2030.1",
        # a bill's stage, not a periodical
        "HR 9999 Example Clinics Act of 2030. Introduced 2 May 2030.",
        # Vancouver's online-first date: year first
        "Poe D. Rain and gout. Example J Med. 2030 Feb 7.",
    ],
)
def test_no_newspaper_without_a_periodicals_day(text: str) -> None:
    assert _read(text).type != "article-newspaper"


@pytest.mark.parametrize(
    "printed",
    [
        # AMA's report: the access date before the URL, which is not part of it
        "Example Agency. Invented guidance on owls. Example City: Example Agency; 2029. "
        "Accessed June 3, 2031. https://example.org/owls.pdf",
        "Roe J. An invented online article. J Made Up Res. 2030;12:e4. Accessed June 3, "
        "2031. https://example.org/owls.pdf",
    ],
)
def test_the_url_after_an_access_date_is_kept_with_the_day(printed: str) -> None:
    ref = _read(printed)
    assert (ref.url, _extra(ref, "urldate")) == ("https://example.org/owls.pdf", "2031-06-03")
    assert ref.type in ("book", "report", "article-journal")


def test_cited_in_a_title_is_no_access_date() -> None:
    ref = _read("Poe E. The most cited owl papers of 2020. Owl Rev. 2026;3(2):1-9.")
    assert (ref.title, ref.issue) == ("The most cited owl papers of 2020", "2")


def test_vancouvers_updated_and_cited_dates_are_no_note() -> None:
    ref = _read(
        "Example Agency for Owls. Owl counts by county [Internet]. Example City (EX): EAO; "
        "2030 [updated 2030 Jun 9; cited 2031 Jan 15]. Available from: https://example.org/owls"
    )
    assert (ref.title, ref.note, ref.url) == (
        "Owl counts by county",
        "",
        "https://example.org/owls",
    )
    assert _extra(ref, "urldate") == "2031-01-15"


def test_a_journal_read_online_keeps_its_journal_and_the_day_it_was_read() -> None:
    ref = _read(
        "Silva AB, Costa CD. Invented nursing study. Rev Inv Enf [Internet]. 2031 [cited 2032 "
        "Jan 2];13(2):230-7. Available from: http://example.org/a"
    )
    assert (ref.type, ref.container_title, ref.volume, ref.page) == (
        "article-journal",
        "Rev Inv Enf",
        "13",
        "230-237",
    )
    assert _extra(ref, "urldate") == "2032-01-02"


@pytest.mark.parametrize(
    "printed",
    [
        "The Imaginary Orchard Project [Internet]. Example Institute. [cited 2031 Apr 24]. "
        "Available from: https://example.org/orchard",
        "The Imaginary Orchard Project [Internet]. Example Institute; [cited April 24, 2031]. "
        "Available from: https://example.org/orchard",
        "The Imaginary Orchard Project [Internet]. [cited April 24, 2031]. "
        "Available from: https://example.org/orchard",
    ],
)
def test_vancouver_page_without_author_has_its_title_and_no_medium(printed: str) -> None:
    # "Title [Internet]. Site ...": the words before the medium are the title, not a
    # person, and "[Internet]" is neither a name nor part of the title
    from blinarefs.parse import parse_reference_list

    (ref,) = parse_reference_list(f"1. {printed}\n").references
    assert ref.type == "webpage"
    assert ref.author == ()
    assert ref.title == "The Imaginary Orchard Project"


def test_a_named_author_before_a_titled_page_stays() -> None:
    ref = _read(
        "Quill A. The imaginary orchard handbook [Internet]. Example Institute; 2030 "
        "[cited 2031 Apr 24]. Available from: https://example.org/handbook"
    )
    assert [n.family for n in ref.author] == ["Quill"]
    assert "Internet" not in ref.title


def test_a_bracketed_access_date_after_the_link_makes_a_web_page() -> None:
    # BMJ's "Organisation Title, 2030 Available: URL [Accessed ...]": the organisation's name
    # unclosed, the title read as a journal with nothing of a journal's after it
    ref = _read(
        "Example Health Organization Guidance on storing rain water, 2030 Available: "
        "https://www.example.org/rain.pdf [Accessed 17 Apr 2031]."
    )
    assert ref.type == "webpage"
    assert ref.author == (Name(literal="Example Health Organization"),)
    assert ref.title == "Guidance on storing rain water"
    assert ref.container_title == ""
    assert ref.issued[:1] == (2030,)
    assert _extra(ref, "urldate") == "2031-04-17"


@pytest.mark.parametrize(
    "body",
    [
        "Example Health Board.",
        # BMJ's open name, closed where the list knows it ends
        "NHS Exampleshire Clinical Commissioning Group",
    ],
)
def test_a_title_case_page_title_after_a_body_is_the_title(body: str) -> None:
    # the labeller, which has seen such words as a note, read no title at all
    ref = _read(
        f"{body} Made-Up Policy on Visiting, 2030 Available: "
        "https://www.example.org/visiting [Accessed 17 Apr 2031]."
    )
    assert ref.title == "Made-Up Policy on Visiting"
    assert ref.author == (Name(literal=body.rstrip(".")),)


@pytest.mark.parametrize(
    ("post", "title"),
    [
        # BMJ's markup: the platform the author, the account's name and the medium the title
        ("Twitter Example News Agency [Tweet], 2030", "Example News Agency [Tweet]"),
        ("Twitter Example Radio (@exampleradio) [Tweet]. Made-up adviser says things, 2030",
         "Example Radio (@exampleradio) [Tweet]. Made-up adviser says things"),
    ],
)  # fmt: skip
def test_a_post_s_platform_is_its_author_and_the_account_s_name_its_title(
    post: str, title: str
) -> None:
    ref = _read(f"{post} Available: https://twitter.com/example/status/1 [Accessed 18 May 2030].")
    assert (ref.author, ref.title) == ((Name(literal="Twitter"),), title)


def test_a_title_opening_with_a_platform_s_name_is_left_whole() -> None:
    # no link to the platform: a title about it
    ref = _read("Facebook Use Among Pretend Adolescents. Springfield: Example Press, 2030.")
    assert ref.title.startswith("Facebook Use Among")


@pytest.mark.parametrize(
    "printed",
    [
        "Quillfeather B. Tables of the pretend sea [Internet]. Ink Harbour Press "
        "[cited 2031 Apr 24]. Available from: https://example.org/sea",
        "Quillfeather B, Tern AC. Um ensaio inventado. Rev Ficticia [Internet]. "
        "[citado 2031 abr 24]; 12(3):45-50.",
        "Example Pretend Society. Guidance on nothing at all. Accessed June 2, 2031. "
        "https://example.org/nothing",
    ],
)
def test_the_day_a_page_was_read_is_not_its_year(printed: str) -> None:
    ref = _read(printed)
    assert ref.issued is None  # no date printed: a work of no known year, not of 2031
    assert "issued" in (_extra(ref, "parse-doubtful") or "")


def test_a_printed_year_stays_beside_the_day_it_was_read() -> None:
    ref = _read(
        "Quillfeather B. Tables of the pretend sea [Internet]. Ink Harbour Press; 2029 "
        "[cited 2031 Apr 24]. Available from: https://example.org/sea"
    )
    assert (ref.issued, _extra(ref, "urldate")) == ((2029,), "2031-04-24")


def test_a_day_printed_before_the_day_it_was_read_gives_the_year() -> None:
    ref = _read(
        "Quillfeather M, Tern JE. Nota inventada: a realização de testes [Internet]. "
        "26 mar 2030 [Acesso 8 jun 2031]. Disponível em: https://example.org/nota.pdf"
    )
    assert ref.issued is not None and ref.issued[0] == 2030


def test_a_trials_registration_keeps_its_title_registry_and_identifier():
    # the registry's identifier sentence ran into the title, and Citing Medicine's whole
    # database imprint did (made-up trials; the forms are AMA's and Citing Medicine's)
    from blinarefs.parse import parse_reference_list

    ama, nlm = parse_reference_list(
        "References\n"
        "1. A made-up trial of nothing in adults. ClinicalTrials.gov identifier: NCT09999999. "
        "Updated March 1, 2030. Accessed May 2, 2030. https://clinicaltrials.gov/study/NCT09999999\n"
        "2. ClinicalTrials.gov [Internet]. Bethesda (MD): National Library of Medicine (US). "
        "2000 Feb 29 - . Identifier NCT09999998, A made-up trial of nothing in children; 2029 "
        "Nov 2 [cited 2030 May 10]. Available from: https://clinicaltrials.gov/ct2/show/NCT09999998\n"
    ).references
    assert (ama.type, ama.title, ama.container_title) == (
        "webpage", "A made-up trial of nothing in adults", "ClinicalTrials.gov",
    )  # fmt: skip
    assert ama.note == "ClinicalTrials.gov identifier: NCT09999999"
    assert (nlm.title, nlm.container_title, nlm.issued) == (
        "A made-up trial of nothing in children", "ClinicalTrials.gov", (2029, 11, 2),
    )  # fmt: skip
    assert nlm.note == "ClinicalTrials.gov identifier: NCT09999998"


@pytest.mark.parametrize(
    "read_on",
    [
        " (accessed 5 April 2030).",
        " (accessed on 5 April 2030).",
        " [accessed 5 April 2030].",
        " [Accessed on 5 April 2030].",
        ". Accessed 5 April 2030.",
    ],
)
def test_the_month_of_a_day_read_in_the_works_own_year_is_not_the_works(read_on: str) -> None:
    # read in the year it was published: the page's April is the reader's, not the work's
    ref = _read(
        "Example Health Organization. Made-up guidance on storing rain water. Geneva: EHO; "
        f"2030. Available from: https://www.example.org/rain.pdf{read_on}"
    )
    assert ref.issued == (2030,)
    assert _extra(ref, "urldate") == "2030-04-05"


def test_harvards_access_date_is_the_urldate_not_a_note() -> None:
    ref = _read(
        "Roe, J., Doe, B. and Poe, C. (2031) 'Made-up trial results', The Example Lancet, "
        "400(10321), pp. 1001–1010. Available at: https://doi.org/10.5555/tel.2031.1 "
        "(Accessed: 5 April 2031)."
    )
    assert (ref.container_title, ref.volume, ref.issued) == ("The Example Lancet", "400", (2031,))
    # the link read was the DOI's: the day it was read is nothing of the work's, no note
    assert (ref.doi, ref.note) == ("10.5555/tel.2031.1", "")
    page = _read(
        "Example Health Organization (2031) Made-up guidance. Available at: "
        "https://www.example.org/guidance (Accessed: 5 April 2031)."
    )
    assert _extra(page, "urldate") == "2031-04-05"


@pytest.mark.parametrize("mark", ["c", "©"])
def test_a_homepage_with_citing_medicines_copyright_year(mark: str) -> None:
    # "Springfield: Example Society; c2030 [cited ...]": the title ran on to the bracket
    # ("Made-up guidance page [Internet]. Springfield: Example Society; c2030 [") and the
    # year was lost
    ref = _read(
        f"Example Society. Made-up guidance page [Internet]. Springfield: Example Society; "
        f"{mark}2030 [cited 2031 Jan 5]. Available from: https://example.org/guide"
    )
    assert (ref.title, ref.issued[:1], ref.publisher, ref.publisher_place) == (
        "Made-up guidance page", (2030,), "Example Society", "Springfield"
    )  # fmt: skip
    assert ref.url == "https://example.org/guide"


@pytest.mark.parametrize(
    ("printed", "title", "site"),
    [
        ("Roe J, Doe P. Made-up change and health: key questions and answers. XYZ. Published "
         "May 24, 2030. Accessed April 16, 2031. https://www.example.org/brief/made-up/",
         "Made-up change and health: key questions and answers", "XYZ"),
        ("Example Center for Examples. The opportunities and effects of examples on adolescents. "
         "University of Springfield, Exampletown. Published April 28, 2030. Accessed October "
         "18, 2030. https://example.org/blog/item/x",
         "The opportunities and effects of examples on adolescents",
         "University of Springfield, Exampletown"),
    ],
)  # fmt: skip
def test_amas_site_before_the_pages_own_date_is_no_part_of_the_title(
    printed: str, title: str, site: str
) -> None:
    """AMA's "Title. Site. Published <date>. Accessed <date>. URL": the sentence between
    the title and the page's own date is the site's name, whatever words it is."""
    ref = _read(printed)
    assert (ref.type, ref.title, ref.container_title) == ("webpage", title, site)


def test_a_title_before_an_access_date_alone_keeps_its_last_sentence() -> None:
    """With no page's own date after it, the sentence is not said to be a site's."""
    ref = web_page(
        Reference(
            id="",
            type="document",
            title="Made-up page. Part of the examples",
            source_text="Roe J. Made-up page. Part of the examples. Accessed May 1, 2031. "
            "https://example.org/p",
        )
    )
    assert (ref.title, ref.container_title) == ("Made-up page. Part of the examples", "")


@pytest.mark.parametrize(
    ("printed", "title"),
    [
        ("Example Department. Made-up Climate Risk Assessment [Online]. Springfield: Example "
         "Government, 2030. Available: https://example.org/risk. Accessed 2nd October 2030.",
         "Made-up Climate Risk Assessment"),
        ("Roe J (2030) Made-up guidance on examples [Online]. Available at: "
         "https://example.org/p (Accessed: 1 May 2031).", "Made-up guidance on examples"),
        # the medium opening the imprint's sentence, after the title's full stop
        ("Example Government. Made-up Bloom Updates. [Online] Springfield, Example State: "
         "Example Government, 2030a. Available: https://example.org/. (19 September 2030, "
         "date last accessed).", "Made-up Bloom Updates"),
        ("Roe J. Made-up Seafood Business Reveals Example Hit. [Online] Springfield: "
         "ExampleDaily, 2030. Available: https://example.org/news (15 December 2030, date "
         "last accessed).", "Made-up Seafood Business Reveals Example Hit"),
    ],
)  # fmt: skip
def test_harvards_online_medium_is_no_part_of_the_title(printed: str, title: str) -> None:
    """Harvard's "Title [Online]." says the work was read online, as Vancouver's
    "[Internet]" does: no part of the title."""
    from blinarefs.parse import parse_reference_list

    (ref,) = parse_reference_list(f"1. {printed}\n").references
    assert ref.title == title
