"""The list as a whole: no item lost or renumbered, the end of the list found, one token a
line rebuilt whole. The references here are made-up test texts, not real records."""

from __future__ import annotations

import re

import pytest

from blinarefs.model import CONFIDENCE_FIELD
from blinarefs.parse import join_tokens, parse_reference_list
from blinarefs.parse.split import find_reference_section

LIST = """References
1. Alder QX, Birch PW. A made-up study of test fixtures. J Test Fixtures. 2011;4(2):10-19.
2. %%%% ;;;; ????
3. Cedar RT, Dogwood MN, et al. Another invented title for parser tests. Test Rep. 2019;12:301-9.
"""


def test_an_unreadable_item_keeps_its_number_and_the_others_keep_theirs():
    parsed = parse_reference_list(LIST)
    assert [r.number for r in parsed.references] == [1, 2, 3]
    assert parsed.failures == ()
    odd = parsed.references[1]
    assert odd.source_text == "%%%% ;;;; ????"
    [doubt] = parsed.doubts
    assert doubt.number == 2 and "title" in doubt.fields and "year" in str(doubt)
    assert parsed.references[2].title == "Another invented title for parser tests"
    assert parsed.references[2].page == "301-309"


def test_every_entry_says_how_sure_the_parser_was():
    parsed = parse_reference_list(LIST)
    confidence = [dict(r.extra).get(CONFIDENCE_FIELD) for r in parsed.references]
    assert confidence[0] is None  # read in full by both readers: nothing to say
    assert float(confidence[1]) < 0.8


def test_figure_legends_after_the_list_are_cut_off_and_reported():
    text = LIST + "\nFigure 1. Survival of the made-up cohort by arm.\nTable 2. Doses.\n"
    parsed = parse_reference_list(text)
    assert parsed.references[-1].source_text.endswith("2019;12:301-9.")
    assert any("Figure 1" in w and "reference 3" in w for w in parsed.warnings)


def _one_token_a_line(text: str) -> str:
    return "\n".join(re.findall(r"[^\W_]+|\S", text)) + "\n"


def test_one_token_a_line_keeps_dois_urls_and_hyphenated_names_whole():
    printed = (
        "Rocha-Olivares A, O'Neill B. An invented title. Test J. 2012;15(3):2447-2459. "
        "doi: 10.1159/000153205. Available from: https://example.org/a/b.html"
    )
    rebuilt = join_tokens(re.findall(r"[^\W_]+|\S", printed))
    assert "Rocha-Olivares" in rebuilt and "O'Neill" in rebuilt
    assert "10.1159/000153205" in rebuilt and "https://example.org/a/b.html" in rebuilt
    assert "2012;15(3):2447-2459" in rebuilt


def test_one_token_a_line_keeps_hyphenated_initials_whole():
    rebuilt = join_tokens(re.findall(r"[^\W_]+|\S", "B.‐Z. Quill, J.-P. Reed, Test Sci. 2011"))
    assert rebuilt == "B.‐Z. Quill, J.-P. Reed, Test Sci. 2011"


def test_a_list_cut_one_token_a_line_gives_the_same_entries():
    whole = parse_reference_list(LIST)
    tokens = parse_reference_list(_one_token_a_line(LIST))
    assert [r.number for r in tokens.references] == [1, 2, 3]
    for a, b in zip(whole.references, tokens.references, strict=True):
        assert (a.title, a.issued, a.volume, a.page) == (b.title, b.issued, b.volume, b.page)


def test_a_list_whose_numbers_were_dropped_is_read_and_numbered_in_order():
    unnumbered = re.sub(r"(?m)^\d+\. ", "", LIST).replace(
        "%%%% ;;;; ????", "Elm KL. A third invented reference. Test Notes. 2001;3(1):5-8."
    )
    parsed = parse_reference_list(unnumbered)
    assert [r.number for r in parsed.references] == [1, 2, 3]
    assert parsed.references[1].volume == "3" and parsed.references[1].page == "5-8"
    assert parsed.references[0].title == "A made-up study of test fixtures"
    assert any("no numbers" in w for w in parsed.warnings)


