"""Plain-text readings that Word files saved as text call for.

A list item's number that opens its line ("    1. County", as LibreOffice and Word write
a numbered paragraph saved as text) is no flattened superscript, even in a manuscript
whose byline prints its superscripts after a space (the habit that makes a bare number
after a space a citation elsewhere); a narrative citation keeps its name when a comma was
typed after "et al." ("Roe et al., (2013) found"); a work cited by what its entry opens
with ("(Anonymous, 2022)", a web page's or a standard's title)."""

from __future__ import annotations

import json

from blinarefs.cli import main
from blinarefs.model import Reference
from blinarefs.trace.candidates import STRONG
from blinarefs.trace.refindex import ReferenceIndex
from blinarefs.trace.superscripts import flattened_candidates
from blinarefs.trace.titled import title_candidates

QUESTIONNAIRE = (
    "Table 1. The questions asked of the wardens\nAnswers\n"
    "    1. Valley of the park\n40 valleys (n=80)\n"
    "    2) Otters seen in the year?\n12 otters (n=40)\n"
)


def test_an_items_number_opening_its_line_is_no_superscript():
    for spaced in (True, False):
        assert flattened_candidates(QUESTIONNAIRE, spaced=spaced) == []


def test_a_comma_typed_after_et_al_keeps_a_narrative_citation(tmp_path, capsys):
    # "Roe et al., (2013) found": as a manager's field shows it once edited by hand
    text = (
        "Results\nIn younger adults, Roe et al., (2013) found that a second task lowered "
        "the illusion (Lee and Kim, 2015).\nReferences\n"
        "Lee A, Kim B (2015) A made-up second task. J Imag Psychol 6:1–9\n"
        "Roe J, Doe A, Poe E (2013) An invented illusion in two tasks. J Imag Psychol 4:10–19\n"
    )
    path = tmp_path / "narrative.txt"
    path.write_text(text, encoding="utf-8")
    assert main(["trace", str(path), "--json"]) == 0
    cited = json.loads(capsys.readouterr().out)["citations"]
    assert [c["marker"] for c in cited] == ["Roe et al., (2013)", "(Lee and Kim, 2015)"]


# A reference manager's author-year list as a Word file saved as text shows it: works without
# a year, a body split into family and initials, a web page named beside a citation
UNDATED = (
    "Introduction\n"
    "Grey herons nest earlier on warm coasts (Quillfeather et al., in press). Quillfeather "
    "et al. (in press) also counted their eggs. The estuary was mapped before (Brankwell, "
    "n.d.). The wardens gave the counts (https://example.org/herons/counts; Tovey et al., "
    "2019). Inland colonies are smaller (Agency et al., 2011). Diets differ (Umber & Wren, "
    "2015; Vole, 2012).\n"
    "References\n"
    "Agency WB, Office of the Fens. Heron counts on the fens. 2011;12 p.\n"
    "Brankwell, P. (n.d.). An estuary atlas. Fenland Press.\n"
    "Quillfeather, A., Moss, B., & Dunlin, C. (in press). Laying dates of grey herons on warm "
    "coasts. Journal of Made-up Birds.\n"
    "Tovey, R., Marsh, S., & Reed, T. (2019). Clutch sizes of inland herons. Journal of "
    "Made-up Birds, 4(2), 11-19.\n"
    "Umber, K., & Wren, L. (2015). Heron diets in salt marshes. Estuarine Birds, 9, 100-110.\n"
    "Vole, M. (2012). Winter roosts of waders. Estuarine Birds, 6, 55-61.\n"
)


def _cited(tmp_path, capsys, text: str) -> dict[str, list[int]]:
    path = tmp_path / "manuscript.txt"
    path.write_text(text, encoding="utf-8")
    assert main(["trace", str(path), "--json"]) == 0
    return {c["marker"]: c["numbers"] for c in json.loads(capsys.readouterr().out)["citations"]}


def test_works_without_a_year_a_body_with_initials_and_a_web_page_beside_a_citation(
    tmp_path, capsys
):
    assert _cited(tmp_path, capsys, UNDATED) == {
        "(Quillfeather et al., in press)": [3],
        "Quillfeather et al. (in press)": [3],
        "(Brankwell, n.d.)": [2],
        "(https://example.org/herons/counts; Tovey et al., 2019)": [4],
        "(Agency et al., 2011)": [1],
        "(Umber & Wren, 2015; Vole, 2012)": [5, 6],
    }


