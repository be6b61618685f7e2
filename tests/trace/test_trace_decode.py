"""The decoder in general: flattened superscripts wherever a copy-paste glues them, explicit
citation syntax of every convention, and the numbers that must stay text.

Passages are written for these tests; the twenty references behind them are placeholders
with a number and a key only (no bibliographic facts).
"""

from __future__ import annotations

import pytest

from blinarefs.model import Name, Reference
from blinarefs.trace.decode import (
    compress_numbers,
    decode_citations,
    decode_markers,
    expand_numbers,
    first_cited,
    number_by_first_citation,
)

TWENTY = [Reference(id=f"r{n}", number=n) for n in range(1, 21)]


def decoded(text: str, refs=TWENTY):
    return [(c.marker, c.numbers) for c in decode_citations(text, refs)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Bassan et al1 report the results.", [("1", (1,))]),
        ("Bassan et al.1 report the results.", [("1", (1,))]),
        ("Bassan et al,1 report the results.", [("1", (1,))]),
        ("Bassan et al 1 report the results.", [("1", (1,))]),
        ("It beat chemotherapy.1 In March it was approved.", [("1", (1,))]),
        ("It beat chemotherapy,1 and it was approved.", [("1", (1,))]),
        ("It beat chemotherapy;1 it was approved.", [("1", (1,))]),
        ("Engager (BiTE)1 molecules were approved.", [("1", (1,))]),
        ("It was approved (in adults).1 Later it was extended.", [("1", (1,))]),
        ("It works in leukemia1 and in lymphoma.", [("1", (1,))]),
        ("It works in leukemia1,2 and lymphoma.", [("1,2", (1, 2))]),
        ("It works in leukemia.1-3 It also works.", [("1-3", (1, 2, 3))]),
        ("It works in leukemia.1–3 It also works.", [("1–3", (1, 2, 3))]),
        ("It improved survival.1,3-5 Next came toxicity.", [("1,3-5", (1, 3, 4, 5))]),
        ("It was approved in June 2023.1 In June 2024 it was extended.", [("1", (1,))]),
        ("The rate was 93%.1 Survival improved.", [("1", (1,))]),
        ("It was called “remarkable”1 by reviewers.", [("1", (1,))]),
        ("Survival improved at 3 years.1\n", [("1", (1,))]),
        ("It works (see figure 1-3).", [("1-3", (1, 2, 3))]),
        ("In 2019,1 the FDA approved it.", [("1", (1,))]),
        ("It targets the CD19 antigen.1 Responses followed.", [("1", (1,))]),
        ("It works in <i>adults</i>.1 And in *children*.2\n", [("1", (1,)), ("2", (2,))]),
        ("It works as reported in studies 1,2.", [("1,2", (1, 2))]),
    ],
)
def test_flattened_superscripts_wherever_they_are_glued(text, expected):
    assert decoded(text) == expected


def test_a_flattened_passage_in_order():
    text = (  # written for the tests
        "Bispecific antibodies changed the field.1 Smith et al2 treated adults, and Jones et "
        "al.3,4 treated children,5 infants (under 1 year)6-8 and adolescents.9 In 2021.10 "
        "In 2022 the results were confirmed (see figure 11-13). Mature data followed.14"
    )
    assert decoded(text) == [
        ("1", (1,)),
        ("2", (2,)),
        ("3,4", (3, 4)),
        ("5", (5,)),
        ("6-8", (6, 7, 8)),
        ("9", (9,)),
        ("10", (10,)),
        ("11-13", (11, 12, 13)),
        ("14", (14,)),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # trial names and genes
        "The AALL1731, LAL2317, LAL1913, E1910, AALL1331 and NCT02101853 trials enrolled.",
        "Rearrangements of KMT2A, IKZF1 deletions, CD19, FLT3, TP53, p53 and BCR::ABL1 matter.",
        "Beta2-microglobulin, COVID-19 and a log10 reduction were measured.",
        # doses and units
        "It was given at 15 ug/m2/day, 28 µg/day or 5 mg/kg for 28 days.",
        "Counts above 1.5 x 10^9/L were required.",
        # dates
        "It was approved in July 2014, on 2 March 2017 and between 2014-2019.",
        "Full approval followed in June 2023.",
        # P values and effect sizes
        "The difference was significant (P < .001), (P=.002), (P = 0.01) and P<0.001.",
        "The hazard ratio was HR 0.71 (95% CI 0.55-0.93).",
        # counts, ages, percentages, ratios
        "It added 2 cycles in 149 adult patients and 1,440 children, 31 out of 111.",
        "Patients aged 1 to 10 years, aged 18-40, in the range 18-65 were included.",
        "It rose from 72% to 93% and 38.1 months of follow-up, randomized 2:1.",
        "Blinatumomab was given after cycles 3 and 6, on days 1-7, in cycles 3-6 of therapy.",
        "Grade 3-4 events were rare; phase 2 and phase 3 trials agreed.",
        # labels
        "Fig.2 shows it. See Table 3. The No.4 lot was used.",
        "2.1 Methods\nSales rose to 1,440 and 2,019,999 units in 2019.",
        "The options were: (1) the dose; (2) the schedule, and (3) the route.",
    ],
)
def test_numbers_that_are_not_citations_stay_text(text):
    assert decoded(text) == []