def test_prose_without_numbers_is_not_taken_for_a_list():
    prose = "We treated 40 patients in 2019.\nOutcomes improved by 2021, as expected.\n"
    parsed = parse_reference_list(prose)
    assert parsed.references == () and parsed.section is None


# Forms the grammar alone could not read (issue 13), in made-up references.
REAL_LIST_FORMS = [
    (
        "Ash QW: An invented title about fixtures. Test Infect 1994; 112:595-601.",
        {"container_title": "Test Infect", "volume": "112", "page": "595-601"},
    ),
    (
        "Beech AB, Cork CD et al. An invented title with a tail. Test J. 2012;15(3):200-10. "
        "PubMed PMID: 12345678.",
        {"volume": "15", "issue": "3", "page": "200-210", "pmid": "12345678"},
    ),
    (
        "Fir GH, Gum IJ. An invented title in a hurry. Test Res. 2013 abr;40(2):117-20.",
        {"volume": "40", "issue": "2", "page": "117-120"},
    ),
]


def test_forms_real_lists_carry_become_entries_with_their_fields():
    for printed, want in REAL_LIST_FORMS:
        [ref] = parse_reference_list(f"1. {printed}\n").references
        assert ref.title.startswith("An invented title"), printed
        assert ref.year in (1994, 2012, 2013), printed
        for key, value in want.items():
            assert getattr(ref, key) == value, (printed, key)


def test_a_list_that_does_not_start_at_1_is_read_with_its_own_numbers():
    second_page = re.sub(r"(?m)^(\d+)\. ", lambda m: f"{int(m.group(1)) + 11}. ", LIST)
    parsed = parse_reference_list(second_page)
    assert [r.number for r in parsed.references] == [12, 13, 14]
    assert parsed.references[2].title == "Another invented title for parser tests"
    assert any("starts at number 12" in w for w in parsed.warnings)


def test_a_list_that_skips_numbers_keeps_every_item_under_its_number():
    gaps = {"1": "2", "2": "9", "3": "17"}  # a copy printing only some of a list's items
    skipping = re.sub(r"(?m)^(\d+)\. ", lambda m: f"{gaps[m.group(1)]}. ", LIST)
    parsed = parse_reference_list(skipping)
    assert [r.number for r in parsed.references] == [2, 9, 17]
    assert parsed.references[0].page == "10-19" and parsed.references[2].page == "301-309"
    assert any("skips number(s) 3-8, 10-16" in w for w in parsed.warnings)


def test_pubmed_export_tails_are_identifiers_not_the_journal():
    printed = (
        "Hazel QX, Ivy PW. A made-up study of exported tails. Test Med. 2009;6(7):e1000097. "
        "Epub 2009/07/22. doi: 10.9999/made.up.1 19621072; PubMed Central PMCID: PMCPmc2707599."
    )
    [ref] = parse_reference_list(f"1. {printed}\n").references
    assert (ref.container_title, ref.volume, ref.issue) == ("Test Med", "6", "7")
    assert (ref.pmid, ref.pmcid, ref.doi) == ("19621072", "PMC2707599", "10.9999/made.up.1")
    assert ref.title == "A made-up study of exported tails"


def test_physical_sciences_tails_without_a_title():
    cases = {
        "A. Quill, O.E. Reed, Invented Ceram. 51, 320 (2005) 354.": ("51", "320", "354"),
        "A. Quill, J. Reed, Made. Up. Mater. 156 (2017) 443.": ("156", "", "443"),
        "D.R. Quill, S.W. Reed e R. Sedge, Test. Sci. Technol. 37, 5453 (2003).": (
            "37",
            "",
            "5453",
        ),
    }
    for printed, (volume, issue, page) in cases.items():
        [ref] = parse_reference_list(f"1. {printed}\n").references
        assert (ref.volume, ref.issue, ref.page) == (volume, issue, page), printed
        assert ref.container_title.split()[0] in ("Invented", "Made.", "Test.") and not ref.title
        assert ref.type == "article-journal" and ref.year in (2003, 2005, 2017)


