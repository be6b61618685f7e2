"""The truth's title rules (``corpora/jats_title_slips.py``) on small JATS articles written
for these tests: the people, works and journals in them are made up."""

from __future__ import annotations

from pathlib import Path

import pytest
from corpora.jats_title_slips import IMPRINT_IN_TITLE, LANGUAGE_NOTE, PLACE_OPENS_SOURCE
from corpora.jats_truth import RefTruth
from parse_scoring import score

from benchmarks_corpora.jats_made import one_mixed
from blinarefs.parse import parse_reference_list

ROE = "<person-group><name><surname>Roe</surname><given-names>J</given-names></name></person-group>"


def truth(tmp_path: Path, citation: str, kind: str = "book") -> RefTruth:
    return one_mixed(tmp_path, f"{ROE} {citation}", kind)


@pytest.mark.parametrize(
    "citation",
    [
        "<source>A made-up thesis on goats. Example University, Springfield</source>; "
        "<year>2030</year>.",
        "<source>A made-up thesis on goats. Example Agency of the Made-up Union</source>, "
        "<publisher-loc>Springfield</publisher-loc>, <publisher-name>Fictland</publisher-name>"
        "; <year>2030</year>.",
    ],
)
def test_a_title_tag_run_on_into_its_imprint_ends_before_it(tmp_path: Path, citation: str) -> None:
    found = truth(tmp_path, citation)
    assert found.title == "A made-up thesis on goats"
    assert IMPRINT_IN_TITLE in found.notes


@pytest.mark.parametrize(
    "citation",
    [
        # its imprint tagged after a full stop: the title's second sentence is its own
        "<source>A made-up guide. Part two, goats</source>. <publisher-loc>Springfield"
        "</publisher-loc>: <publisher-name>Example Press</publisher-name>; <year>2030</year>.",
        # no comma: nothing shows the last sentence is an imprint
        "<source>A made-up guide. Goats and sheep</source>; <year>2030</year>.",
        # a comma before the year alone, with no imprint tagged after it
        "<source>A made-up guide. A report of the Goat Office</source>, <year>2030</year>.",
        # a version's number after the comma, no place's words
        "<source>A made-up guide. Goat tables in R, Version 2.1-4</source>, <year>2030</year>.",
    ],
)
def test_a_title_with_its_own_second_sentence_is_kept(tmp_path: Path, citation: str) -> None:
    found = truth(tmp_path, citation)
    assert found.title and found.title.startswith("A made-up guide. ")
    assert IMPRINT_IN_TITLE not in found.notes


def test_a_place_after_the_titles_comma_tagged_in_the_source_is_the_titles(
    tmp_path: Path,
) -> None:
    found = truth(
        tmp_path,
        "<article-title>Made-up fevers among goat herders</article-title>, <source>South "
        "Fictland. Int J Made Stud</source> <year>2030</year>; <volume>2</volume>: "
        "<fpage>11</fpage>&#8211;<lpage>9</lpage>.",
        "journal",
    )
    assert (found.title, found.container) == (
        "Made-up fevers among goat herders, South Fictland",
        "Int J Made Stud",
    )
    assert PLACE_OPENS_SOURCE in found.notes


@pytest.mark.parametrize(
    ("source", "after"),
    [("Cell Mol. Life Sci.", " "), ("Plant Physiol. Biochem", " "), ("Front. Plant Sci", "., ")],
)
def test_an_abbreviated_journal_after_the_titles_comma_is_kept(
    tmp_path: Path, source: str, after: str
) -> None:
    # "Front. Plant Sci., 6": a list whose every field closes with a comma
    found = truth(
        tmp_path,
        f"<article-title>Made-up fevers</article-title>, <source>{source}</source>{after}"
        "<year>2030</year>; <volume>2</volume>: <fpage>11</fpage>.",
        "journal",
    )
    assert (found.title, found.container) == ("Made-up fevers", source)
    assert PLACE_OPENS_SOURCE not in found.notes


def test_a_language_note_after_the_title_is_left_out_on_both_sides(tmp_path: Path) -> None:
    found = truth(
        tmp_path,
        "<article-title>Made-up fevers in goats</article-title> [in Chinese]. <source>Fict "
        "Za Zhi</source>. <year>2030</year>;<volume>2</volume>:<fpage>11</fpage>.",
        "journal",
    )
    assert found.title == "Made-up fevers in goats" and LANGUAGE_NOTE in found.notes
    (ref,) = parse_reference_list(f"References\n1. {found.text}\n").references
    assert ref.title == "Made-up fevers in goats [in Chinese]"  # the parser keeps it
    assert score(found, ref)["title"]


def test_without_a_printed_note_the_title_is_compared_whole(tmp_path: Path) -> None:
    found = truth(
        tmp_path,
        "<article-title>Made-up fevers in goats</article-title>. <source>Fict Za Zhi</source>"
        ". <year>2030</year>;<volume>2</volume>:<fpage>11</fpage>.",
        "journal",
    )
    assert LANGUAGE_NOTE not in found.notes
    in_press = truth(
        tmp_path,
        "<article-title>Made-up fevers in goats</article-title>. <source>Fict Za Zhi</source>"
        ". <year>2030</year> [in press].",
        "journal",
    )
    assert LANGUAGE_NOTE not in in_press.notes  # "[in press]" is no language
    (ref,) = parse_reference_list(f"References\n1. {found.text}\n").references
    from dataclasses import replace

    assert not score(found, replace(ref, title=f"{ref.title} [in Chinese]"))["title"]


def test_a_medium_after_the_title_is_no_part_of_it_when_scored() -> None:
    """Harvard's "[Online]", like Vancouver's "[Internet]": tagged in the title or not, the
    title is compared without it (the parser leaves it out)."""
    from parse_scoring import norm

    assert norm("Made-up plan [Online]") == norm("Made-up plan [Internet]") == norm("Made-up plan")
