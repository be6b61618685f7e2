"""A trace and its findings as one HTML report.

It comes in pieces (on a library of 100,000 entries it is tens of MB). It is one
self-contained file (inline CSS, no scripts, no network), every piece of manuscript or
reference text is escaped, and its layout puts each claim beside its references on a wide
screen and under it on a phone. (The terminal table, TSV and Markdown are :mod:`.report`'s.)
"""

from __future__ import annotations

import bisect
import html
from collections import defaultdict
from collections.abc import Iterator, Sequence
from typing import Any

from ..findings import Finding, count_by_severity, sort_findings
from .checks import summarise
from .claims import Claim, short_label
from .manuscript import Trace

_CSS = """
:root{--fg:#1c1c1c;--muted:#5f6368;--bg:#fff;--line:#dadce0;--explicit:#1e8e3e;
--inherited:#1a73e8;--entity:#8430ce;--none:#b06000;--error:#c5221f;--warning:#b06000;
--info:#5f6368;--mark:#fff3b0}
*{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);
background:var(--bg);overflow-wrap:anywhere}
header,main,footer{max-width:72rem;margin:0 auto;padding:0 1rem}
header{padding-top:1rem;border-bottom:1px solid var(--line)}
h1{font-size:1.4rem;margin:.2rem 0}h2{font-size:1.15rem;margin:1.5rem 0 .5rem}
.file{color:var(--muted);margin:0}.summary{margin:.5rem 0}
.counts{display:flex;flex-wrap:wrap;gap:.5rem;list-style:none;padding:0;margin:.5rem 0 1rem}
.counts li,.badge{border-radius:1rem;padding:.05rem .6rem;font-size:.85rem;
border:1px solid currentColor}
.error{color:var(--error)}.warning{color:var(--warning)}.info{color:var(--info)}
.legend{font-size:.85rem;color:var(--muted)}
.legend span{display:inline-block;margin-right:.8rem}
.legend i{display:inline-block;width:.8rem;height:.8rem;border-radius:2px;margin-right:.25rem;
vertical-align:-1px}
nav{font-size:.9rem;margin-bottom:.75rem}
details{margin:.5rem 0}summary{cursor:pointer;font-weight:600;color:var(--warning)}
.claim-findings{padding-left:1.1rem;font-size:.9rem}.claim-findings li{margin:.3rem 0}
.claim-findings .why{display:block}
ol.findings{padding-left:1.2rem}ol.findings li{margin:.4rem 0}
.findings q{display:block;color:var(--muted);font-size:.9rem}
.sugg{display:block;font-size:.9rem}
.claim{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:.25rem 1.25rem;
padding:.6rem .75rem;margin:.5rem 0;border-left:4px solid var(--line);background:#fafafa}
.claim.explicit{border-color:var(--explicit)}.claim.inherited{border-color:var(--inherited)}
.claim.entity{border-color:var(--entity)}.claim.unsourced{border-color:var(--none);
background:#fff8e1}
.claim p{margin:0}.num{font-weight:600;color:var(--muted);margin-right:.4rem}
mark{background:var(--mark);padding:0 .15rem;border-radius:3px;font-weight:600}
aside{font-size:.9rem}aside ul{margin:.2rem 0;padding-left:1.1rem}
.link{font-weight:600;text-transform:uppercase;font-size:.75rem;letter-spacing:.03em}
.explicit .link{color:var(--explicit)}.inherited .link{color:var(--inherited)}
.entity .link{color:var(--entity)}.unsourced .link{color:var(--none)}
.why,.ref-title{color:var(--muted)}aside .why{display:block}
.note{display:block;font-size:.85rem;margin-top:.2rem}
ol.refs li{margin:.35rem 0}.meta{display:block;font-size:.9rem;color:var(--muted)}
ul.skipped{color:var(--muted);font-size:.9rem}
footer{color:var(--muted);font-size:.8rem;padding:1.5rem 1rem}
@media (max-width:42rem){.claim{grid-template-columns:1fr}body{font-size:15px}}
"""

_LEGEND = (
    ("explicit", "cites a reference"),
    ("inherited", "continues a cited sentence"),
    ("entity", "names a trial in one reference"),
    ("none", "factual, no source"),
)


