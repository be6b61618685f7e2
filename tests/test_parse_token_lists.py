"""A list copied one token a line, rebuilt as printed and cut where its items start; lists
whose numbers jump. Every reference here is a made-up test text, not a real record."""

from __future__ import annotations

import re

import pytest

from blinarefs.parse import join_tokens, parse_reference_list


def _tokens(text: str) -> list[str]:
    """A careless copy: every word and every mark on a line of its own."""
    return re.findall(r"[^\W_]+|\S", text)


def _one_token_a_line(lines: list[str]) -> str:
    return "\n".join(t for line in lines for t in _tokens(line)) + "\n"


PRINTED = [
    # a DOI with an issue in parentheses, then a PubMed id
    "Fict Lett. 2031;382:427–51. 10.1016/S0000-0000(31)60937-X 22357568",
    # a DOI with capitals after a full stop, then PubMed Central's id
    "Imag Res. 2030;21(1):30–38. doi: 10.1158/0000-0432.CCR-14-1716. PMC1234567",
    # a year in parentheses after the pages is not an issue
    "Made Up Lett 344, 603–608 (2031).",
    # decimals and versions
    "the FAKE 1.7 tool, version 3.4.2, Unit 2.4, in Imag Rep. 2030;50.6:7.",
    # a year after a publisher, pages after a bare volume: spaced
    "Invented Press; 2029, pp. 45–53. Fict Lett 11: 781–789.",
    # a volume after a month, pages after a Vancouver volume: glued
    "Fict J. 2031 Dec;12(3):e101. Bone J Surg [Am] 2029;74-A:1042-1049.",
    # a URL with underscores and an address
    "Available from: https://example.org/a_b/Users_Guide.pdf. Accessed 27 May 2031",
    "Policy@Madeup. MadeUpLab.com 2031",
    # hyphens: names, codes, numbers and ranges, with the hyphens publishers print
    "Rocha-Olivares A. A 2‐year trial of AIN-93 and COVID‐19, 1943‐2003, pages 674‐8.",
    # a word beginning with "doi" is a word
    "What is it doing there? J Test Fict. 2031;28:611.e9–e616.e9.",
    # a DOI with brackets; a year and a volume before the pages
    "Fict Ecol 81: 2714-2729. doi: 10.1890/0000-9658(2031)081[2714:FAKE]2.0.CO;2.",
    "Rev Fict. 2031:13:e240898. Invented: Valley, 2030:66",
    # initials before a spaced dash, and hyphenated initials
    "Graeber, M. B. & Kreutzberg, G. W. - Astrocytes invented. J.-P. Quill, B.‐Z. Reed",
    "Made-up networks. arXiv:1606.02585. 2031;9.",
    # DOIs: after a year's ";", with parentheses, with a part in parentheses and "<...>",
    # with a capital word between full stops, and after the pages
    "Fict Manag. 2031; 10.1016/j.fict.2031.12.021",
    "doi: 10.1002/(SICI)1097-0000(19980815/30)17:15/16<1661::AID-FICT968>3.0.CO;2-2",
    "doi: 10.1238/Fictica.Topical.106a00048",
    "Fict J. 2031;7(3):1–9. 10.1000/fict.2031.7 PMID: 12345678",
    # URLs: in parentheses after a version, with a query, and a year after ";"
    "Fict Tool Version 4.7 (https://fict.example.net). Made Up Foundation; 2031.",
    "Available from: https://example.org/index.php?id=12&lang=en. Accessed 3 May 2031.",
    "Available online at http://example.org/data/pre_mean; 2031.",
    # hyphenated and apostrophe names, initials with full stops
    "Rocha-Olivares A, O'Brien PJ, D'Souza-Lee M, St-Pierre J, de la Cruz-Ruiz M.",
    "J.-P. Roe, B.-Z. Doe, D. A. O'Neill-Smith and C. Mac-Gregor, Washington, D.C., 2031.",
    # page ranges with en dashes, supplements, e-pages
    "2031;41(2):101–115. 2031;41(Suppl 1):i101–i115. 2031;28:611.e9–e616.e9.",
    # a web address with parentheses in its file's name; versions; locants in parentheses
    "https://example.org/env/Session%2006-2%20Fict%20(IUCN%20ROCA).pdf. Accessed 4 June 2031.",
    "Fict Modelling Environment (FME), 2031.08; Fict Graphics System, Version 1.3r1.",
    "β-(1,3)-Glucan unmasking in made-up cells.",
    # a note in parentheses after a number is spaced; a title's quotes and numbers
    'Made up in 2031 (in Japanese). A "made-up survey" of 16,000 tiny goats, c.v. and e.g.',
    # a DOI in parentheses after the pages is not an issue; a year inside a DOI
    "Fict Health Metrics 2031 14 39 (10.1000/s12963-031-0111-3)",
    "Fict Laboratory 2031 62 855–861. (10.7754/Fict.Lab.2031.150843)",
    # dotted pages in a range, and the end of a plain range before a number
    "Curr. Fict. Cell Biol. 3.22.1–3.22.29. Fict Rep. 2031;4:323-35. 22 made-up goats.",
    # initials before the family, or after a comma, keep their spaces
    "Graeber, M. B. & Kreutzberg, G. W. Invented. M. B. Graeber, and L. R. Pease.",
    # ... and so do a family's before a year in parentheses
    "Roe J., and Doe D. W. (2031) Made-up cloning: a manual",
]