def test_online_vancouver_with_medium_and_cited_date_in_portuguese():
    printed = (
        "Laurel F, Myrtle K. Um título inventado para os testes. Rev Inventada [Internet]. "
        "2013 [citado 2021 jun 17];45(1):91-101. Disponível em: http://example.org/a"
    )
    [ref] = parse_reference_list(f"1. {printed}\n").references
    assert (ref.title, ref.container_title) == (
        "Um título inventado para os testes",
        "Rev Inventada",
    )
    assert (ref.volume, ref.issue, ref.page, ref.year) == ("45", "1", "91-101", 2013)
    assert ref.url == "http://example.org/a"


def test_a_journal_the_labeller_left_in_the_title_is_taken_out():
    printed = (
        "Quill MA, Reed MK (2006) A made-up mechanism of test fixtures. Genes Test. 20: 3269–3282."
    )
    [ref] = parse_reference_list(f"1. {printed}\n").references
    assert (ref.title, ref.container_title) == (
        "A made-up mechanism of test fixtures",
        "Genes Test",
    )
    assert (ref.volume, ref.page, ref.type) == ("20", "3269-3282", "article-journal")


def test_supplementary_pages_after_a_range_are_kept_after_the_last_page():
    from blinarefs.pages import expand_page_range

    assert expand_page_range("503‐18.e10") == "503-518.e10"
    assert expand_page_range("3520-32 e7") == "3520-3532.e7"
    assert expand_page_range("1640.e7") == "1640.e7"


def test_an_apa_chapter_has_the_book_as_its_container():
    printed = (
        "Quill, R. H. (1990). A made-up chapter about fixtures. In M. P. Reed (Ed.), An "
        "invented handbook of tests (Vol. 2, pp. 75–109). Invented Press."
    )
    [ref] = parse_reference_list(f"1. {printed}\n").references
    assert ref.title == "A made-up chapter about fixtures"
    assert ref.container_title == "An invented handbook of tests"
    assert ref.type == "chapter" and ref.page == "75-109"


def test_a_supplement_or_an_issue_printed_with_the_volume_is_the_issue():
    for tail, (volume, issue) in {
        "2013;15 Suppl 1:S1.": ("15", "Suppl 1"),
        "2013; 50.6: 7.": ("50", "6"),
    }.items():
        printed = f"Quill MA, Reed MK. A made-up supplement paper. Test Res Ther. {tail}"
        [ref] = parse_reference_list(f"1. {printed}\n").references
        assert (ref.volume, ref.issue) == (volume, issue), tail


def test_a_physical_sciences_book_with_its_publisher_in_parentheses():
    printed = "M. Quill e E.J. Reed, Física Inventada (Editora Teste, São Paulo, 2012), 6a ed."
    [ref] = parse_reference_list(f"1. {printed}\n").references
    assert [n.family for n in ref.author] == ["Quill", "Reed"]
    assert (ref.title, ref.publisher, ref.publisher_place) == (
        "Física Inventada",
        "Editora Teste",
        "São Paulo",
    )
    assert (ref.type, ref.year, ref.edition) == ("book", 2012, "6")


def test_a_vancouver_chapter_after_a_question_with_organisers_and_an_edition():
    printed = (
        "Quill R. Testes ou não? In: Reed JG, Sedge R, organizadores. Um manual inventado. "
        "6. ed. Campinas (SP): Editora Teste; 2011. p. 17-48."
    )
    [ref] = parse_reference_list(f"1. {printed}\n").references
    assert ref.title == "Testes ou não?" and ref.container_title == "Um manual inventado"
    assert [n.family for n in ref.editor] == ["Reed", "Sedge"] and ref.page == "17-48"


