"""A printed reference list checked against the works the markup describes.

When a manuscript's references come from reference-manager fields (or a JATS
``<ref-list>``), the list printed at its end should be those works, in the same number. A
list typed by hand, or a bibliography field not refreshed since the citations changed,
differs: each entry that matches no described work, and each work missing from the list,
is a finding.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence

from ..findings import Finding
from ..model import Reference
from ..names import fold_ascii
from .document import Marker

# The provenance of a printed entry added to the works the fields describe (see
# printed_only): a reference of the printed list, whose being uncited is an error
FROM_PRINTED_LIST = ("source_text", "printed list")
# what a document's ``references_from`` is called in messages
MARKUP_SOURCES = {"word field": "the citation fields", "jats ref-list": "the <ref-list>"}


def printed_list_findings(
    described: Sequence[Reference],
    printed,
    source: str,
    described_by: str,
    shown: Mapping[str, int] | None = None,
) -> list[Finding]:
    """Findings for a printed list (a :class:`~blinarefs.parse.ParsedList`) that does not
    match the references ``described`` by the markup; none when there is no printed list.
    ``shown``: the number each work's citations print (:func:`shown_numbers`)."""
    listed = list(printed.references)
    if not listed:
        return []
    where = MARKUP_SOURCES.get(described_by, described_by)
    only_printed, only_described, _ = _matched(described, listed, shown)
    items = printed.section.items if printed.section else ()
    line = {(i.number, i.label): i.line for i in items}  # where each entry is printed
    out = [
        Finding(
            "warning",
            "printed-list-mismatch",
            f"printed reference {ref.printed_label} matches none of the works in {where}",
            line=line.get((ref.number or 0, ref.label)),
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


def printed_only(
    described: Sequence[Reference], printed, shown: Mapping[str, int] | None = None
) -> list[Reference]:
    """The printed list's entries that match no work the markup describes: a bibliography
    not refreshed since a citation was deleted, an entry typed into a manager's list, or,
    when most of an author-year list matches nothing, a manuscript whose citations were
    mostly typed (or unlinked from the manager) beside a few live fields, its list typed
    too. They are references of the manuscript all the same: a typed citation of one is
    not dangling, and an uncited one is found uncited, as in the same text without fields.
    A numbered list that mostly matches nothing is the manuscript's own and is read as such
    before this (see :func:`own_list_keys`), so none is added then."""
    listed = list(printed.references)
    only, _, _ = _matched(described, listed, shown)
    numbered = printed.section is not None and printed.section.numbered
    return only if 2 * len(only) <= len(listed) or not numbered else []


def own_list_keys(
    described: Sequence[Reference], printed, shown: Mapping[str, int] | None = None
) -> dict[str, str] | None:
    """A numbered list typed by hand in a manuscript cited by typed numbers, with a
    citation or two a reference manager inserted: most of its entries match no work of the
    fields. Then the list is the manuscript's references, and each field's work is the
    entry it matches (its key -> the entry's key); None when the list is the fields'."""
    listed = list(printed.references)
    if not listed or printed.section is None or not printed.section.numbered:
        return None
    only, _, pairs = _matched(described, listed, shown)
    return dict(pairs) if 2 * len(only) > len(listed) else None


def printed_numbers(
    described: Sequence[Reference], printed, shown: Mapping[str, int] | None = None
) -> dict[str, int]:
    """The number each work of the fields is printed with in a numbered list (its key ->
    the number of the entry it matches): in a numbered style the fields' citations print
    those numbers, so the printed order, not the order the reader met the fields in, is the
    numbering a check of "numbered by first citation" judges (a list a manager numbered
    alphabetically is out of order in the .docx as in its text). Empty when the list is not
    numbered as printed, or two works would share a number."""
    if printed.section is None or not printed.section.numbered:
        return {}
    number = {ref.id: ref.number for ref in printed.references if ref.number is not None}
    _, _, pairs = _matched(described, list(printed.references), shown)
    tied = {work: number[entry] for work, entry in pairs if entry in number}
    return tied if len(set(tied.values())) == len(tied) else {}


def shown_numbers(markers: Iterable[Marker]) -> dict[str, int]:
    """The number each field's work is printed with in a numbered style, as its citations
    show it: a field that shows "[4]" for one work prints that work as entry 4; one that
    shows "[2-4]" for three works prints them as 2, 3 and 4 in some order, which the
    manager's other citations of them settle (a number settled for one work is no other's).
    Works the citations leave unsettled, or settle twice, are left out."""
    options: dict[str, set[int]] = {}
    for m in markers:
        if m.origin.startswith("field:") and m.keys and len(m.keys) == len(set(m.numbers)):
            for key in m.keys:
                options[key] = options.get(key, set(m.numbers)) & set(m.numbers)
    settled: dict[str, int] = {}
    while True:
        new = {k: next(iter(s)) for k, s in options.items() if len(s) == 1 and k not in settled}
        if not new:
            break
        settled.update(new)
        taken = set(new.values())
        for key, numbers in options.items():
            if key not in settled:
                options[key] = numbers - taken
    twice = {n for n, k in Counter(settled.values()).items() if k > 1}
    return {key: n for key, n in settled.items() if n not in twice}


def matched_pairs(described: Sequence[Reference], listed: list[Reference]) -> list[tuple[str, str]]:
    """The works described by the markup and the printed entries they are (the work's
    key, the entry's), as :func:`printed_list_findings` ties them."""
    return _matched(described, listed)[2]


def _matched(
    described: Sequence[Reference],
    listed: list[Reference],
    shown: Mapping[str, int] | None = None,
) -> tuple[list[Reference], list[Reference], list[tuple[str, str]]]:
    """Printed entries that match no described work, described works no entry matches, and
    the pairs that match (the work's key, the entry's). A work matches the entry whose
    printed text holds (nearly) all the words of its title: the printed entry's own title
    may be misread (a corporate author, an old book); an entry of the work's first author
    or year before one of neither. A work left over matches the entry
    left over that has the number its citations print (``shown``) and its year or first
    author: the title in the manager's record and the one printed can differ (edited
    since, abbreviated, another language) where the numbers still tie them. So does the
    only work left with an entry's first author and year, the only entry left with them
    (what an author-year citation names it by)."""
    from rapidfuzz import fuzz
    from rapidfuzz.utils import default_process

    # every entry and work whose titles match, the pairs of the same first author or year
    # first, then the closest: a web page printed with an article's title ("Anonymous.
    # Transmission of viruses ... n.d.") is not the article, though printed before it
    options = []
    for i, ref in enumerate(listed):
        for j, candidate in enumerate(described):
            value = max(
                fuzz.token_set_ratio(_words(ref), _words(candidate)),
                fuzz.token_set_ratio(ref.source_text, candidate.title, processor=default_process)
                if ref.source_text and len(candidate.title.split()) >= 3
                else 0.0,
            )
            if value >= 80:
                options.append((not _alike(candidate, ref), -value, i, j))
    taken_entries: set[int] = set()
    taken_works: set[int] = set()
    tied: list[tuple[int, int]] = []
    for _, _, i, j in sorted(options):
        if i not in taken_entries and j not in taken_works:
            taken_entries.add(i)
            taken_works.add(j)
            tied.append((i, j))
    pairs = [(described[j].id, listed[i].id) for i, j in sorted(tied)]
    only_printed = [ref for i, ref in enumerate(listed) if i not in taken_entries]
    unmatched = [work for j, work in enumerate(described) if j not in taken_works]
    by_number = {n: key for key, n in (shown or {}).items()}
    named = {id(r): _named(r) for r in [*only_printed, *unmatched]}  # each read once
    left = Counter(named[id(r)] for r in only_printed)
    for ref in list(only_printed):
        name = named[id(ref)]
        key = by_number.get(ref.number or -1)
        work = next((w for w in unmatched if w.id == key), None) if key else None
        if work is None and name[0] and left[name] == 1:
            # the one work left of its first author and year (as in "(Roe 2020)")
            same = [w for w in unmatched if named[id(w)] == name]
            work = same[0] if len(same) == 1 else None
        if work is not None and _alike(work, ref):
            only_printed.remove(ref)
            unmatched.remove(work)
            pairs.append((work.id, ref.id))
            left[name] -= 1
    return only_printed, unmatched, pairs


def _alike(work: Reference, entry: Reference) -> bool:
    """Whether a printed entry may be the work its number ties it to: the same year or the
    same first author (an entry typed over the manager's, another work, is neither)."""
    if work.year and work.year == entry.year:
        return True
    return bool(_family(work)) and _family(work) == _family(entry)


def _family(ref: Reference) -> str:
    return fold_ascii(ref.author[0].family).lower() if ref.author else ""


def _named(ref: Reference) -> tuple[str, int | None]:
    """The first author's family name (folded) and the year: what an author-year citation
    names a work by; ("", None) when either is missing."""
    family = _family(ref)
    return (family, ref.year) if family and ref.year else ("", None)


def _words(ref: Reference) -> str:
    return (ref.title or ref.source_text).lower()
