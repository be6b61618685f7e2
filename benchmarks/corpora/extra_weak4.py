"""More real material for the publishers whose held-out fields and superscript recall lag
(session 54): their JATS full texts from public repositories (or commits of them) no earlier
recipe reads, outside the manifest and every earlier extra set, written outside the repository
in a tuning two thirds and a check third.

    python benchmarks/corpora/extra_weak4.py [--git-base TEMPLATE] [--cache DIR]
        [--target /tmp/s10]
    BLINAREFS_CORPORA=DIR python benchmarks/bench_parse.py \\
        --files '/tmp/s10/tune/*/*.xml' --no-speed
    BLINAREFS_CORPORA=DIR python benchmarks/bench_markers.py \\
        --files '/tmp/s10/tune/*/*.xml' --baseline none --misses flattened

Why: held out, SAGE authors and BMJ, SciELO and OUP titles stood under 95%, and flattened
superscript recall fell short mostly in OUP, Nature, SciELO and Wiley articles, while the
tuning sets held few of these publishers' articles (18 SciELO ones, none citing by
superscript in numbers). The origins here (``WEAK4``) are mostly SciELO's own: its tools' test
fixtures (an XML tool's whole 2013 issue of Revista de Saúde Pública; the Texture wrapper's
Arquivos Brasileiros de Cardiologia; the packaging tool's author-year articles of many fields,
which the catalogue leaves out, and fixtures since removed; the markup programs', the core
service's and the migration tool's folders the manifest does not read; the old website's
Arquivos de Gastroenterologia issue), a SciELO developer's copy of the upload service (whole
2022 volumes of Revista de Saúde Pública and Revista Latino-Americana de Enfermagem:
Vancouver references cited by superscript) and an XML editor's copies of SciELO's sample
packages; beside them earlier PMC article sets of a corpus tool the manifest reads at a
later commit (Taylor & Francis journals), a document converter's JATS sources (an OUP physics
journal) and a literature-ingestion tool's PMC test articles (British Journal of Cancer).

Kept as ``extra_superscript.kept`` keeps (a DOI, a reference list, the article's own Creative
Commons or public-domain licence; once; each article of a PMC article set read on its own,
``extra_weak3.articles_of``), when no manifest entry (either split) and no article of an
earlier extra set shares its DOI, PMCID, SHA-256 or origin path (``drawn_identities``:
``extra_weak3.drawn_identities`` grown by ``extra_weak3.WEAK3``; none of their files
written). An article of one of SciELO's repositories is filed under ``scielo`` whatever its
DOI prefix (as ``catalogue.ORIGIN_SOURCE`` files them: one platform's markup over many
journals, some with DOIs of their own), the others by DOI prefix. Only the wanted publishers'
articles (``extra_weak3.WANTED``) that one of the two benchmarks reads are written
(``extra_weak3.worth_reading``), at most ``PER_JOURNAL`` of one journal from one origin (the
lowest draws of ``weak4 keep <id>``, so that two whole volumes do not swamp the set; the
rest stay in their repositories for a later draw), to ``<target>/<half>/<publisher>/<id>.xml``;
the half is drawn from the SHA-1 of the id (a third ``check``, read once by the lead; the rest
``tune``). The articles are third-party texts under their own licences, read for evaluation
only and never committed; each repository's own licence is in ``LICENCES``.

The repositories are read at the commits below (a local copy works too: ``--git-base
'DIR/{owner}+{name}'`` naming each one's git directory).
"""

from __future__ import annotations

import sys
import tempfile
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from corpora import extra_weak3
from corpora.catalogue import describe
from corpora.extra_dev import _draw, check_or_tune, recipe_arguments, report_counts
from corpora.extra_superscript import kept
from corpora.extra_weak import write_kept
from corpora.extra_weak3 import WANTED, articles_of, worth_reading

Found = tuple[str, str, str, bytes]  # ``kept``'s id, DOI, source and file

