"""Merge a fetched record into a reference, recording every change. Pure.

Rules: fill what is missing; make a date or a page range more precise; replace an author
list cut short with "et al" by a longer one that starts with the same people; restore
characters a scraped title lost (keeping the user's capitalisation, so the store's case
protection is unchanged); replace a printed journal abbreviation by the full name (the
abbreviation moves to ``container-title-short``); replace what the parser doubted (its
``parse-doubtful`` fields: a misread is no user's choice). Anything else the two disagree on
keeps the user's value and is reported as a conflict, unless the field is in ``overwrite``.
Locked fields are never changed. Every applied change is recorded in ``provenance``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass
from typing import Any, Literal

from ..model import DOUBTFUL_FIELD, Reference
from ..pages import expand_page_range
from .match import journal_matches
from .text import family_key, fold, normalise_doi

Kind = Literal[
    "added", "completed", "replaced-truncated", "replaced-doubtful", "repaired", "expanded",
    "overwritten", "conflict-kept", "locked",
]  # fmt: skip
APPLIED = frozenset({"added", "completed", "replaced-truncated", "replaced-doubtful",
                     "repaired", "expanded", "overwritten"})  # fmt: skip
FIELDS: tuple[str, ...] = (
    "DOI", "PMID", "PMCID", "author", "title", "container-title", "container-title-short",
    "issued", "available-date", "volume", "issue", "page", "abstract",
)  # fmt: skip
# Differences not worth a person's attention: the user's value simply stays.
_QUIET_CONFLICTS = frozenset({"abstract", "container-title-short", "DOI"})


@dataclass(frozen=True)
class FieldChange:
    """One field enrichment set, or would have (``kind`` says which, and why not)."""

    key: str
    field: str
    old: str
    new: str
    source: str
    kind: Kind

    @property
    def applied(self) -> bool:
        return self.kind in APPLIED

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def show(field: str, value: Any, truncated: bool = False) -> str:
    """A field's value as one line of a diff."""
    if field == "author":
        names = [
            n.literal or (f"{n.full_family}, {n.given}" if n.given else n.full_family)
            for n in value or ()
        ]
        return "; ".join(names) + ("; et al" if truncated else "")
    if field in ("issued", "available-date"):
        return "-".join(f"{p:02d}" if i else str(p) for i, p in enumerate(value or ()))
    return str(value or "")


def repair_title(old: str, new: str) -> str | None:
    """``new``'s characters with ``old``'s capitalisation, when ``old`` is ``new`` with some
    non-alphanumeric characters lost ("Ph B-lineage" vs "Ph− B-lineage"); else None."""
    out, i = [], 0
    for c in new:
        if i < len(old) and old[i].casefold() == c.casefold():
            out.append(old[i])
            i += 1
        elif not c.isalnum():
            out.append(c)
        else:
            return None
    if i != len(old):
        return None
    repaired = " ".join("".join(out).split())
    return repaired if repaired != old else None


def _same(field: str, old: Any, new: Any) -> bool:
    if field == "author":
        return len(old) == len(new) and all(
            family_key(a) == family_key(b) for a, b in zip(old, new, strict=True)
        )
    if field in ("issued", "available-date"):
        return tuple(old[: len(new)]) == tuple(new) or tuple(old) == tuple(new)
    if field == "title":
        return old.casefold().split() == new.casefold().split()
    if field == "page":  # a record with the first page only says nothing against a range
        old, new = expand_page_range(old), expand_page_range(new)
        return old == new or ("-" not in new and old.split("-")[0] == new)
    if field == "DOI":
        return normalise_doi(old) == normalise_doi(new)
    if field in ("PMID", "PMCID"):
        return old.strip().upper().removeprefix("PMC") == new.strip().upper().removeprefix("PMC")
    return fold(old) == fold(new)


_PRINTED_ONLY = ("volume", "issue", "page")  # fields a parse may leave punctuation on


