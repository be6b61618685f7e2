"""The styles are general: each rule of Blood (AMA) and Vancouver (NLM) on its own case.

Expected lines are written from the rules (see styles/README.md), not from the program's
output. The cases are the TEST DATA of conftest.py: Kantarjian et al 2017 (ref2 of the
seed) with one property changed at a time.
"""

from __future__ import annotations

from dataclasses import replace as replace_ref

import pytest

from blinarefs.format import format_bibliography

TITLE = "Blinatumomab versus chemotherapy for advanced acute lymphoblastic leukemia."
NEJM_BLOOD = "N Engl J Med. 2017;376(9):836-847."
NEJM_VANCOUVER = "N Engl J Med. 2017 Mar 2;376(9):836-47."
FIRST_SIX = "Kantarjian H, Stein A, Gökbuget N, Fielding AK, Schuh AC, Ribera JM"

BLOOD = {
    # AMA: every author up to six, initials without periods
    "authors-1": f"Kantarjian H. {TITLE} {NEJM_BLOOD}",
    "authors-2": f"Kantarjian H, Stein A. {TITLE} {NEJM_BLOOD}",
    "authors-3": f"Kantarjian H, Stein A, Gökbuget N. {TITLE} {NEJM_BLOOD}",
    "authors-4": f"Kantarjian H, Stein A, Gökbuget N, Fielding AK. {TITLE} {NEJM_BLOOD}",
    "authors-6": f"{FIRST_SIX}. {TITLE} {NEJM_BLOOD}",
    # seven or more: the first three, then "et al"
    "authors-7": f"Kantarjian H, Stein A, Gökbuget N, et al. {TITLE} {NEJM_BLOOD}",
    "no-issue": f"Kantarjian H, Stein A, Gökbuget N, et al. {TITLE} "
    "N Engl J Med. 2017;376:836-847.",
    # full page ranges, even across a hundred
    "pages-1795-1802": f"Kantarjian H, Stein A, Gökbuget N, et al. {TITLE} "
    "N Engl J Med. 2017;376(9):1795-1802.",
    # no volume yet: "Published online Month Day, Year. doi:..."
    "online-first": f"Kantarjian H, Stein A, Gökbuget N, et al. {TITLE} N Engl J Med. "
    "Published online March 2, 2017. doi:10.1056/NEJMoa1609783",
    # the title's own "?" ends it: no period after it
    "title-question": "Kantarjian H, Stein A. Is blinatumomab better than chemotherapy for "
    f"advanced leukemia? {NEJM_BLOOD}",
    "non-ascii": f"Foà R, Arslan Ö, Brüggemann M, Dombret H. {TITLE} {NEJM_BLOOD}",
    "hyphenated-given": f"Ribera JM, Horst HA. {TITLE} {NEJM_BLOOD}",
    "particles": f"von Stackelberg A, van der Sluis IM, de Lorenzo P. {TITLE} {NEJM_BLOOD}",
    # a list the source cut with "et al": the known three, then et al
    "truncated-3": f"Kantarjian H, Stein A, Gökbuget N, et al. {TITLE} {NEJM_BLOOD}",
}

VANCOUVER = {
    "authors-1": f"Kantarjian H. {TITLE} {NEJM_VANCOUVER}",
    "authors-2": f"Kantarjian H, Stein A. {TITLE} {NEJM_VANCOUVER}",
    "authors-3": f"Kantarjian H, Stein A, Gökbuget N. {TITLE} {NEJM_VANCOUVER}",
    "authors-4": f"Kantarjian H, Stein A, Gökbuget N, Fielding AK. {TITLE} {NEJM_VANCOUVER}",
    "authors-6": f"{FIRST_SIX}. {TITLE} {NEJM_VANCOUVER}",
    # NLM/ICMJE: the first six, then "et al."
    "authors-7": f"{FIRST_SIX}, et al. {TITLE} {NEJM_VANCOUVER}",
    "no-issue": f"{FIRST_SIX}, et al. {TITLE} N Engl J Med. 2017 Mar 2;376:836-47.",
    # second number cut to the digits that change: the hundreds change, so 802
    "pages-1795-1802": f"{FIRST_SIX}, et al. {TITLE} N Engl J Med. 2017 Mar 2;376(9):1795-802.",
    "online-first": f"{FIRST_SIX}, et al. {TITLE} N Engl J Med. 2017 Mar 2. "
    "doi: 10.1056/NEJMoa1609783. Epub ahead of print.",
    "title-question": "Kantarjian H, Stein A. Is blinatumomab better than chemotherapy for "
    f"advanced leukemia? {NEJM_VANCOUVER}",
    "non-ascii": f"Foà R, Arslan Ö, Brüggemann M, Dombret H. {TITLE} {NEJM_VANCOUVER}",
    # NLM drops the hyphen of hyphenated given names
    "hyphenated-given": f"Ribera JM, Horst HA. {TITLE} {NEJM_VANCOUVER}",
    "particles": f"von Stackelberg A, van der Sluis IM, de Lorenzo P. {TITLE} {NEJM_VANCOUVER}",
    # only three names are known: they are printed, then "et al." (none is invented)
    "truncated-3": f"Kantarjian H, Stein A, Gökbuget N, et al. {TITLE} {NEJM_VANCOUVER}",
}


