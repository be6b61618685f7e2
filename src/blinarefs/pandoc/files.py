"""The file side of ``blinarefs pandoc``: writing paper.md with its bibliography and style
beside it, reading the references a keyed manuscript names, and the ``build`` stage.

Pandoc looks for the files a header names in the folder it runs in, so the three files go
side by side and the header names them without a folder: ``cd OUTDIR && pandoc --citeproc
paper.md -o paper.docx`` (or ``pandoc --resource-path=OUTDIR ...``).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import BlinarefsError
from ..findings import Finding, counted
from ..jsontext import json_pieces
from ..manuscript.latex_inputs import is_latex_path
from ..outputs import check_output, write_output, written_by_blinarefs
from .convert import PandocManuscript, headings_of, marks_of, to_pandoc
from .items import iter_pandoc_items
from .markdown import is_markdown_path

if TYPE_CHECKING:
    from ..pipeline import BuildContext, StageReport

MANUSCRIPT_NAME = "paper.md"


def bibliography_name(markdown_path: str | Path) -> str:
    """paper.md -> paper.json: the CSL-JSON bibliography beside the Markdown."""
    return Path(markdown_path).with_suffix(".json").name


def write_pandoc(
    paper: PandocManuscript,
    path: str | Path,
    inputs: Iterable[str | Path | None] = (),
    force: bool = False,
) -> tuple[list[Path], list[Path]]:
    """Write the Markdown to ``path``, its CSL-JSON items and a copy of its style beside it
    (under the names its header gives); returns (the files written, the files kept).

    The bibliography, like the Markdown, never replaces one of ``inputs`` nor (without
    ``force``) a file blinarefs did not write. A style file there that blinarefs did not
    write is the user's customised copy: it is kept, and Pandoc will use it."""
    path = Path(path)
    folder = path.parent
    bib = folder / paper.bibliography
    csl = folder / paper.csl
    check_output(bib, inputs, force=force)
    write_output(path, paper.markdown)
    write_output(bib, json_pieces(iter_pandoc_items(paper.references, paper.style)))
    written, kept = [path, bib], []
    source = Path(paper.style.source)
    if csl.exists() and csl.resolve() == source.resolve():
        pass  # the style itself, in place
    elif csl.exists() and not force and not written_by_blinarefs(csl):
        kept.append(csl)
    else:
        write_output(csl, paper.style.xml)
        written.append(csl)
    return written, kept


def render_command(path: str | Path, inputs: Iterable[str | Path | None] = ()) -> str:
    """The Pandoc command that renders ``path`` (run where Pandoc finds the files). Its
    output is ``path`` as .docx, unless that is one of ``inputs``: paper.docx made into
    paper.md must not be rendered back over itself."""
    path = Path(path)
    folder = str(path.parent)
    target = path.with_suffix(".docx")
    if any(i is not None and Path(i).resolve() == target.resolve() for i in inputs):
        target = path.with_name(f"{path.stem}-pandoc.docx")
    out = target.name
    run = f"pandoc --citeproc {path.name} -o {out}"
    return run if folder in ("", ".") else f"cd {folder} && {run}"


# -- the references of a keyed manuscript ----------------------------------------------------


def named_bibliographies(text: str, manuscript: Path) -> list[Path]:
    """The files a Markdown front matter (``bibliography:``) or a LaTeX source
    (``\\addbibresource``, ``\\bibliography``) names, looked up beside the manuscript and
    then in the current folder (where Pandoc looks)."""
    from ..trace.bibliographies import named_files

    out = []
    for name, path in named_files(text, manuscript):
        if path is None:
            raise BlinarefsError(
                f"{manuscript}: its bibliography {name} was not found beside it",
                hint="give the references with --bib",
            )
        out.append(path)
    return out


# -- the build stage --------------------------------------------------------------------------


def stage_pandoc(ctx: BuildContext) -> StageReport:
    """OUTDIR/paper.md, with paper.json and the style beside it: the manuscript for Pandoc."""
    from ..pipeline import StageReport

    store = ctx.current_store()
    if store is None:
        return StageReport("pandoc", "no store (the store stage was skipped)", skipped=True)
    path = ctx.outdir / MANUSCRIPT_NAME
    if is_latex_path(ctx.manuscript_path):
        from ..interchange.files import EXPORT_DIR, EXPORT_FILES

        bib = ctx.outdir / EXPORT_DIR / EXPORT_FILES["csl-json"]
        run = f"pandoc --citeproc {ctx.manuscript_path} --bibliography {bib}"
        return StageReport("pandoc", f"skipped: LaTeX is Pandoc's to read ({run})", skipped=True)
    body_end = ctx.parsed.body_end if ctx.parsed is not None else None
    document, trace = ctx.data.get("document"), ctx.data.get("trace")
    # the citations a Word or JATS file's markup names, as the trace stage took them
    known = trace.citations if trace is not None and document and document.kind != "text" else None
    try:
        paper = to_pandoc(
            ctx.text,
            store.references,
            style=ctx.options.style,
            bibliography=bibliography_name(path),
            body_end=len(ctx.text) if body_end is None else body_end,
            markdown=is_markdown_path(ctx.manuscript_path),
            source=str(ctx.manuscript_path),
            citations=known,
            headings=headings_of(document),
            marks=marks_of(document),
        )
        outputs, _ = write_pandoc(paper, path, force=True)  # OUTDIR is blinarefs' own
    except BlinarefsError as exc:
        finding = Finding("error", "pandoc", str(exc), source=str(ctx.manuscript_path))
        return StageReport("pandoc", f"no Pandoc manuscript: {exc.message}", findings=[finding])
    beside = " and ".join(p.name for p in outputs[1:])
    summary = f"{path} with {beside}: {counted(paper.citations, 'citations')} as [@key]"
    if paper.removed:
        summary += f", {counted(len(paper.removed), 'passages')} left out"
    return StageReport("pandoc", summary, outputs=outputs, findings=_untraced(paper, trace))


def _untraced(paper: PandocManuscript, trace) -> list[Finding]:
    """The Pandoc stage's warnings less the dangling citations the trace stage reported: that
    error says more (the list's size), and a user should read of each marker once."""
    if trace is None or not trace.references:  # trace skipped, or it had no list to blame
        return list(paper.warnings)
    traced = {(c.start, c.end) for c in trace.citations if c.missing}
    return [w for w in paper.warnings if not (w.code == "dangling-citation" and w.span in traced)]
