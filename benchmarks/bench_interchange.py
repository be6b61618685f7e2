"""Export and import speed per format, and merging, on synthetic libraries (synth.py).

    python benchmarks/bench_interchange.py            # 1,000 and 10,000 references
    python benchmarks/bench_interchange.py 500        # other sizes

Prints the median of 3 runs in seconds. "merge, by title" re-imports the library with
DOIs and PMIDs removed, so every reference is found by first author, year and fuzzy title;
"merge, all new" imports it into an empty store, so every reference gets a fresh key (what
``blinarefs import FILE -o NEW.bib`` does).
"""

from __future__ import annotations

import sys

from synth import make_library
from timing import median_seconds, print_table

from blinarefs.interchange import WRITE_FORMATS, export_references, read_references
from blinarefs.interchange.merge import merge_references


def main(sizes: list[int]) -> None:
    rows = []
    for n in sizes:
        refs = make_library(n)
        for fmt in WRITE_FORMATS:
            text = export_references(refs, fmt)
            write = median_seconds(lambda f=fmt, r=refs: export_references(r, f), 3)
            read = median_seconds(lambda fmt=fmt, text=text: read_references(text, fmt), 3)
            rows.append((n, fmt, write, read))
        again = [r.with_fields(id="") for r in refs]
        bare = [r.with_fields(doi="", pmid="") for r in again]
        by_doi = median_seconds(lambda again=again, refs=refs: merge_references(refs, again), 3)
        by_title = median_seconds(lambda bare=bare, refs=refs: merge_references(refs, bare), 3)
        rows.append((n, "merge, by DOI/PMID", by_doi, ""))
        rows.append((n, "merge, by title", by_title, ""))
        all_new = median_seconds(lambda again=again: merge_references([], again), 3)
        rows.append((n, "merge, all new", all_new, ""))
    print_table(("references", "format", "write (s)", "read (s)"), rows)


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [1000, 10000])
