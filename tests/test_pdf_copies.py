"""Manuscripts copied out of a PDF: hard-wrapped lines with no blank line between paragraphs,
a running head and the article's address on every page, database link labels under each
reference, the journal's "Cite this article as" box after the list, form feeds between
pages. Every text here is invented in those shapes."""

from __future__ import annotations

from blinarefs import check_manuscript, parse_reference_list
from blinarefs.parse import find_reference_section
from blinarefs.parse.running_heads import furniture_lines
from blinarefs.textlines import lines_with_ends
from blinarefs.trace.sentences import split_paragraphs

HEAD = "Roe et al. Journal of Invented Trials 2021, 7:12 Page {} of 9"
ADDRESS = "http://www.inventedtrials.example/content/7/1/12"


def _body(pages: int = 3) -> str:
    """Pages of wrapped prose (about 70 characters a line), each closed by the running head
    and the address; a sentence runs over every page break."""
    out = ["Background"]
    for page in range(2, 2 + pages):
        out += [
            "Smokers in deprived areas are less likely to quit than others [1] and",
            "services reach them less often [2]. Programmes that offer exercise as an",
            "aid to cutting down have been proposed for them [3], and their uptake was",
            "measured in two towns over a year, with letters sent from the practices",
            "to every registered smoker aged 18 or over. The letters were followed by",
            "telephone calls to those who did not answer within three weeks, and the",
            "calls were made by the same two researchers throughout the study so that",
            "the wording stayed the same for each person who was called back by them.",
            "Reminders of this kind have raised response in other trials [1], which",
            HEAD.format(page),
            ADDRESS,
            "is why they were used here as well, for every practice taking part.",
        ]
    return "\n".join(out) + "\n"


LIST = """References
1. Doe J, Poe A. Quitting in deprived areas: a cohort study. J Invented Med.
2019;12:100-8.
2. Moe K, Loe B. Reaching smokers with services: a review of access. Invented
{head}
{address}
Health Rev. 2018;4:33-41.
3. Zoe P. Exercise to cut down smoking: a pilot. Invented Addict. 2020;9:1-9.
Cite this article as: Roe et al.: Uptake of exercise support among smokers.
Journal of Invented Trials 2021 7:12.
Submit your next manuscript to an invented publisher
"""


def _list() -> str:
    return LIST.format(head=HEAD.format(9), address=ADDRESS)


def _check(tmp_path, text: str):
    path = tmp_path / "paper.txt"
    path.write_text(text, encoding="utf-8")
    return check_manuscript(path)


def test_a_page_head_inside_a_reference_is_left_out_of_it():
    parsed = parse_reference_list(_body() + _list())
    second = next(r for r in parsed.references if r.number == 2)
    assert second.container_title == "Invented Health Rev"
    assert second.url == ""
    assert "Page 9 of 9" not in second.source_text


def test_the_journals_boxes_after_the_list_are_cut_off_and_reported():
    parsed = parse_reference_list(_body() + _list())
    third = next(r for r in parsed.references if r.number == 3)
    assert "Cite this article" not in third.source_text
    assert third.container_title == "Invented Addict"
    assert any("Cite this article as" in w for w in parsed.warnings)


def test_form_feeds_and_separators_do_not_move_line_numbers():
    # pdftotext ends each page with a form feed; an unmapped font yields \x1c
    text = "Title\x0cof the paper\nA line\x1cwith a separator\n" + _list()
    section = find_reference_section(text)
    assert section is not None
    lines = text.split("\n")
    for item in section.items:
        assert lines[item.line - 1].startswith(f"{item.number}. ")


def test_link_labels_under_each_reference_are_no_journal():
    text = "\n".join(
        [
            "References",
            "1. Doe J, Poe A. Quitting in deprived areas: a cohort study. J Invented Med.",
            "2019; 12(3): 100-8.",
            "PubMed Abstract | Publisher Full Text",
            "2. Moe K. Reaching smokers with services. Invented Health Rev. 2018; 4: 33-41.",
            "PubMed Abstract | Publisher Full Text | Free Full Text",
        ]
    )
    parsed = parse_reference_list(text)
    assert [r.container_title for r in parsed.references] == [
        "J Invented Med",
        "Invented Health Rev",
    ]


