"""A manuscript with numbered citations, as Pandoc Markdown with ``[@key]`` citations.

The citations are decoded by :mod:`blinarefs.trace` (flattened superscripts, brackets,
parentheses); each becomes a Pandoc citation of the same references, a range written out as
a key list (``2-9`` -> ``[@b; @c; ...]``, which Pandoc collapses again). Where it goes:

- a superscript the text had after punctuation ("chemotherapy.2 In") is written before it,
  as Pandoc expects (``chemotherapy [@k]. In``); the header's ``notes-after-punctuation``
  makes Pandoc print it after the period again, where the journal put it;
- a superscript followed by punctuation ("figure 2-9)") is glued to the word before it
  (``figure[@k])``) when the style prints superscripts: Pandoc moves a citation only when a
  space precedes it, so it stays inside the parenthesis (other styles get the space);
- a bracketed or parenthesised number ("[1]", "(1)") is replaced where it stands.

An author-year citation ("(Roe et al. 2017; see Doe 2019, p. 4)", "Roe (2017)", or the
pieces of one a reference manager split over several fields) becomes the Pandoc citation
that says all it says (:mod:`blinarefs.pandoc.named`), and a numeric style is warned of.
Left as written, with a warning: citations naming a number the list lacks or a work it
does not hold, and author-year citations in a form no Pandoc citation says whole. References nothing
cites go into the header's ``nocite``, so Pandoc keeps them after the cited ones, as the
manuscript's list did. The reference list
and whatever follows it are left out (its references go to the CSL-JSON bibliography), and
so is page furniture a copy from a journal's web page brings along ("Close modal", a figure
caption repeated verbatim): both are reported, line by line. A figure caption that stays
is marked as a ``caption`` div. A Markdown manuscript is kept as written except its
citations. Pure: text and references in, :class:`PandocManuscript` out.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..arguments import references_argument, text_argument
from ..findings import Finding
from ..format.styles import Style, load_style
from ..model import Reference
from ..reprs import brief_repr
from ..trace.candidates import NUMBERED
from ..trace.claims import classify_paragraphs
from ..trace.decode import (
    Citation,
    ReferenceIndex,
    decode_citations,
    first_cited,
    number_by_first_citation,
)
from ..trace.manuscript import body_bounds
from ..trace.sentences import split_paragraphs
from .items import iter_pandoc_items
from .markdown import (
    ends_with_heading,
    escape_lines,
    front_matter,
    later_metadata,
    merged_metadata,
    yaml_block,
    yaml_value,
    yaml_without,
)
from .rewrite import Rewriter, first_author, line_of

SECTION_TITLE = "References"
CAPTION_WORDS = 5  # fewer, a line printed twice is a heading or a label ("Notes.")


@dataclass(frozen=True)
class PandocManuscript:
    """The Markdown (YAML header included), the CSL-JSON items its header names, how many
    citations became Pandoc citations, and what needs a look (``warnings``) or was left out
    (``removed``), as findings with their line."""

    markdown: str
    references: tuple[Reference, ...]  # the bibliography's, in its order
    citations: int
    warnings: tuple[Finding, ...]

    __repr__ = brief_repr  # a notebook shows it without its whole text
    removed: tuple[Finding, ...]
    style: Style
    bibliography: str  # the file name the header gives for the items
    csl: str  # the file name the header gives for the style

    @property
    def bibliography_items(self) -> list[dict[str, Any]]:
        """The CSL-JSON items for the file the header names (made when asked: a library's
        items as dicts are several times the size of their text)."""
        return list(iter_pandoc_items(self.references, self.style))


def _left_out(text: str, start: int, end: int, what: str, source: str | None) -> Finding:
    first, last = line_of(text, start), line_of(text, max(start, end - 1))
    snippet = " ".join(text[start:end].split())
    if first == last:
        what += f": {snippet[:60]!r}" if len(snippet) <= 60 else f": {snippet[:57] + '...'!r}"
    else:
        what += f", lines {first}-{last}"
    return Finding(
        "info", "left-out", what, line=first, span=(start, end), text=snippet[:80], source=source
    )


def _plain_body(
    text: str,
    start: int,
    end: int,
    citations: Sequence[Citation],
    rewriter: Rewriter,
    headings: Mapping[int, int] | None,
) -> tuple[list[str], list[Finding]]:
    """Paragraphs of a plain-text body as Markdown blocks, furniture left out; a paragraph
    that starts where a heading does (``headings``: offset -> level) is that heading. A
    caption a web page showed twice (under its figure and in a pop-up) is left out the
    second time: a paragraph of some words printed exactly twice, the copies side by side or
    beside the page's furniture ("Close modal"), in a copy only (``headings`` None). A Word
    or JATS file's repeated lines are its own (a table's cells, "Year"), and so are a plain
    text's lines printed again apart ("Range.", "Leaf: Used as heart tonic." in a flora's
    entries: 3,624 paragraphs of one were left out)."""
    paragraphs = split_paragraphs(text, start, end)
    reasons = classify_paragraphs(paragraphs)
    normals = [" ".join(p.text.split()).lower() for p in paragraphs]
    times = Counter(normals)
    first_at: dict[str, int] = {}
    blocks: list[str] = []
    removed: list[Finding] = []
    seen: set[str] = set()
    ci = 0
    for i, para in enumerate(paragraphs):
        inside = []
        while ci < len(citations) and citations[ci].start < para.end:
            if citations[ci].start >= para.start:
                inside.append(citations[ci])
            ci += 1
        reason = reasons.get(para.index, "")
        normal = normals[i]
        if reason == "page furniture":
            removed.append(_left_out(text, para.start, para.end, "page furniture", rewriter.source))
            continue
        first_at.setdefault(normal, i)
        twice = times[normal] == 2 and len(normal.split()) >= CAPTION_WORDS
        shown_twice = twice and (
            i - first_at[normal] == 1 or _beside_furniture(paragraphs, reasons, i)
        )
        if "repeated verbatim" in reason and normal in seen and headings is None and shown_twice:
            removed.append(
                _left_out(
                    text,
                    para.start,
                    para.end,
                    "a figure caption repeated verbatim",
                    rewriter.source,
                )
            )
            continue
        seen.add(normal)
        block = escape_lines(rewriter.rewrite(para.start, para.end, inside))
        if not block:
            continue  # all of it left out: a Word file's "Notes" line, its notes placed
        if "caption" in reason:
            block = f"::: caption\n{block}\n:::"
        elif level := (headings or {}).get(para.start):
            block = f"{'#' * min(level, 6)} {' '.join(block.split())}"
        blocks.append(block)
    return blocks, removed


def _beside_furniture(paragraphs: Sequence[Any], reasons: Mapping[int, str], i: int) -> bool:
    """Whether the page's furniture ("Close modal", "View large") stands next to paragraph
    ``i``: where a web page puts a figure's caption again."""
    near = paragraphs[max(0, i - 1) : i + 2]
    return any(reasons.get(p.index) == "page furniture" for p in near)