def test_past_the_list_a_glued_number_is_a_dangling_citation():
    [c] = decode_citations("It beat chemotherapy.25 In March.", TWENTY)
    assert c.numbers == (25,) and c.missing == ("25",) and c.keys == ()


def test_weak_evidence_needs_the_reference_list():
    """A spaced range is a citation only if it brings in the next numbers in order."""
    text = "It works.1 It also works (see figure 2-4)."
    assert decoded(text)[-1] == ("2-4", (2, 3, 4))
    assert decoded(text, TWENTY[:3]) == [("1", (1,))]  # 4 is past a 3-item list
    out_of_order = "It works.1 It also works (see figure 5-7)."
    assert decoded(out_of_order) == [("1", (1,))]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Cited [1], [2-4], [5,7] and [3–6, 9].", ["[1]", "[2-4]", "[5,7]", "[3–6, 9]"]),
        ("It works [10]. It also works [11]: see above.", ["[10]", "[11]"]),
        ("A link [1](https://example.org), [text][2] and\n[3]: https://x.org", []),
        ("Superscripts chemotherapy² and leukemia³⁻⁵.", ["²", "³⁻⁵"]),
        ("HTML <sup>6,7</sup> and Pandoc ^8^ superscripts.", ["<sup>6,7</sup>", "^8^"]),
    ],
)
def test_explicit_numbered_syntax(text, expected):
    assert [m for m, _ in decoded(text)] == expected


def test_numbers_glued_each_in_its_brackets_are_one_citation():
    # "[2][3]" was read as a Markdown link and dropped, both numbers uncited
    assert decoded("Cited [1], [2][3], [4] and [5][6][8].") == [
        ("[1]", (1,)), ("[2][3]", (2, 3)), ("[4]", (4,)), ("[5][6][8]", (5, 6, 8))
    ]  # fmt: skip
    assert decoded("A link [text][2], [3][note] and [4](https://example.org).") == []


def test_bracketed_numbers_expand_lists_and_ranges():
    assert decoded("Cited [3–6, 9].") == [("[3–6, 9]", (3, 4, 5, 6, 9))]


def test_a_bracketed_number_with_a_letter_cites_that_reference():
    """ "[14b]": the second work listed under reference 14."""
    assert decoded("It binds [2a, 3b] and [14b].") == [("[2a, 3b]", (2, 3)), ("[14b]", (14,))]


def test_parenthesised_numbers_in_a_parenthesis_style_manuscript():
    text = "It works in adults (1) and children (2, 3), rarely (4-6). The dose was (25) mg."
    assert decoded(text) == [("(1)", (1,)), ("(2, 3)", (2, 3)), ("(4-6)", (4, 5, 6))]


def test_chi_squared_spelled_out_is_a_square_not_a_citation():
    # a real review's Word text, "mentioning the Chi² statistic and P value": read as
    # superscript citation 2 in a text that cites in brackets (a mixed-conventions warning)
    text = "We report the Chi² statistic and its P value, as others did [1]. And this [2]."
    assert decoded(text) == [("[1]", (1,)), ("[2]", (2,))]


AUTHOR_REFS = [
    Reference(id="kantarjian2017", number=1, author=(Name("Kantarjian", "H."),), issued=(2017,)),
    Reference(id="sluis2023", number=2, author=(Name("Sluis", "I.", "van der"),), issued=(2023,)),
    Reference(id="gokbuget2018", number=3, author=(Name("Gökbuget", "N."),), issued=(2018,)),
]


