"""A LaTeX manuscript kept in several files, read as one: ``\\input``, ``\\include``,
``\\subfile``, ``\\import`` and ``\\subimport`` are replaced by the files they name.

A thesis or a long paper keeps its chapters in files of their own, and the main file holds
little but ``\\input{intro}``; checked alone it has no citation to trace. The files are
found as LaTeX finds them: relative to the main file's folder (where LaTeX runs), with
``.tex`` added when the name has no extension; ``\\subfile`` and ``\\subimport`` relative to
the file that names them, as their packages do. A file that is not LaTeX text (a PGF
picture, a figure's ``.tikz``) is left as a command. A file of its own with a preamble (the
``subfiles`` package) gives only its document body. ``\\includeonly`` is followed, as LaTeX
follows it. A file not found is reported, with the line that names it, and nothing else
changes: the rest is still read.

Where each part of the joined text comes from is kept (:class:`Origin`), so that a finding
names the chapter file and its own line, not a line of the joined text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from ..findings import Finding
from ..fsio import read_text

_INCLUDE = re.compile(
    r"\\(?P<cmd>input|include|subfile)\s*\{(?P<name>[^{}]+)\}"
    r"|\\input\s+(?P<bare>[\w./-]+)"  # TeX's own form: \input chapter1
    r"|\\(?P<imp>import|subimport|inputfrom|subinputfrom)\*?\s*\{(?P<dir>[^{}]*)\}\s*\{(?P<file>[^{}]+)\}"
)
_INCLUDEONLY = re.compile(r"\\includeonly\s*\{([^{}]*)\}")
_DOCUMENT = re.compile(r"\\begin\{document\}(.*?)(?:\\end\{document\}|\Z)", re.S)
_LATEX_HINT = re.compile(r"\\documentclass|\\begin\{document\}")


@dataclass(frozen=True, slots=True)
class Origin:
    """Lines from ``line`` of the joined text on come from ``path``, from its line ``first``."""

    line: int
    path: Path
    first: int


LATEX_SUFFIXES = frozenset({".tex", ".ltx", ".latex", ".rnw"})  # .Rnw: Sweave/knitr LaTeX


def is_latex_path(path: object) -> bool:
    """Whether a manuscript is LaTeX by its name: Pandoc reads it itself (``pandoc
    paper.tex --citeproc``); written out as Markdown, its commands would be escaped text.
    (Here, not beside Pandoc's readers: importing those imports the tracer, which
    ``blinarefs parse`` reading a list's file has no use for.)"""
    from pathlib import PurePath

    return isinstance(path, str | PurePath) and PurePath(path).suffix.lower() in LATEX_SUFFIXES


def is_latex(path: Path, text: str) -> bool:
    return is_latex_path(path) or bool(_LATEX_HINT.search(text[:200_000]))


def join_inputs(text: str, path: Path) -> tuple[str, tuple[Origin, ...], tuple[Finding, ...]]:
    """The manuscript with every file it includes in place; where each stretch comes from
    (empty when nothing was included); and a finding for each file not found, which names
    a line of the joined text as every finding about it does (see :func:`relocate`)."""
    only = _includeonly(text)
    joiner = _Joiner(path, only)
    joined = joiner.expand(text, path)
    if not joiner.included:
        return text, (), tuple(joiner.findings)
    return joined, tuple(joiner.origins), tuple(joiner.findings)


def relocate(
    findings: Iterable[Finding], origins: tuple[Origin, ...], manuscript: str
) -> list[Finding]:
    """Each finding that names a line of the joined manuscript naming instead the file and
    line its text came from (a chapter's own line)."""
    return [_relocated(f, origins, manuscript) for f in findings]


def _relocated(finding: Finding, origins: tuple[Origin, ...], manuscript: str) -> Finding:
    if finding.line is None or finding.source != manuscript:
        return finding
    where = origin_of(origins, finding.line)
    return finding if where is None else replace(finding, source=str(where[0]), line=where[1])


def origin_of(origins: Iterable[Origin], line: int) -> tuple[Path, int] | None:
    """The file and its own line that ``line`` of the joined text comes from; None when
    nothing was included (or the line is before the first piece)."""
    at = next((o for o in reversed(tuple(origins)) if o.line <= line), None)
    return None if at is None else (at.path, at.first + line - at.line)


class _Joiner:
    def __init__(self, main: Path, only: set[str] | None) -> None:
        self.main = main
        self.root = main.parent
        self.only = only
        self.origins: list[Origin] = []
        self.findings: list[Finding] = []
        self.included = False
        self._line = 1  # the joined text's line the next piece starts on
        self._open: list[Path] = []  # the files being read, outermost first

    def expand(self, text: str, path: Path, first: int = 1) -> str:
        """``text`` (from ``path``, starting on its line ``first``) with its includes in
        place. A file already being read (one that includes itself, or an includer of it)
        is not read again, so the recursion ends: a chain holds each file once."""
        self._open.append(path.resolve())
        out: list[str] = []
        done = 0
        for m in _INCLUDE.finditer(text):
            if _commented(text, m.start()):
                continue
            # in the joined text's lines, as every finding is until relocate() maps it back
            line = self._line + text.count("\n", done, m.start())
            target = self._target(m, path, line)
            if target is None or target.resolve() in self._open:
                continue
            self._emit(out, text[done : m.start()], path, first)
            first += text.count("\n", done, m.end())  # the line the rest starts on
            self.included = True
            inner, skipped = _document_body(read_text(target))
            out.append(self.expand(inner, target, 1 + skipped))
            done = m.end()
        self._emit(out, text[done:], path, first)
        self._open.pop()
        return "".join(out)

    def _emit(self, out: list[str], piece: str, path: Path, first: int) -> None:
        self.origins.append(Origin(self._line, path, first))
        out.append(piece)
        self._line += piece.count("\n")

    def _target(self, m: re.Match[str], path: Path, line: int) -> Path | None:
        """The file a command names, or None when it is not read (not LaTeX text, left out
        by ``\\includeonly``, or not found: reported)."""
        if m.group("imp"):
            relative = m.group("imp").startswith("sub")
            folder = (path.parent if relative else self.root) / m.group("dir")
            name, places = m.group("file").strip(), [folder]
        else:
            name = (m.group("name") or m.group("bare")).strip()
            relative = m.group("cmd") == "subfile"
            places = [path.parent, self.root] if relative else [self.root, path.parent]
            if m.group("cmd") == "include" and self.only is not None and name not in self.only:
                return None
        suffix = Path(name).suffix.lower()
        if suffix and suffix not in LATEX_SUFFIXES:
            return None  # a picture's code, a table a program made: not the text
        names = [name] if suffix else [name + ".tex", name]
        found = next((p / n for p in places for n in names if (p / n).is_file()), None)
        if found is None:
            self.findings.append(_missing(m.group(0), self.main, line))
        return found


def _missing(command: str, path: Path, line: int) -> Finding:
    return Finding(
        "warning",
        "input-missing",
        f"{command} names a file that is not there: its citations and claims are not read",
        line=line,
        source=str(path),
        suggestion="check the name; files are found beside the main .tex file, as LaTeX finds them",
    )


def _includeonly(text: str) -> set[str] | None:
    m = next((m for m in _INCLUDEONLY.finditer(text) if not _commented(text, m.start())), None)
    return {n.strip() for n in m.group(1).split(",")} if m else None


def _document_body(text: str) -> tuple[str, int]:
    """A file of its own (``subfiles``, ``standalone``) gives its body, not its preamble;
    with the number of lines left out before it."""
    m = _DOCUMENT.search(text) if "\\documentclass" in text else None
    if m is None:
        return text, 0
    return m.group(1), text.count("\n", 0, m.start(1))


def _commented(text: str, at: int) -> bool:
    """Whether ``at`` is in a comment: after a ``%`` on its line that no ``\\`` escapes."""
    line = text[text.rfind("\n", 0, at) + 1 : at]
    return bool(re.search(r"(?<!\\)%", line))
