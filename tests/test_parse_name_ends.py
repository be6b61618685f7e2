"""Where a printed list of names ends, and the odd forms of a name in it (made-up names and
titles): given as the labeller might label them, so the rules are tested whatever the
trained model says."""

from __future__ import annotations

import pytest

from blinarefs.parse import read_item
from blinarefs.parse.assemble import assemble
from blinarefs.parse.name_ends import (
    dotted_names_end,
    given_first_names_end,
    mend_given_first,
    name_opening_tail,
    tail_inside_names,
)
from blinarefs.parse.printed_names import read_names
from blinarefs.parse.unclosed_openings import close_acronym
from labelled import labelled_parts


def _families(text: str) -> list[str]:
    names, _ = read_names(text)
    return [n.literal or n.full_family for n in names]


def _labels(labelled: list) -> str:
    return " ".join(f"{x.token.text}/{x.label}" for x in labelled)


def test_initials_first_run_carried_to_the_family_name() -> None:
    labelled, _ = labelled_parts(
        ("Q. W. Arbour, R. Y. ", "author"),
        ("Bellweather, Invented results. ", "title"),
    )
    mended = mend_given_first(labelled)
    assert "Bellweather/author" in _labels(mended)
    assert "Invented/title" in _labels(mended)


def test_last_name_run_straight_into_the_year_takes_its_family_name() -> None:
    # the Ecological Society's "and P. L. Poe 2030 Title": the name ends at the year
    labelled, _ = labelled_parts(
        ("Arbour, Q. W., and R. Y. ", "author"),
        ("Bellweather 2030 Invented results. ", "title"),
    )
    mended = _labels(mend_given_first(labelled))
    assert "Bellweather/author 2030/year Invented/title" in mended


def test_family_first_run_is_not_carried_into_the_title() -> None:
    # "Corbel M. S." is family name first: "Dusky tales" is the title, not a family name
    labelled, _ = labelled_parts(
        ("Corbel M. S. ", "author"),
        ("Dusky tales, seen again. ", "title"),
    )
    assert mend_given_first(labelled) == labelled


def test_initials_first_run_not_carried_over_lower_case_words() -> None:
    labelled, _ = labelled_parts(
        ("Q. W. Arbour, R. Y. ", "author"),
        ("Imagined fronds, and more. ", "title"),
    )
    assert mend_given_first(labelled) == labelled


def test_dotted_names_end_before_the_title() -> None:
    labelled, _ = labelled_parts(
        ("Fernleigh D. P. & Gorsedd A. Woven baskets", "author"),
        (". Invented J. 3, 1 (2030).", "other"),
    )
    out = dotted_names_end(labelled)
    assert "A/author ./author Woven/title baskets/title" in _labels(out)


@pytest.mark.parametrize(
    "names", ["Fernleigh, D. P.", "Fernleigh, D.; Gorsedd, A.", "Fernleigh, D., Gorsedd, A."]
)
def test_dotted_names_with_their_commas_end_before_a_short_title(names: str) -> None:
    # APA's and ABNT's "Roe, J. A.": the stop after two words is the title's, not a name's
    labelled, _ = labelled_parts(
        (f"{names} Woven baskets. Invented Journal, v", "author"),
        (". 3, n. 1, p. 1-9, 2030.", "other"),
    )
    out = dotted_names_end(labelled)
    assert "./author Woven/title baskets/title" in _labels(out)


def test_dotted_names_with_their_commas_go_on_to_a_further_name() -> None:
    labelled, _ = labelled_parts(
        ("Fernleigh, D. Gorsedd, A.", "author"),
        (" Woven baskets. Invented Journal 3: 1-9.", "title"),
    )
    assert dotted_names_end(labelled) == labelled


def test_dotted_names_end_before_a_title_opening_with_an_acronym() -> None:
    # the labeller's names take in the acronym its title opens with ("Roe J.D. XTP: ...")
    labelled, _ = labelled_parts(
        ("Fernleigh D.P., Gorsedd A.J. XTP", "author"),
        (": a woven regulator. Invented J. 3, 1 (2030).", "title"),
    )
    assert "./author XTP/title :/title" in _labels(dotted_names_end(labelled))
    # a suffix after the initials stays with the names
    labelled, _ = labelled_parts(
        ("Fernleigh D.P., Gorsedd A.J. Jr", "author"),
        (". Woven baskets. Invented J. 3, 1 (2030).", "title"),
    )
    assert dotted_names_end(labelled) == labelled


