"""Turn a manuscript with numbered citations into Pandoc Markdown, or a keyed one into numbers.

Default: the manuscript's numbered citations ("et al1", "chemotherapy.2", "[3]", "(see
figure 2-9)") become Pandoc citations ([@key], a range a key list), and so do its
author-year ones ("(Roe et al. 2017; see Doe 2019, p. 4)" -> [@roe2017; see @doe2019,
p. 4]; "Roe (2017)" -> @roe2017; a Word file's reference-manager fields too), its reference list and
page furniture are left out (each reported), and -o paper.md gets a YAML header naming
paper.json (the references as CSL-JSON, written beside it) and the style (copied beside
it), so that 'pandoc --citeproc paper.md' prints the same text and bibliography as
blinarefs. Run Pandoc in that folder: it looks for the files there. Plain text is escaped
so that Pandoc prints it as written; a Markdown manuscript (.md, .qmd) keeps its markup.
References come from --bib, --refs, or the list at the end of the manuscript.

--numbered goes the other way: a manuscript written with keys (Pandoc [@key], LaTeX
\\cite{key}) gets numbered citations in the style (Blood: superscripts, runs collapsed
as 2-9) and the bibliography, numbered by first citation. Its references come from --bib
(a .bib store, or CSL-JSON, RIS, ... as 'import' reads them), --refs, or the bibliography
its front matter or \\addbibresource names.

-o paper.docx writes a Word file instead (either way): the manuscript with its citations
and bibliography as the style prints them (superscripts as superscript runs), no Pandoc
needed; 'blinarefs check paper.docx' reads it back.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from ._common import add_force, add_json, add_quiet, add_style, console, manuscript_path
from .trace import add_inputs

if TYPE_CHECKING:
    from ..findings import Finding

EPILOG = """\
examples:
  blinarefs pandoc -o paper.md                 the embedded commentary, for Pandoc
  pandoc --citeproc paper.md -o paper.docx     ... which Pandoc then renders
  blinarefs pandoc paper.txt --bib refs.bib --style vancouver -o out/paper.md
  blinarefs pandoc paper.md --numbered          keys -> numbered text and bibliography
  blinarefs pandoc paper.tex --numbered --bib refs.bib -o numbered.txt
  blinarefs pandoc paper.txt --style vancouver -o paper.docx   Word, citations as printed