def test_author_year_citations_match_first_author_and_year():
    text = (
        "Blinatumomab beat chemotherapy (Kantarjian et al., 2017; Gokbuget et al 2018), and "
        "van der Sluis et al. (2023) treated infants. In July 2014 (FDA, 2014) it was approved. "
        "So did (Kantarjian, Stein, and Gökbuget 2017)."
    )
    cites = decode_citations(text, AUTHOR_REFS)
    assert [(c.marker, c.keys, c.kind) for c in cites] == [
        ("(Kantarjian et al., 2017; Gokbuget et al 2018)", ("kantarjian2017", "gokbuget2018"),
         "author-year"),
        ("van der Sluis et al. (2023)", ("sluis2023",), "author-year"),
        ("(Kantarjian, Stein, and Gökbuget 2017)", ("kantarjian2017",), "author-year"),
    ]  # fmt: skip


def test_a_bodys_short_name_printed_before_it_is_how_the_text_cites_it():
    # "[EXA] Example Agency of Owls (2017)" in the list, "(EXA 2017)" in the text (made up)
    body = Reference(id="exa2017", author=(Name(literal="[EXA] Example Agency of Owls"),),
                     issued=(2017,))  # fmt: skip
    text = "Owls were counted (EXA 2017). They rose in 2018 (Example Agency of Owls, 2017)."
    cites = decode_citations(text, [body])
    assert [(c.marker, c.keys) for c in cites] == [
        ("(EXA 2017)", ("exa2017",)),
        ("(Example Agency of Owls, 2017)", ("exa2017",)),
    ]


# Forms a reference manager prints in author-year styles (the names are made up): two works
# of one author, a body as author, a prefix and a suffix around the citation, a citation
# typed into the sentence with no parenthesis.
MANAGER_REFS = [
    Reference(id="roe2020", author=(Name("Roe", "J."),), issued=(2020,)),
    Reference(id="roe2021", author=(Name("Roe", "J."),), issued=(2021,)),
    Reference(id="group2019", author=(Name("Test Trials Group"),), issued=(2019,)),
    Reference(id="poe2018", author=(Name("Poe", "E."),), issued=(2018,)),
    Reference(id="abbot2017", author=(Name("Abbot\u2010Smith", "A."),), issued=(2017,)),
    Reference(id="lo1875", author=(Name("Lo", "W."),), issued=(1875,)),
    Reference(id="orsted2016", author=(Name("Ørsted", "K."),), issued=(2016,)),
    Reference(id="elan2015", author=(Name("Élan", "M."),), issued=(2015,)),
    Reference(id="los2014", author=(Name("Łoś", "P."),), issued=(2014,)),
]


