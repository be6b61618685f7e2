"""Plain text escaped for Pandoc Markdown prints as written; citations and front matter.

The escaping is checked against Pandoc itself: a few hundred strings made of the characters
Markdown reads as markup (random, with a fixed seed: written for the tests), one Pandoc run.
"""

from __future__ import annotations

import random
import re

from blinarefs.pandoc.markdown import (
    cite_key,
    escape_markdown,
    front_matter,
    pandoc_citation,
    unescape_markdown,
    yaml_block,
    yaml_names,
    yaml_value,
    yaml_without,
)
from pandocrun import run_pandoc

PIECES = [
    *"abcXYZ019 .,;:!?()[]{}<>#*_`~^$@|&'\"\\/-+=%",
    *["\n", "--", "...", "....", "1. ", "a) ", "<b>", "&amp;", "http://x.org", "  ", "\t"],
    *["’", "é", "—", "\u00a0", "(2) ", "iv. ", "[@k]", "@k", "\\cite{a}", "$x$", "<!--"],
    *["***", "---", "===", "> ", "| a |", ": ", "% title", "    code", "^sup^", "~sub~"],
]


def _samples(n: int = 300) -> list[str]:
    rng = random.Random(20261125)
    out = []
    while len(out) < n:
        text = "".join(rng.choice(PIECES) for _ in range(rng.randint(1, 25)))
        text = "\n".join(line for line in text.split("\n") if line.strip()).strip()
        if text:
            out.append(text)
    return out


def _words(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split())


def test_pandoc_prints_escaped_text_as_written(tmp_path):
    samples = _samples()
    markdown = "\n\n".join(f"Z{i}Z\n\n{escape_markdown(s)}" for i, s in enumerate(samples))
    plain = run_pandoc("-f", "markdown", "-t", "plain", "--wrap=none", cwd=tmp_path,
                       input=markdown + "\n")  # fmt: skip
    parts = re.split(r"^Z(\d+)Z$", plain, flags=re.M)
    printed = {int(parts[i]): parts[i + 1] for i in range(1, len(parts), 2)}
    wrong = [(s, printed.get(i)) for i, s in enumerate(samples)
             if _words(printed.get(i, "")) != _words(s)]  # fmt: skip
    assert not wrong, wrong[:5]


def test_escapes_that_matter():
    assert escape_markdown("1. Smith") == "1\\. Smith"  # not a list
    assert escape_markdown("(P < .001)") == "(P \\< .001)"
    assert escape_markdown("dell'Adulto -- 2...") == "dell\\'Adulto -\\- 2\\.\\.\\."
    assert escape_markdown("a@b.org") == "a\\@b.org"  # not a citation
    assert escape_markdown("  indented\n- item") == "indented\n\\- item"
    assert unescape_markdown(escape_markdown("dell'Adulto (P < .001) 1. [x]")) == (
        "dell'Adulto (P < .001) 1. [x]"
    )


def test_citations():
    assert pandoc_citation(["a2020x", "b2021y"]) == "[@a2020x; @b2021y]"
    assert cite_key("smith2020") == "@smith2020"
    assert cite_key("smith 2020") == "@{smith 2020}"  # a key Pandoc would cut, braced


def test_front_matter():
    block = yaml_block({"bibliography": "paper.json", "title": "A: b", "flag": True,
                        "nocite": ["@a", "@b"]})  # fmt: skip
    assert block == (
        '---\nbibliography: paper.json\ntitle: "A: b"\nflag: true\nnocite: |\n  @a, @b\n---\n'
    )
    text = block + "\nBody\n"
    start, yaml = front_matter(text)
    assert text[start:] == "\nBody\n"
    assert yaml_value(yaml, "nocite") == "@a, @b"
    assert yaml_value(yaml, "title") == '"A: b"'
    assert yaml_without(yaml, ["nocite", "flag"]) == 'bibliography: paper.json\ntitle: "A: b"\n'
    assert yaml_names("paper.json") == ["paper.json"]
    assert yaml_names("[a.json, 'b.bib']") == ["a.json", "b.bib"]
    assert yaml_names("- a.json - b.bib") == ["a.json", "b.bib"]
    assert front_matter("No front matter\n") == (0, "")
