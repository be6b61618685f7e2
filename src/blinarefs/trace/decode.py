"""Citation markers in a manuscript's text: where they are and which references they name.

Pure: text and references in, :class:`Citation` values out. Every marker keeps its exact
span, so a caller can highlight it or rewrite it (``text[c.start:c.end] == c.marker``).

Explicit syntax is taken as it stands: ``[1]``, ``[2-4]``, ``[3–6, 9]``, ``[7]–[10]``
(8 and 9 too), Unicode and HTML superscripts, Pandoc ``[@key; @key2]`` and ``@key``,
LaTeX ``\\cite{a,b}`` and its natbib/biblatex cousins, author-year ``(Jones et al., 2017)``,
and superscript spans a reader knows (a Word or JATS file: ``superscripts=``).

Every other convention is a guess, so decoding is inference over the whole manuscript
(:mod:`blinarefs.trace.infer`): candidates of every convention are gathered in one pass,
parenthesised numbers "(7, 8, 10–12)" and "ref. 12" (:mod:`blinarefs.trace.inline`) and
superscripts that a copy-paste flattened into the text ("et al1", "chemotherapy.2",
"June 2023.3", "hNXF2,13") (:mod:`blinarefs.trace.superscripts`), with, where the
list sub-labels its references, glued parts "disease.1b, 1c"
(:mod:`blinarefs.trace.sublabelled`); each is given a prior from how it sits and what
it looks like (:mod:`blinarefs.trace.features`: a gene symbol, a
statistic, a list label, a label's decimal, another convention than the manuscript's);
then the most consistent set is chosen against the order in which a numbered style first
cites its references. Flattened superscripts are judged by strength:

* strong: glued to a lower-case word ("leukemia2"), to "et al", or to punctuation that
  follows a word (".2", ",3", ").4"): a citation, even past the end of the list (so that
  ``check`` can report it as dangling);
* medium: glued to a capitalised word, to a year's closing period before a new sentence
  ("2023.3 In"), after "et al " with a space, or after a name's digits ("Tg2576" then 33);
* weak: a list or range after a space at the end of a clause ("figure 2-9)"): a citation
  only if it brings in the next uncited numbers in order.

A word in capitals glued to digits is a name (IKZF1, CD19) unless that word also stands
alone in the text ("ALL" in "adults with ALL1"), and then it is medium evidence. Names with
capitals inside or more digits (AALL1731, KMT2A, IgG4), units (mg/m2, log10),
decimals, thousands, ratios, numbers with a leading zero or more than three digits, and
digits after a space that a noun or preposition governs ("2 cycles", "aged 1 to 10",
"cycles 3-6") stay text. A manuscript that cites by key is not searched for numbers.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any

from ..arguments import references_argument, text_argument
from ..model import Reference
from .abbreviated import names_printed_whole
from .alike import cited_alike
from .author_year import author_year_candidates
from .candidates import (
    KEYED,
    KINDS,
    SUB_WORK,
    SYNTAX,
    WEAK,
    Candidate,
    compress_numbers,
    expand_numbers,
    numbers_up_to,
)
from .citation import (
    Citation,
    first_cited,
    number_by_first_citation,
    renumber_by_first_citation,
)
from .crowded import crowded, spreads_wider
from .detached import with_detached
from .features import BASE, SPACED, convention, weigh
from .glued import within_the_list
from .infer import Decision, choose, cut_limit, order_trust
from .inline import inline_candidates
from .list_order import numbered_alphabetically
from .list_size import size_from_citations
from .named import numbered_or_named
from .order_witnesses import first_reading_trust
from .padded import padded_candidates, pads_superscripts
from .paren_series import labels_in_parentheses
from .refindex import ReferenceIndex
from .series import labels_in_series
from .short_lists import cites_more_of_a_short_list, spaces_a_short_list
from .spaced_runs import with_spaced_runs
from .spacing import cites_few, cites_more, confined, explicit, spaced_habit, spaces_superscripts
from .sublabelled import sub_labelled_candidates
from .superscripts import flattened_candidates
from .syntax import syntax_candidates
from .table_cells import cell_values
from .thousands import thousands_counts
from .titled_tails import titled_tails
from .whole_list import cites_nearly_all, leaves_much_uncited

__all__ = [
    "KEYED",
    "KINDS",
    "Citation",
    "Decision",
    "Decoding",
    "ReferenceIndex",
    "compress_numbers",
    "decode_citations",
    "decode_markers",
    "expand_numbers",
    "first_cited",
    "number_by_first_citation",
    "renumber_by_first_citation",
]


# -- deciding ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Decoding:
    """The citations, every decision behind them, and the conventions they use."""

    citations: tuple[Citation, ...]
    decisions: tuple[Decision, ...]  # spans of candidates are offsets into the whole text

    def conventions(self) -> dict[str, int]:
        """convention -> how many accepted markers use it (bracket, paren, superscript,
        flattened, keyed)."""
        out: dict[str, int] = {}
        for d in self.decisions:
            if d.accepted:
                family = convention(d.candidate)
                out[family] = out.get(family, 0) + 1
        return out

    def uncertain(self) -> list[Decision]:
        return [d for d in self.decisions if d.uncertain]


def _resolve(cand: Candidate, index: ReferenceIndex, marker: str) -> tuple[tuple, tuple, tuple]:
    """numbers, keys, missing for one accepted candidate (``marker``, its text, may name the
    parts of a sub-labelled reference: "1a,b")."""
    if cand.kind in KEYED:
        keys, numbers, missing = [], [], list(cand.missing)
        for key in cand.keys:
            if key not in index.by_key and index.references:
                missing.append(("@" if cand.kind == "pandoc" else "") + key)
                continue
            keys.append(key)  # with no list at all, the marker's own key is all there is
            if key in index.number_by_key:
                numbers.append(index.number_by_key[key])
        return tuple(numbers), tuple(keys), tuple(missing)
    keys, missing = index.cited(cand.numbers, marker)
    return cand.numbers, tuple(keys), tuple(missing)


def _known(body: str, spans: Iterable[tuple[int, int]], offset: int) -> list[Candidate]:
    """Superscripts a reader knows (Word, JATS): each span whose text is citation numbers,
    the parts of a sub-labelled reference too ("1b", "1a,b": reference 1's, as "^1b^" is)."""
    out = []
    for a, b in spans:
        if offset <= a < b <= offset + len(body):
            shown = body[a - offset : b - offset].strip(" ,;[]()")
            numbers = expand_numbers(SUB_WORK.sub("", shown))
            if numbers:
                out.append(
                    Candidate(a - offset, b - offset, "superscript", SYNTAX, numbers, printed=True)
                )
    return out


def _without_overlaps(candidates: list[Candidate]) -> list[Candidate]:
    """In text order; of two that overlap, the stronger (then the longer) stays; of two
    readings of the same digits, the likelier ("(e.g.6)" a parenthesis's or a superscript's)."""
    candidates.sort(key=lambda c: (c.start, -c.strength, -(c.end - c.start)))
    out: list[Candidate] = []
    for cand in candidates:
        if out and cand.start < out[-1].end:
            same = (cand.start, cand.end) == (out[-1].start, out[-1].end)
            if (not same and cand.strength > out[-1].strength) or (
                (same or cand.strength == out[-1].strength) and cand.prior > out[-1].prior
            ):
                out[-1] = cand
            continue
        out.append(cand)
    return out


def decode_markers(
    text: str,
    references: Iterable[Reference] | ReferenceIndex = (),
    *,
    start: int = 0,
    end: int | None = None,
    superscripts: Iterable[tuple[int, int]] | None = None,
    kinds: Iterable[str] | None = None,
    cited_up_to: int = 0,
) -> Decoding:
    """Every citation marker in ``text[start:end]`` (the manuscript's body), in text order,
    with the decision taken on every candidate (of ``kinds`` only, when given).

    ``references`` (or a prebuilt :class:`ReferenceIndex`) supplies the evidence: how many
    references there are, their keys, first authors and years. Without them, candidates are
    judged by how they sit and by order alone. ``superscripts``: the spans (offsets into
    ``text``) that a reader knows were printed as superscripts; when given, digits outside
    them are not taken for flattened superscripts. Spans are offsets into ``text``.
    ``cited_up_to``: the highest number first cited before ``start``, when the text goes on
    from citations already read (a legend after the list, after the body's): a number up to
    it is a citation repeated, not one that jumps ahead. Linear in the length of the text.
    """
    index = (
        references if isinstance(references, ReferenceIndex) else ReferenceIndex.build(references)
    )
    end = len(text) if end is None else end
    known = None if superscripts is None else tuple((a, b) for a, b in superscripts)
    asked = (text, index.references, start, end, known, None if kinds is None else set(kinds),
             cited_up_to)  # fmt: skip
    last = _LAST[0] if _LAST else None  # read once: another thread may replace it
    if last is not None and last[0] == asked:
        return last[1]
    with numbers_up_to(index.size):  # past 999 only where the list is that long
        decoding = _decode(text, index, start, end, known, asked[5], cited_up_to)
    _LAST[:] = [(asked, decoding)]
    return decoding


# The last decoding and what it was asked (one slot, which keeps that text until the next
# call). ``blinarefs build`` decodes the same body twice, for the trace and for the Pandoc
# manuscript, and a long manuscript takes seconds; decoding is pure, so the same question
# has the same answer. Compared, not hashed: equal texts compare at memory speed, and most
# often they are one object.
_LAST: list[tuple[tuple[Any, ...], Decoding]] = []


def _decode(
    text: str,
    index: ReferenceIndex,
    start: int,
    end: int,
    superscripts: tuple[tuple[int, int], ...] | None,
    kinds: set[str] | None,
    cited_up_to: int = 0,
) -> Decoding:
    """``decode_markers``, with its arguments read."""
    body = text[start:end]
    candidates = syntax_candidates(body, index) + author_year_candidates(body, index)
    if kinds is not None:  # before overlaps: "Roe & Doe⁴⁰ (2002)" cites by number, if so
        candidates = [c for c in candidates if c.kind in kinds]
    if superscripts is not None:
        candidates += _known(body, superscripts, start)
    inline = inline_candidates(body)
    flattened = (
        # "of concern 1 ." (detached.py), "in Springfield. 3 4 Then" (spaced_runs.py)
        with_spaced_runs(body, with_detached(body, flattened_candidates(body)))
        + sub_labelled_candidates(body, index.parts)
        if superscripts is None
        else []
    )
    candidates = numbered_or_named(body, candidates, index, inline + flattened)
    keyed = any(c.kind in KEYED and (c.keys or c.kind != "author-year") for c in candidates)
    if keyed:  # keys and numbers do not mix
        flattened = []
    else:  # "Almeida et al (2008)" names no key
        candidates += inline
        if any(c.kind not in KEYED for c in candidates + flattened):
            # "Florey et al (2007)" in a text that cites by number names no reference of it
            candidates = [c for c in candidates if c.kind != "author-year"]
    size = index.size
    if not index.references and not keyed:  # the list missing: its length as cited
        size = size_from_citations(candidates + flattened)
    limit = cut_limit(size) if size else 0
    flattened = within_the_list(body, flattened, size, limit)
    # a list whose entries run alphabetically is no list numbered by first citation, however
    # few markers say so (:mod:`blinarefs.trace.list_order`)
    unordered = numbered_alphabetically(index.references)
    weighed = _without_overlaps(_weigh(body, candidates + flattened, False, size, index))
    trust = False if unordered else first_reading_trust(weighed, size)
    chosen = _choose_alike(body, weighed, size, trust, high=cited_up_to)
    pasted = explicit(chosen)  # ... unless its explicit markers stand in a part of it
    if (
        superscripts is None  # a copy whose superscripts are known, or keys, spaced none
        and not keyed  # (and a copy may have spaced every one: none is glued)
        and (not pasted or confined(body, chosen))
        and (
            spaces_superscripts(body, chosen)
            or spaces_a_short_list(body, chosen, size)
            or cites_few(chosen, size)
            or leaves_much_uncited(chosen, size)
            or crowded(body, chosen)
        )
    ):
        # The same convention repeats through a manuscript: one whose superscripts a copy
        # left after a space has them in mid-clause too ("in England 22 and the United States")
        # ... and one that padded them on both sides has them before any word (padded.py)
        padded = padded_candidates(body) if pads_superscripts(body, chosen) else []
        spaced = within_the_list(
            body,
            with_spaced_runs(
                body, with_detached(body, flattened_candidates(body, spaced=True), spaced=True)
            )
            + sub_labelled_candidates(body, index.parts, spaced=True)
            + padded,
            size,
            limit,
        )
        weighed = _without_overlaps(_weigh(body, candidates + spaced, True, size, index))
        # a spaced superscript is a candidate the habit vouches for: it counts towards
        # telling a list numbered alphabetically (infer.py)
        ordered = 0.0 if unordered else order_trust(weighed, size, confident=BASE[WEAK] + SPACED)
        again = _choose_alike(body, weighed, size, ordered, high=cited_up_to)
        if spaces_superscripts(body, chosen) or (
            (
                cites_more(again, chosen, markers=not pasted)
                or cites_nearly_all(again, chosen, size)
                or spreads_wider(body, again, chosen)
                or cites_more_of_a_short_list(body, again, chosen, size)
            )
            and spaced_habit(body, again)
        ):
            chosen = again
    out: list[Citation] = []
    decisions: list[Decision] = []
    for d in chosen:
        cand = d.candidate
        if start:  # spans into the whole text
            d = replace(d, candidate=replace(cand, start=cand.start + start, end=cand.end + start))
        decisions.append(d)
        if not d.accepted:
            continue
        numbers, keys, missing = _resolve(cand, index, body[cand.start : cand.end])
        out.append(
            Citation(
                body[cand.start : cand.end],
                cand.start + start,
                cand.end + start,
                numbers,
                keys,
                cand.kind,
                missing,
            )
        )
    if not index.numbered and any(c.kind in KEYED for c in out):
        out = renumber_by_first_citation(out, index.references)
    return Decoding(tuple(out), tuple(decisions))


def _weigh(
    body: str, candidates: list[Candidate], spaced: bool, size: int | None, index: ReferenceIndex
) -> list[Candidate]:
    """:func:`weigh`, then what the whole text says of names and labels printed with their
    numbers: "(HER)2" where "HER2" is printed too, "case 2" where cases 1 to 3 are, "model
    (3)" where models (1) to (3) are named again and again; counts printed with thousands
    separators, "(1,673)" beside a list of 40; numbers alone in a table's cell
    (:mod:`blinarefs.trace.table_cells`); and what the list's titles say (`titled_tails`)."""
    labelled = labels_in_parentheses(body, candidates)
    weighed = cell_values(body, names_printed_whole(body, weigh(body, labelled, spaced, size)))
    return titled_tails(body, thousands_counts(body, labels_in_series(body, weighed), size), index)


def _choose_alike(
    body: str,
    candidates: list[Candidate],
    size: int | None,
    ordered: bool | float | None = None,
    high: int = 0,
) -> list[Decision]:
    """:func:`choose`, then again where a name glued to its citation recurs glued alike
    (:mod:`blinarefs.trace.alike`)."""
    chosen = choose(candidates, size, ordered, high=high)
    alike = cited_alike(body, candidates, chosen)
    return chosen if alike is None else choose(alike, size, ordered, high=high)


def decode_citations(
    text: str,
    references: Iterable[Reference] | ReferenceIndex = (),
    *,
    start: int = 0,
    end: int | None = None,
    superscripts: Iterable[tuple[int, int]] | None = None,
) -> list[Citation]:
    """Every citation marker in ``text[start:end]``, in text order (see
    :func:`decode_markers`, which also returns the decisions behind them)."""
    text = text_argument(text, "decode_citations", reader="trace_file")
    if not isinstance(references, ReferenceIndex):
        references = references_argument(references, "decode_citations")
    decoding = decode_markers(text, references, start=start, end=end, superscripts=superscripts)
    return list(decoding.citations)
