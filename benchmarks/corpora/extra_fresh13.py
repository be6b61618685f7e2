"""Never-tuned material for the claims benchmark and the marker decoder (stop 60): the JATS full
texts of public repositories no earlier recipe read (publishers' test articles, JATS tools'
fixtures, PMC parsers' samples), of journals that cite by number, outside the manifest and
every earlier extra set, written outside the repository in a tuning two thirds and a check
third.

    python benchmarks/corpora/extra_fresh13.py [--git-base TEMPLATE] [--cache DIR]
        [--target /tmp/s13]
    BLINAREFS_CORPORA=DIR python benchmarks/bench_markers.py \\
        --files '/tmp/s13/tune/*/*.xml' --baseline none

Why: the tuning two thirds of ``extra_history`` were nearly used up for fresh claim samples
(four articles of a journal no round had judged were left after stop 59), and its check third
had been read twice. The repositories below were found by name (``find_repos``: jats, pmc,
plos, europepmc, citation-context, pmc-xml, jats2 ...) and copied; every XML blob of their whole
histories was read for an article with a DOI, a reference list and an open licence. Most of
them are PLOS's own production code (its article-serving applications' test articles: PLoS ONE,
Biology, Medicine, Pathogens, Computational Biology, Genetics, Neglected Tropical Diseases, 2005
to 2017), the rest a few articles each of BioMed Central, MDPI, Hindawi, De Gruyter and other
journals that the earlier sets hold few of or none.

Kept as ``extra_history`` keeps (``extra_superscript.kept``: a DOI, a reference list, the
article's own Creative Commons or public-domain licence; once; each article of a PMC article set
read on its own), when no manifest entry (either split) and no article any earlier recipe read,
``extra_history``'s included, shares its DOI, PMCID, SHA-256 or origin path
(``drawn_identities``), and when its markup cites by number (``extra_history.numbered``).
Each is written to ``<target>/<half>/<publisher>/<id>.xml`` (``extra_weak.write_kept``, every
publisher); the half is drawn from the SHA-1 of the id with this set's own salt (a third
``check``, read once by the lead; the rest ``tune``), fixed before any article was read. The
articles are third-party texts under their own licences, read for evaluation only and never
committed; each repository's own licence is in ``LICENCES``.

The repositories are read at the commits below, found by reading each one's history for the
commits that hold its articles (a local copy works too: ``--git-base 'DIR/{owner}+{name}'``
naming each one's git directory).
"""

from __future__ import annotations

import sys
import tempfile
from collections import Counter
from collections.abc import Callable
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from corpora import extra_history
from corpora.extra_dev import check_or_tune, recipe_arguments, report_counts
from corpora.extra_superscript import kept
from corpora.extra_weak import write_kept
from corpora.extra_weak3 import articles_of

