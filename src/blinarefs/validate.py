"""The lint a careful editor runs on a store: one small function per rule, findings as data."""

from __future__ import annotations

import datetime as _dt
import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from os import PathLike
from typing import TYPE_CHECKING

from .arguments import references_argument
from .bibtex import bibtex_entry_type
from .findings import Finding, Severity
from .keys import VALID_KEY
from .model import Reference
from .names import fold_ascii
from .pages import expand_page_range, is_article_number

if TYPE_CHECKING:
    from .store import Store

DOI_RE = re.compile(r"^10\.\d{4,9}/\S+$")
# a key of letters and digits in any script, with the punctuation VALID_KEY allows
_UNICODE_KEY = re.compile(r"^(?:[^\W_]|[_:.\-+/])+$")

# Required and recommended fields per CSL type, as BibTeX's standard styles require them.
REQUIRED: dict[str, tuple[str, ...]] = {
    "article-journal": ("author", "title", "container-title", "issued"),
    "book": ("title", "publisher", "issued"),
    "chapter": ("author", "title", "container-title", "publisher", "issued"),
    "paper-conference": ("author", "title", "container-title", "issued"),
    "thesis": ("author", "title", "publisher", "issued"),
    "report": ("title", "publisher", "issued"),
    "webpage": ("title",),  # many a page has no date: the day it was read (urldate) stands
}
# BibTeX entry types whose CSL type would require more than BibTeX's styles do: a @manual
# (every R package's citation) is a report with no publisher, a @booklet a book.
REQUIRED_BY_ENTRY: dict[str, tuple[str, ...]] = {"manual": ("title",), "booklet": ("title",)}
RECOMMENDED: dict[str, tuple[str, ...]] = {
    "article-journal": ("volume", "page", "DOI"),
    "chapter": ("page",),
    "webpage": ("issued",),
}

Rule = Callable[[Reference], Iterable[Finding]]

# The field to add, as a .bib names it (the store is BibTeX; the rules speak CSL)
_BIB_FIELD = {"container-title": "journal (BibLaTeX: journaltitle)", "issued": "year or date",
              "page": "pages", "DOI": "doi"}  # fmt: skip


def _bib_field(ref: Reference, name: str) -> str:
    if name == "container-title" and ref.type in ("chapter", "paper-conference"):
        return "booktitle"
    return _BIB_FIELD.get(name, name)


def _missing(ref: Reference, name: str) -> bool:
    if name == "author":
        return not ref.author and not ref.editor
    return not ref.get(name)


