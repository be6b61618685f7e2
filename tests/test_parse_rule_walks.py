"""Rules that walk only the tokens their first test can pass (issue 13: parse speed): the
colons, the commas, a sentence's marks, a link's or a journal's tokens, found in C. Each
gives what the walk over every token gave (kept here as the oracle) on invented
references, its tokens glued or spaced at random."""

from __future__ import annotations

import itertools
from collections.abc import Callable

from hypothesis import given, settings
from hypothesis import strategies as st

import blinarefs.parse.journal_bounds as journal_bounds
import blinarefs.parse.journal_doi as journal_doi
import blinarefs.parse.locators as locators
import blinarefs.parse.name_ends as name_ends
import blinarefs.parse.name_runs as name_runs
import blinarefs.parse.places_before_subtitle as places
import blinarefs.parse.title_ends as title_ends
from blinarefs.parse.labeller import Labelled
from blinarefs.parse.tokens import Token

LABELS = ["author", "title", "container", "year", "volume", "issue", "pages", "other",
          "place", "editor", "doi", "url", "date"]  # fmt: skip
# Invented words and the marks the rules look for
WORDS = ["Roe", "Doe", "J", "A", ".", ",", ";", ":", "(", ")", "?", "!", "2030", "2029-2031",
         "12", "45-67", "q2231", "Series", "B", "doi", "DOI", "10.1000/x", "x.org", "abc",
         "made", "Springfield", "Examplia", "Journal", "Ex", "Stud", "e5"]  # fmt: skip

references = st.lists(
    st.tuples(st.sampled_from(WORDS), st.sampled_from(LABELS), st.booleans()), max_size=30
)


def _from(triples: list[tuple[str, str, bool]]) -> list[Labelled]:
    out, at = [], 0
    for word, label, spaced in triples:
        at += spaced
        out.append(Labelled(Token(word, at, at + len(word), spaced), label, 1.0))
        at += len(word)
    return out


def _journal_section_walked(labelled: list[Labelled]) -> list[Labelled]:
    if "volume" not in [x.label for x in labelled]:
        return labelled
    out = list(labelled)
    for i in range(1, len(out) - 3):
        if (
            out[i].token.text == ","
            and out[i - 1].label == "container"
            and out[i + 1].token.text in journal_bounds._SECTION_WORDS
            and journal_bounds._SECTION_MARK.fullmatch(out[i + 2].token.text)
            and {out[i + 1].label, out[i + 2].label} <= journal_bounds._SECTION_LABELS
        ):
            end = i + 3
            if (
                out[end].token.text in (":", "(")
                and out[end + 1 : end + 2]
                and (out[end + 1].label == "container")
            ):
                end += 1
            out[i:end] = [x._replace(label="container") for x in out[i:end]]
    return out


def _pages_before_identifier_walked(labelled: list[Labelled]) -> list[Labelled]:
    mark = locators._IDENTIFIER_MARK
    out = list(labelled)
    for k in range(2, len(labelled)):
        x = labelled[k]
        if (
            x.label in ("url", "doi")
            and not mark.search(x.token.text)
            and labelled[k - 1].token.text == ","
            and labelled[k - 2].label == "volume"
        ):
            out[k] = x._replace(label="pages")
            for j in range(k + 1, len(labelled)):
                glued = labelled[j]
                if glued.token.space_before or mark.search(glued.token.text):
                    break
                out[j] = glued._replace(label="pages")
    return out


def _article_number_walked(labelled: list[Labelled]) -> list[Labelled]:
    out = list(labelled)
    for k in range(1, len(labelled) - 1):
        if labelled[k].token.text != ":" or labelled[k - 1].label not in locators._AFTER_SLOT:
            continue
        run = [k + 1]
        while run[-1] + 1 < len(labelled) and not labelled[run[-1] + 1].token.space_before:
            run.append(run[-1] + 1)
        words = [labelled[i] for i in run]
        if words[-1].token.text in ".,;":
            words.pop()
        number = "".join(x.token.text for x in words)
        lone = (
            len(words) == 1
            and (number.isdigit() or bool(locators._PAGE_RANGE.fullmatch(number)))
            and words[0].label == "other"
        )
        coded = locators._CODED.fullmatch(number)
        if lone or coded or (len(words) == 2 and locators._ARTICLE_NUMBER.fullmatch(number)):
            for i in run[: len(words)]:
                out[i] = out[i]._replace(label="pages")
    return out


