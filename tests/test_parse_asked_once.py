"""What a reference is asked several times is worked out once, and the patterns that open
with a look behind are searched only where what they need is printed (issue 13: parse
speed). Each answer is the one the plain search gave: the old forms are kept here as the
oracle and the new ones held to them on invented texts."""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from itertools import compress, count, repeat
from operator import eq

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import blinarefs.parse.prefilter as prefilter
from blinarefs.parse import blanks, printed_names, reference, token_index
from blinarefs.parse.blanks import blanked
from blinarefs.parse.labeller import label
from blinarefs.parse.token_index import where

_REFERENCE = "Roe J, Doe A. Invented widgets: a study (in Examplia). J Ex Stud. 2030;12(3):45-67."


def _lowered_anew(text: str, words: tuple[str, ...]) -> bool:
    """may_hold as it was: the text lower-cased at every ask."""
    low = text.lower()
    if any(w in low for w in words):
        return True
    return not text.isascii() and any(map(text.__contains__, prefilter.CASE_TWINS))


_TEXTS = st.text(alphabet=st.sampled_from(list("RoeDOI10.pmid İıſ ÉéPMCID:")), max_size=20)


@settings(max_examples=400, deadline=None)
@given(st.lists(_TEXTS, min_size=1, max_size=6), st.sampled_from([("pmid",), ("10.", "doi")]))
def test_the_lower_cased_text_kept_gives_what_lower_casing_anew_gave(
    texts: list[str], words: tuple[str, ...]
) -> None:
    # the same text asked twice in a row, then another, then an equal copy of the first
    for text in [*texts, *texts[::-1], "".join(texts[:1])]:
        assert prefilter.may_hold(text, words) == _lowered_anew(text, words)


def test_a_text_asked_again_is_not_lower_cased_again() -> None:
    prefilter.may_hold("Roe J. Invented widgets. PMID: 12345.", ("pmid",))
    kept = prefilter._LOWERED
    assert prefilter.may_hold("Roe J. Invented widgets. PMID: 12345.", ("doi",)) is False
    assert prefilter._LOWERED is kept  # the same pair: nothing lower-cased anew
    assert prefilter.may_hold("Doe A. Widgets. DOI 10.1/x", ("doi",)) is True
    assert prefilter._LOWERED is not kept


def test_the_places_of_a_mark_are_those_a_walk_finds_and_follow_the_reference() -> None:
    labelled, _ = label(_REFERENCE)
    texts = [x.token.text for x in labelled]
    for mark in (".", ",", ":", "(", ")", "In", "widgets"):
        walked = list(compress(count(), map(eq, texts, repeat(mark))))
        assert where(labelled, mark) == walked
        assert where(labelled, mark) == walked  # asked again: the same answer
    other, _ = label("Doe A. Gadgets. Examplia: Press; 2031.")
    assert where(other, ":") == [6]  # another reference's tokens: their own places
    assert token_index._INDEX.printed == {":": (6,)}  # found once, for these tokens only
    assert where(labelled, ":")[0] == 8


def _joined(pieces: list[str]) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(pieces), max_size=8).map("".join)


_BLANKS_PIECES = [" (in Japanese)", " [In Examplian]", " (in Roe and Doe)", "http://ex.org/a",
                  "www.ex.org", "; c2030", ", ©2031", ": c1999", " ", ".", "Roe", "(in ", "]",
                  "c", "2030", ";", "\n"]  # fmt: skip


@settings(max_examples=1000, deadline=None)
@given(_joined(_BLANKS_PIECES))
def test_the_gates_before_the_blanks_patterns_never_say_no_where_one_matches(text: str) -> None:
    if blanks._LANGUAGE_AFTER_ADDRESS.search(text):
        assert prefilter.holds_any(text, blanks._LANGUAGE_OPENS)
    if blanks._COPYRIGHT.search(text):
        assert prefilter.holds_any(text, blanks._COPYRIGHT_OPENS)
    assert blanks.blanked(text) == _blanked_ungated(text)


def _blanked_ungated(text: str) -> str:
    """blanks.blanked with its gates answering yes (its patterns searched everywhere)."""
    with_gates = blanks.holds_any
    try:
        blanks.holds_any = lambda text, words: True  # type: ignore[assignment]
        return blanks.blanked(text)
    finally:
        blanks.holds_any = with_gates


