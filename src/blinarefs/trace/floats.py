"""Figure legends and tables printed after the reference list, and where their citations
count in the order of first citation.

Many manuscripts put legends and tables after the list. Their citations are citations (a
work cited only in a legend is cited), and journals number them as ICMJE's recommendations
ask: "references cited only in tables or figure legends should be numbered in accordance
with the sequence established by the first identification in the text of the particular
table or figure". So a citation in the legend of Figure 2 counts where the text first
mentions Figure 2 ("Fig. 2", "Figures 1-3"); one in a legend the text never mentions, or
in other text after the list (notes, acknowledgements), counts where it is printed, after
the whole body.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .decode import Citation

# A legend or table opening a line: "Figure 2.", "Fig. 2:", "Table 1", "Tabela 3"
_FLOAT_LINE = re.compile(
    r"^[ \t]*(?:#+[ \t]*)?(fig(?:ure|ura)?s?|abbildung|abb|table|tabela|tabla|tableau|"
    r"tabelle|quadro|cuadro)\b\.?[ \t]*(\d{1,3})\b",
    re.IGNORECASE | re.MULTILINE,
)
# A mention of figures or tables in the text: "Fig. 2", "Figures 1 and 3", "Tables 2-4"
_MENTION = re.compile(
    r"\b(fig(?:ure|ura)?s?|abbildung|abb|tables?|tabelas?|tablas?|tableaux?|tabellen?|"
    r"quadros?|cuadros?)\b\.?\s{0,3}(\d{1,3}(?:[ \t]*(?:,|and|&|to|[-–])[ \t]*\d{1,3})*)",
    re.IGNORECASE,
)
_NUMBER = re.compile(r"\d+|[-–]|to")
_WIDEST_RANGE = 50  # "Figures 1-3": a range wider than this is no list of figures


def _kind(word: str) -> str:
    return "figure" if word[:1].lower() in "fa" else "table"


def _numbers(listed: str) -> list[int]:
    """The numbers a mention names: "1, 3 and 5", "2-4" (each of 2, 3, 4)."""
    out: list[int] = []
    ranging = False
    for token in _NUMBER.findall(listed):
        if not token[0].isdigit():
            ranging = bool(out)
            continue
        n = int(token)
        if ranging and 0 < n - out[-1] <= _WIDEST_RANGE:
            out.extend(range(out[-1] + 1, n))
        out.append(n)
        ranging = False
    return out


@dataclass(frozen=True, slots=True)
class Float:
    """A legend or table after the list: ``text[start:end]``, counted at ``place``."""

    kind: str  # "figure" or "table"
    number: int
    start: int
    end: int
    place: int  # where the text first mentions it, or ``start`` when it never does


def floats_after_list(text: str, body: tuple[int, int], after: tuple[int, int]) -> list[Float]:
    """The legends and tables in ``text[after[0]:after[1]]`` (each runs to the next one, or
    to the end of that text), each placed at its first mention in ``text[body[0]:body[1]]``."""
    first: dict[tuple[str, int], int] = {}
    for m in _MENTION.finditer(text, *body):
        for n in _numbers(m.group(2)):
            first.setdefault((_kind(m.group(1)), n), m.start())
    opened = [
        (_kind(m.group(1)), int(m.group(2)), m.start()) for m in _FLOAT_LINE.finditer(text, *after)
    ]
    ends = [start for _, _, start in opened[1:]] + [after[1]] if opened else []
    return [
        Float(kind, n, start, end, first.get((kind, n), start))
        for (kind, n, start), end in zip(opened, ends, strict=True)
    ]


# "263 (47)", "12% (3)", "5 [2]": a value and its SD, count or range, as tables print them
_AFTER_A_VALUE = re.compile(r"[\d%][ \t]*\Z")


def without_table_values(
    text: str, citations: Iterable[Citation], after: tuple[int, int]
) -> list[Citation]:
    """The citations but the bracketed numbers after a number in the text after the list:
    its tables print a value and its SD or count so ("641 (160)" / "263 (47)"), and read
    as citations they would cite half the list out of order."""
    return [
        c
        for c in citations
        if not (
            after[0] <= c.start < after[1]
            and c.kind in ("paren", "bracket")
            and _AFTER_A_VALUE.search(text, max(after[0], c.start - 12), c.start)
        )
    ]


def in_citation_order(citations: Iterable[Citation], floats: Sequence[Float]) -> list[Citation]:
    """The citations in the order a numbered style counts them: each where it is printed,
    except that one in a legend or table after the list counts where the text first
    mentions that figure or table (after what the text cites there, before what follows)."""
    citations = list(citations)
    if not floats:
        return citations

    def place(c: Citation) -> tuple[int, int]:
        for f in floats:
            if f.start <= c.start < f.end:
                return (f.place, c.start)
        return (c.start, c.start)

    return sorted(citations, key=place)