_MADE_UP = (
    "Ashgrove PT, Brambleton K. An invented study of imaginary cells. J Made Up Stud. "
    "2031;12(3):101-9.",
    "Copperfield D. A second made-up trial with Bowtie 2. Fict Rep. 2030;4:55-60.",
    "Elmsworth F. A pretend review of nothing. Imag Med J. 2029;7(2):200-10.",
    "Fairhaven G, Glenrock H. Yet another fictional paper. J Made Up Stud. 2028;11:1-8.",
)


@pytest.mark.parametrize("form", ["{n}. ", "[{n}] ", "{n}) ", "({n}) ", "{n}] ", "{n} "])
def test_every_usual_numbering_is_read(form: str) -> None:
    text = "\n".join(form.format(n=n) + ref for n, ref in enumerate(_MADE_UP, 1))
    got = parse_reference_list(text).references
    assert [r.number for r in got] == [1, 2, 3, 4]
    assert [r.author[0].family for r in got] == [
        "Ashgrove",
        "Copperfield",
        "Elmsworth",
        "Fairhaven",
    ]


@pytest.mark.parametrize("numbers", [(1, 4, 8, 9), (3, 5, 6, 12), (1, 2, 5, 7)])
def test_a_list_that_skips_loses_no_item_one_token_a_line(numbers: tuple[int, ...]) -> None:
    # one token a line, a "2" of a later title ("Bowtie 2") alone on its line: it must not
    # take the place of the next item of a list that skips 2
    lines = [f"{n}. {ref}" for n, ref in zip(numbers, _MADE_UP, strict=True)]
    tokens = "\n".join(t for line in lines for t in re.findall(r"[^\W_]+|\S", line))
    for text in ("\n".join(lines), tokens):
        got = parse_reference_list(text).references
        assert tuple(r.number for r in got) == numbers
        assert got[-1].author[0].family == "Fairhaven"


def test_a_number_printed_again_inside_the_item_is_not_read_as_a_name() -> None:
    # a word processor's numbering over the journal's own (made-up references)
    text = (
        "1. 1. Ashgrove, P.; Brambleton, K. - An invented study. J. Made Up Stud., 6: 27-33, "
        "2031.\n"
        "2. 2-Copperfield, D. & Dunmore, E. - A second made-up trial. Fict. Rep., 2: 9-11, 2030.\n"
    )
    first, second = parse_reference_list(text).references
    assert [n.family for n in first.author] == ["Ashgrove", "Brambleton"]
    assert [n.family for n in second.author] == ["Copperfield", "Dunmore"]
    assert first.source_text.startswith("1. Ashgrove")  # the printed text is kept as printed


def test_one_token_a_line_an_item_opening_with_a_number_after_a_parenthesis() -> None:
    lines = [
        "1. Ashgrove PT. An invented study of imaginary cells. J Made Up Stud. 2031;12:101-9 "
        "(in Fictish)",
        "2. 21 Made-Up Code § 801 - Invented rules for pretend things. 2030 (last accessed)",
        "3. Elmsworth F. A pretend review of nothing. Imag Med J. 2029;7(2):200-10.",
    ]
    tokens = "\n".join(t for line in lines for t in re.findall(r"[^\W_]+|\S", line))
    assert [r.number for r in parse_reference_list(tokens).references] == [1, 2, 3]


def test_an_unheaded_author_year_list_closing_the_text_is_found():
    # a reference manager's bibliography inserted with no heading, saved as text a
    # paragraph a line; the body's last paragraph stays out of it
    body = "We gave drug X to made-up adults in three invented towns for two years.\n"
    refs = [
        "Roe, A. (2020). A made-up trial of drug X. Journal of Tests, 1, 1-10.",
        "Poe, B., & Moe, C. (2019a). An invented cohort. Test Reports, 2(3), 4-9.",
        "Poe, B., & Moe, C. (2019b). A second invented cohort. Test Reports, 2(4), 10-19.",
    ]
    section = find_reference_section(body + "\n".join(refs) + "\n")
    assert section is not None and section.start == len(body)
    assert [it.text for it in section.items] == refs


