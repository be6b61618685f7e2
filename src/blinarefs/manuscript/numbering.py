"""Word's automatic numbering: the numbers a reader sees before list paragraphs.

A reference list typed as a Word numbered list has no digits in its text; they come from
numbering.xml (``w:num`` -> ``w:abstractNum`` -> one ``w:lvl`` per level with its start,
format and text such as ``%1.`` or ``[%1]``). This module counts paragraphs the way Word
does and writes out each label.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree

from .wordml import W


@dataclass(frozen=True, slots=True)
class Level:
    start: int = 1
    fmt: str = "decimal"
    text: str = "%1."


_ROMAN = (
    (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
    (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
)  # fmt: skip


def _roman(n: int) -> str:
    out = ""
    for value, letters in _ROMAN:
        while n >= value:
            out += letters
            n -= value
    return out


def _letters(n: int) -> str:
    # Word repeats the letter past z: 27 -> "aa", 28 -> "bb"
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1) if n > 0 else ""


def format_number(n: int, fmt: str) -> str:
    if fmt == "lowerLetter":
        return _letters(n)
    if fmt == "upperLetter":
        return _letters(n).upper()
    if fmt == "lowerRoman":
        return _roman(n)
    if fmt == "upperRoman":
        return _roman(n).upper()
    if fmt in ("decimalZero",):
        return f"{n:02d}"
    if fmt in ("none",):
        return ""
    return str(n)  # decimal and the many East Asian formats we do not spell out


@dataclass
class Numbering:
    """The definitions of numbering.xml and the counters of a pass through the document."""

    levels: dict[str, dict[int, Level]] = field(default_factory=dict)  # numId -> levels
    abstract_of: dict[str, str] = field(default_factory=dict)  # numId -> abstractNumId
    counters: dict[str, dict[int, int]] = field(default_factory=dict)  # abstractNumId -> level

    @classmethod
    def read(cls, root: etree._Element | None) -> Numbering:
        numbering = cls()
        if root is None:
            return numbering
        abstract: dict[str, dict[int, Level]] = {}
        for node in root.iter(W + "abstractNum"):
            abstract[node.get(W + "abstractNumId", "")] = {
                int(lvl.get(W + "ilvl", "0")): _level(lvl) for lvl in node.iter(W + "lvl")
            }
        for num in root.iter(W + "num"):
            num_id = num.get(W + "numId", "")
            ref = num.find(W + "abstractNumId")
            aid = ref.get(W + "val", "") if ref is not None else ""
            levels = dict(abstract.get(aid, {}))
            for override in num.iter(W + "lvlOverride"):
                ilvl = int(override.get(W + "ilvl", "0"))
                lvl = override.find(W + "lvl")
                if lvl is not None:
                    levels[ilvl] = _level(lvl)
                start = override.find(W + "startOverride")
                if start is not None:
                    base = levels.get(ilvl, Level())
                    levels[ilvl] = Level(_int(start, base.start), base.fmt, base.text)
                    aid = f"{aid}/{num_id}"  # a restart: this instance counts on its own
            numbering.levels[num_id] = levels
            numbering.abstract_of[num_id] = aid
        return numbering

    def label(self, num_id: str, ilvl: int) -> str | None:
        """The label of the next paragraph numbered (numId, ilvl), counting it; None for
        numId 0 (numbering switched off) or an unknown list."""
        levels = self.levels.get(num_id)
        if not levels or num_id == "0":
            return None
        counts = self.counters.setdefault(self.abstract_of[num_id], {})
        level = levels.get(ilvl, Level())
        counts[ilvl] = counts[ilvl] + 1 if ilvl in counts else level.start
        for deeper in [k for k in counts if k > ilvl]:
            del counts[deeper]  # a new item restarts its sub-levels
        if level.fmt == "bullet":
            return _bullet(level.text)
        text = level.text
        for k in range(9):
            token = f"%{k + 1}"
            if token in text:
                sub = levels.get(k, Level())
                value = counts.get(k, sub.start)
                text = text.replace(token, format_number(value, sub.fmt))
        return text


# Word's own bullets, by level: a Symbol-font dot, a Courier New "o", a Wingdings square
# (private-use characters of the symbol fonts, U+F0xx), as Word and LibreOffice show them.
_BULLETS = {"\uf0b7": "•", "o": "◦", "\uf0a7": "▪"}


def _bullet(text: str) -> str:
    """The bullet a reader sees: Word's defaults as shown (an item of a sub-list is "◦
    Item", not "• Item", in the text export too), a typed character ("–", "*") as it is,
    any other symbol-font glyph, or none, as a dot."""
    mark = text.strip()
    if mark in _BULLETS:
        return _BULLETS[mark]
    if len(mark) != 1 or "\uf000" <= mark <= "\uf0ff":
        return "•"
    return mark


def _int(node: etree._Element, default: int) -> int:
    value = node.get(W + "val", "")
    return int(value) if value.lstrip("-").isdecimal() else default


def _level(lvl: etree._Element) -> Level:
    start = lvl.find(W + "start")
    fmt = lvl.find(W + "numFmt")
    text = lvl.find(W + "lvlText")
    return Level(
        _int(start, 1) if start is not None else 1,
        fmt.get(W + "val", "decimal") if fmt is not None else "decimal",
        text.get(W + "val", "") if text is not None else "",
    )
