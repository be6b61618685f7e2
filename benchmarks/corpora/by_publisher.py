"""An extra set's articles regrouped by publisher, so ``--files`` reports a row per source.

    python benchmarks/corpora/by_publisher.py '/tmp/extra_dev_big/*/*.xml' --target DIR
    python benchmarks/bench_parse.py --files 'DIR/*/*.xml' --no-speed
    python benchmarks/eval_token_stress.py --files 'DIR/plos/*.xml'

``extra_dev.py`` writes each article under its origin repository's folder
(``<owner>+<name>``), which is the source ``bench_parse.py --files`` reports; a publisher's
forms (PLOS's, Frontiers') are spread over several such folders. This links each file
into ``<target>/<source>/<origin folder>_<file>``, the source as the manifest names it
(``catalogue.describe``: the publisher of the DOI's prefix, else the journal's name). The
articles are the extra set's (each with its own open licence, checked by ``describe``, as
``extra_dev.py`` records); nothing is copied or committed, the links point at them. A file
that ``describe`` does not keep (no DOI, no open licence, no references) is left out.
"""

from __future__ import annotations

import argparse
import glob
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from corpora.catalogue import describe


def regroup(pattern: str, target: Path) -> dict[str, int]:
    """Source -> how many files were linked under ``target``."""
    counts: dict[str, int] = {}
    for name in sorted(glob.glob(pattern)):
        path = Path(name).resolve()
        found = describe(path.read_bytes())
        if found is None:
            continue
        folder = target / str(found["source"])
        folder.mkdir(parents=True, exist_ok=True)
        link = folder / f"{Path(name).parent.name}_{path.name}"
        if not link.exists():
            link.symlink_to(path)
        counts[str(found["source"])] = counts.get(str(found["source"]), 0) + 1
    return counts


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("pattern", help="the extra set's files (quoted glob)")
    ap.add_argument("--target", type=Path, default=Path("/tmp/by_publisher"))
    args = ap.parse_args(argv)
    counts = regroup(args.pattern, args.target)
    for source, n in sorted(counts.items()):
        print(f"{source}: {n} articles")
    print(f"{sum(counts.values())} articles in {args.target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
