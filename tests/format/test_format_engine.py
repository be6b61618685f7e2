"""The citeproc-py workarounds (engine.py) and the render cache (cache.py)."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from blinarefs.format import bibliography as bib_module
from blinarefs.format import format_bibliography, load_style
from blinarefs.format.cache import RenderCache
from blinarefs.format.engine import Engine, clean


@pytest.mark.parametrize(
    ("rendered", "expected"),
    [
        ("Is it true?. Blood", "Is it true? Blood"),
        ("Is it <i>true?</i>. Blood", "Is it <i>true?</i> Blood"),
        ("Wow!. Blood", "Wow! Blood"),
        ("Smith J, et al.. Title", "Smith J, et al. Title"),
        ("Wait... Blood", "Wait... Blood"),  # an ellipsis stays
        ("<I>in vitro</I> study", "<i>in vitro</i> study"),
    ],
)
def test_clean(rendered, expected):
    assert clean(rendered) == expected


class _Counter:
    def __init__(self, monkeypatch):
        self.calls = 0
        real = Engine.render

        def counting(engine, *args, **kwargs):
            self.calls += 1
            return real(engine, *args, **kwargs)

        monkeypatch.setattr(Engine, "render", counting)


def test_second_run_renders_nothing_and_renumbering_is_free(seed_refs, monkeypatch, tmp_path):
    counter = _Counter(monkeypatch)
    refs = [replace(r, title=r.title + " (cache test)") for r in seed_refs]
    first = format_bibliography(refs, "vancouver", cache_dir=tmp_path)
    assert counter.calls == 10
    again = format_bibliography(refs, "vancouver", cache_dir=tmp_path)
    reordered = format_bibliography(refs[::-1], "vancouver", cache_dir=tmp_path)
    assert counter.calls == 10 and again == first
    assert reordered[0].startswith("1. Zugmaier G") and reordered[9].startswith("10. Bassan R")
    # a changed entry is rendered again, alone
    changed = [replace(refs[0], volume="999"), *refs[1:]]
    assert ";999(21):" in format_bibliography(changed, "vancouver", cache_dir=tmp_path)[0]
    assert counter.calls == 11


def test_disk_cache_survives_the_process(seed_refs, tmp_path, monkeypatch):
    from blinarefs.format import cache as cache_module

    cache_module.forget()  # as in a fresh process
    refs = [replace(r, title=r.title + " (disk test)") for r in seed_refs[:3]]
    format_bibliography(refs, "blood", cache_dir=tmp_path)
    files = list((tmp_path / "format").glob("*.json"))
    assert len(files) == 1
    data = json.loads(files[0].read_text(encoding="utf-8"))
    assert len(data["entries"]) == 3 and len(data["references"]) == 3
    # a new process: memory empty, the file is read back and nothing is even prepared
    cache_module.forget()
    counter = _Counter(monkeypatch)
    prepared = _count_prepared(monkeypatch)
    format_bibliography(refs, "blood", cache_dir=tmp_path)
    assert counter.calls == 0 and prepared == []


def _count_prepared(monkeypatch) -> list[str]:
    """The keys of the references prepared for citeproc-py (engine_item), in order."""
    seen: list[str] = []
    real = bib_module.engine_item

    def counting(ref, style):
        seen.append(ref.id)
        return real(ref, style)

    monkeypatch.setattr(bib_module, "engine_item", counting)
    return seen


def test_a_change_that_does_not_show_is_prepared_but_not_rendered(seed_refs, monkeypatch):
    refs = [replace(r, title=r.title + " (unseen change test)") for r in seed_refs[:4]]
    first = format_bibliography(refs, "blood")
    counter, prepared = _Counter(monkeypatch), _count_prepared(monkeypatch)
    changed = [replace(refs[1], provenance=(("DOI", "crossref 2026-01-01"),)), *refs[2:]]
    changed.insert(0, refs[0])
    assert format_bibliography(changed, "blood") == first
    assert prepared == [refs[1].id] and counter.calls == 0
    # a change that shows is rendered again, alone
    renamed = [refs[0], replace(refs[1], title="Another title (unseen change test)"), *refs[2:]]
    assert "Another title" in format_bibliography(renamed, "blood")[1]
    assert counter.calls == 1


def test_unreadable_cache_file_is_ignored(tmp_path, monkeypatch, kantarjian):
    from blinarefs.format import cache as cache_module

    style = load_style("blood")
    monkeypatch.setattr(cache_module, "_LOADED", set())
    path = RenderCache(style.digest, tmp_path).path
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("{not json", encoding="utf-8")
    monkeypatch.setattr(cache_module, "_LOADED", set())
    line = format_bibliography(
        [replace(kantarjian, title="Cache file test.")], style, cache_dir=tmp_path
    )
    assert line[0].startswith("1. Kantarjian H")
    assert json.loads(path.read_text(encoding="utf-8"))["entries"]  # rewritten, valid


def test_parallel_rendering_gives_the_same_result(seed_refs, monkeypatch):
    refs = [replace(r, title=r.title + " (parallel test)") for r in seed_refs]
    serial = format_bibliography(refs, "vancouver")
    monkeypatch.setenv("BLINAREFS_WORKERS", "2")
    monkeypatch.setattr(bib_module, "RenderCache", lambda digest, folder: RenderCache("x" * 20))
    from blinarefs.format import cache as cache_module

    monkeypatch.setattr(cache_module, "_MEMORY", {})
    assert format_bibliography(refs, "vancouver") == serial


def test_available_date_reaches_citeproc_py_without_warnings(merged_refs, recwarn):
    line = format_bibliography([merged_refs[7]], "vancouver")[0]
    assert line.endswith("Epub 2023 May 31.")
    assert not [w for w in recwarn if "unsupported" in str(w.message)]


def test_render_failure_names_the_entry(kantarjian, monkeypatch):
    from blinarefs.errors import StyleError

    def broken(engine, item, number, variant=None):
        raise KeyError("boom")

    monkeypatch.setattr(Engine, "render", broken)
    with pytest.raises(StyleError, match="cannot render entry 'odd'"):
        format_bibliography([replace(kantarjian, id="odd", title="Render failure test")], "blood")


def test_new_rendering_code_never_reuses_what_the_old_code_rendered(
    tmp_path, monkeypatch, kantarjian
):
    # a cache keyed on a version number bumped by hand gave an upgraded install what the
    # old code had rendered (an arXiv preprint without its new address); the cache file is
    # named by the rendering code itself
    from blinarefs.format import cache as cache_module
    from blinarefs.format import prepare as prepare_module

    ref = replace(kantarjian, title="Cache across versions.")
    old = format_bibliography([ref], "blood", cache_dir=tmp_path)
    engine_item = prepare_module.engine_item

    def changed(ref, style):  # the next release prepares the item otherwise
        item, variant = engine_item(ref, style)
        return {**item, "title": "Rendered by new code"}, variant

    monkeypatch.setattr(bib_module, "engine_item", changed)
    monkeypatch.setattr(cache_module, "_code_digest", lambda: "new-code")
    for name in ("_MEMORY", "_ALIASES"):
        monkeypatch.setattr(cache_module, name, {})
    monkeypatch.setattr(cache_module, "_LOADED", set())
    new = format_bibliography([ref], "blood", cache_dir=tmp_path)
    assert "Rendered by new code" in new[0] and new != old


_LEFT_MARGIN_STYLE = b"""<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
  <info><title>Made-up left margin</title><id>made-up-left-margin</id>
    <updated>2026-12-05T00:00:00+00:00</updated></info>
  <citation><layout><text variable="citation-number"/></layout></citation>
  <bibliography second-field-align="flush">
    <layout suffix=".">
      <text variable="citation-number" display="left-margin"/>
      <group display="right-inline" delimiter=". ">
        <names variable="author"><name initialize-with="" name-as-sort-order="all"
          sort-separator=" " delimiter=", "/></names>
        <text variable="title"/>
      </group>
    </layout>
  </bibliography>
</style>
"""


@pytest.mark.parametrize(
    "xml",
    [
        _LEFT_MARGIN_STYLE,
        # the number aligned apart by second-field-align alone, as the Lancet's style does
        _LEFT_MARGIN_STYLE.replace(b' display="left-margin"', b"").replace(
            b' display="right-inline"', b""
        ),
    ],
)
def test_a_number_shown_in_the_left_margin_stands_apart_from_the_entry(kantarjian, xml):
    """citeproc-py ignores ``second-field-align`` and ``display``: "1Kantarjian H" was
    printed for the Lancet's and the RSC's layout; a processor prints the number as a block
    of its own."""
    from blinarefs.format.styles import style_from_xml

    style = style_from_xml(xml, "made-up-left-margin", "test")
    (entry,) = format_bibliography([kantarjian], style, to="text")
    assert entry.startswith("1 Kantarjian H")
    (latex,) = format_bibliography([kantarjian], style, to="latex")
    assert latex.startswith("Kantarjian H")  # thebibliography numbers it
