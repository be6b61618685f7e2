"""The fresh judged claim sets as committed: each set's rows judge only the articles its header
lists, with the verdicts `benchmarks/claims_judging.md` defines; the sets drawn from stop 59 on
split their articles by hash, six to tune on and six kept apart, before any was read."""

from __future__ import annotations

import csv
import hashlib

import bench_claims
import pytest

VERDICTS = {"uncited": {"needs", "own", "no", "cited"}, "inherited": {"right", "wrong"}}


def rows(name: str) -> list[dict[str, str]]:
    with bench_claims.FRESH[name].open(encoding="utf-8") as fh:
        body = (line for line in fh if not line.startswith("#"))
        return list(csv.DictReader(body, delimiter="\t"))


@pytest.mark.parametrize("name", sorted(bench_claims.FRESH))
def test_every_row_judges_an_article_of_its_set_with_a_defined_verdict(name: str) -> None:
    files, _, _ = bench_claims.fresh("all", name)
    listed = {f.rsplit("/", 1)[-1].rsplit(".", 1)[0] for f in files}
    for row in rows(name):
        assert row["article"] in listed, (name, row["article"])
        assert row["judgement"] in VERDICTS[row["kind"]], (name, row)
        assert len(row["hash"]) == 12 and row["reason"], (name, row)


@pytest.mark.parametrize(
    ("name", "folder", "recipe"),
    [
        ("64", "/tmp/s12/tune/", None),
        ("65", "/tmp/s12/tune/", None),
        ("66", "/tmp/s13/tune/", "extra_fresh13.py"),
        ("67", "/tmp/s13/tune/", "extra_fresh13.py"),
        ("68", ("/tmp/s14/tune/", "/tmp/s13/tune/"), "extra_fresh1"),
        ("69", "/tmp/s13/tune/", "extra_fresh13.py"),
    ],
)
def test_stop_59_to_61_sets_tune_on_the_six_articles_their_salt_puts_first(
    name: str, folder: str | tuple[str, ...], recipe: str | None
) -> None:
    tune, _, _ = bench_claims.fresh("tune", name)
    kept, _, _ = bench_claims.fresh("kept", name)
    stems = [f.rsplit("/", 1)[-1].rsplit(".", 1)[0] for f in tune + kept]
    by_hash = sorted(stems, key=lambda s: hashlib.sha1(f"{name}:{s}".encode()).hexdigest())
    assert len(tune) == len(kept) == 6
    assert set(by_hash[:6]) == set(stems[:6])
    assert all(f.startswith(folder) for f in tune + kept)
    if recipe is not None:
        assert all(recipe in line for line in header_lines(name))


def test_the_stop_60_sets_share_no_article() -> None:
    first, _, _ = bench_claims.fresh("all", "66")
    second, _, _ = bench_claims.fresh("all", "67")
    assert not set(first) & set(second)


def test_the_stop_61_set_takes_the_new_set_s_six_first_each_file_named_with_its_recipe() -> None:
    recipes = {"/tmp/s14/tune/": "extra_fresh14.py", "/tmp/s13/tune/": "extra_fresh13.py"}
    cells = [line[2:].rstrip("\n").split("\t") for line in header_lines("68")]
    folders = [next(f for f in recipes if c[3].startswith(f)) for c in cells]
    assert folders.count("/tmp/s14/tune/") == 6
    assert all(c[4].endswith(recipes[f]) for c, f in zip(cells, folders, strict=True))


@pytest.mark.parametrize("name", ["68", "69"])
def test_the_stop_61_sets_share_no_article_with_another_set(name: str) -> None:
    new = {line.split("\t")[0] for line in header_lines(name)}
    for other in set(bench_claims.FRESH) - {name}:
        assert not new & {line.split("\t")[0] for line in header_lines(other)}, other


def header_lines(name: str) -> list[str]:
    """The header's article lines (a '#', the article, then its part)."""
    with bench_claims.FRESH[name].open(encoding="utf-8") as fh:
        return [line for line in fh if line.split("\t")[1:2] in (["tune"], ["kept"])]