def test_a_wiley_web_copys_library_link_is_no_publisher():
    text = "\n".join(
        [
            "References",
            "1. Roe, J., & Doe, P. (2030). Pretend outcomes. Journal of Imaginary Medicine, "
            "12(3), 45–67. https://doi.org/10.1234/jim.2030.012",
            "Wiley Online Library",
            "Google Scholar",
            "2. Moe K. Reaching smokers with services. Invented Health Rev. 2018; 4: 33-41.",
        ]
    )
    first, second = parse_reference_list(text).references
    assert (first.publisher, first.container_title) == ("", "Journal of Imaginary Medicine")
    assert second.container_title == "Invented Health Rev"


def test_a_running_head_with_changing_numbers_is_furniture_a_journal_line_is_not():
    filler = [f"line {i} of wrapped prose that goes on and on." for i in range(12)]
    lines = []
    for page in (233, 234, 235):
        lines += [*filler, f"Annals of Invented Studies 2021; 14: {page}"]
    # a journal's name alone on its line in three references (a list one token a line)
    for _ in range(3):
        lines += [*filler, "N Engl J Med"]
    found = furniture_lines(lines_with_ends("\n".join(lines)))
    heads = {i for i, line in enumerate(lines) if line.startswith("Annals")}
    assert found == heads


def test_a_sentence_runs_on_over_a_page_break_without_the_head(tmp_path):
    result = _check(tmp_path, _body() + _list())
    claims = [" ".join(c.text.split()) for c in result.trace.claims]
    assert not any("Page" in c or "inventedtrials" in c for c in claims)
    runs_on = [c for c in claims if c.startswith("Reminders of this kind")]
    assert runs_on and all(c.endswith("taking part.") for c in runs_on)
    assert not [f for f in result.findings if f.code in ("dangling-citation", "uncited-reference")]


def test_a_few_long_lines_leave_a_wrapped_text_wrapped():
    row = "Table 2 " + " ".join(f"{n} ({n / 3:.1f})" for n in range(40))  # a table's row
    text = _body(2).replace("Background\n", f"Background\n{row}\n", 1)
    paragraphs = split_paragraphs(text)
    assert len(row) > 150
    # wrapped prose is read as paragraphs, not one line each
    assert any(p.text.count("\n") >= 5 for p in paragraphs)


def test_a_heading_after_a_paragraphs_last_line_opens_its_own_paragraph(tmp_path):
    text = (
        _body(1)
        + "Results\n"
        + (
            "Of the 400 smokers invited, 31 took part, and the calls doubled the response\n"
            "in both towns compared with the letters alone over the twelve months.\n"
        )
    )
    paragraphs = [p.text.strip() for p in split_paragraphs(text)]
    assert "Results" in paragraphs
    result = _check(tmp_path, text + _list())
    own = [c for c in result.trace.claims if c.text.startswith("Of the 400")]
    assert own and own[0].section == "results"


def test_contributions_under_a_curly_apostrophe_heading_are_no_claims(tmp_path):
    text = _body(1) + (
        "Authors’ contributions\n"
        "JR designed the study and wrote the first draft of the manuscript; all of the\n"
        "authors read and approved the final manuscript in March 2021.\n"
    )
    result = _check(tmp_path, text + _list())
    assert not [c for c in result.trace.claims if "approved the final" in c.text]