@pytest.mark.parametrize(
    "text, marker, keys",
    [
        ("It works (Roe et al., 2020, 2021).", "(Roe et al., 2020, 2021)", ("roe2020", "roe2021")),
        ("It works (Test Trials Group, 2019).", "(Test Trials Group, 2019)", ("group2019",)),
        ("It works (see also Roe, 2020, p. 4, for adults; Poe & Moe, 2018).",
         "(see also Roe, 2020, p. 4, for adults; Poe & Moe, 2018)", ("roe2020", "poe2018")),
        ("As Roe et al., 2021 found, it works.", "Roe et al., 2021", ("roe2021",)),
        # as publishers print them: a U+2010 hyphen, "et al." after two names, a year alone
        # for the same authors, a scale's name beside its citation, commas between works
        ("It works (Abbot\u2010Smith 2017).", "(Abbot\u2010Smith 2017)", ("abbot2017",)),
        ("It works (Roe, Poe, et al. 2020; 2021).", "(Roe, Poe, et al. 2020; 2021)",
         ("roe2020", "roe2021")),
        ("It was scored (TS-21; Poe and Moe 2018).", "(TS-21; Poe and Moe 2018)", ("poe2018",)),
        ("It works (Poe, 2018, Roe et al., 2020).", "(Poe, 2018, Roe et al., 2020)",
         ("poe2018", "roe2020")),
        ("We ran Poe's (2018) test.", "Poe's (2018)", ("poe2018",)),
        ("As first described (Lo, 1875).", "(Lo, 1875)", ("lo1875",)),
        ("We ran Poe\u2019s (2018) test.", "Poe\u2019s (2018)", ("poe2018",)),
        # a name that starts with a capital outside ASCII, in each form
        ("It works (Ørsted & Łoś, 2016).", "(Ørsted & Łoś, 2016)", ("orsted2016",)),
        ("As Élan et al. (2015) found, it works.", "Élan et al. (2015)", ("elan2015",)),
        ("It works (Poe, 2018, Łoś et al., 2014).", "(Poe, 2018, Łoś et al., 2014)",
         ("poe2018", "los2014")),
        ("As Élan and Roe, 2015 found, it works.", "Élan and Roe, 2015", ("elan2015",)),
        # two works of the same authors named in the sentence
        ("Roe (2020, 2021) found it.", "Roe (2020, 2021)", ("roe2020", "roe2021")),
        ("Roe and Poe (2020, 2021) found it.", "Roe and Poe (2020, 2021)",
         ("roe2020", "roe2021")),
        # a manager's citation with the author left out and a page, after the typed names;
        # three names typed; the part of the work a parenthesis points at
        ("Roe (2020, p. 5) found it.", "Roe (2020, p. 5)", ("roe2020",)),
        ("Poe et al. (2018, pp. 3-4) found it.", "Poe et al. (2018, pp. 3-4)", ("poe2018",)),
        ("Roe (2020: 45) found it.", "Roe (2020: 45)", ("roe2020",)),
        ("As Poe, Moe, and Doe (2018) found, it works.", "Poe, Moe, and Doe (2018)",
         ("poe2018",)),
        ("As Poe et al.'s (2018) test showed.", "Poe et al.'s (2018)", ("poe2018",)),
        ("In Spring, Summer and Roe (2020) it works.", "Roe (2020)", ("roe2020",)),
        ("It works (Poe et al., 2018, Fig. 3).", "(Poe et al., 2018, Fig. 3)", ("poe2018",)),
        # Chicago's second author a body (a real Quarto paper's whole group was lost)
        ("It harms (Roe, Moe, and Doe 2020; Poe and HEI Review Committee 2018).",
         "(Roe, Moe, and Doe 2020; Poe and HEI Review Committee 2018)", ("roe2020", "poe2018")),
    ],
)  # fmt: skip
def test_author_year_forms_of_reference_managers(text, marker, keys):
    [c] = decode_citations(text, MANAGER_REFS)
    assert (c.marker, c.keys, c.kind) == (marker, keys, "author-year")


@pytest.mark.parametrize(
    "text",
    [
        "As Smith et al., 2021 found, it works.",  # no such reference: a name and a year
        "It works (in our hands, Roe and 12 others, 2020 to 2021).",  # no citation's shape
        "It works (a trial that ran for many more years than anyone had planned at the start, "
        "as Roe, 2020).",
        "It works (in 12 of 20 trials; Roe, 2020).",  # a part that is neither
    ],
)
def test_author_year_words_that_name_no_reference_are_no_citation(text):
    assert decode_citations(text, MANAGER_REFS) == []


def test_a_number_after_the_year_of_a_named_work_keeps_a_numbered_text_numbered():
    """A numbered style that names a work prints its number after the year ("Roe et al.
    (2013, 5)"): no page (a page takes "p." after a comma), so the text still cites by its
    flattened superscripts, and is not read as citing by name."""
    refs = [
        Reference(id=f"r{n}", number=n, author=(Name(f"Author{n}", "A."),), issued=(2000 + n,))
        for n in range(1, 9)
    ]
    refs[4] = Reference(id="r5", number=5, author=(Name("Roe", "J."),), issued=(2013,))
    text = (
        "Moss grows in shade1. Ferns need water2,3. We reused the counts of Roe et al. "
        "(2013, 5) in full. Lichens grow slowly4. Algae spread fast6,7."
    )
    found = decode_citations(text, refs)
    assert [(c.kind, c.numbers) for c in found] == [
        ("superscript", (1,)), ("superscript", (2, 3)), ("superscript", (4,)),
        ("superscript", (6, 7)),
    ]  # fmt: skip


