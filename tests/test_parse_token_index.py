"""The rules that mend the labeller's labels find labels and figures in C
(:mod:`blinarefs.parse.token_index`, issue 13: parse speed). Each answer is the one the
plain loop gave, on invented token lists; the figures found once a reference are never
another reference's; and each gate, asked before a rule's loop, skips the loop only where
the loop would have changed nothing (the gated rule and the ungated one agree)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import blinarefs.parse.editions as editions
import blinarefs.parse.identifier_labels as identifier_labels
import blinarefs.parse.journal_bounds as journal_bounds
import blinarefs.parse.locators as locators
import blinarefs.parse.title_ends as title_ends
from blinarefs.parse.labeller import Labelled
from blinarefs.parse.token_index import (
    all_of,
    figures_at,
    first_of,
    holds_lowered,
    labels_in,
    last_of,
    may_match_word,
    numbers_at,
    run_end,
    unbroken_run,
    where,
)
from blinarefs.parse.tokens import Token

LABELS = ["author", "title", "container", "year", "volume", "issue", "pages", "other",
          "publisher", "place", "editor", "note", "doi", "edition"]  # fmt: skip
# Invented words, marks and numbers of the kinds the rules look for
WORDS = ["Roe", "Doe", "J", "A", ".", ",", ";", ":", "(", ")", "-", "2030", "1999", "12",
         "45-67", "2nd", "In", "in", "ed", "Ed", "eds", "PMID", "pubmed", "PMC12345", "v",
         "n", "Springfield", "Examplia", "Press", "Journal", "Ex", "Stud", "²", "٢٠٣٠",
         "of", "’", ""]  # fmt: skip


def _labelled(words: list[str], labels: list[str] | None = None) -> list[Labelled]:
    out, at = [], 0
    for k, w in enumerate(words):
        out.append(Labelled(Token(w, at, at + len(w), True), labels[k] if labels else "other", 1.0))
        at += len(w) + 1
    return out


references = st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(LABELS)), max_size=30)


def _from(pairs: list[tuple[str, str]]) -> list[Labelled]:
    return _labelled([w for w, _ in pairs], [label for _, label in pairs])


@settings(max_examples=300, deadline=None)
@given(references, st.sampled_from(LABELS))
def test_labels_are_found_where_the_loops_found_them(
    pairs: list[tuple[str, str]], name: str
) -> None:
    labelled = _from(pairs)
    every = [i for i, x in enumerate(labelled) if x.label == name]
    assert all_of(labelled, name) == every
    assert first_of(labelled, name) == next(iter(every), -1)
    assert last_of(labelled, name) == max(every, default=-1)
    for at in range(len(labelled) + 2):
        end = at
        while end < len(labelled) and labelled[end].label == name:
            end += 1
        assert run_end(labelled, at, name) == end


mends = st.lists(st.tuples(st.integers(0, 29), st.sampled_from(LABELS)))


@settings(max_examples=300, deadline=None)
@given(references, st.sampled_from(LABELS), mends)
def test_labels_asked_again_after_a_mend_are_the_new_ones(
    pairs: list[tuple[str, str]], name: str, relabels: list[tuple[int, str]]
) -> None:
    # a rule asks about the list it was given, copies it and mends the copy in place, then
    # asks about the copy: every answer is the loop's on the list as it stands then
    labelled = _from(pairs)
    out = list(labelled)
    for at, label in [(-1, ""), *relabels]:
        if 0 <= at < len(out):
            out[at] = out[at]._replace(label=label)
        for asked in (labelled, out):
            every = [i for i, x in enumerate(asked) if x.label == name]
            assert labels_in(asked) == tuple(x.label for x in asked)
            assert all_of(asked, name) == every
            assert first_of(asked, name) == next(iter(every), -1)
            assert last_of(asked, name) == max(every, default=-1)
            whole = every == list(range(every[0], every[-1] + 1)) if every else False
            assert unbroken_run(asked, name) == ((every[0], every[-1] + 1) if whole else None)


def test_labels_of_another_reference_are_never_given() -> None:
    # the same labels on other tokens, other labels on the same tokens, and back
    roe = _labelled(["Roe", "J", ".", "Title"], ["author", "author", "other", "title"])
    doe = _labelled(["Doe", "A", ".", "Title"], ["author", "author", "other", "title"])
    relabelled = [x._replace(label="title") for x in roe]
    assert labels_in(roe) == ("author", "author", "other", "title")
    assert first_of(doe, "title") == 3
    assert first_of(relabelled, "title") == 0
    assert unbroken_run(relabelled, "author") is None
    assert unbroken_run(roe, "author") == (0, 2)
    assert labels_in([]) == ()


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet="12a²٣-. ", max_size=4) | st.sampled_from(WORDS), max_size=30))
def test_figures_are_found_where_the_loops_found_them(words: list[str]) -> None:
    labelled = _labelled(words)
    assert figures_at(labelled) == tuple(i for i, w in enumerate(words) if w[:1].isdigit())
    assert numbers_at(labelled) == [i for i, w in enumerate(words) if w.isdigit()]
    for text in (".", ",", "In"):
        assert where(labelled, text) == [i for i, w in enumerate(words) if w == text]
    assert holds_lowered(labelled, frozenset(("pmid", "pubmed"))) == any(
        w.lower() in ("pmid", "pubmed") for w in words
    )


def test_one_references_figures_are_never_anothers() -> None:
    # the index holds one reference at a time: asked of another, then of the first again
    # (its tokens relabelled, as a rule hands them on), each gets its own
    first = _labelled(["Roe", "J", ".", "2030", ";", "12", ":", "45-67"])
    second = _labelled(["Doe", "A", ".", "Examplia", ".", "1999"])
    assert figures_at(first) == (3, 5, 7)
    assert figures_at(second) == (5,)
    relabelled = [x._replace(label="title") for x in first]
    assert figures_at(relabelled) == (3, 5, 7)
    assert numbers_at(relabelled) == [3, 5]
    same_words = _labelled(["Doe", "A", ".", "Examplia", ".", "1999"])  # other tokens
    assert figures_at(same_words) == (5,)
    assert holds_lowered(second, frozenset(("examplia",)))
    assert not holds_lowered(first, frozenset(("examplia",)))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet=st.sampled_from(list("edEDnitoéÉçãAUFL2.ıİſ")), max_size=9)))
def test_an_editions_word_among_the_words_is_never_missed(words: list[str]) -> None:
    # the gate may say yes where no word is one (a case twin in a word), never no where one
    # is; with no twin, it says yes exactly where one is
    labelled = _labelled(words)
    found = any(editions._WORD.fullmatch(w) for w in words)
    if found:
        assert may_match_word(labelled, editions._WORDS)
    if not any(t in w for w in words for t in "ıİſ"):
        assert may_match_word(labelled, editions._WORDS) == found


def _always(*_: object) -> bool:
    return True


# Each gated rule, with what makes it ungated: its gate answering yes
GATED: list[tuple[Callable[[list[Labelled]], list[Labelled]], object, str, object]] = [
    (editions.editions_in_words, editions, "may_match_word", _always),
    (identifier_labels.pubmed_ids, identifier_labels, "holds_lowered", _always),
    # a journal's run broken by one token: said of every list
    (journal_bounds.journal_across_stops, journal_bounds, "pairwise", lambda _: [(0, 2)]),
    (title_ends.marks_inside_title, title_ends, "may_mend_inside", _always),
]


@pytest.mark.parametrize("rule, module, gate, ungated", GATED)
def test_a_gated_rule_reads_invented_references_as_the_ungated_one(
    rule: Callable[[list[Labelled]], list[Labelled]],
    module: object,
    gate: str,
    ungated: object,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    @settings(max_examples=400, deadline=None)
    @given(references)
    def check(pairs: list[tuple[str, str]]) -> None:
        labelled = _from(pairs)
        gated = rule(labelled)
        with monkeypatch.context() as m:
            m.setattr(module, gate, ungated)
            assert rule(labelled) == gated

    check()


def test_the_gated_rules_still_mend_what_they_mended() -> None:
    # "2 . ed" after a title's full stop is the edition; "PMID : 12345678" the PubMed id;
    # a journal's name broken at its full stop is one name
    edition = _labelled(
        ["Examplia", ".", "2", ".", "ed", ".", "Springfield", ":", "Press"],
        ["title", "title", "other", "other", "other", "other", "place", "other", "publisher"],
    )
    assert [x.label for x in editions.editions_in_words(edition)][2:5] == ["edition"] * 3
    pmid = _labelled(["Ex", "Stud", ".", "PMID", ":", "12345678"],
                     ["container", "container", "other", "other", "other", "pages"])  # fmt: skip
    assert identifier_labels.pubmed_ids(pmid)[5].label == "pmid"
    journal = _labelled(
        ["Ex", ".", "Stud", "12", ":", "45-67"],
        ["container", "other", "container", "volume", "other", "pages"],
    )
    assert journal_bounds.journal_across_stops(journal)[1].label == "container"
    title = _labelled(["Examplia", "of", "Springfield", ".", "Ex"],
                      ["title", "other", "title", "other", "container"])  # fmt: skip
    assert title_ends.marks_inside_title(title)[1].label == "title"


def _pages_after_volume_comma_walked(labelled: list[Labelled]) -> list[Labelled]:
    """The rule as it walked every token (stop 57): what the one walking the numbers alone
    must give."""
    out = list(labelled)
    seen_year = False
    for k, x in enumerate(labelled):
        after_volume = (
            k >= 2
            and labelled[k - 1].token.text == ","
            and labelled[k - 2].label == "volume"
            and x.token.text.isdigit()
        )
        if after_volume and (
            (x.label == "year" and seen_year)
            or (
                x.label == "other"
                and (k + 1 == len(labelled) or labelled[k + 1].token.text in ".;")
            )
        ):
            out[k] = x._replace(label="pages")
        seen_year = seen_year or x.label == "year"
    return out


@settings(max_examples=400, deadline=None)
@given(references)
def test_pages_after_a_volumes_comma_are_read_as_the_walk_read_them(
    pairs: list[tuple[str, str]],
) -> None:
    labelled = _from(pairs)
    assert locators.pages_after_volume_comma(labelled) == _pages_after_volume_comma_walked(labelled)
    # "J Ex Stud. 2030, 12, 1947.": the number after the volume's comma is the page
    chemistry = _labelled(
        ["Ex", "Stud", ".", "2030", ",", "12", ",", "1947", "."],
        ["container", "container", "other", "year", "other", "volume", "other", "year", "other"],
    )
    assert locators.pages_after_volume_comma(chemistry)[7].label == "pages"
