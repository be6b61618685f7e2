"""Argument conventions shared by the subcommands (kept import-light)."""

from __future__ import annotations

import argparse
from pathlib import Path

# The formats export writes and import reads (interchange.WRITE_FORMATS, READ_FORMATS),
# named here so that `--help` need not load every reader and writer to list them
# (tests/test_startup.py holds the two alike).
WRITE_FORMATS = ("bibtex", "biblatex", "csl-json", "ris", "endnote-xml")
READ_FORMATS = (*WRITE_FORMATS, "medline", "text")


def add_json(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--json", action="store_true", help="print machine-readable JSON on stdout instead of text"
    )


def add_quiet(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("-q", "--quiet", action="store_true", help="print only the results")


def add_force(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--force", action="store_true", help="replace an existing file blinarefs did not write"
    )


def updating(path: str | Path | None, write: bool = True, *, new: bool = False):
    """The store lock of ``path`` for a read-change-write (nothing when nothing is written).
    The lock lives beside the store, so its folder must exist: made for a ``new`` store (as
    every other output's folder is), else missing means no store, which loading then says."""
    import contextlib

    from ..fsio import store_lock

    if not path or not write:
        return contextlib.nullcontext()
    folder = Path(path).parent
    if not folder.is_dir():
        if not new:
            return contextlib.nullcontext()
        if folder.exists():
            from ..errors import UsageError

            raise UsageError(f"{path}: {folder} is a file, not a folder", hint="give another path")
        with contextlib.suppress(OSError):  # a folder that cannot be made: the lock says why
            folder.mkdir(parents=True, exist_ok=True)
    return store_lock(path)


def add_style(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--style",
        default="blood",
        metavar="STYLE",
        help="blood, vancouver, PATH.csl or a repository style name (default: %(default)s)",
    )


def manuscript_path(value: str | None) -> Path:
    """The manuscript named on the command line, or the embedded default."""
    from ..embedded import default_manuscript
    from ..fsio import short_path

    return Path(value) if value else short_path(default_manuscript())


def store_path(value: str | None) -> Path:
    """The store named on the command line, or the embedded default."""
    from ..embedded import default_store
    from ..fsio import short_path

    return Path(value) if value else short_path(default_store())


def console(args: argparse.Namespace):
    from ..console import Console

    return Console(json_mode=getattr(args, "json", False), quiet=getattr(args, "quiet", False))


def report_store_problems(con, problems, left_out: str) -> int:
    """The store's own problems on stderr, even with --json or --quiet (an entry that could
    not be read is missing from the output: never silently); 1 when there was an error."""
    errors = 0
    for problem in problems:
        errors += problem.severity == "error"
        tail = f" ({left_out})" if problem.severity == "error" else ""
        print(con.finding_line(problem) + tail, file=con.err)
    return 1 if errors else 0