def test_author_year_with_no_matching_reference_is_dangling():
    [c] = decode_citations("It works (Smith et al., 2020).", AUTHOR_REFS)
    assert c.keys == () and c.missing == ("Smith et al 2020",)


def test_pandoc_and_latex_keys():
    refs = [Reference(id=k) for k in ("a2020", "b2021", "c2022")]
    text = (
        "As shown [@b2021; @a2020, p. 3], @c2022 agrees [-@a2020]. Mail x@y.org. "
        r"Also \citep[p.~2]{c2022} and \cite{a2020,b2021}, \nocite{c2022}."
    )
    cites = decode_citations(text, refs)
    assert [(c.marker, c.keys, c.numbers) for c in cites] == [
        ("[@b2021; @a2020, p. 3]", ("b2021", "a2020"), (1, 2)),
        ("@c2022", ("c2022",), (3,)),
        ("[-@a2020]", ("a2020",), (2,)),
        (r"\citep[p.~2]{c2022}", ("c2022",), (3,)),
        (r"\cite{a2020,b2021}", ("a2020", "b2021"), (2, 1)),
    ]
    assert first_cited(cites) == ["b2021", "a2020", "c2022"]


def test_unknown_keys_are_missing():
    [c] = decode_citations("As shown [@nobody].", [Reference(id="a2020")])
    assert c.keys == () and c.missing == ("@nobody",)


def test_number_by_first_citation_puts_uncited_last():
    refs = [Reference(id=k) for k in ("a", "b", "c", "d")]
    cites = decode_citations("See [@c] and [@a; @c].", refs)
    assert number_by_first_citation(cites, refs) == {"c": 1, "a": 2, "b": 3, "d": 4}


@pytest.mark.parametrize(
    "group, expected",
    [
        ("1", (1,)),
        ("2-4", (2, 3, 4)),
        ("1,3-5", (1, 3, 4, 5)),
        ("3–6, 9", (3, 4, 5, 6, 9)),
        ("9-2", None),
        ("01", None),
        ("2024", None),
        ("³", None),  # a superscript digit: isdigit() but not int()-able
        ("1,²", None),
        ("", None),
    ],
)
def test_expand_numbers(group, expected):
    assert expand_numbers(group) == expected


def test_compress_numbers_as_a_numbered_style_prints_them():
    assert compress_numbers([5, 1, 3, 4]) == "1,3-5"
    assert compress_numbers([1, 2]) == "1,2"
    assert compress_numbers(range(2, 10)) == "2-9"


def test_an_interval_of_values_in_brackets_is_no_citation():
    text = (  # written for the test
        "It was shown [1, 2]. Shifts on the interval [3, 9] mm and rotations in [10, 20] "
        "degrees were tried, with n ∈ [5, 8]; see [3, 4]."
    )
    assert [m for m, _ in decoded(text)] == ["[1, 2]", "[3, 4]"]


def test_an_intervals_bounds_past_the_list_are_no_citation():
    # a sentence of ranges whose formula was lost ("are  [5, 80]", a Word file's equation
    # dropped): a rising pair whose upper bound no entry of twenty bears is the interval;
    # a pair within the list cites though ranges are spoken of, and so does a pair past the
    # list in a sentence with no word of range (a dangling citation, for check to report)
    text = (  # written for the test
        "Counts were modelled [1, 2]. The fitted ranges of the counts are  [5, 80] in one "
        "group and  [5, 120] in the other, and values between [3, 9] were kept. The ranges "
        "were reported before [3, 4]. Rates were measured [6, 31]."
    )
    assert [m for m, _ in decoded(text)] == ["[1, 2]", "[3, 4]", "[6, 31]"]


@pytest.mark.parametrize("unit", ["km²", "cm³", "m^2^"])
def test_a_units_square_or_cube_is_no_close_call(unit):
    # an author-year manuscript (as a Word file's copy with its raised digits kept)
    text = f"Plots ranged from 1 {unit} to a million {unit} (Roe et al., 2020)."
    decoding = decode_markers(text, MANAGER_REFS)
    assert [c.marker for c in decoding.citations] == ["(Roe et al., 2020)"]
    assert not [d for d in decoding.decisions if d.uncertain]


def test_a_negative_power_is_no_superscript_citation():
    text = "Uptake was 60 mL·kg⁻¹·min⁻¹ in adults [1], and 4 L·min⁻¹ in athletes [2]."
    assert decoded(text) == [("[1]", (1,)), ("[2]", (2,))]


