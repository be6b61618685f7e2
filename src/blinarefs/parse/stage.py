"""The build's parse stage: the references from the manuscript's list, from its Word fields
or JATS markup, or from the bibliography files it names; and the findings a parse gives
(what could not be read, what is doubtful), shared with ``parse``, ``check`` and ``import``.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from ..findings import Finding, counted
from ..pipeline import BuildContext, StageReport


def unparsed_findings(parsed, source: str) -> list[Finding]:
    """Parse failures and warnings as findings; shared by ``build`` and ``parse``."""
    from ..model import Reference

    findings = [
        Finding(
            "error",
            "unparsed-reference",
            u.reason if u.number is None else f"reference {u.number}: {u.reason}",
            line=u.line,
            source=source,
            text=u.text[:120],
            suggestion="fix this line of the reference list and run again"
            if u.number is not None
            else "give a numbered reference list, one reference a line, or a manuscript "
            "that ends with one",
        )
        for u in parsed.failures
    ]
    findings += [Finding("warning", "reference-list", w, source=source) for w in parsed.warnings]
    findings += [
        Finding(
            "warning",
            "doubtful-reference",
            str(d).split(": ", 1)[-1] if d.line else str(d),
            line=d.line,
            source=source,
            text=d.text[:120],
            suggestion="check these fields against the printed reference, or run "
            "'blinarefs enrich' to complete them from Crossref",
            doubtful=tuple(Reference.csl_key(f) for f in d.fields),
            confidence=d.confidence,
        )
        for d in parsed.doubts
    ]
    return findings


def stage_parse(ctx: BuildContext) -> StageReport:
    """The references, from the manuscript's list, its fields or the files it names; what
    the manuscript's reader reports (tracked changes accepted, a field it could not read)
    comes first, as the cause of what later stages may find."""
    report = _parsed(ctx)
    document = ctx.data.get("document")
    if document is not None and document.findings:  # LaTeX chapters: their own lines
        from ..manuscript.latex_inputs import relocate

        name = str(ctx.manuscript_path)
        report.findings[:0] = relocate(document.findings, document.origins, name)
    return report


def _parsed(ctx: BuildContext) -> StageReport:
    from . import ParsedList, parse_reference_list

    ctx.parsed = parse_reference_list(ctx.text, progress=ctx.bar("parse"))
    document = ctx.data.get("document")
    if document is not None and (report := _from_markup(ctx, document)) is not None:
        return report
    from ..trace.bibliographies import cites_by_key, named_files, read_named

    # as check reads it: a numbered list in a text that cites by key (an appendix's steps, an
    # inline "(2) simpler syntax; (3) ...") is no bibliography, and no end of its body
    if not ctx.parsed.references or cites_by_key(ctx.text):
        named = [(name, path) for name, path in named_files(ctx.text, ctx.manuscript_path) if path]
        if named:  # Markdown or LaTeX with keys, and the bibliographies it names
            refs, problems = read_named(named)
            kept = ParsedList(()) if ctx.parsed.references else ctx.parsed
            ctx.parsed = replace(kept, references=tuple(refs), failures=())
            where = " and ".join(str(path) for _, path in named)
            summary = f"{counted(len(refs), 'references')} read from {where}"
            return StageReport("parse", summary, findings=problems)
    n_ok, n_bad = len(ctx.parsed.references), len(ctx.parsed.failures)
    n_doubt = len(ctx.parsed.doubts)
    where = f" (from line {ctx.parsed.section.start_line})" if ctx.parsed.section else ""
    summary = (
        f"{counted(n_ok, 'references')} read{where}"
        + (f", {n_doubt} not fully" if n_doubt else "")
        + (f", {n_bad} could not be read" if n_bad else "")
    )
    from ..normalised import parsed_changes

    findings = unparsed_findings(ctx.parsed, str(ctx.manuscript_path))
    changed = parsed_changes(ctx.parsed.references)
    findings += [c.finding(str(ctx.manuscript_path)) for c in changed]
    return StageReport("parse", summary, findings=findings)


def _from_markup(ctx: BuildContext, document: Any) -> StageReport | None:
    """The references of Word fields or a JATS ``<ref-list>``, read as ``check`` reads them
    (with the entries typed below a manager's bibliography), or None when the markup gives
    none and the manuscript's own list is read."""
    from ..manuscript.crosscheck import FROM_PRINTED_LIST, MARKUP_SOURCES
    from ..trace.load import markup_references, own_list

    ctx.parsed = own_list(document, ctx.parsed)
    document, given, problems = markup_references(document, ctx.parsed, ctx.manuscript_path)
    ctx.data["document"] = document
    if given is None:
        return None
    ctx.parsed = replace(ctx.parsed, references=given, failures=())
    typed = sum(FROM_PRINTED_LIST in r.provenance for r in given)
    where = MARKUP_SOURCES.get(document.references_from, document.references_from)
    summary = f"{counted(len(given) - typed, 'references')} read from {where}"
    if typed:  # works typed by hand below a manager's bibliography
        summary += f", {typed} more from the printed list"
    return StageReport("parse", summary, findings=problems)