def headings_of(document: Any) -> dict[int, int] | None:
    """The headings a Word or JATS manuscript marks (offset -> level); None for plain text,
    whose headings are guessed, not marked."""
    if document is None or document.kind == "text":
        return None
    title = title_of(document)
    return {s.start: s.level for s in document.sections if not title or s.start != title[0]}


def title_of(document: Any) -> tuple[int, int] | None:
    """The span of the document's title where its markup names one (Word's Title style):
    Pandoc's ``title`` metadata, as Pandoc's own Word reader makes it, not a heading."""
    return getattr(document, "title", None) if document is not None else None


def marks_of(document: Any, notes: bool = True) -> list[tuple[int, int, str]]:
    """What a Word file raised ("^") or lowered ("~") that is no citation, as spans of its
    text: an affiliation's "1", the 9 of "10⁹", the 2 of "CO₂" (the text holds plain
    digits, which Pandoc would print flat); and with ``notes`` its notes as Pandoc's, each
    in its place (see :func:`note_marks`; the Word file written without Pandoc keeps them
    under "Notes"). None for plain text or JATS."""
    if document is None or document.kind != "docx":
        return []
    marks = [(a, b, "^") for a, b in document.raised] + [(a, b, "~") for a, b in document.lowered]
    return marks + note_marks(document.text, document.footnotes) if notes else marks


