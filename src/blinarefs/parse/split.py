"""Cut a reference list, or the end of a whole manuscript, into numbered items.

Only this module knows about layout: numbered lines ("1. ", "[1] ", "1) ", "(1) ", "1] ",
"1 "), references
wrapped over several lines, and lists scraped from a web page one token a line ("Smith",
"R", ","...). It finds where the list starts and ends, rebuilds each item as one line of
text (:mod:`.joiner`), and keeps the item's number and first line so that every message
can point at the source; which lines can open an item is :mod:`.item_starts`'s call, and
which of those are the items :mod:`.numbering`'s.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..textlines import lines_with_ends
from .addresses import addresses_joined, second_address
from .folds import fold_numbers
from .headings import list_headings
from .item_starts import item_starts
from .joiner import join_tokens
from .list_end import ENDS_REFERENCE, after_list, left_out, list_end, manuscript_after
from .numbering import PARTICLE, longest_run, numbering_notes
from .running_heads import blank_furniture, ends_with_link_labels
from .spacing import is_pieces, single_spaced
from .sublabels import first_parts, item_spans, sub_starts

# The note on a list printed without numbers: a fault in a numbered style only (an
# author-year manuscript's list has none by design; check leaves the note out there)
NO_NUMBERS = "the reference list has no numbers"


@dataclass(frozen=True, slots=True)
class RawItem:
    number: int
    text: str  # the item rebuilt as one line
    line: int  # 1-based line of the source where the item starts
    end_line: int  # 1-based line where it ends
    pieces: tuple[str, ...] = ()  # the source lines it was rebuilt from
    label: str = ""  # "1a": a part of reference 1, in a list that sub-labels (sublabels.py)


@dataclass(frozen=True, slots=True)
class ReferenceSection:
    items: tuple[RawItem, ...]
    start: int  # character offset where the reference list (or its heading) starts
    start_line: int  # 1-based
    notes: tuple[str, ...] = ()  # what was noticed about the list: text cut off after it
    numbered: bool = True  # False: the items were numbered in order by the reader
    # the manuscript's own text cut off after the list (figure legends, tables, notes; page
    # furniture left out), as character offsets: still part of the manuscript, not the list
    after: tuple[int, int] | None = None


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
    spacing = single_spaced(raw)
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
        found = _trailing_list(lines, offsets)
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
        looks += len(it.text) < 1200 and bool(_REFERENCE_LIKE.search(it.text))
    return looks >= needed


# a reference closed by its volume and pages with no full stop, as Springer's author-year
# lists print it ("J Theor Biol 81:65–73", "Front Behav Neurosci 7:185")
_ENDS_PAGES = re.compile(r"\b\d+(?:\(\w+\))?:\s?[A-Za-z]?\d+(?:[–-][A-Za-z]?\d+)?$")
_YEAR_ENDS = re.compile(r"\b(?:1[89]|20)\d{2}[a-z]?\.\s*$")
_YEARS_FROM = 1000
# A web page's date of access closing its line ("URL https://… (accessed 9.19.23).", "[Last
# accessed: 4/14/2023]."): the last thing of a reference in the styles that print it so
_ACCESSED_ENDS = re.compile(
    r"(?:\(\s*(?:last\s+)?accessed\b[^()\n]{0,40}\)"
    r"|\[\s*(?:last\s+)?accessed\b[^\[\]\n]{0,40}\])\.?\s*$",
    re.IGNORECASE,
)


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
        unnumbered = _unnumbered(lines, offsets, heading)
        if not best or unnumbered is not None:
            return unnumbered
    elif heading is not None and _listed_before(lines, first, best[0]):
        unnumbered = _unnumbered(lines, offsets, heading)
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
        after=_after(lines, offsets, end),
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
        looks = sum(1 for t in texts if len(t) < 1200 and _REFERENCE_LIKE.search(t))
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
        line
        for line in lines[first:numbered]
        if _whole_reference(line) and _REFERENCE_LIKE.search(line)
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


def _after(lines: list[str], offsets: list[int], end: int) -> tuple[int, int] | None:
    """The span of the manuscript's text from line ``end`` (where the list was cut off) to
    any page furniture, or None when there is none."""
    stop = manuscript_after(lines, end)
    return (offsets[end], offsets[stop]) if stop > end else None


# What nearly every reference holds: a year, and a volume/page, a DOI or a publisher's mark.
# A year may carry the letter that tells an author's works of one year apart ("2020a").
_REFERENCE_LIKE = re.compile(
    r"\b(?:1[89]|20)\d{2}[a-z]?\b.*(?:\d+\s*[:(,]\s*\d|\bdoi\b|\bpp?\.|[A-Z][a-z]+:\s|https?://)"
    r"|(?:\d+\s*[:(,]\s*\d|\bdoi\b|\bpp?\.|https?://).*\b(?:1[89]|20)\d{2}[a-z]?\b",
    re.IGNORECASE,
)


# A line that is a whole reference: a year in it, and the end of a reference at its end.
_YEAR_IN = re.compile(r"\b(?:1[89]|20)\d{2}[a-z]?\b")
_ENDS_WITH_NUMBER = re.compile(r"\d\s*$")


def _whole_reference(line: str) -> bool:
    return bool(
        _YEAR_IN.search(line) and (ENDS_REFERENCE.search(line) or _ENDS_WITH_NUMBER.search(line))
    )


# How a reference opens with its first author: "Roe, J.", "Roe JA,", "van der Roe, J",
# "Roe-Poe, A.", "Roe J:" (a body sentence opens with a word and goes on with another).
# Bounded (a particle, a surname) so that it is linear wherever it is tried.
_AUTHOR_OPENS = re.compile(r"(?:[a-z]{1,4}\s){0,2}[A-Z][\w'’-]{0,30}(?:,\s|\s[A-Z]{1,3}[,.:])")
# A journal's line opening as a name would, its year next ("Biochem J. 2011;"): no author's
_JOURNAL_YEAR = re.compile(r"[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)*\.?[,;]?\s+(?:1[89]|20)\d\d\b")


def _trailing_list(lines: list[str], offsets: list[int]) -> ReferenceSection | None:
    """A list without numbers and without a heading closing the text, one reference a line
    (a reference manager's bibliography inserted with no heading, saved as text a paragraph
    a line): the last lines, at least two, each a whole reference that reads like one and
    opens with an author's name, after the body's last line. Only where no heading and no
    numbered list were found."""
    end = len(lines)
    while end and not lines[end - 1].strip():
        end -= 1
    first = end
    while first and (not lines[first - 1].strip() or _listed(lines[first - 1])):
        first -= 1
    while first < end and not lines[first].strip():
        first += 1
    if not first or sum(1 for line in lines[first:end] if line.strip()) < 2:
        return None
    found = _unnumbered(lines, offsets, first - 1)
    if found is None:
        return None
    return replace(found, start=offsets[first], start_line=first + 1)


def _listed(line: str) -> bool:
    """A line that is a whole reference, reads like one and opens with its first author: a
    closing paragraph with a year and numbers in it opens with another word."""
    opens = _AUTHOR_OPENS.match(line.lstrip())
    return bool(opens and _whole_reference(line) and _REFERENCE_LIKE.search(line))


def _text(lines: list[str], group: list[int]) -> str:
    return join_tokens([lines[i] for i in group])


def _whole_so_far(lines: list[str], group: list[int]) -> bool:
    """Whether an item being read ends as a whole reference does: with its date of access
    (``_ACCESSED_ENDS``), with its year and a full stop (a report's "Nowhere: Invented
    Health; 2008." holds no other number; an author-year item's "Roe J, Doe P (2007)" opens
    it), or with a year and a volume's numbers, pages or a DOI (``_REFERENCE_LIKE``, which
    meets items under 1,200 characters only: a longer one is taken to). An author-year
    item's title ends after its year, but before its journal's numbers."""
    last = lines[group[-1]]
    if _YEAR_ENDS.search(last) or _ACCESSED_ENDS.search(last):
        return True
    if sum(len(lines[i]) for i in group) >= 1200:
        return True
    return bool(_REFERENCE_LIKE.search(_text(lines, group)))


def _ends_reference(line: str) -> bool:
    """A line a reference ends with: its closing mark or identifier, its pages, or the link
    labels a PDF prints after it on the same line."""
    return bool(
        ENDS_REFERENCE.search(line) or _ENDS_PAGES.search(line) or ends_with_link_labels(line)
    )


def _groups(
    lines: list[str], first: int, end: int, a_line: bool, by_blank: bool, headed: bool = False
) -> list[list[int]] | None:
    """The lines of each item of a list without numbers: each line (``a_line``), or lines
    after a blank line, and (unless ``by_blank``) from a capital or a particle after a line
    that ends a reference: under a heading (``headed``), only where an author's name opens
    the line or the item read so far is whole. None when an item grows past any
    reference's length."""
    groups: list[list[int]] = []
    blank_before = True
    for i in range(first, end):
        s = lines[i].strip()
        if not s:
            blank_before = True
            continue
        prev = lines[groups[-1][-1]].strip() if groups else ""
        opens = s[0].isupper() or s[0] in "([" or bool(PARTICLE.match(s))
        ends = not by_blank and _ends_reference(prev) and opens
        # a title's full stop before the journal's line ("... in mosquitoes." / "J Invented
        # Ecol. 2002;28:1-9."): the item read so far is not whole yet, and the
        # line opens with no author's name ("Biochem J. 2011;" is a journal's, its year next)
        ends = ends and (
            not headed  # (without a heading, every item must read as a reference alone)
            or (_AUTHOR_OPENS.match(s) and not _JOURNAL_YEAR.match(s))
            or _whole_so_far(lines, groups[-1])
        )
        # (by blank lines: before what opens a reference, not a mark after the blank a
        # folded number left, "Pt" / "1)" / "" / ":"); a web address alone on its line
        # after an item that ends with one is that item's second (EndNote prints each of a
        # record's URLs as a paragraph of its own)
        address = second_address(s, prev)
        if not address and (
            a_line or (blank_before and (opens or not by_blank)) or not groups or ends
        ):
            groups.append([])
        groups[-1].append(i)
        if len(groups[-1]) > 400:  # no reference is that long, even one token a line
            return None
        blank_before = False
    return addresses_joined(lines, groups)


