"""A printed reference list checked against the works the markup describes.

When a manuscript's references come from reference-manager fields (or a JATS
``<ref-list>``), the list printed at its end should be those works, in the same number. A
list typed by hand, or a bibliography field not refreshed since the citations changed,
differs: each entry that matches no described work, and each work missing from the list,
is a finding.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..findings import Finding
from ..model import Reference


def printed_list_findings(
    described: Sequence[Reference], printed, source: str, described_by: str
) -> list[Finding]:
    """Findings for a printed list (a :class:`~blinarefs.parse.ParsedList`) that does not
    match the references ``described`` by the markup; none when there is no printed list."""
    from rapidfuzz import fuzz

    listed = list(printed.references)
    if not listed:
        return []
    out: list[Finding] = []
    unmatched = list(described)
    for ref in listed:
        best, score = None, 0.0
        for candidate in unmatched:
            value = fuzz.token_set_ratio(_words(ref), _words(candidate))
            if value > score:
                best, score = candidate, value
        if best is not None and score >= 80:
            unmatched.remove(best)
            continue
        out.append(
            Finding(
                "warning",
                "printed-list-mismatch",
                f"printed reference {ref.number} matches none of the works in the {described_by}s",
                source=source,
                text=(ref.source_text or ref.title)[:120],
                suggestion="refresh the bibliography in the reference manager",
            )
        )
    for ref in unmatched:
        out.append(
            Finding(
                "warning",
                "printed-list-mismatch",
                f"{ref.id} is cited through a {described_by} but is not in the printed list",
                source=source,
                text=ref.title[:120],
                suggestion="refresh the bibliography in the reference manager",
            )
        )
    return out


def _words(ref: Reference) -> str:
    return (ref.title or ref.source_text).lower()