@pytest.mark.parametrize(("style", "expected"), [("blood", BLOOD), ("vancouver", VANCOUVER)])
def test_each_rule(cases, style, expected):
    assert set(expected) == set(cases)
    keys = sorted(cases)
    lines = format_bibliography([cases[k] for k in keys], style)
    for n, (key, line) in enumerate(zip(keys, lines, strict=True), start=1):
        assert line == f"{n}. {expected[key]}", key


def test_online_first_prefers_the_online_date(merged_refs):
    """ref8 before its issue: published online 2023 May 31 (available-date)."""
    from dataclasses import replace

    hogan = replace(merged_refs[7], volume="", issue="", page="", doi="10.1200/JCO.22.02200")
    blood, vancouver = (format_bibliography([hogan], s)[0] for s in ("blood", "vancouver"))
    assert blood.endswith("J Clin Oncol. Published online May 31, 2023. doi:10.1200/JCO.22.02200")
    # the issue date is the item's date; the online date is what the Epub note gives
    assert vancouver.endswith(
        "J Clin Oncol. 2023 Sep 1. doi: 10.1200/JCO.22.02200. Epub ahead of print."
    )


def test_an_article_with_no_volume_is_not_made_an_early_online_one():
    """A newspaper column as Zotero exports it (an article with a date and nothing else) and
    an article of a journal that prints no volumes: neither is "ahead of print" (nothing
    says so), as both styles printed them. Made up for the test."""
    from blinarefs.model import Name, Reference

    column = Reference(
        id="col", type="article-journal", author=(Name(family="Roe", given="A."),),
        title="A made-up column on owls", container_title="The Example Times",
        issued=(2009, 3),
    )  # fmt: skip
    unnumbered = Reference(
        id="unv", type="article-journal", author=(Name(family="Doe", given="B."),),
        title="An invented survey", container_title="Example Med J", issued=(2011, 4),
        issue="3", page="12-15",
    )  # fmt: skip
    blood = format_bibliography([column, unnumbered], "blood")
    vancouver = format_bibliography([column, unnumbered], "vancouver")
    assert blood == [
        "1. Roe A. A made-up column on owls. The Example Times. 2009.",
        "2. Doe B. An invented survey. Example Med J. 2011;(3):12-15.",
    ]
    assert vancouver == [
        "1. Roe A. A made-up column on owls. The Example Times. 2009 Mar.",
        "2. Doe B. An invented survey. Example Med J. 2011 Apr;(3):12-5.",
    ]


def test_a_paper_not_yet_published_keeps_its_state():
    """ "In press" and "Forthcoming" after the journal, and a paper submitted to no named
    journal yet: the state is printed where the volume would be (ICMJE's samples give the
    year after it; AMA gives none); both styles dropped it, the journal then ending in a
    space. Made up for the test."""
    from blinarefs.model import Name, Reference

    roe = (Name(family="Roe", given="A."),)
    pressed = Reference(id="p", type="article-journal", author=roe, title="An owl count",
                        container_title="J Example Med", status="in press")  # fmt: skip
    coming = replace_ref(pressed, id="f", status="forthcoming", issued=(2031,))
    sent = replace_ref(pressed, id="s", container_title="", status="submitted")
    assert format_bibliography([pressed, coming, sent], "vancouver") == [
        "1. Roe A. An owl count. J Example Med. In press.",
        "2. Roe A. An owl count. J Example Med. Forthcoming 2031.",
        "3. Roe A. An owl count. Submitted.",
    ]
    assert format_bibliography([pressed, coming, sent], "blood") == [
        "1. Roe A. An owl count. J Example Med. In press.",
        "2. Roe A. An owl count. J Example Med. Forthcoming.",
        "3. Roe A. An owl count. Submitted.",
    ]


