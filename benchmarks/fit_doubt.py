"""Fit the judge of doubt (``blinarefs.parse.doubt``) on the dev split, and score its warnings.

Each dev article's list is read one a line (``parse.read_list``: the readings before the
judge) and every judged field is scored against the article's markup with
``parse_scoring.score``. One logistic model per field is fitted (L2-penalised, by Newton's
method, numpy) on the evidence ``doubt.features`` names; its warnings are scored by
cross-validation over articles (each article's fields judged by a model fitted without it)
at every threshold, beside the readers' own doubts (what blinarefs warned before the judge):

- a warned reference is right when a field of it is wrong (precision), and the references
  with a wrong field that are warned are the recall, as ``bench_parse.py`` counts them;
- per field: a doubt on ``title`` is right when the title is wrong.

    python benchmarks/fit_doubt.py [--files GLOB] [--also GLOB ...] [--write] [--folds 5]
        [--threshold T] [--cache DIR]

``--write`` fits on the whole dev split (and the extra sets ``--also`` names) and writes
``src/blinarefs/parse/doubt_weights.json`` with the lowest threshold (every 0.005 up to 0.2,
every 0.05 above) that warns of no more references, by cross-validation, than the readers'
own doubts did. ``--files GLOB`` scores the shipped weights on other JATS files (an extra
set never fitted on) instead, fitting nothing. ``--cache DIR`` keeps each set's readings
(not the judge's evidence, which is weighed anew), so a new piece of evidence is tried in a
minute. The held-out split is never read here.
"""

from __future__ import annotations

import argparse
import json
import pickle
import re
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent / "src")]

from corpora.extra_dev import outside  # noqa: E402
from corpora.jats_truth import reference_list_text, references  # noqa: E402
from corpora.obtain import Article, articles  # noqa: E402
from parse_scoring import score  # noqa: E402

from blinarefs.parse import find_reference_section, read_list  # noqa: E402
from blinarefs.parse.doubt import WEIGHTS_PATH, Weights, cases, chance_wrong, weights  # noqa: E402
from blinarefs.parse.doubt_case import JUDGED, Case, list_context  # noqa: E402
from blinarefs.parse.doubt_evidence import features  # noqa: E402
from blinarefs.parse.read import EMPTY, Reading  # noqa: E402

# the benchmark's fields -> the judged field they score
SCORED = {"authors": "author", "etal": "author", "title": "title",
          "container": "container_title", "year": "issued", "volume": "volume",
          "issue": "issue", "fpage": "page", "lpage": "page", "type": "type"}  # fmt: skip


@dataclass
class Row:
    """One reference: its article, what the readers doubted, and each judged field."""

    article: int
    before: frozenset[str]  # the readers' own doubts (before the judge)
    forced: frozenset[str]  # doubts the judge keeps whatever it weighs (a field not read)
    cases: list[Case]  # the fields the judge weighs
    wrong: dict[str, bool]  # judged field -> wrong (fields the markup holds)
    ref_wrong: bool  # any field of the benchmark wrong, the type too


def collect(arts: list[Article], cache: Path | None = None, first: int = 0) -> list[Row]:
    """Every judged reference of these articles (numbered from ``first``, for the folds).
    The cache keeps the readings of each list with their scores (not the judge's cases), so
    evidence the list gives is weighed anew."""
    if cache and cache.exists():
        lists = pickle.loads(cache.read_bytes())
    else:
        lists = [scored for n, art in enumerate(arts) if (scored := _scored(n, art))]
        if cache:
            cache.write_bytes(pickle.dumps(lists))
    return [row for n, scored in lists for row in _rows(first + n, scored)]


Scored = tuple[int, list[tuple[Reading, dict[str, bool] | None]]]


def _scored(n: int, art: Article) -> Scored | None:
    """One article's readings, each with its benchmark fields' scores (None: no truth)."""
    truths = {t.printed_label: t for t in references(art.path) if t.text and t.tagged}
    section = find_reference_section(reference_list_text(art.path))
    if not truths or section is None:
        return None
    _, readings, _ = read_list(section)
    out: list[tuple[Reading, dict[str, bool] | None]] = []
    for reading in readings:
        truth = truths.get(reading.reference.printed_label)
        ok = truth is not None and reading.reference.number is not None
        out.append((reading, score(truth, reading.reference) if ok and truth else None))
    return n, out


