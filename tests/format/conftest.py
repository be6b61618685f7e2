"""Fixtures of the format tests: the seed store, the verified seed items, and test items.

Where the values come from:
- ``seed_refs``: references/commentary.bib, the store parsed from the seed's printed list.
- ``merged_refs``: the same ten, with the fields that ../shared/data/seed-references.json
  verified and the printed list lacks (complete author lists of ref2, ref3, ref5, ref9;
  full dates of ref2, ref4, ref8, ref9; the online-first date of ref8). Nothing else.
- ``cases``: TEST DATA for the general rules. Each is the verified record of ref2
  (Kantarjian et al, N Engl J Med 2017: authors, date, volume, DOI from
  seed-references.json; issue 9, pages and the sentence-case title from the seed's printed
  reference) with one property changed: fewer authors (a prefix of its author list), no
  issue, the pages of ref7 (1795-1802), no volume (online first), a title ending in "?"
  (written for the tests), or authors taken from other verified seed records (non-ASCII
  names, particles, hyphenated given names). They are recombinations, not real articles.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from blinarefs.embedded import default_store
from blinarefs.model import Name, Reference
from blinarefs.store import Store


@pytest.fixture(autouse=True)
def _cache_dir(tmp_path_factory, monkeypatch):
    """Renderings cached on disk go to a temporary folder, never the user's."""
    monkeypatch.setenv("BLINAREFS_CACHE_DIR", str(tmp_path_factory.getbasetemp() / "cache"))


@pytest.fixture(scope="session")
def seed_refs() -> list[Reference]:
    return Store.load(default_store()).references


def _verified_by_id(seed_verified) -> dict[str, dict]:
    return {item["id"]: item for item in seed_verified}


@pytest.fixture(scope="session")
def merged_refs(seed_refs, seed_verified) -> list[Reference]:
    verified = _verified_by_id(seed_verified)
    out = []
    for ref in seed_refs:
        item = verified[f"ref{ref.number}"]
        changes: dict = {}
        if item.get("author"):  # only present when the complete list was seen
            changes["author"] = tuple(Name.from_csl(a) for a in item["author"])
            changes["author_truncated"] = False
        parts = tuple(item.get("issued", {}).get("date-parts", [[]])[0])
        if len(parts) > 1 and parts[0] == ref.year:
            changes["issued"] = parts
        if "available-date" in item:
            changes["available_date"] = tuple(item["available-date"]["date-parts"][0])
        out.append(replace(ref, **changes))
    return out


@pytest.fixture(scope="session")
def kantarjian(seed_refs, seed_verified) -> Reference:
    """ref2 as verified, with the issue, pages and title of its printed reference."""
    item = _verified_by_id(seed_verified)["ref2"]
    printed = next(r for r in seed_refs if r.number == 2)
    return Reference(
        id="case",
        author=tuple(Name.from_csl(a) for a in item["author"]),
        title=printed.title,
        container_title=item["container-title"],
        container_title_short=item["container-title-short"],
        issued=tuple(item["issued"]["date-parts"][0]),
        volume=item["volume"],
        issue=printed.issue,
        page=item["page"],
        doi=item["DOI"],
    )


def _names(seed_verified, ref_id: str, families: list[str]) -> tuple[Name, ...]:
    authors = _verified_by_id(seed_verified)[ref_id]["author"]
    by_family = {a["family"]: a for a in authors}
    return tuple(Name.from_csl(by_family[f]) for f in families)


@pytest.fixture(scope="session")
def cases(kantarjian, seed_verified) -> dict[str, Reference]:
    k = kantarjian
    out = {f"authors-{n}": replace(k, author=k.author[:n]) for n in (1, 2, 3, 4, 6, 7)}
    out["no-issue"] = replace(k, issue="")
    out["pages-1795-1802"] = replace(k, page="1795-1802")
    out["online-first"] = replace(k, volume="", issue="", page="")
    out["title-question"] = replace(
        k,
        author=k.author[:2],
        title="Is blinatumomab better than chemotherapy for advanced leukemia?",
    )
    out["non-ascii"] = replace(
        k, author=_names(seed_verified, "ref2", ["Foà", "Arslan", "Brüggemann", "Dombret"])
    )
    out["hyphenated-given"] = replace(k, author=_names(seed_verified, "ref2", ["Ribera", "Horst"]))
    particles = _names(seed_verified, "ref9", ["von Stackelberg"]) + _names(
        seed_verified, "ref5", ["van der Sluis", "de Lorenzo"]
    )
    # the model keeps particles apart, as blinarefs' parser stores them
    out["particles"] = replace(
        k,
        author=tuple(
            replace(
                n,
                family=n.family.split()[-1],
                non_dropping_particle=" ".join(n.family.split()[:-1]),
            )
            for n in particles
        ),
    )
    out["truncated-3"] = replace(k, author=k.author[:3], author_truncated=True)
    return {key: replace(ref, id=key) for key, ref in out.items()}
