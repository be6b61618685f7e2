"""A date of access in brackets printed after the year, as ISO 690 prints it in author-year
lists: "Roe, A.A., 2030 [viewed 3 May 2031]. Title. Journal [online], vol. 3, ..." and its
Portuguese and Spanish twins "2030 [citado 2031 mai 3]", "2030 [consultado 3 mayo 2031]".

The labeller, which learnt such brackets at a list's end (after the address), reads one
after the year as the title's opening words: the title came out "[viewed 3 May 2031].
Title". :func:`.years.access_date` gives the date's words back to no field, but not the
brackets nor the full stop after them, which then open the title. The whole bracket, and
the full stop that closes it, are no field.
"""

from __future__ import annotations

from .features import MONTHS
from .labeller import Labelled
from .token_index import labels_in
from .years import ACCESS_FILLER, ACCESSED, YEAR

# The most tokens between a bracket and its close: a cue, "em", a day, a month, a year, ","
_LONGEST = 8


def access_bracket_out(labelled: list[Labelled], source: str) -> list[Labelled]:
    """ "[viewed 3 May 2031]", "[citado 2031 mai 3]": a bracket opening with a word of access
    and holding only a date, wherever the labeller put it, labelled no field (looked for
    only where the reference's text ``source`` holds a bracket)."""
    if "[" not in source:
        return labelled
    out = list(labelled)
    for i, x in enumerate(labelled[:-2]):
        if x.token.text != "[" or labelled[i + 1].token.text.lower() not in ACCESSED:
            continue
        close = next(
            (
                k
                for k in range(i + 2, min(i + 2 + _LONGEST, len(labelled)))
                if _text(labelled, k) == "]"
            ),
            None,
        )
        if close is None or not all(_date_word(_text(labelled, k)) for k in range(i + 2, close)):
            continue
        end = close + (close + 1 < len(labelled) and _text(labelled, close + 1) == ".")
        out[i : end + 1] = [y._replace(label="other") for y in labelled[i : end + 1]]
        if i and YEAR.fullmatch(_text(labelled, i - 1)) and "year" not in labels_in(out):
            # Vancouver's "Place: Publisher; 2030 [cited 2031 May 3]": the year before it
            out[i - 1] = out[i - 1]._replace(label="year")
    return out


def _text(labelled: list[Labelled], i: int) -> str:
    return labelled[i].token.text


def _date_word(word: str) -> bool:
    """A word of a date: a number, a month (abbreviated or not), or the marks and small
    words dates are printed with ("em", "de", ",")."""
    low = word.lower()
    return word.isdigit() or low.rstrip(".") in MONTHS or low in ACCESS_FILLER
