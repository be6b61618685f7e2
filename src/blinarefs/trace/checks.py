"""Traceability checks: one function per rule, each taking a :class:`Trace` and returning
:class:`~blinarefs.findings.Finding` values with the exact span of the text at fault.

Severities: a citation that points at nothing, numbering out of order and a printed
reference that nothing cites are errors (a journal would return the manuscript); a factual
claim with no source, and a claim whose numbers or trials its cited abstracts do not hold,
are warnings for the author to judge. The order check, with its algorithm, is
:mod:`.citation_order` (imported here: ``check_citation_order`` is still found in this module).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import replace

from ..arguments import trace_argument
from ..findings import Finding, quoted
from ..manuscript.crosscheck import FROM_PRINTED_LIST
from ..model import SUB_LABEL, Reference
from ..validate import check_duplicates
from .candidates import NUMBERED, Candidate
from .citation_order import check_citation_order
from .claims import short_label
from .features import convention
from .figures import figures_absent
from .manuscript import Trace, finding_at
from .paren_labels import parens_label
from .syntax import nocited_keys

Check = Callable[[Trace], list[Finding]]


def check_dangling_citations(trace: Trace) -> list[Finding]:
    """A marker that names no reference: a number past the list, an unknown key (one the
    list has in another case is named: keys are case-sensitive)."""
    if not trace.references:
        return []  # no list to check against: load_inputs reports that once
    size, out = trace.index.size, []
    folded = {key.lower(): key for key in trace.index.by_key}
    for c in trace.citations:
        for part in c.missing:
            number = bool(SUB_LABEL.fullmatch(part))  # "12", or "1d": a part of 1 none has
            has = f" (the list has {size})" if size and number else ""
            what = f"reference {part}" if number else repr(part)
            message = f"citation {quoted(c.marker)} points at {what}, which is not in the list"
            near = None if number else folded.get(part.lstrip("@").lower())
            hint = f"the list has {near!r}, which differs only by case: cite it as written"
            hint = hint if near else "add the missing reference to the list, or correct the marker"
            out.append(finding_at(trace, "error", "dangling-citation", message + has, c.start,
                                c.end, hint))  # fmt: skip
    return out


def check_uncited_references(trace: Trace) -> list[Finding]:
    """A printed reference that no marker cites. A library's entries with no printed number
    (not a printed entry added to fields' works) are only noted: Pandoc prints the cited."""
    cited = trace.cited_keys()
    cited |= _parents(r for r in trace.references if r.id in cited)
    nocited = nocited_keys(trace.text)  # \nocite: in the bibliography on purpose
    cited |= {r.id for r in trace.references} if "*" in nocited else nocited
    printed = trace.numbering == "printed"
    # digits read as text that name the reference: the decoder's close calls, shown
    left: dict[int, Candidate] = {}
    for d in trace.decisions if printed else ():
        for n in () if d.accepted else d.candidate.numbers:
            left.setdefault(n, d.candidate)
    out = []
    for ref in trace.references:
        if ref.id in cited:
            continue
        number = trace.number_of(ref)
        # "reference 1b": a part of 1; an entry of a numbered store with no number, its key
        named = (ref.label or number) if printed and number is not None else ref.id
        message = f"reference {named} ({short_label(ref)}) is never cited"
        finding = Finding(
            "error" if (listed := printed or FROM_PRINTED_LIST in ref.provenance) else "info",
            "uncited-reference",
            message,
            key=ref.id,
            suggestion="cite it where the text relies on it, or remove it from the list"
            if listed
            else "nothing to do unless the text should cite it",
        )
        cand = left.get(number) if isinstance(number, int) else None
        if cand is not None:  # "the Ministry of Health6 recommends": a name, or a citation?
            shown = trace.text[cand.start : cand.end]
            finding = finding_at(
                trace,
                "error",
                "uncited-reference",
                f"{message}; the digits {shown!r} here were read as text "
                f"({'; '.join(cand.why) or 'how they sit'}): if they cite it, print them "
                "unambiguously",
                cand.start,
                cand.end,
                finding.suggestion,
                key=ref.id,
            )
        out.append(finding)
    return out


def _parents(refs: Iterable[Reference]) -> set[str]:
    """The keys a BibLaTeX entry takes fields from (``crossref``, ``xref``, ``xdata``: the
    proceedings of a cited paper): biber brings them in with the entry, so citing the paper
    cites them."""
    named = (v for r in refs for k, v in r.extra if k.lower() in ("crossref", "xref", "xdata"))
    return {key.strip() for value in named for key in value.split(",") if key.strip()}


def check_duplicate_references(trace: Trace) -> list[Finding]:
    """Same DOI or PMID, or nearly the same title (the store's own duplicate rule)."""
    return list(check_duplicates(list(trace.references)))


def check_uncited_claims(trace: Trace) -> list[Finding]:
    """A sentence that states a fact (numbers, P values, approvals, "showed") with no link.
    Not in the legends, tables and notes after the reference list: a legend describes the
    authors' own figure ("Survival by arm; bars show 95% CI", a table's rows of numbers),
    and flagging each of its sentences would be noise."""
    return [
        finding_at(
            trace,
            "warning",
            "uncited-claim",
            f"claim {c.index} states a fact with no citation ({'; '.join(c.factual)})",
            c.start,
            c.end,
            "cite the source of this claim, or say that it is the authors' own finding",
            text=c.shown,
        )
        for c in trace.claims
        if c.link is None and c.factual and not trace.after_the_list(c.start)
    ]


_CONVENTIONS = {
    "bracket": "bracketed [n]",
    "paren": "parenthesised (n)",
    "superscript": "superscript",
    "flattened": "flattened superscript (glued digits)",
}


def check_marker_conventions(trace: Trace) -> list[Finding]:
    """Citations printed in more than one numbered convention: a journal prints one, and a
    manuscript that mixes them was probably pasted together (and the decoder had to guess).
    A text citing by key (LaTeX's ``\\cite``, Pandoc's ``[@key]``) prints no numbers: what
    the decoder took in its formulas (``^{1/2}``, ``[\\frac...]``) cites nothing."""
    if trace.numbering == "first citation":
        return []
    counts: dict[str, list] = {}
    for d in (d for d in trace.decisions if d.accepted and d.candidate.kind != "author-year"):
        counts.setdefault(convention(d.candidate), []).append(d)
    # a convention only close calls print is the decoder's guess (each an uncertain marker)
    counts = {name: [d.candidate for d in ds] for name, ds in counts.items()
              if name in _CONVENTIONS and not all(d.uncertain for d in ds)}  # fmt: skip
    if len(counts) < 2:
        return []
    ranked = sorted(counts.items(), key=lambda kv: -len(kv[1]))
    summary = ", ".join(f"{len(c)} {_CONVENTIONS[name]}" for name, c in ranked)
    out = []
    for name, cands in ranked[1:]:
        first = cands[0]
        out.append(
            finding_at(
                trace,
                "warning",
                "mixed-conventions",
                f"citations are printed in {len(counts)} conventions ({summary}); the first "
                f"{_CONVENTIONS[name]} one is here",
                first.start,
                first.end,
                "print every citation the same way (the journal's style)",
            )
        )
    return out


def check_uncertain_markers(trace: Trace) -> list[Finding]:
    """Candidate markers the decoder took or left on a thin margin: the reader should look.
    Not numbers in parentheses left as text where every citation taken is in one other
    convention, a habit's worth of them (``paren_labels``: superscripts glued to their
    words, printed ones, or brackets): such a text prints its parenthesised numbers for
    compounds, equations and items, as the Word reader knows from the raised runs. The
    habit is judged on the citations taken with confidence: one taken on a thin margin is
    flagged itself, and makes no habit mixed."""
    taken = Counter(
        convention(d.candidate) for d in trace.decisions if d.accepted and not d.uncertain
    )
    labels = parens_label(taken)
    out = []
    for d in trace.decisions:
        if not d.uncertain:
            continue
        if labels and not d.accepted and d.candidate.kind == "paren":
            continue
        c = d.candidate
        numbers = ",".join(str(n) for n in c.numbers)
        verdict = "read as citation" if d.accepted else "read as text, not citation"
        why = "; ".join((*c.why, d.order))
        out.append(
            finding_at(
                trace,
                "info",
                "uncertain-marker",
                f"{trace.text[c.start : c.end]!r} {verdict} {numbers} (a close call: {why})",
                c.start,
                c.end,
                "check this number; print citations unambiguously (brackets or superscripts)",
            )
        )
    return out


def check_claims_against_abstracts(trace: Trace) -> list[Finding]:
    """Where every reference a claim cites holds an abstract (after enrichment): numbers
    and named trials of the claim that none of those titles and abstracts contain."""
    out = []
    for claim in trace.claims:
        if claim.link != "explicit" or not claim.keys:
            continue
        refs = [trace.index.by_key[k] for k in claim.keys if k in trace.index.by_key]
        if not refs or not all(r.abstract for r in refs):
            continue
        absent = figures_absent(claim, " ".join(f"{r.title} {r.abstract}" for r in refs))
        if absent:
            cited = ", ".join(str(n) for n in claim.numbers)
            out.append(
                finding_at(
                    trace,
                    "warning",
                    "claim-not-in-reference",
                    f"claim {claim.index}: {', '.join(absent)} not found in the title or "
                    f"abstract of reference{'s' * (len(refs) > 1)} {cited}",
                    claim.start,
                    claim.end,
                    "check the figures against the cited paper, or cite the paper they come from",
                    text=claim.shown,
                )
            )
    return out


CHECKS: tuple[Check, ...] = (
    check_dangling_citations,
    check_uncited_references,
    check_citation_order,
    check_duplicate_references,
    check_uncited_claims,
    check_claims_against_abstracts,
    check_marker_conventions,
    check_uncertain_markers,
)


def check_trace(trace: Trace, *, source: str | None = None) -> list[Finding]:
    """Every check, in the order of ``CHECKS``; ``source`` names the manuscript file."""
    trace_argument(trace, "check_trace")
    findings = [f for check in CHECKS for f in check(trace)]
    if source:
        findings = [replace(f, source=source) for f in findings]
    return findings


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'s' if n != 1 else ''}"


def summarise(trace: Trace, findings: Iterable[Finding]) -> str:
    """One line an editor reads first: is the manuscript traceable?"""
    findings = list(findings)
    codes = [f.code for f in findings]
    n_refs = len(trace.references)
    cited = len(trace.cited_keys() & {r.id for r in trace.references})
    parts = [f"{cited} of {n_refs} references cited"]
    numbered = any(c.kind in NUMBERED for c in trace.citations)
    if trace.numbering == "printed" and numbered:  # nothing to say of a text citing by name
        order = "numbering in order" if "citation-order" not in codes else "numbering out of order"
        parts.append(order)
    parts.append(_count(codes.count("dangling-citation"), "dangling citation"))
    linked = sum(c.link is not None for c in trace.claims)
    parts.append(f"{linked} of {_count(len(trace.claims), 'claim')} linked")
    parts.append(_count(codes.count("uncited-claim"), "uncited factual claim"))
    return ", ".join(parts)
