"""Bring imported references into a store without duplicates, and say what happened.

A reference already in the store is found by DOI, then PMID, then by the same first
author, the same year (print or online) and a title at least ``TITLE_SIMILARITY`` alike
(rapidfuzz ratio on lower-cased, punctuation-free titles), then by every field but the key
(so that merging a store with itself adds nothing); two references whose DOIs or PMIDs
differ are never the same work. A match only fills what the store lacks: empty
fields, a more precise date, the full author list where the store has "et al", the full
journal title where it has only the abbreviation, unmodelled BibTeX fields it lacks. Values
that differ are kept and reported as conflicts; locked fields are never touched. Each filled
field is recorded in the entry's provenance. New references keep their key when it is
free, else get one from :func:`blinarefs.keys.assign_key`.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field, replace
from typing import Any

from ..arguments import references_argument
from ..bibtex import own_fields
from ..keys import assign_key
from ..model import CSL_TEXT_FIELDS, Reference
from ..names import fold_ascii
from ..normalised import Normalisation
from ..reprs import brief_repr
from ..validate import normalise_title
from . import FIELD_NAMES

TITLE_SIMILARITY = 90  # rapidfuzz ratio, 0-100: typos and punctuation, not different papers
_TEXT_ATTRS = tuple(attr for attr, name in FIELD_NAMES.items() if name in CSL_TEXT_FIELDS)


@dataclass(frozen=True, slots=True)
class Conflict:
    field: str
    kept: str
    offered: str


@dataclass(frozen=True, slots=True)
class MergeOutcome:
    """What became of one imported reference."""

    key: str  # its key in the store
    status: str  # "new", "merged" (fields added) or "unchanged" (already there, nothing new)
    matched_by: str = ""  # "DOI", "PMID", "title, year and first author", "key, year and
    # first author" or "fields"
    added: tuple[str, ...] = ()
    conflicts: tuple[Conflict, ...] = ()
    imported_id: str = ""  # its id in the imported file, when it had one

    def to_dict(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "status": self.status,
            "matched_by": self.matched_by,
            "added": list(self.added),
            "conflicts": [asdict(c) for c in self.conflicts],
            "imported_id": self.imported_id,
        }


@dataclass
class MergeResult:
    """What merging gave: the references to put into the store, and what became of each
    incoming one."""

    references: list[Reference] = field(default_factory=list)  # new and changed, to put
    outcomes: list[MergeOutcome] = field(default_factory=list)

    __repr__ = brief_repr  # a notebook shows a merge of thousands as it shows one

    def count(self, status: str) -> int:
        return sum(o.status == status for o in self.outcomes)


# -- matching ----------------------------------------------------------------------------------


def _folded(family: str) -> str:
    """ "Müller" and "Muller", "van der Sluis" and "Van der Sluis": one spelling."""
    return "".join(c for c in fold_ascii(family).lower() if c.isalnum())


def _surname(ref: Reference) -> str:
    return _folded(ref.author[0].full_family) if ref.author else ""


def _years(ref: Reference) -> set[int]:
    return {d[0] for d in (ref.issued, ref.available_date) if d}


class Matcher:
    """An index of references by DOI, PMID and (year, first author), for finding the one an
    imported reference duplicates."""

    def __init__(self, refs: Iterable[Reference] = ()) -> None:
        self._doi: dict[str, str] = {}
        self._pmid: dict[str, str] = {}
        # (year, first author) -> key -> (reference, its normalised title), computed once:
        # a common surname in a large library makes a long bucket, scanned for every import
        self._bucket: dict[tuple[int, str], dict[str, tuple[Reference, str]]] = defaultdict(dict)
        # every field but the key and provenance -> key: what matches by nothing else (no
        # DOI, PMID, year or first author: a web page) is still the entry it copies, so that
        # merging a store with itself adds nothing
        self._same: dict[Reference, str] = {}
        # key (any case) -> reference: a work edited in a reference manager comes back under
        # its key (Better BibTeX's citation key) with its title changed
        self._keys: dict[str, Reference] = {}
        for ref in refs:
            self.add(ref)

    def add(self, ref: Reference) -> None:
        self._same.setdefault(_content(ref), ref.id)
        if ref.id:
            self._keys[ref.id.lower()] = ref
        if ref.doi:
            self._doi.setdefault(ref.doi.lower(), ref.id)
        if ref.pmid:
            self._pmid.setdefault(ref.pmid, ref.id)
        surname = _surname(ref)
        if surname and ref.title:
            entry = (ref, normalise_title(ref.title))
            for year in _years(ref):
                bucket = self._bucket[(year, surname)]
                bucket.pop(ref.id, None)  # a merged reference goes to the end, as it was added
                bucket[ref.id] = entry

    def find(self, ref: Reference) -> tuple[str, str] | None:
        """(key, how it matched) of the reference ``ref`` duplicates, or None."""
        from rapidfuzz import fuzz

        if ref.doi and ref.doi.lower() in self._doi:
            return self._doi[ref.doi.lower()], "DOI"
        if ref.pmid and ref.pmid in self._pmid:
            return self._pmid[ref.pmid], "PMID"
        surname, title = _surname(ref), normalise_title(ref.title)
        for year in sorted(_years(ref)) if surname and title else ():
            for other, other_title in self._bucket.get((year, surname), {}).values():
                if _different_ids(ref, other):
                    continue
                if fuzz.ratio(title, other_title) >= TITLE_SIMILARITY:
                    return other.id, "title, year and first author"
        keyed = self._keys.get(ref.id.lower()) if ref.id else None
        if keyed and surname == _surname(keyed) != "" and _same_work(ref, keyed):
            return keyed.id, "key, year and first author"
        same = self._same.get(_content(ref))
        return (same, "fields") if same is not None else None


def _content(ref: Reference) -> Reference:
    return replace(ref, id="", provenance=())


def _same_work(a: Reference, b: Reference) -> bool:
    """A year in common and no identifier that differs: with the same key and first author,
    the same work (its title edited since, or printed another way)."""
    return bool(_years(a) & _years(b)) and not _different_ids(a, b)


def _different_ids(a: Reference, b: Reference) -> bool:
    return bool(
        (a.doi and b.doi and a.doi.lower() != b.doi.lower())
        or (a.pmid and b.pmid and a.pmid != b.pmid)
    )


# -- merging -----------------------------------------------------------------------------------


_QUOTES = str.maketrans("‘’“”", "''\"\"")


def _same_text(a: str, b: str) -> bool:
    """Equal but for case, spacing, curly quotes and a final period (title case from PubMed,
    sentence case in the printed list)."""

    def norm(s: str) -> str:
        return " ".join(s.translate(_QUOTES).casefold().split()).rstrip(".")

    return norm(a) == norm(b)


def _same_value(attr: str, a: str, b: str) -> bool:
    """As :func:`_same_text`; page ranges compared whole: "1234-56" is "1234-1256" (the
    form it comes back in from RIS or EndNote XML, not a conflict)."""
    if attr == "page":
        from ..pages import expand_page_range

        return expand_page_range(a) == expand_page_range(b)
    return _same_text(a, b)


def _more_authors(have: Reference, offered: Reference) -> bool:
    """The store cut the list with "et al" and the import has the whole list, same people."""
    if not have.author_truncated or offered.author_truncated:
        return False
    if len(offered.author) <= len(have.author):
        return False
    mine = [_folded(n.full_family) for n in have.author]
    return mine == [_folded(n.full_family) for n in offered.author[: len(mine)]]


def merge_fields(
    have: Reference, offered: Reference, source: str = ""
) -> tuple[Reference, list[str], list[Conflict]]:
    """``have`` with what ``offered`` adds; returns it, the fields added and the conflicts."""
    locked = set(have.locked)
    changes: dict[str, object] = {}
    added: list[str] = []
    conflicts: list[Conflict] = []

    def take(attr: str, value: object) -> None:
        changes[attr] = value
        added.append(FIELD_NAMES[attr])

    for attr in _TEXT_ATTRS:
        mine, theirs = getattr(have, attr), getattr(offered, attr)
        if not theirs or FIELD_NAMES[attr] in locked:
            continue
        abbreviated_only = attr == "container_title" and mine == have.container_title_short
        if not mine or (abbreviated_only and not _same_text(mine, theirs)):
            take(attr, theirs)
        elif not _same_value(attr, mine, theirs):
            conflicts.append(Conflict(FIELD_NAMES[attr], mine, theirs))
    for attr in ("issued", "available_date"):
        mine, theirs = getattr(have, attr), getattr(offered, attr)
        if not theirs or FIELD_NAMES[attr] in locked or mine == theirs:
            continue
        common = min(len(mine or ()), len(theirs))
        if mine and mine[:common] != theirs[:common]:
            conflicts.append(Conflict(FIELD_NAMES[attr], _date(mine), _date(theirs)))
        elif len(theirs) > len(mine or ()):  # the same date, given more precisely
            take(attr, theirs)
    fuller = not have.author or _more_authors(have, offered)
    if "author" not in locked and offered.author and fuller:
        take("author", offered.author)
        changes["author_truncated"] = offered.author_truncated
    if "editor" not in locked and offered.editor and not have.editor:
        take("editor", offered.editor)
    extra = _merged_extra(have, offered, locked, added, conflicts)
    if extra != have.extra:
        changes["extra"] = extra
    if not changes:
        return have, [], conflicts
    if source:
        stamped = dict(have.provenance)
        stamped.update((name, source) for name in added)
        changes["provenance"] = tuple(stamped.items())
    return have.with_fields(**changes), added, conflicts


def _merged_extra(
    have: Reference,
    offered: Reference,
    locked: set[str],
    added: list[str],
    conflicts: list[Conflict],
) -> tuple[tuple[str, str], ...]:
    """``have``'s unmodelled BibTeX fields with those only ``offered`` has (a Zotero
    library's tags and access dates, say): the same rule as for every field. The parser's
    notes on its own reading (``parse-*``) belong to the text read, not to the work, as do
    the entry type and title TeX kept from the file it was read in (``own_fields``)."""
    mine = {name.lower(): value for name, value in have.extra}
    more = []
    for name, value in own_fields(offered):
        if not value or name in locked or name.lower().startswith("parse-"):
            continue
        if name.lower() not in mine:
            more.append((name, value))
            added.append(name)
            mine[name.lower()] = value
        elif not _same_text(mine[name.lower()], value):
            conflicts.append(Conflict(name, mine[name.lower()], value))
    return (*have.extra, *more) if more else have.extra


def _date(parts: tuple[int, ...]) -> str:
    return "-".join(str(p) for p in parts)


def merge_references(
    existing: Sequence[Reference], incoming: Iterable[Reference], source: str = ""
) -> MergeResult:
    """Merge ``incoming`` into ``existing`` (neither is changed). Imported references that
    duplicate each other are merged too. ``source`` labels the provenance of added fields."""
    existing = references_argument(existing, "merge_references")
    incoming = references_argument(incoming, "merge_references")
    current = {ref.id: ref for ref in existing}
    matcher = Matcher(existing)
    taken = {key.lower() for key in current}
    changed: dict[str, Reference] = {}
    result = MergeResult()
    for ref in incoming:
        hit = matcher.find(ref)
        if hit:
            key, how = hit
            merged, added, conflicts = merge_fields(current[key], ref, source)
            if added:
                current[key] = changed[key] = merged
                matcher.add(merged)
            status = "merged" if added else "unchanged"
            result.outcomes.append(
                MergeOutcome(key, status, how, tuple(added), tuple(conflicts), ref.id)
            )
            continue
        if ref.id and ref.id.lower() not in taken:
            new = ref
            taken.add(ref.id.lower())
        else:
            new = assign_key(ref, taken)
        current[new.id] = changed[new.id] = new
        matcher.add(new)
        result.outcomes.append(MergeOutcome(new.id, "new", imported_id=ref.id))
    result.references = list(changed.values())
    return result


def kept_changes(
    changes: Sequence[tuple[Normalisation, ...]], outcomes: Sequence[MergeOutcome]
) -> list[Normalisation]:
    """What reading changed (``ImportResult.changes``) in what reached the store, under the
    store's keys: all of a new entry, the added fields of a merged one."""
    return [
        replace(c, key=outcome.key)
        for outcome, found in zip(outcomes, changes, strict=False)  # no changes: ()
        for c in found
        if outcome.status == "new" or c.field in outcome.added
    ]