def test_closing_paragraphs_with_years_and_numbers_are_no_list():
    text = (
        "We gave drug X to made-up adults in three invented towns for two years.\n"
        "In 2019, 45 of 120 invented patients (12, 3) were seen again in the clinics.\n"
        "In 2020, 50 of 130 invented patients (14, 2) were seen again in the clinics.\n"
    )
    assert find_reference_section(text) is None


def test_a_year_with_its_letter_reads_as_a_reference_year():
    refs = [
        "Roe, A. (2020a). A made-up trial of drug X. Journal of Tests, 1, 1-10.",
        "Roe, A. (2020b). A second made-up trial of drug X. Journal of Tests, 1, 11-20.",
        "Poe, B. (2019). An invented cohort. Test Reports, 2(3), 4-9.",
    ]
    section = find_reference_section("Body text.\n\nReferences\n" + "\n".join(refs) + "\n")
    assert section is not None and [it.text for it in section.items] == refs


def test_a_service_s_page_range_and_a_printed_one_are_expanded_alike():
    # one function for the parser and the services: Crossref's or PubMed's "S12-9" and a
    # printed "S12–S19" compare equal, and BibTeX's "--" is a dash
    from blinarefs.enrich.merge import _same
    from blinarefs.pages import expand_page_range

    assert expand_page_range("S12-9") == expand_page_range("S12 – S19") == "S12-S19"
    assert expand_page_range("2578--84") == "2578-2584"
    assert expand_page_range(None) == "" and expand_page_range("viii-xii") == "viii-xii"
    assert _same("page", "S12-9", "S12–S19")  # enrich sees no change to propose


def test_an_item_after_an_address_without_its_scheme_keeps_its_own_number():
    # BMJ's style as Pandoc writes it, "N<tab>text" a paragraph each: a reference ending with
    # an address without "https://" ("2013.example.org/handbook") took the next item, which
    # opens with a title, into itself (a real Word file's reference 14 was lost so)
    listed = (
        "References\n\n"
        "1 \tRoe J, Doe P. A study of invented things. Journal of Tests 2020;12:100–9.\n\n"
        "2 \tPoe K, Loe M. Handbook for grading invented things. 2013.example.org/handbook\n\n"
        "3 \tFOOtool ABC: FOOtool Thing Development Tool [software]. Example University "
        "Published Online First: 2022.example.com\n\n"
        "4 \tZoe A, Moe B. Another study of invented things. Journal of Tests 2021;13:10–9.\n"
    )
    parsed = parse_reference_list(listed)
    assert [r.number for r in parsed.references] == [1, 2, 3, 4]
    assert not any("skips" in w for w in parsed.warnings)


def test_an_item_whose_mark_lost_its_space_keeps_its_own_number():
    # a list typed by hand into a web page: "5)Sakamoto Y, ..." and "7)M Borenstein, ..." were
    # swallowed into the item before them, and their citations were dangling
    listed = (
        "1) Roe J, Doe P. A study of invented things. J Tests. 2020;12:100-9.\n"
        "2) Poe K, Loe M. Another study of invented things. J Tests. 2021;13:10-9.\n"
        "3) Ash T. Yet another invented study. J Tests. 2022;14:1-9.\n"
        "4)Zoe M, Moe L. Invented things again. 2007. https://example.org/things.pdf\n"
        "5)M Coe, L Foe. The last invented study. Example Press; 2019.\n"
    )
    parsed = parse_reference_list(listed)
    assert [r.number for r in parsed.references] == [1, 2, 3, 4, 5] and not parsed.warnings
    assert parsed.references[3].author[0].family == "Zoe"
    assert "Coe" not in parsed.references[3].source_text
    # a supplement's "2)" opening a wrapped line stays inside its reference
    wrapped = "1) Roe J. A study. J Tests. 2020;12(Suppl\n2):100-9.\n2) Doe P. Another. 2021.\n"
    assert [r.number for r in parse_reference_list(wrapped).references] == [1, 2]


