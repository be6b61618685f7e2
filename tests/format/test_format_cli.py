"""`blinarefs format` and the format stage of `blinarefs build`."""

from __future__ import annotations

import json

from blinarefs.cli import main
from conftest import ROOT, run_cli, run_main


def test_format_to_file_in_each_format(tmp_path, capsys):
    for to, marker in [
        ("html", '<div class="csl-entry">1. Bassan R'),
        ("markdown", "1\\. Bassan R"),
        ("rtf", "{\\rtf1"),
        ("latex", "\\bibitem{bassan2025upfront} Bassan R"),
        ("text", "10. Zugmaier G"),
    ]:
        out = tmp_path / f"refs.{to}"
        assert main(["format", "--to", to, "-o", str(out)]) == 0
        assert marker in out.read_text(encoding="utf-8")
    assert "refs.text: 10 references, blood style, text" in capsys.readouterr().out


def test_format_json(capsys):
    assert main(["format", "--style", "vancouver", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["entries"][6]["key"] == "martinelli2017complete"
    assert data["entries"][6]["text"].endswith("2017;35(16):1795-802.")


def test_order_cited_uses_the_printed_numbers(tmp_path, capsys):
    from blinarefs.store import Store

    store = Store.load(ROOT / "references" / "commentary.bib")
    shuffled = Store.from_references(list(reversed(store.references)))
    path = tmp_path / "shuffled.bib"
    shuffled.save(path)
    assert main(["format", str(path), "--order", "cited"]) == 0
    assert capsys.readouterr().out.startswith("1. Bassan R")
    assert main(["format", str(path)]) == 0  # store order
    assert capsys.readouterr().out.startswith("1. Zugmaier G")


def test_manuscript_numbers_by_first_citation(tmp_path, capsys):
    # a passage written for the tests, citing the seed's references out of their order
    manuscript = tmp_path / "paper.txt"
    manuscript.write_text(
        "Blinatumomab improved outcomes [3]. Earlier trials agreed [1,2].\n"
        "Infants and children also benefited [5-7].\n",
        encoding="utf-8",
    )
    assert (
        main(["format", "--style", "vancouver", "--manuscript", str(manuscript), "--citations"])
        == 0
    )
    out = capsys.readouterr().out.splitlines()
    assert [line.split(",")[0] for line in out[:7]] == [
        "1. Gökbuget N",
        "2. Bassan R",
        "3. Kantarjian H",
        "4. van der Sluis I",
        "5. Gupta S",
        "6. Martinelli G",
        "7. Litzow M",  # the uncited follow, in store order
    ]
    assert out[-3:] == [
        "  line 1: '[3]' -> (1)",
        "  line 1: '[1,2]' -> (2,3)",
        "  line 2: '[5-7]' -> (4-6)",
    ]


def test_seed_manuscript_citations_in_blood(capsys):
    manuscript = str(ROOT / "references" / "commentary.txt")
    assert main(["format", "--manuscript", manuscript, "--citations", "--to", "html"]) == 0
    out = capsys.readouterr().out
    assert "'2-9' -> <sup>2-9</sup>" in out
    assert out.index("1. Bassan R") < out.index("10. Zugmaier G")


def test_citations_need_a_manuscript():
    result = run_cli("format", "--citations")
    assert result.returncode == 2
    assert "--citations needs --manuscript" in result.stderr


def test_bad_style_is_one_line(tmp_path):
    bad = tmp_path / "bad.csl"
    bad.write_text("<style>", encoding="utf-8")
    result = run_cli("format", "--style", str(bad))
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert f"{bad}:1: not well-formed XML" in result.stderr


def test_build_writes_the_bibliography(tmp_path, capsys):
    assert main(["build", "-o", str(tmp_path)]) == 0
    text = (tmp_path / "bibliography.txt").read_text(encoding="utf-8")
    golden = (ROOT / "tests" / "format" / "golden" / "blood-seed.txt").read_text(encoding="utf-8")
    assert text == golden
    assert '<div class="csl-entry">' in (tmp_path / "bibliography.html").read_text("utf-8")
    assert "format" in capsys.readouterr().out


def test_build_style_option(tmp_path):
    assert main(["build", "-o", str(tmp_path), "--style", "vancouver", "-q"]) == 0
    text = (tmp_path / "bibliography.txt").read_text(encoding="utf-8")
    assert "N Engl J Med. 2017;376(9):836-47." in text


def test_build_with_a_broken_style_reports_and_goes_on(tmp_path):
    result = run_main("build", "-o", str(tmp_path), "--style", str(tmp_path / "none.csl"))
    assert result.returncode == 1
    assert "no bibliography" in result.stdout and "none.csl: no such style file" in result.stdout
    assert (tmp_path / "references.bib").exists()


# a made-up store: one good entry, one whose braces never close
BROKEN_STORE = (
    "@article{good2020, author = {Madeup, A.}, title = {A made-up title}, journal = {J Test},\n"
    "  year = {2020}}\n\n@article{broken2021, author = {Invented, B.,\n  title = {Never closed\n"
)


def test_an_entry_left_out_of_the_bibliography_is_said_and_exit_1(tmp_path, capsys):
    path = tmp_path / "refs.bib"
    path.write_text(BROKEN_STORE, encoding="utf-8")
    for argv in (["format", str(path)], ["format", str(path), "--json"]):
        assert main(argv) == 1
        err = capsys.readouterr().err
        assert "[unparseable-block]" in err and "refs.bib:4" in err and "(not formatted)" in err
    assert main(["export", str(path), "--to", "ris"]) == 1
    assert "(not exported)" in capsys.readouterr().err


def test_an_empty_store_says_there_is_nothing_to_format(tmp_path, capsys):
    path = tmp_path / "empty.bib"
    path.write_text("", encoding="utf-8")
    assert main(["format", str(path)]) == 0
    assert "no entries, nothing to format" in capsys.readouterr().err
