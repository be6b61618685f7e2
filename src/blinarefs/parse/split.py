"""Cut a reference list, or the end of a whole manuscript, into numbered items.

Only this module knows about layout: numbered lines ("1. ", "[1] ", "1) ", "(1) ", "1] ",
"1 "), references
wrapped over several lines, and lists scraped from a web page one token a line ("Smith",
"R", ","...). It finds where the list starts, rebuilds each item as one line of text, and
keeps the item's number and first line so that every message can point at the source.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass

_HEADING = re.compile(
    r"^\s*(?:#+\s*)?(references|reference list|bibliography|literature cited|works cited|"
    r"citations|references and notes)\s*:?\s*$",
    re.IGNORECASE,
)

# What follows a reference list in a pasted manuscript or web page: a line opening with one
# of these ends the list (figure legends, tables, back matter, page furniture).
_AFTER_LIST = re.compile(
    r"^\s*(?:#+\s*)?(?:fig(?:ure)?s?\.?\s*\d|table\s+\d|supplementary\b|supporting information|"
    r"author(?:s'|s’)? contributions?|acknowledge?ments?\b|funding\b|conflicts? of interest|"
    r"competing interests|declaration of|abbreviations\b|appendix\b|footnotes\b|"
    r"figure legends?\b|legends? to figures|sign in\b|download\b|cited by\b|"
    r"copyright\b|©)",
    re.IGNORECASE,
)

# "1 Smith J, ...": one pattern for every number (one per number filled the regex cache).


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
    notes: tuple[str, ...] = ()  # what was noticed about the list: text cut off after it
    numbered: bool = True  # False: the items were numbered in order by the reader


# The end of a printed reference: a closing mark, or an identifier AMA prints without a period.
_ENDS_REFERENCE = re.compile(
    r"(?:[.?!)\]]|\b10\.\d{4,9}/\S+|\bPMID:?\s*\d+|\bPMC\d+|https?://\S+)\s*$", re.I
)
# "Della Starza I," "van der Sluis IM," "Müller N." : a Vancouver author opening a reference.
_AUTHOR_START = re.compile(
    r"^(?:[a-z]{1,4}\s+){0,2}[A-Z\u00C0-\u024F][\w'’\-]*(?:\s+[A-Z\u00C0-\u024F][\w'’\-]*)?"
    r"\s+[A-Z\u00C0-\u024F]{1,4}(?:-[A-Z])?[,.;]"
)


_LEADING_NUMBER = re.compile(r"[\[(]?(\d{1,6})")


_MONTH_WORD = re.compile(
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|abr|ago|set|out|dez)[a-z]*\.?$", re.I
)


def _item_start(s: str, number: int, before: str | None, after: str) -> str | None:
    """The text after the number when the stripped line ``s`` opens reference ``number``.

    ``before`` is the last non-blank line above (None at the start of the text) and
    ``after`` the next non-blank line: a bare number is also a volume or a page, so it opens
    a reference only where one can begin (after the end of the previous one, or at the
    start) and before a word.
    """
    n = str(number)
    for prefix in (f"[{n}]", f"{n}.", f"{n})", f"({n})", f"{n}]"):
        if s.startswith(prefix):
            rest = s[len(prefix) :]
            if rest and rest[0].isspace():
                return rest.strip()
            if not rest:  # "5." alone on its line: also the day of "Epub 2016 Dec 5."
                day = bool(_MONTH_WORD.match(before or "")) and not (before or "").endswith(".")
                return None if day else ""
    if not (s == n or (s.startswith(n) and s[len(n) : len(n) + 1].isspace())):
        return None
    rest = s[len(n) :].strip()
    if _AUTHOR_START.match(rest):
        return rest
    boundary = before is None or bool(_ENDS_REFERENCE.search(before) or _HEADING.match(before))
    if rest:
        return rest if boundary and rest[0].isalpha() else None
    return "" if boundary and after[:1].isalpha() else None


def _starts(lines: list[str], first: int) -> dict[int, tuple[int, str]]:
    """Line index -> (number, text after it) for every line from ``first`` that can open an
    item. One pass: each line is looked at once, whatever the size of the text."""
    found: dict[int, tuple[int, str]] = {}
    before: str | None = None
    for i in range(first, len(lines)):
        s = lines[i].strip()
        m = _LEADING_NUMBER.match(s)
        if m:
            after = next((x.strip() for x in lines[i + 1 : i + 3] if x.strip()), "")
            rest = _item_start(s, int(m.group(1)), before, after) if int(m.group(1)) else None
            if rest is not None:
                found[i] = (int(m.group(1)), rest)
        if s:
            before = s
    return found


def _longest_run(starts: dict[int, tuple[int, str]], lines: list[str]) -> list[int]:
    """Line indexes of the longest run of increasing item numbers: 1, 2, 3... as a rule,
    but a list may start at any number (the second page of a list) and skip numbers (a copy
    that lost items, a list printing only some). The item after a line is one of: the first
    later line that opens one of the next three numbers, or one of the nearest three of the
    next 50 lines that open a larger number (at most ``_MAX_SKIP`` on); of these, the one
    that starts the longest run, the nearest among equals (so a "2" in a later reference's
    text, "Bowtie 2", does not take the place of the 4 that follows 1 in a list that
    skips). The longest run wins; among equals, one starting at 1, then the last (reference
    lists close a manuscript). Run lengths are computed from the end so that the cost stays
    n log n."""
    # the first line at or after each index that holds text: an item is never empty, so
    # the item after line i starts after some text ("2." / "21 U.S. Code": 21 is its text)
    text_at = [len(lines)] * (len(lines) + 1)
    for k in range(len(lines) - 1, -1, -1):
        text_at[k] = k if lines[k].strip() else text_at[k + 1]
    by_number: dict[int, list[int]] = {}
    for i, (number, _) in starts.items():
        by_number.setdefault(number, []).append(i)  # indexes come in increasing order
    order = sorted(starts)
    length: dict[int, int] = {}
    following: dict[int, int] = {}
    for pos in range(len(order) - 1, -1, -1):
        i = order[pos]
        number = starts[i][0]
        options = []
        for step in (1, 2, 3):
            nexts = by_number.get(number + step, [])
            k = bisect.bisect_right(nexts, i)
            if k < len(nexts):
                options.append(nexts[k])
        near = (j for j in order[pos + 1 : pos + 51] if number < starts[j][0] <= number + _MAX_SKIP)
        options += itertools.islice(near, 3)
        if not starts[i][1]:
            options = [j for j in options if text_at[i + 1] < j]
        length[i] = 1
        if options:
            nxt = max(options, key=lambda j: (length[j], -j))
            following[i] = nxt
            length[i] = 1 + length[nxt]
    best = max(order, key=lambda i: (length[i], starts[i][0] == 1, i), default=None)
    run = []
    while best is not None:
        run.append(best)
        best = following.get(best)
    return run


_MAX_SKIP = 50  # numbers a list may skip at once (gaps of up to 28 occur in real copies)


def _numbering_notes(numbers: list[int], line: int) -> list[str]:
    """What a reader should know about the list's numbers: where it starts when not at 1,
    and which numbers it skips (items a copy lost: check the source)."""
    notes = []
    if numbers[0] != 1:
        notes.append(f"line {line}: the reference list starts at number {numbers[0]}, not 1")
    missing = [
        f"{a + 1}" if b - a == 2 else f"{a + 1}-{b - 1}"
        for a, b in itertools.pairwise(numbers)
        if b - a > 1
    ]
    if missing:
        shown = ", ".join(missing[:10]) + (
            f" and {len(missing) - 10} more" if len(missing) > 10 else ""
        )
        notes.append(f"line {line}: the reference list skips number(s) {shown}")
    return notes


_PAGE = re.compile(r"[A-Za-z]{0,3}\d")
# The word being rebuilt is an identifier: its pieces join without spaces.
_IDENTIFIER = re.compile(r"^(?:doi:?|https?:|www\.|10\.|\S*doi\.org/)", re.I)


def _glued(out: str, tok: str) -> bool:
    """Whether ``tok`` joins the text rebuilt so far without a space."""
    prev = out[-1]
    before = out[-2] if len(out) > 1 else ""
    word = out[out.rfind(" ") + 1 :]
    if word == "10.":  # a DOI's prefix, or a number closing a sentence
        return tok.isdigit()
    sentence = prev in ".;," and re.match(r"[A-Z][^\W\d_]*\b", tok)  # "...2948. PMID"
    if _IDENTIFIER.match(word) and not sentence:
        return tok not in "[(" and not (word.lower().startswith("doi") and word.endswith(":"))
    return bool(
        tok[0] in ",.;:)]?!”’"
        or prev in "([“‘"
        or (tok in "-–" and prev.isdigit())
        or (prev in "-–" and before.isdigit() and _PAGE.match(tok))
        or (prev in ";:" and tok[0].isdigit())
        or (prev.isdigit() and re.match(r"\((?:\d|$)", tok))
        # "Rocha-Olivares", "O'Brien", "relapsed/refractory" cut into three pieces
        or (tok == "/" and prev.isalnum())
        or (prev == "/" and before.isalnum())
        or (tok in "-‐'’" and prev.isalpha())
        # initials joined by a hyphen: "B.‐Z. Qian", "J.-P."
        or (tok in "-‐" and prev == "." and before.isupper())
        or (prev in "-‐" and before == "." and tok[:1].isupper() and len(tok) <= 2)
        or (prev in "-‐'’" and before.isalpha() and tok[0].isalpha())
    )


def join_tokens(parts: list[str]) -> str:
    """Rebuild text from pieces with the spacing a printed reference has.

    No space before closing punctuation or after an opening parenthesis; none around a
    hyphen between numbers ("2447-2459") or inside a hyphenated name ("Rocha-Olivares");
    none after ";" or ":" before a number ("2025;145(21):2447"); none inside a DOI or a URL
    ("doi: 10.1159/000153205"). Works for one token a line as well as for wrapped lines.
    """
    out: list[str] = []
    recent = ""  # the end of the text so far: all the spacing rules look at
    for raw in parts:
        tok = raw.strip()
        if not tok:
            continue
        piece = (tok if _glued(recent, tok) else f" {tok}") if recent else tok
        out.append(piece)
        recent = (recent + piece)[-2000:]
    return "".join(out)


def _fold_split_numbers(lines: list[str]) -> list[str]:
    """One token a line cuts "12." into "12" and ".": put the number and its mark back on
    one line (the mark's line left blank, so line numbers stay) where a reference can start:
    before anything but a number (a year excepted), and not after the mark that sets off a
    volume or a page ("2020:12.", "1-12."). Among the candidates, the run 1, 2, 3... is
    chosen as for any list."""
    out = list(lines)
    before = ""
    for i in range(len(out) - 2):
        s = out[i].strip()
        if (
            s.isdigit()
            and out[i + 1].strip() in (".", ")")
            and before not in _BEFORE_A_NUMBER
            and (
                not out[i + 2].strip()[:1].isdigit()
                or _YEAR_LINE.match(out[i + 2])
                or before in (")", "]")  # "...(in Japanese)" / "10" / "." / "21 U.S. Code"
            )
        ):
            out[i], out[i + 1] = f"{s}{out[i + 1].strip()}\n", "\n"
        if s:
            before = s
    return out


_YEAR_LINE = re.compile(r"\A\s*(?:1[89]|20)\d{2}\s*$")  # "115. 2010 IUCN Red List..."
_BEFORE_A_NUMBER = frozenset({":", "-", "–", "(", "pp"})


def find_reference_section(text: str) -> ReferenceSection | None:
    """The numbered list at the end of ``text`` (or the whole of it), or None if there is none.

    A list is a run of lines opening items 1, 2, 3... in order. When several runs start with
    "1" (a numbered list in the body, say), the longest wins, and among equals the last, since
    reference lists close a manuscript. A "References" heading, if present, bounds the search.
    """
    lines = _fold_split_numbers(text.splitlines(keepends=True))
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line))
    heading = None
    for i, line in enumerate(lines):
        if _HEADING.match(line):
            heading = i
    starts = _starts(lines, heading + 1 if heading is not None else 0)
    best = _longest_run(starts, lines)
    if not best:
        return _unnumbered(lines, offsets, heading)
    items = []
    notes = _numbering_notes([starts[i][0] for i in best], best[0] + 1)
    for k, start in enumerate(best):
        number, first_text = starts[start]
        end = best[k + 1] if k + 1 < len(best) else _list_end(lines, start, number, notes)
        pieces = [first_text, *lines[start + 1 : end]]
        last = end
        while last > start + 1 and not lines[last - 1].strip():
            last -= 1
        pieces = [p for p in pieces[: last - start] if p.strip()]
        items.append(RawItem(number, join_tokens(pieces), start + 1, last, tuple(pieces)))
    start_line = heading if heading is not None else best[0]
    return ReferenceSection(tuple(items), offsets[start_line], start_line + 1, tuple(notes))


# What nearly every reference holds: a year, and a volume/page, a DOI or a publisher's mark.
_REFERENCE_LIKE = re.compile(
    r"\b(?:1[89]|20)\d{2}\b.*(?:\d+\s*[:(,]\s*\d|\bdoi\b|\bpp?\.|[A-Z][a-z]+:\s|https?://)"
    r"|(?:\d+\s*[:(,]\s*\d|\bdoi\b|\bpp?\.|https?://).*\b(?:1[89]|20)\d{2}\b",
    re.IGNORECASE,
)


def _unnumbered(
    lines: list[str], offsets: list[int], heading: int | None
) -> ReferenceSection | None:
    """A list without numbers (never numbered, or a word processor dropped them in the
    copy): the lines after a "References" heading, or the whole text when every item looks
    like a reference. An item starts after a blank line, or on a line that opens with a
    capital after a line that ends a reference; items are numbered in order."""
    first = heading + 1 if heading is not None else 0
    notes: list[str] = []
    end = len(lines)
    for i in range(first, len(lines)):
        if _AFTER_LIST.match(lines[i]):
            end = i
            break
    groups: list[list[int]] = []
    blank_before = True
    for i in range(first, end):
        s = lines[i].strip()
        if not s:
            blank_before = True
            continue
        prev = lines[groups[-1][-1]].strip() if groups else ""
        if blank_before or not groups or (_ENDS_REFERENCE.search(prev) and s[0].isupper()):
            groups.append([])
        groups[-1].append(i)
        if len(groups[-1]) > 400:  # no reference is that long, even one token a line
            return None
        blank_before = False
    texts = [join_tokens([lines[i] for i in g]) for g in groups]
    looks = sum(1 for t in texts if len(t) < 1200 and _REFERENCE_LIKE.search(t))
    if len(texts) < 2 or looks < 0.8 * len(texts) or (heading is None and looks < len(texts)):
        return None
    items = tuple(
        RawItem(k, text, g[0] + 1, g[-1] + 1, tuple(lines[i] for i in g))
        for k, (g, text) in enumerate(zip(groups, texts, strict=True), 1)
    )
    notes.append(
        f"line {groups[0][0] + 1}: the reference list has no numbers; its {len(items)} "
        "references were numbered in order"
    )
    start_line = heading if heading is not None else groups[0][0]
    return ReferenceSection(items, offsets[start_line], start_line + 1, tuple(notes), False)


def _list_end(lines: list[str], last_start: int, number: int, notes: list[str]) -> int:
    """Where the last item ends: at the first line after it that opens what follows a
    list (a figure legend, a table, back matter), which is reported, or at the end."""
    for i in range(last_start + 1, len(lines)):
        if _AFTER_LIST.match(lines[i]):
            rest = [x.strip() for x in lines[i:] if x.strip()]
            dropped = join_tokens(rest)
            if len(dropped) > 80:
                dropped = f"{dropped[:60]}… ({len(rest)} lines)"
            notes.append(
                f"line {i + 1}: text after reference {number} is not part of it and was "
                f"left out: {dropped!r}"
            )
            return i
    return len(lines)