def test_html_line_breaks_of_a_markdown_page_are_no_part_of_a_reference():
    # a manuscript written as a GitHub page closed each reference with "<br>": it stayed in
    # the printed text and made the parser doubt the reference
    listed = (
        "Text citing both [1,2]. <br>\n\n"
        "1) Roe J, Doe P. A study of invented things. J Tests. 2020 Mar 3;12(4):100-9. <br>\n"
        "2) Poe K, Loe M. Another study of invented things. J Tests. 2021;13:10-9.<BR/>\n"
    )
    parsed = parse_reference_list(listed)
    assert [r.source_text for r in parsed.references] == [
        "Roe J, Doe P. A study of invented things. J Tests. 2020 Mar 3;12(4):100-9.",
        "Poe K, Loe M. Another study of invented things. J Tests. 2021;13:10-9.",
    ]
    assert parsed.references[0].page == "100-109" and parsed.references[1].volume == "13"


@pytest.mark.parametrize("nothing", [".", ". .", "–", ",;"])
def test_an_item_printed_with_nothing_keeps_its_number_and_is_reported_empty(
    nothing: str,
) -> None:
    parsed = parse_reference_list(
        "1. Alder QX. A made-up study of test fixtures. J Test Fixtures. 2011;4(2):10-19.\n"
        f"2. {nothing}\n"
        "3. Cedar RT. Another invented title for parser tests. Test Rep. 2019;12:301-9.\n"
    )
    assert [r.number for r in parsed.references] == [1, 2, 3]
    empty = parsed.references[1]
    assert (empty.title, empty.issued, empty.type) == ("", None, "document")
    assert parsed.warnings == ("line 2: reference 2 is empty: only its number is printed",)
    assert parsed.doubts == ()  # not "check its title, year": there is nothing to check
    assert parsed.references[2].title == "Another invented title for parser tests"


ADDRESSED = [
    "Alder, Q. X., & Birch, P. W. (2016). A made-up survey of test fixtures. Test Fixtures, "
    "11(4), e0163587. http://example.org/fixtures.cgi?T=JS&AN=TEST15303016194",
    "http://resolver.example.edu/openurl?sid=TEST&issn=1932-6203&volume=11&atitle=A+made-up",
    "Cedar, R. T. (2006). Another invented title for parser tests. Test Reports, 8, 1-9.",
]


@pytest.mark.parametrize("between", ["\n", "\n\n"])
def test_a_records_second_address_on_its_own_line_is_no_entry(between):
    # EndNote prints each of a record's URLs as a paragraph of its own: a text export writes
    # it on the line under its entry, the Word reader a paragraph apart
    text = "References\n\n" + "\n\n".join([ADDRESSED[0] + between + ADDRESSED[1], ADDRESSED[2]])
    parsed = parse_reference_list(text + "\n")
    assert [r.year for r in parsed.references] == [2016, 2006]
    assert "resolver.example.edu" in parsed.references[0].source_text


def test_a_web_page_closed_by_its_date_of_access_ends_its_entry():
    # a list saved as text a paragraph a line, under its heading: an entry that opens with
    # its title, no author's name, after a web page whose access date closes its line
    lines = [
        "Otters are common (Alder and Birch, 2011).",
        "References",
        "Alder, Q., Birch, P., 2011. A made-up study of test fixtures. J. Test Fix. 4, 10–19. "
        "https://doi.org/10.1000/fix.2011.4",
        "Fixture image library [WWW Document], n.d. URL https://example.org/img?pid=235 "
        "(accessed 8.1.23).",
        "Fixture survey guidelines : guidelines for surveys of test fixtures [WWW Document], "
        "n.d. URL https://example.org/view/82809 (accessed 9.19.23).",
        "Cedar, R., 2019. Another invented title for parser tests. Test Rep. 12, 301–309. "
        "https://doi.org/10.1000/fix.2019.12",
        "Dogwood, M., Elm, N., 2015. A third invented title. J. Test Fix. 8, 44–50.",
    ]
    parsed = parse_reference_list("\n".join(lines) + "\n")
    assert len(parsed.references) == 5
    assert parsed.references[2].source_text.startswith("Fixture survey guidelines")