_SHOWN_WITH_CLAIM = frozenset(
    {"uncited-claim", "claim-not-in-reference", "claim-contradicted", "claim-not-in-source"}
)


def _clip(text: str, limit: int) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0] + " …"


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _sentence_html(trace: Trace, claim: Claim) -> str:
    parts, pos = [], claim.start
    for c in claim.citations:
        parts.append(_e(trace.text[pos : c.start]))
        parts.append(
            f'<mark title="cites {_e(", ".join(map(str, c.numbers)))}">{_e(c.marker)}</mark>'
        )
        pos = c.end
    parts.append(_e(trace.text[pos : claim.end]))
    return "".join(parts)


def _ref_item(trace: Trace, key: str) -> str:
    ref = trace.index.by_key.get(key)
    if ref is None:
        return f"<li>{_e(key)}</li>"
    number = trace.number_of(ref)
    anchor = f"r-{_e(ref.id)}"
    return (
        f'<li><a href="#{anchor}">{_e(number if number is not None else ref.id)}</a> '
        f'{_e(short_label(ref))} <span class="ref-title">{_e(ref.title)}</span></li>'
    )


def _claim_html(trace: Trace, claim: Claim, notes: list[Finding]) -> str:
    kind = claim.link or ("unsourced" if claim.factual else "plain")
    label = claim.link or ("no source" if claim.factual else "no link")
    refs = "".join(_ref_item(trace, k) for k in claim.keys)
    missing = [m for c in claim.citations for m in c.missing]
    if missing:
        refs += "".join(f'<li class="error">{_e(m)}: not in the list</li>' for m in missing)
    aside = f'<span class="link">{_e(label)}</span>'
    if refs:
        aside += f"<ul>{refs}</ul>"
    if claim.link in ("inherited", "entity"):
        aside += f'<span class="why">{_e(claim.reason)}</span>'
    elif claim.factual and not claim.link:
        aside += f'<span class="why">{_e("; ".join(claim.factual))}</span>'
    for f in notes:
        if f.code != "uncited-claim":
            aside += f'<span class="note {f.severity}">{_e(f.message)}</span>'
    return (
        f'<article class="claim {kind}" id="c{claim.index}">'
        f'<p><span class="num">{claim.index}</span>{_sentence_html(trace, claim)}</p>'
        f"<aside>{aside}</aside></article>"
    )


def render_html(
    trace: Trace,
    findings: Sequence[Finding],
    name: str,
    evidence: Sequence[Any] = (),
    integrity: Sequence[Any] = (),
) -> Iterator[str]:
    """The editor's report: summary, findings, every claim with its references, the list;
    with ``evidence`` (blinarefs.evidence results), each cited claim beside its cited text,
    and each reference's integrity verdict when ``integrity`` holds them (see
    :class:`blinarefs.enrich.integrity.Verdict`). In pieces, for ``atomic_write`` (or
    ``"".join``): on a large library it is tens of MB."""
    c = count_by_severity(findings)
    starts = [cl.start for cl in trace.claims]

    def claim_at(offset: int) -> Claim | None:
        i = bisect.bisect_right(starts, offset) - 1
        return trace.claims[i] if i >= 0 and offset < trace.claims[i].end else None

    by_claim: dict[int, list[Finding]] = defaultdict(list)
    for f in findings:
        if f.span and f.code in _SHOWN_WITH_CLAIM | {"dangling-citation"}:
            claim = claim_at(f.span[0])
            if claim:
                by_claim[claim.index].append(f)
    listed, with_claim = [], []  # findings in the list, findings shown beside their claim
    for f in sort_findings(findings):
        claim = claim_at(f.span[0]) if f.span else None
        if claim is not None and f.code in _SHOWN_WITH_CLAIM:
            with_claim.append((f, claim))
        else:
            listed.append((f, claim))
    counts = "".join(
        f'<li class="{sev if n else "info"}">{n} {sev}{"s" if n != 1 else ""}</li>'
        for sev, n in c.items()
    )
    legend = "".join(
        f'<span><i style="background:var(--{k})"></i>{_e(text)}</span>' for k, text in _LEGEND
    )
    yield f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>Traceability report: {_e(name)}</title>