@pytest.mark.parametrize(
    ("printed", "rebuilt"),
    [
        ("Roe J. C., Doe A. B. Y. DisA made up.", "Roe J. C., Doe A.B.Y. DisA made up."),
        ("Zhang X., Poe P. A. & Loe T. N. Title", "Zhang X., Poe P. A. & Loe T.N. Title"),
    ],
)
def test_a_familys_initials_one_token_a_line_are_joined(printed: str, rebuilt: str) -> None:
    # "Roe" / "J" / "." / "C" / "." may have been "J. C." or "J.C.": the last name before the
    # title is joined, read whole either way; one before a comma or "&" keeps its spaces
    assert join_tokens(_tokens(printed)) == rebuilt


@pytest.mark.parametrize("printed", PRINTED)
def test_one_token_a_line_is_rebuilt_as_printed(printed: str) -> None:
    assert join_tokens(_tokens(printed)) == printed


def test_straight_quotes_keep_their_side_past_the_joiners_window() -> None:
    # the joiner looks back over the last few thousand characters only; the quotes it no
    # longer sees still decide whether the next one opens or closes
    text = " ".join(['Roe AB. "A made-up title," Fict Rep. 2031;4:55-60.'] * 200)
    assert len(text) > 8000
    assert join_tokens(_tokens(text)) == text


_MADE_UP = [
    "Ashgrove PT, Brambleton K. An invented study of imaginary cells. J Made Up Stud. "
    "2031;12(3):101-9.",
    "Copperfield D. A second made-up trial. Fict Rep. 2030;4:55-60.",
    "Elmsworth F. A pretend review of nothing. Imag Med J. 2029;7(2):200-10.",
    "Fairhaven G, Glenrock H. Yet another fictional paper. J Made Up Stud. 2028;11:1-8.",
    "Hollowmere J. Sustainable funding for pretend research. Fict Rep. 2027;9:70-80.",
]


def _numbers(text: str) -> list[int | None]:
    return [r.number for r in parse_reference_list(text).references]


def test_a_title_word_that_opens_back_matter_does_not_end_the_list() -> None:
    # "funding" of a title, alone on its line, is not the "Funding" heading after a list
    text = _one_token_a_line([f"{n}. {ref}" for n, ref in enumerate(_MADE_UP, 1)])
    parsed = parse_reference_list(text)
    assert parsed.references[-1].source_text.endswith("2027;9:70-80.")
    assert not any("left out" in w for w in parsed.warnings)


@pytest.mark.parametrize(
    "after",
    [
        "Funding This work was paid for by no one.",
        "Sign in via your institution",
        "Figura 1: Configuração inventada do teste.",  # SciELO's legends, in Portuguese
        "Tabela 2: Custos inventados.",
    ],
)
@pytest.mark.parametrize("layout", ["one a line", "one token a line"])
def test_back_matter_after_the_list_is_cut_off_and_reported(after: str, layout: str) -> None:
    lines = [f"{n}. {ref}" for n, ref in enumerate(_MADE_UP[:3], 1)] + [after]
    text = "\n".join(lines) if layout == "one a line" else _one_token_a_line(lines)
    parsed = parse_reference_list(text)
    assert [r.number for r in parsed.references] == [1, 2, 3]
    assert parsed.references[-1].source_text.endswith("2029;7(2):200-10.")
    assert any(after.split()[0] in w and "reference 3" in w for w in parsed.warnings)


