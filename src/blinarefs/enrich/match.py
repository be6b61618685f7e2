"""Does a service's record describe the same work as a reference? Pure scoring.

Each candidate gets a score in [0, 1], a weighted mean over what both sides have: title
similarity (rapidfuzz on folded text), first author's family name, year, journal (a printed
NLM abbreviation matches its full title), volume and first page. Volume, first page and year
are facts a reference prints: a candidate that contradicts any of them is rejected whatever
its score, which is what keeps look-alikes (a correspondence item with the same title and
first author, another year and pages) from being attached. A winner must clear a threshold
and beat the next acceptable candidate by a margin; otherwise the choice is left to a person.

A field the parser doubted (``Reference.doubtful``) is not evidence either way: the record's
value is looked for in the reference as printed instead, so a misread entry can still be
identified, and then corrected by the record.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Literal

from rapidfuzz import fuzz

from ..model import Reference
from .text import family_key, first_page, fold, whole_token

THRESHOLD = 0.85
MARGIN = 0.08
WEIGHTS = {"title": 0.45, "author": 0.2, "year": 0.1, "journal": 0.1, "volume": 0.075,
           "page": 0.075}  # fmt: skip


@dataclass(frozen=True)
class Candidate:
    record: Reference
    score: float
    parts: dict[str, float] = field(default_factory=dict)
    disagreements: tuple[str, ...] = ()  # printed facts the record contradicts
    source: str = ""

    @property
    def acceptable(self) -> bool:
        return not self.disagreements

    def describe(self) -> str:
        r = self.record
        first = r.author[0].full_family if r.author else "?"
        ident = f"doi:{r.doi}" if r.doi else f"pmid:{r.pmid}" if r.pmid else r.id
        where = ", ".join(
            p for p in (r.container_title_short or r.container_title, str(r.year or "")) if p
        )
        title = r.title if len(r.title) <= 60 else r.title[:57] + "..."
        parts = [f"{first}, {title!r} ({where}) {ident}", f"score {self.score:.2f}"]
        if r.volume or r.page:
            parts.insert(1, f"{r.volume}:{r.page}")
        if self.disagreements:
            parts.append("differs in " + ", ".join(self.disagreements))
        return "; ".join(parts)

    def to_dict(self) -> dict[str, Any]:
        return {
            "doi": self.record.doi,
            "pmid": self.record.pmid,
            "title": self.record.title,
            "year": self.record.year,
            "volume": self.record.volume,
            "page": self.record.page,
            "source": self.source,
            "score": round(self.score, 3),
            "parts": {k: round(v, 3) for k, v in self.parts.items()},
            "disagreements": list(self.disagreements),
        }


@dataclass(frozen=True)
class Match:
    status: Literal["matched", "ambiguous", "none"]
    best: Candidate | None
    candidates: tuple[Candidate, ...]  # every scored candidate, best first


def journal_matches(a: str, b: str) -> bool:
    """Same journal: equal when folded, or one is an abbreviation of the other
    ("N Engl J Med" ~ "The New England Journal of Medicine": each word a prefix, in order)."""
    fa, fb = fold(a), fold(b)
    if not fa or not fb:
        return False
    if fa == fb:
        return True
    short, long_ = sorted((fa.split(), fb.split()), key=len)
    long_ = [w for w in long_ if w not in {"the", "of", "and", "for", "in", "de", "la"}]
    i = 0
    for word in short:
        while i < len(long_) and not long_[i].startswith(word):
            i += 1
        if i == len(long_):
            return False
        i += 1
    return True


def title_similarity(a: str, b: str) -> float:
    fa, fb = fold(a), fold(b)
    if not fa or not fb:
        return 0.0
    return fuzz.ratio(fa, fb) / 100.0


# A record's title this long, found in the printed text, identifies the work as well as a
# title the parser read; a shorter one could be found there by chance.
_MIN_PRINTED_TITLE = 20


def _printed_title(printed: str, title: str) -> float:
    folded = fold(title)
    if len(folded) < _MIN_PRINTED_TITLE:
        return 0.0
    return fuzz.partial_ratio(folded, printed) / 100.0


def _printed_parts(query: Reference, record: Reference) -> dict[str, float]:
    """Each doubted field of ``query``, judged by whether the record's value is printed."""
    printed = fold(query.source_text)
    journals = [fold(j) for j in (record.container_title, record.container_title_short) if j]
    found = {
        "title": _printed_title(printed, record.title) if record.title else None,
        "author": float(whole_token(printed, family_key(record.author[0]))) if record.author
        else None,
        "issued": float(any(whole_token(printed, str(y)) for y in _years(record)))
        if _years(record) else None,
        "container-title": float(any(j and j in printed for j in journals)) if journals
        else None,
        "volume": float(whole_token(printed, fold(record.volume))) if record.volume else None,
        "page": float(whole_token(printed, first_page(record.page))) if record.page else None,
    }  # fmt: skip
    part_of = {"issued": "year", "container-title": "journal"}
    return {part_of.get(f, f): v for f, v in found.items() if f in query.doubtful and v is not None}


