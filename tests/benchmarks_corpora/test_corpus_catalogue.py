"""The corpus recipe's own logic: splits, licences, article sets, the manifest filter."""

from __future__ import annotations

import hashlib
import json
import subprocess
from pathlib import Path

import pytest
from corpora import catalogue
from corpora.catalogue import assign_splits, licence
from corpora.obtain import articles, obtain, split_articles
from lxml import etree


def rows(source: str, n: int) -> list[dict[str, object]]:
    return [{"file": f"jats/{source}/a{i}.xml", "source": source} for i in range(n)]


def test_splits_are_stratified_and_never_move() -> None:
    table = rows("big", 40) + rows("pair", 2) + rows("lone", 1)
    assign_splits(table, {})
    for source in ("big", "pair"):
        splits = {r["split"] for r in table if r["source"] == source}
        assert splits == {"dev", "heldout"}, source
    held = sum(r["split"] == "heldout" for r in table if r["source"] == "big")
    assert 4 <= held <= 20  # about 30% of 40
    previous = {str(r["file"]): str(r["split"]) for r in table}
    grown = [dict(r) for r in table] + rows("big2", 5)
    assign_splits(grown, previous)
    assert all(r["split"] == previous[str(r["file"])] for r in grown if str(r["file"]) in previous)


def test_licence_names() -> None:
    def lic(inner: str) -> str | None:
        xml = (
            '<article xmlns:xlink="http://www.w3.org/1999/xlink"><front><article-meta>'
            f"<permissions><license {inner}</license></permissions>"
            "</article-meta></front></article>"
        )
        return licence(etree.fromstring(xml))

    assert lic('xlink:href="https://creativecommons.org/licenses/by-nc/4.0/">x') == "CC BY-NC 4.0"
    assert lic(
        "><license-p>Made up, under the Creative Commons Attribution License.</license-p>"
    ) == ("CC BY (stated in the licence text)")
    assert lic("><license-p>All rights reserved.</license-p>") is None


def test_article_sets_are_split_and_single_articles_kept_as_they_are() -> None:
    one = b"<article><body/></article>"
    assert split_articles(one) == [one]
    many = b"<pmc-articleset><article><body>A</body></article><article/></pmc-articleset>"
    parts = split_articles(many)
    assert len(parts) == 2 and b"<body>A</body>" in parts[0]


def test_articles_filters_the_manifest_and_skips_missing_files(tmp_path: Path) -> None:
    base = {
        "repo": "o/r", "commit": "0" * 40, "path_in_repo": "p.xml", "article_index": None,
        "sha256": "", "licence": "CC BY 4.0", "journal": "J", "publisher": "P", "doi": None,
        "n_refs": 1, "n_printed_refs": 1, "n_markers": 1,
    }  # fmt: skip
    table = [
        {**base, "file": "jats/a/1.xml", "source": "a", "marker_style": "bracket", "split": "dev"},
        {
            **base,
            "file": "jats/a/2.xml",
            "source": "a",
            "marker_style": "paren",
            "split": "heldout",
        },
        {**base, "file": "jats/b/3.xml", "source": "b", "marker_style": "paren", "split": "dev"},
    ]
    manifest = tmp_path / "manifest.json"
    manifest.write_text(json.dumps({"articles": table}), encoding="utf-8")
    for row in table[:2]:
        (tmp_path / str(row["file"])).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / str(row["file"])).write_text("<article/>", encoding="utf-8")
    found = articles(root=tmp_path, manifest=manifest)
    assert [a.file for a in found] == ["jats/a/1.xml", "jats/a/2.xml"]  # 3 is missing
    assert [a.file for a in articles(split="heldout", root=tmp_path, manifest=manifest)] == [
        "jats/a/2.xml"
    ]
    assert articles(marker_style="paren", source="b", root=tmp_path, manifest=manifest) == []
    assert found[0].path == tmp_path / "jats/a/1.xml"


def git(cwd: Path, *args: str) -> str:
    done = subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True, text=True)
    return done.stdout.strip()


def test_obtain_rebuilds_from_a_repository_and_checks_each_file(tmp_path: Path) -> None:
    origin = tmp_path / "someone+papers"
    (origin / "data").mkdir(parents=True)
    one = b"<article><back><ref-list/></back></article>"
    sets = b"<pmc-articleset><article>A</article><article>B</article></pmc-articleset>"
    (origin / "data" / "one.xml").write_bytes(one)
    (origin / "data" / "set.xml").write_bytes(sets)
    git(origin, "init", "-q")
    git(origin, "add", ".")
    git(origin, "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "papers")
    commit = git(origin, "rev-parse", "HEAD")
    row = {"repo": "someone/papers", "commit": commit, "source": "s", "split": "dev"}
    table = [
        {**row, "file": "jats/s/1.xml", "path_in_repo": "data/one.xml", "article_index": None,
         "sha256": hashlib.sha256(one).hexdigest()},
        {**row, "file": "jats/s/2.xml", "path_in_repo": "data/set.xml", "article_index": 1,
         "sha256": hashlib.sha256(sets).hexdigest()},
        {**row, "file": "jats/s/3.xml", "path_in_repo": "data/one.xml", "article_index": None,
         "sha256": "0" * 64},
    ]  # fmt: skip
    manifest = tmp_path / "manifest.json"
    manifest.write_text(json.dumps({"articles": table}), encoding="utf-8")
    target = tmp_path / "corpus"
    base = f"file://{tmp_path}/{{owner}}+{{name}}"
    assert obtain(target, tmp_path / "cache", base, manifest) == 1  # the third is refused
    assert (target / "jats/s/1.xml").read_bytes() == one
    assert (target / "jats/s/2.xml").read_bytes().endswith(b"<article>B</article>")
    assert not (target / "jats/s/3.xml").exists()
    assert (target / "READY").read_text() == "2 articles\n"


def test_a_capped_source_keeps_what_it_had_then_an_unbiased_draw(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(catalogue, "PER_SOURCE", {"o/r": {"big": 10}})
    table = [{**r, "repo": "o/r"} for r in rows("big", 40) + rows("small", 3)]
    for row in table:
        (tmp_path / str(row["file"])).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / str(row["file"])).write_text("<article/>", encoding="utf-8")
    had = {"jats/big/a39.xml": "dev"}
    kept = catalogue._cap(table, had, tmp_path)
    big = [r for r in kept if r["source"] == "big"]
    assert len(big) == 10 and sum(r["source"] == "small" for r in kept) == 3
    assert "jats/big/a39.xml" in {r["file"] for r in big}
    assert len(list((tmp_path / "jats" / "big").iterdir())) == 10  # the rest are removed
    assign_splits(kept, had)
    # the cap's draw is not the split's: a capped source is not all held out
    assert 3 <= sum(r["split"] == "dev" for r in big if r["file"] not in had) <= 9