def test_a_chapter_with_no_editors_keeps_in_before_its_book():
    """AMA and NLM print "In:" before the book whether or not it has editors; the styles
    dropped it with the editors (made up for the test)."""
    from blinarefs.model import Name, Reference

    chapter = Reference(
        id="ch", type="chapter", author=(Name(family="Roe", given="A."),),
        title="A made-up chapter", container_title="An invented book",
        publisher="Example Press", publisher_place="Springfield", issued=(2011,), page="3-14",
    )  # fmt: skip
    assert format_bibliography([chapter], "blood") == [
        "1. Roe A. A made-up chapter. In: An invented book. Example Press; 2011:3-14."
    ]
    assert format_bibliography([chapter], "vancouver") == [
        "1. Roe A. A made-up chapter. In: An invented book. Springfield: Example Press; 2011. "
        "p. 3-14."
    ]


def test_a_chapter_with_no_author_prints_its_editors_once():
    """CSL: a variable a ``<substitute>`` printed is suppressed in the rest of the entry, so
    editors standing in for a chapter's missing author are not printed again after "In:"
    (citeproc-py suppressed only ``<text>`` variables; made up for the test)."""
    from blinarefs.model import Name, Reference

    chapter = Reference(
        id="ch", type="chapter", editor=(Name(family="Doe", given="B."),),
        title="A made-up chapter", container_title="An invented book",
        publisher="Example Press", publisher_place="Springfield", issued=(2011,), page="3-14",
    )  # fmt: skip
    assert format_bibliography([chapter], "blood") == [
        "1. Doe B, ed. A made-up chapter. In: An invented book. Example Press; 2011:3-14."
    ]
    assert format_bibliography([chapter], "vancouver") == [
        "1. Doe B, editor. A made-up chapter. In: An invented book. Springfield: Example Press;"
        " 2011. p. 3-14."
    ]


def test_a_missing_short_title_comes_from_the_nlm_table(kantarjian):
    from dataclasses import replace

    ref = replace(kantarjian, container_title_short="")
    assert "The New England Journal of Medicine" in ref.container_title
    assert " N Engl J Med. 2017;" in format_bibliography([ref], "blood")[0]
    unknown = replace(ref, container_title="Journal Written For The Tests")
    assert " Journal Written For The Tests. 2017;" in format_bibliography([unknown], "blood")[0]


def test_a_journals_leading_article_is_no_part_of_its_abbreviation(kantarjian):
    # Google Scholar's and Zotero's "The Lancet", "The Journal of Invented Studies": Blood
    # and Vancouver printed "The Lancet. 2017;"; NLM's abbreviations drop the article
    from dataclasses import replace

    ref = replace(kantarjian, container_title="The Journal of Invented Studies",
                  container_title_short="")  # fmt: skip
    for style in ("blood", "vancouver"):
        printed = format_bibliography([ref], style)[0]
        assert ". Journal of Invented Studies. 2017" in printed and "The Journal" not in printed
    book = replace(ref, type="chapter", container_title="The Invented Handbook")
    assert "The Invented Handbook" in format_bibliography([book], "vancouver")[0]


def _read_online():
    """A web page and a report read online, made up for the test, as the parser stores
    them: the day each was read is biblatex's urldate."""
    from blinarefs.model import Name, Reference

    agency = (Name(literal="Example Agency for Owls"),)
    page = Reference(
        id="page", type="webpage", author=agency, title="Owl counts by county",
        issued=(2030, 6, 9), url="https://example.org/owls", extra=(("urldate", "2031-01-15"),),
    )  # fmt: skip
    report = Reference(
        id="report", type="report", author=agency, title="Invented report on owls",
        issued=(2029,), publisher="Example Agency for Owls", publisher_place="Example City",
        url="https://example.org/r.pdf", extra=(("urldate", "2031-03-02"),),
    )  # fmt: skip
    return [page, report]


