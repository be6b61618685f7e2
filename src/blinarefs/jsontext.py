"""JSON files written a piece at a time, in exactly the layout ``json.dumps(value,
ensure_ascii=False, indent=2)`` gives.

The encoder keeps every piece of a whole document until it joins them: for a library of
100,000 items that was several times the size of the text, on top of the items
themselves. Here each item of a list (at the top, or under a key of a top-level object)
is encoded on its own, the items may come from a generator, and the pieces go to the file
(``fsio.atomic_write``) as they are made, so no whole text is ever held.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Iterator
from typing import Any

_INDENT = "  "


def _nested(value: Any, level: int) -> str:
    """``value`` encoded as it stands ``level`` deep: a value's own newlines are escaped
    by the encoder, so every newline in its text is the layout's."""
    out: list[str] = []
    if _encode(value, "\n" + _INDENT * level, out):
        return "".join(out)
    return json.dumps(value, ensure_ascii=False, indent=2).replace("\n", "\n" + _INDENT * level)


def _encode(value: Any, pad: str, out: list[str]) -> bool:
    """``value`` onto ``out`` as ``json.dumps(indent=2)`` lays it out after ``pad`` (a
    newline and the indent it stands at); False, with ``out`` of no use, for what only the
    library's encoder knows (another type, a subclass, a key that is not a string).

    With an indent the library encodes in Python, a generator a token; this does the same
    work several times faster (a manuscript's claims.json of 30,000 citations takes seconds
    there): strings go through the library's own C escaper, numbers through the same repr."""
    kind = type(value)
    if kind is str:
        out.append(_string(value))
    elif kind is dict:
        if not value:
            out.append("{}")
            return True
        inner = pad + _INDENT
        sep = "{" + inner
        for key, item in value.items():
            if type(key) is not str:
                return False
            out.append(sep + _string(key) + ": ")
            if not _encode(item, inner, out):
                return False
            sep = "," + inner
        out.append(pad + "}")
    elif kind is list or kind is tuple:
        if not value:
            out.append("[]")
            return True
        inner = pad + _INDENT
        sep = "[" + inner
        for item in value:
            out.append(sep)
            if not _encode(item, inner, out):
                return False
            sep = "," + inner
        out.append(pad + "]")
    elif kind is int:
        out.append(int.__repr__(value))
    elif kind is float and math.isfinite(value):
        out.append(float.__repr__(value))
    elif value is None or kind is bool:
        out.append(_CONSTANTS[value])
    else:  # NaN and the infinities too: the library's spelling of them is its own
        return False
    return True


_string = json.encoder.encode_basestring  # what json.dumps(ensure_ascii=False) escapes with
_CONSTANTS = {None: "null", True: "true", False: "false"}


def _array(items: Iterable[Any], level: int) -> Iterator[str]:
    pad = _INDENT * (level + 1)
    sep = "[\n"
    for item in items:
        yield sep + pad + _nested(item, level + 1)
        sep = ",\n"
    yield "[]" if sep == "[\n" else "\n" + _INDENT * level + "]"


def json_pieces(value: dict[str, Any] | list[Any] | Iterable[Any]) -> Iterator[str]:
    """The file's text in pieces, newline-terminated. Lists (or other non-mapping
    iterables, at the top or under a top-level key) are written item by item."""
    if isinstance(value, dict):
        if not value:
            yield "{}\n"
            return
        sep = "{\n"
        for key, item in value.items():
            yield sep + _INDENT + json.dumps(str(key), ensure_ascii=False) + ": "
            if _is_array(item):
                yield from _array(item, 1)
            else:
                yield _nested(item, 1)
            sep = ",\n"
        yield "\n}\n"
        return
    yield from _array(value, 0)
    yield "\n"


def _is_array(value: Any) -> bool:
    return isinstance(value, list | tuple) or (
        isinstance(value, Iterable) and not isinstance(value, str | bytes | dict)
    )