def test_a_work_listed_three_times_with_bare_numbers_keeps_every_item():
    # "1 Roe J ..." wrapped, opening each of three items (numbers changing, the rest the
    # same, no closing mark): a list's line, no running head
    filler = [f"Poe K. Another invented study number {k}. J Tests. 2019;11:1-9." for k in range(12)]
    lines, n = [], 0
    for _ in range(3):
        n += 1
        lines += [f"{n} Roe J, Doe P. A study of invented things. J Tests", "2020;12:100-9."]
        for line in filler:
            n += 1
            lines.append(f"{n} {line}")
    parsed = parse_reference_list("References\n" + "\n".join(lines) + "\n")
    assert [r.number for r in parsed.references] == list(range(1, n + 1))
    assert [r.title for r in parsed.references[:: len(filler) + 1]] == [
        "A study of invented things"
    ] * 3


TITLE_PAGE = (
    "Uptake of exercise support among smokers in two invented towns: a pilot\n"
    "randomised trial of letters and calls\n"
    "Jane Roe1*, John Doe2, Ann Poe1, Kim Moe3, Lee Zoe2, Max Loe4, Ned Voe1, Oli Hoe5,\n"
    "Pat Koe2, Ray Foe6, Sam Goe1, Tom Joe7, Una Noe3, Val Woe2 and Wes Yoe1\n"
)
ABSTRACT = (
    "Background: Smokers in deprived areas are less likely to quit than others, and 40% of\n"
    "them have never been offered support by the services that were set up for them.\n"
    "Results: The letters reached 91% of the smokers invited, and the calls were associated\n"
    "with a doubled response compared with the letters alone in both towns over the year.\n"
)


def test_an_abstract_heading_under_a_byline_opens_the_abstract(tmp_path):
    # the byline ends no sentence, yet "Abstract" below it is a heading of its own
    text = TITLE_PAGE + "Abstract\n" + ABSTRACT + _body(1) + _list()
    paragraphs = [p.text.strip() for p in split_paragraphs(text)]
    assert "Abstract" in paragraphs
    result = _check(tmp_path, text)
    abstract = [c for c in result.trace.claims if "91%" in c.text or "40%" in c.text]
    assert abstract and all(c.section == "summary" for c in abstract)
    assert not [c for c in abstract if c.needs_citation]


def test_an_abstract_printed_without_its_heading_is_known_by_its_labels(tmp_path):
    text = TITLE_PAGE + ABSTRACT + _body(1) + _list()
    result = _check(tmp_path, text)
    abstract = [c for c in result.trace.claims if "91%" in c.text or "40%" in c.text]
    assert len(abstract) == 2 and all(c.section == "summary" for c in abstract)
    # the body after the first heading is no abstract
    body = [c for c in result.trace.claims if c.text.startswith("Smokers in deprived areas are")]
    assert body and body[0].section == "background"


def test_the_articles_history_and_registration_are_no_claims(tmp_path):
    record = (
        "Trial registration: Invented Registry IR-2019-0042. Date registered: 10 March 2019.\n"
        "Received: 3 May 2020 Accepted: 9 September 2020\n"
        "Published: 1 October 2020\n"
    )
    result = _check(tmp_path, TITLE_PAGE + _body(1) + record + _list())
    assert not [c for c in result.trace.claims if "2019" in c.text or "2020" in c.text]
    assert any("Received:" in s.text for s in result.trace.skipped)


def test_run_in_end_matter_labels_that_lost_their_spaces_are_disclosures(tmp_path):
    # a PDF reader can drop the space between a bold run-in label's words
    end = (
        "Competinginterests. We declare that we have none, and 40% of our funding is public.\n"
        "Dataaccessibility. All data are in the supplement. All authors gave final approval\n"
        "for publication of the manuscript after it was reviewed by two colleagues.\n"
    )
    result = _check(tmp_path, _body(1) + end + _list())
    assert not [c for c in result.trace.claims if "approval" in c.text or "40%" in c.text]


