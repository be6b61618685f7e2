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

# The provenance of a printed entry added to the works the fields describe (see
# printed_only): a reference of the printed list, whose being uncited is an error
FROM_PRINTED_LIST = ("source_text", "printed list")


def printed_list_findings(
    described: Sequence[Reference], printed, source: str, described_by: str
) -> list[Finding]:
    """Findings for a printed list (a :class:`~blinarefs.parse.ParsedList`) that does not
    match the references ``described`` by the markup; none when there is no printed list."""
    listed = list(printed.references)
    if not listed:
        return []
    where = _WHERE.get(described_by, described_by)
    only_printed, only_described, _ = _matched(described, listed)
    out = [
        Finding(
            "warning",
            "printed-list-mismatch",
            f"printed reference {ref.number} matches none of the works in {where}",
            source=source,
            text=(ref.source_text or ref.title)[:120],
            suggestion="refresh the bibliography in the reference manager",
        )
        for ref in only_printed
    ]
    for ref in only_described:
        out.append(
            Finding(
                "warning",
                "printed-list-mismatch",
                f"{ref.id} is described in {where} but is not in the printed list",
                source=source,
                text=ref.title[:120],
                suggestion="refresh the bibliography in the reference manager",
            )
        )
    return out


def printed_only(described: Sequence[Reference], printed) -> list[Reference]:
    """The printed list's entries that match no work the markup describes, when they are a
    few: a bibliography not refreshed since a citation was deleted, an entry typed into a
    manager's list. They are references of the manuscript all the same (so that a check
    finds them uncited, as it would in the same text without fields). When most of the
    list matches nothing, the list is the manuscript's own (see :func:`own_list_keys`)."""
    listed = list(printed.references)
    only, _, _ = _matched(described, listed)
    return only if 2 * len(only) <= len(listed) else []


def own_list_keys(described: Sequence[Reference], printed) -> dict[str, str] | None:
    """A numbered list typed by hand in a manuscript cited by typed numbers, with a
    citation or two a reference manager inserted: most of its entries match no work of the
    fields. Then the list is the manuscript's references, and each field's work is the
    entry it matches (its key -> the entry's key); None when the list is the fields'."""
    listed = list(printed.references)
    if not listed or printed.section is None or not printed.section.numbered:
        return None
    only, _, pairs = _matched(described, listed)
    return dict(pairs) if 2 * len(only) > len(listed) else None


def _matched(
    described: Sequence[Reference], listed: list[Reference]
) -> tuple[list[Reference], list[Reference], list[tuple[str, str]]]:
    """Printed entries that match no described work, described works no entry matches, and
    the pairs that match (the work's key, the entry's). A work matches the entry whose
    printed text holds (nearly) all the words of its title: the printed entry's own title
    may be misread (a corporate author, an old book)."""
    from rapidfuzz import fuzz
    from rapidfuzz.utils import default_process

    only_printed: list[Reference] = []
    pairs: list[tuple[str, str]] = []
    unmatched = list(described)
    for ref in listed:
        best, score = None, 0.0
        for candidate in unmatched:
            value = max(
                fuzz.token_set_ratio(_words(ref), _words(candidate)),
                fuzz.token_set_ratio(ref.source_text, candidate.title, processor=default_process)
                if ref.source_text and len(candidate.title.split()) >= 3
                else 0.0,
            )
            if value > score:
                best, score = candidate, value
        if best is not None and score >= 80:
            unmatched.remove(best)
            pairs.append((best.id, ref.id))
        else:
            only_printed.append(ref)
    return only_printed, unmatched, pairs


_WHERE = {"word field": "the citation fields", "jats ref-list": "the <ref-list>"}


def _words(ref: Reference) -> str:
    return (ref.title or ref.source_text).lower()
