"""Choose the corpus's articles from the listed public repositories and write the manifest.

    python benchmarks/corpora/catalogue.py [--git-base TEMPLATE] [--target DIR]

For each origin in ``ORIGINS`` (repository, commit, which paths), every JATS article that has
a reference list and a Creative Commons or public-domain licence is kept, once (by DOI); its
source is its publisher (from the DOI prefix); its split is drawn from the SHA-1 of its id
(about 30% held out), each source with two articles or more keeping at least one held out
and one for development, and an article keeps the split the manifest already gives it, so
adding articles never moves one across. The chosen files are copied to the target too.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

from lxml import etree

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from corpora import jats_truth
from corpora.obtain import (
    GITHUB,
    MANIFEST,
    corpus_dir,
    list_files,
    read_file,
    repository,
    split_articles,
)
from corpora.origins import ORIGINS

# Origins whose articles are kept only with numbered citations: their author-year articles
# are humanities and social sciences (SciELO), plant and field biology (tigr2ess), ecology,
# psychology and eLife (the Europe PMC downloads), not the biomedical lists this corpus is for.
NUMBERED_ONLY = frozenset(
    {
        "scieloorg/packtools",
        "petermr/tigr2ess",
        "aishdharan/openvirusdev",
        "petermr/optogenetics",
        "ContentMine/ami",
        "ContentMine/norma",
        "0AlphaZero0/Text-Classification-Data-Citation-EuropePMC",
    }
)
# Origins whose articles are kept only with at least this many printed references (a
# broad download, most of whose publishers print none in their markup).
MIN_PRINTED = {"petermr/tigr2ess": 5}
# Origins that give many articles of one source: at most this many of each source are
# kept, those of the lowest draws (see _draw), so no publisher swamps the others.
PER_SOURCE = {
    "petermr/tigr2ess": {"plos": 30, "bmc": 12, "nature": 10, "frontiers": 10, "asm": 8},
    "aishdharan/openvirusdev": {"plos": 5, "mdpi": 4, "bmc": 4},
    "petermr/optogenetics": {"plos": 4, "mdpi": 4, "nature": 8},
    "ContentMine/ami": {"plos": 8, "bmc": 6, "hindawi": 8, "mdpi": 4},
    "ContentMine/norma": {"plos": 4, "bmc": 3},
    "0AlphaZero0/Text-Classification-Data-Citation-EuropePMC": dict(
        plos=10,
        bmc=10,
        nature=12,
        frontiers=6,
        mdpi=6,
        asm=6,
        hindawi=6,
        elsevier=12,
        impact=15,
        royalsociety=6,
        medknow=4,
    ),
}
# Origins that are one source whatever the journal: SciELO's markup, many small journals.
ORIGIN_SOURCE = {
    "scieloorg/packtools": "scielo",
    "scieloorg/core": "scielo",
    "scieloorg/scms-upload": "scielo",
    "scieloorg/document-store-migracao": "scielo",
    "scieloorg/PC-Programs": "scielo",
}
NUMBERED = frozenset({"bracket", "paren", "superscript", "bare"})
# DOI prefix -> source (the publisher); an unlisted prefix makes the journal's own source.
PUBLISHERS = {
    "10.1371": "plos",
    "10.1186": "bmc",
    "10.1002": "wiley",
    "10.1111": "wiley",
    "10.3389": "frontiers",
    "10.3390": "mdpi",
    "10.1093": "oup",
    "10.2147": "dove",
    "10.1136": "bmj",
    "10.1080": "tandf",
    "10.1158": "aacr",
    "10.1515": "degruyter",
    "10.32604": "techscience",
    "10.1042": "portland",
    "10.7150": "ivyspring",
    "10.1016": "elsevier",
    "10.1289": "niehs",
    "10.1038": "nature",
    "10.1590": "scielo",
    "10.1503": "cmaj",
    "10.1155": "hindawi",
    "10.18632": "impact",
    "10.1007": "springer",
    "10.1128": "asm",
    "10.1126": "aaas",
    "10.1098": "royalsociety",
    "10.1089": "liebert",
    "10.1017": "cambridge",
    "10.1097": "lww",
    "10.12688": "f1000",
    "10.1177": "sage",
    "10.1001": "jama",
    "10.4103": "medknow",
    "10.1073": "pnas",
    "10.3892": "spandidos",
    "10.1159": "karger",
    "10.2196": "jmir",
    "10.1055": "thieme",
    "10.3748": "baishideng",
}
HELDOUT_SHARE = 0.3
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=True)


def _strings(root: etree._Element, xpath: str) -> list[str]:
    """The text of each node an XPath finds (an attribute's value, an element's text)."""
    found = root.xpath(xpath)
    nodes = found if isinstance(found, list) else [found]
    out = []
    for node in nodes:
        text = "".join(map(str, node.itertext())) if isinstance(node, etree._Element) else node
        out.append(" ".join(str(text).split()))
    return out


def _first(root: etree._Element, xpath: str) -> str | None:
    return next((s for s in _strings(root, xpath) if s), None)


def licence(root: etree._Element) -> str | None:
    """A short name for the article's licence, or None when it states no open licence."""
    lic = "//*[local-name()='license']"
    said = " ".join(
        _strings(root, f"{lic}//@*[local-name()='href'] | {lic}//*[local-name()='license_ref']")
    )
    if m := re.search(r"creativecommons\.org/licenses/([a-z-]+)/(\d\.\d)", said):
        return f"CC {m.group(1).upper()} {m.group(2)}"
    if "publicdomain/zero" in said:
        return "CC0 1.0"
    if "publicdomain/mark" in said:
        return "public domain"
    text = _first(root, lic) or ""
    if "Creative Commons Attribution License" in text:
        return "CC BY (stated in the licence text)"
    if "public domain" in text.lower():
        return "public domain"
    return None