def check_required_fields(ref: Reference) -> Iterable[Finding]:
    required = REQUIRED_BY_ENTRY.get(bibtex_entry_type(ref)) or REQUIRED.get(ref.type)
    for name in required or ("title", "issued"):
        if _missing(ref, name):
            yield Finding(
                "error",
                "missing-field",
                f"{ref.type} without {name}",
                key=ref.id,
                suggestion=f"add {_bib_field(ref, name)}, or run 'blinarefs enrich' to fetch it",
            )
    for name in RECOMMENDED.get(ref.type, ()):
        if _missing(ref, name) and not (name != "DOI" and ref.available_date):
            yield Finding(
                "warning",
                "missing-field",
                f"{ref.type} without {name}",
                key=ref.id,
                suggestion=(
                    "add the date it was posted or updated (year or date), if it gives one"
                    if ref.type == "webpage"
                    else "run 'blinarefs enrich' to fill it from Crossref"
                ),
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
        yield Finding(
            "error",
            "malformed-pmid",
            f"PMID {ref.pmid!r} is not a number",
            key=ref.id,
            suggestion="a PMID is digits only, such as 39047240",
        )
    if ref.pmcid and not re.fullmatch(r"PMC\d+", ref.pmcid):
        yield Finding(
            "error",
            "malformed-pmcid",
            f"PMCID {ref.pmcid!r} is not PMC + digits",
            key=ref.id,
            suggestion="a PMCID is PMC and digits, such as PMC11334054",
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
            "error",
            "impossible-date",
            f"month {ref.issued[1]} does not exist",
            key=ref.id,
            suggestion="correct the month (a BibLaTeX date is YYYY-MM-DD)",
        )


def check_names(ref: Reference) -> Iterable[Finding]:
    """An author or editor with no letter in the name ("1927-", a library catalogue's birth
    year that a reference manager imported as the author): every style prints it as one."""
    for role, names in (("author", ref.author), ("editor", ref.editor)):
        for name in names:
            shown = " ".join(p for p in (name.given, name.family, name.literal) if p)
            if shown and not any(ch.isalpha() for ch in shown):
                yield Finding(
                    "warning",
                    "not-a-name",
                    f"{role} {shown!r} has no letter: no person's or body's name",
                    key=ref.id,
                    suggestion=f"write the {role}'s name (a catalogue's dates are no name)",
                )


# What a printed reference or its title says of the work's standing: PubMed's links to a
# notice about it ("Retraction in: J Made Up. 2031;2:3.", "Expression of concern in: ...",
# "Erratum in: ..."), and the prefix publishers put on a retracted article's title
# ("RETRACTED: ...", "Retracted: ...", "[Retracted]"). "Retraction of:" is a notice itself.
_PRINTED_NOTICES: tuple[tuple[str, Severity, re.Pattern[str]], ...] = (
    ("printed-retraction", "error", re.compile(
        r"\bRetraction in:|\A\s*(?:RETRACTED|Retracted)(?: article)?\s*[:.]|\[Retracted\]")),
    ("printed-concern", "warning", re.compile(r"\bExpression of concern in:", re.I)),
    ("printed-erratum", "info", re.compile(r"\b(?:Erratum|Corrigendum) in:")),
)  # fmt: skip
_NOTICE_WORDS = {"printed-retraction": "retracted", "printed-concern": "under an expression "
                 "of concern", "printed-erratum": "corrected by an erratum"}  # fmt: skip
_NOTICE_HINTS = {
    "printed-retraction": "do not cite a retracted work as evidence; cite the notice if the "
    "retraction is the point",
    "printed-concern": "read the notice before relying on the work",
    "printed-erratum": "read the erratum; cite the corrected version",
}


def check_printed_notices(ref: Reference) -> Iterable[Finding]:
    """What the reference as printed says of the work: a list copied from PubMed carries
    its notices ("Retraction in: ..."), found without asking any service."""
    printed = " ".join(p for p in (ref.title, ref.source_text, ref.note) if p)
    if not any(w in printed for w in ("etract", "ETRACT", "oncern", "rratum", "orrigendum")):
        return
    for code, severity, pattern in _PRINTED_NOTICES:
        if found := pattern.search(ref.title) or pattern.search(ref.source_text or ref.note):
            yield Finding(
                severity,
                code,
                f"the reference as printed says the work is {_NOTICE_WORDS[code]} "
                f"({found.group().strip()!r})",
                key=ref.id,
                suggestion=_NOTICE_HINTS[code],
            )
            return


# "S12-9", "291-7"; anchored, so that a search over a run of letters stays linear too
_PAGE_RANGE = re.compile(r"\A[A-Za-z]*(\d+)[A-Za-z]?-[A-Za-z]*(\d+)[A-Za-z]?")


def check_pages(ref: Reference) -> Iterable[Finding]:
    """A range whose last page is below its first. Written with fewer digits ("291-7", as
    PubMed, Vancouver and many .bib files print it) it is abbreviated, not backwards: a
    warning with the full form, since a style that prints ranges whole cannot expand it;
    with as many digits ("50-40"), or still backwards in full, an error."""
    m = _PAGE_RANGE.fullmatch(ref.page or "")
    if not m or int(m.group(2)) >= int(m.group(1)) or is_article_number(ref.page):
        return  # (an article number with its year, "e00123-20", is no range)
    full = expand_page_range(ref.page)
    whole = _PAGE_RANGE.fullmatch(full)
    if len(m.group(2)) < len(m.group(1)) and whole and int(whole.group(2)) >= int(whole.group(1)):
        yield Finding(
            "warning",
            "abbreviated-pages",
            f"page range {ref.page} is abbreviated",
            key=ref.id,
            suggestion=f"write it in full ({full}): styles shorten a whole range, not the reverse",
        )
        return
    yield Finding(
        "error",
        "backward-pages",
        f"page range {ref.page} runs backwards",
        key=ref.id,
        suggestion="check the first and last pages",
    )


def check_key(ref: Reference) -> Iterable[Finding]:
    """A key the tools that read a .bib cannot all cite. An apostrophe alone is a warning:
    BibTeX and ``\\cite`` take ``o'brien2020``, but biber's parser (btparse) stops on it with
    a syntax error and Pandoc reads ``[@o'brien2020]`` as a citation of ``o``.
    Letters and digits of other scripts ("Müller2020") are a warning too, not an error: biber
    reads a UTF-8 key and a Unicode engine (XeLaTeX, LuaLaTeX) cites it, as Pandoc does (its
    keys are alphanumerics of any script); classic BibTeX and pdfLaTeX may not, as biblatex's
    maintainers say."""
    bare = ref.id.replace("'", "")
    if VALID_KEY.match(bare):
        if bare != ref.id:
            cited = ref.id.split("'")[0]  # what Pandoc's [@key] reads
            yield Finding(
                "warning",
                "key-apostrophe",
                f'key "{ref.id}" holds an apostrophe: BibTeX takes it; biber stops on it and '
                f"Pandoc reads [@{ref.id}] as @{cited}",
                key=ref.id,
                suggestion=f'rename it "{bare}" if biber or Pandoc reads the file '
                f"(Pandoc also takes [@{{{ref.id}}}])",
            )
    elif _UNICODE_KEY.match(bare):
        folded = fold_ascii(ref.id)
        yield Finding(
            "warning",
            "key-non-ascii",
            f"key {ref.id!r} holds letters beyond ASCII: biber under XeLaTeX or LuaLaTeX and "
            "Pandoc cite it; classic BibTeX and pdfLaTeX may not",
            key=ref.id,
            suggestion=f'keep it for a Unicode toolchain, or rename it "{folded}"'
            if VALID_KEY.match(folded)
            else "keep it for a Unicode toolchain, or rename it in ASCII letters",
        )
    else:
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
    check_names,
    check_pages,
    check_key,
    check_printed_notices,
)