def test_words_a_line_end_hyphenated_are_read_whole(tmp_path):
    text = _body(1) + (
        "Other approaches were tried in the towns, and the decision-making about them was\n"
        "shared. Earlier pilots in other towns have demon-\n"
        "strated that the treat-\n"
        "ment arm and its decision-\n"
        "making lower the cost of reaching smokers by a third.\n"
    )
    result = _check(tmp_path, text + _list())
    claim = next(c for c in result.trace.claims if "pilots" in c.text)
    assert "demonstrated that the treatment arm and its decision-making" in claim.shown
    assert claim.text == result.trace.text[claim.start : claim.end]  # offsets hold
    # the finding's word, whole again, is seen, and the finding quotes the whole words
    assert "reported finding 'demonstrated'" in claim.factual
    finding = next(
        f for f in result.findings if f.code == "uncited-claim" and f.span[0] == claim.start
    )
    assert "treatment" in (finding.text or "")


def test_a_dash_and_a_capital_after_a_hyphen_are_left_as_printed():
    from blinarefs.trace.hyphens import rejoined

    assert rejoined("costs -\nand gains; anti-\nTNF; COVID-\n19 wards") == (
        "costs -\nand gains; anti-\nTNF; COVID-\n19 wards"
    )
    assert rejoined("a broken re-\n   \n  sult") == "a broken result"  # a page's blank furniture


def test_a_run_in_abstract_and_the_history_under_a_byline_are_known(tmp_path):
    # Springer's layout: the history right under the byline, "Abstract" run in, no colon
    front = TITLE_PAGE + (
        "Received: 3 May 2020 / Revised: 1 June 2020 / Accepted: 9 June 2020\n"
        "Abstract Smokers in deprived areas have been shown to quit less often than\n"
        "others, and 40% of them were never offered support by the services set up\n"
        "for them. Letters and calls doubled the response in two invented towns.\n"
    )
    result = _check(tmp_path, front + _body(1) + _list())
    assert not [c for c in result.trace.claims if "Received" in c.text]
    abstract = [c for c in result.trace.claims if "40%" in c.text]
    assert abstract and abstract[0].section == "summary" and not abstract[0].needs_citation
    # "Summary statistics were ..." in lower case is the body's own sentence
    from blinarefs.trace.sections import opens_abstract_part

    assert not opens_abstract_part("Summary statistics were computed for each town.")


def test_a_list_whose_numbers_the_copy_dropped_splits_at_each_first_author():
    # a PDF copy can drop the list's numbers; a title wrapped so that its full stop ends a
    # line before the journal's ("Invented J. 2011;") is still the same reference
    text = "\n".join(
        [
            "References",
            "Roe JA, Doe P, Poe K, et al.: A study of invented receptors in the made-up",
            "moth antenna.",
            "Invented Ecol. 2002; 28(4): 867-71.",
            "PubMed Abstract | Publisher Full Text",
            "Moe K: Invented binding proteins of the made-up fly.",
            "Invented J. 2011; 437(3): 423-30.",
            "PubMed Abstract | Publisher Full Text",
            "Invented Health Agency. Caring at home: a made-up strategy. Nowhere: Invented",
            "Health Agency; 2008.",
            "Zoe P, Loe B: Cooperative interactions of invented proteins. Made-up Biol.",
            "2013; 9: 100-9.",
        ]
    )
    refs = parse_reference_list(text).references
    assert [
        (r.author[0].family or r.author[0].literal if r.author else "", r.year) for r in refs
    ] == [
        ("Roe", 2002),
        ("Moe", 2011),
        ("Invented Health Agency", 2008),
        ("Zoe", 2013),
    ]


