"""Terminal output for the CLI: colour only on a terminal, JSON for machines, progress bars.

The library never prints; commands report through one Console.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterable, Iterator
from typing import Any, TextIO, TypeVar

from .findings import Finding, Severity, count_by_severity, sort_findings

T = TypeVar("T")
_CODES = {"red": "31", "yellow": "33", "green": "32", "bold": "1", "dim": "2", "cyan": "36"}
_SEVERITY_COLOUR = {"error": "red", "warning": "yellow", "info": "cyan"}


def _wants_colour(stream: TextIO) -> bool:
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    return hasattr(stream, "isatty") and stream.isatty() and os.environ.get("TERM") != "dumb"


class Console:
    def __init__(
        self,
        *,
        json_mode: bool = False,
        quiet: bool = False,
        out: TextIO | None = None,
        err: TextIO | None = None,
    ) -> None:
        self.out = out or sys.stdout
        self.err = err or sys.stderr
        self.json_mode = json_mode
        self.quiet = quiet
        self.colour = _wants_colour(self.out)

    def style(self, text: str, *names: str) -> str:
        if not self.colour or not names:
            return text
        codes = ";".join(_CODES[n] for n in names)
        return f"\033[{codes}m{text}\033[0m"

    def print(self, text: str = "") -> None:
        if not self.quiet:
            print(text, file=self.out)

    def emit(self, text: str | Iterable[str]) -> None:
        """Command output proper (a bibliography, a BibTeX file): printed even with --quiet.
        A large output may come in pieces, each written as it is made."""
        last = ""
        for piece in (text,) if isinstance(text, str) else text:
            self.out.write(piece)
            last = piece or last
        if last and not last.endswith("\n"):
            self.out.write("\n")

    def json(self, data: Any) -> None:
        json.dump(data, self.out, ensure_ascii=False, indent=2, default=str)
        self.out.write("\n")

    def errors(self, findings: Iterable[Finding]) -> None:
        """The errors among ``findings``, on stderr, even with --quiet: for commands whose
        other output --quiet hides."""
        for f in findings:
            if f.severity == "error":
                print(self.finding_line(f), file=self.err)

    def warn(self, text: str) -> None:
        print(f"{self.style('warning', 'yellow', 'bold')}: {text}", file=self.err)

    def finding_line(self, f: Finding) -> str:
        label = self.style(f.severity, _SEVERITY_COLOUR[f.severity], "bold")
        line = f"{label} {f.body()}"
        if f.suggestion:
            line += self.style(f" -> {f.suggestion}", "dim")
        return line

    def findings(self, findings: Iterable[Finding], *, limit: int | None = None) -> None:
        """One line per finding; with a ``limit``, findings that differ only by entry
        ("article-journal without DOI" for ten entries) share one line."""
        ordered = sort_findings(findings)
        if self.quiet:  # --quiet hides what went well, never an error
            self.errors(ordered)
            return
        if limit is None:
            for f in ordered:
                self.print("  " + self.finding_line(f))
            return
        lines = self._grouped(ordered)
        # cut to the limit, the errors kept first (the count above them names them all),
        # then shown in their order, causes first
        errors = [i for i, (severity, _) in enumerate(lines) if severity == "error"]
        others = [i for i, (severity, _) in enumerate(lines) if severity != "error"]
        kept = sorted((errors + others)[:limit])
        for i in kept:
            self.print("  " + lines[i][1])
        if len(lines) > limit:
            self.print(f"  ... and {len(lines) - limit} more (--all-findings lists them)")

    def _grouped(self, ordered: list[Finding]) -> list[tuple[Severity, str]]:
        groups: dict[tuple[Severity, str, str, str | None], list[Finding]] = {}
        for f in ordered:
            groups.setdefault((f.severity, f.code, f.message, f.suggestion), []).append(f)
        lines: list[tuple[Severity, str]] = []
        for (severity, code, message, suggestion), members in groups.items():
            keys = [f.key for f in members if f.key]
            if len(members) < 3 or len(keys) != len(members):
                lines.extend((severity, self.finding_line(f)) for f in members)
                continue
            shown = ", ".join(keys[:3]) + (", ..." if len(keys) > 3 else "")
            summary = f"{message} in {len(keys)} entries ({shown})"
            lines.append(
                (
                    severity,
                    self.finding_line(Finding(severity, code, summary, suggestion=suggestion)),
                )
            )
        return lines

    def summary_counts(self, findings: Iterable[Finding]) -> str:
        c = count_by_severity(findings)
        return ", ".join(
            self.style(f"{n} {sev}{'s' if n != 1 else ''}", _SEVERITY_COLOUR[sev])
            if n
            else f"{n} {sev}s"
            for sev, n in c.items()
        )

    def status(self, text: str) -> None:
        """A transient line on a terminal's stderr ("waiting for crossref ..."); "" clears it.
        Silent elsewhere."""
        if hasattr(self.err, "isatty") and self.err.isatty() and not self.quiet:
            self.err.write("\r" + text.ljust(75)[:75] + ("\n" if text else "\r"))
            self.err.flush()

    def progress(self, items: Iterable[T], total: int, label: str) -> Iterator[T]:
        """A one-line progress bar on a terminal's stderr; silent elsewhere."""
        show = hasattr(self.err, "isatty") and self.err.isatty() and not self.quiet and total > 1
        for i, item in enumerate(items, start=1):
            yield item
            if show:
                width = 30
                done = int(width * i / total)
                self.err.write(f"\r{label} [{'#' * done}{'.' * (width - done)}] {i}/{total}")
                self.err.flush()
        if show:
            self.err.write("\r" + " " * (len(label) + 45) + "\r")
            self.err.flush()
