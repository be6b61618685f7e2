"""The date the labeller reads into a neighbouring field: IEEE's meeting date run into its
place, APA's season or month run into the title.

Both are printed inside the reference's imprint or its parentheses, where the labeller has
seen few of them; the words are read back by their form: no place ends in a year, and what
follows the year inside APA's parentheses is the date's.
"""

from __future__ import annotations

from .features import MONTHS
from .labeller import Labelled
from .token_index import labels_in, last_of, where
from .years import YEAR, date_word


def date_closing_place(labelled: list[Labelled]) -> list[Labelled]:
    """IEEE's meeting with no acronym after its name ("in Proc. Int. Conf. Eng., Springfield,
    IL, USA, Mar. 2030, pp. 1-9"): a place of three parts the labeller ran on into the
    date. No place ends in a year, nor in a month before one: the year (when none other is
    read) and the month are the date, the comma before them no longer the place's."""
    end = last_of(labelled, "place")
    relabel: dict[int, str] = {}
    if end > 0 and YEAR.fullmatch(labelled[end].token.text):
        if "year" in labels_in(labelled):
            return labelled
        relabel[end] = "year"
        end -= 1
        end -= end > 0 and labelled[end].token.text == "."  # "Mar. 2030"
    if (
        end > 0
        and labelled[end].label == "place"
        and labelled[end].token.text.lower() in MONTHS
        and (relabel or _year_next(labelled, end + 1))
    ):
        relabel[end] = "date"
        end -= 1
    if not relabel or labelled[end].token.text != ",":
        return labelled
    out = list(labelled)
    out[end] = out[end]._replace(label="other")
    for i, label in relabel.items():
        out[i] = out[i]._replace(label=label)
    return out


def _year_next(labelled: list[Labelled], i: int) -> bool:
    """Whether a year is the next word from ``i`` on (past a month's full stop)."""
    if i < len(labelled) and labelled[i].token.text == ".":
        i += 1
    return i < len(labelled) and bool(YEAR.fullmatch(labelled[i].token.text))


def apa_date_whole(labelled: list[Labelled]) -> list[Labelled]:
    """APA's date in parentheses with a season or a month after the year ("Roe, J. (2030,
    Spring). Title."): the words after the year up to the closing parenthesis, and the
    full stop after it, are the date's, never the title's first words (a season is no
    month: only the year is kept, as :func:`.field_values.printed_date` reads it)."""
    for i in where(labelled, "("):  # (found in C: every other token is passed over)
        if not (
            i < len(labelled) - 3
            and labelled[i].token.text == "("
            and labelled[i + 1].label == "year"
            and labelled[i + 2].token.text == ","
            and date_word(labelled[i + 3].token.text)
        ):
            continue
        start = i + 3
        close = next(
            (
                k
                for k in range(start, min(start + 4, len(labelled)))
                if labelled[k].token.text == ")"
            ),
            None,
        )
        if close is None:
            return labelled
        end = close + 1 + (close + 1 < len(labelled) and labelled[close + 1].token.text == ".")
        if all(x.label != "title" for x in labelled[start:end]):
            return labelled
        return [
            *labelled[:start],
            *(x._replace(label="other") for x in labelled[start:end]),
            *labelled[end:],
        ]
    return labelled
