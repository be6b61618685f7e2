"""Stretches of a manuscript that cite in another convention than the rest: a paragraph
pasted from another author's copy ("... spatacsin.3,4 In agreement ...", flattened
superscripts in a text that cites "(7)"), or legends that kept their journal's brackets.

A manuscript mostly cites one way, and :func:`blinarefs.trace.features.weigh` reads
markers of another convention as less likely ("(11)" in a text of a hundred "[n]" is an
equation). That holds where the main convention is around; a stretch of paragraphs in
which it never cites, but another convention cites again and again with confidence, is
that convention's own: there its markers are weighed as the manuscript's, so that a
manuscript that mixes conventions loses none of them (``check`` reports the mix).

Pure: paragraphs (:func:`blinarefs.trace.sentences.split_paragraphs`) and the confident
markers :func:`~blinarefs.trace.features.weigh` counts towards each convention.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import accumulate

from .candidates import Candidate
from .sentences import split_paragraphs
from .textpos import VERSION_BEFORE, sentence_break_after, word_before
from .valuelike import CLAUSE_END

# confident markers of one convention, opening on this many different numbers, make a
# stretch its own: a label named again and again ("EcMazE^1–50^" in every paragraph of the
# methods, a power "^2^") opens on one number however many it names
LOCAL = 3
# Parenthesised numbers number items, equations, counts and compounds as often as they cite
# ("(1, 2, 6 and 7) were dropped", "Using (11), we", "silt loam (2),", "pyridine (9)"): they
# make a stretch only in legends and notes (paragraphs opening so, :data:`_LEGEND`), each
# closing a clause after a word of four letters or more ("in the wet year (3, 7)."), and
# one of them citing a number past every one cited before (the legend cites new works too)
PASTED = ("bracket", "superscript", "flattened", "paren")
_PUNCTUATION = ".,;:)"
_AFTER_A_WORD = re.compile(r"[^\W\d_]{4}[^\S\n]$")
_LEGEND = re.compile(r"(?:(?:Fig(?:ure|ura)?s?|Table|Tabela|Tabla)\.?[^\S\n]*S?\d{1,3}\b|Notes?\b)")


@dataclass(frozen=True)
class Stretches:
    """Spans of the text, each with the convention it cites in."""

    starts: tuple[int, ...] = ()
    ends: tuple[int, ...] = ()
    families: tuple[str, ...] = ()

    def convention_at(self, offset: int) -> str | None:
        """The convention of the stretch ``offset`` falls in, if any."""
        i = bisect_right(self.starts, offset) - 1
        return self.families[i] if i >= 0 and offset < self.ends[i] else None


def placed(text: str, start: int, end: int, family: str) -> bool:
    """Whether a marker sits where a citation of its convention does. A printed
    superscript must close a clause or follow its punctuation ("cases,^4^ and",
    "rare.^5^"): in mid-clause after a name ("Glu^24^ at the base", "Tyr^45^ moves") it
    numbers a protein's residues, a methods section's labels, again and again. A
    flattened one must follow the punctuation ("reefs.3", "summer,17"): glued to a name
    before a comma ("ELAV4, PAK5, SLC17A6,") it is a list of genes."""
    if family == "flattened":
        return text[start - 1 : start] in _PUNCTUATION
    if family == "paren":
        return (
            text[start : start + 1] == "("
            and _AFTER_A_WORD.search(text, max(0, start - 5), start) is not None
            and CLAUSE_END.match(text, end) is not None
        )
    if family != "superscript":
        return True
    return CLAUSE_END.match(text, end) is not None or text[start - 1 : start] in _PUNCTUATION


def a_label_beside(
    text: str, c: Candidate, value: Sequence[object], outnumbered: bool = False
) -> bool:
    """Whether a printed superscript in a text that cites in another convention is a power
    or a label ("Chi^2^", "HOMO^2^ e LUMO^3^"): ``value`` gives reasons for it, or it does not
    sit where a citation does, or (``outnumbered``) the text's own convention has three
    confident markers or more and did not admit this one as a second habit: then it is a
    label wherever it sits ("day, day^2^," as "rare.^5^"), for a text that brackets its
    citations raises a number where a citation sits only to power or label it. Never right
    after a program's version ("R v3.6.1^12^ using", "limma v3.40.6^13^"): nothing raises a
    version to a power or labels it so, and a manuscript that brackets its citations may
    still raise the few it puts there."""
    if VERSION_BEFORE.search(text, max(0, c.start - 24), c.start):
        return False
    return bool(value) or outnumbered or not placed(text, c.start, c.end, "superscript")


def closes_a_clause(text: str, c: Candidate) -> bool:
    """Whether flattened digits sit where a copy leaves the superscript that closed a
    sentence, and so where a sentence pasted from it cites: glued to a word's full stop
    before the next sentence ("in vitro.36 Using", "et al.27 and"), or a group after
    punctuation ("infections,9,10,11.", "(k = 9)15,36,39–41"). A version or a label's
    decimal goes on in lower case or names one number ("heatmap.2 package", "lading:30")."""
    if not placed(text, c.start, c.end, "flattened"):
        return False
    if len(c.numbers) > 1:
        return True
    word, _ = word_before(text, c.start - 1)
    stop = text[c.start - 1] == "."
    return stop and (word == "al" or (len(word) >= 3 and sentence_break_after(text, c.end)))


def pasted_stretches(
    text: str, confident: Sequence[tuple[int, int, str, tuple[int, ...]]], dominant: str
) -> Stretches:
    """Runs of paragraphs with no confident marker of the ``dominant`` convention in which
    one other convention (of ``PASTED``) has at least ``LOCAL`` confident markers opening on
    at least ``LOCAL`` different numbers where its citations sit (``placed``), and no
    other convention has any. ``confident``: (start, end, convention, numbers) of each
    confident marker in the list, in text order."""
    where = [(a, f, ns) for a, b, f, ns in confident if placed(text, a, b, f)]
    if sum(1 for _, f, _ in where if f != dominant and f in PASTED) < LOCAL:
        return Stretches()
    paragraphs = split_paragraphs(text)
    bounds = [p.start for p in paragraphs]
    # per paragraph: the conventions of its confident markers, and the numbers they open on
    kinds: dict[int, Counter[str]] = {}
    numbers: dict[int, set[int]] = {}
    highest: dict[int, int] = {}  # the highest number the paragraph's markers name
    for start, family, named in where:
        i = max(0, bisect_right(bounds, start) - 1)
        kinds.setdefault(i, Counter())[family] += 1
        numbers.setdefault(i, set()).update(named[:1])
        highest[i] = max(highest.get(i, 0), *named)
    # paragraphs where the main convention cites at all, placed or not ("in general. 7
    # Then"): no parenthesised stretch runs through them, for "(n)" there is its items'
    main = {max(0, bisect_right(bounds, a) - 1) for a, _, f, _ in confident if f == dominant}
    ordered = sorted((a, max(ns, default=0)) for a, _, _, ns in confident)
    opens = [a for a, _ in ordered]
    reached = list(accumulate((n for _, n in ordered), max))  # the highest named up to each

    def legends_citing_new(run: list[int]) -> bool:
        """Whether the run's paragraphs with markers are legends or notes, not a paragraph of
        the main convention, and name a number past all those cited before the run."""
        k = bisect_left(opens, paragraphs[run[0]].start)
        before = reached[k - 1] if k else 0
        marked = [i for i in run if i in kinds]
        return (
            not any(i in main for i in run)
            and all(_LEGEND.match(paragraphs[i].text.lstrip()) for i in marked)
            and max(highest[i] for i in marked) > before
        )

    starts: list[int] = []
    ends: list[int] = []
    families: list[str] = []
    run: list[int] = []

    def close() -> None:
        seen: Counter[str] = Counter()
        named: set[int] = set()
        for i in run:
            seen.update(kinds.get(i, Counter()))
            named |= numbers.get(i, set())
        if len(seen) == 1:
            ((family, n),) = seen.items()
            if (
                family in PASTED
                and n >= LOCAL
                and len(named) >= LOCAL
                and (family != "paren" or legends_citing_new(run))
            ):
                starts.append(paragraphs[run[0]].start)
                ends.append(paragraphs[run[-1]].end)
                families.append(family)
        run.clear()

    for i in range(len(paragraphs)):
        if kinds.get(i, Counter())[dominant]:
            close()
        else:
            run.append(i)
    close()
    return Stretches(tuple(starts), tuple(ends), tuple(families))
