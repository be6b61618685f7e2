"""More real material for the claims benchmark and the marker decoder (stop 58): the JATS full
texts that the repositories earlier recipes read hold at commits or folders none of them read,
of journals that cite by number, outside the manifest and every earlier extra set, written
outside the repository in a tuning two thirds and a check third.

    python benchmarks/corpora/extra_history.py [--git-base TEMPLATE] [--cache DIR]
        [--target /tmp/s12]
    BLINAREFS_CORPORA=DIR python benchmarks/bench_parse.py \\
        --files '/tmp/s12/tune/*/*.xml' --no-speed
    BLINAREFS_CORPORA=DIR python benchmarks/bench_markers.py \\
        --files '/tmp/s12/tune/*/*.xml' --baseline none

Why: the claims benchmark had judged every numbered journal of the earlier sets (stop 57), and
no public repository small enough to copy was found holding more. The repositories already read
hold more in their histories: each earlier recipe read one or a few commits, with a path
pattern, and took only the publishers it wanted. The whole histories of the local copies
hold 394 numbered articles that no earlier recipe read, of about a hundred journals, most of them
never judged for claims (BMC's, Hindawi's, MDPI's, Frontiers in Immunology, PLoS Pathogens, the
Journal of Infectious Diseases ...): a data-citation classifier's earlier article folder, named
by PubMed id where the later ones are named by PMCID (``HISTORY``' first origin, 2019), the
CRAFT corpus's 97 PMC articles (BMC and PLOS, 2000s), a reading system's and a document
converter's test articles at other commits, and the content-mining projects' folders the earlier
patterns left out.

Kept as ``extra_superscript.kept`` keeps (a DOI, a reference list, the article's own Creative
Commons or public-domain licence; once; each article of a PMC article set read on its own,
``extra_weak3.articles_of``), when no manifest entry (either split) and no article any earlier
recipe read shares its DOI, PMCID, SHA-256 or origin path (``drawn_identities``: every identity
``extra_weak4``'s chain reads, its own origins included; ``extra_weak5`` reads nothing more),
and when its markup cites by number (``NUMBERED``: brackets, parentheses, superscripts or bare
numbers, ``jats_truth.markers``), however many references it prints (the marker and claims
benchmarks read the list's size only; the parse benchmark scores the printed ones). Each is
written to ``<target>/<half>/<publisher>/<id>.xml`` (``extra_weak.write_kept``, every
publisher); the half is drawn from the SHA-1 of the id with this set's own salt (a third
``check``, read once by the lead; the rest ``tune``). The articles are third-party texts under
their own licences, read for evaluation only and never committed; each repository's own licence
is in ``LICENCES``.

The repositories are read at the commits below (a local copy works too: ``--git-base
'DIR/{owner}+{name}'`` naming each one's git directory).
"""

from __future__ import annotations

import sys
import tempfile
from collections import Counter
from collections.abc import Iterable, Iterator
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from corpora import extra_weak4, jats_truth
from corpora.extra_dev import check_or_tune, recipe_arguments, report_counts
from corpora.extra_superscript import kept
from corpora.extra_weak import write_kept
from corpora.extra_weak3 import articles_of

