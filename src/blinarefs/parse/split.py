"""Cut a reference list, or the end of a whole manuscript, into numbered items.

Only this module knows about layout: numbered lines ("1. ", "[1] ", "1) ", "1 "), references
wrapped over several lines, and lists scraped from a web page one token a line ("Bassan",
"R", ","...). It finds where the list starts, rebuilds each item as one line of text, and
keeps the item's number and first line so that every message can point at the source.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_HEADING = re.compile(
    r"^\s*(?:#+\s*)?(references|reference list|bibliography|literature cited|works cited|"
    r"citations|references and notes)\s*:?\s*$",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class RawItem:
    number: int
    text: str  # the item rebuilt as one line
    line: int  # 1-based line of the source where the item starts
    end_line: int  # 1-based line where it ends
    pieces: tuple[str, ...] = ()  # the source lines it was rebuilt from


@dataclass(frozen=True, slots=True)
class ReferenceSection:
    items: tuple[RawItem, ...]
    start: int  # character offset where the reference list (or its heading) starts
    start_line: int  # 1-based


# The end of a printed reference: a closing mark, or an identifier AMA prints without a period.
_ENDS_REFERENCE = re.compile(
    r"(?:[.?!)\]]|\b10\.\d{4,9}/\S+|\bPMID:?\s*\d+|\bPMC\d+|https?://\S+)\s*$", re.I
)
# "Della Starza I," "van der Sluis IM," "Gökbuget N." : a Vancouver author opening a reference.
_AUTHOR_START = re.compile(
    r"^(?:[a-z]{1,4}\s+){0,2}[A-Z\u00C0-\u024F][\w'’\-]*(?:\s+[A-Z\u00C0-\u024F][\w'’\-]*)?"
    r"\s+[A-Z\u00C0-\u024F]{1,4}(?:-[A-Z])?[,.;]"
)


def _previous_text(lines: list[str], i: int) -> str | None:
    """The last non-blank line before line ``i`` (None at the start of the text)."""
    for j in range(i - 1, -1, -1):
        if lines[j].strip():
            return lines[j].strip()
    return None


def _item_start(lines: list[str], i: int, number: int) -> str | None:
    """The text after the number when line ``i`` opens reference ``number``, else None."""
    s = lines[i].strip()
    n = str(number)
    for prefix in (f"[{n}]", f"{n}.", f"{n})"):
        if s.startswith(prefix):
            rest = s[len(prefix) :]
            if not rest or rest[0].isspace():
                return rest.strip()
    # "1 Bassan R, ..." or a bare "1" above a scraped reference: a bare number is also a
    # volume or a page, so it opens a reference only where one can begin: after the end of
    # the previous one (or at the start), before a word.
    if not (s == n or (s.startswith(n) and s[len(n) : len(n) + 1].isspace())):
        return None
    rest = s[len(n) :].strip()
    if _AUTHOR_START.match(rest):
        return rest
    before = _previous_text(lines, i)
    boundary = before is None or bool(_ENDS_REFERENCE.search(before) or _HEADING.match(before))
    if rest:
        return rest if boundary and rest[0].isalpha() else None
    after = next((line.strip() for line in lines[i + 1 : i + 3] if line.strip()), "")
    return "" if boundary and after[:1].isalpha() else None


def _collect(lines: list[str], first: int) -> list[tuple[int, int]]:
    """(line index, number) of each item of a list whose item 1 is on line ``first``."""
    found = [(first, 1)]
    expected = 2
    for i in range(first + 1, len(lines)):
        if _item_start(lines, i, expected) is not None:
            found.append((i, expected))
            expected += 1
    return found


_PAGE = re.compile(r"[A-Za-z]{0,3}\d")


def join_tokens(parts: list[str]) -> str:
    """Rebuild text from pieces with the spacing a printed reference has.

    No space before closing punctuation or after an opening parenthesis; none around a
    hyphen between numbers ("2447-2459"); none after ";" or ":" before a number
    ("2025;145(21):2447"). Works for one token a line as well as for wrapped lines.
    """
    out = ""
    for raw in parts:
        tok = raw.strip()
        if not tok:
            continue
        if not out:
            out = tok
            continue
        prev = out[-1]
        glue = " "
        if (
            tok[0] in ",.;:)]?!"
            or prev in "(["
            or (tok in "-–" and prev.isdigit())
            or (prev in "-–" and len(out) > 1 and out[-2].isdigit() and _PAGE.match(tok))
            or (prev in ";:" and tok[0].isdigit())
            or (prev.isdigit() and re.match(r"\((?:\d|$)", tok))
        ):
            glue = ""
        out += glue + tok
    return out


def find_reference_section(text: str) -> ReferenceSection | None:
    """The numbered list at the end of ``text`` (or the whole of it), or None if there is none.

    A list is a run of lines opening items 1, 2, 3... in order. When several runs start with
    "1" (a numbered list in the body, say), the longest wins, and among equals the last, since
    reference lists close a manuscript. A "References" heading, if present, bounds the search.
    """
    lines = text.splitlines(keepends=True)
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line))
    heading = None
    for i, line in enumerate(lines):
        if _HEADING.match(line):
            heading = i
    search_from = heading + 1 if heading is not None else 0
    best: list[tuple[int, int]] = []
    for i in range(search_from, len(lines)):
        if _item_start(lines, i, 1) is not None:
            run = _collect(lines, i)
            if len(run) >= len(best):
                best = run
    if not best:
        return None
    items = []
    for k, (start, number) in enumerate(best):
        end = best[k + 1][0] if k + 1 < len(best) else len(lines)
        first_text = _item_start(lines, start, number) or ""
        pieces = [first_text, *lines[start + 1 : end]]
        last = end
        while last > start + 1 and not lines[last - 1].strip():
            last -= 1
        pieces = [p for p in pieces[: last - start] if p.strip()]
        items.append(RawItem(number, join_tokens(pieces), start + 1, last, tuple(pieces)))
    start_line = heading if heading is not None else best[0][0]
    return ReferenceSection(tuple(items), offsets[start_line], start_line + 1)