def test_given_first_names_end_before_a_piece_with_no_initial() -> None:
    # a journal's words joined by "and", read as two more names
    labelled, _ = labelled_parts(
        ("M. Fernleigh, R. Gorsedd e S. Hollin, Woven and Knotted, B", "author"), (": ", "other"),
        ("Baskets", "container"), (" 12, 410 (2030).", "other"),
    )  # fmt: skip
    out = _labels(given_first_names_end(labelled))
    assert "Hollin/author ,/author Woven/container and/container" in out
    assert "B/container :/container Baskets/container" in out
    # a title's words
    labelled, _ = labelled_parts(
        ("A. Fernleigh, Woven and Knotted Baskets", "author"), (": ", "other"),
        ("the fifth kind, 2030.", "title"),
    )  # fmt: skip
    assert "Fernleigh/author ,/author Woven/title" in _labels(given_first_names_end(labelled))


@pytest.mark.parametrize(
    "names",
    [
        "A. Fernleigh, B. Gorsedd, Example Basket Study Group",  # a group's name
        "A. Fernleigh, B. Gorsedd, et al",
        "A. Fernleigh, Gorsedd B.",  # a name the other way round
        "Fernleigh A, Woven and Knotted",  # family name first: not this form
        "A. Fernleigh, Yi Gorsedd, B. Hollin",  # a given name printed in full
        "A. Fernleigh, Yi Gorsedd and Bo Hollin",
        "P. E. Fernleigh, Jr., B. Hollin",  # a suffix
    ],
)
def test_given_first_names_end_leaves_names(names: str) -> None:
    labelled, _ = labelled_parts((names, "author"), (", Woven baskets. 2030.", "title"))
    assert given_first_names_end(labelled) == labelled


def test_dotted_names_end_leaves_a_whole_list() -> None:
    labelled, _ = labelled_parts(
        ("Fernleigh D. P., van Gorsedd A. & Hollin-Moor J.-P.", "author"),
        (" Woven baskets. Invented J. 3, 1 (2030).", "title"),
    )
    assert dotted_names_end(labelled) == labelled


def test_dotted_names_end_leaves_a_suffix() -> None:
    labelled, _ = labelled_parts(
        ("Fernleigh D. P. Jr, Gorsedd A.", "author"),
        (" Woven baskets. Invented J. 3, 1 (2030).", "title"),
    )
    assert dotted_names_end(labelled) == labelled


def test_tail_inside_names_is_dropped() -> None:
    labelled, source = labelled_parts(
        ("K. L. Marrow, W. H. Nettlebed", "author"),
        (". J. Imag. Res. ", "container"),
        ("2030, 12, 345.", "other"),
    )
    start = source.index("W. H.")
    tail: tuple[int, dict[str, object]] = (start, {"container_title": "W. H. Nettlebed. J."})
    assert tail_inside_names(labelled, tail) is None
    journal: tuple[int, dict[str, object]] = (source.index("J. Imag"), {"container_title": "J."})
    assert tail_inside_names(labelled, journal) == journal


@pytest.mark.parametrize(
    ("names", "journal", "after"),
    [
        # the journal's words run straight into the year: no name is closed that way
        ("K. Marrow, P. Ortolan, J. Imagined Quarries", "", " 2030, 12, 345."),
        # "J." or "Z." and an abbreviation the labeller's journal goes on from
        ("K. Marrow, P. Ortolan, Z. Erfund", ". Allg. Chem. ", "2030, 12, 345."),
    ],
)
def test_journal_read_as_the_last_name_keeps_the_rule_tail(
    names: str, journal: str, after: str
) -> None:
    labelled, source = labelled_parts(
        (names, "author"), *([(journal, "container")] if journal else []), (after, "other")
    )
    # the year as the labeller marks it
    labelled = [x._replace(label="year") if x.token.text == "2030" else x for x in labelled]
    start = source.index(names.rsplit(", ", 1)[1])
    tail: tuple[int, dict[str, object]] = (start, {"container_title": "J."})
    assert tail_inside_names(labelled, tail) == tail
    names_read = assemble(labelled, source).fields["author"]
    assert isinstance(names_read, tuple)
    assert [n.family for n in names_read] == ["Marrow", "Ortolan"]


