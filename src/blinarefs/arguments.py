"""Checks of what a notebook hands the library's functions, so that a wrong argument is one
line naming the call and what to give, where Python would fail deep inside with no word of
it. Kept out of the error hierarchy (``errors.py``) and the model: they look at files."""

from __future__ import annotations

import os
from collections.abc import Iterable

from .errors import UsageError
from .model import Reference


def text_argument(value: object, call: str, reader: str = "") -> str:
    """``value``, when it is text: the library's functions that read text take the text, and
    a notebook hands them a path or bytes as often as not. Anything else is a usage error
    that says what to give, where Python would fail deep inside with no word of the call.
    ``reader`` names the function that takes the file instead, where there is one. A
    one-line text that names an existing file is its name ("refs.txt"), not its text."""
    if isinstance(value, str) and ("\n" in value or not _names_a_file(value)):
        return value
    if isinstance(value, str | os.PathLike):
        raise UsageError(
            f"{call}() takes the text, not the path {str(value)!r}",
            hint=f"give Path({str(value)!r}).read_text(encoding='utf-8')"
            + (f", or call {reader}({str(value)!r})" if reader else ""),
        )
    if isinstance(value, bytes | bytearray):
        raise UsageError(f"{call}() takes text, not bytes", hint="decode them first")
    raise UsageError(f"{call}() takes text (a str), not {type(value).__name__}")


def _names_a_file(text: str) -> bool:
    return 0 < len(text) < 1024 and os.path.isfile(text.strip())


def trace_argument(value: object, call: str) -> None:
    """A usage error unless ``value`` is a Trace: a notebook hands over the manuscript's
    path, or the (inputs, trace) pair ``trace_file`` returns, as often as not."""
    from .trace.manuscript import Trace

    if not isinstance(value, Trace):
        raise UsageError(
            f"{call}() takes a Trace, not {type(value).__name__}",
            hint="give trace_file(path)[1], or trace_manuscript(text)",
        )


def references_argument(refs: Iterable[Reference], call: str) -> list[Reference]:
    """``refs`` as a list, when they are references: a notebook hands over a ParsedList or a
    list of keys as often as not, which would fail deep inside with no word of the call."""

    def wrong(what: object) -> UsageError:
        return UsageError(
            f"{call}() takes references (a Store, or the .references of a store or parsed "
            f"list), not {type(what).__name__}"
        )

    try:
        out = list(refs)
    except TypeError:
        raise wrong(refs) from None
    bad = next((r for r in out if not isinstance(r, Reference)), None)
    if bad is not None:
        raise wrong(bad)
    return out
