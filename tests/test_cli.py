"""The command line: help that teaches, one-line errors, exit codes."""

from __future__ import annotations

import re

import pytest

from blinarefs.cli import COMMANDS, main
from conftest import run_cli, run_main


def test_top_level_help_lists_every_command(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["--help"])
    assert exc.value.code == 0
    out = capsys.readouterr().out
    for name in COMMANDS:
        assert name in out
    assert "blinarefs build" in out


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_every_command_has_help_with_examples(name, capsys):
    with pytest.raises(SystemExit) as exc:
        main([name, "--help"])
    assert exc.value.code == 0
    out = capsys.readouterr().out
    assert f"blinarefs {name}" in out
    assert "examples:" in out


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_every_help_example_is_a_command_line_the_command_takes(name, capsys):
    # an example that names an option the command no longer has teaches a usage error
    import importlib
    import shlex

    from blinarefs.cli import _command_parser

    with pytest.raises(SystemExit):
        main([name, "--help"])
    examples = capsys.readouterr().out.split("examples:", 1)[1]
    lines = [line.strip() for line in examples.splitlines()]
    shown = [line for line in lines if line.startswith(f"blinarefs {name}")]
    parser = _command_parser(
        name, importlib.import_module(f"blinarefs.commands.{name}".replace(".import", ".import_"))
    )
    assert shown
    for line in shown:
        # the command, before its two-space comment, a pipe or a redirection
        command = re.split(r"\s{2,}| \| | > ", line)[0]
        parser.parse_args(shlex.split(command)[2:])


def test_unknown_command_is_a_usage_error():
    result = run_cli("frobnicate")
    assert result.returncode == 2
    assert "invalid choice" in result.stderr


def test_missing_file_is_one_line_no_traceback(tmp_path):
    result = run_cli("validate", str(tmp_path / "missing.bib"))
    assert result.returncode == 2  # a usage error, as the --help table says
    assert result.stderr.count("\n") == 1
    assert "Traceback" not in result.stderr
    assert "missing.bib: no such file" in result.stderr


def test_parse_embedded_default_shows_ten_entries(capsys):
    assert main(["parse", "-q"]) == 0
    out = capsys.readouterr().out
    assert out.count("@article{") == 10


def test_parse_keeps_an_unreadable_reference_and_names_its_doubtful_fields(tmp_path, capsys):
    path = tmp_path / "refs.txt"
    path.write_text(
        "1. Smith J. A good title. J Test. 2020;1(2):3-4.\n"
        "2. Just some words that are not a reference\n",
        encoding="utf-8",
    )
    assert main(["parse", str(path)]) == 0  # a warning, not an error: nothing is dropped
    captured = capsys.readouterr()
    assert captured.out.count("@article{") == 1 and captured.out.count("@") == 2
    assert "blinarefs-number  = {2}" in captured.out
    assert "refs.txt:2: reference 2 could not be fully read" in captured.err
    # the year, which was not read, and whatever else the judge of doubt finds likely wrong
    assert re.search(r"check its (?:[\w ]+, )*year\b", captured.err)


def test_parse_of_a_text_with_no_list_says_what_to_give(tmp_path, capsys):
    path = tmp_path / "notes.txt"
    path.write_text("Some notes with no reference list in them.\n", encoding="utf-8")
    assert main(["parse", str(path)]) == 1
    [line] = capsys.readouterr().err.splitlines()
    assert "notes.txt: no numbered reference list found" in line
    assert "reference None" not in line and "give a numbered reference list" in line


def test_build_writes_the_store(tmp_path, capsys):
    code = main(["build", "-o", str(tmp_path)])
    out = capsys.readouterr().out
    assert (tmp_path / "references.bib").exists()
    assert "10 references read" in out
    assert code in (0, 1)


