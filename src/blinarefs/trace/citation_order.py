"""The check that a numbered list is numbered in order of first citation: which references
are cited out of turn, or that the whole list follows some other order (alphabetical).

Kept apart from :mod:`.checks` because it alone needs an algorithm of its own (a longest
increasing run of the first-cited numbers, so that one misplaced reference gives one
finding). Whether a list is alphabetical, told from its entries before any marker is
read, is :mod:`.list_order`; this module reports on the citations as read.
"""

from __future__ import annotations

from ..findings import Finding
from .candidates import KEYED
from .decode import Citation
from .floats import unplaced
from .infer import ORDER_EVIDENCE, RECORDS
from .manuscript import Trace, finding_at


def _longest_increasing(seq: list[int]) -> set[int]:
    """The values of one longest increasing subsequence (patience sorting, O(n log n))."""
    tails: list[int] = []  # tails[k]: index in seq ending the best run of length k+1
    parent = [-1] * len(seq)
    for i, value in enumerate(seq):
        k = _bisect_tails(seq, tails, value)
        parent[i] = tails[k - 1] if k else -1
        if k == len(tails):
            tails.append(i)
        else:
            tails[k] = i
    out, i = set(), tails[-1] if tails else -1
    while i != -1:
        out.add(seq[i])
        i = parent[i]
    return out


def _bisect_tails(seq: list[int], tails: list[int], value: int) -> int:
    lo, hi = 0, len(tails)
    while lo < hi:
        mid = (lo + hi) // 2
        if seq[tails[mid]] < value:
            lo = mid + 1
        else:
            hi = mid
    return lo


def check_citation_order(trace: Trace) -> list[Finding]:
    """Numbered styles number references in order of first citation. The references kept in
    order are the longest run that is; each of the others is reported once, where it is
    first cited (so one misplaced reference gives one finding, not one per reference). A
    list numbered in no such order (alphabetically) gives one finding for the whole list."""
    if trace.numbering != "printed":
        return []
    first: dict[int, Citation] = {}
    for c in trace.in_citation_order():  # a legend's citations where its figure is mentioned
        if c.kind in KEYED or unplaced(c, trace.floats):
            continue  # "(Roe, 2020)" names its work: its place says nothing of the numbering
        for n in c.numbers:
            if n in trace.index.by_number and n not in first:
                first[n] = c
    seq = list(first)
    records = high = 0
    for n in seq:
        records, high = records + (n > high), max(high, n)
    if len(seq) >= ORDER_EVIDENCE and records < RECORDS * len(seq):
        # A list numbered alphabetically, or in no order at all: one finding, not one a
        # reference
        c = first[seq[0]]
        message = (
            f"the list is not numbered by first citation: only {records} of the {len(seq)} "
            "references cited are first cited in list order (numbered alphabetically?)"
        )
        hint = _renumber_hint(trace)
        return [finding_at(trace, "error", "citation-order", message, c.start, c.end, hint)]
    in_order = _longest_increasing(seq)
    later_min = [0] * len(seq)
    low = 10**9
    for i in range(len(seq) - 1, -1, -1):
        later_min[i] = low
        low = min(low, seq[i])
    out, high = [], 0
    for i, n in enumerate(seq):
        if n not in in_order:
            where = (
                f"before reference {later_min[i]}"
                if later_min[i] < n
                else f"after reference {high}"
            )
            c = first[n]
            out.append(
                finding_at(
                    trace,
                    "error",
                    "citation-order",
                    f"reference {n} is first cited here, {where}",
                    c.start,
                    c.end,
                    _renumber_hint(trace),
                    key=trace.index.by_number[n].id,
                )
            )
        high = max(high, n)
    return out


def _renumber_hint(trace: Trace) -> str:
    """How to fix the order: ``blinarefs renumber``, or by hand for a sub-labelled list
    ("1a", "1b"), which it does not renumber."""
    how = "by hand" if trace.index.parts else "(blinarefs renumber)"
    return f"renumber the references in order of first citation {how}"