def _rows(n: int, scored: list[tuple[Reading, dict[str, bool] | None]]) -> list[Row]:
    context = list_context([r for r, _ in scored])
    rows = []
    for reading, fields in scored:
        if fields is None:
            continue
        wrong: dict[str, bool] = {}
        for key, ok in fields.items():
            if key in SCORED:
                wrong[SCORED[key]] = wrong.get(SCORED[key], False) or not ok
        missing = {k for k, v in reading.fields_confidence if v == 0.0}
        forced = set(reading.doubtful) & missing
        judged = reading.reader != EMPTY and bool(reading.marginals)
        if not judged:
            forced = set(reading.doubtful)
        kept = [c for c in cases(reading, context) if judged and c.field not in forced
                and c.field not in reading.settled]  # fmt: skip
        rows.append(Row(n, frozenset(reading.doubtful), frozenset(forced), kept, wrong,
                        not all(fields.values())))  # fmt: skip
    return rows


def design(field: str, rows: list[Row]) -> tuple[list[str], np.ndarray, np.ndarray, list[int]]:
    """The feature matrix of one field (rows whose markup holds it), its truth, and where
    each line came from (index into ``rows``)."""
    names: list[str] = []
    xs, ys, at = [], [], []
    for i, row in enumerate(rows):
        for case in row.cases:
            wrong = _wrong(row, case)
            if case.field != field or wrong is None:
                continue
            feats = features(case)
            names = list(feats)
            xs.append([1.0, *feats.values()])
            ys.append(float(wrong))
            at.append(i)
    return ["bias", *names], np.array(xs), np.array(ys), at


def _wrong(row: Row, case: Case) -> bool | None:
    """Whether the field is wrong; a field the markup does not hold is right when nothing
    was read for it (a book's volume) and unknown otherwise. (Fitted only on the fields the
    markup holds, an empty field would always be wrong.)"""
    if case.field in row.wrong:
        return row.wrong[case.field]
    return None if getattr(case.ref, case.field) else False


def fit(x: np.ndarray, y: np.ndarray, l2: float = 1.0) -> np.ndarray:
    """Logistic regression by Newton's method, the bias unpenalised."""
    w = np.zeros(x.shape[1])
    penalty = np.full(x.shape[1], l2)
    penalty[0] = 0.0
    for _ in range(50):
        p = 1 / (1 + np.exp(-x @ w))
        grad = x.T @ (p - y) + penalty * w
        hess = (x.T * (p * (1 - p))) @ x + np.diag(penalty) + 1e-9 * np.eye(len(w))
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w


def chances(rows: list[Row], folds: int) -> dict[tuple[int, str], float]:
    """(row, field) -> the chance the field is wrong, from a model fitted without the row's
    article (folds by article)."""
    out: dict[tuple[int, str], float] = {}
    for field in JUDGED:
        _, x, y, at = design(field, rows)
        fold = np.array([rows[i].article % folds for i in at])
        for k in range(folds):
            train, test = fold != k, fold == k
            if not test.any():
                continue
            w = fit(x[train], y[train])
            p = 1 / (1 + np.exp(-x[test] @ w))
            for i, pi in zip(np.array(at)[test], p, strict=True):
                out[(int(i), field)] = float(pi)
    return out


def warned(row: Row, i: int, p: dict[tuple[int, str], float], t: float) -> set[str]:
    return set(row.forced) | {c.field for c in row.cases if p.get((i, c.field), 0.0) >= t}


def tally(rows: list[Row], doubts: list[set[str]]) -> dict[str, tuple[int, int, int]]:
    """ "reference" and each field -> (warned, warned and wrong, wrong)."""
    out = {k: [0, 0, 0] for k in ("reference", *JUDGED)}
    for row, d in zip(rows, doubts, strict=True):
        ref = out["reference"]
        ref[0] += bool(d)
        ref[1] += bool(d) and row.ref_wrong
        ref[2] += row.ref_wrong
        for field, bad in row.wrong.items():
            c = out[field]
            c[0] += field in d
            c[1] += field in d and bad
            c[2] += bad
    return {k: (a, b, c) for k, (a, b, c) in out.items()}