def test_a_citation_without_a_year_names_only_a_work_printed_without_one(tmp_path, capsys):
    # Tovey's work has a year: "(Tovey, n.d.)" names no work of the list, and a lone name
    # with "in press" that names nothing is no citation at all
    text = UNDATED.replace("(Brankwell, n.d.)", "(Tovey, n.d.)").replace(
        "(Quillfeather et al., in press)", "(Marsh, in press)"
    )
    cited = _cited(tmp_path, capsys, text)
    assert "(Tovey, n.d.)" not in cited and "(Marsh, in press)" not in cited
    assert cited["Quillfeather et al. (in press)"] == [3]


def test_capitals_after_a_family_are_dropped_only_when_they_are_initials(tmp_path, capsys):
    # "Agency Wb" is a two-word name, not a name and its initials: cited as "Agency" it is
    # no work of the list
    text = UNDATED.replace("Agency WB, Office", "Agency Wb, Office")
    assert _cited(tmp_path, capsys, text)["(Agency et al., 2011)"] == []


def test_a_years_letter_picks_that_work_of_the_authors_year(tmp_path, capsys):
    # an author-year list tells two works of one author and year apart by a letter
    text = (
        "Introduction\nHerons nest early (Marsh et al., 2019b). Marsh et al. (2019a) counted "
        "eggs, and both works mapped the coast (Marsh et al., 2019a, 2019b; Vole, 2012). "
        "Without a letter a citation names both (Marsh et al., 2019).\n"
        "References\n"
        "Marsh S, Reed T, Tovey R. Heron eggs of the fens. J Made-up Birds 2019a;4(2):11-19.\n"
        "Marsh S, Reed T, Tovey R. Heron nests of the coast. J Made-up Birds 2019b;4(3):20-29.\n"
        "Vole M. Winter roosts of waders. Estuarine Birds 2012;6:55-61.\n"
    )
    assert _cited(tmp_path, capsys, text) == {
        "(Marsh et al., 2019b)": [2],
        "Marsh et al. (2019a)": [1],
        "(Marsh et al., 2019a, 2019b; Vole, 2012)": [1, 2, 3],
        "(Marsh et al., 2019)": [1, 2],
    }


def test_a_work_is_cited_by_the_word_its_entry_opens_with(tmp_path, capsys):
    # "Anonymous. <title with a year>. <year>.": the parser may take the title's words for
    # the author, or the first word for the title; the citation names what the entry opens
    # with and the year it prints as its own, not the day its page was seen, nor "n.d."
    text = (
        "Introduction\nOtters returned to the river (Anonymous, 2023). The weirs were "
        "rebuilt (Anonymous, 2020). The survey was repeated (Tovey et al., 2019).\n"
        "References\n"
        "Anonymous. The Regional Otter Census 2021 Summary | River Trust. 2023. Available "
        "from: https://example.org/otters/census [Last accessed: 3/2/2024].\n"
        "Anonymous. Weirs of the Lower Vale - Archive. n.d. Available from: "
        "https://example.org/weirs [Last accessed: 5/6/2020].\n"
        "Tovey R, Marsh S, Reed T. Otter spraints on three rivers. J Made-up Mammals "
        "2019;4(2):11-19.\n"
    )
    assert _cited(tmp_path, capsys, text) == {
        "(Anonymous, 2023)": [1],
        "(Tovey et al., 2019)": [3],
    }


def test_a_year_seen_only_in_an_access_date_names_no_work_of_the_author(tmp_path, capsys):
    # the fallback is for entries whose opening the parser did not read as the author:
    # Tovey's work of 2019, seen in 2021, is not "(Tovey et al., 2021)"
    text = (
        "Introduction\nSpraints were counted (Tovey et al., 2021; Vole, 2012).\nReferences\n"
        "Tovey R, Marsh S, Reed T. Otter spraints on three rivers. 2019. Available from: "
        "https://example.org/spraints (accessed 4 May 2021).\n"
        "Vole M. Winter roosts of waders. Estuarine Birds 2012;6:55-61.\n"
    )
    assert _cited(tmp_path, capsys, text) == {"(Tovey et al., 2021; Vole, 2012)": [2]}


