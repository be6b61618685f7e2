"""Small JATS articles written for the truth tests: a body and a reference list as a file,
and the truth the benchmarks read from it (the people and works in them are made up)."""

from __future__ import annotations

from pathlib import Path

from corpora.jats_truth import RefTruth, references

HEAD = '<article xmlns:xlink="http://www.w3.org/1999/xlink"><front><article-meta/></front>'


def article(tmp_path: Path, body: str, refs: str, name: str = "demo") -> Path:
    path = tmp_path / f"{name}.xml"
    text = f"{HEAD}<body>{body}</body><back><ref-list>{refs}</ref-list></back></article>"
    path.write_text(text, encoding="utf-8")
    return path


def refs_of(tmp_path: Path, refs: str) -> list[RefTruth]:
    """The truth of each ``<ref>`` in ``refs``, in a one-paragraph article."""
    return references(article(tmp_path, "<p>x</p>", refs))


def one_mixed(tmp_path: Path, printed: str, kind: str) -> RefTruth:
    """The truth of one ``<mixed-citation>`` of ``kind`` printing ``printed`` (its tags)."""
    ref = f'<ref id="r1"><label>1</label><mixed-citation publication-type="{kind}">{printed}'
    (only,) = refs_of(tmp_path, f"{ref}</mixed-citation></ref>")
    return only
