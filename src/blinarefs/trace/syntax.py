"""Explicit citation syntax: bracketed numbers, Unicode, HTML and Pandoc superscripts,
Pandoc and LaTeX keys, and author-year citations matched to first author and year."""

from __future__ import annotations

import bisect
import re

from .candidates import (
    DASHES,
    IN_THE_WORK,
    LETTERED_GROUP,
    LOCATED_GROUP,
    PARTS_GROUP,
    REFERENCE_MARKS,
    SPACED_GROUP,
    SPELT_GROUP,
    SUB_WORK,
    SYNTAX,
    Candidate,
    expand_numbers,
    unspell,
)
from .pandoc_plain import outside, raised_in_parentheses
from .refindex import ReferenceIndex

# "[13: 70–71]", "[1, p. 5]": a citation with the pages it points at
# "[17, Theorem 3]", "[15, Chapter 4 and 5]": the part of a book or paper it points at
_PART = r"(?:[Tt]heorem|[Ll]emma|[Cc]orollary|[Pp]roposition|[Cc]hapter|[Ss]ection)"
# "[22: 50, 62–65, fig. 2.20]", "[1: 302, fig. 10; Fig. 14]": pages and figures or plates
# of the work, numbered by chapter or not, one after the other
_LOCATOR = r"(?:(?:pp?|[Ff]igs?|[Tt]ables?|[Pp]ls?)\.?\s*)?\d+(?:\.\d+)*[a-z]?"
_LOCATORS = rf"{_LOCATOR}(?:\s*(?:[{DASHES}]|[,;]\s*(?:and\s+)?)\s*{_LOCATOR})*\s*"
# "[e.g., 77]", "[see 4]", "[cf. 12, 13]": a pointer before the numbers, inside the bracket
_POINTER = r"(?:(?:e\.\s?g\.|cf\.|[Ss]ee(?: also)?),?\s*)?"
_BRACKET = re.compile(
    rf"\[\s*{_POINTER}({LOCATED_GROUP})\s*(?::\s*{_LOCATORS}"
    rf"|,\s*pp?\.\s*\d+[{DASHES}\d]*|,\s*{_PART}\s*\d+[^\[\]\n]{{0,40}})?(?:\]|,\s*(?=\[\d))"
)  # and "[18,[33], [34]]": a reference manager's group nested in an outer one
# "\\[27\\]", "\\[28–31\\]": brackets escaped, as Pandoc writes a bracketed citation into
# Markdown (a bracket alone would start a link); TeX's "\\[2pt]" is closed by a bare "]"
_ESCAPED_BRACKET = re.compile(rf"\\\[\s*({LETTERED_GROUP})\s*\\\]")
# A Markdown link's target follows its text with no space in it: "[1](https://x.org/a)";
# a citation glued to a parenthesis that goes on in words is none: "[10–18](see below)"
_LINK = re.compile(r"\([^\s()]*\)")
_BETWEEN_RANGE = re.compile(rf"\A\s*[{DASHES}]\s*")  # "[7]–[10]": 8 and 9 are cited too
_SUPERSCRIPT_CHARS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
# "⁴⁻⁷", "¹˒²", and "⁴– ⁷", "¹, ²", "⁴ – ⁷": Unicode has no raised en dash or space, so a
# group raised with its separators spaced (as publishers print them inside the citation)
# keeps them on the line between its raised digits; still one group, a range a range
_UNICODE_SUP = re.compile(
    rf"[{_SUPERSCRIPT_CHARS}]+(?:[^\S\n]?[⁻˒,‐–-][^\S\n]?[{_SUPERSCRIPT_CHARS}]+)*"
)
_THIN_SPACES = "\u2009\u200a\u202f\u2006\u2005"  # thin, hair, narrow no-break, sixth, fourth
_SUP_TRANS = str.maketrans({**{c: str(i) for i, c in enumerate(_SUPERSCRIPT_CHARS)}, "⁻": "-"})
_HTML_SUP = re.compile(rf"<sup>\s*({SPACED_GROUP}|{PARTS_GROUP})\s*</sup>", re.IGNORECASE)
# Also "^4 5^", "^(4)^", "^( 2, 3) ^" and "^14,34,g^" (a footnote letter after the numbers),
# "^1a,b^" (the parts of a reference whose list sub-labels them),
# and "^3), (4^", "^5)- (7^": each number in parentheses, the outer ones lost (candidates.py)
_PANDOC_SUP = re.compile(
    rf"\^\s*\(?\s*({SPELT_GROUP}|\d+(?:\s+\d+)+|\d+(?:\)[{DASHES},] \(\d+)+|{PARTS_GROUP})\s*\)?"
    r"(?:\s*,\s*[a-z])?\s*[.,;]?\^"
)  # and "^87.^", "^144,145.^": the sentence's full stop printed inside
# a key opens with a letter (any script's: "@пункт3"), digit or "_", as Pandoc reads it
_PANDOC_KEY = r"-?@(?:\{([^{}\s]+)\}|(\w[\w:.#$%&\-+?<>~/]*\w|\w))"
_PANDOC_BRACKET = re.compile(r"\[([^\[\]@]*@[^\[\]]*)\](?![(:\[])")  # no lazy scan: linear
_PANDOC_INLINE = re.compile(r"(?<![\w@\\])" + _PANDOC_KEY)
# Quarto's cross-references ("@fig-flow", "@tbl-1", "@sec-methods") and pandoc-crossref's
# ("@fig:flow", "@eq:2") share the citation's "@": a key of that form that no reference
# holds points at a figure, table, section or equation, not at a missing reference.
_CROSS_REFERENCE = re.compile(r"(?:fig|tbl|sec|eq|lst|thm|lem|cor|prp|cnj|def|exm|exr)[-:]\w")
# \cite[p.~5]{key}, and biblatex's multicite \cites(pre)(post)[5]{a}[7]{b}: every {keys}
# group is read, and no "[7]" is left to read as a numbered citation
_LATEX = re.compile(
    r"\\(?=[A-Za-z]*?cite)(?P<cmd>[A-Za-z]+)\*?"
    r"(?P<args>(?:\s*\([^()]*\))*(?:(?:\s*\[[^\[\]]*\])*(?:\s*\{[^{}]*\})+)+)"
)