def test_a_list_without_numbers_splits_after_link_labels_that_end_a_line():
    # where a reference's last line had room, the PDF printed its link labels on it ("...
    # 45-67. PubMed Abstract | Publisher Full Text", "...; 2029. Reference Source"): no
    # full stop, no pages at the line's end, and the next reference was read into it
    text = "\n".join(
        [
            "References",
            "Roe J, Doe A: Owls counted at night in an invented wood. J Invented",
            "Ecol. 2030; 12(3): 45-67. PubMed Abstract | Publisher Full Text",
            "Poe B, Hoe C: A second study of owls in a made-up forest. Owl Res. 2031; 4: 1-9.",
            "Publisher Full Text",
            "Loe C: Counting Owls by Ear. Example City: Example Press; 2029. Reference Source",
            "Moe D, Noe E: Owls and their invented calls. J Invented Ecol. 2028; 11(2):",
            "100-110. PubMed Abstract | Publisher Full Text | Free Full Text",
            "Koe F: Owls in a made-up article. J Invented Ecol. 2027; 10: 5-6. Google Scholar",
            "Zoe G: The last invented owl. Owl Res. 2026; 3: 7-8.",
        ]
    )
    refs = parse_reference_list(text).references
    assert [(r.author[0].family, r.year) for r in refs] == [
        ("Roe", 2030),
        ("Poe", 2031),
        ("Loe", 2029),
        ("Moe", 2028),
        ("Koe", 2027),
        ("Zoe", 2026),
    ]
    assert not any("Full Text" in r.container_title or "Source" in r.title for r in refs)


def test_an_author_year_list_closed_by_pages_without_full_stops():
    # Springer's lists: no full stop after the pages, the year in parentheses, a wrapped
    # year opening a line ("(2000) Title ..."), a title's full stop before the journal's line
    text = "\n".join(
        [
            "References",
            "Roe AM, Doe K (2013) Life in invented groups: the roles of made-up",
            "hormones. Invented Behav 7:185",
            "Moe CJ, Zoe T (1979) Invented hierarchies. J Made-up Biol 81:65–73",
            "Poe JN, Loe LJ, Hoe EF, Koe MM, Voe TR, Woe JT, Yoe AB, Xoe CD",
            "(2000) Invented amnesia in made-up mice. Invented Genet",
            "25:284–288",
            "Qoe AJ, Joe DM (2009) Invented consequences of made-up isolation.",
            "Invented Psychoneuroendocrinology 34:1542–1553",
        ]
    )
    refs = parse_reference_list(text).references
    assert [(r.author[0].family, r.year) for r in refs] == [
        ("Roe", 2013),
        ("Moe", 1979),
        ("Poe", 2000),
        ("Qoe", 2009),
    ]


def test_a_head_on_facing_pages_with_its_page_number_first_is_furniture():
    filler = [f"line {i} of wrapped prose that goes on and on." for i in range(12)]
    core = "Invented Ecol Sociobiol (2021) 14:233–240"
    lines = [core, *filler]  # the first page's head, with no page number
    for page in range(234, 241):
        lines += [f"{page} {core}" if page % 2 == 0 else f"{core} {page}", *filler]
    found = furniture_lines(lines_with_ends("\n".join(lines)))
    assert found == {i for i, line in enumerate(lines) if core in line}


def test_a_table_floated_into_the_end_matter_does_not_end_it(tmp_path):
    end = (
        "Competing interests\n"
        "JR has been a consultant for makers of invented products and holds a share of a\n"
        "made-up patent on a device.\n"
        "Baseline data\n"
        "Age (years); mean (SD) 46 (11) 52 (11)\n"
        "Smoking characteristics\n"
        "Tobacco (grams/day); mean (SD) 17.4 (8.7) 18.4 (12.5)\n"
        "All other authors have declared that more than 50% of their work is unpaid.\n"
        "Appendix\n"
        "Earlier pilots in two other towns reported that 40% of smokers answered the letters.\n"
    )
    result = _check(tmp_path, _body(1) + end + _list())
    claims = [" ".join(c.text.split()) for c in result.trace.claims]
    assert not [c for c in claims if "50%" in c]
    # an appendix ends the end matter: its sentences are claims again
    assert [c for c in claims if "40%" in c]


def test_a_numbered_heading_over_a_numbered_sub_heading_opens_its_section(tmp_path):
    text = _body(1) + (
        "2. Material and methods\n"
        "2.1. Invented sample collection\n"
        "Samples were gathered from six made-up animals in two invented centres, and 12% of\n"
        "them were set aside for the tests that were run at the end of the whole season.\n"
    )
    paragraphs = [p.text.strip() for p in split_paragraphs(text)]
    assert "2. Material and methods" in paragraphs
    result = _check(tmp_path, text + _list())
    own = [c for c in result.trace.claims if "12%" in c.text]
    assert own and own[0].section == "methods" and not own[0].needs_citation