def line(name: str, counts: tuple[int, int, int]) -> str:
    warned_n, right, wrong = counts
    precision = 100 * right / warned_n if warned_n else 0.0
    recall = 100 * right / wrong if wrong else 0.0
    return f"{name:<16} warned {warned_n:5d}  precision {precision:5.1f}%  recall {recall:5.1f}%"


def show(title: str, rows: list[Row], doubts: list[set[str]]) -> dict[str, tuple[int, int, int]]:
    counts = tally(rows, doubts)
    print(f"\n{title}")
    for key, c in counts.items():
        print("  " + line(key, c))
    return counts


# The thresholds tried: every 0.05, and every 0.005 where the judge is shipped (a step of
# 0.05 there moved the warnings by a fifth)
THRESHOLDS = sorted(
    {round(float(t), 3) for t in (*np.arange(0.05, 0.96, 0.05), *np.arange(0.05, 0.2, 0.005))}
)


def curve(rows: list[Row], p: dict[tuple[int, str], float]) -> list[tuple[float, int, int, int]]:
    out = []
    for t in THRESHOLDS:
        d = [warned(r, i, p, t) for i, r in enumerate(rows)]
        out.append((t, *tally(rows, d)["reference"]))
    return out


def shipped(rows: list[Row], model: Weights) -> dict[tuple[int, str], float]:
    return {(i, c.field): chance_wrong(c, model) for i, row in enumerate(rows) for c in row.cases}


def print_curve(title: str, points: list[tuple[float, int, int, int]]) -> None:
    print(f"\n{title}: threshold, warned, precision, recall (references)")
    for t, w, right, wrong in points:
        precision, recall = 100 * right / max(1, w), 100 * right / max(1, wrong)
        print(f"  {t:.3f}  {w:5d}  {precision:5.1f}%  {recall:5.1f}%")


def chosen(before: tuple[int, int, int], points: list[tuple[float, int, int, int]]) -> float:
    """The lowest threshold that warns of no more references than the readers' own doubts
    did: an editor's work stays the same, and the judge decides which ones."""
    keep = [t for t, w, _, _ in points if w <= before[0]]
    return min(keep) if keep else 0.5


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--files", metavar="GLOB", help="score the shipped weights on these files")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--write", action="store_true", help="fit on all of dev and write weights")
    ap.add_argument(
        "--also",
        metavar="GLOB",
        action="append",
        default=[],
        help="fit on these JATS files too (an extra set), besides dev",
    )
    ap.add_argument("--cache", type=Path, help="keep each set's readings in this folder")
    ap.add_argument("--threshold", type=float, help="write this threshold, not the chosen one")
    args = ap.parse_args()
    sets = [args.files] if args.files else ["dev", *args.also]
    if args.cache:
        args.cache.mkdir(parents=True, exist_ok=True)
    rows = []
    for k, name in enumerate(sets):
        arts = articles(split="dev") if name == "dev" else outside(name)
        cache = args.cache / (re.sub(r"\W+", "_", name).strip("_") + ".pkl") if args.cache else None
        rows += collect(arts, cache, first=100_000 * k)
    print(f"{len(rows)} references of {len({r.article for r in rows})} articles")
    before = show("the readers' own doubts (before the judge)", rows, [set(r.before) for r in rows])
    if args.files:
        model = weights()
        p = shipped(rows, model)
        print_curve("the judge (shipped weights)", curve(rows, p))
        doubts = [warned(r, i, p, model.threshold) for i, r in enumerate(rows)]
        show(f"the judge (shipped, threshold {model.threshold})", rows, doubts)
        return 0
    p = chances(rows, args.folds)
    points = curve(rows, p)
    print_curve("the judge, cross-validated", points)
    threshold = args.threshold or chosen(before["reference"], points)
    show(f"the judge, cross-validated, threshold {threshold}", rows,
         [warned(r, i, p, threshold) for i, r in enumerate(rows)])  # fmt: skip
    if args.write:
        fields = {}
        for field in JUDGED:
            names, x, y, _ = design(field, rows)
            w = fit(x, y)
            fields[field] = {k: round(float(v), 4) for k, v in zip(names, w, strict=True)}
        fitted_on = ", ".join("dev split" if s == "dev" else s for s in sets) + ", one a line"
        data = {"threshold": threshold, "fitted_on": fitted_on, "fields": fields}
        WEIGHTS_PATH.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
        print(f"\nwrote {WEIGHTS_PATH}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
