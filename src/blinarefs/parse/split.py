"""Cut a reference list, or the end of a whole manuscript, into numbered items.

Only this module knows about layout: numbered lines ("1. ", "[1] ", "1) ", "(1) ", "1] ",
"1 "), references
wrapped over several lines, and lists scraped from a web page one token a line ("Smith",
"R", ","...). It finds where the list starts and ends, rebuilds each item as one line of
text (:mod:`.joiner`), and keeps the item's number and first line so that every message
can point at the source; which lines can open an item is :mod:`.item_starts`'s call, and
which of those are the items :mod:`.numbering`'s; a list without numbers is
:mod:`.unnumbered`'s.
"""

from __future__ import annotations

import re

from ..textlines import lines_with_ends
from .folds import fold_numbers
from .headings import list_headings
from .item_starts import item_starts
from .joiner import join_tokens
from .list_end import after_list, list_end
from .numbering import longest_run, numbering_notes
from .run_on_lists import run_on
from .running_heads import blank_furniture
from .section import RawItem, ReferenceSection
from .spacing import single_spaced
from .sublabels import first_parts, item_spans, sub_starts
from .unnumbered import (
    reference_like,
    text_after,
    trailing_list,
    unnumbered_list,
    whole_reference,
)

# A mark a copy left after the number ("3." / ". McIntyre MJ..."): no reference opens so.
_STRAY_MARK = re.compile(r"\A[.,;:]+\s*(?=\w)")


def find_reference_section(text: str) -> ReferenceSection | None:
    """The numbered list at the end of ``text`` (or the whole of it), or None if there is none.

    A list is a run of lines opening items 1, 2, 3... in order. When several runs start with
    "1" (a numbered list in the body, say), the longest wins, and among equals the last, since
    reference lists close a manuscript. A "References" heading, if present, bounds the search:
    the last one whose list reads as references, since a table printed after the list may
    head a column "References" over rows numbered 1, 2, 3 (tried back over a few headings).
    """
    raw = blank_furniture(lines_with_ends(text))  # running heads of a PDF's pages
    spacing = single_spaced(raw) or run_on(raw)
    found = _find(fold_numbers(spacing.lines if spacing else raw))
    return spacing.renumbered(found) if spacing and found else found


def _find(lines: list[str]) -> ReferenceSection | None:
    """``find_reference_section`` in ``lines`` (each with its line ending, numbers folded)."""
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line))
    headings = list_headings(lines)
    found = _section(lines, offsets, headings[-1] if headings else None)
    if found is None and not headings:
        found = trailing_list(lines, offsets)
    if found is None or not _reads_as_references(found):
        tried = []
        for heading in reversed(headings[-_HEADINGS_TRIED:-1]):
            earlier = _section(lines, offsets, heading)
            if earlier is not None and _reads_as_references(earlier):
                return earlier
            tried += [earlier] if earlier is not None else []
        # none reads as references (a list whose copy printed its parts with full stops
        # only, "J Chromatogr A. 1970. 50. 458"): a list opens at 1, and a table's column
        # under a "References" heading that cites "[50]", "[51]", "[52]" is no list
        if found is not None and found.items and found.items[0].number != 1:
            return next((e for e in tried if e.items and e.items[0].number == 1), found)
    return found


_HEADINGS_TRIED = 8  # linear: each try reads the text from its heading on


def _reads_as_references(section: ReferenceSection) -> bool:
    """Whether half the items or more look like references (a year, and a volume and page,
    a DOI, pages or a publisher), as a table's rows do not."""
    needed = (len(section.items) + 1) // 2
    looks = 0
    for it in section.items:  # counted until half do: a long list is not read to its end
        if looks >= needed:
            break
        looks += len(it.text) < 1200 and reference_like(it.text)
    return looks >= needed


_YEARS_FROM = 1000


def _years(run: list[int], starts: dict[int, tuple[int, str]]) -> bool:
    """A run from 1000 on that skips numbers ("(2000)" ... "(2009)"): years opening the
    wrapped lines of an author-year list, not a list numbered from 1990 (which counts up
    one by one)."""
    numbers = [starts[i][0] for i in run]
    return numbers[0] >= _YEARS_FROM and numbers != list(range(numbers[0], numbers[-1] + 1))


