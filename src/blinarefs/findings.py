"""Findings: what a check, a parse or an enrichment wants a person to look at.

Checks return findings as data; only the CLI decides how to show them and which exit
code they mean (an ``error`` makes a command exit 1).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from typing import Any, Literal

from .reprs import brief_repr

_PIECES = re.compile(r"\d+|\D+")

Severity = Literal["error", "warning", "info"]


@dataclass(frozen=True, slots=True)
class Finding:
    """Something for a person to look at, where it is, and what to do about it.

    ``str(finding)`` is the line ``blinarefs check`` prints; the repr leaves out the
    fields that are not set."""

    severity: Severity
    code: str  # stable, machine-readable: "missing-field", "dangling-citation"...
    message: str
    key: str | None = None  # the store entry concerned
    line: int | None = None  # 1-based line in the file concerned
    span: tuple[int, int] | None = None  # character offsets in a manuscript
    text: str | None = None  # the text the span covers
    suggestion: str | None = None
    source: str | None = None  # the file concerned
    # a doubtful reference's fields to check (CSL-JSON variable names, as ``parse --json``
    # names the entry's fields) and the entry's confidence, for a program to act on
    doubtful: tuple[str, ...] | None = None
    confidence: float | None = None

    __repr__ = brief_repr

    def __str__(self) -> str:
        return f"{self.severity} {self.body()}" + (
            f" -> {self.suggestion}" if self.suggestion else ""
        )

    def body(self) -> str:
        """ "[code] where: message", as every command prints it after the severity."""
        where = self.where()
        return f"[{self.code}] {where + ': ' if where else ''}{self.message}"

    def where(self) -> str:
        """ "paper.txt:12 key", "line 12" or "": where to look, as every command prints it."""
        parts = []
        if self.source:
            parts.append(self.source + (f":{self.line}" if self.line else ""))
        elif self.line:
            parts.append(f"line {self.line}")
        if self.key:
            parts.append(self.key)
        return " ".join(parts)

    def to_dict(self) -> dict[str, Any]:
        """The fields that are set, as ``--json`` writes them."""
        return {k: v for k, v in asdict(self).items() if v is not None}


def counted(n: int, noun: str) -> str:
    """ "1 entry", "2 entries", "1 reference": counts in messages agree with their noun."""
    if n == 1:
        return f"1 {noun[:-3] + 'y' if noun.endswith('ies') else noun[:-1]}"
    return f"{n} {noun}"


def unread_warning(source: str, code: str, name: str, items: Sequence[tuple[str, object]],
                   unit: str) -> Finding:  # fmt: skip
    """One warning for a field an import has no place for, however many records hold it
    (``items``: which record, and its value): a library of 300 records each with the same
    unread field would otherwise give 300 warnings."""
    named = ", ".join(who for who, _ in items[:3]) + (", ..." if len(items) > 3 else "")
    return Finding(
        "warning",
        code,
        f"not read: {name} ({str(items[0][1])[:40]!r}) in {counted(len(items), unit)}: {named}",
        source=source,
        suggestion="blinarefs has no field for it; keep the file if you need it",
    )


def quoted(text: str) -> str:
    """``text`` in quotes as the user wrote it: repr() would print a LaTeX \\cite with its
    backslash doubled, and a Windows path or an escape in a marker likewise."""
    return "'" + text.replace("\n", " ") + "'"


def count_by_severity(findings: Iterable[Finding]) -> dict[str, int]:
    counts = {"error": 0, "warning": 0, "info": 0}
    for f in findings:
        counts[f.severity] += 1
    return counts


# Findings about reading the reference list come first: a reference that was not fully read
# causes what later checks say about it (a missing field, a citation that seems to dangle).
# So do those about reading the manuscript: the text checked has its tracked changes
# accepted; a field or an included LaTeX file not read leaves citations unseen. A block of
# a store that could not be read loses its entry: the citations of it dangle.
CAUSES = frozenset({
    "unparsed-reference", "doubtful-reference", "reference-list", "unparseable-block",
    "tracked-changes", "field-unreadable", "field-without-data", "field-typed-over",
    "input-missing", "stray-fields",
})  # fmt: skip


def sort_findings(findings: Iterable[Finding]) -> list[Finding]:
    """Causes first, then by file, line and code: the same findings always in the same order."""
    return sorted(
        findings,
        key=lambda f: (
            f.code not in CAUSES,
            f.source or "",
            f.line or 0,
            f.code,
            _natural(f.key or ""),
            f.message,
        ),
    )


def _natural(key: str) -> tuple[tuple[int, str], ...]:
    """ "R2" before "R10", as a reader counts (a JATS list's ids, "ref9" and "ref10")."""
    return tuple(
        (0, piece.zfill(12)) if piece.isdigit() else (1, piece) for piece in _PIECES.findall(key)
    )