def _unnumbered(
    lines: list[str], offsets: list[int], heading: int | None
) -> ReferenceSection | None:
    """A list without numbers (never numbered, or a word processor dropped them in the
    copy): the lines after a "References" heading, or the whole text when every item looks
    like a reference. When nearly every line is a whole reference (a year in it, and the
    end of a reference at its end), each line is an item; otherwise an item starts after a
    blank line, or on a line that opens with a capital or a particle ("van Dongen S") after
    a line that ends a reference. Items are numbered in order."""
    first = heading + 1 if heading is not None else 0
    notes: list[str] = []
    cut = after_list(lines, first, "")
    end = len(lines) if cut is None else cut
    filled = [i for i in range(first, end) if lines[i].strip()]
    whole = sum(1 for i in filled if _whole_reference(lines[i]))
    a_line = len(filled) > 1 and whole >= 0.8 * len(filled)
    groups = _groups(lines, first, end, a_line, by_blank=False, headed=heading is not None)
    if is_pieces(lines[first:end]):
        # one piece a line, blank lines where references meet tell them apart, where a
        # name's initials end like a reference before a title's capital ("Roe J, Doe A.")
        blank = _groups(lines, first, end, a_line, by_blank=True)
        like = sum(1 for g in blank or () if _REFERENCE_LIKE.search(_text(lines, g)))
        if blank and len(blank) > 1 and like >= 0.8 * len(blank):
            groups = blank
    if groups is None:
        return None
    texts = [_text(lines, g) for g in groups]
    looks = sum(1 for t in texts if len(t) < 1200 and _REFERENCE_LIKE.search(t))
    if a_line and heading is not None:  # "Cell 150, no. 1 (2012): 12-27." is not "like" one
        looks = max(looks, whole)
    # after a "References" heading, most items look like references (books and reports
    # often do not to this test); without one, all must
    if len(texts) < 2 or looks < 0.6 * len(texts) or (heading is None and looks < len(texts)):
        return None
    items = tuple(
        RawItem(k, text, g[0] + 1, g[-1] + 1, tuple(lines[i] for i in g))
        for k, (g, text) in enumerate(zip(groups, texts, strict=True), 1)
    )
    notes.append(
        f"line {groups[0][0] + 1}: {NO_NUMBERS}; its {len(items)} references were numbered in order"
    )
    if end < len(lines):
        notes.append(left_out(lines, end, len(items)))
    start_line = heading if heading is not None else groups[0][0]
    return ReferenceSection(
        items, offsets[start_line], start_line + 1, tuple(notes), False, _after(lines, offsets, end)
    )