def describe(data: bytes) -> dict[str, object] | None:
    """What the manifest records of one candidate file, or None when it is not kept."""
    try:
        root = etree.fromstring(data, _PARSER)
    except etree.XMLSyntaxError:
        return None
    if etree.QName(root).localname != "article" or not root.xpath("//*[local-name()='ref']"):
        return None
    meta = "//*[local-name()='article-meta']/*[local-name()='article-id']"
    doi = _first(root, f"{meta}[@pub-id-type='doi']")
    pmcid = _first(root, f"{meta}[@pub-id-type='pmc' or @pub-id-type='pmcid']")
    journal = _first(root, "//*[local-name()='journal-title']") or ""
    lic = licence(root)
    if lic is None or doi is None:
        return None
    prefix = doi.split("/")[0]
    source = PUBLISHERS.get(prefix) or re.sub(r"[^a-z0-9]+", "-", journal.lower()).strip("-")
    publisher = _first(root, "//*[local-name()='journal-meta']//*[local-name()='publisher-name']")
    return {
        "doi": doi,
        "pmcid": f"PMC{pmcid.removeprefix('PMC')}" if pmcid else None,
        "journal": journal,
        "publisher": publisher or source,
        "licence": lic,
        "source": source,
    }


def candidates(cache: Path, base: str) -> Iterator[tuple[str, str, str, bytes]]:
    """Each file of each origin, read when it is reached (an origin may hold thousands)."""
    for repo, commit, pattern in ORIGINS:
        git_dir = repository(repo, commit, cache, base)
        for name in filter(re.compile(pattern).search, list_files(git_dir, commit)):
            yield repo, commit, name, read_file(git_dir, commit, name)


def _draw(article_id: str) -> float:
    return int(hashlib.sha1(article_id.encode()).hexdigest()[:8], 16) / 2**32


def assign_splits(rows: list[dict[str, object]], previous: dict[str, str]) -> None:
    """Held out by hash, stratified by source; a split already recorded never changes."""
    by_source: dict[str, list[dict[str, object]]] = defaultdict(list)
    for row in rows:
        by_source[str(row["source"])].append(row)
        key = str(row["file"])
        row["split"] = previous.get(key) or ("heldout" if _draw(key) < HELDOUT_SHARE else "dev")
    for group in by_source.values():
        if len(group) < 2:
            continue
        fresh = sorted(
            (r for r in group if str(r["file"]) not in previous),
            key=lambda r: _draw(str(r["file"])),
        )
        for want in ("heldout", "dev"):
            if fresh and not any(r["split"] == want for r in group):
                pick = fresh[0] if want == "heldout" else fresh[-1]
                pick["split"] = want


