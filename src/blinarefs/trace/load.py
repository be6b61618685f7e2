"""Reading what a trace needs from disk: the manuscript and the references it cites.

The one place in :mod:`blinarefs.trace` that touches files. References come from, in this
order: a BibTeX store (``--bib``), a reference list (``--refs``), the bibliography named in
the manuscript (Pandoc ``bibliography:``, LaTeX ``\\addbibresource``/``\\bibliography``),
or the numbered list at the end of the manuscript itself.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from ..findings import Finding
from ..model import Reference
from ..store_blocks import unread_places
from .bibliographies import cites_by_key, named_files, read_named

if TYPE_CHECKING:
    from ..manuscript.document import ManuscriptDocument, Marker
    from ..parse import ParsedList
    from ..store import Store
    from .manuscript import Trace


@dataclass(frozen=True)
class TraceInputs:
    manuscript: Path
    text: str
    references: tuple[Reference, ...]
    body_end: int | None  # where the manuscript's own reference list starts
    source: str  # where the references came from, for messages
    problems: list[Finding] = field(default_factory=list)
    document: ManuscriptDocument | None = None  # the manuscript as read, with its markup
    # the manuscript's text after its list (legends, tables, notes), read with the body
    after_list: tuple[int, int] | None = None

    @property
    def kind(self) -> str:
        """ "text", "docx" or "jats": what the manuscript file was."""
        return self.document.kind if self.document else "text"

    @property
    def markers(self) -> tuple[Marker, ...] | None:
        """The citations the markup identifies; None for plain text (nothing is known)."""
        return self.document.markers if self.kind != "text" and self.document else None

    @property
    def markers_complete(self) -> bool:
        return bool(self.document and self.document.markers_complete)

    @property
    def lowered(self) -> tuple[tuple[int, int], ...]:
        """The spans the markup sets as subscripts (see :class:`ManuscriptDocument`)."""
        return self.document.lowered if self.document else ()

    @property
    def raised(self) -> tuple[tuple[int, int], ...] | None:
        """The spans the markup raises that cite nothing (see :class:`ManuscriptDocument`);
        None for plain text, whose raised digits no reader knows."""
        return self.document.raised if self.document else None

    def __repr__(self) -> str:
        """What was read and from where, not the text and every reference."""
        from ..findings import counted

        problems = f", {counted(len(self.problems), 'problems')}" if self.problems else ""
        return (
            f"<TraceInputs {self.manuscript} ({self.kind}): "
            f"{counted(len(self.references), 'references')} from {self.source}, "
            f"{len(self.text):,} characters{problems}>"
        )


def file_arguments(call: str, manuscript: object, bib: object, refs: object) -> None:
    """One line naming the call for what a notebook hands over wrong (a ParsedList for
    ``bib``, a list of references for ``refs``), where Python would fail deep inside."""
    from ..errors import UsageError
    from ..store import Store

    if not isinstance(manuscript, str | os.PathLike):
        raise UsageError(f"{call}() takes the manuscript's path, not {type(manuscript).__name__}")
    if bib is not None and not isinstance(bib, str | os.PathLike | Store):
        raise UsageError(
            f"{call}() takes bib= as a Store or a .bib path, not {type(bib).__name__}",
            hint="for references at hand, give bib=Store.from_references(refs)",
        )
    if refs is not None and not isinstance(refs, str | os.PathLike):
        raise UsageError(
            f"{call}() takes refs= as the path of a reference list, not {type(refs).__name__}",
            hint="for references at hand, give bib=Store.from_references(refs)",
        )


def load_inputs(
    manuscript: Path, bib: str | Path | Store | None = None, refs: str | Path | None = None
) -> TraceInputs:
    """The manuscript and its references; what its reader reports (tracked changes accepted,
    a field or an ``\\input`` it could not read) comes first among the problems, as the
    cause of what the checks may find after it. A notice printed with a reference (PubMed's
    "Retraction in: ...") is among them: found with no service asked, as ``validate`` finds
    it, so that ``check`` without ``--integrity`` does not pass a retracted work in silence."""
    from ..validate import check_printed_notices

    inputs = _load(manuscript, bib, refs)
    told = inputs.document.findings if inputs.document else ()
    notices = [f for ref in inputs.references for f in check_printed_notices(ref)]
    return replace(inputs, problems=[*told, *inputs.problems, *notices])


def _load(manuscript: Path, bib: str | Path | Store | None, refs: str | Path | None) -> TraceInputs:
    from ..manuscript import read_manuscript
    from ..parse import parse_reference_list
    from ..parse.stage import unparsed_findings
    from ..store import Store

    doc = read_manuscript(manuscript)
    text = doc.text
    own = own_list(doc, parse_reference_list(text))
    body_end = own.body_end if doc.reference_list_start is None else doc.reference_list_start
    after = own.section.after if own.section else None
    named = []
    # a numbered list in a text that cites by key (an appendix's steps) is no bibliography
    if (
        not bib
        and not isinstance(bib, Store)
        and not refs
        and (not own.references or cites_by_key(text))
    ):
        named = named_files(text, manuscript)
        if any(path for _, path in named):  # Pandoc's bibliography:, LaTeX's \addbibresource
            if own.references:
                body_end, after = None, None
            return _from_files(manuscript, text, named, body_end, doc, after)
    if bib and not isinstance(bib, Store) and Path(bib).suffix.lower() != ".bib":
        return _from_files(manuscript, text, [(str(bib), Path(bib))], body_end, doc, after)
    if bib or isinstance(bib, Store):  # an empty Store is given all the same
        store = bib if isinstance(bib, Store) else Store.load(Path(bib))
        name = str(store.path or "the Store given") if isinstance(bib, Store) else str(bib)
        problems = [f for f in store.problems if f.code != "no-entries"]
        if not store.references:  # a wrong file given as --bib: its citations point nowhere
            hint = "check that this is the .bib file you meant (blinarefs parse makes one)"
            problems.append(_no_references("the store holds no BibTeX entries", name, hint))
        held = (*store.references, *unread_places(store.references, store.unread))
        return TraceInputs(manuscript, text, held, body_end, name, problems,
                           document=doc, after_list=after)  # fmt: skip
    if refs:
        from ..manuscript.read import read_list_text  # a list kept in Word too

        listed = parse_reference_list(read_list_text(refs))
        return TraceInputs(manuscript, text, listed.references, body_end, str(refs),
                           unparsed_findings(listed, str(refs)), document=doc,
                           after_list=after)  # fmt: skip
    doc, references, problems = markup_references(doc, own, manuscript)
    if references is not None:  # reference-manager fields, a JATS <ref-list>
        return TraceInputs(manuscript, text, references, body_end, doc.references_from,
                           problems, document=doc, after_list=after)  # fmt: skip
    problems = unparsed_findings(own, str(manuscript))
    if own.section is None:
        message = "no reference list found at the end of the manuscript"
        none = _no_references(message, str(manuscript))
        problems = [_missing(named[0][0], manuscript) if named else none]
    return TraceInputs(manuscript, text, own.references, body_end,
                       "the manuscript's own reference list", problems, document=doc,
                       after_list=after)  # fmt: skip


def own_list(doc: ManuscriptDocument, parsed: ParsedList) -> ParsedList:
    """The manuscript's own list as parsed from its text, or none where the Word reader saw
    that what looks like a list there is none (numbered steps, headings)."""
    from ..parse import ParsedList

    if doc.kind == "docx" and doc.reference_list_start is None and parsed.section is not None:
        return ParsedList(())
    return parsed


def markup_references(
    doc: ManuscriptDocument, own: ParsedList, manuscript: Path
) -> tuple[ManuscriptDocument, tuple[Reference, ...] | None, list[Finding]]:
    """The references a manuscript's markup gives (reference-manager fields, a JATS
    ``<ref-list>``), None when it gives none: the fields' works with the printed list's
    entries no field holds (a work typed by hand below a manager's bibliography), numbered
    as the list prints them, and the findings of the list against the fields. ``check``
    and ``build`` read a manuscript alike through here, so the two give the same verdicts.
    The document comes back with its markers as the references read them."""
    from ..manuscript.crosscheck import (
        printed_list_findings,
        printed_numbers,
        printed_only,
        shown_numbers,
    )

    if doc.references_from == "word field":
        doc = _on_own_list(doc, own)
    if not doc.references:
        return doc, None, []
    shown = shown_numbers(doc.markers)
    problems = printed_list_findings(
        doc.references, own, str(manuscript), doc.references_from, shown
    )
    references = doc.references
    if doc.references_from == "word field":
        added = printed_only(doc.references, own, shown)
        numbered = any(m.origin.startswith("field:") and m.numbers for m in doc.markers)
        numbers = printed_numbers(doc.references, own, shown) if numbered else {}
        if numbers:  # a numbered style: the works take the numbers the list prints
            doc, unprinted = _unprinted_by_number(doc, set(numbers))
            references = tuple(
                r.with_fields(number=numbers.get(r.id)) for r in references if r.id not in unprinted
            )
        references += _added(doc.references, added, keep_numbers=bool(numbers))
    return doc, references, problems


def _from_files(
    manuscript: Path,
    text: str,
    files: list[tuple[str, Path | None]],
    body_end: int | None,
    doc: ManuscriptDocument,
    after: tuple[int, int] | None,
) -> TraceInputs:
    """The references of bibliography files of any format (CSL-JSON, RIS, BibTeX), named by
    the manuscript or given as ``--bib``."""
    references, problems = read_named(files)
    problems += [_missing(name, manuscript) for name, path in files if path is None]
    source = " and ".join(str(path) for _, path in files if path is not None)
    if not references:
        hint = "check that this is the file you meant"
        problems.append(_no_references("holds no references", source, hint))
    return TraceInputs(manuscript, text, tuple(references), body_end, source, problems,
                       document=doc, after_list=after)  # fmt: skip


def _missing(name: str, manuscript: Path) -> Finding:
    message = f"the bibliography it names, {name}, was found neither beside it nor here"
    return _no_references(message, str(manuscript))


def _on_own_list(doc: ManuscriptDocument, own) -> ManuscriptDocument:
    """A manuscript cited by typed numbers with a few fields in it keeps its own list (see
    :func:`~blinarefs.manuscript.crosscheck.own_list_keys`): the fields' citations then cite
    the entries their works match, and the references come from the list."""
    from dataclasses import replace

    from ..manuscript.crosscheck import own_list_keys, shown_numbers

    keys = own_list_keys(doc.references, own, shown_numbers(doc.markers))
    if keys is None:
        return doc
    markers = tuple(replace(m, keys=tuple(keys.get(k, k) for k in m.keys)) for m in doc.markers)
    return replace(doc, markers=markers, references=(), references_from="")


def _unprinted_by_number(
    doc: ManuscriptDocument, printed: set[str]
) -> tuple[ManuscriptDocument, set[str]]:
    """In a list printed with numbers, a work of the fields the list does not print (a
    citation added since the bibliography was last refreshed) has no number there: the
    citations of it that print numbers are read by them, as in the text a reader has (a
    number past the list is a dangling citation; the printed-list finding says why), and
    the work, which only they cite, is none of the manuscript's references."""
    from dataclasses import replace

    def unprinted(m: Marker) -> bool:
        return bool(m.numbers) and not set(m.keys) <= printed

    by_number = {k for m in doc.markers if unprinted(m) for k in m.keys if k not in printed}
    keyed = {k for m in doc.markers if not unprinted(m) for k in m.keys}
    markers = tuple(replace(m, keys=()) if unprinted(m) else m for m in doc.markers)
    return replace(doc, markers=markers), by_number - keyed


def _added(
    fields: tuple[Reference, ...], printed: list[Reference], keep_numbers: bool = False
) -> tuple[Reference, ...]:
    """Printed entries added to the works of the fields: with their printed numbers when
    the fields' works have theirs (``keep_numbers``), else numbered with them by position;
    one whose key a field's work has is that work."""
    from ..manuscript.crosscheck import FROM_PRINTED_LIST

    keys = {r.id for r in fields}
    return tuple(
        r.with_fields(
            number=r.number if keep_numbers else None,
            label=r.label if keep_numbers else "",
            provenance=(*r.provenance, FROM_PRINTED_LIST),
        )
        for r in printed
        if r.id not in keys
    )


def _no_references(
    message: str, source: str, hint: str = "give the references with --bib BIB or --refs REFLIST"
) -> Finding:
    """The one error of a trace with nothing to check its citations against."""
    return Finding("error", "no-references", message, source=source, suggestion=hint)


def trace_file(
    manuscript: str | Path, bib: str | Path | Store | None = None, refs: str | Path | None = None
) -> tuple[TraceInputs, Trace]:
    """Read a manuscript file of any kind (text, Markdown, LaTeX, .docx, JATS) and the
    references it cites (``bib``: a store, or the path of its .bib file), and trace it: what
    ``blinarefs trace`` prints comes from here."""
    file_arguments("trace_file", manuscript, bib, refs)
    inputs = load_inputs(Path(manuscript), bib, refs)
    return inputs, trace_inputs(inputs)


def trace_inputs(inputs: TraceInputs) -> Trace:
    """The trace of what :func:`load_inputs` read, with the markers its markup knows."""
    from .manuscript import trace_manuscript

    return trace_manuscript(
        inputs.text,
        inputs.references,
        body_end=len(inputs.text) if inputs.body_end is None else inputs.body_end,
        known_markers=inputs.markers,
        markers_complete=inputs.markers_complete,
        after_list=inputs.after_list,
        lowered=inputs.lowered,
        raised=inputs.raised,
    )