def test_a_numbered_manuscript_naming_authors_and_year_cites_by_number():
    refs = [Reference(id=f"r{n}", number=n) for n in range(1, 5)]
    refs[2] = Reference(id="roe2020", number=3, author=(Name("Roe", "J."),), issued=(2020,))
    text = (
        "Drug X works [1]. It lasted [2]. As Roe et al. (2020) showed [3], it is safe [4], "
        "as a species first named (Roe, 2020) shows [3]. It was tried twice [1, 2]."
    )
    assert [n for _, n in decoded(text, refs)] == [(1,), (2,), (3,), (4,), (3,), (1, 2)]


def test_exponents_do_not_outvote_an_author_year_manuscript():
    text = (
        "Yields of 10⁶ cells, R² of 0.9 and σ² of 2 held (Roe et al., 2020). Areas of 5 km², "
        "doses of 10⁵ and 10⁴ and 10³ were used, as before (Poe & Moe, 2018)."
    )
    cites = decode_citations(text, MANAGER_REFS)
    assert [(c.marker, c.kind) for c in cites] == [
        ("(Roe et al., 2020)", "author-year"),
        ("(Poe & Moe, 2018)", "author-year"),
    ]


PROSE_LINE = (
    "Drug X lowered the made-up score in the made-up trial,1 and a later made-up trial found "
    "the same in older adults across every made-up centre that took part in it.2 "
)
BYLINE = "A made-up title for this test\nJane Roe1,2 John Doe2 * E-mail: jroe@example.org\n"


@pytest.mark.parametrize("heading", ["Introduction\n", "Abstract\n", ""])
def test_affiliation_digits_in_a_saved_texts_author_block_are_no_citations(heading):
    # a Word file saved as text: its byline's raised affiliations flattened like citations;
    # the block ends at the first heading, or at the first line long enough to be prose
    assert decoded(BYLINE + heading + PROSE_LINE) == [("1", (1,)), ("2", (2,))]


@pytest.mark.parametrize(
    "note",
    [
        "*To whom correspondence should be addressed. E-mail: jdoe@example.org 2",
        "*Corresponding Author: John Doe, Tel: +00-1234. E-mail: jdoe@example.org. Jane Roe",
    ],
)
def test_a_correspondence_notes_full_stops_end_no_author_block(note):
    # a title that asks, names one a line, the last with its affiliation and the note
    # glued after it: the question and the note's sentences are the block's, no prose
    from blinarefs.trace.outside_prose import byline_end

    block = f"Does a made-up title ask?\nJane Roe\nJohn Doe1 {note}\nIntroduction\n"
    assert byline_end(block + PROSE_LINE) == block.index("Introduction")
    assert decoded(block + PROSE_LINE) == [("1", (1,)), ("2", (2,))]


@pytest.mark.parametrize(
    "opening",
    [
        "Drug X lowered the score in the trial.1 It was made up. Later\n"
        "trials agreed.2 They were made up too. So was the third.\nMethods\n",
        "Drug X lowered the score in the made-up trial.1\nLater trials agreed.2\n",
    ],
)
def test_a_text_that_opens_with_its_prose_keeps_its_first_citations(opening):
    # prose before its first heading or long line, hard-wrapped or short: no author block
    assert decoded(opening + PROSE_LINE) == [("1", (1,)), ("2", (2,)), ("1", (1,)), ("2", (2,))]


@pytest.mark.parametrize(
    "address",
    ["(http://www.example.org/faqs2.asp)", "www.example.org/page3", "doi:10.9999/made.up4",
     "roe2@example.org"],
)  # fmt: skip
def test_digits_in_an_address_cite_nothing(address):
    text = f"Drug X lowered the made-up score.1 The maker says so {address} in its leaflet."
    assert decoded(text) == [("1", (1,))]


def test_a_citation_after_an_address_in_brackets_is_read():
    text = "Drug X lowered the score.1 The maker says so (http://www.example.org/a.php).2 End."
    assert decoded(text) == [("1", (1,)), ("2", (2,))]