# works with no author, cited by the words their entries open with, as a reference
# manager's author-year style prints a web page's or a standard's citation
TITLED = (
    "Introduction\nVirions were imaged (Details - Public Virus Image Library - PVIL). The "
    "eluate was kept cold (ISO 99999-2:2019 - Normative Body of Examples). The virus was "
    "typed (Roe et al., 2019; Moe and Zoe, 2018). The records are kept by an office (Office "
    "for Viral Studies and Records).\n\nReferences\n"
    "Details - Public Virus Image Library(PVIL) [WWW Document], n.d. URL "
    "https://example.org/pvil (accessed 8.1.23).\n"
    "ISO 99999-2:2019 - Normative Body of Examples [WWW Document], n.d. URL "
    "https://example.org/iso (accessed 8.1.23).\n"
    "Moe, A., Zoe, B., 2018. Viruses of the marsh. J. Virol. Ex. 3, 10-20.\n"
    "Office for Viral Studies and Records, 2020. Annual report of the office. Example Press, "
    "London.\n"
    "Roe, J., Poe, K., Loe, M., 2019. A study of viruses. J. Virol. Ex. 1, 1-2.\n"
)


def test_a_work_without_an_author_is_cited_by_its_entrys_opening_words(tmp_path, capsys):
    # the office's name alone in brackets is no citation: it says nothing past the author
    assert _cited(tmp_path, capsys, TITLED) == {
        "(Details - Public Virus Image Library - PVIL)": [1],
        "(ISO 99999-2:2019 - Normative Body of Examples)": [2],
        "(Roe et al., 2019; Moe and Zoe, 2018)": [5, 3],
    }


def test_a_numbered_text_naming_a_work_by_its_title_cites_it_only_by_number(tmp_path, capsys):
    # a text that cites by number names a guideline in brackets: read as a citation, the
    # name hid that the sentence gives the work no number
    text = (
        "Otters are common in the valley [1]. The count followed national practice "
        "(Example Agency guidelines for counting otters) at every site. Counts vary by "
        "season [2].\n\nReferences\n\n1. Roe J, Doe A. Otters in a made-up valley. J Made "
        "Up Zool. 2030;12:34-40.\n2. Example Agency. Guidelines for counting otters. "
        "Example City: Example Agency; 2029.\n"
    )
    assert _cited(tmp_path, capsys, text) == {"[1]": [1], "[2]": [2]}


def test_opening_words_shared_by_two_entries_cite_neither():
    # two pages of one site: the words name no one entry, and the parenthesis no work
    said = "Seen under the microscope (Details - Public Virus Image Library - PVIL)."
    page = "Details - Public Virus Image Library(PVIL) [WWW Document], n.d."
    one = ReferenceIndex.build([Reference("a", source_text=page)])
    two = ReferenceIndex.build(
        [Reference("a", source_text=page), Reference("b", source_text=page + " Archive.")]
    )
    assert [c.keys for c in title_candidates(said, one, [])] == [("a",)]
    assert title_candidates(said, two, []) == []
    assert title_candidates(said, one, [(10, len(said))]) == []  # already read otherwise


def test_words_of_the_writers_own_beside_citations_that_name_works(tmp_path, capsys):
    # a prose aside before the citations: a citation only if every year names a work
    text = UNDATED.replace(
        "(Umber & Wren, 2015; Vole, 2012)",
        "(using the heron package in R; Umber & Wren, 2015; Vole, 2012)",
    ).replace("(Agency et al., 2011)", "(Ardea spp.; Tovey et al., 2019)")
    cited = _cited(tmp_path, capsys, text)
    assert cited["(using the heron package in R; Umber & Wren, 2015; Vole, 2012)"] == [5, 6]
    assert cited["(Ardea spp.; Tovey et al., 2019)"] == [4]
    # a year in the aside of a single citation: no citation; a work the list lacks beside
    # one it holds: the one it holds is cited (the other is reported missing)
    text = text.replace("Vole, 2012)", "Vole, 2013)").replace("Ardea spp.;", "Ardea spp. in 2018;")
    cited = _cited(tmp_path, capsys, text)
    assert not any("Ardea" in m for m in cited)
    assert cited["(using the heron package in R; Umber & Wren, 2015; Vole, 2013)"] == [5]


def test_a_citation_glued_to_et_al_with_a_no_break_space_is_read():
    # Word and publishers keep "et al" together with a no-break space; the plain copy of
    # "Roe et al³⁸ showed" is "Roe et\u00a0al38 showed", a citation as "et al38" is
    for text, cited in (("A study by Roe et\u00a0al38 showed it.", "38"),
                        ("As Roe et\u00a0al.,35 wrote, it", "35")):  # fmt: skip
        found = flattened_candidates(text)
        assert [text[c.start : c.end] for c in found] == [cited]
        assert found[0].strength == STRONG  # nothing but a citation is glued there
