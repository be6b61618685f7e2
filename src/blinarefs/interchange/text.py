"""Free text: a numbered reference list pasted from a PDF or a web page, or references
copied one by one from PubMed's "Cite" box (NLM or AMA format, no numbers), read by
:mod:`blinarefs.parse`. Items it cannot read come back as errors with their line."""

from __future__ import annotations

from ..normalised import printed_page
from ..parse import parse_reference_list
from . import ImportResult


def number_references(text: str) -> str:
    """Unnumbered references numbered in place (line numbers unchanged): one a paragraph
    when blank lines separate them, else one a line."""
    lines = text.splitlines()
    filled = [i for i, line in enumerate(lines) if line.strip()]
    if not filled:
        return text
    by_paragraph = any(not lines[i].strip() for i in range(filled[0], filled[-1]))
    out, k, previous_blank = [], 0, True
    for line in lines:
        if line.strip() and (previous_blank or not by_paragraph):
            k += 1
            line = f"{k}. {line.strip()}"
        out.append(line)
        previous_blank = not line.strip()
    return "\n".join(out) + "\n"


def read_text(text: str, source: str = "<input>") -> ImportResult:
    from ..parse.stage import unparsed_findings

    parsed = parse_reference_list(text)
    refs = parsed.references
    if parsed.section is None or not parsed.section.numbered:
        parsed = parse_reference_list(number_references(text))
        refs = tuple(r.with_fields(number=None, label="") for r in parsed.references)  # not printed
    changes = tuple((c,) if (c := printed_page(r)) else () for r in refs)
    return ImportResult(refs, "text", tuple(unparsed_findings(parsed, source)), changes)
