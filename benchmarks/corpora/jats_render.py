"""The body's runs rendered as a reader sees the text, with the span of each citation marker
and the numbers it cites: printed (``^`` around what is raised) or flattened. :mod:`.jats_body`
walks the markup into runs and xrefs; how runs become text and xrefs become markers ("[1, 2]"
one marker, "^3-5^" a range, the brackets and raised signs around it its own) is here, apart
from the walk because it reads no markup. :mod:`.jats_body` re-exports ``Marker`` and
``Rendering``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .jats_xml import DASHES

SEPARATOR = re.compile(rf"^\s*(?:[,;]\s*)?(?:and\s+|&\s*)?$|^\s*[{DASHES}]\s*$")
_RANGE = re.compile(rf"^\s*[{DASHES}]\s*$")
_BRACKET_RANGE = re.compile(rf"^\s*[\])]\s*[{DASHES}]\s*[\[(]\s*$")  # [7]–[10]


@dataclass(frozen=True)
class Marker:
    """A citation marker: ``text[start:end]`` of its rendering, and the numbers it cites.
    ``kind`` is superscript, bracket, paren, author-year or bare (digits with no brackets and
    no superscript in the markup). ``untagged``: a raised number the markup left untagged,
    a citation by the declared rule of ``jats_untagged`` (read only when asked for)."""

    start: int
    end: int
    numbers: tuple[int, ...]
    kind: str
    untagged: bool = False


@dataclass(frozen=True)
class Rendering:
    text: str
    markers: tuple[Marker, ...]


# A run of the paragraph: its text, whether it is superscript, and the xref it belongs to.
Run = tuple[str, bool, int | None]


@dataclass
class Xref:
    numbers: tuple[int, ...]
    author_year: bool
    untagged: bool = False


def _normalise(runs: list[Run]) -> list[Run]:
    """Whitespace as a reader sees it: none inside a citation around its superscript and none
    between two superscripts (that is the XML's indentation, not a printed space); a comma,
    a dash or a citation between two superscripts is printed raised with them."""
    solid = [i for i, r in enumerate(runs) if r[0].strip()]
    raised = list(runs)
    for k in range(1, len(solid) - 1):
        t, s, x = runs[solid[k]]
        between = runs[solid[k - 1]][1] and runs[solid[k + 1]][1]
        if between and not s and (x is not None or re.fullmatch(rf"\s*[,;{DASHES}]\s*", t)):
            raised[solid[k]] = (t, True, x)  # "^(^4^-^5^)^" is printed "^(4-5)^"
    out: list[Run] = []
    for i, (t, s, x) in enumerate(raised):
        if not t.strip():
            if x is not None and not s:
                continue
            before = next((r for r in reversed(raised[:i]) if r[0].strip()), None)
            after = next((r for r in raised[i + 1 :] if r[0].strip()), None)
            if before and after and before[1] and after[1]:
                continue
        out.append((re.sub(r"\s+", " ", t), s, x))
    return out


def render(paragraphs: list[list[Run]], xrefs: list[Xref], printed: bool) -> Rendering:
    chunks: list[str] = []
    pos = 0
    found: list[Marker] = []
    for runs in paragraphs:
        buf = ""
        spans: list[tuple[int, int, int, bool]] = []  # (start, end, xref, superscript)
        in_sup = False
        for t, sup, x in _normalise(runs):
            if printed and sup != in_sup:
                buf += "^"
                in_sup = sup
            if t.startswith(" ") and (not buf.strip("^") or buf.endswith(" ")):
                t = t.lstrip(" ")
            start = len(buf)
            buf += t
            if x is not None and t.strip():
                lead = len(t) - len(t.lstrip())
                spans.append((start + lead, start + len(t.rstrip()), x, sup))
        buf = buf.rstrip()
        if printed and in_sup:
            buf += "^"
        if chunks:
            chunks.append("\n\n")
            pos += 2
        found.extend(_group(buf, spans, xrefs, pos))
        chunks.append(buf)
        pos += len(buf)
    return Rendering("".join(chunks), tuple(found))


def _group(
    buf: str, spans: list[tuple[int, int, int, bool]], xrefs: list[Xref], offset: int
) -> list[Marker]:
    """Join the xrefs printed as one marker ("[1, 2]", "^3-5^", "[7]–[10]")."""
    merged: list[list[tuple[int, int, int, bool]]] = []
    for span in spans:
        if merged:
            last = merged[-1][-1]
            gap = buf[last[1] : span[0]].replace("^", "")
            if span[2] == last[2] or SEPARATOR.match(gap) or _BRACKET_RANGE.match(gap):
                merged[-1].append(span)
                continue
        merged.append([span])
    out = []
    for group in merged:
        numbers: set[int] = set()
        for i, (begin, end, x, _sup) in enumerate(group):
            numbers.update(xrefs[x].numbers)
            if 0 < i < len(group) - 1 and _RANGE.match(buf[begin:end].replace("^", "")):
                # the dash is itself an xref (ASM, JBC: "5<xref>–</xref>8"): 5 to 8
                low, high = max(xrefs[group[i - 1][2]].numbers), min(xrefs[group[i + 1][2]].numbers)
                numbers.update(range(low, high + 1))
            if i + 1 < len(group):
                nxt = group[i + 1][2]
                gap = buf[end : group[i + 1][0]].replace("^", "")
                if nxt != x and (_RANGE.match(gap) or _BRACKET_RANGE.match(gap)):
                    low, high = max(xrefs[x].numbers), min(xrefs[nxt].numbers)
                    numbers.update(range(low, high + 1))
        start, end = _enclose(buf, group[0][0], group[-1][1])
        inner = buf[start:end].strip("^")
        if any(sup for *_, sup in group):
            kind = "superscript"
        elif any(xrefs[x].author_year for _, _, x, _ in group):
            kind = "author-year"
        else:
            kind = {"[": "bracket", "(": "paren"}.get(inner[:1], "bare")
        untagged = any(xrefs[x].untagged for _, _, x, _ in group)
        out.append(Marker(start + offset, end + offset, tuple(sorted(numbers)), kind, untagged))
    return out


def _enclose(buf: str, start: int, end: int) -> tuple[int, int]:
    """Widen a marker over the superscript signs and the brackets printed around it."""
    while (buf[start - 1 : start], buf[end : end + 1]) in (("[", "]"), ("(", ")"), ("^", "^")):
        start, end = start - 1, end + 1
    return start, end
