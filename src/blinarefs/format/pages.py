"""Page ranges formatted the CSL 1.0.2 way, done here because citeproc-py gets them wrong.

citeproc-py 0.11.1 breaks ``minimal`` and ``minimal-two`` ranges that cross a power of ten
("1-10" becomes "1–0") and leaves ranges that were already abbreviated in the data alone
("321-28" stays so under ``expanded``). blinarefs therefore formats the ``page`` variable
itself, by the style's ``page-range-format``, before the item reaches citeproc-py, and
removes the attribute from citeproc-py's copy of the style so it does not format twice.

Pure functions; no citeproc-py here.
"""

from __future__ import annotations

import re

from ..pages import is_article_number

# One range: an optional shared prefix ("S", "e"), digits, a hyphen or dash, the same
# prefix (optional on the second number), digits. Anything else is left as written.
_RANGE = re.compile(
    r"^(?P<p1>[A-Za-z]*)(?P<first>\d+)\s*[-\u2010\u2011\u2012\u2013\u2014]+\s*"
    r"(?P<p2>[A-Za-z]*)(?P<last>\d+)$"
)


def expand_last(first: str, last: str) -> str:
    """The full second number of a range written short: (321, 28) -> 328, (1795, 802) -> 1802."""
    if len(last) >= len(first):
        return last
    return first[: len(first) - len(last)] + last


def _minimal(first: str, last: str, keep: int) -> str:
    """Drop the leading digits the two numbers share, keeping at least ``keep`` digits."""
    if len(first) != len(last):
        return last
    same = 0
    while same < len(first) and first[same] == last[same]:
        same += 1
    return last[min(same, max(len(last) - keep, 0)) :]


def _chicago(first: str, last: str, sixteen: bool) -> str:
    """Chicago Manual of Style rules, 15th edition; the 16th drops the four-digit rule."""
    number = int(first)
    if number < 100 or number % 100 == 0:
        return last  # 3-10, 100-104, 1100-1123
    if not sixteen and len(first) == len(last) == 4 and len(_minimal(first, last, 1)) >= 3:
        return last  # four digits, three of them change: 1496-1504
    if number % 100 < 10:
        return _minimal(first, last, 1)  # 107-8, 1002-6
    return _minimal(first, last, 2)  # 321-25, 13792-803


def format_range(first: str, last: str, style: str) -> str | None:
    """The second number of ``first``-``last`` as ``style`` prints it; None if not a range
    that can be formatted (the second number is smaller than the first once expanded)."""
    full = expand_last(first, last)
    if int(full) < int(first):
        return None
    if style == "expanded":
        return full
    if style == "minimal":
        return _minimal(first, full, 1)
    if style == "minimal-two":
        return _minimal(first, full, 2)
    if style in ("chicago", "chicago-15"):
        return _chicago(first, full, sixteen=False)
    if style == "chicago-16":
        return _chicago(first, full, sixteen=True)
    raise ValueError(f"unknown page-range-format {style!r}")


def format_pages(page: str, style: str | None, delimiter: str = "-") -> str:
    """``page`` with every range formatted by ``style`` and joined by ``delimiter``.

    Several ranges may be separated by commas or "&" ("1-5, 7-9"). A piece that is not a
    plain numeric range (roman numerals, "S12-S19" with differing prefixes, "e123") is kept
    as written, as the CSL specification asks; a range with a letter prefix on both numbers
    is written in full. An article number with its year ("e00123-25", ASM's) is no range
    and keeps its hyphen. With no ``style`` the page is unchanged.
    """
    if not style or not page:
        return page
    pieces = re.split(r"(\s*[,&]\s*)", page)
    out = []
    for piece in pieces:
        m = _RANGE.match(piece.strip())
        if not m or (m["p2"] and m["p2"] != m["p1"]) or is_article_number(piece):
            out.append(piece)
            continue
        # a prefixed range ("S12-S19") is only ever expanded: abbreviating it is not a
        # rule any of the supported formats states
        last = format_range(m["first"], m["last"], "expanded" if m["p1"] else style)
        if last is None:
            out.append(piece)
            continue
        prefix = m["p1"]
        second = f"{prefix}{last}" if m["p2"] else last
        out.append(f"{prefix}{m['first']}{delimiter}{second}")
    return "".join(out)