def _doi_cue_walked(labelled: list[Labelled]) -> list[Labelled]:
    out = list(labelled)
    for i in range(1, len(out) - 2):
        x = out[i]
        if (
            x.label == "container"
            and x.token.text.lower() == "doi"
            and out[i - 1].label == "container"
            and out[i + 1].token.text == ":"
            and out[i + 1].label != "container"
            and any(y.label == "doi" for y in out[i + 2 : i + 4])
        ):
            out[i] = x._replace(label="other")
    return out


def _place_and_years_walked(labelled: list[Labelled]) -> list[Labelled]:
    out = list(labelled)
    for i in range(2, len(out) - 1):
        if out[i].token.text != ":" or out[i + 1].label != "title":
            continue
        if not places._YEARS.fullmatch(out[i - 1].token.text) or out[i - 2].token.text != ",":
            continue
        k = i - 1
        while (
            k > 0
            and i - k <= places._LONGEST
            and out[k - 1].label in places._READ_AS
            and places._placed(out[k - 1])
        ):
            k -= 1
        if out[k - 1].label == "title" and out[k].token.text == ",":
            out[k : i + 1] = [x._replace(label="title") for x in out[k : i + 1]]
    return out


def run_end_walked(labelled: list[Labelled], at: int, label: str) -> int:
    while at < len(labelled) and labelled[at].label == label:
        at += 1
    return at


def _sentences_joined_walked(labelled: list[Labelled]) -> list[Labelled]:
    out = list(labelled)
    for i in range(1, len(out) - 1):
        x = out[i]
        if x.label != "other" or x.token.text not in ".?!":
            continue
        if out[i - 1].label != "title" or out[i + 1].label != "title":
            continue
        end = run_end_walked(out, i + 1, "title")
        after = next((y.label for y in out[end:] if y.label != "other"), None)
        words = [y.token.text for y in out[i + 1 : end]]
        if after == "container" and any(len(w) >= 4 and w.islower() for w in words):
            out[i] = x._replace(label="title")
    return out


def _names_unbroken_walked(labelled: list[Labelled]) -> list[Labelled]:
    runs = [i for i, x in enumerate(labelled) if x.label == "author"]
    if not runs:
        return labelled
    out = list(labelled)
    for a, b in itertools.pairwise(runs):
        gap = labelled[a + 1 : b]
        if (
            gap
            and len(gap) <= 12
            and all(x.label in ("other", "container", "editor") for x in gap)
            and all(name_runs._NAME_PIECE.fullmatch(x.token.text) for x in gap)
            and any(x.token.text[:1].isupper() for x in gap)
        ):
            out[a + 1 : b] = [x._replace(label="author") for x in gap]
    return out


RULES: list[tuple[Callable[[list[Labelled]], list[Labelled]], Callable[..., list[Labelled]]]] = [
    (journal_bounds.journal_section_joined, _journal_section_walked),
    (locators.pages_before_identifier, _pages_before_identifier_walked),
    (locators.article_number_after_colon, _article_number_walked),
    (journal_doi.doi_cue_out_of_journal, _doi_cue_walked),
    (places.place_and_years_in_title, _place_and_years_walked),
    (title_ends.title_sentences_joined, _sentences_joined_walked),
    (name_runs.names_unbroken, _names_unbroken_walked),
]


@settings(max_examples=500, deadline=None)
@given(references)
def test_each_rule_reads_what_its_walk_over_every_token_read(
    triples: list[tuple[str, str, bool]],
) -> None:
    labelled = _from(triples)
    for rule, walked in RULES:
        assert rule(labelled) == walked(labelled), rule.__name__


