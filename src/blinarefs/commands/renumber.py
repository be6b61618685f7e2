"""Put a manuscript's references in order of first citation and rewrite its markers.

Numbered styles (Vancouver, AMA, Blood) number references in the order the text first cites
them. After revisions that order breaks ("blinarefs check" reports citation-order errors);
this command restores it: every numbered marker whose numbers change gets its new ones,
re-sorted and with ranges re-compressed in the manuscript's own style ("[3,1,2]" becomes
"[1-3]", "¹⁻³" stays superscript), and the printed reference list is reordered and
renumbered to match. A marker whose numbers stay the same is left exactly as written.
Uncited references keep their relative order after the cited ones.

Plain text, Markdown and Word (.docx) manuscripts. In Word, typed numbers are rewritten in
place (a number split over several runs keeps the formatting of its first run);
citations inserted by a reference manager (Zotero, Mendeley, EndNote fields) are left to
that manager, and counted. Keyed citations ([@key], \\cite{key}) carry no numbers and are
left alone.

The input is never overwritten unless you say so: give -o OUT, or --in-place. Nor is a
file at OUT that blinarefs did not write, unless you give --force.
Exit code 0 on success, 1 when the manuscript cannot be renumbered safely (a citation that
points at no reference, a reference that could not be read), 2 on a usage error.
"""

from __future__ import annotations

import argparse

from ._common import add_force, add_json, add_quiet, console

EPILOG = """\
examples:
  blinarefs renumber paper.txt --dry-run         show the old -> new mapping, change nothing
  blinarefs renumber paper.md -o paper-renumbered.md
  blinarefs renumber paper.docx -o paper-renumbered.docx
  blinarefs renumber paper.txt --in-place --json
"""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "manuscript", metavar="MANUSCRIPT", help="plain text, Markdown or .docx manuscript"
    )
    out = parser.add_mutually_exclusive_group()
    out.add_argument("-o", "--output", metavar="OUT", help="write the renumbered manuscript here")
    out.add_argument("--in-place", action="store_true", help="overwrite MANUSCRIPT itself")
    parser.add_argument(
        "--dry-run", action="store_true", help="show the mapping and the edits; write nothing"
    )
    add_force(parser)
    add_json(parser)
    add_quiet(parser)


def run(args: argparse.Namespace) -> int:
    from pathlib import Path

    from ..errors import UsageError

    con = console(args)
    path = Path(args.manuscript)
    target = path if args.in_place else Path(args.output) if args.output else None
    if target is None and not args.dry_run:
        raise UsageError(
            f"{path}: give -o OUT for the renumbered copy, or --in-place to overwrite it",
            hint="--dry-run shows what would change",
        )
    if args.output and not args.dry_run:
        from ..outputs import check_output

        check_output(
            args.output,
            [path],
            force=args.force,
            elsewhere="another output file, or --in-place to overwrite the manuscript",
        )
    from ..manuscript.rewrite import renumber_manuscript

    result = renumber_manuscript(path)
    if not (result.plan.mapping or result.plan.keyed or result.fields):
        from ..errors import BlinarefsError  # nothing to do: no copy that changes nothing

        raise BlinarefsError(
            f"{path}: no numbered reference list to renumber",
            hint="renumber needs the list at the end of the manuscript: '1. ...' or '[1] ...'",
        )
    # in place with nothing to change: the file is left alone (its time stamp too)
    unchanged = not args.output and target is not None and path.read_bytes() == result.data
    if target is not None and not args.dry_run and not unchanged:
        from ..fsio import atomic_write
        from ..outputs import write_output

        if args.output:  # a rerun over this copy needs no --force
            write_output(target, result.data)
        else:  # the manuscript itself, renumbered in place: still the user's file
            atomic_write(target, result.data)
    if args.json:
        written = None if args.dry_run or unchanged else str(target)
        con.json({"manuscript": str(path), "output": written,
                  **result.plan.to_dict(), "left_to_manager": result.fields,
                  "not_found_in_file": result.skipped})  # fmt: skip
        return 0
    con.emit(_report(con, str(path), result))
    if args.dry_run:
        con.print("dry run: nothing written")
    elif unchanged:
        con.print(f"nothing to change: {target} left as it was")
    elif target is not None:
        con.print(f"written to {target}")
    return 0


def _report(con, name: str, result) -> str:
    plan = result.plan
    lines = [f"{name}: {result.summary}"]
    for edit in plan.edits:
        line = result.line_of(edit.start)
        lines.append(f"  line {line}: {edit.old} -> {con.style(edit.new, 'bold')}")
    if plan.keyed:
        lines.append(f"{plan.keyed} keyed citations ([@key], \\cite, author-year) left alone")
    if result.skipped:
        lines.append(f"{result.skipped} markers not found in the Word file: correct them by hand")
    if result.fields:
        lines.append(
            f"{result.fields} reference-manager citations left to their manager "
            "(refresh them there)"
        )
    return "\n".join(lines) + "\n"