# (repository, commit, paths)
WEAK4 = [
    # a SciELO XML tool's test files: one whole issue of Revista de Saúde Pública (2013; the
    # default branch's newest commit)
    ("scieloorg/elixir", "1e2716d1ce2e7b2fc757908102052ef921c92a07",
     r"^tests/files/xml/.*\.xml$"),
    # SciELO's Texture wrapper's sample issue of Arquivos Brasileiros de Cardiologia (2017;
    # the default branch's newest commit)
    ("scieloorg/texture_wrapper", "d675f03a3edade928a5bdd799a95f7e6e2206506",
     r"^texture_wrapper/files/.*\.xml$"),
    # the packaging tool's test fixtures: the manifest's commit (the articles its catalogue
    # left out), then a branch's and a pull request's that hold fixtures removed since
    *(("scieloorg/packtools", commit, r"^tests/.*\.xml$") for commit in (
        "fe1ada8cd7cc638c8eab7ab1651f3b4f891d08e7",
        "dd8bb00c08ce5285a4dc00aa7fdb1f3af6b708cb",
        "0d3405ac1c79797afb7669fb1a3a8f1b0fe827da",
    )),
    # the markup programs' test fixture (branch 40097_beta, 2020)
    ("scieloorg/PC-Programs", "0807b1ae05db1782ed2ed7dacfb18c03cd9707d0",
     r"^src/scielo/bin/xml/tests/fixtures/.*\.xml$"),
    # a SciELO developer's copy of the upload service: migration fixtures on two of its
    # branches (migracao, 2023: Revista de Saúde Pública 2022; draft_migration_02, 2022:
    # Revista Latino-Americana de Enfermagem 2022), which the upstream repository never took
    ("robertatakenaka/scms-upload", "b39b1c5da049f8ac3fb1353088763c40b754b57b",
     r"^migration/fixtures/classic_website/bases/xml/.*\.xml$"),
    ("robertatakenaka/scms-upload", "9cf278fbce9e9ead6a11db8dfa95b94d090ae7e5",
     r"^collection/fixtures/.*\.xml$"),
    # the article-registration fixtures of SciELO's core service (the manifest's commit; the
    # manifest reads another folder of it)
    ("scieloorg/core", "e46b362b00321f89ebf2c1b78ebe713f11d54e04",
     r"^pid_provider/fixtures/.*\.xml$"),
    # the migration tool's test fixtures and samples the manifest's paths leave out (the
    # manifest's commit)
    ("scieloorg/document-store-migracao", "fce8680cf6b1d71b3d039a8715ff1bd6ddd4e34c",
     r"^tests/(fixtures|samples)/.*\.xml$"),
    # the old website's PMC stylesheet samples: an issue of Arquivos de Gastroenterologia
    # (2012, on its develop branch), cited by superscript, references as element citations
    ("scieloorg/Web", "be24f35d9b6e4a81fd401ccb5bc3640e8d75627d",
     r"^htdocs/xsl/pmc/v3\.0/EstiloXSL/.*\.xml$"),
    # an XML editor's copies of SciELO's sample packages of several of its collections
    # (Memórias do Instituto Oswaldo Cruz, Brazilian Oral Research, Revista Ingeniería de
    # Construcción; branch 2.x, 2018)
    ("substance/texture", "e11d58a0806b1aadba6effdb35fe2930935de54f",
     r"^data/scielo/.*\.xml$"),
    # a document converter's JATS test sources (its default branch's newest commit, 2026)
    ("docling-project/docling", "e1cb2b234c48ff29746b0f2f843d07f8e23905a0",
     r"^tests/data/(jats|xml)/.*\.n?xml$"),
    # earlier PMC article sets of the manifest's pubget (its main branch, January 2022): two
    # Taylor & Francis articles (an article set of March 2022 holds five more, but at the path
    # the manifest reads, which ``kept`` refuses)
    ("neuroquery/pubget", "a5f1bc005f03f8598c8d2095bbee26fd1d6bea0e",
     r"^tests/data/article_sets/.*\.xml$"),
    # a literature-ingestion tool's PMC test articles (2025, its default branch's newest)
    ("matwasilewski/literature-ingest", "ecb1936c68acaf0a4f147bbb4d6f4c4b26a1bf15",
     r"^tests/resources/.*\.xml$"),
]  # fmt: skip
# SciELO's repositories, a copy of one by a SciELO developer and an editor's copies of SciELO's
# sample packages: their articles are SciELO's, in SciELO's markup
SCIELO_ORIGINS = frozenset(
    {
        "scieloorg/elixir",
        "scieloorg/texture_wrapper",
        "scieloorg/packtools",
        "scieloorg/PC-Programs",
        "scieloorg/core",
        "scieloorg/document-store-migracao",
        "scieloorg/Web",
        "robertatakenaka/scms-upload",
        "substance/texture",
    }
)
LICENCES = {
    "scieloorg/elixir": "BSD-style, SciELO (test files; each article under its own CC licence)",
    "scieloorg/texture_wrapper": "BSD-2-Clause (sample files; each article under its own CC "
    "licence)",
    "scieloorg/packtools": "BSD-style, SciELO (test fixtures; each article under its own CC "
    "licence)",
    "scieloorg/PC-Programs": "none stated (only this recipe; each article under its own CC "
    "licence)",
    "robertatakenaka/scms-upload": "BSD-3-Clause, SciELO (fixtures; each article under its own "
    "CC licence)",
    "scieloorg/core": "BSD-3-Clause (fixtures; each article under its own CC licence)",
    "scieloorg/document-store-migracao": "BSD-2-Clause (test fixtures; each article under its "
    "own CC licence)",
    "scieloorg/Web": "none stated (only this recipe; each article under its own CC licence)",
    "substance/texture": "MIT (sample files; each article under its own CC licence)",
    "docling-project/docling": "MIT (test sources; each article under its own CC licence)",
    "neuroquery/pubget": "MIT (PMC article sets of test data; each article under its own CC "
    "licence)",
    "matwasilewski/literature-ingest": "none stated (only this recipe; each article under its "
    "own CC licence)",
}
PER_JOURNAL = 25  # at most this many articles of one journal from one origin (commit)


