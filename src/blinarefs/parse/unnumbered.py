"""Lists printed without numbers: where each item starts, and whether the text is one.

A list that was never numbered (an author-year style) or whose numbers a word processor
dropped in the copy gives its items by layout alone: a reference a line, items after blank
lines, or a new item where a line that ends a reference meets one that opens with a name.
:mod:`.split` tries a numbered list first and comes here when there is none.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .addresses import addresses_joined, second_address
from .joiner import join_tokens
from .list_end import ENDS_REFERENCE, after_list, left_out, manuscript_after
from .numbering import PARTICLE
from .running_heads import ends_with_link_labels
from .section import NO_NUMBERS, RawItem, ReferenceSection
from .spacing import is_pieces

# a reference closed by its volume and pages with no full stop, as Springer's author-year
# lists print it ("J Theor Biol 81:65–73", "Front Behav Neurosci 7:185")
_ENDS_PAGES = re.compile(r"\b\d+(?:\(\w+\))?:\s?[A-Za-z]?\d+(?:[–-][A-Za-z]?\d+)?$")
_YEAR_ENDS = re.compile(r"\b(?:1[89]|20)\d{2}[a-z]?\.\s*$")
# A web page's date of access closing its line ("URL https://… (accessed 9.19.23).", "[Last
# accessed: 4/14/2023]."): the last thing of a reference in the styles that print it so
_ACCESSED_ENDS = re.compile(
    r"(?:\(\s*(?:last\s+)?accessed\b[^()\n]{0,40}\)"
    r"|\[\s*(?:last\s+)?accessed\b[^\[\]\n]{0,40}\])\.?\s*$",
    re.IGNORECASE,
)


def text_after(lines: list[str], offsets: list[int], end: int) -> tuple[int, int] | None:
    """The span of the manuscript's text from line ``end`` (where the list was cut off) to
    any page furniture, or None when there is none."""
    stop = manuscript_after(lines, end)
    return (offsets[end], offsets[stop]) if stop > end else None


# What nearly every reference holds: a year, and a volume/page, a DOI or a publisher's mark.
# A year may carry the letter that tells an author's works of one year apart ("2020a").
# The two orders are two patterns (``reference_like``): one pattern with both tried each
# at every character, as a search over a long list's every item took nearly twice as long.
_YEAR_THEN_MARK = re.compile(
    r"\b(?:1[89]|20)\d{2}[a-z]?\b.*(?:\d+\s*[:(,]\s*\d|\bdoi\b|\bpp?\.|[A-Z][a-z]+:\s|https?://)",
    re.IGNORECASE,
)
_MARK_THEN_YEAR = re.compile(
    r"(?:\d+\s*[:(,]\s*\d|\bdoi\b|\bpp?\.|https?://).*\b(?:1[89]|20)\d{2}[a-z]?\b", re.IGNORECASE
)


def reference_like(text: str) -> bool:
    """Whether ``text`` holds a year, and a volume and page, a DOI, pages, a publisher's
    colon or a link before or after it: what nearly every reference holds."""
    return bool(_YEAR_THEN_MARK.search(text) or _MARK_THEN_YEAR.search(text))


# A line that is a whole reference: a year in it, and the end of a reference at its end.
_YEAR_IN = re.compile(r"\b(?:1[89]|20)\d{2}[a-z]?\b")
_ENDS_WITH_NUMBER = re.compile(r"\d\s*$")


def whole_reference(line: str) -> bool:
    return bool(
        _YEAR_IN.search(line) and (ENDS_REFERENCE.search(line) or _ENDS_WITH_NUMBER.search(line))
    )


# How a reference opens with its first author: "Roe, J.", "Roe JA,", "van der Roe, J",
# "Roe-Poe, A.", "Roe J:" (a body sentence opens with a word and goes on with another).
# Bounded (a particle, a surname) so that it is linear wherever it is tried.
_AUTHOR_OPENS = re.compile(r"(?:[a-z]{1,4}\s){0,2}[A-Z][\w'’-]{0,30}(?:,\s|\s[A-Z]{1,3}[,.:])")
# A journal's line opening as a name would, its year next ("Biochem J. 2011;"): no author's
_JOURNAL_YEAR = re.compile(r"[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)*\.?[,;]?\s+(?:1[89]|20)\d\d\b")


def trailing_list(lines: list[str], offsets: list[int]) -> ReferenceSection | None:
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
    found = unnumbered_list(lines, offsets, first - 1)
    if found is None:
        return None
    return replace(found, start=offsets[first], start_line=first + 1)


# A bullet a word processor or a web page prints before each item of a list without numbers
_BULLET = re.compile(r"^\s*[•◦▪▫●○‣∙·*–—-][ \t]+(?=\S)")


def _unbulleted(line: str) -> str:
    return _BULLET.sub("", line, count=1)


def _listed(line: str) -> bool:
    """A line that is a whole reference, reads like one and opens with its first author: a
    closing paragraph with a year and numbers in it opens with another word."""
    line = _unbulleted(line)
    opens = _AUTHOR_OPENS.match(line.lstrip())
    return bool(opens and whole_reference(line) and reference_like(line))


def _text(lines: list[str], group: list[int]) -> str:
    """The item's text, without the bullet before it ("• Roe J. Title...")."""
    return join_tokens([_unbulleted(lines[group[0]]), *(lines[i] for i in group[1:])])


def _whole_so_far(lines: list[str], group: list[int]) -> bool:
    """Whether an item being read ends as a whole reference does: with its date of access
    (``_ACCESSED_ENDS``), with its year and a full stop (a report's "Nowhere: Invented
    Health; 2008." holds no other number; an author-year item's "Roe J, Doe P (2007)" opens
    it), or with a year and a volume's numbers, pages or a DOI (``reference_like``, which
    meets items under 1,200 characters only: a longer one is taken to). An author-year
    item's title ends after its year, but before its journal's numbers."""
    last = lines[group[-1]]
    if _YEAR_ENDS.search(last) or _ACCESSED_ENDS.search(last):
        return True
    if sum(len(lines[i]) for i in group) >= 1200:
        return True
    return reference_like(_text(lines, group))


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
        s = _unbulleted(lines[i]).strip()
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


def unnumbered_list(
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
    whole = sum(1 for i in filled if whole_reference(lines[i]))
    a_line = len(filled) > 1 and whole >= 0.8 * len(filled)
    groups = _groups(lines, first, end, a_line, by_blank=False, headed=heading is not None)
    if is_pieces(lines[first:end]):
        # one piece a line, blank lines where references meet tell them apart, where a
        # name's initials end like a reference before a title's capital ("Roe J, Doe A.")
        blank = _groups(lines, first, end, a_line, by_blank=True)
        like = sum(1 for g in blank or () if reference_like(_text(lines, g)))
        if blank and len(blank) > 1 and like >= 0.8 * len(blank):
            groups = blank
    if groups is None:
        return None
    texts = [_text(lines, g) for g in groups]
    looks = sum(1 for t in texts if len(t) < 1200 and reference_like(t))
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
        items,
        offsets[start_line],
        start_line + 1,
        tuple(notes),
        False,
        text_after(lines, offsets, end),
    )