NUMBERED = frozenset({"bracket", "paren", "superscript", "bare"})
# (repository, commit, paths): commits of the earlier origins' histories, with the folders that
# hold articles no earlier recipe read
HISTORY = [
    # the data-citation classifier's article folder before its files were renamed by PMCID
    # (2019-03-25, 240 numbered articles), and a folder of one more commit (2019-04-02)
    ("0AlphaZero0/Text-Classification-Data-Citation-EuropePMC",
     "5978d181f3434213c719193e3fa54fd51bc70554", r"^Scripts/articlesOA/[^/]+\.xml$"),
    ("0AlphaZero0/Text-Classification-Data-Citation-EuropePMC",
     "fe479cf0ddaadc37a2e11c7c2db76c239443fb4f",
     r"^Pipeline Dataset Creation/articlesOA/[^/]+\.xml$"),
    # the CRAFT corpus's PMC articles (its default branch, 2022)
    ("UCDenver-ccp/CRAFT", "2abe82b8bb8089448b84937d5f61d8c218011322", r"^articles/nxml/.*\.nxml$"),
    # ContentMine's test articles not named fulltext.xml (the manifest's commit) and a norma
    # folder of 2017
    ("ContentMine/ami", "77524a52dec5e652cb66fef64473f4f56ec5e064",
     r"^src/test/resources/org/xmlcml/ami2/(sections/plosone|species/bad|species/many)/[^/]+\.xml$"),
    ("ContentMine/norma", "8f2b8289eeb54b89adb1de114d53dd6e43433152",
     r"^src/test/resources/org/xmlcml/norma/shtml/ursus/.*\.xml$"),
    # the reading system's test inputs (2021), one paper at its root (2023), its papers (2019)
    ("clulab/reach", "d3cb84b0eda6dac7ced931c212fe9f9d69a56029",
     r"^(main/src/test/resources/inputs/(nxml|test-nxml)|src/test/resources/testCrashes)/.*\.nxml$"),
    ("clulab/reach", "d9196f667c5b42ee9accd6c1dac8f84ede035e53", r"^paper\.nxml$"),
    ("clulab/reach", "faaad680d1de0f2e4e686c829b257cd594fa00b1", r"^papers/.*\.nxml$"),
    # the document converter's JATS test sources at two other commits (2024, 2026)
    ("docling-project/docling", "7867014d0b665c25c9432cdd248d4b15d0d396b9",
     r"^tests/data/xml/.*\.n?xml$"),
    ("docling-project/docling", "e84a6239aa4945938406e163574a265553e1a15b",
     r"^tests/data/jats/sources/.*\.n?xml$"),
    # the content-mining projects' folders the earlier patterns left out
    ("petermr/amilib", "0cc4e8a131d677c9914e8e927b7ca66ce3209a22",
     r"^test/resources/jats/amoc/.*\.xml$"),
    ("petermr/forestplots", "d9bab693e78e721279459c87a79b1bb83ae95bcd",
     r"^(spss|stata)/PMC\d+/fulltext\.xml$"),
    ("petermr/tigr2ess", "2ee82724ed07dc043fb666c68e21bcc4c24b6bc9",
     r"^ami-species-testrun-ocimum/.*/fulltext\.xml$"),
    ("semanticClimate/ai-automated-literature-review", "c9f3d7063c43610217940c400390a3e30d532af1",
     r"^outputs/corpus_creation_pygetpapers/PMC\d+/fulltext\.xml$"),
    ("semanticClimate/semantic_corpus", "4193e70ca75dd143cb97c3c7546b9a81be66f823",
     r"^docs/ILAKKYA_S/AQI_XML_DATABASE/.*\.xml$"),
    ("semanticClimate/semantic_corpus", "53a4cc3def46101d2220a48da6014c3a96ac78fe",
     r"^corpora/akalya_project/.*\.xml$"),
    # the markup programs' PMC samples (2012)
    ("scieloorg/PC-Programs", "630e821afe07c45c8f057f0fc233603f1b9cc698",
     r"^src/scielo/bin/PMCXMLTools/loader/xml_samples/.*\.xml$"),
]  # fmt: skip
LICENCES = {
    "0AlphaZero0/Text-Classification-Data-Citation-EuropePMC": "none stated (only this recipe; "
    "each article under its own CC licence)",
    "UCDenver-ccp/CRAFT": "CC BY 3.0 (the annotations; each article under its own CC licence)",
    "ContentMine/ami": "Apache-2.0 (each article under its own CC licence)",
    "ContentMine/norma": "Apache-2.0 (each article under its own CC licence)",
    "clulab/reach": "its own licence (free for research, not for commercial use; recipe only: "
    "each article under its own CC licence)",
    "docling-project/docling": "MIT (test sources; each article under its own CC licence)",
    "petermr/amilib": "Apache-2.0 (each article under its own CC licence)",
    "petermr/forestplots": "Apache-2.0 (each article under its own CC licence)",
    "petermr/tigr2ess": "CC BY 4.0 (Europe PMC open-access full texts)",
    "semanticClimate/ai-automated-literature-review": "Apache-2.0 (each article under its own "
    "CC licence)",
    "semanticClimate/semantic_corpus": "Apache-2.0 (each article under its own CC licence)",
    "scieloorg/PC-Programs": "none stated (only this recipe; each article under its own CC "
    "licence)",
}


half = partial(check_or_tune, "history")  # this set's check third and tuning rest


def drawn_identities(base: str, cache: Path) -> tuple:
    """Every identity an earlier recipe reads: ``extra_weak4.drawn_identities`` grown by
    ``extra_weak4``'s own origins (``extra_weak5`` reads the same), whether or not the article
    was written."""
    ids = extra_weak4.drawn_identities(base, cache)
    with tempfile.TemporaryDirectory() as tmp:
        for _ in extra_weak4.drawn(base, cache, ids, Path(tmp) / "a.xml"):
            pass
    return ids


def numbered(found: Iterable[extra_weak4.Found], scratch: Path) -> Iterator[extra_weak4.Found]:
    """The articles of ``found`` whose markup cites by number, read through a scratch file (the
    marker reader reads paths)."""
    for item in found:
        scratch.write_bytes(item[3])
        if jats_truth.markers(scratch).style in NUMBERED:
            yield item


def build(base: str, cache: Path, target: Path) -> Counter[str]:
    """Write the kept articles; returns how many per ``<half>/<publisher>``."""
    found = kept(HISTORY, base, cache, drawn_identities(base, cache), articles_of)
    with tempfile.TemporaryDirectory() as tmp:
        return write_kept(numbered(found, Path(tmp) / "a.xml"), None, half, target, 0)


def main(argv: list[str] | None = None) -> int:
    args = recipe_arguments(__doc__, "/tmp/s12").parse_args(argv)
    return report_counts(build(args.git_base, args.cache, args.target), args.target)


if __name__ == "__main__":
    sys.exit(main())