<style>{_CSS}{_evidence_css(evidence)}</style>
</head>
<body>
<header>
<h1>Traceability report</h1>
<p class="file">{_e(name)}</p>
<p class="summary">{_e(summarise(trace, findings))}.</p>
<ul class="counts">{counts}</ul>
<nav><a href="#findings">Findings</a> · <a href="#claims">Claims</a> ·
{'<a href="#evidence">Evidence</a> · ' if evidence else ""}
<a href="#references">References</a></nav>
</header>
<main>
<h2 id="findings">Findings</h2>
"""
    if listed:
        yield '<ol class="findings">'
        yield from (_finding_item(f, claim) for f, claim in listed)
        yield "</ol>"
    if with_claim:
        yield (
            f"<details><summary>{len(with_claim)} claim{'s' * (len(with_claim) != 1)} to "
            f'source (also marked below)</summary><ul class="claim-findings">'
        )
        yield from (
            f'<li><a href="#c{claim.index}">claim {claim.index}</a> '
            f'{_e(_clip(claim.shown, 90))} <span class="why">{_e(f.message)}</span></li>'
            for f, claim in with_claim
        )
        yield "</ul></details>"
    if not (listed or with_claim):
        yield "<p>None: every reference is cited and every claim traced.</p>"
    yield f'\n<h2 id="claims">Claims</h2>\n<p class="legend">{legend}</p>\n'
    yield from (_claim_html(trace, cl, by_claim.get(cl.index, [])) for cl in trace.claims)
    if evidence:
        from ..evidence.html import render_evidence_html

        yield from render_evidence_html(evidence)
    yield '\n<h2 id="skipped">Not claims</h2>\n<ul class="skipped">'
    yield from (
        f"<li>{_e(s.reason)}: {_e(' '.join(s.text.split())[:160])}</li>" for s in trace.skipped
    )
    if not trace.skipped:
        yield "<li>none</li>"
    if integrity:
        yield '</ul>\n<h2 id="integrity">Reference integrity</h2>\n<table class="integrity">'
        yield "<tr><th>reference</th><th>verdict</th><th>evidence</th></tr>"
        sev = {"error": "error", "warning": "warning"}
        yield from (
            f'<tr><td><a href="#r-{_e(v.key)}">{_e(v.key)}</a></td>'
            f'<td class="{sev.get(v.severity, "")}">{_e(v.verdict)}</td>'
            f"<td>{_e(v.detail)}</td></tr>"
            for v in integrity
        )
        yield "</table><ul hidden>"
    yield '</ul>\n<h2 id="references">References</h2>\n<ol class="refs">'
    cited_in = trace.cited_in()
    for r in trace.references:
        where = cited_in.get(r.id)
        yield (
            f'<li id="r-{_e(r.id)}" value="{trace.number_of(r) or 0}"><b>{_e(short_label(r))}</b>. '
            f"{_e(r.title)}. <i>{_e(r.container_title_short or r.container_title)}</i> "
            f'{_e(r.year or "")}.<span class="meta"><code>{_e(r.id)}</code> — '
            + (
                "cited in claims " + ", ".join(f'<a href="#c{i}">{i}</a>' for i in where)
                if where
                else '<span class="error">not cited</span>'
            )
            + "</span></li>"
        )
    yield """</ol>
</main>
<footer>Written by blinarefs check. This file loads nothing from the network.</footer>
</body>
</html>
"""


def _evidence_css(evidence: Sequence[Any]) -> str:
    if not evidence:
        return ""
    from ..evidence.html import CSS

    return CSS


def _finding_item(f: Finding, claim: Claim | None) -> str:
    where = f"line {f.line}: " if f.line else (f"{_e(f.key)}: " if f.key else "")
    anchor = f' <a href="#c{claim.index}">claim {claim.index}</a>' if claim else ""
    quote = f"<q>{_e(_clip(f.text, 200))}</q>" if f.text else ""
    sugg = f'<span class="sugg">→ {_e(f.suggestion)}</span>' if f.suggestion else ""
    return (
        f'<li><span class="badge {f.severity}">{f.severity}</span> <code>{_e(f.code)}</code> '
        f"{where}{_e(f.message)}{anchor}{quote}{sugg}</li>"
    )
