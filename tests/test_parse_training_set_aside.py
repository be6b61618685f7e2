"""``train_parser.py --leave-out-articles FILE``: an article hold-aside, so a model can be
scored on unseen articles of the publishers it was trained on; the list names files, so
the same list serves a smaller, older corpus laid out apart."""

from __future__ import annotations

import json
from pathlib import Path

from blinarefs.parse.training.train import also_articles, article_names, dev_articles


def _corpus(root: Path) -> Path:
    manifest = [
        {"file": "jats/oup/PMC1.xml", "source": "oup", "split": "dev"},
        {"file": "jats/oup/PMC2.xml", "source": "oup", "split": "dev"},
        {"file": "jats/plos/PMC3.xml", "source": "plos", "split": "dev"},
        {"file": "jats/plos/PMC4.xml", "source": "plos", "split": "heldout"},
    ]
    root.mkdir()
    (root / "MANIFEST.json").write_text(json.dumps(manifest), encoding="utf-8")
    return root


def test_listed_articles_are_left_out_by_name(tmp_path: Path) -> None:
    listing = tmp_path / "set_aside.txt"
    listing.write_text("# a fifth of oup\njats/oup/PMC2.xml\n\nPMC3.xml  # by name\n")
    names = article_names(listing)
    assert names == {"PMC2.xml", "PMC3.xml"}
    corpus = _corpus(tmp_path / "corpus")
    assert dev_articles(corpus, set_aside=names) == [corpus / "jats/oup/PMC1.xml"]


def test_a_set_aside_article_is_not_trained_on_through_also(tmp_path: Path) -> None:
    for name in ("PMC7.xml", "PMC8.xml"):
        (tmp_path / "extra" / "bmj").mkdir(parents=True, exist_ok=True)
        (tmp_path / "extra" / "bmj" / name).write_text("<article/>", encoding="utf-8")
    found = also_articles([f"{tmp_path}/extra/*/*.xml"], set_aside=frozenset({"PMC7.xml"}))
    assert [p.name for p in found] == ["PMC8.xml"]
