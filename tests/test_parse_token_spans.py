"""The tokens made in C from the pattern's matches (issue 13: parse speed) are the tokens
the loop over the texts made: the same texts, offsets and spacing. The former loop is kept
here, as it was, as the oracle; every text below is invented."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from blinarefs.parse.tokens import _TOKEN, Token, tokenize

_NEW = tuple.__new__


def _old_tokenize(text: str) -> list[Token]:
    out: list[Token] = []
    find = text.find
    end, prev_end = 0, -1
    for word in _TOKEN.findall(text):
        start = find(word, end)
        end = start + len(word)
        out.append(_NEW(Token, (word, start, end, start > prev_end)))
        prev_end = end
    return out


_PIECES = [
    "Roe", "J-P", "O’Doe", "Élodie", "2030", "2030,12", "45-67", "e12 – e19", "1640.e7",
    "https://example.org/a.", "www.example.org,", "10.1000/xyz.", "PMC123", "3rd", "2.ª",
    ".", ",", ":", ";", "(", ")", "[", "]", "__", "…", "—", " ", "  ", "\t", "\n", "\u00a0",
]  # fmt: skip


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=30))
def test_the_tokens_are_the_ones_the_loop_made(pieces: list[str]) -> None:
    text = "".join(pieces)
    tokens = tokenize(text)
    assert tokens == _old_tokenize(text)
    assert all(type(t) is Token for t in tokens)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("Roe 2030-–.:/(),PMCé_’\t\n")), max_size=40))
def test_any_text_is_cut_as_the_loop_cut_it(text: str) -> None:
    assert tokenize(text) == _old_tokenize(text)


def test_an_invented_reference_keeps_its_offsets_and_spacing() -> None:
    printed = " Roe J,  Doe A. Widgets.J Ex. 2030;12(3):45-67."
    tokens = tokenize(printed)
    assert tokens[0] == ("Roe", 1, 4, True)
    assert [t.text for t in tokens if not t.space_before][:3] == [",", ".", "."]
    assert all(printed[t.start : t.end] == t.text for t in tokens)
    assert tokenize("") == [] and tokenize("   ") == []