def note_marks(text: str, notes: Sequence[tuple[int, int, int]]) -> list[tuple[int, int, str]]:
    """A Word file's footnotes and endnotes (``notes``: where each one's mark stands, and
    its text under the "Notes" line) as Pandoc's: "[^1]" at the mark, which Word keeps in
    the text but shows nothing of, and "[^1]: " before the note's text; the "Notes" line
    left out (a mark of "-") when every note is placed so. A note of several paragraphs
    is placed by its first."""
    marks: list[tuple[int, int, str]] = []
    for n, (at, start, end) in enumerate(sorted(notes), 1):
        first = start + len(text[start:end]) - len(text[start:end].lstrip())
        marks += [(at, at, f"[^{n}]"), (first, first, f"[^{n}]: ")]
    if notes:
        from ..manuscript.docx import NOTES_HEADING

        first_note = min(start for _, start, _ in notes)
        heading = text.rfind(NOTES_HEADING, 0, first_note)
        if heading >= 0 and not text[heading + len(NOTES_HEADING) : first_note].strip():
            marks.append((heading, heading + len(NOTES_HEADING), "-"))
    return marks


def _renumbering(converted: Sequence[Citation], index: ReferenceIndex, refs) -> str:
    """ "3 -> 2, 2 -> 3" when Pandoc's numbering (by first citation) differs from the
    manuscript's ("1b -> 2": Pandoc numbers each part of a sub-labelled reference); "" when
    they agree."""
    pandoc = number_by_first_citation(converted, refs)
    changes = [
        f"{index.by_key[key].label or number} -> {pandoc[key]}"
        for key, number in sorted(index.number_by_key.items(), key=lambda kv: kv[1])
        if key in pandoc and (pandoc[key] != number or index.by_key[key].label)
    ]
    return ", ".join(changes)