def test_a_decimal_in_a_title_does_not_open_an_item() -> None:
    # "Nav1" / "." / "7" / "and ...": a bare 7 before a word of a title; "FAKE 1.7." before
    # a capital, early in item 6: a 7 that would leave item 7 holding two references
    refs = [*_MADE_UP, *_MADE_UP[:4]]
    refs[1] = "Copperfield D. Nav1.7 and other pretend channels. Fict Rep. 2030;4:55-60."
    refs[5] = (
        "Elmsworth F. The FAKE 1.7. Now with fewer made-up parts than ever: a pretend review "
        "of nothing at all, in imaginary patients. Imag Med J. 2029;7(2):200-10."
    )
    parsed = parse_reference_list(
        _one_token_a_line([f"{n}. {ref}" for n, ref in enumerate(refs, 1)])
    )
    assert [r.number for r in parsed.references] == [1, 2, 3, 4, 5, 6, 7, 8, 9]
    assert [r.source_text for r in parsed.references] == refs


def test_numbers_a_word_processor_printed_twice_one_token_a_line() -> None:
    lines = [f"{n}. {n}. {ref}" for n, ref in enumerate(_MADE_UP, 1)]
    parsed = parse_reference_list(_one_token_a_line(lines))
    assert [r.number for r in parsed.references] == [1, 2, 3, 4, 5]
    assert [r.author[0].family for r in parsed.references][:2] == ["Ashgrove", "Copperfield"]
    assert not parsed.references[0].source_text.endswith("2.")


def test_a_volume_equal_to_the_next_number_stays_in_its_reference() -> None:
    lines = [
        "1. Ashgrove PT. An invented study. Fict Res 2.",
        "2. Copperfield D. A second made-up trial. Fict Rep. 2030;4:55-60.",
    ]
    refs = parse_reference_list(_one_token_a_line(lines)).references
    assert [r.number for r in refs] == [1, 2]
    assert refs[0].source_text.endswith("Fict Res 2.")


@pytest.mark.parametrize(
    "end",
    [
        "Epub 2031/12/2.",  # a date's day is not item 2
        "Available from: https://example.org/ar/",  # a URL's end is not a date
        "2031;104(4 Pt 2):416-22.",  # "2)" of a part is not item 2
    ],
)
def test_what_ends_a_reference_one_token_a_line(end: str) -> None:
    lines = [
        f"1. Ashgrove PT. An invented study. {end}",
        "2. Copperfield D. A second made-up trial. Fict Rep. 2030;4:55-60.",
        "3. Elmsworth F. A pretend review of nothing. Imag Med J. 2029;7(2):200-10.",
    ]
    refs = parse_reference_list(_one_token_a_line(lines)).references
    assert [r.number for r in refs] == [1, 2, 3]
    assert refs[1].source_text.startswith("Copperfield")


@pytest.mark.parametrize("layout", ["one a line", "one token a line"])
def test_a_list_whose_numbers_jump_keeps_every_item_and_says_where(layout: str) -> None:
    # a copy that keeps only the references a page cites: 3 to 60 and 60 to 140
    numbers = (1, 2, 3, 60, 140)
    lines = [f"{n}. {ref}" for n, ref in zip(numbers, _MADE_UP, strict=True)]
    text = "\n".join(lines) if layout == "one a line" else _one_token_a_line(lines)
    parsed = parse_reference_list(text)
    assert tuple(r.number for r in parsed.references) == numbers
    assert parsed.references[3].author[0].family == "Fairhaven"
    [jump] = [w for w in parsed.warnings if "jumps" in w]
    assert "from 3 to 60" in jump and "60 to 140" in jump


def test_a_year_after_the_list_is_not_a_jump() -> None:
    lines = [f"{n}. {ref}" for n, ref in enumerate(_MADE_UP[:3], 1)]
    lines.append("2031 Invented Press Ltd. All rights reserved.")
    assert _numbers("\n".join(lines)) == [1, 2, 3]