def test_last_name_after_the_rule_read_tail_comma_is_kept() -> None:
    labelled, source = labelled_parts(
        ("K. L. Marrow, P. Ortolan, W. H. Nettlebed", "author"),
        (". ", "other"),
        ("J. Imag. Res", "container"),
        (". ", "other"),
        ("2030", "year"),
        (", ", "other"),
        ("12", "volume"),
        (", ", "other"),
        ("345", "pages"),
        (".", "other"),
    )
    names = assemble(labelled, source).fields["author"]
    assert isinstance(names, tuple)
    assert [n.family for n in names] == ["Marrow", "Ortolan", "Nettlebed"]


@pytest.mark.parametrize(
    ("printed", "families"),
    [
        # hyphenated initials: a non-ASCII hyphen, a lower-case second syllable
        ("Quill AU, Ren L‐G", ["Quill", "Ren"]),
        ("Sung T.-i., Tamsin J. G.", ["Sung", "Tamsin"]),
        ("Yoon B.-r., Ulmo C.", ["Yoon", "Ulmo"]),
        ("Wen Y-xiao, Xia Y-xue", ["Wen", "Xia"]),
        # a family name with a hyphen after initials is still the family name
        ("R. Al-Vireo, J. Wren", ["Al-Vireo", "Wren"]),
        # "Jr." after a comma is the suffix of the name before it, not a name
        ("P. E. Kestrel, Jr., S. L. Linnet", ["Kestrel", "Linnet"]),
        # a particle printed after the initials, as in an index
        ("Mossel L von, Nardoo JD", ["Mossel", "Nardoo"]),
        ("Olwen E., Pimpernel M. van den", ["Olwen", "Pimpernel"]),
        # two initials with the second lower-cased, in a Vancouver list
        ("Quan Xl, Rue Hk, Sorb AB, Teasel C", ["Quan", "Rue", "Sorb", "Teasel"]),
        # a particle ("d." of "de") or a last initial lower-cased after dotted initials, as
        # Frontiers prints a reference manager's names
        ("Quill P. Q., Ren A. d., Sorb W. W.", ["Quill", "Ren", "Sorb"]),
        ("Quill P. Q., Ren L. a., Sorb W. W.", ["Quill", "Ren", "Sorb"]),
        ("Quill P. Q., Ren R. M. d.", ["Quill", "Ren"]),
        ("Quill P. Q., Ren V. d. S. S., Sorb W. W.", ["Quill", "Ren", "Sorb"]),
    ],
)
def test_odd_name_forms(printed: str, families: list[str]) -> None:
    assert _families(printed) == families


def test_suffix_kept_on_the_name() -> None:
    names, _ = read_names("P. E. Kestrel, Jr., S. L. Linnet")
    assert names[0].suffix == "Jr"
    given, _ = read_names("Quill AU, Ren L‐G")
    assert given[1].given == "L.-G."


def test_last_name_cut_at_its_initial_is_taken_from_the_tail() -> None:
    labelled, source = labelled_parts(
        ("B. Quince, M. R. ", "author"),
        ("Sorrel. Imag. Lett. ", "container"),
        ("2030, 3, 4.", "other"),
    )
    tail: tuple[int, dict[str, object]] = (
        source.index("M. R."),
        {"container_title": "M. R. Sorrel. Imag. Lett"},
    )
    out, rest = name_opening_tail(labelled, tail)
    assert rest is not None and rest[1]["container_title"] == "Imag. Lett"
    assert "Sorrel/author" in _labels(out)


def test_journal_abbreviation_is_not_taken_for_a_name() -> None:
    labelled, source = labelled_parts(
        ("B. Quince, R. Sorrel, ", "author"),
        ("J. Chem. Lett. ", "container"),
        ("2030, 3, 4.", "other"),
    )
    tail: tuple[int, dict[str, object]] = (
        source.index("J. Chem"),
        {"container_title": "J. Chem. Lett"},
    )
    assert name_opening_tail(labelled, tail) == (labelled, tail)


def test_particle_after_initials_is_kept() -> None:
    names, _ = read_names("Olwen E., Pimpernel M. van den")
    assert names[1].dropping_particle == "van den"


