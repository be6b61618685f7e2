"""Synthetic inputs for the benchmarks: libraries and manuscripts of any size.

Everything here is made up and says so: the DOIs use Crossref's example prefix 10.5555,
names and titles are drawn from small word lists. Field distributions follow what medical
reference lists look like (most articles have 3 to 10 authors, a long tail up to 30; about
one in ten names carries a non-ASCII letter, one in twenty a particle; one item in forty is
a book; about half carry a PMID), so the benchmarks exercise the same code paths as real
libraries. Seeded, so every run measures the same input.
"""

from __future__ import annotations

import random
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from blinarefs.keys import assign_keys
from blinarefs.model import Name, Reference

FAMILIES = [
    "Smith",
    "Garcia",
    "Müller",
    "Rossi",
    "Nguyen",
    "Kowalski",
    "Ødegård",
    "Chen",
    "Dubois",
    "Silva",
    "Yamamoto",
    "Novák",
    "Papadopoulos",
    "O'Brien",
    "Schäfer",
    "Andersson",
    "Kumar",
    "Lefèvre",
    "Ivanova",
    "Okafor",
    "Brown",
    "Jensen",
]
PARTICLE_FAMILIES = [("van der", "Berg"), ("de", "Vries"), ("Della", "Porta"), ("von", "Stein")]
JOURNALS = [
    ("Blood", "Blood"),
    ("New England Journal of Medicine", "N Engl J Med"),
    ("Journal of Clinical Oncology", "J Clin Oncol"),
    ("The Lancet", "Lancet"),
    ("JAMA", "JAMA"),
    ("Leukemia", "Leukemia"),
    ("Haematologica", "Haematologica"),
    ("British Journal of Haematology", "Br J Haematol"),
    ("Lancet Oncology", "Lancet Oncol"),
    ("Nature Medicine", "Nat Med"),
]
WORDS = [
    "outcome",
    "response",
    "therapy",
    "survival",
    "remission",
    "relapse",
    "toxicity",
    "adults",
    "children",
    "leukemia",
    "lymphoma",
    "myeloma",
    "trial",
    "cohort",
    "analysis",
    "risk",
    "marker",
    "transplant",
    "dose",
    "induction",
    "consolidation",
    "maintenance",
    "immunotherapy",
    "antibody",
    "kinetics",
]
ACRONYMS = ["ALL", "AML", "MRD", "CAR-T", "HSCT", "BCP-ALL", "FLT3", "KMT2A", "CD19"]


def _name(rng: random.Random) -> Name:
    if rng.random() < 0.05:
        particle, family = rng.choice(PARTICLE_FAMILIES)
    else:
        particle, family = "", rng.choice(FAMILIES)
    initials = "".join(rng.choice("ABCDEFGHJKLMNPRST") for _ in range(rng.choice((1, 1, 2))))
    given = " ".join(f"{c}." for c in initials)
    return Name(family=family, given=given, non_dropping_particle=particle)


