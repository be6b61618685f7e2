"""A traced manuscript: its citations, its claims, and which claims cite which reference.

:func:`trace_manuscript` is the one entry point; it is pure (text and references in, a
:class:`Trace` out) and linear in the length of the manuscript.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..arguments import references_argument, text_argument
from ..findings import Finding
from ..model import Reference
from ..parse.running_heads import furniture_lines
from ..textlines import lines_with_ends
from .claims import Claim, Skipped, find_claims, short_label
from .decode import (
    KEYED,
    Citation,
    Decision,
    ReferenceIndex,
    decode_markers,
    number_by_first_citation,
)
from .floats import Float, floats_after_list, in_citation_order, without_table_values
from .raised_parentheses import parentheses_on_the_line
from .raised_text import blank_raised
from .sentences import split_paragraphs, split_sentences, without_furniture
from .tex_math import mask_tex_math

if TYPE_CHECKING:
    from ..manuscript.document import Marker
    from ..manuscript.latex_inputs import Origin


@dataclass(frozen=True)
class Trace:
    text: str
    body_start: int
    body_end: int
    index: ReferenceIndex
    citations: tuple[Citation, ...]
    claims: tuple[Claim, ...]
    skipped: tuple[Skipped, ...]
    numbering: str = "printed"  # "printed", "list order", or "first citation" (keyed texts)
    decisions: tuple[Decision, ...] = ()  # every candidate marker, taken or not, and why
    # the manuscript's text after its reference list (legends, tables, notes): read for
    # citations, and its legends and tables placed where the text first mentions them
    after_list: tuple[int, int] | None = None
    floats: tuple[Float, ...] = ()
    _lines: list[int] = field(default_factory=list, repr=False, compare=False)

    def __repr__(self) -> str:
        """Counts, not contents (the text, every claim and citation): ``summarise`` has
        the checks' verdict."""
        from ..findings import counted

        linked = sum(c.link is not None for c in self.claims)
        return (
            f"<Trace: {counted(len(self.citations), 'citations')}, "
            f"{counted(len(self.claims), 'claims')} ({linked} linked), "
            f"{counted(len(self.references), 'references')}, numbering {self.numbering}, "
            f"{len(self.text):,} characters>"
        )

    @property
    def references(self) -> tuple[Reference, ...]:
        return self.index.references

    def number_of(self, ref: Reference) -> int | None:
        return self.index.number_by_key.get(ref.id)

    def cited_in(self) -> dict[str, list[int]]:
        """reference key -> indices of the claims linked to it (any kind of link)."""
        out: dict[str, list[int]] = {r.id: [] for r in self.references}
        for claim in self.claims:
            for key in claim.keys:
                out.setdefault(key, []).append(claim.index)
        return out

    def after_the_list(self, offset: int) -> bool:
        """Whether ``offset`` is in the text after the reference list (a legend, a table)."""
        return self.after_list is not None and self.after_list[0] <= offset < self.after_list[1]

    def in_citation_order(self) -> list[Citation]:
        """The citations in the order a numbered style counts them (see :mod:`.floats`)."""
        return in_citation_order(self.citations, self.floats)

    def cited_keys(self) -> set[str]:
        """Keys cited by a marker anywhere in the body (captions included)."""
        return {k for c in self.citations for k in c.keys}

    def line_of(self, offset: int) -> int:
        """1-based line of a character offset."""
        if not self._lines:
            self._lines.extend(m.start() for m in re.finditer("\n", self.text))
        return bisect.bisect_left(self._lines, offset) + 1

    def placed(self, offset: int, origins: Sequence[Origin]) -> dict[str, Any]:
        """Where ``offset`` is for a reader of a LaTeX manuscript kept in several files: the
        chapter file and its own line (``origins``: :func:`..manuscript.latex_inputs.join_inputs`),
        as check's findings name them; the offsets alone point into the joined text, which
        no file holds. Nothing for a manuscript in one file."""
        from ..manuscript.latex_inputs import origin_of

        where = origin_of(origins, self.line_of(offset)) if origins else None
        return {} if where is None else {"file": str(where[0]), "line": where[1]}

    def to_dict(self, origins: Sequence[Origin] = ()) -> dict[str, Any]:
        """The trace as JSON; ``origins``: each citation and claim also names its chapter file
        and line (:meth:`placed`)."""
        cited_in = self.cited_in()
        return {
            "numbering": self.numbering,
            "citations": [{**c.to_dict(), **self.placed(c.start, origins)} for c in self.citations],
            "claims": [{**c.to_dict(), **self.placed(c.start, origins)} for c in self.claims],
            "references": [
                {
                    "number": self.number_of(ref),
                    **({"label": ref.label} if ref.label else {}),  # "1a": a part of 1
                    "key": ref.id,
                    "label": short_label(ref),
                    "title": ref.title,
                    "cited_in": cited_in.get(ref.id, []),
                }
                for ref in self.references
            ],
            "skipped": [s.to_dict() for s in self.skipped],
        }