def syntax_candidates(text: str, index: ReferenceIndex) -> list[Candidate]:
    out: list[Candidate] = []
    # Each pattern runs only if the character it needs occurs at all: a substring test costs
    # a fraction of a regex pass over a long manuscript.
    out.extend(_bracket_candidates(text) if "[" in text else ())
    has_sup = any(ch in text for ch in _SUPERSCRIPT_CHARS)
    for m in _UNICODE_SUP.finditer(text) if has_sup else ():
        # a power opens with its sign ("kg⁻¹", "10⁻³", and "10⁻ ³" where the sign and the
        # digits were raised apart with a thin space between), a charge closes with it
        # ("Ca²⁺", "PtF₆ ²⁻"); a range's raised minus has digits after it ("²⁻⁴") and stays
        # in the group
        if _after_sign(text, m.start()) or text.startswith(("⁻", "⁺"), m.end()):
            continue
        numbers = expand_numbers(m.group().translate(_SUP_TRANS).replace("˒", ","))
        if numbers:
            out.append(Candidate(m.start(), m.end(), "superscript", SYNTAX, numbers, printed=True))
    for pattern, needs in ((_HTML_SUP, "</"), (_PANDOC_SUP, "^")):
        for m in pattern.finditer(text) if needs in text else ():
            group = SUB_WORK.sub("", m.group(1))  # "1a,b": parts of reference 1
            numbers = expand_numbers(re.sub(r"(?<=\d)\s+(?=\d)", ",", unspell(group)))
            if numbers:
                out.append(
                    Candidate(m.start(), m.end(), "superscript", SYNTAX, numbers, printed=True)
                )
    raised = raised_in_parentheses(text)  # Pandoc's plain "^(1,2)", "^([6])"
    out = [*outside(out, raised), *raised, *_keyed_candidates(text, index)]
    return out


