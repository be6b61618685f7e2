"""Renumbering a manuscript's references in order of first citation: the plan, not the I/O.

Numbered styles (Vancouver, AMA, Blood) number references in the order the text first
cites them; a reference added late in revision breaks that. :func:`plan_renumbering` takes
a traced manuscript and returns the old -> new mapping and the text edits that apply it:
each numbered marker rewritten (its numbers re-sorted and ranges re-compressed in the
manuscript's own style, so "[3,1,2]" becomes "[1-3]"), and the printed reference list
reordered with its numbers. The edits are spans of the traced text, so the same plan
serves plain text (:func:`apply_edits`) and a Word file (edited run by run).

Keyed citations (Pandoc ``[@key]``, LaTeX ``\\cite``, author-year) carry no numbers: the
processor numbers them at output time, so they are left alone and counted.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from ..errors import BlinarefsError
from ..findings import quoted
from ..parse import ReferenceSection
from ..textlines import lines_with_ends
from ..trace.candidates import DASHES, NUMBERED
from ..trace.decode import Citation, number_by_first_citation
from ..trace.manuscript import Trace

_SUP_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_TO_ASCII = str.maketrans({**{c: str(i) for i, c in enumerate(_SUP_DIGITS)}, "⁻": "-", "˒": ","})
_TO_SUP = str.maketrans({**{str(i): c for i, c in enumerate(_SUP_DIGITS)}, "-": "⁻"})
# The numbers inside a marker, separators and range dashes included ("3, 1-2").
_GROUP = re.compile(rf"\d+(?:\s*(?:[{DASHES}]|[,;])\s*\d+)*")
# A dash or separator with the spaces around it; spaces are taken from the start of their
# run only, so a search is linear on a long run of them.
_DASH = re.compile(rf"(?:(?<!\s)\s+)?[{DASHES}]\s*")
_SEPARATOR = re.compile(r"(?:(?<!\s)\s+)?[,;]\s*")
# The number opening a printed reference: "1. ", "[1] ", "1) ", "1 " (match()ed at an item).
_ITEM_NUMBER = re.compile(r"\A(\s*\[?)(\d+)")


@dataclass(frozen=True, slots=True)
class Edit:
    """Replace ``text[start:end]`` (which reads ``old``) by ``new``."""

    start: int
    end: int
    old: str
    new: str


@dataclass(frozen=True, slots=True)
class RangeStyle:
    """How the manuscript writes a group of numbers: "1-3" or "1–3", "1,2" or "1, 2", and
    whether runs of three or more are written as ranges at all."""

    dash: str = "-"
    separator: str = ","
    compress: bool = True

    def write(self, numbers: Iterable[int]) -> str:
        ordered = sorted(set(numbers))
        parts: list[str] = []
        i = 0
        while i < len(ordered):
            j = i
            while j + 1 < len(ordered) and ordered[j + 1] == ordered[j] + 1:
                j += 1
            if self.compress and j - i >= 2:
                parts.append(f"{ordered[i]}{self.dash}{ordered[j]}")
            else:
                parts.extend(str(n) for n in ordered[i : j + 1])
            i = j + 1
        return self.separator.join(parts)


@dataclass(frozen=True, slots=True)
class ListItem:
    """A printed reference: its old and new number, its lines (``start``, ``end``, newline
    included) and where its typed number is (None when the number is not typed)."""

    number: int
    new: int
    start: int
    end: int
    number_span: tuple[int, int] | None


@dataclass(frozen=True)
class Renumbering:
    mapping: dict[int, int]  # printed number -> new number, every listed reference
    edits: tuple[Edit, ...]  # the markers to rewrite, in text order
    items: tuple[ListItem, ...]  # the printed list, in its present order
    markers: int  # numbered markers found
    keyed: int  # keyed citations left to their processor

    @property
    def changed(self) -> dict[int, int]:
        return {old: new for old, new in self.mapping.items() if old != new}

    @property
    def list_reordered(self) -> bool:
        return any(item.number != item.new for item in self.items)

    def text_edits(self, text: str) -> list[Edit]:
        """Every edit of a plain-text manuscript: the markers, then the list as one edit."""
        list_edit = reorder_list_edit(text, self.items)
        return [*self.edits, *([list_edit] if list_edit else [])]

    def to_dict(self) -> dict[str, Any]:
        return {
            "mapping": {str(old): new for old, new in self.mapping.items()},
            "changed": len(self.changed),
            "markers": self.markers,
            "markers_rewritten": len(self.edits),
            "keyed_citations_left_alone": self.keyed,
            "list_reordered": self.list_reordered,
            "edits": [
                {"start": e.start, "end": e.end, "old": e.old, "new": e.new} for e in self.edits
            ],
        }


def manuscript_style(citations: Sequence[Citation]) -> RangeStyle:
    """The dash and separator most numbered markers use; ranges unless the manuscript writes
    out a run of three consecutive numbers and never a range."""
    dashes: Counter[str] = Counter()
    separators: Counter[str] = Counter()
    written_out = False
    for c in citations:
        group = _group_of(c.marker)
        if group is None:
            continue
        text = group.group().translate(_TO_ASCII)
        dashes.update(m.group() for m in _DASH.finditer(text))
        separators.update(m.group() for m in _SEPARATOR.finditer(text))
        numbers = [int(n) for n in re.findall(r"\d+", text)]
        if not _DASH.search(text) and _has_run_of_three(numbers):
            written_out = True
    dash = dashes.most_common(1)[0][0] if dashes else "-"
    separator = separators.most_common(1)[0][0] if separators else ","
    return RangeStyle(dash, separator, compress=bool(dashes) or not written_out)


def _has_run_of_three(numbers: list[int]) -> bool:
    return any(
        numbers[i + 2] == numbers[i + 1] + 1 == numbers[i] + 2 for i in range(len(numbers) - 2)
    )


def _group_of(marker: str) -> re.Match[str] | None:
    return _GROUP.search(marker.translate(_TO_ASCII))


def rewrite_marker(marker: str, numbers: Iterable[int], style: RangeStyle) -> str:
    """``marker`` with its numbers replaced by ``numbers`` written in ``style``; the
    brackets, tags and superscript digits around them stay as they are."""
    numbers = list(numbers)
    groups = list(_GROUP.finditer(marker.translate(_TO_ASCII)))
    if len(groups) > 1:
        return _rewrite_joined(marker, groups, numbers, style)
    group = _group_of(marker)
    if group is None:
        return marker
    own = style
    dash = _DASH.search(group.group())
    sep = _SEPARATOR.search(group.group())
    if dash or sep:  # the marker's own punctuation wins over the manuscript's
        own = RangeStyle(
            dash.group() if dash else style.dash,
            sep.group() if sep else style.separator,
            style.compress,
        )
    new = own.write(numbers)
    original = marker[group.start() : group.end()]
    if original and original[0] in _SUP_DIGITS:
        new = new.translate(_TO_SUP)
        if dash and "⁻" not in original:
            new = new.replace("⁻", dash.group())
        new = new.replace(",", "˒") if "˒" in original else new
    return marker[: group.start()] + new + marker[group.end() :]


def _rewrite_joined(
    marker: str, groups: list[re.Match[str]], numbers: list[int], style: RangeStyle
) -> str:
    """A marker of several bracketed numbers read as one citation keeps its form: "[7]–[10]"
    (a range: the numbers between are cited too) stays a range while the new numbers run
    on, and "[5][6]" or "[5], [6]" one number a bracket; anything else becomes one group in
    the outer brackets ("[3]–[5]" cites 3, 4 and 5: renumbered to 1, 4 and 9, "[1, 4, 9]")."""
    joiners = {marker[a.end() : b.start()] for a, b in itertools.pairwise(groups)}
    joiner = joiners.pop() if len(joiners) == 1 else None
    single = all(g.group().isdigit() for g in groups)
    ordered = sorted(set(numbers))
    opening, closing = marker[: groups[0].start()], marker[groups[-1].end() :]
    if single and joiner is not None and any(d in joiner for d in DASHES) and len(groups) == 2:
        if ordered == list(range(ordered[0], ordered[-1] + 1)) and len(ordered) > 1:
            return f"{opening}{ordered[0]}{joiner}{ordered[-1]}{closing}"
    elif single and joiner is not None and len(groups) == len(ordered):
        return opening + joiner.join(map(str, ordered)) + closing
    return opening + style.write(ordered) + closing


def plan_renumbering(
    trace: Trace, section: ReferenceSection | None, source: str = ""
) -> Renumbering:
    """The mapping and the edits that put ``trace``'s references in order of first citation.

    ``section`` is the manuscript's printed reference list (its items are reordered and
    renumbered), or None when the references come from elsewhere. Raises
    :class:`BlinarefsError` when a marker points at no reference: renumbering around it
    could make it point at a wrong one; and when the list sub-labels its references ("1a",
    "1b"), whose markers' letters a renumbering would lose.
    """
    if trace.index.parts:  # "1a", "1b": a renumbered marker would lose its letters
        parted = ", ".join(r.label for refs in trace.index.parts.values() for r in refs[:2])
        raise BlinarefsError(
            f"{source + ': ' if source else ''}the list sub-labels its references ({parted}, "
            "...): renumbering such a list is not supported",
            hint="renumber it by hand; blinarefs check reports citations out of order",
        )
    numbered = [c for c in trace.citations if c.kind in NUMBERED]
    dangling = sorted({m for c in numbered for m in c.missing}, key=int)
    if dangling:  # ``source`` names the manuscript in the message
        first = next(c for c in numbered if c.missing)
        others = [n for n in dangling if n not in first.missing]
        more = f"; so do citations of {', '.join(others)}" if others else ""
        raise BlinarefsError(
            f"{source + ': ' if source else ''}line {trace.line_of(first.start)}: citation "
            f"{quoted(first.marker)} points at reference {', '.join(first.missing)}, which is "
            f"not in the list{more}",
            hint="correct or remove the dangling citations first: blinarefs check lists them",
        )
    if trace.numbering != "printed":
        return Renumbering({}, (), (), len(numbered), len(trace.citations) - len(numbered))
    # a legend's citations count where the text first mentions its figure (trace/floats.py)
    ordered = [c for c in trace.in_citation_order() if c.kind in NUMBERED]
    by_key = number_by_first_citation(ordered, trace.references)
    mapping = {trace.index.number_by_key[key]: new for key, new in by_key.items()}
    style = manuscript_style(numbered)
    edits = []
    for c in numbered:
        if all(mapping[n] == n for n in c.numbers):
            continue  # numbers unchanged: the text stays byte for byte as the author wrote it
        new = rewrite_marker(c.marker, (mapping[n] for n in c.numbers), style)
        if new != c.marker:
            edits.append(Edit(c.start, c.end, c.marker, new))
    items = _list_items(trace.text, section, mapping) if section else []
    keyed = len(trace.citations) - len(numbered)
    return Renumbering(mapping, tuple(edits), tuple(items), len(numbered), keyed)


def _list_items(text: str, section: ReferenceSection, mapping: dict[int, int]) -> list[ListItem]:
    lines = lines_with_ends(text)
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line))
    unread = [item for item in section.items if item.number not in mapping]
    if unread:
        raise BlinarefsError(
            f"line {unread[0].line}: reference {unread[0].number} of the list could not be read, "
            "so its new place is unknown",
            hint="correct it (blinarefs parse shows why), then renumber",
        )
    out = []
    for item in section.items:
        start, end = offsets[item.line - 1], offsets[item.end_line]
        m = _ITEM_NUMBER.match(text[start:end])
        number = None
        if m and int(m.group(2)) == item.number:
            number = (start + m.start(2), start + m.end(2))
        out.append(ListItem(item.number, mapping[item.number], start, end, number))
    return out


def reorder_list_edit(text: str, items: Sequence[ListItem]) -> Edit | None:
    """One edit that rewrites the printed list in its new order: each item keeps its own
    lines with its number changed; the blank lines between items stay where they were."""
    if not items:
        return None
    bodies, gaps = {}, []
    for k, item in enumerate(items):
        body = text[item.start : item.end]
        if item.number_span:
            a, b = (p - item.start for p in item.number_span)
            body = body[:a] + str(item.new) + body[b:]
        # a last item without a newline may move up the list: every item ends its line
        bodies[item.new] = body if body.endswith("\n") else body + "\n"
        stop = items[k + 1].start if k + 1 < len(items) else item.end
        gaps.append(text[item.end : stop])
    new = "".join(bodies[n] + gap for n, gap in zip(sorted(bodies), gaps, strict=True))
    start, end = items[0].start, items[-1].end
    if not text[start:end].endswith("\n"):  # and the list ends as it did
        new = new[:-1]
    old = text[start:end]
    return Edit(start, end, old, new) if new != old else None


def apply_edits(text: str, edits: Iterable[Edit]) -> str:
    """``text`` with every edit made (edits must not overlap)."""
    out, pos = [], 0
    for e in sorted(edits, key=lambda e: e.start):
        if e.start < pos or text[e.start : e.end] != e.old:
            raise BlinarefsError(f"internal: edit at {e.start} does not match the text")
        out.append(text[pos : e.start])
        out.append(e.new)
        pos = e.end
    out.append(text[pos:])
    return "".join(out)