def test_build_hands_its_long_stages_to_a_progress_bar(tmp_path):
    # the CLI's bar wraps parse and enrich (one reading per reference, one result per entry)
    from blinarefs.pipeline import BuildOptions, build

    seen: list[tuple[str, int, int]] = []

    def bar(items, total, label):
        count = 0
        for item in items:
            count += 1
            yield item
        seen.append((label, total, count))

    result = build(BuildOptions(outdir=tmp_path, offline=True), progress=bar)
    assert seen == [("parse", 10, 10), ("enrich", 10, 10)]
    assert "10 references read" in result.reports[0].summary


def test_build_keeps_edits_in_an_existing_store(tmp_path):
    from blinarefs.store import Store

    main(["build", "-o", str(tmp_path), "-q"])
    store = Store.load(tmp_path / "references.bib")
    store.put(store["bassan2025upfront"].with_fields(note="checked by hand"))
    store.save()
    main(["build", "-o", str(tmp_path), "-q"])
    assert Store.load(tmp_path / "references.bib")["bassan2025upfront"].note == "checked by hand"


def test_build_adds_only_the_references_missing_from_an_existing_store(tmp_path, capsys):
    from blinarefs.store import Store

    main(["build", "-o", str(tmp_path), "-q"])
    path = tmp_path / "references.bib"
    store = Store.load(path)
    first = store["bassan2025upfront"]
    store.remove("zugmaier2015longterm")
    store.put(first.with_fields(note="checked by hand"))
    store.save()
    capsys.readouterr()
    main(["build", "-o", str(tmp_path)])
    assert "10 entries (1 new, existing entries kept)" in capsys.readouterr().out
    again = Store.load(path)
    assert again["zugmaier2015longterm"].number == 10 and again.keys()[-1] == "zugmaier2015longterm"
    assert again["bassan2025upfront"].note == "checked by hand"


def test_validate_json(tmp_path, capsys):
    import json

    bib = tmp_path / "x.bib"
    bib.write_text(
        "@article{a b, title={T}, doi={doi.org/10.1}, year={3020}, pages={50--40}}\n",
        encoding="utf-8",
    )
    assert main(["validate", str(bib), "--json"]) == 1
    data = json.loads(capsys.readouterr().out)
    codes = {f["code"] for f in data["findings"]}
    assert {"malformed-doi", "impossible-year", "backward-pages", "missing-field"} <= codes


def test_validate_errors_only_says_what_it_hides(tmp_path, capsys):
    # made-up entries: one with errors (a bad DOI, an impossible year), one with warnings only
    bib = tmp_path / "x.bib"
    bib.write_text(
        "@article{roe3020, title={T}, doi={doi.org/10.1}, year={3020}}\n"
        "@article{doe2020, title={A made-up title}, year={2020}}\n",
        encoding="utf-8",
    )
    assert main(["validate", str(bib)]) == 1
    everything = capsys.readouterr().out.splitlines()[0]
    assert main(["validate", str(bib), "--errors-only"]) == 1
    line = capsys.readouterr().out.splitlines()[0]
    errors = int(re.search(r"(\d+) errors?", everything).group(1))
    shown = re.search(r"(\d+) errors? \((\d+) other findings? not shown\)", line)
    assert shown and int(shown.group(1)) == errors >= 2
    assert "0 warnings" not in line


def test_build_skipping_the_store_skips_what_needs_it(tmp_path):
    result = run_main("build", "-o", str(tmp_path), "--skip", "store")
    assert "Traceback" not in result.stderr
    assert "skipped" in result.stdout