def test_what_was_read_online_keeps_its_url_and_the_day_it_was_read():
    # AMA 11th 3.15 and Citing Medicine ch. 22 and 25; no "Epub ahead of print" for a page
    assert format_bibliography(_read_online(), "blood") == [
        "1. Example Agency for Owls. Owl counts by county. Published June 9, 2030. Accessed "
        "January 15, 2031. https://example.org/owls",
        "2. Example Agency for Owls. Invented report on owls. Example Agency for Owls; 2029. "
        "Accessed March 2, 2031. https://example.org/r.pdf",
    ]
    assert format_bibliography(_read_online(), "vancouver") == [
        "1. Example Agency for Owls. Owl counts by county [Internet]. 2030 Jun 9 [cited 2031 "
        "Jan 15]. Available from: https://example.org/owls",
        "2. Example Agency for Owls. Invented report on owls [Internet]. Example City: Example "
        "Agency for Owls; 2029 [cited 2031 Mar 2]. Available from: https://example.org/r.pdf",
    ]


def test_a_preprint_is_no_article_ahead_of_print():
    # AMA 11th's "Preprint posted online"; NLM's "[Preprint]"; a made-up preprint
    from blinarefs.model import Name, Reference

    ref = Reference(
        id="p", type="article", author=(Name(family="Lark", given="D"),),
        title="A model of owl flight", container_title="medRxiv", issued=(2031, 5, 1),
        doi="10.5555/2031.05.01.000001",
    )  # fmt: skip
    assert format_bibliography([ref], "blood") == [
        "1. Lark D. A model of owl flight. medRxiv. Preprint posted online May 1, 2031. "
        "doi:10.5555/2031.05.01.000001"
    ]
    assert format_bibliography([ref], "vancouver") == [
        "1. Lark D. A model of owl flight [Preprint]. medRxiv. 2031 May 1. "
        "doi: 10.5555/2031.05.01.000001."
    ]


def test_a_thesis_is_printed_as_one_not_as_an_article_ahead_of_print():
    # Citing Medicine ch. 8 and AMA 11th: the kind of thesis, the university and the year;
    # a thesis fell through to the journal article's form ("2030. Epub ahead of print.")
    from blinarefs.model import Name, Reference

    ref = Reference(
        id="t", type="thesis", author=(Name(family="Lark", given="D"),),
        title="Nocturnal flight of imaginary owls", publisher="Example University",
        publisher_place="Example City", issued=(2030,),
    )  # fmt: skip
    assert format_bibliography([ref], "vancouver") == [
        "1. Lark D. Nocturnal flight of imaginary owls [dissertation]. Example City: Example "
        "University; 2030."
    ]
    assert format_bibliography([ref], "blood") == [
        "1. Lark D. Nocturnal flight of imaginary owls. Dissertation. Example University; 2030."
    ]


def test_a_web_pages_publisher_and_place_are_printed_in_vancouver():
    # Citing Medicine ch. 25: "Title [Internet]. Place: Publisher; date [cited ...]."; a
    # parsed page's "Example City (EX): Example Agency;" was left out
    page = _read_online()[0].with_fields(publisher="Example Agency", publisher_place="Example City")
    assert format_bibliography([page], "vancouver") == [
        "1. Example Agency for Owls. Owl counts by county [Internet]. Example City: Example "
        "Agency; 2030 Jun 9 [cited 2031 Jan 15]. Available from: https://example.org/owls"
    ]


def test_a_newspaper_article_is_printed_with_its_date_and_page_not_as_ahead_of_print():
    # Citing Medicine ch. 5 and AMA 11th; it fell through to the journal article's form
    # ("2030 Jan 5. Epub ahead of print.", "Published online January 5, 2030.")
    from blinarefs.model import Name, Reference

    ref = Reference(
        id="n", type="article-newspaper", author=(Name(family="Lark", given="D"),),
        title="Owls return to the city", container_title="Example Daily News",
        issued=(2030, 1, 5), page="A1",
    )  # fmt: skip
    assert format_bibliography([ref], "vancouver") == [
        "1. Lark D. Owls return to the city. Example Daily News. 2030 Jan 5;A1."
    ]
    assert format_bibliography([ref], "blood") == [
        "1. Lark D. Owls return to the city. Example Daily News. January 5, 2030:A1."
    ]


def test_a_presentation_is_printed_with_its_meeting_date_and_place():
    # AMA 11th 3.13.10 and Citing Medicine: a talk fell through to the journal article's
    # form ("Paper presented at: Meeting. 2030 Dec. Epub ahead of print.")
    from blinarefs.model import Name, Reference

    ref = Reference(
        id="s", type="speech", author=(Name(family="Lark", given="D"),),
        title="Owls at dusk", container_title="12th Meeting of the Example Society",
        note="Poster", issued=(2030, 12, 5), publisher_place="Example City",
    )  # fmt: skip
    assert format_bibliography([ref], "vancouver") == [
        "1. Lark D. Owls at dusk. Poster presented at: 12th Meeting of the Example Society; "
        "2030 Dec 5; Example City."
    ]
    assert format_bibliography([ref], "blood") == [
        "1. Lark D. Owls at dusk. Poster presented at: 12th Meeting of the Example Society; "
        "December 5, 2030; Example City."
    ]


