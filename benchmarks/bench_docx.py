"""Reading a 100-page Word manuscript: ``read_manuscript`` on a generated .docx.

The file has 100 pages of prose (about 500 words a page, 4 paragraphs each), a superscript
citation in every other sentence, a Zotero field in every paragraph, a heading every 10
paragraphs, and an automatically numbered list of 300 references. Baseline in the same
run: reading the same document.xml with lxml alone (parse + iterate every text node), the
floor for any reader. Target (issue 16): under 2 s.

Usage: python benchmarks/bench_docx.py [--pages 100]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import zipfile
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parent.parent / "tests" / "manuscript"),
                str(Path(__file__).parent)]  # fmt: skip

from timing import median_seconds, print_table  # noqa: E402
from wordbuild import docx, field, numbering, p, t, zotero_code  # noqa: E402

SENTENCE = "The made-up treatment was given to every patient in the invented cohort"


def make(path: Path, pages: int) -> Path:
    paragraphs = []
    for k in range(pages * 4):
        if k % 10 == 0:
            paragraphs.append(p(t(f"Section {k // 10 + 1}"), style="Heading1"))
        runs = []
        for s in range(12):
            runs.append(t(f"{SENTENCE} number {k}-{s}"))
            runs.append(t(str((k + s) % 300 + 1), sup=True) if s % 2 else t(""))
            runs.append(t(". "))
        item = {
            "n": k % 300 + 1,
            "type": "article-journal",
            "title": f"Invented study {k % 300}",
            "author": [{"family": "Roe", "given": "J"}],
            "issued": {"date-parts": [[2020]]},
        }
        runs.append(field(zotero_code([item], "1"), "1", sup=True))
        paragraphs.append(p(*runs))
    paragraphs.append(p(t("References"), style="Heading1"))
    paragraphs += [p(t(f"Roe J. Invented study {i}. Test J. 2020;1:{i}-{i + 9}."), num=(1, 0))
                   for i in range(300)]  # fmt: skip
    return docx(path, "".join(paragraphs), numbering_xml=numbering())


def lxml_floor(path: Path) -> int:
    from lxml import etree  # type: ignore[import-untyped]

    with zipfile.ZipFile(path) as zf:
        root = etree.fromstring(zf.read("word/document.xml"))
    return sum(len(el.text or "") for el in root.iter())


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--pages", type=int, default=100)
    args = ap.parse_args()
    from blinarefs.manuscript import read_manuscript

    with tempfile.TemporaryDirectory() as tmp:
        path = make(Path(tmp) / "long.docx", args.pages)
        doc = read_manuscript(path)
        words = len(doc.text.split())
        ours = median_seconds(lambda: read_manuscript(path), repeat=3)
        floor = median_seconds(lambda: lxml_floor(path), repeat=3)
        size = path.stat().st_size
    print_table(
        ["reader", "pages", "words", "markers", "references", "seconds", "x lxml"],
        [
            ["lxml parse + iterate", args.pages, words, "", "", f"{floor:.3f}", "1.0"],
            ["read_manuscript", args.pages, words, len(doc.markers), len(doc.references),
             f"{ours:.3f}", f"{ours / floor:.1f}"],
        ],
    )  # fmt: skip
    print(json.dumps({"docx_bytes": size, "seconds": round(ours, 3)}))
    if ours < 2.0:
        print(f"meets the target: {args.pages} pages read in {ours:.2f} s (< 2 s)")
    else:
        print(f"MISSES the target: {args.pages} pages took {ours:.2f} s (target < 2 s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
