"""The labeller's input made once per word, the names read once per printed piece, and the
menders' patterns asked only where what they need is printed (issue 13: parse speed). What
is read is what was read before: a cache holds what a pure function gave, bounded, and each
early answer is one the skipped search would have given."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import blinarefs.parse.extent_imprints as extent_imprints
import blinarefs.parse.registrations as registrations
from blinarefs.model import Name, Reference
from blinarefs.parse.features import _encoded, sequence_features, word_features
from blinarefs.parse.one_name import read_name
from blinarefs.parse.tokens import tokenize
from counted import Counted


def test_a_words_features_are_what_the_labeller_was_trained_on() -> None:
    # written out by hand: the names and the order the model was trained with
    own, two_before, before, after, two_after = word_features("Roe", True)
    assert own == ("w=roe", "shape=Xx", "len=3", "glued")
    assert (two_before, two_after) == (("-2:w=roe",), ("2:w=roe",))
    assert before == ("-1:w=roe", "-1:shape=Xx")
    assert after == ("1:w=roe", "1:shape=Xx")
    year = word_features("2030", False)
    assert year[0] == ("w=2030", "shape=d", "len=4", "suf3=030", "digits=4", "year")
    assert year[2] == ("-1:w=2030", "-1:shape=d", "-1:year")
    assert word_features("Jan.", False)[3] == ("1:w=jan.", "1:shape=Xx.", "1:month")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("RoeJé2030-–.PMCa/10 ")), max_size=12), st.booleans())
def test_the_features_are_the_texts_in_utf8(text: str, glued: bool) -> None:
    encoded = _encoded(text, glued)
    assert encoded == tuple(tuple(s.encode() for s in part) for part in word_features(text, glued))
    assert encoded[2][0] == b"-1:" + encoded[0][0]  # what a word shows the word after it


def test_the_cached_features_are_bounded_and_give_every_reference_the_same() -> None:
    assert _encoded.cache_info().maxsize is not None
    tokens = tokenize("Roe J, Doe A. Invented widgets. J Ex Stud. 2030;12(3):45-67.")
    first = sequence_features(tokens)
    _encoded.cache_clear()
    assert sequence_features(tokens) == first


def test_a_printed_name_is_read_once() -> None:
    read_name.cache_clear()
    first = read_name("Roe-Doe JA")
    assert read_name("Roe-Doe JA") is first
    assert read_name.cache_info().hits >= 1
    assert read_name.cache_info().maxsize is not None


@pytest.mark.parametrize(
    "printed",
    ["Roe JA", "Roe, J. A.", "J. A. Roe", "Fersen L von", "Roe A. d.", "Barbosa Tde S",
     "Roe AB Filho", "Yu L-G", "Roe ME V", "Roe Jr., A. C.", "Le Roch", "Springfield"],
)  # fmt: skip
def test_a_cached_name_is_the_name_read_anew(printed: str) -> None:
    read_name.cache_clear()
    assert read_name(printed) == read_name.__wrapped__(printed)
    assert read_name(printed) == read_name.__wrapped__(printed)  # and from the cache


def test_a_cached_name_cannot_be_changed_by_its_reader() -> None:
    name = read_name("Roe JA")
    assert isinstance(name, Name)
    with pytest.raises(AttributeError):
        name.family = "Doe"  # type: ignore[misc]


def test_a_books_count_of_pages_is_looked_for_only_after_a_figure_and_its_p(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    counted = Counted(extent_imprints._COUNTED)
    monkeypatch.setattr(extent_imprints, "_COUNTED", counted)
    article = Reference(
        "roe2030",
        type="article-journal",
        title="Invented widgets",
        container_title="J Ex",
        volume="12",
        page="45-67",
        source_text="Roe J. Invented widgets. J Ex. 2030;12:45-67.",
    )
    assert extent_imprints.extent_imprint(article) is article
    assert counted.searches == 0
    book = Reference(
        "roe2030",
        type="article-journal",
        title="Manual de exemplos",
        container_title="Editora Exemplo",
        page="320",
        source_text="ROE, J. 2030. Manual de exemplos. Editora Exemplo, Springfield, 320p.",
    )
    read = extent_imprints.extent_imprint(book)
    assert counted.searches == 1
    assert (read.type, read.title, read.publisher, read.publisher_place) == (
        "book", "Manual de exemplos", "Editora Exemplo", "Springfield",
    )  # fmt: skip


def test_a_registry_identifier_is_looked_for_only_where_its_letters_are(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    counted = Counted(registrations._ANY_ID)
    monkeypatch.setattr(registrations, "_ANY_ID", counted)
    printed = "Roe J. Invented widgets. J Ex. 2030;12:45-67."
    article = Reference("roe2030", title="Invented widgets", source_text=printed)
    assert registrations.registration(article) is article
    assert counted.searches == 0
    trial = Reference(
        "roe2030",
        title="A study of widgets. ClinicalTrials.gov identifier: NCT01234567",
        source_text="A study of widgets. ClinicalTrials.gov identifier: NCT01234567. "
        "Accessed May 2, 2030. https://example.org/trial",
    )
    read = registrations.registration(trial)
    assert counted.searches == 1
    assert read.note == "ClinicalTrials.gov identifier: NCT01234567"
    eudract = Reference(
        "roe2030", title="A trial", source_text="Doe A. A trial. Register; 2030. 2030-123456-12."
    )
    registrations.registration(eudract)
    assert counted.searches == 2  # the bare number: no registry's letters


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("NCTISRDKJPRA-/0123456789 .hi")), max_size=30))
def test_the_registries_gate_never_says_no_where_an_identifier_is(text: str) -> None:
    if registrations._ANY_ID.search(text):
        assert registrations.holds_any(
            text, registrations._ID_LETTERS
        ) or registrations._BARE_NUMBER.search(text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("Roe, .Ex320p\n")), max_size=40))
def test_the_count_of_pages_gate_never_says_no_where_a_count_is(text: str) -> None:
    if extent_imprints._COUNTED.search(text):
        assert extent_imprints._FIGURE_P.search(text)
