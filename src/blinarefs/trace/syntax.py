"""Explicit citation syntax: bracketed numbers, Unicode, HTML and Pandoc superscripts,
Pandoc and LaTeX keys, and author-year citations matched to first author and year."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from ..names import fold_ascii
from .candidates import (
    DASHES,
    LETTERED_GROUP,
    MONTHS,
    SPACED_GROUP,
    SPELT_GROUP,
    SYNTAX,
    Candidate,
    expand_numbers,
    unspell,
)
from .refindex import ReferenceIndex

# "[13: 70–71]", "[1, p. 5]": a citation with the pages it points at
# "[28b]": the second work of reference 28 (a reference that lists several, a), b), ...)
_SUB_WORK = re.compile(r"(?<=\d)[a-h]\b")
_BRACKET = re.compile(
    rf"\[\s*({LETTERED_GROUP})\s*(?::\s*(?:(?:pp?|fig|figs|table)\.?\s*)?\d+[{DASHES}\d, ]*"
    rf"|,\s*pp?\.\s*\d+[{DASHES}\d]*)?\]"
)
_BETWEEN_RANGE = re.compile(rf"\A\s*[{DASHES}]\s*")  # "[7]–[10]": 8 and 9 are cited too
_SUPERSCRIPT_CHARS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_UNICODE_SUP = re.compile(rf"[{_SUPERSCRIPT_CHARS}]+(?:[⁻˒,‐–-][{_SUPERSCRIPT_CHARS}]+)*")
_SUP_TRANS = str.maketrans({**{c: str(i) for i, c in enumerate(_SUPERSCRIPT_CHARS)}, "⁻": "-"})
_HTML_SUP = re.compile(rf"<sup>\s*({SPACED_GROUP})\s*</sup>", re.IGNORECASE)
# Also "^4 5^", "^(4)^", "^( 2, 3) ^" and "^14,34,g^" (a footnote letter after the numbers),
# and "^3), (4^", "^5)- (7^": each number in parentheses, the outer ones lost (candidates.py)
_PANDOC_SUP = re.compile(
    rf"\^\s*\(?\s*({SPELT_GROUP}|\d+(?:\s+\d+)+|\d+(?:\)[,{DASHES}] \(\d+)+)\s*\)?"
    r"(?:\s*,\s*[a-z])?\s*[.,;]?\^"
)  # and "^87.^", "^144,145.^": the sentence's full stop printed inside
_PANDOC_KEY = r"-?@(?:\{([^{}\s]+)\}|([A-Za-z0-9_][\w:.#$%&\-+?<>~/]*[\w]|[A-Za-z0-9_]))"
_PANDOC_BRACKET = re.compile(r"\[([^\[\]@]*@[^\[\]]*)\](?![(:\[])")  # no lazy scan: linear
_PANDOC_INLINE = re.compile(r"(?<![\w@\\])" + _PANDOC_KEY)
_LATEX = re.compile(
    r"\\(?=[A-Za-z]*?cite)(?P<cmd>[A-Za-z]+)\*?(?P<args>(?:\s*\[[^\[\]]*\])*(?:\s*\{[^{}]*\})+)"
)
_NAME = (
    r"(?:(?:[Vv]an|[Vv]on|[Dd]e|[Dd]er|[Dd]en|[Dd]el|[Dd]ella|[Dd]i|[Dd]a|[Dd]u|[Ll]e|[Ll]a)\s)*"
    r"[A-Z][\w'’\-]+"
)
_AUTHOR_PART = re.compile(
    rf"(?:(?:see|e\.g\.|cf\.|reviewed in)\s*,?\s*)?(?P<name>{_NAME})"
    rf"(?P<more>\s+et\s+al\.?|(?:,\s*{_NAME})*,?\s+(?:and|&)\s+{_NAME})?,?\s+"
    r"(?P<year>(?:19|20)\d\d)[a-z]?"
    r"(?:,\s*pp?\.\s*\d+(?:[-–]\d+)?)?"
)
_AUTHOR_PAREN = re.compile(r"\(([^()\n]{6,300})\)")
_YEAR = re.compile(r"(?:19|20)\d\d")
_PAREN_YEAR = re.compile(r"\((?:19|20)\d\d[a-z]?\)")
_AUTHOR_NARRATIVE = re.compile(
    rf"(?P<name>{_NAME})(?P<more>\s+et\s+al\.?|\s+(?:and|&)\s+{_NAME})?\s+"
    r"\((?P<year>(?:19|20)\d\d)[a-z]?\)"
)


def syntax_candidates(text: str, index: ReferenceIndex) -> list[Candidate]:
    out: list[Candidate] = []
    # Each pattern runs only if the character it needs occurs at all: a substring test costs
    # a fraction of a regex pass over a long manuscript.
    out.extend(_bracket_candidates(text) if "[" in text else ())
    has_sup = any(ch in text for ch in _SUPERSCRIPT_CHARS)
    for m in _UNICODE_SUP.finditer(text) if has_sup else ():
        numbers = expand_numbers(m.group().translate(_SUP_TRANS).replace("˒", ","))
        if numbers:
            out.append(Candidate(m.start(), m.end(), "superscript", SYNTAX, numbers, printed=True))
    for pattern, needs in ((_HTML_SUP, "</"), (_PANDOC_SUP, "^")):
        for m in pattern.finditer(text) if needs in text else ():
            numbers = expand_numbers(re.sub(r"(?<=\d)\s+(?=\d)", ",", unspell(m.group(1))))
            if numbers:
                out.append(
                    Candidate(m.start(), m.end(), "superscript", SYNTAX, numbers, printed=True)
                )
    out.extend(_keyed_candidates(text, index))
    return out


def _bracket_candidates(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    for m in _BRACKET.finditer(text):
        before = text[m.start() - 1] if m.start() else ""
        after = text[m.end()] if m.end() < len(text) else ""
        if before in "]\\" or after in "([":  # Markdown links, TeX optional arguments
            continue
        if after == ":" and (m.start() == 0 or text[m.start() - 1] == "\n"):
            continue  # a Markdown link definition "[1]: https://..."
        numbers = expand_numbers(_SUB_WORK.sub("", m.group(1)))
        if not numbers:
            continue
        last = out[-1] if out else None
        if last and last.numbers and _BETWEEN_RANGE.fullmatch(text[last.end : m.start()]):
            lo, hi = last.numbers[-1], numbers[0]
            if lo < hi:  # "[7]–[10]" is one citation of 7 to 10
                joined = last.numbers + tuple(range(lo + 1, hi)) + numbers
                out[-1] = Candidate(last.start, m.end(), "bracket", SYNTAX, joined)
                continue
        out.append(Candidate(m.start(), m.end(), "bracket", SYNTAX, numbers))
    return out


def _keyed_candidates(text: str, index: ReferenceIndex) -> list[Candidate]:
    out: list[Candidate] = []
    taken: list[tuple[int, int]] = []
    if "@" not in text and "cite" not in text:
        return out
    for m in _PANDOC_BRACKET.finditer(text):
        keys = tuple(a or b for a, b in re.findall(r"(?<![\w@])" + _PANDOC_KEY, m.group(1)))
        if keys:
            out.append(Candidate(m.start(), m.end(), "pandoc", SYNTAX, keys=keys))
            taken.append((m.start(), m.end()))
    bracketed = bool(out)
    starts = [s for s, _ in taken]  # in text order, not overlapping: bisect, not a scan
    for m in _PANDOC_INLINE.finditer(text) if "@" in text else ():
        i = bisect.bisect_right(starts, m.start()) - 1
        if i >= 0 and m.start() < taken[i][1]:
            continue
        key = m.group(1) or m.group(2)
        if key in index.by_key or bracketed:
            out.append(Candidate(m.start(), m.end(), "pandoc", SYNTAX, keys=(key,)))
    for m in _LATEX.finditer(text) if "\\" in text else ():
        if m.group("cmd").lower() == "nocite":
            continue
        groups = re.findall(r"\{([^{}]*)\}", m.group("args"))
        cited = tuple(k.strip() for g in groups for k in g.split(",") if k.strip())
        if cited:
            out.append(Candidate(m.start(), m.end(), "latex", SYNTAX, keys=cited))
    return out


def author_year_candidates(text: str, index: ReferenceIndex) -> list[Candidate]:
    out: list[Candidate] = []
    for m in _AUTHOR_PAREN.finditer(text):
        if not _YEAR.search(m.group(1)):
            continue
        parts = [p.strip() for p in m.group(1).split(";")]
        matches = [_AUTHOR_PART.fullmatch(p) for p in parts]
        if not parts or not all(matches):
            continue
        cand = _author_year(m.start(), m.end(), matches, index)  # type: ignore[arg-type]
        if cand:
            out.append(cand)
    for year in _PAREN_YEAR.finditer(text):  # "Name et al. (2017)": find the year, look back
        window = max(0, year.start() - 120)
        found = _AUTHOR_NARRATIVE.search(text, window, year.end())
        while found and found.end() != year.end():
            found = _AUTHOR_NARRATIVE.search(text, found.start() + 1, year.end())
        if found:
            cand = _author_year(found.start(), found.end(), [found], index)
            if cand:
                out.append(cand)
    return out


def _author_year(
    start: int, end: int, parts: Sequence[re.Match[str]], index: ReferenceIndex
) -> Candidate | None:
    keys: list[str] = []
    missing: list[str] = []
    for part in parts:
        name, year = part.group("name"), int(part.group("year"))
        if name.lower() in MONTHS:
            return None
        refs = index.by_author_year.get((fold_ascii(name).lower(), year), [])
        if refs:
            keys.extend(r.id for r in refs)
        elif part.group("more"):
            missing.append(f"{name}{' et al' if 'et' in part.group('more') else ''} {year}")
        else:
            return None  # "(Blood 2025)": a bare name and year is a citation only if it matches
    return Candidate(start, end, "author-year", SYNTAX, keys=tuple(keys), missing=tuple(missing))
