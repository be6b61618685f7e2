"""A new word's labeller features made in bytes from parts made once (issue 13: parse
speed): a shape's features are made once for every word of that shape, a flag's once for
all, and the flags are asked only where they can hold. What the labeller is handed is what
it was handed before: the former making is kept here, as it was, as the oracle, and every
invented text and reference below is held to it."""

from __future__ import annotations

import re
import string
from itertools import groupby

from hypothesis import given, settings
from hypothesis import strategies as st

from blinarefs.names import PARTICLES, is_initials
from blinarefs.parse.features import (
    _AFTER_YEAR,
    _EDGE,
    _POS,
    _STOPS,
    CUES,
    JOURNAL_WORDS,
    MONTHS,
    _encoded,
    _is_stop,
    sequence_features,
    shape,
)
from blinarefs.parse.tokens import Token, tokenize

# ---- the former making, verbatim (the oracle) ----
_YEAR = re.compile(r"(?:1[89]|20)\d{2}[a-z]?$")
_YEAR_FIRST = ("1", "2")
_RANGE = re.compile(r"\A[A-Za-z]{0,3}\d[^-–—\n]*[-–—][^\n]*\d")
_ASCII_SHAPE = str.maketrans(
    {**dict.fromkeys(string.ascii_uppercase, "X"), **dict.fromkeys(string.ascii_lowercase, "x"),
     **dict.fromkeys(string.digits, "d")}
)  # fmt: skip


def _old_shape(text: str) -> str:
    if text.isascii():
        return "".join([kind for kind, _ in groupby(text.translate(_ASCII_SHAPE))])[:6]
    out: list[str] = []
    for ch in text:
        c = "X" if ch.isupper() else "x" if ch.isalpha() else "d" if ch.isdigit() else ch
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out)[:6]


def _old_own(text: str, glued: bool) -> tuple[list[str], list[str]]:
    low = text.lower()
    f = [f"w={low}", f"shape={_old_shape(text)}", f"len={min(len(text), 8)}"]
    if len(text) > 3:
        f.append(f"suf3={low[-3:]}")
    if glued:
        f.append("glued")
    if text.isdigit():
        f.append(f"digits={min(len(text), 5)}")
    flags = []
    if _YEAR.match(text):
        flags.append("year")
    if low.rstrip(".") in MONTHS:
        flags.append("month")
    if low in CUES:
        flags.append(f"cue={CUES[low]}")
    if text.isalpha() and is_initials(text):
        flags.append("initials")
    if _RANGE.match(text):
        flags.append("range")
    f += flags
    if low in JOURNAL_WORDS:
        f.append("jword")
    if low in PARTICLES:
        f.append("particle")
    if text.startswith(("http", "www.")):
        f.append("url")
    if text.startswith("10.") and "/" in text:
        f.append("doi")
    if text.startswith("PMC") and text[3:].isdigit():
        f.append("pmc")
    return f, flags


_SEEN_AT = tuple(f"{off}:".encode() for off in (-2, -1, 1, 2))


def _old_encoded(text: str, glued: bool) -> tuple[tuple[bytes, ...], ...]:
    features, flags = _old_own(text, glued)
    own = tuple([x.encode() for x in features])
    near = (own[0], own[1], *[x.encode() for x in flags])
    two_before, before, after, two_after = _SEEN_AT
    return (
        own,
        (two_before + own[0],),
        tuple([before + x for x in near]),
        tuple([after + x for x in near]),
        (two_after + own[0],),
    )


def _old_sequence(tokens: list[Token]) -> list[tuple[bytes, ...]]:
    n = len(tokens)
    padded = [_EDGE, _EDGE]
    padded += [_old_encoded(t.text, not t.space_before and i > 0) for i, t in enumerate(tokens)]
    padded += [_EDGE, _EDGE]
    out: list[tuple[bytes, ...]] = []
    stops = 0
    after_year: tuple[bytes, ...] = ()
    windows = (padded, padded[1:], padded[2:], padded[3:], padded[4:])
    around = zip(tokens, *windows, strict=False)
    for i, (token, two_before, before, own, after, two_after) in enumerate(around):
        out.append(
            (*own[0], _POS[10 * i // n], _STOPS[min(stops, 6)], *after_year, *two_before[1],
             *before[2], *after[3], *two_after[4])
        )  # fmt: skip
        if token.text in ".?!" and _is_stop(tokens, i):
            stops += 1
        if not after_year and token.text[:1] in _YEAR_FIRST and _YEAR.match(token.text):
            after_year = _AFTER_YEAR
    return out


# ---- invented texts: words, initials, years, months, cues, ranges, identifiers ----
_PIECES = [
    "Roe", "ROE", "JA", "J-P", "ÅÉ", "Élodie", "Springfield", "Examplia", "2030", "1875a",
    "2030,", "12", "123456", "45-67", "e12–e19", "S12-S19", "3rd", "Jan.", "sept", "Summer",
    "In", "eds", "et", "al", "doi", "PMID", "Accessed", "https://example.org/x", "www.ex.org",
    "10.1000/xyz", "PMC123", "PMCx", "van", "J", "Med", ".", ",", ":", "(", ")", ";", "–",
    "ß", "İ", "ǅ", "Σς", "_", "ab.cd", "’", "‐",
]  # fmt: skip
_TEXTS = st.one_of(
    st.sampled_from(_PIECES),
    st.text(alphabet=st.sampled_from(list("RoeJÉéß2030-–./:PMChtw")), max_size=14),
)


@settings(max_examples=1500, deadline=None)
@given(_TEXTS, st.booleans())
def test_a_words_features_are_what_the_former_making_gave(text: str, glued: bool) -> None:
    assert _encoded.__wrapped__(text, glued) == _old_encoded(text, glued)
    assert _encoded(text, glued) == _old_encoded(text, glued)  # and from the cache
    assert shape(text) == _old_shape(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_PIECES), st.booleans()), min_size=1, max_size=40))
def test_a_references_features_are_what_the_former_making_gave(
    pieces: list[tuple[str, bool]],
) -> None:
    text = "".join((" " if spaced else "") + piece for piece, spaced in pieces)
    tokens = tokenize(text)
    assert sequence_features(tokens) == _old_sequence(tokens)


def test_invented_references_are_given_the_features_they_were_given() -> None:
    for printed in (
        "Roe J, Doe A. Invented widgets. J Ex Stud. 2030;12(3):45-67. doi:10.1000/xyz",
        "ROE, J. A. Manual de exemplos. 3rd ed. Springfield: Examplia; 2030. p. 1–9.",
        "Roe J-P, Élodie Å. Sleep in lambs! Why? Fict Med J. 2030 Jan.;7:e12–e19. PMC123.",
        "Roe J. . . . . . . . . Stops. Stops. Stops. Stops. Stops. Stops. Stops. 1875a.",
    ):
        tokens = tokenize(printed)
        assert sequence_features(tokens) == _old_sequence(tokens)


def test_a_shapes_and_a_flags_features_are_made_once_for_every_word() -> None:
    roe, doe = _encoded("Roe", False), _encoded("Doe", True)
    assert roe[0][1] is doe[0][1]  # "shape=Xx"
    assert roe[2][1] is doe[2][1] and roe[3][1] is doe[3][1]  # "-1:shape=Xx", "1:shape=Xx"
    first, second = _encoded("2030", False), _encoded("2031", False)
    assert first[2][2] == b"-1:year"
    assert first[2][2] is second[2][2]
