"""JSON written a piece at a time must be the text the encoder writes for the whole."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from blinarefs.jsontext import json_pieces

scalars = st.none() | st.booleans() | st.integers() | st.text(max_size=12)
values = st.recursive(
    scalars,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6), inner, max_size=4)
    ),
    max_leaves=20,
)


def json_text(value) -> str:
    return "".join(json_pieces(value))


def whole(value) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2) + "\n"


@given(st.dictionaries(st.text(max_size=8), values, max_size=5))
def test_an_object_is_written_as_the_encoder_writes_it(document):
    assert json_text(document) == whole(document)


@given(st.lists(values, max_size=5))
def test_a_list_or_a_generator_is_written_as_the_encoder_writes_the_list(items):
    assert json_text(items) == whole(items)
    assert json_text(item for item in items) == whole(items)


def test_a_generator_under_a_key_is_written_as_a_list():
    document = {"findings": ({"line": n, "text": "a\nb"} for n in range(3)), "n": 3}
    expected = {"findings": [{"line": n, "text": "a\nb"} for n in range(3)], "n": 3}
    assert json_text(document) == whole(expected)


@given(st.dictionaries(st.text(max_size=8), st.text(max_size=8), max_size=7), st.integers(1, 3))
def test_the_format_cache_is_written_as_the_compact_encoder_writes_it(table, size):
    from blinarefs.format.cache import _object_pieces

    whole = json.dumps(table, ensure_ascii=False, separators=(",", ":"))
    assert "".join(_object_pieces(table, size)) == whole


class _Label(str):
    """A str subclass: the library's encoder is left to write it."""


odd_scalars = (
    scalars
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(alphabet=st.sampled_from('a"\\\n\t\x00\u2028é😀'), max_size=6)
    | st.builds(_Label, st.text(max_size=4))
)
odd_values = st.recursive(
    odd_scalars,
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.lists(inner, max_size=3).map(tuple)
        | st.dictionaries(st.text(max_size=6) | st.integers() | st.booleans(), inner, max_size=4)
    ),
    max_leaves=20,
)


@given(st.lists(odd_values, max_size=5))
def test_every_kind_of_value_is_written_as_the_encoder_writes_it(items):
    """Floats (NaN and the infinities), tuples, escapes, keys that are not strings, a str
    subclass: the fast encoder's text, or the library's where it leaves one to it."""
    assert json_text(items) == whole(items)
    assert json_text({"items": items, "more": items}) == whole({"items": items, "more": items})