# (repository, commit, paths): the commits of each history that hold its articles
FRESH13 = [
    # PLOS's article-serving applications: their test articles (2012-2017)
    ("PLOS/wombat", "aa136e2ad98d320efedc00fd38f42cb0efdd5c7d",
     r"^src/test/resources/(jats|peer-review)/[^/]+\.xml$"),
    ("PLOS/rhino", "6ada5a56b5b64511add64a4a5e767fdfea0b1bcc",
     r"^(src/test/resources/articles|test/data/RelatedArticle)/[^/]+\.xml$"),
    ("PLOS/rhino", "6675739ed6fed4094210751824dd5ddec0fd0dfd",
     r"^src/test/resources/articles/[^/]+\.xml$"),
    ("PLOS/rhino", "73e41e4731c75b5a80cbc4b01d3bbcbb9ce4075b",
     r"^src/test/resources/articles/[^/]+\.xml$"),
    ("rskonnord-plos/ambra", "8c055b4838b585393afd0fc26ca1232c56a3a676",
     r"^base/src/test/resources/(articles|filestore/10\.1371/[^/]+)/[^/]+\.xml$"),
    ("rskonnord-plos/ambra", "146c3a978ae1e08a1babc1c08791cbb0d44695e8",
     r"^base/src/test/resources/filestore/10\.1371/[^/]+/[^/]+\.xml$"),
    ("rskonnord-plos/ambra", "4241aac2e39221dc5db226904ae0ec0df498b2e4",
     r"^base/src/test/resources/filestore/10\.1371/[^/]+/[^/]+\.xml$"),
    ("PLOS/rich_citations", "6939cda81679ef76b534659fec2d26d6d9879506", r"^fixtures/[^/]+\.xml$"),
    # a PMC parser's sample articles (BMC and others, 2005)
    ("anirs1017/PMC_XML_Parser", "cd2840750fda8e7a831dd6177951ae84145a2f88",
     r"^(sample_data|tests)/PMC\d+/[^/]+\.n?xml$"),
    # a text-mining package's examples of many publishers
    ("ropensci/pubchunks", "4e518537cc3c5270246b4ad08df59171519633a0",
     r"^inst/examples/[^/]+\.xml$"),
    # an XML differ's MDPI articles (the originals, not their edited copies)
    ("milos-cuculovic/jats-diff", "6366bdc2b3f9c02e33d53a9d9d98842359de70ac",
     r"^examples/.*/orig\.xml$"),
    ("milos-cuculovic/jats-diff", "d34cbc929818fe0146df57d5597a594d8406e023",
     r"^src/test/examples/.*/orig\.xml$"),
    # JATS converters' sample articles
    ("konrad/JATS-to-Mediawiki", "432843aea4fbe94cd7763f644d9e04fe0ad6fc3e",
     r"^scripts/samples/PMC\d+/[^/]+\.n?xml$"),
    ("kryonknowledgeworks/jats-xml-to-html-parser", "cbb2a78d467e54e9cfd87f6011ab8ab6703e74fa",
     r"^src/main/resources/jats(/picture)?/[^/]+\.xml$"),
    ("kryonknowledgeworks/jats-xml-to-html-parser", "bcddf1dd7cf6958701ce950dcf104f182042f94d",
     r"^xml/[^/]+\.xml$"),
    ("castedo/epijats", "bf12ab734792c6d0d00b7314058950bbbb56fae0",
     r"^tests/cases/article/PMC\d+/[^/]+\.xml$"),
    ("hubgit/jats-to-xmp", "64a8e59bd54f38d9aea9d1f447201e44e77c685b", r"^example/[^/]+\.xml$"),
    ("Vitaliy-1/JATS2LaTeX", "d6bdca423205b230777ac2dcfacdf2ffda276517", r"^example/[^/]+\.xml$"),
    # a preprint platform's converter: the bioRxiv and medRxiv preprints it is tested on (2021-2023)
    ("elifesciences/enhanced-preprints-biorxiv-xslt", "2c3abf031634440c242a937cbaebc4d841826075",
     r"^test/fixtures/([^/]+/)?[^/]+\.xml$"),
    # a publisher's production robot: a preprint's JATS
    ("elifesciences/elife-bot", "13d6d7db30179209faa44adf806aa1bc50cd6552",
     r"^tests/files_source/epp/automation/\d+/v\d+/[^/]+\.xml$"),
]  # fmt: skip
LICENCES = {
    "PLOS/wombat": "MIT (test articles; each article under its own CC licence)",
    "PLOS/rhino": "MIT (test articles; each article under its own CC licence)",
    "rskonnord-plos/ambra": "none stated in the copy (only this recipe; each article under its "
    "own CC licence)",
    "PLOS/rich_citations": "MIT (each article under its own CC licence)",
    "anirs1017/PMC_XML_Parser": "none stated (only this recipe; each article under its own CC "
    "licence)",
    "ropensci/pubchunks": "MIT (each article under its own CC licence)",
    "milos-cuculovic/jats-diff": "none stated (only this recipe; each article under its own CC "
    "licence)",
    "konrad/JATS-to-Mediawiki": "none stated (only this recipe; each article under its own CC "
    "licence)",
    "kryonknowledgeworks/jats-xml-to-html-parser": "none stated (only this recipe; each "
    "article under its own CC licence)",
    "castedo/epijats": "MIT (each article under its own CC licence)",
    "hubgit/jats-to-xmp": "none stated (only this recipe; each article under its own CC licence)",
    "Vitaliy-1/JATS2LaTeX": "GPL-3.0 (the converter; each article under its own CC licence)",
    "elifesciences/enhanced-preprints-biorxiv-xslt": "MIT (each preprint under its own CC licence)",
    "elifesciences/elife-bot": "MIT (each article under its own CC licence)",
}


half = partial(check_or_tune, "fresh13")  # this set's check third and tuning rest


def grown(ids: tuple, origins: list, base: str, cache: Path) -> tuple:
    """``ids`` grown by every identity ``origins`` hold, whether or not the article is written
    (a later recipe's articles must be in none of them)."""
    for _ in kept(origins, base, cache, ids, articles_of):
        pass
    return ids


def write_numbered(
    origins: list, ids: tuple, half_of: Callable[..., str], base: str, cache: Path, target: Path
) -> Counter[str]:
    """Write the numbered articles ``origins`` hold outside ``ids``, each in the half
    ``half_of`` draws; returns how many per ``<half>/<publisher>``."""
    found = kept(origins, base, cache, ids, articles_of)
    with tempfile.TemporaryDirectory() as tmp:
        numbered = extra_history.numbered(found, Path(tmp) / "a.xml")
        return write_kept(numbered, None, half_of, target, 0)


def drawn_identities(base: str, cache: Path) -> tuple:
    """Every identity an earlier recipe reads: ``extra_history.drawn_identities`` grown by
    ``extra_history``'s own origins (stop 58's set, so that no article is in two)."""
    return grown(extra_history.drawn_identities(base, cache), extra_history.HISTORY, base, cache)


def build(base: str, cache: Path, target: Path) -> Counter[str]:
    """Write the kept articles; returns how many per ``<half>/<publisher>``."""
    return write_numbered(FRESH13, drawn_identities(base, cache), half, base, cache, target)


def main(argv: list[str] | None = None) -> int:
    args = recipe_arguments(__doc__, "/tmp/s13").parse_args(argv)
    return report_counts(build(args.git_base, args.cache, args.target), args.target)


if __name__ == "__main__":
    sys.exit(main())
