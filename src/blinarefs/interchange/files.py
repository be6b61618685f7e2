"""The file side of import and export: reading an input (or stdin), writing an export
atomically, and the ``export`` stage of ``blinarefs build``."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from ..findings import counted
from ..model import Reference
from ..outputs import write_output
from . import (
    WRITE_FORMATS,
    ImportResult,
    changed_values,
    export_pieces,
    lost_fields,
    read_references,
)

if TYPE_CHECKING:
    from ..pipeline import BuildContext, StageReport

# What ``blinarefs build`` writes into OUTDIR/exports/, one file per format.
EXPORT_DIR = "exports"
EXPORT_FILES = {
    "bibtex": "references.bib",
    "biblatex": "references-biblatex.bib",
    "csl-json": "references.json",
    "ris": "references.ris",
    "endnote-xml": "references-endnote.xml",
}


def read_file(path: str | Path, fmt: str | None = None) -> ImportResult:
    """Read references from a file (a Word file's text too), or from stdin when ``path``
    is "-"."""
    from ..manuscript.read import read_list_text

    if str(path) == "-":
        return read_references(sys.stdin.read(), fmt, source="<stdin>")
    return read_references(read_list_text(path), fmt, source=str(path))


def write_export(
    refs: Sequence[Reference], fmt: str, path: str | Path, *, clean: bool = False
) -> dict[str, list[str]]:
    """Write the export; returns what it could not carry (field -> keys)."""
    write_output(path, export_pieces(refs, fmt, clean=clean))
    return lost_fields(refs, fmt, clean=clean)


def stage_export(ctx: BuildContext) -> StageReport:
    """Every format beside the store, in OUTDIR/exports/ (names in ``EXPORT_FILES``)."""
    from ..pipeline import StageReport

    store = ctx.current_store()
    if store is None:
        return StageReport(
            "export", "no store to export (the store stage was skipped)", skipped=True
        )
    folder = ctx.outdir / EXPORT_DIR
    outputs: list[Path] = []
    lossy: list[str] = []
    lost: set[str] = set()
    changed = []
    for fmt in WRITE_FORMATS:
        path = folder / EXPORT_FILES[fmt]
        losses = write_export(store.references, fmt, path)
        if losses:
            lossy.append(fmt)
            lost.update(losses)
        outputs.append(path)
        changed += [c.finding(str(path)) for c in changed_values(store.references, fmt)]
    summary = f"{folder}/: {len(outputs)} formats, {counted(len(store), 'references')} each"
    if lossy:
        summary += f"; {' and '.join(lossy)} lose {', '.join(sorted(lost))}"
    return StageReport("export", summary, outputs=outputs, findings=changed)
