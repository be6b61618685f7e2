"""The lint a careful editor runs on a store: one small function per rule, findings as data."""

from __future__ import annotations

import datetime as _dt
import re
from collections import defaultdict
from collections.abc import Callable, Iterable

from .findings import Finding
from .keys import VALID_KEY
from .model import Reference

DOI_RE = re.compile(r"^10\.\d{4,9}/\S+$")

# Required and recommended fields per CSL type, as BibTeX's standard styles require them.
REQUIRED: dict[str, tuple[str, ...]] = {
    "article-journal": ("author", "title", "container-title", "issued"),
    "book": ("title", "publisher", "issued"),
    "chapter": ("author", "title", "container-title", "publisher", "issued"),
    "paper-conference": ("author", "title", "container-title", "issued"),
    "thesis": ("author", "title", "publisher", "issued"),
    "report": ("title", "publisher", "issued"),
}
RECOMMENDED: dict[str, tuple[str, ...]] = {
    "article-journal": ("volume", "page", "DOI"),
    "chapter": ("page",),
}

Rule = Callable[[Reference], Iterable[Finding]]


def _missing(ref: Reference, name: str) -> bool:
    if name == "author":
        return not ref.author and not ref.editor
    return not ref.get(name)


def check_required_fields(ref: Reference) -> Iterable[Finding]:
    for name in REQUIRED.get(ref.type, ("title", "issued")):
        if _missing(ref, name):
            yield Finding(
                "error",
                "missing-field",
                f"{ref.type} without {name}",
                key=ref.id,
                suggestion=f"add {name}, or run 'blinarefs enrich' to fetch it",
            )
    for name in RECOMMENDED.get(ref.type, ()):
        if _missing(ref, name) and not (name != "DOI" and ref.available_date):
            yield Finding(
                "warning",
                "missing-field",
                f"{ref.type} without {name}",
                key=ref.id,
                suggestion="run 'blinarefs enrich' to fill it from Crossref",
            )


def check_identifiers(ref: Reference) -> Iterable[Finding]:
    if ref.doi and not DOI_RE.match(ref.doi):
        hint = (
            "remove the resolver prefix"
            if ref.doi.lower().startswith(("http", "doi:"))
            else "a DOI looks like 10.1182/blood.2024027500"
        )
        yield Finding(
            "error", "malformed-doi", f"malformed DOI {ref.doi!r}", key=ref.id, suggestion=hint
        )
    if ref.pmid and not ref.pmid.isdigit():
        yield Finding("error", "malformed-pmid", f"PMID {ref.pmid!r} is not a number", key=ref.id)
    if ref.pmcid and not re.fullmatch(r"PMC\d+", ref.pmcid):
        yield Finding(
            "error", "malformed-pmcid", f"PMCID {ref.pmcid!r} is not PMC + digits", key=ref.id
        )


def check_dates(ref: Reference) -> Iterable[Finding]:
    this_year = _dt.date.today().year
    if ref.year is not None and not 1500 <= ref.year <= this_year + 1:
        yield Finding(
            "error",
            "impossible-year",
            f"year {ref.year} is not possible",
            key=ref.id,
            suggestion="check the year",
        )
    if ref.issued and len(ref.issued) > 1 and not 1 <= ref.issued[1] <= 12:
        yield Finding(
            "error", "impossible-date", f"month {ref.issued[1]} does not exist", key=ref.id
        )


def check_pages(ref: Reference) -> Iterable[Finding]:
    m = re.fullmatch(r"[A-Za-z]*(\d+)[A-Za-z]?-[A-Za-z]*(\d+)[A-Za-z]?", ref.page or "")
    if m and int(m.group(2)) < int(m.group(1)):
        yield Finding(
            "error",
            "backward-pages",
            f"page range {ref.page} runs backwards",
            key=ref.id,
            suggestion="write the full last page (836-847, not 836-47)",
        )


def check_key(ref: Reference) -> Iterable[Finding]:
    if not VALID_KEY.match(ref.id):
        yield Finding(
            "error",
            "bad-key",
            f"key {ref.id!r} breaks \\cite in LaTeX",
            key=ref.id,
            suggestion="use letters, digits and - _ : . only",
        )


ENTRY_RULES: tuple[Rule, ...] = (
    check_required_fields,
    check_identifiers,
    check_dates,
    check_pages,
    check_key,
)


def normalise_title(title: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", title.lower()).strip()


def check_duplicates(refs: list[Reference]) -> Iterable[Finding]:
    """Same DOI or PMID (error), same or nearly the same title (warning)."""
    from difflib import SequenceMatcher

    for attr, label in (("doi", "DOI"), ("pmid", "PMID")):
        seen: dict[str, str] = {}
        for ref in refs:
            value = getattr(ref, attr).lower()
            if value and value in seen:
                yield Finding(
                    "error",
                    "duplicate-reference",
                    f"same {label} as {seen[value]}: {getattr(ref, attr)}",
                    key=ref.id,
                    suggestion=f"merge {ref.id} into {seen[value]}",
                )
            elif value:
                seen[value] = ref.id
    groups: dict[tuple, list[Reference]] = defaultdict(list)
    for ref in refs:
        if ref.title:
            family = ref.author[0].full_family.lower() if ref.author else ""
            groups[(ref.year, family)].append(ref)
    for group in groups.values():
        reported: set[int] = set()  # each entry is reported once, against its first match
        for a, b in _candidate_pairs(group):
            if id(a) in reported:
                continue
            ta, tb = normalise_title(a.title), normalise_title(b.title)
            if ta == tb or SequenceMatcher(None, ta, tb).ratio() >= 0.9:
                reported.add(id(a))
                yield Finding(
                    "warning",
                    "near-duplicate-title",
                    f"title nearly the same as {b.id}",
                    key=a.id,
                    suggestion="check whether both entries are the same work",
                )


_ALL_PAIRS_UP_TO = 60


def _candidate_pairs(group: list[Reference]) -> Iterable[tuple[Reference, Reference]]:
    """(later, earlier) pairs whose titles are compared. A usual group (one first author,
    one year) is small and every pair is compared; in a huge one (thousands of entries with
    no author, say) each title is compared with its neighbours in sorted order, so that
    validation stays n log n instead of hanging."""
    if len(group) <= _ALL_PAIRS_UP_TO:
        for i, a in enumerate(group):
            for b in group[:i]:
                yield a, b
        return
    order = sorted(range(len(group)), key=lambda k: normalise_title(group[k].title))
    for pos, k in enumerate(order):
        for j in order[pos + 1 : pos + 4]:
            yield group[max(k, j)], group[min(k, j)]


def validate_references(refs: Iterable[Reference]) -> list[Finding]:
    refs = list(refs)
    findings = [f for ref in refs for rule in ENTRY_RULES for f in rule(ref)]
    findings.extend(check_duplicates(refs))
    return findings


def validate_store(store) -> list[Finding]:
    """Every rule on every entry, plus what the store could not load."""
    return list(store.problems) + validate_references(store.references)
