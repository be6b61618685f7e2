"""Renderings of a trace and its findings for a terminal, a spreadsheet and Markdown: a
table, TSV and a Markdown report. Pure: each function returns a string. The HTML report is
:mod:`.html_report`'s.
"""

from __future__ import annotations

import textwrap
from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..findings import Finding, count_by_severity, counted, quoted, sort_findings
from .checks import summarise
from .claims import short_label
from .decode import compress_numbers
from .manuscript import Trace

if TYPE_CHECKING:
    from ..manuscript.latex_inputs import Origin


def _ref_line(trace: Trace, key: str) -> str:
    ref = trace.index.by_key.get(key)
    if ref is None:
        return key
    number = trace.number_of(ref)
    return f"{number if number is not None else '?'} {key} ({short_label(ref)})"


def render_trace_text(
    trace: Trace, name: str, width: int = 100, origins: Sequence[Origin] = ()
) -> str:
    """The claim-by-claim table of ``blinarefs trace``; with ``origins`` (a LaTeX manuscript
    in several files) each claim names its chapter file and own line."""
    lines = [
        f"{name}: {counted(len(trace.citations), 'citation markers')}, "
        f"{counted(len(trace.claims), 'claims')}, "
        f"{counted(len(trace.references), 'references')} (numbering: {trace.numbering})",
        "",
        f"{'#':>3}  {'link':<9}  {'refs':<8}  sentence",
    ]
    indent = " " * 26
    for claim in trace.claims:
        wrapped = textwrap.wrap(claim.shown, width - len(indent), break_on_hyphens=False) or [""]
        refs = compress_numbers(claim.numbers) or "-"
        head = f"{claim.index:>3}  {claim.link or '-':<9}  {refs:<8}  "
        lines.append(head + wrapped[0])
        lines.extend(indent + w for w in wrapped[1:])
        if where := trace.placed(claim.start, origins):
            lines.append(f"{indent}in {where['file']}:{where['line']}")
        if claim.citations:
            markers = ", ".join(quoted(c.marker) for c in claim.citations)
            label = "markers" if len(claim.citations) > 1 else "marker"
            lines.append(f"{indent}{label} {markers} ->")
        elif claim.link:
            lines.append(f"{indent}{claim.link}: {claim.reason} ->")
        elif claim.factual:
            lines.append(f"{indent}no source for: " + "; ".join(claim.factual))
        lines.extend(f"{indent}  {_ref_line(trace, k)}" for k in claim.keys)
        missing = [m for c in claim.citations for m in c.missing]
        lines.extend(f"{indent}  {m}: not in the reference list" for m in missing)
    lines += ["", "References:"]
    cited_in = trace.cited_in()
    for ref in trace.references:
        claims = ", ".join(str(i) for i in cited_in.get(ref.id, [])) or "none"
        number = trace.number_of(ref)
        lines.append(
            f"{number if number is not None else '-':>3}  {ref.id:<28}  {short_label(ref):<22}  "
            f"claims {claims}"
        )
    if trace.skipped:
        counts = Counter(s.reason for s in trace.skipped)
        lines += ["", "Not claims: " + "; ".join(f"{n} {r}" for r, n in counts.items())]
    return "\n".join(lines) + "\n"


def render_claims_tsv(trace: Trace, origins: Sequence[Origin] = ()) -> str:
    """One claim a row, for a spreadsheet; with ``origins`` (a LaTeX manuscript in several
    files) each row also names the chapter file and its own line."""
    header = ["claim", "link", "numbers", "keys", "markers", "start", "end", "sentence", "reason"]
    rows = ["\t".join(header + (["file", "line"] if origins else []))]
    for c in trace.claims:
        cells = [
            str(c.index), c.link or "", ",".join(map(str, c.numbers)), ",".join(c.keys),
            " ".join(x.marker for x in c.citations), str(c.start), str(c.end), c.shown, c.reason,
        ]  # fmt: skip
        if origins:
            where = trace.placed(c.start, origins)
            cells += [str(where.get("file", "")), str(where.get("line", ""))]
        rows.append("\t".join(_tsv_cell(" ".join(cell.split())) for cell in cells))
    return "\n".join(rows) + "\n"


def _tsv_cell(text: str) -> str:
    """A cell a spreadsheet shows as text: one starting with = + - or @ would be run as a
    formula (=HYPERLINK(...)), so it gets the leading apostrophe spreadsheets expect."""
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text


def _md(text: str) -> str:
    """A Markdown table cell: one line, pipes and markup characters escaped."""
    text = " ".join(str(text).split())
    for ch in "\\|*_`[]<>#":
        text = text.replace(ch, "\\" + ch)
    return text


def render_markdown(trace: Trace, findings: Sequence[Finding], name: str) -> str:
    c = count_by_severity(findings)
    out = [
        f"# Traceability report: {_md(name)}",
        "",
        f"{_md(summarise(trace, findings))}.",
        "",
        f"**{counted(c['error'], 'errors')}, {counted(c['warning'], 'warnings')}, "
        f"{counted(c['info'], 'infos')}.**",
        "",
        "## Findings",
        "",
    ]
    if findings:
        out += [
            "| severity | code | line | text | finding | suggestion |",
            "|---|---|---|---|---|---|",
        ]
        for f in sort_findings(findings):
            excerpt = (f.text or "")[:120] + ("…" if f.text and len(f.text) > 120 else "")
            out.append(
                f"| {f.severity} | {f.code} | {f.line or ''} | {_md(excerpt)} | {_md(f.message)} "
                f"| {_md(f.suggestion or '')} |"
            )
    else:
        out.append("None: every claim is traceable.")
    out += ["", "## Claims", "", "| # | link | references | sentence |", "|---|---|---|---|"]
    for claim in trace.claims:
        refs = "; ".join(_ref_line(trace, k) for k in claim.keys) or "—"
        out.append(f"| {claim.index} | {claim.link or '—'} | {_md(refs)} | {_md(claim.shown)} |")
    return "\n".join(out) + "\n"
