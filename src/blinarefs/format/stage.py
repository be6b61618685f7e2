"""The ``format`` stage of ``blinarefs build``: the bibliography in text and HTML."""

from __future__ import annotations

from ..errors import BlinarefsError
from ..findings import Finding, counted
from ..pipeline import BuildContext, StageReport

OUTPUT_STEM = "bibliography"


def stage_format(ctx: BuildContext) -> StageReport:
    """Write OUTDIR/bibliography.txt and .html in ``BuildOptions.style`` (Blood by default).

    Numbered as the manuscript's own list numbers them, so the list matches the citations in
    its text (``blinarefs format --manuscript`` renumbers by first citation instead)."""
    from ..fsio import default_cache_dir
    from ..outputs import write_output
    from . import bibliography_pieces, cited_order, load_style

    store = ctx.current_store()
    if store is None:
        return StageReport(
            "format", "no store to format (the store stage was skipped)", skipped=True
        )
    refs = store.references
    try:
        style = load_style(ctx.options.style)
        order = cited_order(refs)
        outputs = []
        for to, suffix in (("text", "txt"), ("html", "html")):
            path = ctx.outdir / f"{OUTPUT_STEM}.{suffix}"
            write_output(
                path,
                bibliography_pieces(refs, style, to, order, cache_dir=default_cache_dir()),
            )
            outputs.append(path)
    except BlinarefsError as exc:
        finding = Finding(
            "error", "format", str(exc), source=str(ctx.options.style), suggestion=exc.hint
        )
        return StageReport("format", f"no bibliography: {exc.message}", findings=[finding])
    summary = f"{outputs[0]} and .html: {counted(len(refs), 'references')}, {style.name} style"
    return StageReport("format", summary, outputs=outputs)