def test_a_doi_copied_a_token_a_line_opens_no_legend_between_items():
    # "10.1016/j.abb.2019.108082" a token a line: "abb" / "." / "2019" reads as German's
    # figure label "Abb. 2019"; the items after it were cut off as a legend's (made-up list)
    title = " ".join(f"word{k}" for k in range(40))  # a long title: 40 tokens and more
    items = [
        f"{n}. Roe A{n}, Doe B, Poe C, Loe D, Moe E, Noe F, et al. A made-up study of an "
        f"invented enzyme {n}: {title}. Arch Imag Biochem. 2019;674:{n}. "
        f"doi:10.1016/j.abb.2019.10808{n}"
        for n in range(1, 6)
    ]
    tokens = re.findall(r"\w+|[^\w\s]", "\n".join(items))
    parsed = parse_reference_list("References\n" + "\n".join(tokens) + "\n")
    assert [r.number for r in parsed.references] == [1, 2, 3, 4, 5]


def test_a_title_opening_as_back_matter_does_is_no_end_between_items():
    # "Conflict of interest in ..." a token a line after an item's full stop read as the
    # back matter's heading, and the items after it were cut off (made-up list)
    title = " ".join(f"word{k}" for k in range(40))
    items = [
        f"{n}. Roe A{n}, Doe B. A made-up study {n}: {title}. J Imag Med. 2019;7:{n}."
        for n in range(1, 4)
    ]
    items.insert(
        2,
        "3. Loe B, Moe M, eds. Conflict of interest in invented research. "
        "Springfield: Example Press; 2009.",
    )
    items = [f"{n}. {item.split('. ', 1)[1]}" for n, item in enumerate(items, start=1)]
    tokens = re.findall(r"\w+|[^\w\s]", "\n".join(items))
    parsed = parse_reference_list("References\n" + "\n".join(tokens) + "\n")
    assert [r.number for r in parsed.references] == [1, 2, 3, 4]


def test_a_web_address_on_a_line_of_its_own_is_the_entrys_above():
    # a typed author-year list: the page's address and the day it was read under its entry
    # (made-up entries); each address line was read as a reference with no author
    text = (
        "References\n\n"
        "Roe A, Doe B (2012) An invented survey of owls. J Imag Zool 31:10-19\n\n"
        "EXA (2017) Example Agency's made-up statement on owls.\n\n"
        "https://www.example.org/news/owls-statement. Accessed: January 04, 2018\n\n"
        "Poe C (2018b) Owls resistant to the invented herbicide.\n\n"
        "http://www.example.org/Summary/Owls.aspx. Accessed: January 15, 2018\n\n"
        "Loe D, Moe E (2010) Made-up owl control. Imag Manag 9(1)\n"
    )
    refs = parse_reference_list(text).references
    assert [r.year for r in refs] == [2012, 2017, 2018, 2010]
    assert refs[1].url == "https://www.example.org/news/owls-statement"
    assert refs[2].url == "http://www.example.org/Summary/Owls.aspx"