def test_journal_letter_and_a_word_is_not_taken_for_a_name() -> None:
    labelled, source = labelled_parts(
        ("B. Quince, R. Sorrel, J. ", "author"),
        ("Clean. Made. ", "container"),
        ("165 (2030) 1.", "other"),
    )
    tail: tuple[int, dict[str, object]] = (
        source.index("J. Clean"),
        {"container_title": "J. Clean. Made"},
    )
    assert name_opening_tail(labelled, tail) == (labelled, tail)


@pytest.mark.parametrize(
    ("printed", "closed"),
    [
        ("EXO Atlas of example diseases, 2030.", "EXO. Atlas of example diseases, 2030."),
        ("ABCD Report on the made-up survey 2029.", "ABCD. Report on the made-up survey 2029."),
        # the next word a name's, or a title in title case: left alone
        ("NHS Exampleshire. Services we test. 2030.", None),
        ("HIV Testing Guidance for Examples. 2030.", None),
        ("EX Atlas of examples, 2030.", None),  # two capitals: an initial's pair as often
    ],
)
def test_unclosed_acronym_is_closed(printed: str, closed: str | None) -> None:
    assert close_acronym(printed) == (closed or printed)


def test_unclosed_acronym_is_the_author() -> None:
    ref = read_item("EXO Atlas of example diseases. Geneva: Example Press, 2030.", 1, 1).reference
    assert [n.literal for n in ref.author] == ["EXO"]


@pytest.mark.parametrize(
    ("printed", "title"),
    [
        ("Example Health Organization MADE - Monthly Digest, 2030 Available: "
         "https://example.org/d.pdf [Accessed 1 May 2030].", "MADE - Monthly Digest"),
        ("Example Health Organization 2029 novel examplevirus: a response plan, 2030 "
         "Available: https://example.org/p [Accessed 1 May 2030].",
         "2029 novel examplevirus: a response plan"),
        ('Example Health Organization "Made-up passports" in the context of tests, 2030 '
         "Available: https://example.org/q [Accessed 1 May 2030].",
         '"Made-up passports" in the context of tests'),
    ],
)  # fmt: skip
def test_unclosed_organisation_before_an_acronym_number_or_quote(printed: str, title: str) -> None:
    ref = read_item(printed, 1, 1).reference
    assert [n.literal for n in ref.author] == ["Example Health Organization"]
    assert ref.title == title


@pytest.mark.parametrize(
    ("printed", "author", "title"),
    [
        ("Example Medical Council. Annual survey of made-up trainees 2030: first report. "
         "2030:1–16 https://example.org/survey.pdf.", "Example Medical Council",
         "Annual survey of made-up trainees 2030: first report"),
        ("National Institute on Example Habits (NIEH). Common Habit Charts. 2030 "
         "https://example.gov/charts (Accessed 1 Jan 2030).",
         "National Institute on Example Habits (NIEH)", "Common Habit Charts"),
        # nothing closing the name, before the title's acronym (the edition is the book's)
        ("Example Diabetes Federation EDF Example Atlas –3rd edn. 2030 Available from: "
         "http://www.example.org/", "Example Diabetes Federation", "EDF Example Atlas"),
        # one centre, as an organisation's last word
        ("Example Care Information Centre. Episode counts: made-up procedures 2029–2030. "
         "https://example.org/counts", "Example Care Information Centre",
         "Episode counts: made-up procedures 2029–2030"),
    ],
)  # fmt: skip
def test_organisation_read_as_the_title_is_the_author(
    printed: str, author: str, title: str
) -> None:
    ref = read_item(printed, 1, 1).reference
    assert [n.literal for n in ref.author] == [author]
    assert ref.title == title


def test_dotted_names_end_after_the_acs_comma_before_the_title() -> None:
    # the ACS's "Roe, J. A.; Doe, B. Title. J. Made 2030, 1, 2.": a comma after each
    # family name; the labeller's names take in the title's capitalised words
    labelled, _ = labelled_parts(
        ("Fernleigh, D. P.; Gorsedd, A. Woven Basket Pathogenesis", "author"),
        (". Invented J. 2030, 3, 1.", "other"),
    )
    out = _labels(dotted_names_end(labelled))
    assert "A/author ./author Woven/title Basket/title Pathogenesis/title" in out