def test_a_journal_web_pages_links_after_each_reference_are_no_part_of_it() -> None:
    text = "\n".join(
        [
            "References",
            "1. Roe J, Doe A. Owls counted at night. J Invented Ecol. 2030;12(3):45-67. "
            "View ArticlePubMed/NCBIGoogle Scholar",
            "2. Poe B. A second study of owls. Owl Res. 2031;4:1-9.",
            "Article CAS PubMed Google Scholar",
            "3. Loe C. Owls by ear. Owl Res. 2029;2:3-8. Search in Google Scholar",
            "4. Moe D. Owls and their calls [abstract]. Owl Res. 2028;1:10.",
            "",
        ]
    )
    refs = parse_reference_list(text).references
    assert [r.container_title for r in refs] == ["J Invented Ecol", "Owl Res", "Owl Res", "Owl Res"]
    ends = ["2030;12(3):45-67.", "2031;4:1-9.", "2029;2:3-8.", "2028;1:10."]
    assert [r.source_text.rsplit(" ", 1)[-1] for r in refs] == ends


def test_a_head_printed_once_with_its_separators_is_no_part_of_a_reference():
    # a list that spans one page break: its foot is printed once, so nothing recurs
    listed = (
        "References\n"
        "1. Loe D, Moe E. A fictional registry of pretend diseases: ten-year fol-\n"
        "low-up. Made-Up J Haematol. 2029;11:100-9.\n"
        "Made-Up Journal of Medicine • Volume 12 • 2031                         17\n"
        "2. Noe F, Qoe G. Invented signalling in fictional cells. Made-Up Biol Rep.\n"
        "2028;10(2):e1234.\n"
    )
    first, second = parse_reference_list(listed).references
    assert first.container_title == "Made-Up J Haematol"
    assert "Volume 12" not in first.source_text
    assert second.container_title == "Made-Up Biol Rep"
    # bars: a journal's head names its volume; a table's row and a title's bars stay
    lines = [
        "MADE-UP BLOOD | 5 MARCH 2031 | VOLUME 155, NUMBER 10",
        "| Example cohort | 2030 | 120 |",
        "Cohort A | 2030 | 120 patients [4]",
        "3. Roe J. A | B | C testing. J Made. 2030;1:2.",
    ]
    assert furniture_lines(lines) == {0}


def test_a_sites_download_stamp_is_no_part_of_a_reference():
    # printed on every page of a PDF the site served, once in a list over one page break
    listed = (
        "References\n"
        "1. Loe D, Moe E. Long-term outcomes of pretend treatment. Made-Up Res.\n"
        "2030;8:100-12.\n"
        "Downloaded from https://example.org/made-up/article-pdf/12/3/45/1234567/m.pdf by "
        "guest on 05 March 2031\n"
        "2. Noe F, Qoe G. Invented signalling in fictional cells. Made-Up Biol Rep.\n"
        "2028;10(2):e1234.\n"
    )
    first, second = parse_reference_list(listed).references
    assert (first.url, first.page) == ("", "100-112")
    assert "Downloaded" not in first.source_text
    assert second.container_title == "Made-Up Biol Rep"
    lines = [
        "Downloaded via EXAMPLE UNIV on March 5, 2031 at 10:00:00 (UTC).",
        "Downloaded from example.org/journal by 10.0.0.1 on 03/05/31 For personal use only.",
        "This article is protected by copyright. All rights reserved.",
        # a sentence that says where data came from is no stamp
        "Downloaded from the example registry on 5 March 2030, the data were cleaned.",
        "Data were downloaded from https://example.org on 5 March 2030 [4].",
    ]
    assert furniture_lines(lines) == {0, 1, 2}