def _propose(current: Reference, fetched: Reference, field: str) -> tuple[Kind, Any] | None:
    old, new = current.get(field), fetched.get(field)
    if field in _PRINTED_ONLY and old and new and old != new and old.strip(" .,;:") == new:
        return "repaired", new  # "8." printed, 8 in the record: the same value, cleaned
    if not new or (old and _same(field, old, new)):
        return None
    if not old:
        return "added", new
    if field == "author":
        prefix_agrees = all(family_key(a) == family_key(b) for a, b in zip(old, new, strict=False))
        if current.author_truncated and prefix_agrees:
            if len(new) > len(old) and not fetched.author_truncated:
                return "replaced-truncated", new
            return None  # the record knows no more names than the store
        if fetched.author_truncated and prefix_agrees and len(new) <= len(old):
            return None
    elif field == "title" and fold(old) == fold(new):
        # the same words: restore lost characters, else it is a matter of style
        repaired = repair_title(old, new)
        return ("repaired", repaired) if repaired else None
    elif field == "container-title":
        if journal_matches(old, new) and len(fold(old)) < len(fold(new)):
            return "expanded", new
    elif field in ("issued", "available-date"):
        if tuple(new[: len(old)]) == tuple(old):
            return "completed", new
    elif field == "page" and "-" not in old and expand_page_range(new).split("-")[0] == old.strip():
        return "completed", expand_page_range(new)
    return "conflict-kept", new


def merge_reference(
    current: Reference,
    fetched: Reference,
    *,
    source: str,
    stamp: str,
    overwrite: Iterable[str] = (),
    locked: Iterable[str] = (),
    fields: Iterable[str] = FIELDS,
) -> tuple[Reference, list[FieldChange]]:
    """``current`` updated from ``fetched`` (a record of the same work), and what changed.

    ``source`` names the service ("crossref"), ``stamp`` the date recorded in provenance."""
    overwrite, locked = set(overwrite), set(locked) | set(current.locked)
    doubtful = current.doubtful - {"DOI"}  # a DOI is verified, never replaced
    ref, changes = current, []
    provenance = dict(current.provenance)
    for field in fields:
        proposal = _propose(ref, fetched, field)
        if proposal is None:
            continue
        kind, value = proposal
        if kind == "conflict-kept" and field in doubtful:
            kind = "replaced-doubtful"
        if kind == "conflict-kept" and field in overwrite and field != "DOI":
            kind = "overwritten"
        if field in locked:
            kind = "locked"
        if kind == "conflict-kept" and field in _QUIET_CONFLICTS:
            continue
        old_shown = show(field, ref.get(field), field == "author" and ref.author_truncated)
        truncated = field == "author" and fetched.author_truncated
        changes.append(
            FieldChange(ref.id, field, old_shown, show(field, value, truncated), source, kind)
        )
        if kind not in APPLIED:
            continue
        if field == "container-title" and kind == "expanded" and not ref.container_title_short:
            short = ref.container_title
            changes.append(FieldChange(ref.id, "container-title-short", "", short, source, "added"))
            ref = ref.with_fields(container_title_short=ref.container_title)
            provenance["container-title-short"] = f"{source} {stamp}"
        ref = ref.with_csl(field, value)
        if field == "author":
            ref = ref.with_fields(author_truncated=fetched.author_truncated)
        provenance[field] = f"{source} {stamp}"
    if ref is not current:
        ref = ref.with_fields(provenance=tuple(provenance.items()))
    resolved = {c.field for c in changes if c.applied} & doubtful
    if resolved:
        ref = _still_doubtful(ref, doubtful - resolved)
    return ref, changes


def _still_doubtful(ref: Reference, left: frozenset[str]) -> Reference:
    """``ref`` with only the doubts a record did not settle; none left, no doubt recorded."""
    attrs = [a.strip() for a in dict(ref.extra)[DOUBTFUL_FIELD].split(",")]
    kept = ", ".join(a for a in attrs if Reference.csl_key(a) in left)
    extra = [(k, v) for k, v in ref.extra if k != DOUBTFUL_FIELD]
    if kept:
        extra.append((DOUBTFUL_FIELD, kept))
    return ref.with_fields(extra=tuple(extra))