def test_the_digits_of_an_identifier_are_not_a_jump() -> None:
    lines = [
        "1. Ashgrove PT. An invented study. Fict Res. 2031;37(2):e58131. "
        "https://doi.org/10.1590/0000-1447.2031.02.58131. PMid:27253598.",
        "2. Copperfield D. A second made-up trial. Fict Rep. 2030;4:55-60.",
    ]
    assert _numbers(_one_token_a_line(lines)) == [1, 2]


_ONE_A_LINE = [
    "Ashgrove PT, Brambleton K (2031) An invented study. J Made Up Stud 12: 101-109. "
    "doi: 10.0000/fake.0001 24022070",  # PLOS ends with a bare PubMed id
    "van Dongen S (2030) A made-up graph method. Fict Rep 4: 55-60.",  # a particle
    "(2029) Pretend Data Portal. Invented Institute. Available: https://example.org/data",
    "Elmsworth F. Balancing Made-Up Things (Invented Press, 2028).",  # a book
    "Fairhaven G, “A Fictional Paper,” Imag Med J 150, no. 1 (2027): 12–27.",
]


def test_a_list_whose_numbers_were_dropped_is_read_one_reference_a_line() -> None:
    # every line is a whole reference: each is an item, whatever it opens with
    text = "References\n" + "\n".join(_ONE_A_LINE) + "\nFigure 1. An invented legend.\n"
    parsed = parse_reference_list(text)
    assert [r.source_text for r in parsed.references] == _ONE_A_LINE
    assert [r.number for r in parsed.references] == [1, 2, 3, 4, 5]
    assert any("no numbers" in w for w in parsed.warnings)
    assert any("Figure 1" in w and "reference 5" in w for w in parsed.warnings)


def test_a_year_opening_a_line_of_a_list_without_numbers_is_not_its_number() -> None:
    lines = [*_ONE_A_LINE[:2], "2031 Invented Yearbook of Things. Fict Press; 2031. 12 p."]
    parsed = parse_reference_list("References\n" + "\n".join(lines))
    assert [r.number for r in parsed.references] == [1, 2, 3]


def test_the_last_item_one_token_a_line_keeps_the_end_of_its_doi() -> None:
    # the rule that cuts page furniture from a pasted page's last item ("Sign in via your
    # Institution") must not cut "08" / "." / "004" from a DOI one token a line
    lines = [
        "1. " + _MADE_UP[0],
        "2. Kestrel VG, Larkspur A, Moorhen PS Antiradical properties of pretend grains "
        "(Fictus bicolor L. Moench) flour extracts. J Imag Cereal Sci (2030) 40(3):283–8. "
        "10.0000/j.jics.2030.08.004",
    ]
    parsed = parse_reference_list(_one_token_a_line(lines))
    last = parsed.references[-1]
    assert last.source_text.endswith("10.0000/j.jics.2030.08.004")
    assert (last.container_title, last.volume, last.page) == ("J Imag Cereal Sci", "40", "283-288")
    assert not any("left out" in w for w in parsed.warnings)


@pytest.mark.parametrize("marks", ["[]", "()"])
def test_a_list_numbered_in_brackets_is_cut_one_token_a_line(marks: str) -> None:
    """ "[12]" and "(12)" one token a line ("[" / "12" / "]"): each item on its own, and an
    issue in parentheses ("7" / "(" / "3" / ")" / ":", equal to the next item's number)
    stays the issue."""
    refs = [
        "Roe AB, Doe C. Made-up trial. Fict J. 2031;7(3):45-9.",
        "Poe E. Invented networks. Fict Rep. 2031;5(3):97.",
        "Loe F. Another made-up study. Imag Rep. 2030;55:901-7. doi: 10.9999/ir.2030.10478",
        "“Made-up Handbook for Invented Reviews,” 2031, https://example.org/handbook.",
        "de Roe N, Poe E. A made-up signal. Fict Res. 2031;17(4):974-86. 99999974",
        "(2031) A made-up report with no authors. Fict Rep 5: e12.",
    ]
    lines = [f"{marks[0]}{n}{marks[1]} {text}" for n, text in enumerate(refs, 1)]
    for text in ("\n".join(lines), _one_token_a_line(lines)):
        read = parse_reference_list(text).references
        assert [(r.number, r.source_text) for r in read] == list(enumerate(refs, 1))
        assert [r.issue for r in read][:3] == ["3", "3", ""]