@pytest.mark.parametrize("kind", ["software", "dataset"])
def test_a_deposited_program_or_data_set_is_printed_with_its_doi(kind):
    # its DOI was left out, so nothing in the line found the deposit
    from blinarefs.model import Name, Reference

    ref = Reference(
        id="d", type=kind, author=(Name(family="Lark", given="D"),), title="Owl counts",
        publisher="Example Repository", issued=(2031,), doi="10.5555/example.42",
    )  # fmt: skip
    assert format_bibliography([ref], "vancouver") == [
        "1. Lark D. Owl counts. Example Repository; 2031. doi: 10.5555/example.42."
    ]
    assert format_bibliography([ref], "blood") == [
        "1. Lark D. Owl counts. Example Repository; 2031. doi:10.5555/example.42"
    ]


def test_a_patent_is_printed_with_its_office_and_number_not_as_an_article_ahead_of_print():
    # Citing Medicine ch. 24 and AMA 11th: title, the office and number, the date; a parsed
    # patent fell through to the journal article's form ("2030 Jan 5. Epub ahead of print.")
    from blinarefs.model import Name, Reference

    ref = Reference(
        id="p", type="patent", author=(Name(family="Lark", given="D"),),
        title="A made-up owl counter", note="US patent 1,234,567", issued=(2030, 1, 5),
    )  # fmt: skip
    assert format_bibliography([ref], "vancouver") == [
        "1. Lark D. A made-up owl counter. US patent 1,234,567. 2030 Jan 5."
    ]
    assert format_bibliography([ref], "blood") == [
        "1. Lark D. A made-up owl counter. US patent 1,234,567. January 5, 2030."
    ]


@pytest.mark.parametrize("kind", ["document", "software", "dataset"])
def test_a_work_that_stands_alone_is_printed_as_a_book_not_an_article_ahead_of_print(kind):
    # a BibTeX @misc (CSL "document") for a software package fell through to the journal
    # article's form: "2021. Epub ahead of print." and "Published online 2021." (a real .bib)
    from blinarefs.model import Name, Reference

    ref = Reference(
        id="s", type=kind, author=(Name(family="Lark", given="D"),),
        title="owlcount: a made-up package for counting owls", publisher="Example Lab",
        issued=(2031,), url="https://example.org/owlcount",
    )  # fmt: skip
    assert format_bibliography([ref], "vancouver") == [
        "1. Lark D. owlcount: a made-up package for counting owls [Internet]. Example Lab; "
        "2031. Available from: https://example.org/owlcount"
    ]
    assert format_bibliography([ref], "blood") == [
        "1. Lark D. owlcount: a made-up package for counting owls. Example Lab; 2031. "
        "https://example.org/owlcount"
    ]


def test_a_chapters_book_keeps_its_edition():
    # "In: Eds. Book. 2nd ed. Publisher; Year": the edition was dropped for a chapter
    from blinarefs.model import Name, Reference

    ref = Reference(
        id="c", type="chapter", author=(Name(family="Lark", given="D"),), title="Owls at night",
        editor=(Name(family="Roe", given="J"),), container_title="A Made-up Handbook",
        edition="2", publisher="Example Press", issued=(2031,), page="45-67",
    )  # fmt: skip
    assert format_bibliography([ref], "blood") == [
        "1. Lark D. Owls at night. In: Roe J, ed. A Made-up Handbook. 2nd ed. Example Press; "
        "2031:45-67."
    ]
    assert format_bibliography([ref], "vancouver") == [
        "1. Lark D. Owls at night. In: Roe J, editor. A Made-up Handbook. 2nd ed. Example "
        "Press; 2031. p. 45-67."
    ]


