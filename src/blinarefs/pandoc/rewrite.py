"""Citations written as Pandoc citations in the text around them, piece by piece: where
a numbered one goes against punctuation (a superscript after a full stop, Pandoc moving a
citation only after a space), and how an author-year one is read whole
(:mod:`blinarefs.pandoc.named`): one parenthesis a reference manager split over several
fields, a prefix typed before a field, JATS's year-only citations with the names before
them. Pure: :func:`~blinarefs.pandoc.convert.to_pandoc` drives it paragraph by paragraph.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Iterable, Sequence

from ..findings import Finding, quoted
from ..model import Reference
from ..trace.decode import Citation
from .markdown import escape_inline, pandoc_citation
from .named import (
    TYPED_PREFIX,
    Works,
    author_year_citation,
    closes_only,
    name_words,
    opens_only,
    parenthesised,
    split_citation,
    typed_prefix,
    year_only,
)

_PUNCT_BEFORE = re.compile(r"(?<=[^\s.,;:!?])[.,;:!?]+$")  # from the run's start: linear


def _is_punct(char: str) -> bool:
    return bool(char) and unicodedata.category(char).startswith("P")


def line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


class Rewriter:
    """Text with its citations replaced, piece by piece; ``escape`` for plain-text input."""

    def __init__(
        self,
        text: str,
        escape: bool,
        glue: bool,
        source: str | None,
        works: Works,
        marks: Sequence[tuple[int, int, str]] = (),
    ) -> None:
        self.text, self.escape, self.glue, self.source = text, escape, glue, source
        self.works = works  # what author-year citations name: see pandoc.named
        # spans Word raised ("^") or lowered ("~") that are no citation, sorted
        self.marks = sorted(marks)
        self._mark_starts = [m[0] for m in self.marks]
        self._placed: set[tuple[int, str]] = set()  # the places written (see _span)
        self.converted: list[Citation] = []
        self.warnings: list[Finding] = []

    def _warn(self, c: Citation, code: str, message: str, suggestion: str) -> None:
        self.warnings.append(
            Finding(
                "warning",
                code,
                message,
                line=line_of(self.text, c.start),
                span=(c.start, c.end),
                text=c.marker,
                suggestion=suggestion,
                source=self.source,
            )
        )

    def _markup(self, c: Citation) -> str | None:
        """The Pandoc citation for ``c``, or None to leave it as written."""
        if c.missing:
            self._warn(
                c,
                "dangling-citation",
                f"citation {quoted(c.marker)} names {', '.join(c.missing)}, not in the "
                "references; left as written",
                "add the reference, or correct the citation",
            )
            return None
        if c.kind == "author-year":
            written = author_year_citation(c.marker, c.keys, self.works) if c.keys else None
            if written is None:
                self._warn(
                    c,
                    "author-year-citation",
                    f"author-year citation {quoted(c.marker)} left as written: its form is "
                    "not one a Pandoc citation says whole",
                    "write it as [@key], with its prefix and locator ([see @key, p. 4])",
                )
            return written
        if c.kind == "pandoc":
            return c.marker
        if not c.keys:  # no reference list at all to name them by
            return None
        return pandoc_citation(dict.fromkeys(c.keys))

    def _split_pieces(self, lo: int, citations: list[Citation]) -> dict[int, tuple[int, str]]:
        """Parentheses of author-year citations a reference manager split over several
        fields, or whose prefix the author typed before a field ("(for review see " and
        "Roe, 2016)"): by citation start, where its Pandoc piece's text begins and the
        piece (:func:`~blinarefs.pandoc.named.split_citation`). Only a run that opens (or
        follows the typed prefix of an open parenthesis), goes on over separators or a
        typed prefix, and closes; the text from ``lo`` on is the paragraph's."""
        out: dict[int, tuple[int, str]] = {}
        i = 0
        while i < len(citations):
            first = citations[i]
            typed = TYPED_PREFIX.search(self.text, lo, first.start)
            if first.kind != "author-year" or not first.keys:
                i += 1
                continue
            if opens_only(first.marker):
                run = [(first.start, first.marker, first)]
            elif closes_only(first.marker) and typed is not None:
                run = [(typed.start(), "(" + typed[1] + first.marker, first)]
            else:
                i += 1
                continue
            j = i
            while not closes_only(run[-1][2].marker) and j + 1 < len(citations):
                gap = _gap_words(self.text, citations[j], citations[j + 1])
                if gap is None:
                    break
                j += 1
                nxt = citations[j]
                run.append((nxt.start - len(gap[0]), gap[1] + nxt.marker, nxt))
            if closes_only(run[-1][2].marker):
                pieces = split_citation([(m, c.keys) for _, m, c in run], self.works)
                if pieces is not None:
                    out.update(
                        (c.start, (at, piece))
                        for (at, _, c), piece in zip(run, pieces, strict=True)
                    )
            i = j + 1
        return out

    def _years_alone(self, citations: list[Citation]) -> dict[int, tuple[int, int, str]]:
        """Author-year citations tagged on their year alone (JATS: "(Roe, <xref>2019</xref>;
        Doe, <xref>2020</xref>)"), grouped by the parenthesis they stand in: by the first's
        start, the span of names and parentheses to replace and its Pandoc citation
        (:func:`~blinarefs.pandoc.named.parenthesised`); the others of a group map to an
        empty span at their end."""
        out: dict[int, tuple[int, int, str]] = {}
        runs: list[list[Citation]] = []
        for c in citations:
            if c.kind != "author-year" or not c.keys or not year_only(c.marker):
                runs.append([])
            elif runs and runs[-1] and ")" not in self.text[runs[-1][-1].end : c.start]:
                runs[-1].append(c)  # in the same parenthesis as the one before
            else:
                runs.append([c])
        for run in filter(None, runs):
            spans = [(r.start, r.end, r.keys) for r in run]
            if (found := parenthesised(self.text, spans, self.works)) is not None:
                out[run[0].start] = found
                out.update((r.start, (r.end, r.end, "")) for r in run[1:])
        return out

    def rewrite(self, lo: int, hi: int, citations: Iterable[Citation]) -> str:
        pieces: list[str] = []  # raw text and finished markup, alternating
        pos = lo
        citations = list(citations)
        split = self._split_pieces(lo, citations)
        years = self._years_alone(citations)
        for c in citations:
            if c.start in years:  # a year-only citation: names and parentheses replaced
                at, end, whole = years[c.start]
                self.converted.append(c)
                if whole:
                    before = self.text[pos:at].rstrip(" \t~\u00a0")
                    pieces += [self._span(pos, pos + len(before)), " " + whole]
                    pos = end
                continue
            at, written = split.get(c.start) or (c.start, self._markup(c))
            if written is None:
                continue
            markup = written
            self.converted.append(c)
            before = self.text[pos:at]
            after = self.text[c.end] if c.end < hi else ""
            moved = ""
            if c.kind == "superscript" and self.glue and _is_punct(after):
                before = before.rstrip()  # glued: Pandoc moves no citation without a space
            elif c.kind == "superscript" and (m := _PUNCT_BEFORE.search(before)):
                before, moved, markup = before[: m.start()], m.group(), " " + markup
            elif c.kind != "pandoc":
                before, markup = before.rstrip(" \t~\u00a0"), " " + markup
            pieces += [self._span(pos, pos + len(before)), markup, self._plain(moved)]
            pos = c.end
        pieces.append(self._span(pos, hi))
        return "".join(pieces)

    def _plain(self, text: str) -> str:
        return escape_inline(text) if self.escape else text

    def _span(self, lo: int, hi: int) -> str:
        """``text[lo:hi]`` as Markdown, what Word raised or lowered there written so
        (``10^9^``, ``CO~2~``), each word apart: Pandoc's ``^...^`` holds no space; a
        note's place as its mark says (``[^1]``, once, at either end), a "-" span left out."""
        if not self.marks:
            return self._plain(self.text[lo:hi])
        out: list[str] = []
        pos = lo
        i = max(bisect.bisect_right(self._mark_starts, lo) - 1, 0)
        for start, end, mark in self.marks[i:]:
            if start > hi or (start == hi and end > start):
                break
            if start == end:  # a place: a note's mark or where its text starts ("[^1]")
                if start >= pos and (start, mark) not in self._placed:
                    self._placed.add((start, mark))
                    out += [self._plain(self.text[pos:start]), mark]
                    pos = start
                continue
            start, end = max(start, pos), min(end, hi)
            if start >= end:
                continue
            out.append(self._plain(self.text[pos:start]))
            if mark == "-":  # left out
                pos = end
                continue
            words = re.findall(r"\S+|\s+", self.text[start:end])
            out += [w if w.isspace() else mark + escape_inline(w) + mark for w in words]
            pos = end
        out.append(self._plain(self.text[pos:hi]))
        return "".join(out)


def first_author(ref: Reference) -> frozenset[str]:
    """The words an author-year citation names a work by: its first author's family name,
    or an organisation's name."""
    if not ref.author:
        return frozenset()
    first = ref.author[0]
    return name_words(first.family or first.literal)


def _gap_words(text: str, before: Citation, after: Citation) -> tuple[str, str] | None:
    """What stands between two pieces of one split parenthesis: ("", "") for separators,
    or (the gap, its words) for a prefix the author typed before the next field ("; for
    reviews see "); None when ``after`` is no such piece."""
    if after.kind != "author-year" or not after.keys or after.missing or opens_only(after.marker):
        return None
    gap = text[before.end : after.start]
    words = gap.strip(" ;,\u00a0")
    if not words:
        return "", ""
    if typed_prefix(words):
        return gap, words + " "
    return None