def _after_sign(text: str, at: int) -> bool:
    """Whether raised digits at ``at`` follow a raised sign, right before them or across
    one thin space (a typesetter's space inside a number: a normal space after an ion,
    "Cl⁻ ⁵", leaves a citation)."""
    before = text[at - 1] if at else ""
    if before in _THIN_SPACES and at > 1:
        before = text[at - 2]
    return before in ("⁻", "⁺")


def _bracket_candidates(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    found = _BRACKET.finditer(text)
    if "\\[" in text:  # each kind in text order, so "\\[7\\]–\\[10\\]" joins as "[7]–[10]" does
        found = iter(sorted((*found, *_ESCAPED_BRACKET.finditer(text)), key=lambda m: m.start()))
    for m in found:
        before = text[m.start() - 1] if m.start() else ""
        after = text[m.end()] if m.end() < len(text) else ""
        last = out[-1] if out else None
        # "[5][6]": two numbers glued, each in its brackets, is one citation of both (a
        # reference manager's, PLOS's); "[text][1]", "[1](url)" are Markdown links, "\[1]"
        # TeX's optional argument
        glued = bool(last and last.end == m.start())
        if before == "\\" or _LINK.match(text, m.end()) or (before == "]" and not glued):
            continue
        if after == "[" and not _BRACKET.match(text, m.end()):
            continue
        if after == ":" and (m.start() == 0 or text[m.start() - 1] == "\n"):
            continue  # a Markdown link definition "[1]: https://..."
        group = IN_THE_WORK.sub("", m.group(1))  # "16 pg. 83", "fig. 5a in 88": where in it
        numbers = expand_numbers(REFERENCE_MARKS.sub("", SUB_WORK.sub("", group)))
        if not numbers:
            continue
        if last and glued:
            out[-1] = Candidate(last.start, m.end(), "bracket", SYNTAX, last.numbers + numbers)
            continue
        if last and last.numbers and _BETWEEN_RANGE.fullmatch(text[last.end : m.start()]):
            lo, hi = last.numbers[-1], numbers[0]
            if lo < hi:  # "[7]–[10]" is one citation of 7 to 10
                joined = last.numbers + tuple(range(lo + 1, hi)) + numbers
                out[-1] = Candidate(last.start, m.end(), "bracket", SYNTAX, joined)
                continue
        out.append(Candidate(m.start(), m.end(), "bracket", SYNTAX, numbers))
    return out


def nocited_keys(text: str) -> set[str]:
    """The keys LaTeX's ``\\nocite`` lists without citing them (``*``: every entry)."""
    if "nocite" not in text:
        return set()
    groups = (
        g
        for m in _LATEX.finditer(text)
        if m.group("cmd") == "nocite"
        for g in re.findall(r"\{([^{}]*)\}", m.group("args"))
    )
    return {k.strip() for g in groups for k in g.split(",") if k.strip()}


def _keyed_candidates(text: str, index: ReferenceIndex) -> list[Candidate]:
    out: list[Candidate] = []
    taken: list[tuple[int, int]] = []
    if "@" not in text and "cite" not in text:
        return out
    for m in _PANDOC_BRACKET.finditer(text):
        keys = tuple(a or b for a, b in re.findall(r"(?<![\w@])" + _PANDOC_KEY, m.group(1)))
        keys = tuple(k for k in keys if k in index.by_key or not _CROSS_REFERENCE.match(k))
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
        if key in index.by_key or (bracketed and not _CROSS_REFERENCE.match(key)):
            out.append(Candidate(m.start(), m.end(), "pandoc", SYNTAX, keys=(key,)))
    for m in _LATEX.finditer(text) if "\\" in text else ():
        if m.group("cmd").lower() == "nocite":
            continue
        groups = re.findall(r"\{([^{}]*)\}", m.group("args"))
        cited = tuple(k.strip() for g in groups for k in g.split(",") if k.strip())
        if cited:
            out.append(Candidate(m.start(), m.end(), "latex", SYNTAX, keys=cited))
    return out
