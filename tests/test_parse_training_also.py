"""``train_parser.py --also GLOB``: more JATS articles to train on (the extra sets' tune
halves), each file once, never one of the manifest's articles (the held-out ones above
all), and without the sources a leave-out experiment scores the model on."""

from __future__ import annotations

import json
from pathlib import Path

from blinarefs.parse.training.train import Recipe, also_articles, examples

ARTICLE = """<article><back><ref-list><ref id="r1"><mixed-citation publication-type="journal">
<person-group person-group-type="author"><name><surname>Roe</surname><given-names>J</given-names>
</name></person-group>. <article-title>A made-up study of widgets</article-title>.
<source>J Example Med</source>.
<year>2030</year>;<volume>12</volume>:<fpage>100</fpage>-<lpage>110</lpage>.
</mixed-citation></ref></ref-list></back></article>"""


def _extra_set(root: Path) -> None:
    for source, name in [
        ("plos", "PMC1.xml"),
        ("oup", "PMC2.xml"),
        ("wiley", "PMC3.xml"),
        ("wiley", "PMC9.xml"),
    ]:
        (root / "tune" / source).mkdir(parents=True, exist_ok=True)
        (root / "tune" / source / name).write_text(ARTICLE, encoding="utf-8")
    (root / "again" / "plos").mkdir(parents=True)
    (root / "again" / "plos" / "PMC1.xml").write_text(ARTICLE, encoding="utf-8")


def test_also_skips_left_out_folders_manifest_articles_and_repeats(tmp_path: Path) -> None:
    _extra_set(tmp_path / "extra")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    manifest = [{"file": "jats/wiley/PMC9.xml", "source": "wiley", "split": "heldout"}]
    (corpus / "MANIFEST.json").write_text(json.dumps(manifest), encoding="utf-8")
    patterns = [f"{tmp_path}/extra/tune/*/*.xml", f"{tmp_path}/extra/again/*/*.xml"]
    found = also_articles(patterns, frozenset({"oup"}), corpus=corpus)
    assert [(p.parent.name, p.name) for p in found] == [("plos", "PMC1.xml"), ("wiley", "PMC3.xml")]


def test_an_also_article_is_trained_on_as_a_dev_one(tmp_path: Path) -> None:
    _extra_set(tmp_path / "extra")
    found = also_articles([f"{tmp_path}/extra/tune/plos/*.xml"])
    text, labels = next(examples(Recipe(tuple(found), (), renderings=0)))
    assert text.startswith("Roe J. A made-up study of widgets.")
    assert {"author", "title", "container", "year", "volume", "pages"} <= set(labels)