@pytest.mark.parametrize("bullet", ["•", "-", "▪", "*"])
def test_a_bulleted_list_is_read_without_its_bullets(bullet: str) -> None:
    text = (
        "REFERENCES\n"
        f"{bullet} Brandt L, Okafor CN. Pretend anticoagulation in older adults. J Made Up "
        "Med. 2019;12(3):45-67.\n"
        f"{bullet} Duarte P. Made-up cardiology for students. 2nd ed. London: Example "
        "Press; 2021.\n"
        f"{bullet} Hsieh M, Lindqvist E. Pretend trials in practice. Made Up Trials. "
        "2020;5:10-30.\n"
    )
    refs = parse_reference_list(text).references
    assert [r.author[0].family for r in refs] == ["Brandt", "Duarte", "Hsieh"]
    assert [r.number for r in refs] == [1, 2, 3]
    assert not any(r.source_text.startswith(bullet) for r in refs)


@pytest.mark.parametrize("mark", ["", "."])
def test_numbers_glued_to_the_first_name_keep_their_items(mark: str) -> None:
    # a copy that lost the space (or the tab) after the list's numbers: "3Ash T." and
    # "3.Ash T."; with a number skipped, reading the list as unnumbered renumbered it
    listed = (
        f"1{mark}Roe J, Doe P. A study of invented things. J Tests. 2020;12:100-9.\n"
        f"2{mark}Poe K, Loe M. Another study of invented things. J Tests. 2021;13:10-9.\n"
        f"4{mark}Ash T. Yet another invented study. J Tests. 2022;14:1-9.\n"
    )
    parsed = parse_reference_list(listed)
    assert [r.number for r in parsed.references] == [1, 2, 4]
    assert [r.author[0].family for r in parsed.references] == ["Roe", "Poe", "Ash"]


def test_a_list_run_into_one_paragraph_is_read_item_by_item():
    # line breaks lost (an e-mail, a form's text box): every reference on one line
    text = (
        "Invented anaemia is common [1-3].\n"
        "References: 1. Roe J, Doe P. A study of invented things. J Tests. 2020;12:100-9. "
        "2. Poe K, Loe M. Another study of invented things. J Tests. 2021;13:10-9. "
        "3. Ash T. Yet another invented study, 2. ed. J Tests. 2022;14:1-9.\n"
    )
    section = find_reference_section(text)
    assert section is not None
    assert [(it.number, it.line) for it in section.items] == [(1, 2), (2, 2), (3, 2)]
    refs = parse_reference_list(text).references
    assert [r.author[0].family for r in refs] == ["Roe", "Poe", "Ash"]
    assert refs[2].page == "1-9"
    assert text[section.start :].startswith("References: 1. Roe J")


def test_the_numbered_steps_of_a_method_are_no_run_on_list():
    text = (
        "We worked in three steps, each for two days: 1) Extract DNA, with the kit. "
        "2) Amplify PCR, twice over. 3) Sequence RNA, in a made-up lab.\n"
        "1. Roe J. A study of invented things. J Tests. 2020;12:100-9.\n"
        "2. Doe P. Another study of invented things. J Tests. 2021;13:1-9.\n"
    )
    section = find_reference_section(text)
    assert section is not None and [it.number for it in section.items] == [1, 2]
    assert section.items[0].text.startswith("Roe J.")


@pytest.mark.parametrize("gap", ["", " ", "\t"])
def test_raised_list_numbers_copied_as_superscript_digits_keep_their_items(gap: str) -> None:
    # a list whose numbers were raised, pasted as Unicode's superscript digits: they were
    # read into the first family name ("¹ Roe") and the items numbered by their places
    listed = (
        "References\n"
        f"¹{gap}Roe J, Doe P. A study of invented things. J Tests. 2020;12:100-9.\n"
        f"²{gap}Poe K, Loe M. Another study of invented things. J Tests. 2021;13:10-9.\n"
        f"¹²{gap}Ash T. Yet another invented study. J Tests. 2022;14:1-9.\n"
    )
    parsed = parse_reference_list(listed)
    assert [r.number for r in parsed.references] == [1, 2, 12]
    assert [r.author[0].family for r in parsed.references] == ["Roe", "Poe", "Ash"]
