"""`blinarefs pandoc` on the seed, then Pandoc itself: the commentary's text with its
superscripts where the seed had them, and the bibliography `blinarefs format` prints.

One `blinarefs pandoc` run and one Pandoc run, shared by the module.
"""

from __future__ import annotations

import json

import pytest

from conftest import run_main
from pandocrun import mark_superscripts, render_plain, split_references

# Where the seed has its flattened superscripts, and the number each one is: read off the
# seed (references/commentary.txt), not decoded, so the test does not lean on the decoder.
SEED_MARKERS = [
    ("Bassan et al", "1"),
    ("to multiagent chemotherapy.", "2"),
    ("in June 2023.", "3"),
    ("at 3 years.", "4"),
    ("KMT2A rearranged ALL.", "5"),
    ("aged 1 to 10 years.", "6"),
    ("(see figure\u00a0", "2-9"),
    ("T-cell responsiveness.", "10"),
]
CAPTION = "Timing of FDA approvals for blinatumomab and key studies with blinatumomab"


@pytest.fixture(scope="module")
def converted(tmp_path_factory):
    """(the CLI's result, paper.md, Pandoc's plain output) for the seed."""
    folder = tmp_path_factory.mktemp("seed-pandoc")
    result = run_main("pandoc", "-o", str(folder / "paper.md"))
    assert result.returncode == 0, result.stderr
    markdown = (folder / "paper.md").read_text(encoding="utf-8")
    return result, markdown, render_plain("paper.md", cwd=folder), folder


def _seed_paragraphs(seed_text: str) -> list[str]:
    """The seed's body as Pandoc should print it: each superscript as ⟨n⟩ (no space before
    it), without "Close modal" (a button of the journal's web page) and without the second
    copy of the figure caption (the page shows the caption twice: under the figure and in
    its pop-up)."""
    body = seed_text[: seed_text.index("\n1.\nBassan")]
    for before, number in SEED_MARKERS:
        assert body.count(before + number) == 1, before
        body = body.replace(before + number, before.rstrip() + f"⟨{number}⟩")
    paragraphs = [" ".join(p.split()) for p in body.split("\n\n") if p.strip()]
    captions = [i for i, p in enumerate(paragraphs) if p.startswith(CAPTION)]
    assert len(captions) == 2 and "Close modal" in paragraphs
    del paragraphs[captions[1]]
    paragraphs.remove("Close modal")
    return paragraphs


def test_the_markdown_cites_by_key_before_the_punctuation(converted):
    result, markdown, _, folder = converted
    header = markdown.split("\n---\n")[0]
    for line in ("bibliography: paper.json", "csl: blood.csl", "notes-after-punctuation: true"):
        assert line in header
    assert "Bassan et al [@bassan2025upfront] report" in markdown
    assert "multiagent chemotherapy [@kantarjian2017blinatumomab]. In March" in markdown
    # a range becomes the list of its keys, glued inside the parenthesis it stood in
    keys = json.loads((folder / "paper.json").read_text(encoding="utf-8"))
    range_keys = "; ".join(f"@{item['id']}" for item in keys[1:9])
    assert f"(see figure[{range_keys}])." in markdown
    assert "dell\\'Adulto" in markdown and "(P \\< .001)" in markdown  # printed as written
    assert "Close modal" not in markdown and markdown.count(CAPTION) == 1
    assert "::: caption" in markdown
    assert "Della Starza\nI" not in markdown and "Sign in" not in markdown
    assert (folder / "blood.csl").read_bytes().startswith(b"<?xml")
    assert "left out:" in result.stdout and "page furniture: 'Close modal'" in result.stdout
    assert "render: " in result.stdout and "pandoc --citeproc paper.md" in result.stdout


def test_pandoc_prints_the_commentary_with_superscripts_where_the_seed_had_them(
    converted, seed_text
):
    _, _, plain, _ = converted
    paragraphs, _ = split_references(plain)
    printed = [mark_superscripts(p) for p in paragraphs]
    # Known difference, on purpose: Pandoc joins a collapsed range with an en dash (CSL 1.0.2
    # has no term for that dash, and processors use "–"); blinarefs uses the style's
    # page-range delimiter, the hyphen Blood prints (the seed's "2-9"). Nothing else differs.
    assert "⟨2–9⟩" in printed[1]
    printed = [" ".join(p.replace("⟨2–9⟩", "⟨2-9⟩").split()) for p in printed]
    assert printed == _seed_paragraphs(seed_text)
    assert sum(p.count("⟨") for p in printed) == len(SEED_MARKERS)


def test_pandoc_prints_the_ten_references_blinarefs_format_prints(converted):
    _, _, plain, _ = converted
    _, entries = split_references(plain)
    ours = run_main("format", "--style", "blood")
    assert ours.returncode == 0, ours.stderr
    assert entries == ours.stdout.splitlines()
    assert len(entries) == 10
    assert entries[0].startswith("1. Bassan R, Chiaretti S, Della Starza I, et al. Up-front")
