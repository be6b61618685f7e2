"""Where a manuscript tells its own study, read over the whole text before its claims.

Whether an unmarked sentence is the authors' own depends on more than the sentence: the
paragraphs where the authors tell what they did (for a text with no headings to say where
its Methods are), the paragraphs that close an introduction and announce the study, and
the names the Methods and Results give its groups, measures and trial. Each is one pass
over the sentences or paragraphs, made once by :func:`blinarefs.trace.claims.find_claims`
before it links them.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from itertools import pairwise

from .announcements import announces
from .citation import Citation
from .looking_back import NAMED_STUDY, own_terms
from .sentences import Paragraph, Sentence


def tells_own_work(sentences: Sequence[Sentence], citations: Sequence[Citation]) -> frozenset[int]:
    """The paragraphs where a sentence without a marker tells what the authors did ("we
    inoculated"); not where one with a marker does ("In our study, we demonstrated ... [3].
    Furthermore, we showed ..."): that paragraph tells their earlier, published work, as a
    commentary does."""
    starts = [c.start for c in citations]
    told: set[int] = set()
    cited: set[int] = set()
    for s in sentences:
        if announces(s.text, closing=True):
            marked = bisect_left(starts, s.start) != bisect_left(starts, s.end)
            (cited if marked else told).add(s.paragraph)
    return frozenset(told - cited)


def citing_paragraphs(
    sentences: Sequence[Sentence], citations: Sequence[Citation]
) -> frozenset[int]:
    """The paragraphs where some sentence carries a marker: where the text compares with
    others' work. (A Discussion paragraph that cites nothing is the authors' own talk.)"""
    starts = [c.start for c in citations]
    return frozenset(
        s.paragraph for s in sentences if bisect_left(starts, s.start) != bisect_left(starts, s.end)
    )


def closing_introduction(
    paragraphs: Sequence[Paragraph], sections: dict[int, str], not_claims: dict[int, str]
) -> frozenset[int]:
    """The paragraphs that close a background section, a heading after them: where an
    introduction announces the study ("Herein, we report ...") and goes on to tell it. (In a
    Discussion, "Here, we investigated ..." opens a paragraph that turns to others' work.)"""
    return frozenset(
        p.index
        for p, after in pairwise(paragraphs)
        if sections.get(p.index) == "background"
        and p.index not in not_claims
        and not_claims.get(after.index, "").startswith("heading")
    )


def own_study_terms(
    sentences: Sequence[Sentence],
    sections: dict[int, str],
    not_claims: dict[int, str],
    citations: Sequence[Citation],
) -> frozenset[str]:
    """The names the Methods and Results give the study's own groups and measures, less
    those the introduction (the background before them) already uses; and the study's own
    trial, as a Methods' sentence with no marker names it ("The EXAMPLE trial is a
    single-arm trial"), though the introduction announces it too, unless the introduction
    names it with a marker (the "HDBR studies" of others)."""
    starts = [c.start for c in citations]
    studied: list[tuple[str, str]] = []
    introduction: list[str] = []
    trials: set[str] = set()
    others: set[str] = set()
    for sent in sentences:
        if sent.paragraph in not_claims:
            continue
        section = sections.get(sent.paragraph, "")
        named = "trial" in sent.text or "stud" in sent.text
        marked = named and bisect_left(starts, sent.start) != bisect_left(starts, sent.end)
        if section in ("methods", "results"):
            studied.append((section, sent.text))
            if section == "methods" and named and not marked:
                trials |= {m.group(1) for m in NAMED_STUDY.finditer(sent.text)}
        elif not studied and section == "background":
            introduction.append(sent.text)
            if marked:
                others |= {m.group(1) for m in NAMED_STUDY.finditer(sent.text)}
    if not studied:
        return frozenset()
    return own_terms(studied, " ".join(introduction)) | (trials - others)