def normalise_title(title: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", title.lower()).strip()


def check_duplicates(refs: list[Reference]) -> Iterable[Finding]:
    """Same DOI or PMID (error), same or nearly the same title (warning).

    Titles are compared within a group of the same year and first author; an entry is
    flagged against the first earlier one whose title matches exactly or with a difflib
    ratio of 0.9 or more. Groups grow with the library (every "Wang 2020"), so comparing
    each pair with difflib was quadratic: rapidfuzz's Indel ratio, computed in C, bounds the
    difflib ratio from above (difflib matches a common subsequence, Indel the longest one),
    so only the pairs it lets through are checked by difflib, with the same result.
    A pair with the same DOI and the same PMID is one duplicate, reported once (by DOI).
    """
    reported: set[tuple[str, str]] = set()
    for attr, label in (("doi", "DOI"), ("pmid", "PMID")):
        seen: dict[str, str] = {}
        for ref in refs:
            value = getattr(ref, attr).lower()
            if value and value in seen:
                if (ref.id, seen[value]) not in reported:
                    reported.add((ref.id, seen[value]))
                    yield Finding(
                        "error",
                        "duplicate-reference",
                        f"same {label} as {seen[value]}: {getattr(ref, attr)}",
                        key=ref.id,
                        suggestion=f"merge {ref.id} into {seen[value]}",
                    )
            elif value:
                seen[value] = ref.id
    groups: dict[tuple[int | None, str], list[Reference]] = defaultdict(list)
    for ref in refs:
        if ref.title:
            family = ref.author[0].full_family.lower() if ref.author else ""
            groups[(ref.year, family)].append(ref)
    for group in groups.values():
        titles = [normalise_title(ref.title) for ref in group]
        for i, j in _matching_pairs(titles):
            yield Finding(
                "warning",
                "near-duplicate-title",
                f"title nearly the same as {group[j].id}",
                key=group[i].id,
                suggestion="check whether both entries are the same work",
            )


_ALL_PAIRS_UP_TO = 2000


def _matching_pairs(titles: list[str]) -> Iterable[tuple[int, int]]:
    """(later, earlier) index pairs of titles that match (the same, or a difflib ratio of
    0.9 or more), at most one per later title: its first match. A usual group (one first
    author, one year) is compared in full, pruned by rapidfuzz; in a huge one (thousands of
    entries with no author) each title is compared with its neighbours in sorted order, so
    validation stays n log n."""
    from rapidfuzz import fuzz, process

    if len(titles) <= _ALL_PAIRS_UP_TO:
        for i, title in enumerate(titles):
            hits = process.extract_iter(
                title, titles[:i], scorer=fuzz.ratio, score_cutoff=_INDEL_CUTOFF
            )
            for _, _, j in hits:  # in list order, like the earlier entries
                if title == titles[j] or _difflib_ratio(title, titles[j]) >= 0.9:
                    yield i, j
                    break
        return
    order = sorted(range(len(titles)), key=titles.__getitem__)
    reported: set[int] = set()
    for pos, k in enumerate(order):
        for j in order[pos + 1 : pos + 4]:
            later, earlier = max(k, j), min(k, j)
            same = titles[later] == titles[earlier]
            if later not in reported and (
                same or _difflib_ratio(titles[later], titles[earlier]) >= 0.9
            ):
                reported.add(later)
                yield later, earlier


_INDEL_CUTOFF = 89.0  # rapidfuzz scores 0-100; a little under 90 so rounding never prunes a pair


def _difflib_ratio(a: str, b: str) -> float:
    from difflib import SequenceMatcher

    return SequenceMatcher(None, a, b).ratio()


def validate_references(refs: Iterable[Reference]) -> list[Finding]:
    """Every rule on every reference, and the duplicates among them: for references not
    (yet) in a store, such as a parsed list's."""
    refs = references_argument(refs, "validate_references")
    findings = [f for ref in refs for rule in ENTRY_RULES for f in rule(ref)]
    findings.extend(check_duplicates(refs))
    return findings


def validate_store(store: Store | str | PathLike[str]) -> list[Finding]:
    """Every rule on every entry, plus what the store could not load; ``store`` may be the
    path of a .bib file."""
    from .store import as_store

    store = as_store(store, "validate_store")
    return list(store.problems) + validate_references(store.references)
