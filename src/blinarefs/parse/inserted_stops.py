"""Where the reader put in the full stop that closes a name list nothing closed.

:func:`.closing.close_names` closes names that nothing closes ("Roe J Title" -> "Roe J.
Title") so the labeller sees the form it was trained on; the doubt judge and the printed
entry must then know that this stop was never printed, to measure fields against the
reference as the author wrote it.
"""

from __future__ import annotations

# How many characters after a full stop put in by :func:`.closing.close_names` must be as printed
_ALIKE = 24


def inserted_stop(printed: str, source: str) -> int | None:
    """Where ``source`` has a full stop that ``printed`` has not, put there by
    :func:`.closing.close_names` after names nothing closed ("Roe J Title" -> "Roe J.
    Title", "Roe J: Title" -> "Roe J. Title"), or None. Not after a year ("Roe J. A.
    2030, Title" -> "... 2030. Title"), which closes the year, not the names."""
    if source == printed:  # most lists close their names: nothing was put in
        return None
    i = next((k for k, (a, b) in enumerate(zip(printed, source, strict=False)) if a != b), None)
    if i is None or i == 0 or source[i] != "." or source[i - 1].isdigit():
        return None
    # the words right after it only: sentences glued further on were put apart too
    # (``glued_years.GLUED_SENTENCE``: F1000's "Title.2030")
    after = source[i + 1 : i + 1 + _ALIKE]
    return i if after in (printed[i : i + _ALIKE], printed[i + 1 : i + 1 + _ALIKE]) else None