@settings(max_examples=300, deadline=None)
@given(references, st.integers(0, 40))
def test_names_end_where_the_walk_found_their_stop(
    triples: list[tuple[str, str, bool]], stop: int
) -> None:
    labelled = _from(triples)
    at = next(
        (i for i, x in enumerate(labelled) if x.token.start == stop and x.token.text == "."), -1
    )
    found = name_runs.names_closed_at(labelled, stop)
    if at < 1:
        assert found is labelled
    assert name_runs.names_closed_at(labelled, None) is labelled


def _spaced(words: list[str], labels: list[str]) -> list[Labelled]:
    return _from([(w, label, True) for w, label in zip(words, labels, strict=True)])


def test_the_narrowed_rules_still_mend_invented_references() -> None:
    # "Ex J, Series B: Stud 12": the section after the journal's comma is the journal's
    section = _spaced(
        ["Ex", "J", ",", "Series", "B", ":", "Stud", "12"],
        ["container", "container", "other", "other", "place", "other", "container", "volume"],
    )
    assert [x.label for x in journal_bounds.journal_section_joined(section)[2:6]] == [
        "container"
    ] * 4
    # "Ex Stud 2030;12:q2231.": the article number after the volume's colon is the pages
    coded = _from([("Ex", "container", True), ("Stud", "container", True),
                   ("2030", "year", True), (";", "other", False), ("12", "volume", False),
                   (":", "other", False), ("q", "other", False), ("2231", "other", False),
                   (".", "other", False)])  # fmt: skip
    assert [x.label for x in locators.article_number_after_colon(coded)[6:8]] == ["pages"] * 2
    # "Ex Stud doi: 10.1000/x": the cue the labeller ran into the journal is no journal's
    cue = _spaced(
        ["Ex", "Stud", "doi", ":", "10.1000/x"],
        ["container", "container", "container", "other", "doi"],
    )
    assert journal_doi.doi_cue_out_of_journal(cue)[2].label == "other"
    # "Made abc . made roe study. Ex Stud": one title across the full stop
    joined = _spaced(
        ["Made", "abc", ".", "made", "study", ".", "Ex"],
        ["title", "title", "other", "title", "title", "other", "container"],
    )
    assert title_ends.title_sentences_joined(joined)[2].label == "title"
    # "Title Springfield, Examplia, 2029-2031: subtitle"
    titled = _spaced(
        ["Title", ",", "Springfield", ",", "2029-2031", ":", "made"],
        ["title", "other", "place", "other", "year", "other", "title"],
    )
    assert {x.label for x in places.place_and_years_in_title(titled)} == {"title"}


def _pieces_walked(words: list[str]) -> list[list[str]]:
    pieces: list[list[str]] = [[]]
    for w in words:
        if w in (",", ";"):
            pieces.append([])
        elif w not in name_ends._CONJUNCTIONS or pieces[-1]:
            pieces[-1].append(w)
    return pieces


NAME_WORDS = ["Roe", "Jane", "C", "M", "P", "L", ".", ",", ";", "and", "e", "&", "Doe", "B"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(NAME_WORDS), max_size=25))
def test_a_name_lists_pieces_are_the_walks(words: list[str]) -> None:
    pieces = _pieces_walked(words)
    bounds = [-1, *(i for i, w in enumerate(words) if w in (",", ";")), len(words)]
    assert len(bounds) - 1 == len(pieces)
    assert [name_ends._piece(words, bounds, k) for k in range(len(pieces))] == pieces


def test_given_names_first_after_the_first_are_read_as_before() -> None:
    # "Roe, C., M. Doe, and P. L. Poe": given names first after the first name
    chicago = ["Roe", ",", "C", ".", ",", "M", ".", "Doe", ",", "and", "P", ".", "L"]
    assert name_ends._given_first_after_first(chicago)
    # "Roe, C. & Doe, A.": a family name after "&"
    apa = ["Roe", ",", "C", ".", "&", "Doe", ",", "A"]
    assert not name_ends._given_first_after_first(apa)