def test_a_preprint_named_only_by_its_eprinttype_prints_its_server():
    # session 37's walk: Better BibLaTeX's arXiv item (@unpublished, eprinttype = {arxiv})
    # printed "Preprint posted online ..." with no server
    from blinarefs.store import Store

    (ref,) = Store.loads(
        "@unpublished{quill_moths, author = {Quill, Ada}, title = {Moths under violet light},\n"
        "  date = {2031-05-02}, eprint = {3105.01234}, eprinttype = {arxiv}}\n"
    ).references
    blood, vancouver = (format_bibliography([ref], s)[0] for s in ("blood", "vancouver"))
    assert "Moths under violet light. arXiv. Preprint posted online May 2, 2031" in blood
    assert "Moths under violet light [Preprint]. arXiv. 2031 May 2." in vancouver
    (printed,) = Store.loads(
        "@misc{p2, author = {Quill, Ada}, title = {Moths}, date = {2031},\n"
        "  journal = {medRxiv}, eprint = {10.1101/x}, eprinttype = {medrxiv}}\n"
    ).references
    assert format_bibliography([printed], "blood")[0].count("medRxiv") == 1


def test_an_arxiv_preprint_with_no_doi_prints_its_address():
    # a preprint read from "arXiv:3105.01234 [cs.LG]" had nothing to find it by: "arXiv.
    # Preprint posted online 2031" ended the entry; arXiv gives every identifier its address
    from blinarefs.store import Store

    (ref,) = Store.loads(
        "@unpublished{quill_moths, author = {Quill, Ada}, title = {Moths under violet light},\n"
        "  date = {2031-05-02}, eprint = {3105.01234}, eprinttype = {arxiv}}\n"
    ).references
    blood, vancouver = (format_bibliography([ref], s)[0] for s in ("blood", "vancouver"))
    assert blood.endswith("May 2, 2031. https://arxiv.org/abs/3105.01234")
    assert "Available from: https://arxiv.org/abs/3105.01234" in vancouver
    with_doi = ref.with_fields(doi="10.48550/arXiv.3105.01234")
    assert "arxiv.org/abs" not in format_bibliography([with_doi], "blood")[0]


def test_a_masters_thesis_is_printed_as_one():
    # BibTeX's @mastersthesis printed "Dissertation" in both styles, and the parser wrote
    # "[master's thesis]" as @phdthesis
    from blinarefs.bibtex import format_entry
    from blinarefs.parse import parse_reference_list
    from blinarefs.store import Store

    (ref,) = Store.loads(
        "@mastersthesis{quill, author = {Quill, Ada}, title = {Moths under violet light},\n"
        "  school = {Example University}, address = {Springfield}, year = {2031}}\n"
    ).references
    blood, vancouver = (format_bibliography([ref], s)[0] for s in ("blood", "vancouver"))
    assert "Moths under violet light. Master’s thesis. Example University; 2031." in blood
    assert "Moths under violet light [master’s thesis]. Springfield" in vancouver
    (parsed,) = parse_reference_list(
        "References\n1. Quill A. Moths under violet light [master's thesis]. Springfield: "
        "Example University; 2031.\n"
    ).references
    assert format_entry(parsed).startswith("@mastersthesis{")
    (doctoral,) = Store.loads(format_entry(ref.with_fields(extra=()))).references
    assert "Dissertation" in format_bibliography([doctoral], "blood")[0]


def test_a_trials_registration_prints_its_registrys_identifier():
    # read from AMA's form, the identifier was kept in the note and printed by no style
    from blinarefs.parse import parse_reference_list

    (ref,) = parse_reference_list(
        "References\n1. A made-up trial of nothing in adults. ClinicalTrials.gov identifier: "
        "NCT09999999. Updated March 1, 2030. Accessed May 2, 2030. "
        "https://clinicaltrials.gov/study/NCT09999999\n"
    ).references
    blood, vancouver = (format_bibliography([ref], s)[0] for s in ("blood", "vancouver"))
    assert "adults. ClinicalTrials.gov identifier: NCT09999999. Published" in blood
    assert "[Internet]. ClinicalTrials.gov. Identifier NCT09999999. 2030 Mar 1" in vancouver


def test_arxivs_own_bibtex_with_archiveprefix_is_a_preprint_with_its_server():
    # arXiv's and Google Scholar's BibTeX name the server archivePrefix, biblatex's alias of
    # eprinttype: it printed "Vaswani A. Title. 2017." with no server and nothing to find it
    from blinarefs.store import Store

    (ref,) = Store.loads(
        "@misc{quill, author = {Quill, Ada}, title = {Moths under violet light}, year = {2031},\n"
        "  eprint = {3105.01234}, archivePrefix = {arXiv}, primaryClass = {cs.LG}}\n"
    ).references
    assert ref.type == "article"
    blood = format_bibliography([ref], "blood")[0]
    assert blood.endswith(
        "light. arXiv. Preprint posted online 2031. https://arxiv.org/abs/3105.01234"
    )