def _years(ref: Reference) -> set[int]:
    return {d[0] for d in (ref.issued, ref.available_date) if d}


def score(query: Reference, record: Reference, source: str = "") -> Candidate:
    """Score one record against the reference as the user has it."""
    parts: dict[str, float] = {}
    if query.title and record.title:
        parts["title"] = title_similarity(query.title, record.title)
    if query.author and record.author:
        parts["author"] = 1.0 if family_key(query.author[0]) == family_key(record.author[0]) else (
            0.5 if fuzz.ratio(family_key(query.author[0]), family_key(record.author[0])) >= 85
            else 0.0
        )  # fmt: skip
    if query.year and _years(record):
        parts["year"] = float(query.year in _years(record))
    qj = [j for j in (query.container_title, query.container_title_short) if j]
    rj = [j for j in (record.container_title, record.container_title_short) if j]
    if qj and rj:
        parts["journal"] = 1.0 if any(journal_matches(a, b) for a in qj for b in rj) else 0.0
    if query.volume and record.volume:
        parts["volume"] = float(fold(query.volume) == fold(record.volume))
    qp, rp = first_page(query.page), first_page(record.page)
    if qp and rp:
        parts["page"] = float(qp == rp)
    if query.doubtful and query.source_text:
        for part, value in _printed_parts(query, record).items():
            parts[part] = max(value, parts.get(part, 0.0)) if part == "title" else value
    disagreements = tuple(
        shown for part, shown in (("year", "year"), ("volume", "volume"), ("page", "pages"))
        if parts.get(part) == 0.0
    )  # fmt: skip
    total = sum(WEIGHTS[k] for k in parts)
    value = sum(WEIGHTS[k] * v for k, v in parts.items()) / total if total else 0.0
    if "title" not in parts:  # a record with no comparable title cannot be identified
        value *= 0.5
    return Candidate(record, value, parts, disagreements, source)


def choose(
    query: Reference,
    records: Iterable[Reference],
    source: str = "",
    *,
    threshold: float = THRESHOLD,
    margin: float = MARGIN,
) -> Match:
    """The clear winner among ``records``, if there is one."""
    scored = sorted((score(query, r, source) for r in records), key=lambda c: c.score, reverse=True)
    good = [c for c in scored if c.acceptable and c.score >= threshold]
    if not good:
        return Match("none", None, tuple(scored))
    best = good[0]
    rivals = [c for c in scored if c is not best and c.acceptable and _distinct(best, c)]
    if rivals and best.score - rivals[0].score < margin:
        return Match("ambiguous", best, tuple(scored))
    return Match("matched", best, tuple(scored))


def _distinct(a: Candidate, b: Candidate) -> bool:
    """Two records of one work (Crossref and PubMed) are not rivals."""
    ra, rb = a.record, b.record
    if ra.doi and rb.doi:
        return fold(ra.doi) != fold(rb.doi)
    if ra.pmid and rb.pmid:
        return ra.pmid != rb.pmid
    return True


def verify(query: Reference, record: Reference) -> Candidate | None:
    """Check a DOI the user gave: None when the record fits the reference, else the scored
    record (which says what disagrees). Lenient on score, strict on printed facts."""
    cand = score(query, record)
    title_ok = cand.parts.get("title", 1.0) >= 0.6
    author_ok = cand.parts.get("author", 1.0) > 0.0
    if cand.acceptable and title_ok and author_ok:
        return None
    return cand
