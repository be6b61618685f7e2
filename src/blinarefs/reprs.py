"""Reprs a notebook can show: a dataclass's own repr prints a manuscript's whole text and
every reference, claim and citation in it, tens of thousands of characters for one result.

:func:`brief_repr` keeps the dataclass's ``Name(field=value)`` form (the names are what a
user types next) and leaves out what floods: fields at their default, text past
``TEXT`` characters, items past the first of a sequence longer than ``LONG``. Every value is
still there, as attributes and in ``to_dict()``/``to_csl()``.
"""

from __future__ import annotations

from dataclasses import MISSING, Field, fields
from typing import Any

TEXT = 60  # characters of a text shown
LONG = 3  # items of a sequence shown whole; a longer one shows its first, and how many


def brief_repr(self: Any) -> str:
    """A dataclass's repr without its defaults, long texts and long sequences (assign it
    as the class's ``__repr__``)."""
    shown = [
        f"{f.name}={brief(value)}"
        for f in fields(self)
        if f.repr and not _is_default(f, value := getattr(self, f.name))
    ]
    return f"{type(self).__name__}({', '.join(shown)})"


def _is_default(f: Field[Any], value: object) -> bool:
    if f.default is not MISSING:
        return bool(value == f.default)
    if f.default_factory is not MISSING:
        return bool(value == f.default_factory())
    return False


def brief(value: object) -> str:
    """``repr(value)``, or a long text, bytes or sequence cut short as described above."""
    if isinstance(value, str) and len(value) > TEXT:
        return f"{value[: TEXT - 1]!r}… ({len(value):,} characters)"
    if isinstance(value, bytes) and len(value) > TEXT:
        return f"<{len(value):,} bytes>"
    if isinstance(value, tuple | list) and len(value) > LONG:
        ends = "()" if isinstance(value, tuple) else "[]"
        return f"{ends[0]}{value[0]!r}, … {len(value):,} in all{ends[1]}"
    if isinstance(value, dict) and len(value) > LONG:
        return f"{{… {len(value):,} items}}"
    return repr(value)