def test_last_name_with_one_initial_after_an_inverted_first_takes_its_family_name() -> None:
    # Chicago's "Roe, C., M. Doe, and P. Poe. 2030.": the labeller ends the run at the last
    # name's one initial, the initial's full stop and the family name outside it
    labelled, _ = labelled_parts(
        ("Arbour, Q., W. Tandy, M. Pell, and R", "author"),
        (". ", "other"),
        ("Bellweather", "container"),
        (". ", "other"),
        ("2030", "year"),
        (". Invented results. ", "title"),
    )
    mended = _labels(mend_given_first(labelled))
    assert "R/author ./author Bellweather/author ./other 2030/year" in mended


def test_an_inverted_list_ending_in_a_lone_initial_is_not_carried_on() -> None:
    # APA's "Roe, C., Doe, M. Title": the lone initial follows a family name, and what
    # comes after it is the title
    labelled, _ = labelled_parts(
        ("Arbour, Q., Tandy, W", "author"),
        (". ", "other"),
        ("Invented results. 2030.", "title"),
    )
    assert mend_given_first(labelled) == labelled


@pytest.mark.parametrize("initial", ["J", "A"])
def test_last_name_whose_second_initial_is_a_journal_letter_takes_its_family_name(
    initial: str,
) -> None:
    # Chicago's (T&F's Chicago author-date) "..., and C. J. Poe. 2030.": the labeller ends
    # the run at "C" and reads "J. Poe" as a journal; "J" is an initial here, not the
    # journal's "J."
    labelled, _ = labelled_parts(
        ("Arbour, Q., W. Tandy, and C", "author"),
        (". ", "other"),
        (f"{initial}. Bellweather", "container"),
        (". ", "other"),
        ("2030", "year"),
        (". Invented results. ", "title"),
    )
    mended = _labels(mend_given_first(labelled))
    assert f"C/author ./author {initial}/author ./author Bellweather/author ./other" in mended


def test_a_journal_after_the_last_initial_is_not_taken_for_its_family_name() -> None:
    # "..., and C. J. Biol. 2030": "Biol" is a journal's word, whatever "J" is
    labelled, _ = labelled_parts(
        ("Arbour, Q., W. Tandy, and C", "author"),
        (". ", "other"),
        ("J. Biol", "container"),
        (". ", "other"),
        ("2030", "year"),
        (". Invented results. ", "title"),
    )
    assert mend_given_first(labelled) == labelled


@pytest.mark.parametrize(
    "names",
    [
        "Arbour, Quentin W., and Ruth Y",  # Chicago's given names in full, middle initials
        "Arbour, Quentin, and Ruth Y",
        "Arbour, Quentin W., Tom A. Tandy, and Ruth Y",
        "Arbour, Q., T. A. Tandy, and Ruth Y",
    ],
)
def test_last_name_given_in_full_with_an_initial_takes_its_family_name(names: str) -> None:
    # "Roe, Jane A., and Peter B. Doe. 2030.": the labeller ends the run at "B"
    labelled, _ = labelled_parts(
        (names, "author"),
        (". Bellweather. ", "other"),
        ("2030", "year"),
        (". Invented results. ", "title"),
    )
    mended = _labels(mend_given_first(labelled))
    assert "Y/author ./author Bellweather/author ./other 2030/year" in mended


@pytest.mark.parametrize("names", ["Arbour Q, Tandy W, Pell-Ruth Y", "Arbour QW, Tandy W, Pell Y"])
def test_vancouver_names_are_not_taken_for_given_names_in_full(names: str) -> None:
    # "Roe J, Doe D, Poe-Loe M. Title, ...": "Poe-Loe M" is no "Peter B"
    labelled, _ = labelled_parts(
        (names, "author"),
        (". ", "other"),
        ("Invented, made-up results. Example J 2030.", "title"),
    )
    assert mend_given_first(labelled) == labelled


def test_a_family_first_name_after_a_full_given_name_is_not_carried_on() -> None:
    # APA's "Roe, J., Doe, Peter B. Title": "Doe" is a family name, what follows the title
    labelled, _ = labelled_parts(
        ("Arbour, Q., Tandy, Ruth Y", "author"),
        (". Invented results. 2030.", "title"),
    )
    assert mend_given_first(labelled) == labelled
