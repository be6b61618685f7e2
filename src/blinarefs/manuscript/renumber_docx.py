"""A renumbering plan (:mod:`.renumber`) carried out in a Word file.

Typed numbers are rewritten in their runs: only the characters that change, so "[3, 1]"
keeps its brackets' formatting and a superscript citation stays a superscript run (the
reader shows superscript digits as Unicode superscripts; the run gets plain digits back).
Reference-list paragraphs are moved into the new order; a list Word numbers by itself
renumbers as it moves, a typed number is rewritten. Citations a reference manager inserted
(Zotero, Mendeley, EndNote fields) are not touched: the manager renumbers them when it
refreshes, and rewriting its result by hand would be undone or corrupt its data.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from ..errors import BlinarefsError
from ..parse import parse_reference_list
from ..trace.manuscript import Trace
from .document import ManuscriptDocument
from .docx_edit import TextEdit, WordPackage, reorder_paragraphs, replace_text
from .renumber import Edit, Renumbering, plan_renumbering
from .wordml import part_paragraphs

_FROM_SUPERSCRIPT = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻˒", "0123456789-,")


@dataclass(frozen=True)
class DocxRenumbering:
    plan: Renumbering
    data: bytes
    fields: int  # reference-manager citations left to their manager
    skipped: tuple[Edit, ...]  # typed markers with no place in the file (none expected)


def _narrowed(edit: Edit) -> Edit:
    """The edit cut down to the characters that change (at least one)."""
    old, new = edit.old, edit.new
    head = 0
    while head < min(len(old), len(new)) - 1 and old[head] == new[head]:
        head += 1
    tail = 0
    while tail < min(len(old), len(new)) - head - 1 and old[-1 - tail] == new[-1 - tail]:
        tail += 1
    return Edit(edit.start + head, edit.end - tail, old[head : len(old) - tail],
                new[head : len(new) - tail])  # fmt: skip


def renumber_docx(data: bytes, doc: ManuscriptDocument, trace: Trace) -> DocxRenumbering:
    fields = [m for m in doc.markers if m.origin.startswith("field:")]
    sup = {(m.start, m.end) for m in doc.markers if m.superscript}
    plan = plan_renumbering(trace, parse_reference_list(doc.text).section, str(doc.path or ""))
    managed = [e for e in plan.edits if any(m.start < e.end and e.start < m.end for m in fields)]
    typed = [e for e in plan.edits if e not in managed]
    if doc.references_from == "word field":  # the printed list is the manager's too
        plan = replace(plan, items=())
    package = WordPackage.open(data, str(doc.path or "manuscript.docx"))
    edits, skipped = [], []
    for edit in typed:
        small = _narrowed(edit)
        new = small.new.translate(_FROM_SUPERSCRIPT) if (edit.start, edit.end) in sup else small.new
        where = doc.locate_span(small.start, small.end)
        if where is None or where[0].paragraph != where[1].paragraph:
            skipped.append(edit)
            continue
        edits.append(TextEdit(where[0], where[1], new))
    blocks = []
    for item in plan.items:
        located = {
            (loc.part, loc.paragraph)
            for offset in range(item.start, item.end)
            if (loc := doc.locate(offset)) is not None
        }
        if not located:
            raise BlinarefsError(
                f"{doc.path}: reference {item.number} has no paragraph in the file"
            )
        blocks.append(sorted(located))
        if item.number_span and item.number != item.new:
            where = doc.locate_span(*item.number_span)
            if where is not None:  # a typed number (Word's own numbering has no place)
                edits.append(TextEdit(where[0], where[1], str(item.new)))
    paragraphs = [
        [part_paragraphs(package.part(part))[index] for part, index in block] for block in blocks
    ]
    shared = len({id(p) for block in paragraphs for p in block}) < sum(map(len, paragraphs))
    parents = {id(p.getparent()) for block in paragraphs for p in block}
    if plan.list_reordered and (shared or len(parents) > 1):
        raise BlinarefsError(
            f"{doc.path}: the reference list is not one paragraph per reference, so it "
            "cannot be reordered",
            hint="put each reference in its own paragraph, or reorder the list by hand",
        )
    plan = replace(plan, edits=tuple(typed))
    if not edits and not plan.list_reordered:  # nothing to change: the file's own bytes
        return DocxRenumbering(plan, data, len(fields), tuple(skipped))
    replace_text(package, edits)
    if plan.list_reordered:
        by_new = sorted(range(len(plan.items)), key=lambda k: plan.items[k].new)
        reorder_paragraphs(paragraphs, [by_new.index(k) for k in range(len(plan.items))])
    return DocxRenumbering(plan, package.save(), len(fields), tuple(skipped))
