"""A report's title that ends with the period it covers: "Strategic Plan 2030-2035.".

Plans, strategies, surveys and annual reports name the years they cover at their title's
end ("National Strategic Plan 2030–2035", "Annual report and accounts, 2029/30",
"Demographic and Health Survey 2029-30"), and the markup of real lists keeps that period
in the title. The labeller, which reads figures with a dash as pages and a year as a date
wherever they stand, leaves the period, and often the word before it, out of the title:
"Strategic | Plan 2030-2035 | . Place: Publisher, 2031." lost its last words. Where a
book's or a report's imprint or a link follows, not a journal (whose own year, volume and
pages would follow the title's full stop), a span of years printed right before the
title's full stop is the title's, with the few words between it and the title.
"""

from __future__ import annotations

import re

from .features import MONTHS
from .labeller import Labelled, texts_of
from .title_ends import words_after_title
from .token_index import last_of
from .years import YEAR

# a span of years: "2030-2035", "2030–35", "2029/30" (one token or three), "2030 - 2035"
_SPAN = re.compile(rf"(?P<first>{YEAR.pattern})\s?[-–/]\s?(?P<last>{YEAR.pattern}|\d\d)")
# labels a journal's article prints after its title's full stop
_JOURNAL_SIDE = frozenset({"container", "volume", "issue"})


def _covered(text: str) -> bool:
    """``text`` is a span of years, the later after the earlier: not pages "1998-05"."""
    m = _SPAN.fullmatch(text)
    if not m:
        return False
    first, last = int(m["first"]), m["last"]
    later = int(last) if len(last) == 4 else first // 100 * 100 + int(last)
    return 0 < later - first <= 30 or (len(last) == 2 and 0 < later + 100 - first <= 30)


def period_ends_title(labelled: list[Labelled]) -> list[Labelled]:
    """A span of years before the title's full stop, and up to four words between it and
    the title, are the title's, where the labeller read them as no part of it (or as pages,
    or as a year another year follows) and no journal follows."""
    last = last_of(labelled, "title")
    if last < 1 or labelled[last].token.text in ".?!":
        return labelled
    end = words_after_title(labelled, last)
    if end < len(labelled) and labelled[end].token.text == "," and end == last + 1:
        end += 1  # "Annual report, 2029/30."
        if end < len(labelled) and labelled[end].token.text.lower() in MONTHS:
            end += 1  # "Plan, July | 2030 to June 2035."
    stop = _span_end(labelled, end)
    if stop < 0 or any(x.label in _JOURNAL_SIDE for x in labelled[stop:]):
        return labelled
    span = labelled[end:stop]
    dated = any(x.label == "year" for x in labelled[stop:])
    if any(x.label not in ("other", "pages") and not (x.label == "year" and dated) for x in span):
        return labelled
    grown = [x._replace(label="title") for x in labelled[last + 1 : stop]]
    return [*labelled[: last + 1], *grown, *labelled[stop:]]


def _span_end(labelled: list[Labelled], at: int) -> int:
    """Past the span of years at ``at`` (one token, "2030-2035", or three, "2029" "/" "30";
    or months' with their years, "July" | "2030 - June 2035") that the title's full stop
    follows, or the comma before the year of issue ("England, 2029-30, 2030."), or -1."""
    for size in (1, 3):
        stop = at + size
        if stop >= len(labelled) or not _closed(labelled, stop):
            continue
        if _covered("".join(x.token.text for x in labelled[at:stop])):
            return stop
    stop = at + 4
    words = list(texts_of(labelled)[at - 1 : stop])
    if len(words) < 5 or stop >= len(labelled) or not _closed(labelled, stop):
        return -1
    month, first, dash, month2, last = words
    months = month.lower() in MONTHS and month2.lower() in MONTHS and dash in ("-", "–", "to")
    return stop if months and _covered(f"{first}-{last}") else -1


def _closed(labelled: list[Labelled], at: int) -> bool:
    text = labelled[at].token.text
    dated = at + 1 < len(labelled) and labelled[at + 1].label == "year"
    return text == "." or (text == "," and dated)