half = partial(check_or_tune, "weak4")  # this set's check third and tuning rest


def drawn_identities(base: str, cache: Path) -> tuple:
    """The identities of the manifest and of every earlier extra set (``extra_weak3``'s
    included): what this set's articles must not share."""
    ids = extra_weak3.drawn_identities(base, cache)
    for _ in kept(extra_weak3.WEAK3, base, cache, ids, articles_of):
        pass  # session 53's set, so that no article is in two
    return ids


def as_scielo(found: Iterable[Found]) -> Iterator[Found]:
    """The articles of a SciELO repository, filed under ``scielo`` whatever their DOI prefix
    (a journal with a DOI prefix of its own, not SciELO's 10.1590, would otherwise be filed
    under its own name)."""
    for ident, doi, _, blob in found:
        yield ident, doi, "scielo", blob


def at_most(found: Iterable[Found], cap: int) -> list[Found]:
    """At most ``cap`` articles of each journal (``catalogue.describe``'s journal title),
    those of the lowest draws of ``weak4 keep <id>``, in the order found."""
    by_journal: dict[str, list[Found]] = defaultdict(list)
    items = list(found)
    for item in items:
        info = describe(item[3])
        by_journal[str(info["journal"]) if info else ""].append(item)
    chosen = set()
    for group in by_journal.values():
        group.sort(key=lambda item: _draw(item[0], "weak4 keep"))
        chosen.update(item[0] for item in group[:cap])
    return [item for item in items if item[0] in chosen]


def drawn(
    base: str, cache: Path, ids: tuple, scratch: Path
) -> Iterator[tuple[tuple[str, str, str], list[Found], list[Found]]]:
    """Each origin of ``WEAK4`` with the articles of it worth reading that no earlier one
    shares (``ids`` grows by all of them) and those of them this set takes (``at_most``):
    the rest are left for a later set (``extra_weak5``)."""
    for origin in WEAK4:
        found = worth_reading(kept([origin], base, cache, ids, articles_of), scratch)
        if origin[0] in SCIELO_ORIGINS:
            found = as_scielo(found)
        readable = list(found)
        yield origin, readable, at_most(readable, PER_JOURNAL)


def build(base: str, cache: Path, target: Path) -> Counter[str]:
    """Write the kept articles; returns how many per ``<half>/<publisher>``."""
    counts: Counter[str] = Counter()
    with tempfile.TemporaryDirectory() as tmp:
        for _, _, taken in drawn(base, cache, drawn_identities(base, cache), Path(tmp) / "a.xml"):
            counts += write_kept(taken, WANTED, half, target, 0)
    return counts


def main(argv: list[str] | None = None) -> int:
    args = recipe_arguments(__doc__, "/tmp/s10").parse_args(argv)
    return report_counts(build(args.git_base, args.cache, args.target), args.target)


if __name__ == "__main__":
    sys.exit(main())
