"""`blinarefs pandoc` against the manuscript's length, and beside Pandoc rendering the result.

    python benchmarks/bench_pandoc.py [--repeat 5]

Synthetic manuscripts of 10 to 10,000 sentences (benchmarks/synth.py: flattened superscript
citations, one reference per 25 sentences, the numbered list at the end), cut into
paragraphs of eight sentences, already in memory with their references parsed. Times
``to_pandoc`` (decode, rewrite, escape, the CSL-JSON items), ``to_numbered`` on its output
(the way back, bibliography formatting included, renderings cached in memory after the
first run as in any long-lived process), and, for scale, ``pandoc --citeproc`` rendering
the same paper.md to plain text as a whole process.
Prints medians of wall time and the time per sentence (flat: linear scaling).

Why paragraphs: with ``notes-after-punctuation`` Pandoc's time grows with the square of a
paragraph's length (one paragraph of 1,000 sentences and 417 citations: 2.8 s, against
0.4 s without the option and 0.6 s in paragraphs of ten sentences; 10,000 sentences in one
paragraph ran for minutes in 6 GB). Manuscripts have paragraphs; synth.py writes one.
"""

from __future__ import annotations

import argparse
import re
import tempfile
from pathlib import Path

from synth import make_manuscript
from timing import median_command, median_seconds, print_table

from blinarefs.pandoc import to_numbered, to_pandoc
from blinarefs.pandoc.files import write_pandoc
from blinarefs.parse import parse_reference_list

SIZES = (10, 100, 1_000, 10_000)
_SENTENCE_END = re.compile(r"(?<=\.) (?=[A-Z])")  # a full stop without a citation after it


def in_paragraphs(text: str, body_end: int, size: int = 8) -> str:
    sentences = _SENTENCE_END.split(text[:body_end])
    paragraphs = (" ".join(sentences[i : i + size]) for i in range(0, len(sentences), size))
    return "\n\n".join(paragraphs).rstrip() + "\n\n" + text[body_end:]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    import pypandoc

    pandoc = pypandoc.get_pandoc_path()
    rows = []
    for n in SIZES:
        text = make_manuscript(n, max(1, n // 25))
        text = in_paragraphs(text, parse_reference_list(text).body_end)
        parsed = parse_reference_list(text)
        refs, body_end = parsed.references, parsed.body_end
        paper = to_pandoc(text, refs, body_end=body_end)
        items = [r.with_fields(number=None) for r in refs]

        def forward_run(text=text, refs=refs, body_end=body_end):
            return to_pandoc(text, refs, body_end=body_end)

        def back_run(markdown=paper.markdown, items=items):
            return to_numbered(markdown, items)

        forward = median_seconds(forward_run, args.repeat)
        back = median_seconds(back_run, args.repeat)
        with tempfile.TemporaryDirectory() as folder:
            write_pandoc(paper, Path(folder) / "paper.md")
            render = median_command(
                [pandoc, "--citeproc", "paper.md", "-t", "plain"], args.repeat, cwd=folder
            )
        rows.append((n, paper.citations, forward, forward / n * 1e6, back, render))
    print_table(
        (
            "sentences",
            "citations",
            "to_pandoc s",
            "µs/sentence",
            "to_numbered s",
            "pandoc --citeproc s",
        ),
        rows,
    )


if __name__ == "__main__":
    main()