def build(cache: Path, base: str, target: Path) -> list[dict[str, object]]:
    previous = {}
    if MANIFEST.exists():
        for row in json.loads(MANIFEST.read_text(encoding="utf-8"))["articles"]:
            previous[str(row["file"])] = str(row["split"])
    rows: list[dict[str, object]] = []
    seen: set[str] = set()
    for repo, commit, name, blob in candidates(cache, base):
        try:
            parts = split_articles(blob)
        except etree.XMLSyntaxError:
            continue
        for index, data in enumerate(parts):
            info = describe(data)
            # an article already taken is not written again: its file is the first origin's
            if info is None or str(info["doi"]).lower() in seen:
                continue
            info["source"] = ORIGIN_SOURCE.get(repo, info["source"])
            where = (repo, commit, name, index if len(parts) > 1 else None)
            row = _row(where, blob, data, info, target)
            few = int(str(row["n_printed_refs"])) < MIN_PRINTED.get(repo, 0)
            if few or (repo in NUMBERED_ONLY and row["marker_style"] not in NUMBERED):
                (target / str(row["file"])).unlink()
                continue
            seen.add(str(row["doi"]).lower())
            rows.append(row)
    rows = _cap(rows, previous, target)
    assign_splits(rows, previous)
    rows.sort(key=lambda r: str(r["file"]))
    return rows


def _cap(
    rows: list[dict[str, object]], previous: dict[str, str], target: Path
) -> list[dict[str, object]]:
    """At most PER_SOURCE[origin][source] articles of a source from an origin: those the
    manifest already has, then the lowest draws of their ids with "keep " before them (a
    draw of its own: the split's draw would keep only held-out articles)."""
    kept: list[dict[str, object]] = []
    groups: dict[tuple[str, str], list[dict[str, object]]] = defaultdict(list)
    for row in rows:
        cap = PER_SOURCE.get(str(row["repo"]), {}).get(str(row["source"]))
        if cap is None:
            kept.append(row)
        else:
            groups[(str(row["repo"]), str(row["source"]))].append(row)
    for (repo, source), group in groups.items():
        group.sort(key=lambda r: (str(r["file"]) not in previous, _draw(f"keep {r['file']}")))
        kept += group[: PER_SOURCE[repo][source]]
        for row in group[PER_SOURCE[repo][source] :]:
            (target / str(row["file"])).unlink()
    return kept


Where = tuple[str, str, str, int | None]


def _row(
    where: Where, blob: bytes, data: bytes, info: dict[str, object], target: Path
) -> dict[str, object]:
    """The manifest's row for one article (``where``: repository, commit, path, index in an
    article set), the article written to the target."""
    repo, commit, name, index = where
    ident = info["pmcid"] or re.sub(r"[^A-Za-z0-9.-]+", "_", str(info["doi"]))
    file = f"jats/{info['source']}/{ident}.xml"
    out = target / file
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(data)
    refs = jats_truth.references(out)
    marks = jats_truth.markers(out)
    return {
        "file": file,
        "source": info["source"],
        "repo": repo,
        "commit": commit,
        "path_in_repo": name,
        "article_index": index,
        "sha256": hashlib.sha256(blob).hexdigest(),
        "licence": info["licence"],
        "journal": info["journal"],
        "publisher": info["publisher"],
        "doi": info["doi"],
        "marker_style": marks.style,
        "n_refs": len(refs),
        "n_printed_refs": sum(1 for r in refs if r.text),
        "n_markers": len(marks.printed.markers),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--git-base", default=GITHUB, help="as for obtain.py (default: GitHub)")
    ap.add_argument("--cache", type=Path, default=Path.home() / ".cache" / "blinarefs" / "git")
    ap.add_argument("--target", type=Path, default=None, help="default: corpus_dir()")
    args = ap.parse_args(argv)
    target = args.target or corpus_dir()
    rows = build(args.cache, args.git_base, target)
    text = json.dumps({"articles": rows}, indent=1, ensure_ascii=False) + "\n"
    MANIFEST.write_text(text, encoding="utf-8")
    (target / "MANIFEST.json").write_text(text, encoding="utf-8")
    (target / "READY").write_text(f"{len(rows)} articles\n", encoding="utf-8")
    print(f"{len(rows)} articles in {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