_NAMES_PIECES = ["et al", " et. al.", "Et Al", "and others", "AND COLLEAGUES", ", ", "; ",
                 "Roe J", "Bennett A", " and ", "ſ", "İ"]  # fmt: skip


@settings(max_examples=1000, deadline=None)
@given(_joined(_NAMES_PIECES))
def test_the_gate_before_et_al_never_says_no_where_it_is_printed(text: str) -> None:
    if printed_names._ET_AL.search(text):
        assert prefilter.may_hold(text, printed_names._ET_AL_WORDS)


_PMID_PIECES = ["12345678", "123", ". ", "; ", "PubMed Central", ".", " ", "Roe", "٣٤٥٦٧", ":"]


@settings(max_examples=1000, deadline=None)
@given(_joined(_PMID_PIECES))
def test_the_gate_before_a_closing_pmid_never_says_no_where_one_closes(text: str) -> None:
    text = " ".join(text.split())  # as the grammar asks it: one line
    if reference._BARE_PMID.search(text):
        assert reference._may_close_with_pmid(text)


def test_an_address_closed_by_its_language_is_still_blanked() -> None:
    printed = "Roe J. Examplia survey. 2030 http://www.example.org/s.pdf (in Japanese)"
    assert blanked(printed) == printed[: printed.index(" (in")] + " " * len(" (in Japanese)")
    assert blanked("Roe J. Widgets. Examplia; c2030.") == "Roe J. Widgets. Examplia;  2030."


def test_names_cut_short_are_still_read_so() -> None:
    assert prefilter.may_hold("Roe J, Doe A, et al", printed_names._ET_AL_WORDS)
    assert reference._may_close_with_pmid("Roe J. Widgets. 2030. 12345678.")
    assert not reference._may_close_with_pmid("Roe J. Widgets. J Ex. 2030;1:2-3b.")
    assert printed_names.read_names("Roe J, Doe A, et al")[1] is True
    assert printed_names.read_names("Roe J, Doe A and colleagues")[1] is True
    assert printed_names.read_names("Roe J, Bennett A")[1] is False  # "et" inside a name
    assert reference.parse_reference("Roe J. Widgets. J Ex. 2030;1:2-3. 12345678.").pmid == (
        "12345678"
    )


def test_the_old_patterns_are_unchanged() -> None:
    # the gates stand before the patterns; the patterns themselves are as they were
    assert blanks._COPYRIGHT.pattern == r"(?<=[;:,] )[c©](?=(?:1[6-9]|20)\d\d\b)"
    assert reference._BARE_PMID.flags & re.MULTILINE == 0  # "$": the text's end alone


# the grammar's run of marks as it was, with its look behinds first (the oracle)
_MARKS_RUN_BEHIND_FIRST = re.compile(r"(?<![.;,])(?<![.;,] )(?<!\b[A-Z])([.;,])(?: ?[.;,])+(?= |$)")


@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet=st.sampled_from(list(".;, AJRoe1\n")), max_size=40))
def test_the_run_of_marks_matched_mark_first_is_the_run_found_before(text: str) -> None:
    assert reference._MARKS_RUN.sub(r"\1", text) == _MARKS_RUN_BEHIND_FIRST.sub(r"\1", text)
    assert [m.span() for m in reference._MARKS_RUN.finditer(text)] == [
        m.span() for m in _MARKS_RUN_BEHIND_FIRST.finditer(text)
    ]


def test_a_run_of_marks_left_by_a_lifted_doi_is_still_closed_up() -> None:
    assert reference._MARKS_RUN.sub(r"\1", "2030;12:45-67. . Roe J., Doe K.") == (
        "2030;12:45-67. Roe J., Doe K."
    )


def _cpu(work: Callable[[], object]) -> float:
    start = time.process_time()
    work()
    return time.process_time() - start


@pytest.mark.parametrize("piece", [". ,", ".;", "A.,", "1. ; ", "Roe J., "])
def test_the_run_of_marks_stays_linear_on_a_long_text(piece: str) -> None:
    small = piece * (8_000 // len(piece))
    large = piece * (64_000 // len(piece))  # 64,000 characters
    slow = _cpu(lambda: reference._MARKS_RUN.sub(r"\1", large))
    fast = _cpu(lambda: reference._MARKS_RUN.sub(r"\1", small))
    assert slow < 25 * max(fast, 0.002)  # 8x the text: linear 8x, quadratic 64x