def finding_at(
    trace: Trace, severity, code, message, start, end, suggestion, key=None, text=None
) -> Finding:
    """The finding a check reports at ``trace.text[start:end]``, with its line: every check
    (:mod:`.checks`, :mod:`.citation_order`) points at the text alike.
    ``text``: what the finding quotes, when not the manuscript's own span (a claim's
    sentence, a PDF copy's page furniture left out)."""
    return Finding(
        severity,
        code,
        message,
        key=key,
        line=trace.line_of(start),
        span=(start, end),
        text=trace.text[start:end] if text is None else text,
        suggestion=suggestion,
    )


_FRONT_MATTER = re.compile(r"---\n.*?\n(?:---|\.\.\.)\n", re.DOTALL)


def body_bounds(text: str, reference_list_start: int | None = None) -> tuple[int, int]:
    """Where the prose runs: after YAML front matter or a LaTeX preamble, and up to the
    reference list (or ``\\end{document}``, or the Markdown ``# References`` heading)."""
    start, end = 0, len(text)
    m = _FRONT_MATTER.match(text)
    if m:
        start = m.end()
    begin = text.find("\\begin{document}")
    if begin != -1 and _preamble(text[start:begin]):
        start = begin + len("\\begin{document}")
        stop = text.find("\\end{document}", start)
        end = stop if stop != -1 else end
    if reference_list_start is not None:
        end = min(end, reference_list_start)
    return start, max(start, end)


def _preamble(text: str) -> bool:
    """Whether what precedes ``\\begin{document}`` is a LaTeX preamble: it opens with a
    command (``\\documentclass``), after comments. A formula that holds a whole LaTeX
    document (JATS ``<tex-math>``, carried into Word by converters) comes after prose."""
    for line in text.splitlines():
        first = line.lstrip("\ufeff \t")[:1]  # a byte-order mark opens many saved files
        if first and first != "%":
            return first == "\\"
    return True


_BLANK = re.compile(r"[^\n]")
_TEX_COMMENT = re.compile(r"(?<!\\)%[^\n]*")


def mask_tex_comments(text: str) -> str:
    """A LaTeX source with its comments blanked out (same length, so spans still hold);
    any other text unchanged, since "93%" in prose is not a comment. A LaTeX source opens
    with its preamble: a text that holds a whole LaTeX document after its prose (a JATS
    ``<tex-math>`` formula carried into Word, then saved as text) is prose, and blanking
    from each "%" to the line's end would blank the rest of a paragraph, its citations too."""
    heads = [i for i in (text.find("\\documentclass"), text.find("\\begin{document}")) if i >= 0]
    front = _FRONT_MATTER.match(text)
    if not heads or not _preamble(text[front.end() if front else 0 : min(heads)]):
        return text
    return _TEX_COMMENT.sub(lambda m: " " * len(m.group()), text)


def _keeps_raised(decisions: Sequence[Decision]) -> bool:
    """Whether the body's superscript citations are all raised in the text itself (Unicode
    "¹⁶"), none a flattened guess: a text that kept them raised was never flattened."""
    raised = [d.candidate.printed for d in decisions
              if d.accepted and d.candidate.kind == "superscript"]  # fmt: skip
    return bool(raised) and all(raised)


