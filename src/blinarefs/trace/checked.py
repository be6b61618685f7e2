"""``blinarefs check`` as a function: a manuscript file in, its findings out.

For a notebook or a script, where the command line's printing is in the way:
``check_manuscript("paper.docx").findings`` are the findings ``check`` prints (without the
reference-integrity table, which needs the network: see :func:`blinarefs.enrich_store`),
sorted cause first, with the trace they were found in.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from ..findings import Finding, counted, sort_findings

if TYPE_CHECKING:
    from ..evidence.run import ClaimEvidence
    from ..store import Store
    from .load import TraceInputs
    from .manuscript import Trace

# What a file holding only a reference list gets instead of a trace summary (check and
# build's trace stage say the same)
BARE_LIST = "nothing to trace: the file holds only a reference list"


def only_a_list(text: str, body_end: int | None) -> bool:
    """True when a file holds a reference list and nothing before it but its heading:
    nothing can be cited, so no reference is uncited and none is at fault. (An empty file
    is not such a list.) The heading counts as the list's: a Word file's list starts after
    it, where plain text's starts on it."""
    from ..parse.headings import is_list_heading

    end = len(text) if body_end is None else body_end
    before = text[:end].strip()
    return bool(text.strip()) and (not before or is_list_heading(before))


@dataclass(frozen=True)
class CheckResult:
    inputs: TraceInputs  # the manuscript as read, and where its references came from
    trace: Trace  # citations, claims and their links
    findings: list[Finding]  # cause first, as the command prints them
    evidence: list[ClaimEvidence]  # claims checked against the cited text at hand, if any
    bare: bool = False  # the file holds only a reference list: nothing was checked

    @property
    def summary(self) -> str:
        """The line an editor reads first ("10 of 10 references cited, ...")."""
        return self.summary_with(self.findings)

    def summary_with(self, findings: list[Finding]) -> str:
        """The summary line over ``findings`` (the command adds the integrity verdicts')."""
        from .checks import summarise

        return BARE_LIST if self.bare else summarise(self.trace, findings)

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == "error"]

    def __repr__(self) -> str:
        """The summary and the findings counted, not the trace and every finding."""
        errors = f" ({counted(len(self.errors), 'errors')})" if self.errors else ""
        return (
            f"<CheckResult {self.inputs.manuscript}: {self.summary}; "
            f"{counted(len(self.findings), 'findings')}{errors}>"
        )


def check_manuscript(
    manuscript: str | Path,
    bib: str | Path | Store | None = None,
    refs: str | Path | None = None,
) -> CheckResult:
    """Trace and check a manuscript file; references from ``bib`` (a store, or the path of
    its .bib file), ``refs`` (a reference list), the bibliography the manuscript names, or
    its own list."""
    from ..evidence.run import evidence_at_hand, evidence_findings
    from .checks import check_trace
    from .load import file_arguments, trace_file

    file_arguments("check_manuscript", manuscript, bib, refs)
    inputs, trace = trace_file(manuscript, bib, refs)
    name = str(inputs.manuscript)
    if only_a_list(inputs.text, inputs.body_end):  # only the reader's findings on the list
        return CheckResult(inputs, trace, sort_findings(inputs.problems), [], bare=True)
    evidence = evidence_at_hand(trace)
    findings = _problems(inputs.problems, trace) + _blamed(check_trace(trace, source=name), inputs)
    findings += [replace(f, source=name) for f in evidence_findings(trace, evidence)]
    return CheckResult(inputs, trace, sort_findings(_relocated(findings, inputs)), evidence)


def reading_findings(inputs: TraceInputs, trace: Trace) -> list[Finding]:
    """What reading the manuscript and its references found (a reference that could not be
    fully read, a list's problems), as ``check`` words and places them, cause first:
    ``trace`` shows these beside its table, ``check`` adds what the trace shows wrong."""
    return sort_findings(_relocated(_problems(inputs.problems, trace), inputs))


def _blamed(findings: list[Finding], inputs: TraceInputs) -> list[Finding]:
    """A citation dangling where the store has blocks it could not read, none of which
    shows its place: the likely cause is named in its suggestion (issue 13, cause first)."""
    placed = {r.id for r in inputs.references}  # (unread_places keys what it placed)
    lost = [
        p
        for p in inputs.problems
        if p.code == "unparseable-block" and not {p.key, f"unread-line-{p.line}"} & placed
    ]
    if not lost:
        return findings
    where = ", ".join(f"{p.source}:{p.line}" for p in lost[:3]) + (", ..." if lost[3:] else "")
    hint = f"it may be an entry the store could not read ({where}): mend that block first"
    return [replace(f, suggestion=hint) if f.code == "dangling-citation" else f for f in findings]


def _relocated(findings: list[Finding], inputs: TraceInputs) -> list[Finding]:
    """LaTeX chapters: each finding names the chapter's own line."""
    if inputs.document and inputs.document.origins:
        from ..manuscript.latex_inputs import relocate

        return relocate(findings, inputs.document.origins, str(inputs.manuscript))
    return findings


def _problems(problems: list[Finding], trace: Trace) -> list[Finding]:
    """The reader's findings, but not the note that the list has no numbers when the text
    cites by author and year (or by key): such a list has none by design."""
    from ..parse.section import NO_NUMBERS
    from .decode import KEYED

    if trace.citations and all(c.kind in KEYED for c in trace.citations):
        return [p for p in problems if not (p.code == "reference-list" and NO_NUMBERS in p.message)]
    return problems