def test_a_body_with_small_words_and_a_year_glued_after_et_al_are_cited_by_name():
    # dev material: "(President's Council on Bioethics 2003, 2004)" and FEMS's "(Roe et
    # al.2017; ...)", whose lost space dropped the whole parenthesis, and "et al .", spaced
    body = (Name(literal="Invented Council on Farms"),)
    refs = [
        Reference(id="a", author=(Name(family="Madeup", given="Q"),), issued=(2017,), number=1),
        Reference(id="b", author=body, issued=(2003,), number=2),
        Reference(id="c", author=body, issued=(2004,), number=3),
        Reference(id="d", author=(Name(family="Fictive", given="Z"),), issued=(2010,), number=4),
    ]
    text = (
        "Farms closed (Madeup et al.2017; Fictive et al ., 2010). Two reports (Invented Council on "
        "Farms 2003, 2004) say so, as the board did (Department of Invented Farms 2005)."
    )
    assert decoded(text, refs) == [
        ("(Madeup et al.2017; Fictive et al ., 2010)", (1, 4)),
        ("(Invented Council on Farms 2003, 2004)", (2, 3)),
    ]


def test_and_others_is_et_al_and_a_body_may_hold_two_small_words():
    # Biostatistics prints "Roe and others, 2008"; "Food and Agriculture Organization of
    # the United Nations, 1992" names a body
    body = (Name(literal="Invented Office of the Made Up Farms"),)
    refs = [
        Reference(id="a", author=(Name(family="Madeup", given="Q"),), issued=(2008,), number=1),
        Reference(id="b", author=body, issued=(1992,), number=2),
    ]
    text = (
        "Estimates are biased (Madeup and others, 2008), as Madeup and others (2008) showed "
        "for farms (Invented Office of the Made Up Farms, 1992)."
    )
    assert decoded(text, refs) == [
        ("(Madeup and others, 2008)", (1,)),
        ("Madeup and others (2008)", (1,)),
        ("(Invented Office of the Made Up Farms, 1992)", (2,)),
    ]


def test_a_body_named_with_a_one_letter_word_or_seven_words_is_cited():
    # "(R Core Team 2017)" in most ecology papers; a genome consortium's long name
    refs = [
        Reference(id="r", author=(Name(literal="Q Made Team"),), issued=(2017,), number=1),
        Reference(
            id="c",
            author=(Name(literal="Invented Chicken Genome Sequencing Analysis Consortium"),),
            issued=(2004,),
            number=2,
        ),
    ]
    text = (
        "Models were fitted in Q (Q Made Team 2017) to the invented chicken "
        "(Invented Chicken Genome Sequencing Analysis Consortium 2004)."
    )
    assert [numbers for _, numbers in decoded(text, refs)] == [(1,), (2,)]


def test_a_year_with_its_letters_listed_cites_each_work():
    # "(Melis et al., 2006a,b)": both works of the year
    refs = [
        Reference(id="a", author=(Name(family="Madeup", given="Q"),), issued=(2006,), number=1,
                  source_text="Madeup Q, Roe J. 2006a. First. J Test."),
        Reference(id="b", author=(Name(family="Madeup", given="Q"),), issued=(2006,), number=2,
                  source_text="Madeup Q, Roe J. 2006b. Second. J Test."),
        Reference(id="c", author=(Name(family="Fictive", given="Z"),), issued=(2010,), number=3),
    ]  # fmt: skip
    text = "Farms closed (Madeup et al., 2006a,b; Fictive, 2010), as Madeup et al. (2006b) saw."
    assert decoded(text, refs) == [
        ("(Madeup et al., 2006a,b; Fictive, 2010)", (1, 2, 3)),
        ("Madeup et al. (2006b)", (2,)),
    ]


def test_a_first_authors_initials_tell_two_of_one_surname_apart():
    # Frontiers prints "(Liu H. et al., 2015; ...)" where two first authors share a surname
    refs = [
        Reference(id="h", author=(Name(family="Madeup", given="H."),), issued=(2015,), number=1),
        Reference(id="q", author=(Name(family="Madeup", given="Q."),), issued=(2015,), number=2),
        Reference(id="f", author=(Name(family="Fictive", given="Z."),), issued=(2017,), number=3),
    ]
    text = (
        "Yield fell (Madeup H. et al., 2015; Fictive et al., 2017) and rose "
        "(Madeup Q. et al., 2015)."
    )
    assert [numbers for _, numbers in decoded(text, refs)] == [(1, 3), (2,)]
