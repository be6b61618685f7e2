"""The CSL-JSON bibliography `blinarefs pandoc` writes: Pandoc prints from it what blinarefs
prints, "et al" included, and `blinarefs import` reads it back as the store had it.

Fixtures: ref2 of ../shared/data/seed-references.json (Kantarjian et al, N Engl J Med 2017:
its verified 26 authors, title, journal, date, volume, pages and DOI), cut to its first k
authors and marked "et al" (author_truncated), as a printed list that stops after k names
would give it. These are cuts of one real record, not other articles. One Pandoc run per
style.
"""

from __future__ import annotations

import json

import pytest

from blinarefs.format import format_bibliography, load_style
from blinarefs.interchange.csljson import read_csljson
from blinarefs.model import Reference
from blinarefs.pandoc import pandoc_items
from blinarefs.pandoc.items import et_al_term
from pandocrun import run_pandoc

CSL_ONLY = ("author", "title", "container-title", "issued", "volume", "page", "DOI", "type")


@pytest.fixture(scope="module")
def kantarjian(seed_verified) -> Reference:
    item = next(i for i in seed_verified if i["id"] == "ref2")
    return Reference.from_csl({"id": "kantarjian", **{k: item[k] for k in CSL_ONLY}})


@pytest.fixture(scope="module")
def cut_lists(kantarjian) -> list[Reference]:
    """The record with 1, 2, 3, 5, 6, 7 and 8 known authors and "et al", and in full."""
    cuts = [
        kantarjian.with_fields(id=f"cut{k}", author=kantarjian.author[:k], author_truncated=True)
        for k in (1, 2, 3, 5, 6, 7, 8)
    ]
    return [*cuts, kantarjian]


@pytest.mark.parametrize("style", ["blood", "vancouver"])
def test_pandoc_prints_et_al_where_blinarefs_does(cut_lists, style, tmp_path):
    items = pandoc_items(cut_lists, load_style(style))
    (tmp_path / "items.json").write_text(json.dumps(items, ensure_ascii=False), encoding="utf-8")
    keys = ", ".join(f"@{r.id}" for r in cut_lists)
    plain = run_pandoc(
        "--citeproc", "--bibliography", "items.json", "--csl", f"{load_style(style).source}",
        "-t", "plain", "--wrap=none", cwd=tmp_path, input=f"---\nnocite: |\n  {keys}\n---\n",
    )  # fmt: skip
    theirs = [line for line in plain.splitlines() if line.strip()]
    ours = format_bibliography(cut_lists, style)
    # Known difference, one name only: blinarefs follows the style's delimiter-precedes-et-al
    # (not set, so CSL's "contextual": no comma before "et al" after a single name); Pandoc
    # prints the closing "et al" name after the names' delimiter, as after two or more.
    assert theirs[0] == ours[0].replace("Kantarjian H et al.", "Kantarjian H, et al.")
    assert theirs[1:] == ours[1:]
    # the rules both follow: a list the source cut after at least et-al-use-first names is
    # taken to be long enough for the style to cut (Blood: three names, Vancouver: six), a
    # shorter one is printed as far as it goes; each ends in "et al" (the full one has 26)
    shown = {"blood": [1, 2, 3, 3, 3, 3, 3, 3], "vancouver": [1, 2, 3, 5, 6, 6, 6, 6]}[style]
    for entry, n in zip(ours, shown, strict=True):
        names = entry.split(" et al.")[0].split(". ", 1)[1]
        assert names.count(",") + 1 == n + (n > 1), entry
        assert " et al. Blinatumomab versus" in entry


def test_the_closing_et_al_names_read_back_as_the_flag(cut_lists):
    items = pandoc_items(cut_lists, load_style("blood"))
    # Blood: three names known, four "et al" names reach et-al-min (7), so Blood cuts to three
    assert items[2]["author"][3:] == [{"literal": "et al"}] * 4
    assert items[-1]["author"] == cut_lists[-1].to_csl()["author"]  # a full list is untouched
    back = read_csljson(json.dumps(items)).references
    assert [(r.author, r.author_truncated) for r in back] == [
        (r.author, r.author_truncated) for r in cut_lists
    ]


def test_the_item_is_the_store_item_plus_what_pandoc_needs(kantarjian):
    item = pandoc_items([kantarjian], load_style("blood"))[0]
    assert item["container-title-short"] == "N Engl J Med"  # from the NLM table, as blinarefs
    assert {k: v for k, v in item.items() if k != "container-title-short"} == kantarjian.to_csl()


def test_the_et_al_term_is_the_styles_own():
    assert et_al_term(load_style("blood")) == "et al"
    assert et_al_term(load_style("vancouver")) == "et al"
