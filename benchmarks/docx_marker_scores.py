"""The citations a reader found aligned with the markup's and counted, for
eval_docx_reader.py: markers printed side by side joined as the truth joins them, the bare
xrefs set apart, precision and recall per source, and each stretch that differs shown in
context (``--misses``)."""

from __future__ import annotations

import dataclasses
import difflib
import re


def show_misses(name: str, printed, truth: list, text: str, trace, found: list) -> None:
    """Each stretch where the citations found differ from the markup's, in context."""

    def around(whole: str, start: int, end: int) -> str:
        before, after = whole[max(0, start - 50) : start], whole[end : end + 20]
        return repr(f"{before}〔{whole[start:end]}〕{after}")

    matcher = difflib.SequenceMatcher(a=truth, b=found, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            continue
        print(f"== {name} {op}")
        for m in printed.markers[i1:i2]:
            print("   markup", m.numbers, around(printed.text, m.start, m.end))
        for c in trace.citations[j1:j2]:
            print("   found ", c.numbers, c.kind, around(text, c.start, c.end))


# What may stand between two markers printed as one group: "[2],[3]", "[2], [3]", "¹⁾, ⁽⁴",
# "[1][2]", and "and" as the truth joins them ("[4] and [15]", "[7], and [8]"; the truth's
# "^" marks a superscript's edges).
_TOGETHER = re.compile(r"[ \u00a0^\])]*[,;]?[ \u00a0]*(?:(?:and|&)[ \u00a0]+)?[ \u00a0^\[(]*")


def printed_together(items, text: str) -> list:
    """Markers of one kind printed side by side, with nothing but a comma between them, as
    one group. The truth loader joins ``<xref>[2]</xref>,<xref>[3]</xref>`` (one marker),
    the decoder reads "[2],[3]" as two and the Word reader "³⁾, ⁽⁴" as one: the same
    numbers at the same place, counted alike on both sides."""
    out: list = []
    for item in items:
        last = out[-1] if out else None
        if (
            last is not None
            and last.kind == item.kind
            and _TOGETHER.fullmatch(text[last.end : item.start])
        ):
            numbers = tuple(sorted({*last.numbers, *item.numbers}))
            out[-1] = dataclasses.replace(last, end=item.end, numbers=numbers)
        else:
            out.append(item)
    return out


def not_bare(truth: list, found: list, text: str) -> list:
    """The citations found, less those aligned with a bare xref (neither wanted nor wrong).
    A citation the Word file raises (its digits written raised in ``text``) is never at a
    bare xref, which the source did not raise: aligned by numbers alone, F1000's raised "³¹"
    paired with one of the "(2013, 31)" around it and was dropped as bare, a miss the
    reader never made. Plain digits read as a citation ("cycle7, 8, 9") may be at one."""
    numbers = [tuple(sorted(m.numbers)) for m in truth]
    apart = _matched(
        numbers, [tuple(sorted(c.numbers)) for c in found], [m.kind == "bare" for m in truth]
    )
    apart = {j for j in apart if _RAISED.search(text, found[j].start, found[j].end) is None}
    return [c for j, c in enumerate(found) if j not in apart]


_RAISED = re.compile("[⁰¹²³⁴⁵⁶⁷⁸⁹]")


def _matched(truth: list, found: list, which: list[bool]) -> set[int]:
    """The indices of the found citations aligned with a truth marker ``which`` picks."""
    matcher = difflib.SequenceMatcher(a=truth, b=found, autojunk=False)
    return {
        block.b + k
        for block in matcher.get_matching_blocks()
        for k in range(block.size)
        if which[block.a + k]
    }


def aligned(truth: list, found: list) -> int:
    matcher = difflib.SequenceMatcher(a=truth, b=found, autojunk=False)
    return sum(b.size for b in matcher.get_matching_blocks())


def score_row(source: str, row: list[int]) -> list[object]:
    (
        n,
        truth,
        found,
        matched,
        each_truth,
        each_found,
        each_matched,
        bare,
        every,
        hits,
        alls,
        untagged,
        exponent,
        relabelled,
    ) = row
    return [
        source,
        n,
        truth,
        *_pr(matched, found, truth),
        *_pr(each_matched, each_found, each_truth),
        bare,
        *_pr(hits, alls, every),
        untagged,
        exponent,
        relabelled,
    ]


def _pr(matched: int, found: int, truth: int) -> list[str]:
    return [f"{matched / found if found else 1.0:.3f}", f"{matched / truth if truth else 1.0:.3f}"]