def _section(lines: list[str], offsets: list[int], heading: int | None) -> ReferenceSection | None:
    """The list after line ``heading`` (or anywhere, without one)."""
    first = heading + 1 if heading is not None else 0
    subs = sub_starts(lines, first)  # a list that sub-labels its references' works: "1a."
    starts = {**item_starts(lines, first), **first_parts(subs)}
    best = longest_run(starts, lines)
    if best and _years(best, starts):
        best = []  # years opening wrapped lines of an author-year list ("(2000) Social ...")
    if len(best) < 2:  # none, or one number that may be a year opening a line ("2018 ...")
        unnumbered = unnumbered_list(lines, offsets, heading)
        if not best or unnumbered is not None:
            return unnumbered
    elif heading is not None and _listed_before(lines, first, best[0]):
        unnumbered = unnumbered_list(lines, offsets, heading)
        if unnumbered is not None and unnumbered.items[-1].end_line <= best[0]:
            return unnumbered
    best = _before_floats(lines, best, starts)
    items = []
    notes = numbering_notes([starts[i][0] for i in best], [i + 1 for i in best])
    end = len(lines)
    for k, start in enumerate(best):
        number, first_text = starts[start]
        end = best[k + 1] if k + 1 < len(best) else list_end(lines, start, number, notes)
        for at, upto, opening, label in item_spans(subs, number, start, end, first_text):
            item = _item(lines, at, upto, number, opening, label)
            if item.text or not label:  # (a part's label alone on a line holds no item)
                items.append(item)
    start_line = heading if heading is not None else best[0]
    return ReferenceSection(
        tuple(items), offsets[start_line], start_line + 1, tuple(notes),
        after=text_after(lines, offsets, end),
    )  # fmt: skip


def _before_floats(
    lines: list[str], run: list[int], starts: dict[int, tuple[int, str]]
) -> list[int]:
    """The run of item lines up to a legend's or a table's first line between two of them
    ("Figure 1", "Table 1"), when the items after it do not read as references: a table
    printed after the list numbers its rows, or cites in a column of its own ("[26]"
    alone on a line after reference 25), and those are no items of the list."""
    for k in range(len(run) - 1):
        cut = after_list(lines, run[k] + 1, lines[run[k]].strip(), stop=run[k + 1], floats=True)
        if cut is None:
            continue
        rest = run[k + 1 :]
        ends = [*rest[1:], min(len(lines), rest[-1] + _ITEM_LINES)]
        texts = [
            join_tokens([starts[a][1], *lines[a + 1 : min(b, a + _ITEM_LINES)]])
            for a, b in zip(rest, ends, strict=True)
        ]
        looks = sum(1 for t in texts if len(t) < 1200 and reference_like(t))
        if looks < (len(texts) + 1) // 2:
            return run[: k + 1]
    return run


_ITEM_LINES = 40  # lines of an item read to judge it (a reference one token a line: ~40)


def _listed_before(lines: list[str], first: int, numbered: int) -> bool:
    """Whether the lines between a "References" heading and the first numbered line are a
    list without numbers: three or more lines that are each a whole reference and read like
    one. The numbered lines after it are then something else printed after the list (a
    table's numbered rows, a questionnaire in an appendix), which a numbered list's heading
    does not stand over."""
    whole = (
        line for line in lines[first:numbered] if whole_reference(line) and reference_like(line)
    )
    return sum(1 for _ in whole) >= _LISTED_BEFORE


_LISTED_BEFORE = 3


def _item(lines: list[str], start: int, end: int, number: int, first: str, label: str) -> RawItem:
    """Lines ``start`` to ``end`` (``first``: the text after the number) as one item."""
    pieces = [first, *lines[start + 1 : end]]
    last = end
    while last > start + 1 and not lines[last - 1].strip():
        last -= 1
    pieces = [p for p in pieces[: last - start] if p.strip()]
    text = _STRAY_MARK.sub("", join_tokens(pieces))
    return RawItem(number, text, start + 1, last, tuple(pieces), label)