def _title(rng: random.Random) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(6, 18))]
    for _ in range(rng.randint(0, 2)):
        words.insert(rng.randrange(len(words)), rng.choice(ACRONYMS))
    words[0] = words[0].capitalize()
    if rng.random() < 0.3:
        words.insert(len(words) // 2, "in")
        words[len(words) // 2] += ":"
    return " ".join(words)


def make_reference(i: int, rng: random.Random) -> Reference:
    n_authors = min(30, max(1, int(rng.lognormvariate(1.8, 0.6))))
    authors = tuple(_name(rng) for _ in range(n_authors))
    year = rng.randint(1990, 2025)
    start = rng.randint(1, 5000)
    if rng.random() < 0.025:
        return Reference(
            id="",
            type="book",
            author=authors[:2],
            title=_title(rng),
            publisher="Synthetic Press",
            publisher_place="Nowhere",
            issued=(year,),
            isbn=f"978-0-00-{i:06d}-0",
        )
    journal, short = rng.choice(JOURNALS)
    return Reference(
        id="",
        author=authors,
        title=_title(rng),
        container_title=journal,
        container_title_short=short,
        issued=(year, rng.randint(1, 12), rng.randint(1, 28)) if rng.random() < 0.6 else (year,),
        volume=str(rng.randint(1, 400)),
        issue=str(rng.randint(1, 24)) if rng.random() < 0.85 else "",
        page=f"{start}-{start + rng.randint(1, 20)}",
        doi=f"10.5555/synth.{i}" if rng.random() < 0.9 else "",
        pmid=str(10_000_000 + i) if rng.random() < 0.5 else "",
    )


def make_library(n: int, seed: int = 1) -> list[Reference]:
    """``n`` synthetic references with unique keys."""
    rng = random.Random(seed)
    return assign_keys(make_reference(i, rng) for i in range(n))


def make_manuscript(n_sentences: int, n_refs: int, seed: int = 1) -> str:
    """A manuscript of ``n_sentences`` whose citations (flattened superscripts, in order of
    first citation) point into a numbered list of ``n_refs`` references at its end."""
    from blinarefs.store import Store  # noqa: F401  (keeps import cost out of the timed part)

    rng = random.Random(seed)
    lines, next_new = [], 1
    for i in range(n_sentences):
        words = [rng.choice(WORDS) for _ in range(rng.randint(8, 20))]
        sentence = " ".join(words).capitalize()
        if rng.random() < 0.4 and n_refs:
            if next_new <= n_refs and rng.random() < 0.6:
                cite, next_new = str(next_new), next_new + 1
            else:
                cite = str(rng.randint(1, max(1, next_new - 1)))
            sentence += f" in {rng.randint(10, 90)}% of patients.{cite}"
        else:
            sentence += "."
        lines.append(sentence)
        if i % 6 == 5:
            lines.append("\n")
    refs = make_library(n_refs, seed)
    listing = [f"{k}. {_vancouver(r)}" for k, r in enumerate(refs, start=1)]
    return " ".join(lines) + "\n\nReferences\n" + "\n".join(listing) + "\n"


def _vancouver(ref: Reference) -> str:
    names = ", ".join(
        f"{n.full_family} {''.join(c for c in n.given if c.isalpha())}" for n in ref.author[:6]
    )
    etal = ", et al" if len(ref.author) > 6 else ""
    if ref.type == "book":
        return f"{names}{etal}. {ref.title}. {ref.publisher_place}: {ref.publisher}; {ref.year}."
    issue = f"({ref.issue})" if ref.issue else ""
    return (
        f"{names}{etal}. {ref.title}. {ref.container_title_short}. "
        f"{ref.year};{ref.volume}{issue}:{ref.page}."
    )


def data_dir() -> Path:
    """Where generated inputs are kept between runs (the system's temporary folder)."""
    import tempfile

    return Path(tempfile.gettempdir()) / "blinarefs-bench"


def _cached(name: str, make: Callable[[], str], folder: Path | None) -> Path:
    """Write ``make()`` to ``folder/name`` once; the name carries a hash of this generator,
    so editing it makes new files instead of reusing stale ones."""
    import hashlib

    version = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:8]
    path = (folder or data_dir()) / f"{Path(name).stem}-{version}{Path(name).suffix}"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(make(), encoding="utf-8")
        tmp.replace(path)
    return path


def library_file(n: int, folder: Path | None = None, seed: int = 1) -> Path:
    """A .bib store of ``make_library(n)`` as blinarefs writes it (made once, then reused)."""
    from blinarefs.store import Store

    return _cached(
        f"library-{n}-s{seed}.bib",
        lambda: Store.from_references(make_library(n, seed)).dumps(),
        folder,
    )


def manuscript_file(
    n_sentences: int, n_refs: int, folder: Path | None = None, seed: int = 1
) -> Path:
    """``make_manuscript(n_sentences, n_refs)`` as a text file (made once, then reused)."""
    return _cached(
        f"manuscript-{n_sentences}-{n_refs}-s{seed}.txt",
        lambda: make_manuscript(n_sentences, n_refs, seed),
        folder,
    )