def to_pandoc(
    text: str,
    references: Iterable[Reference] | None = None,
    *,
    style: str | Path | Style = "blood",
    bibliography: str = "paper.json",
    csl: str | None = None,
    body_end: int | None = None,
    markdown: bool = False,
    source: str | None = None,
    citations: Sequence[Citation] | None = None,
    headings: Mapping[int, int] | None = None,
    marks: Sequence[tuple[int, int, str]] = (),
    title: tuple[int, int] | None = None,
) -> PandocManuscript:
    """``text`` (plain text, or Markdown with ``markdown``) as Pandoc Markdown.

    ``references`` default to the numbered list at the end of ``text``; ``body_end`` (where
    that list starts) to what the reference-list parser finds. ``bibliography`` and ``csl``
    are the file names the YAML header gives (``csl`` defaults to the style's file name);
    writing those files is the caller's (``pandoc.files.write_pandoc``). ``source`` names
    the manuscript in findings. ``citations`` are those a trace already found (a Word or
    JATS file's markup names them, where the text alone does not); decoded from the text
    when None. ``headings`` (offset -> level) are the headings a Word or JATS file marks,
    written as Markdown headings (given, even empty, for such a file; None for plain text).
    ``marks`` are (start, end, "^" or "~"): what a Word file raised or lowered that cites
    nothing, written as Pandoc's superscript or subscript (:func:`marks_of`). ``title`` is
    the span of the document's title (:func:`title_of`): the header's ``title``, not a
    paragraph of the body.
    Raises StyleError for a style that cannot be loaded.
    """
    text = text_argument(text, "to_pandoc")
    # Pandoc combines a Markdown file's metadata blocks: the later ones join the first, in
    # the header, and leave the body (blanked, so that offsets and lines hold)
    later = later_metadata(text) if markdown else []
    for a, b, _ in later:
        text = text[:a] + re.sub(r"[^\n]", " ", text[a:b]) + text[b:]
    style = load_style(style)
    if references is None or body_end is None:
        from ..parse import parse_reference_list

        parsed = parse_reference_list(text)
        references = parsed.references if references is None else references
        body_end = parsed.body_end if body_end is None else body_end
    refs = tuple(references_argument(references, "to_pandoc"))
    index = ReferenceIndex.build(refs)
    start, end = body_bounds(text, body_end)
    if citations is None:
        citations = decode_citations(text, index, start=start, end=end)
    else:
        citations = [c for c in citations if start <= c.start and c.end <= end]
    titled = ""
    if title and start <= title[0] < end and not markdown:  # the header's, not the body's
        titled = " ".join(text[title[0] : title[1]].split())  # its paragraph left blank
        text = text[: title[0]] + " " * (title[1] - title[0]) + text[title[1] :]
        citations = [c for c in citations if not title[0] <= c.start < title[1]]
    glue = style.citation.vertical_align == "sup"
    works = {r.id: (first_author(r), r.year) for r in refs}
    rewriter = Rewriter(
        text, escape=not markdown, glue=glue, source=source, works=works, marks=marks
    )
    removed: list[Finding] = []
    if markdown:
        metadata = [front_matter(text)[1], *(y for _, _, y in later)]
        head = merged_metadata(metadata) if front_matter(text)[0] or later else None
        body = rewriter.rewrite(start, end, citations).strip("\n")
        body = "\n".join(line if line.strip(" ") else "" for line in body.split("\n"))
    else:
        head = None
        blocks, removed = _plain_body(text, start, end, citations, rewriter, headings)
        body = "\n\n".join(blocks)
    if end < len(text.rstrip()):
        removed.append(
            _left_out(
                text,
                end,
                len(text.rstrip()),
                f"the reference list (its references are in {bibliography})",
                source,
            )
        )
    warnings = list(rewriter.warnings)
    # a keyed manuscript prints no numbers of its own ([@key], \\cite): none of them changes
    numbered = any(c.kind in NUMBERED for c in rewriter.converted)
    renumbered = _renumbering(rewriter.converted, index, refs) if numbered else ""
    if renumbered:
        warnings.append(
            Finding(
                "warning",
                "citation-order",
                f"Pandoc numbers references by first citation, so numbers change: {renumbered}",
                source=source,
                suggestion="Pandoc's styles number each part of a sub-labelled reference "
                "(1a, 1b) on its own: print them as references of their own"
                if index.parts
                else "renumber the manuscript's references in order "
                "of first citation (blinarefs renumber does it)",
            )
        )
    if style.numeric and any(c.kind == "author-year" for c in rewriter.converted):
        warnings.append(
            Finding(
                "warning",
                "numeric-style",
                f"author-year citations became Pandoc citations, which {style.name} prints "
                "as numbers",
                source=source,
                suggestion="give --style an author-date CSL file (APA, Harvard) to print "
                "names and years",
            )
        )
    cited = set(first_cited(rewriter.converted))
    header: dict[str, object] = {
        **({"title": titled} if titled else {}),
        "bibliography": bibliography,
        "csl": csl or Path(style.source).name,
        "reference-section-title": SECTION_TITLE,
        "notes-after-punctuation": True,
    }
    uncited = [f"@{r.id}" for r in refs if r.id not in cited]
    if uncited and numbered:
        # A numbered manuscript's list is its bibliography, but Pandoc lists only what is
        # cited: keep the rest, numbered after the cited ones, in list order. (A keyed
        # manuscript cites from a larger store: there, uncited means left out.)
        header["nocite"] = uncited
    if yaml_value(head or "", "reference-section-title") or ends_with_heading(body):
        # the manuscript's own title for the list, or the heading it ends with ("# References")
        del header["reference-section-title"]
    # the manuscript's own metadata first, without what the new header sets: Pandoc takes
    # the first value a key is given, and the new one names the files written beside it
    own = yaml_without(head or "", list(header))
    lead = yaml_block({}, own) + "\n" if own.strip() else ""
    markdown_text = lead + yaml_block(header) + "\n" + body + "\n"
    return PandocManuscript(
        markdown_text,
        tuple(refs),
        len(rewriter.converted),
        tuple(warnings),
        tuple(removed),
        style,
        bibliography,
        str(header["csl"]),
    )