def test_build_keeps_every_number_and_its_report_shows_every_finding(tmp_path, capsys):
    """A reference the parser cannot fully read keeps its number in the bibliography, and
    the report.html of the build lists the parse warning the terminal shows (made-up texts)."""
    paper = tmp_path / "paper.txt"
    paper.write_text(
        "Made-up results were seen [1]. Others saw nothing [2]. A third view [3].\n\n"
        "References\n"
        "1. Alder QX, Birch PW. A made-up study of test fixtures. J Test Fixtures. "
        "2011;4(2):10-19.\n"
        "2. %%%% ;;;; ????\n"
        "3. Cedar RT. Another invented title for parser tests. Test Rep. 2019;12:301-9.\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    main(["build", str(paper), "-o", str(out), "--offline"])
    terminal = capsys.readouterr()
    assert "reference 2 could not be fully read" in terminal.out + terminal.err
    bibliography = (out / "bibliography.txt").read_text(encoding="utf-8")
    assert "Another invented title" in bibliography.split("\n3. ", 1)[1].split("\n")[0]
    report = (out / "report.html").read_text(encoding="utf-8")
    assert "reference 2 could not be fully read" in report


def test_counts_of_one_agree_with_their_noun(tmp_path, monkeypatch, capsys):
    # a made-up one-reference manuscript: "1 references", "1 citations as [@key]" were printed
    monkeypatch.chdir(tmp_path)
    (tmp_path / "one.txt").write_text(
        "A made-up claim [1].\n\nReferences\n"
        "1. Madeup A. A made-up title for a test. J Test. 2020;1(2):3-4.\n",
        encoding="utf-8",
    )
    outputs = []
    for argv in (
        ["build", "one.txt", "-o", "out"],
        ["trace", "one.txt"],
        ["evidence", "one.txt", "--offline"],
        ["pandoc", "one.txt", "-o", "p/one.md"],
    ):
        assert main(argv) in (0, 1)
        outputs.append(capsys.readouterr().out)
    text = "\n".join(outputs)
    assert "1 citation as [@key], 1 passage left out" in text and "1 reference each" in text
    plural = re.findall(r"(?<!of )\b1 (?:citation markers|claims|references|citations|passages|"
                        r"entries|cited claims)\b", text)  # fmt: skip
    assert plural == []


@pytest.mark.parametrize("content", ["", "  \n\n"])
def test_build_of_an_empty_file_stops_before_writing_anything(tmp_path, content, capsys):
    # it wrote 14 files and said "nothing to trace: the file holds only a reference list"
    (tmp_path / "empty.txt").write_text(content, encoding="utf-8")
    assert main(["build", str(tmp_path / "empty.txt"), "-o", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "empty.txt: is empty" in err
    assert not (tmp_path / "out").exists()


def test_build_of_markdown_with_keys_reads_the_bib_it_names(tmp_path, capsys):
    # the README's "Markdown with keys and a .bib": build read 0 references and stored none
    (tmp_path / "lib.bib").write_text(
        "@article{madeup2020, author = {Madeup, A.}, title = {A made-up title},\n"
        "  journal = {J Test}, year = {2020}, volume = {1}, pages = {3--4}}\n",
        encoding="utf-8",
    )
    (tmp_path / "paper.md").write_text(
        "---\nbibliography: lib.bib\n---\nA made-up claim [@madeup2020].\n", encoding="utf-8"
    )
    out = tmp_path / "out"
    assert main(["build", str(tmp_path / "paper.md"), "-o", str(out), "--skip", "enrich"]) == 0
    assert "1 reference read from" in capsys.readouterr().out
    assert "@article{madeup2020," in (out / "references.bib").read_text(encoding="utf-8")


def test_a_key_with_an_apostrophe_is_a_warning_naming_biber_and_pandoc(tmp_path, capsys):
    # invented entries: BibTeX and \cite take "o'lark2021"; biber's parser stops on it and
    # Pandoc reads [@o'lark2021] as @o, so it warns (exit 0) where "o'lark#2021" is an error
    import json

    bib = tmp_path / "k.bib"
    bib.write_text(
        "@book{o'lark2021, title={Owls}, publisher={P}, year={2021}}\n"
        "@book{ok2021, title={Larks}, publisher={P}, year={2021}}\n",
        encoding="utf-8",
    )
    assert main(["validate", str(bib), "--json"]) == 0
    findings = json.loads(capsys.readouterr().out)["findings"]
    keyed = [f for f in findings if "key" in f["code"]]
    assert [(f["key"], f["code"], f["severity"]) for f in keyed] == [
        ("o'lark2021", "key-apostrophe", "warning")
    ]
    assert "biber" in keyed[0]["message"] and "as @o" in keyed[0]["message"]
    assert '"olark2021"' in keyed[0]["suggestion"]
    from blinarefs.model import Reference
    from blinarefs.validate import check_key

    assert [f.code for f in check_key(Reference(id="o'lark#2021"))] == ["bad-key"]


def test_an_abbreviated_page_range_is_a_warning_a_backward_one_an_error(tmp_path, capsys):
    # invented entries: PubMed's and Vancouver's "291-7" is short for 291-297, not backwards
    import json

    bib = tmp_path / "x.bib"
    bib.write_text(
        "@article{roe2030, author={Roe, J.}, title={T}, journal={J}, year={2030}, pages={291--7}}\n"
        "@article{doe2030, author={Doe, J.}, title={U}, journal={J}, year={2030}, pages={50--40}}\n"
        "@article{poe2030, author={Poe, J.}, title={V}, journal={J}, year={2030}, pages={95--3}}\n",
        encoding="utf-8",
    )
    main(["validate", str(bib), "--json"])
    findings = json.loads(capsys.readouterr().out)["findings"]
    pages = {(f["key"], f["code"], f["severity"]): f for f in findings if "pages" in f["code"]}
    # "95-3" in full is 95-93: still backwards
    assert sorted(pages) == [
        ("doe2030", "backward-pages", "error"),
        ("poe2030", "backward-pages", "error"),
        ("roe2030", "abbreviated-pages", "warning"),
    ]
    assert "291-297" in pages[("roe2030", "abbreviated-pages", "warning")]["suggestion"]


def test_an_author_with_no_letter_is_no_name(tmp_path, capsys):
    # a catalogue's birth year imported by a reference manager as the author (invented entry)
    import json

    bib = tmp_path / "x.bib"
    bib.write_text(
        "@book{roe2030, author={1927-}, title={A made-up book}, publisher={P}, year={2030}}\n"
        "@book{doe2030, author={Doe, J. and {Example Agency 2}}, title={B}, publisher={P},"
        " year={2030}}\n",
        encoding="utf-8",
    )
    main(["validate", str(bib), "--json"])
    findings = json.loads(capsys.readouterr().out)["findings"]
    assert [(f["key"], f["severity"]) for f in findings if f["code"] == "not-a-name"] == [
        ("roe2030", "warning")
    ]


def test_a_key_in_another_script_is_accepted_with_a_one_line_warning(tmp_path, capsys):
    # invented entries: biber with XeLaTeX or LuaLaTeX and Pandoc cite "Müller2020"; classic
    # BibTeX under pdfLaTeX may not, so it is a warning that says so, not an error
    import json

    bib = tmp_path / "u.bib"
    bib.write_text(
        "@book{Müller2021, title={Larks}, publisher={P}, year={2021}}\n"
        "@book{Ōta2021, title={Owls}, publisher={P}, year={2021}}\n",
        encoding="utf-8",
    )
    assert main(["validate", str(bib), "--json"]) == 0
    keyed = [f for f in json.loads(capsys.readouterr().out)["findings"] if "key" in f["code"]]
    assert [(f["key"], f["code"], f["severity"]) for f in keyed] == [
        ("Müller2021", "key-non-ascii", "warning"),
        ("Ōta2021", "key-non-ascii", "warning"),
    ]
    assert "\n" not in keyed[0]["message"] and "biber" in keyed[0]["message"]
    assert '"Muller2021"' in keyed[0]["suggestion"]
    assert '"Ota2021"' in keyed[1]["suggestion"]
    from blinarefs.model import Reference
    from blinarefs.validate import check_key

    # a character no key may hold stays an error, whatever the script of the rest
    assert [f.code for f in check_key(Reference(id="Müller#2031"))] == ["bad-key"]
