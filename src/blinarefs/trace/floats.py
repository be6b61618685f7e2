"""Figure legends and tables printed after the reference list, and where their citations
count in the order of first citation.

Many manuscripts put legends and tables after the list. Their citations are citations (a
work cited only in a legend is cited), and journals number them as ICMJE's recommendations
ask: "references cited only in tables or figure legends should be numbered in accordance
with the sequence established by the first identification in the text of the particular
table or figure". A journal sets a figure after the paragraph that first mentions it, and
numbers its legend's citations there: so a citation in the legend of Figure 2 counts at the
end of the paragraph where the text first mentions Figure 2 ("Fig. 2", "Figures 1-3"),
after what that paragraph cites. On the dev articles this placement gives fewer order
findings the journals' own numbering contradicts than the mention itself (docs/tracing.md).
One in a legend the text never mentions, or in other text after the list (notes,
acknowledgements), counts where it is printed, after the whole body; but where a legend the
text never mentions belongs, the text does not say, so its citations tell nothing of the
order the journal numbered them in (:func:`unplaced`).
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .decode import Citation
from .sentences import Paragraph

# A legend or table opening a line: "Figure 2.", "Fig. 2:", "Table 1", "Tabela 3"; its
# number after any space but a line break (journals set "Table\u00a01" with a no-break space)
_FLOAT_LINE = re.compile(
    r"^[ \t]*(?:#+[ \t]*)?(fig(?:ure|ura)?s?|abbildung|abb|table|tabela|tabla|tableau|"
    r"tabelle|quadro|cuadro)\b\.?[^\S\n]*(\d{1,3})\b",
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
    place: int  # the end of the paragraph first mentioning it; ``start`` when none does


def floats_after_list(
    text: str, body: tuple[int, int], after: tuple[int, int], paragraphs: Sequence[Paragraph]
) -> list[Float]:
    """The legends and tables in ``text[after[0]:after[1]]`` (each runs to the next one, or
    to the end of that text), each placed at the end of the paragraph (of ``paragraphs``)
    where ``text[body[0]:body[1]]`` first mentions it."""
    starts = [p.start for p in paragraphs]
    first: dict[tuple[str, int], int] = {}
    for m in _MENTION.finditer(text, *body):
        i = bisect.bisect_right(starts, m.start()) - 1
        end = paragraphs[i].end if i >= 0 else m.end()
        for n in _numbers(m.group(2)):
            first.setdefault((_kind(m.group(1)), n), end)
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
# a line with a sentence in it: three words before the number ("version 5.2 [50]" in a
# legend cites, as "in 2010 [12]" does); a table's cell has a label at most ("Age 63 (12)")
_WORD = re.compile(r"[^\W\d_]{2,}")


def without_table_values(
    text: str, citations: Iterable[Citation], after: tuple[int, int]
) -> list[Citation]:
    """The citations but the bracketed numbers after a number in the text after the list:
    its tables print a value and its SD or count so ("641 (160)" / "263 (47)"), and read
    as citations they would cite half the list out of order. A legend's sentence cites
    after a number ("analysed with version 5.2 [50]"): there the number is no value."""
    return [c for c in citations if not _table_value(text, c, after)]


def _table_value(text: str, c: Citation, after: tuple[int, int]) -> bool:
    if not (after[0] <= c.start < after[1] and c.kind in ("paren", "bracket")):
        return False
    value = _AFTER_A_VALUE.search(text, max(after[0], c.start - 12), c.start)
    if value is None:
        return False
    first = value.start()
    while first > after[0] and (text[first - 1].isdigit() or text[first - 1] in ".,%"):
        first -= 1
    if first > after[0] and text[first - 1].isalpha():
        return False  # the number ends a name: "IL4 [27]", "trimal1.2 [125]"
    line = max(after[0], text.rfind("\n", 0, c.start) + 1)
    return len(list(itertools.islice(_WORD.finditer(text, line, c.start), 3))) < 3


def unplaced(citation: Citation, floats: Sequence[Float]) -> bool:
    """Whether the citation is in a legend or table after the list that the text never
    mentions: counted where it is printed, after the whole body, for want of a place, a
    place no journal gave it (one numbers such a table's citations where it sets the table,
    which the text does not show), so no evidence of the list's order."""
    return any(f.start <= citation.start < f.end and f.place == f.start for f in floats)


def in_citation_order(citations: Iterable[Citation], floats: Sequence[Float]) -> list[Citation]:
    """The citations in the order a numbered style counts them: each where it is printed,
    except that one in a legend or table after the list counts at the end of the paragraph
    that first mentions that figure or table (after what that paragraph cites, before what
    follows)."""
    citations = list(citations)
    if not floats:
        return citations

    def place(c: Citation) -> tuple[int, int]:
        for f in floats:
            if f.start <= c.start < f.end:
                return (f.place, c.start)
        return (c.start, c.start)

    return sorted(citations, key=place)