@pytest.mark.parametrize(
    ("second", "numbers"),
    [
        # an elided particle opens an item after a skip
        ("d’Avignon DA, Poe P. A made-up ketone study. Fict Insight. 2031;3:99762.", (1, 4)),
        # a site that writes its name in lower case
        ("fictblog. Invented neurons with light? Available at: https://example.org/x.", (1, 9)),
    ],
)
def test_an_item_opening_in_lower_case_after_a_skip(second: str, numbers: tuple[int, ...]) -> None:
    lines = [f"{numbers[0]}. {_MADE_UP[0]}", f"{numbers[1]}. {second}"]
    refs = parse_reference_list(_one_token_a_line(lines)).references
    assert [(r.number, r.source_text) for r in refs] == list(
        zip(numbers, [_MADE_UP[0], second], strict=True)
    )


def test_a_number_after_a_slash_is_not_a_jump() -> None:
    # "FICT79" / "/" / "150" / "." / "Neuron": the rest of a name, not item 150
    lines = [
        "55. Roe J. A made-up trial. Fict Rep. 2030;4:55-60.",
        "56. Doe A. Made-up mediators via the invented protein FICT79/150. Neuron 59, 450–461.",
    ]
    refs = parse_reference_list(_one_token_a_line(lines)).references
    assert [r.number for r in refs] == [55, 56]
    assert refs[1].source_text.endswith("FICT79/150. Neuron 59, 450–461.")


def test_a_number_after_a_sites_own_path_opens_the_next_item() -> None:
    """A reference manager's copy of a page of PMC's ends "Available from: /pmc/articles/
    PMC1234567/" (the site's own path, no "https://"): the next number after its slash was
    read as the rest of the path and its item lost (issue 13). Guard: after a path that
    is no address, "FICT79/150", it stays the rest of a word."""
    lines = [
        "15. Roe J. A made-up trial. Fict Rep [Internet]. Examplia Press; 2030 [cited 2031 "
        "Jan 2];4:55. Available from: /pmc/articles/PMC1234567/",
        "16. Doe A, Poe B. Made-up mediators. Neuron. 2030;59:450–461.",
        "17. Poe C. Invented widgets. Fict Lett. 2029;3:1-9.",
    ]
    refs = parse_reference_list(_one_token_a_line(lines)).references
    assert [r.number for r in refs] == [15, 16, 17]
    assert refs[1].source_text == lines[1][4:]


def test_a_long_list_of_joined_initials_is_read_whole() -> None:
    # "Roe J.A., Doe B.C., ...": the pattern for names with dotted initials before a year
    # once read "J.A." both as one run and as "J." then "A.", and backtracked exponentially
    # over a long author list with no year after it
    families = [f"Fict{chr(97 + i % 26)}{chr(97 + i // 26)}" for i in range(48)]
    names = ", ".join(f"{family} J.A." for family in families)
    lines = [f"1. {names} A made-up title. Fict J. 2031;5:1-9.", "2. " + _MADE_UP[1]]
    refs = parse_reference_list("\n".join(lines)).references
    assert [(r.number, r.source_text) for r in refs] == [(1, lines[0][3:]), (2, _MADE_UP[1])]
    assert (refs[0].issued, refs[0].volume, refs[0].page) == ((2031,), "5", "1-9")


def test_a_heading_word_inside_a_title_does_not_cut_the_list_one_token_a_line() -> None:
    # "references" ends a title's list of words: one token a line it stands alone on its
    # line, as a heading would, but between a comma and a full stop it is a word
    lines = [
        "1. Roe JA, Doe BC. A made-up survey of reed frogs. Fict J. 2031;5:1-9.",
        "2. Loe PQ. Invented catalogue of toads: genera, species, references. 2030.",
        "3. Moe RS. A made-up census of newts. Imag Rep. 2029;8:10-19.",
    ]
    refs = parse_reference_list(_one_token_a_line(lines)).references
    assert [r.number for r in refs] == [1, 2, 3]
    assert refs[0].title == "A made-up survey of reed frogs"
