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
from collections.abc import Iterable, Iterator
from typing import Any

_INDENT = "  "


def _nested(value: Any, level: int) -> str:
    """``value`` encoded as it stands ``level`` deep: a value's own newlines are escaped
    by the encoder, so every newline in its text is the layout's."""
    return json.dumps(value, ensure_ascii=False, indent=2).replace("\n", "\n" + _INDENT * level)


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
