"""The corpus tools live in ``benchmarks/corpora``; benchmarks import them as ``corpora``;
the made-up Word files are built by ``tests/manuscript/wordbuild.py``."""

import sys
from pathlib import Path

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"
WORD_BUILDERS = BENCHMARKS.parent / "tests" / "manuscript"
for folder in (WORD_BUILDERS, BENCHMARKS):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))