def trace_manuscript(
    text: str,
    references: Iterable[Reference] | None = None,
    *,
    body_end: int | None = None,
    superscripts: Iterable[tuple[int, int]] | None = None,
    known_markers: Sequence[Marker] | None = None,
    markers_complete: bool = False,
    after_list: tuple[int, int] | None = None,
    lowered: Sequence[tuple[int, int]] = (),
    raised: Sequence[tuple[int, int]] | None = None,
) -> Trace:
    """Decode, split and link a manuscript.

    ``references`` default to the numbered list at the end of ``text``; ``body_end`` (where
    that list starts) defaults to what the reference-list parser finds. ``superscripts``:
    the spans a reader knows were printed as superscripts, if it knows them.
    ``known_markers`` are the citations a Word or JATS file's markup identifies
    (:class:`~blinarefs.manuscript.ManuscriptDocument`); given (even empty), they replace
    the decoder's guesses at flattened superscripts, and with ``markers_complete`` they are
    the only citations. ``after_list`` is the span of the manuscript's own text after its
    reference list (figure legends, tables, notes: what the list parser cut off it, page
    furniture left out), read with the body; found with the list when ``body_end`` is not
    given. ``lowered``: the spans a reader knows were set as subscripts (a Word file's), whose
    digits are no citations. ``raised``: the spans a reader knows were raised and cite
    nothing (a Word file's exponents and affiliations): what follows one is judged after
    the exponent, not glued to its digits (:mod:`blinarefs.trace.raised_text`).
    """
    text = text_argument(text, "trace_manuscript", reader="trace_file")
    if references is not None:
        references = references_argument(references, "trace_manuscript")
    if references is None or body_end is None:
        from ..parse import parse_reference_list

        parsed = parse_reference_list(text)
        if references is None:
            references = parsed.references
        if body_end is None:
            body_end = parsed.body_end
            after_list = parsed.section.after if parsed.section else None
    start, end = body_bounds(text, body_end)
    if after_list is not None and after_list[0] < end:
        after_list = None  # not after the list (a LaTeX document's end came first)
    index = ReferenceIndex.build(references)
    read, read_end = text, end
    if after_list is not None:  # the list blanked out (same length, so spans still hold)
        read = text[:end] + _BLANK.sub(" ", text[end : after_list[0]]) + text[after_list[0] :]
        read_end = after_list[1]
    # a PDF copy's running heads and feet: neither markers nor claims (same length)
    furniture = furniture_lines(lines_with_ends(text))
    read = without_furniture(read, furniture)
    masked = without_furniture(mask_tex_math(mask_tex_comments(text)), furniture)
    decoded = parentheses_on_the_line(blank_raised(masked, raised))
    decoding = decode_markers(decoded, index, start=start, end=end, superscripts=superscripts)
    citations = list(decoding.citations)
    decisions = decoding.decisions
    if after_list is not None:
        # decoded apart: the body's markers are what they were without it (one "(Roe,
        # 2010)" in a table's note would turn a numbered body's inference to keys), in the
        # body's conventions: the tables' "(12)" are no citations in a text citing by
        # superscripts; but a numbered text's "[12]" is a citation wherever it is printed;
        # and a body that cites by name, key or parenthesis has no flattened superscripts
        # in its tables either, nor do they sway how the tables cite (a genotype's "GII.4"
        # again and again outweighed its "(Roe et al., 2003)"; a table's flattened note
        # marks, "16 (15, 18)⁴", its "(43)"); and a body that keeps its superscripts raised
        # ("¹⁶") kept its legends' raised too: digits there are no flattened citations
        # ("SREBP1", "the enolate 14")
        kinds = {c.kind for c in citations}
        if kinds and not kinds <= KEYED:
            kinds.add("bracket")
        no_flattened = (bool(kinds) and "superscript" not in kinds) or _keeps_raised(decisions)
        tail_raised = superscripts or () if no_flattened else superscripts
        # the legends go on from the body's citations: a number the body has cited is a
        # repeat there, not a jump ahead of the order
        size = index.size or 10**9
        reached = max((n for c in citations for n in c.numbers if n <= size), default=0)
        tail = decode_markers(decoded, index, start=after_list[0], end=after_list[1],
                              superscripts=tail_raised, kinds=kinds or None,
                              cited_up_to=reached)  # fmt: skip
        found = without_table_values(text, tail.citations, after_list)
        citations += [c for c in found if not kinds or c.kind in kinds]
        decisions = (*decisions, *tail.decisions)
    if lowered:
        from ..manuscript.markers import outside_lowered

        citations, decisions = outside_lowered(text, citations, decisions, lowered)
    if known_markers is not None:
        from ..manuscript.markers import cites_raised, merge_known, merged_decisions

        inside = [m for m in known_markers if start <= m.start and m.end <= read_end]
        by_raised = not markers_complete and cites_raised(citations, inside, index)
        citations = merge_known(citations, inside, index, complete=markers_complete, text=masked)
        decisions = merged_decisions(
            decisions, citations, inside, complete=markers_complete, raised=by_raised
        )
    paragraphs = split_paragraphs(read, start, read_end, furniture)
    sentences = split_sentences(read, citations, paragraphs)
    floats = floats_after_list(text, (start, end), after_list, paragraphs) if after_list else []
    numbering = "printed" if index.numbered else "list order"
    if not index.numbered and any(c.kind in ("pandoc", "latex") for c in citations):
        # a text that cites by key from a bibliography with no printed numbers: its raised
        # or bracketed numbers (affiliations "^1^", footnotes) name no reference
        citations = [c for c in citations if c.kind in KEYED]
    all_keyed = bool(citations) and all(c.kind in ("pandoc", "latex") for c in citations)
    if all_keyed or (not index.numbered and any(c.kind in KEYED for c in citations)):
        # A keyed manuscript has no printed numbers: number as a numeric style would. The
        # numbers a store keeps from a printed list are not a Pandoc or LaTeX text's (a .bib
        # that `blinarefs parse` wrote is a library to its author); an author-year text's
        # printed list is printed, so its uncited entries stay errors.
        order = number_by_first_citation(in_citation_order(citations, floats), index.references)
        refs = sorted(index.references, key=lambda r: order[r.id])
        index = ReferenceIndex.build(r.with_fields(number=order[r.id]) for r in refs)
        numbering = "first citation"
    claims, skipped = find_claims(read, sentences, paragraphs, citations, index)
    return Trace(
        text,
        start,
        end,
        index,
        tuple(citations),
        tuple(claims),
        tuple(skipped),
        numbering,
        decisions,
        after_list,
        tuple(floats),
    )