"""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_inputs(parser)
    add_style(parser)
    parser.add_argument(
        "-o",
        "--output",
        metavar="OUT",
        help="write here; the bibliography and style go beside it (default: print the text)",
    )
    parser.add_argument(
        "--numbered",
        action="store_true",
        help="the reverse: number a manuscript written with [@key] or \\cite{key}",
    )
    parser.add_argument(
        "--to",
        choices=("text", "markdown", "latex"),
        help="with --numbered: output format (default: markdown for Markdown input or an "
        "-o ending in .md, latex for LaTeX input or an -o ending in .tex (the whole document, "
        "its bibliography as thebibliography), else text)",
    )
    add_force(parser)
    add_json(parser)
    add_quiet(parser)


def _forward(args: argparse.Namespace, con) -> int:
    import sys
    from pathlib import Path

    from ..manuscript.latex_inputs import is_latex_path
    from ..outputs import check_output
    from ..pandoc import to_pandoc
    from ..pandoc.convert import headings_of, marks_of, title_of
    from ..pandoc.files import bibliography_name, render_command, write_pandoc
    from ..pandoc.markdown import is_markdown_path
    from ..trace.load import load_inputs, trace_inputs

    path = manuscript_path(args.manuscript)
    if is_latex_path(path):  # its commands would become escaped text in paper.md
        from ..errors import UsageError

        raise UsageError(
            f"{path}: is LaTeX, which Pandoc reads itself",
            hint=f"pandoc --citeproc {path} -o paper.md; or number its \\cite keys with --numbered",
        )
    if path.is_absolute() and path.is_relative_to(Path.cwd()):
        path = path.relative_to(Path.cwd())  # shorter names in every message
    if args.output:
        check_output(args.output, [path, args.bib, args.refs], force=args.force)
    inputs = load_inputs(path, args.bib, args.refs)
    errors = [f for f in inputs.problems if f.severity == "error"]
    for f in errors:
        print(con.finding_line(f), file=con.err)
    if not inputs.references:
        return 1  # nothing to cite by key: writing paper.md would only lose the citations
    out = Path(args.output) if args.output else None
    body_end = len(inputs.text) if inputs.body_end is None else inputs.body_end
    # a Word or JATS file's markup names its citations; plain text is decoded as it goes
    known = trace_inputs(inputs).citations if inputs.kind != "text" else None
    if _is_docx(out):
        return _write_docx(args, con, inputs.text, inputs.references, out, path, keyed=False,
                           body_end=body_end, citations=known,
                           headings=headings_of(inputs.document),
                           marks=marks_of(inputs.document, notes=False),
                           title=title_of(inputs.document))  # fmt: skip
    paper = to_pandoc(
        inputs.text,
        inputs.references,
        style=args.style,
        bibliography=bibliography_name(out or "paper.md"),
        body_end=body_end,
        markdown=is_markdown_path(path),
        source=str(path),
        citations=known,
        headings=headings_of(inputs.document),
        marks=marks_of(inputs.document),
        title=title_of(inputs.document),
    )
    written, kept = (
        write_pandoc(paper, out, [path, args.bib, args.refs], args.force) if out else ([], [])
    )
    if args.json:
        data = {
            "manuscript": str(path),
            "references_from": inputs.source,
            "output": [str(p) for p in written],
            "kept": [str(p) for p in kept],
            "citations": paper.citations,
            "warnings": [f.to_dict() for f in paper.warnings],
            "removed": [f.to_dict() for f in paper.removed],
        }
        con.json(data if out else {**data, "markdown": paper.markdown})
        return 1 if errors else 0
    if out is None:
        con.emit(paper.markdown)
    notes = con.err if out is None else con.out
    if out is not None:
        from ..findings import counted

        con.print(
            f"{out}: {counted(paper.citations, 'citations')} as [@key], "
            f"{counted(len(paper.references), 'references')} in {paper.bibliography}, "
            f"style {paper.csl}"
        )
        con.print("written: " + ", ".join(str(p) for p in written))
        for p in kept:
            con.print(f"kept: {p} (not written by blinarefs: yours; --force replaces it)")
    for f in paper.warnings:
        print(con.finding_line(f), file=con.err)
    if not args.quiet:
        for f in paper.removed:
            print(f"left out: {f.where()}: {f.message}", file=notes)
        if out is None:
            print(f"{paper.bibliography} and {paper.csl} not written: give -o", file=sys.stderr)
        else:
            con.print(f"render: {render_command(out, [path])}")
    return 1 if errors else 0


def _numbered(args: argparse.Namespace, con) -> int:
    from pathlib import Path

    from ..errors import UsageError
    from ..manuscript import read_manuscript
    from ..manuscript.latex_inputs import is_latex_path
    from ..outputs import check_output, write_output
    from ..pandoc import to_numbered
    from ..pandoc.files import named_bibliographies
    from ..pandoc.markdown import is_markdown_path
    from ..trace.bibliographies import read_bibliography

    if args.manuscript is None:
        raise UsageError("--numbered needs a MANUSCRIPT written with [@key] or \\cite{key}")
    path = Path(args.manuscript)
    if args.output:
        check_output(args.output, [path, args.bib, args.refs], force=args.force)
    text = read_manuscript(path).text
    problems: list[Finding] = []
    if args.bib:
        refs, problems = read_bibliography(args.bib)
    elif args.refs:
        from ..manuscript.read import read_list_text
        from ..parse import parse_reference_list

        refs = list(parse_reference_list(read_list_text(args.refs)).references)
    else:
        named = named_bibliographies(text, path)
        if not named:
            raise UsageError(
                f"{path}: names no bibliography", hint="give the references with --bib or --refs"
            )
        refs = []
        for bib in named:
            found, trouble = read_bibliography(bib)
            refs += found
            problems += trouble
    if not refs:  # else every key "is not in the references", which hides why
        from ..errors import BlinarefsError

        given = args.bib or args.refs or " and ".join(str(b) for b in named)
        raise BlinarefsError(
            f"{given}: holds no references", hint="check that this is the file you meant"
        )
    out = Path(args.output) if args.output else None
    if _is_docx(out):
        return _write_docx(args, con, text, refs, out, path, keyed=True, problems=problems)
    latex = is_latex_path(out or path)  # LaTeX in, LaTeX out: it compiles with no .bib
    to = args.to or ("markdown" if is_markdown_path(out or path) else "latex" if latex else "text")
    result = to_numbered(text, refs, style=args.style, to=to, source=str(path))
    if out:
        write_output(out, result.text)
    if args.json:
        data = {
            "manuscript": str(path),
            "output": str(out) if out else None,
            "order": result.order,
            "citations": result.citations,
            "warnings": [f.to_dict() for f in result.warnings],
        }
        con.json(data if out else {**data, "text": result.text})
        return 0
    if out is None:
        con.emit(result.text)
    else:
        con.print(f"{out}: {result.citations} citations numbered, {len(result.order)} references")
    for f in [*problems, *result.warnings]:
        print(con.finding_line(f), file=con.err)
    return 0


def _is_docx(path) -> bool:
    return path is not None and path.suffix.lower() == ".docx"


def _write_docx(
    args,
    con,
    text,
    refs,
    out,
    path,
    *,
    keyed,
    problems=(),
    body_end=None,
    citations=None,
    headings=None,
    marks=(),
    title=None,
) -> int:
    """The manuscript numbered in the style, as Word: a numbered manuscript goes through
    Pandoc Markdown first (its citations become keys), then both are numbered alike."""
    from ..manuscript.docx_write import markdown_to_docx
    from ..outputs import write_output
    from ..pandoc import to_numbered, to_pandoc
    from ..pandoc.markdown import is_markdown_path

    warnings = list(problems)
    if not keyed:
        if not refs:
            return 1  # the missing list was reported: numbering would lose every citation
        paper = to_pandoc(text, refs, style=args.style, markdown=is_markdown_path(path),
                          body_end=body_end, source=str(path), citations=citations,
                          headings=headings, marks=marks, title=title)  # fmt: skip
        warnings += paper.warnings
        text, refs = paper.markdown, paper.references
    result = to_numbered(text, refs, style=args.style, to="markdown", markdown=True,
                         source=str(path))  # fmt: skip
    # A numbered manuscript's citations were reported by to_pandoc, at their lines: what it
    # left as written (a dangling number, a raised affiliation) is no keyed citation in the
    # Markdown between, whose lines are not the manuscript's.
    between = ("dangling-citation", "numbered-citation")
    warnings += [w for w in result.warnings if keyed or w.code not in between]
    write_output(out, markdown_to_docx(result.text))  # a rerun over it needs no --force
    if args.json:
        con.json({"manuscript": str(path), "output": str(out), "order": result.order,
                  "citations": result.citations,
                  "warnings": [f.to_dict() for f in warnings]})  # fmt: skip
    else:
        con.print(f"{out}: {result.citations} citations numbered, {len(result.order)} references")
        for f in warnings:
            print(con.finding_line(f), file=con.err)
    return 0


def run(args: argparse.Namespace) -> int:
    from ..errors import UsageError

    if args.to and not args.numbered:
        raise UsageError("--to goes with --numbered (the Pandoc manuscript is Markdown)")
    if args.to and args.output and args.output.lower().endswith(".docx"):
        raise UsageError("--to and -o *.docx: the output is Word; leave out --to")
    con = console(args)
    return _numbered(args, con) if args.numbered else _forward(args, con)
