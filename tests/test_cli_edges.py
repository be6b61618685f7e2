"""The command line's edges as a new user meets them (session 31's walk through the README):
a rerun over a command's own output, ``--json`` beside ``-o``, a build folder that holds the
user's files, a store with unreadable blocks, a Word file given where a list is read.
The texts are made up for these tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from blinarefs.cli import main
from blinarefs.outputs import written_by_blinarefs

REFLIST = (
    "1. Madeup A, Invented B. A made-up title for a test. J Test. 2020;1(2):3-4.\n"
    "2. Other C, Fictive D. Another invented study of nothing. J Fict. 2021;5:10-19.\n"
)
MANUSCRIPT = (
    "Introduction\n\nA made-up claim rests on this.[2] Another claim comes first.[1]\n\n"
    f"References\n\n{REFLIST}"
)
BIB = (
    "@article{madeup2020, author = {Madeup, A. and Invented, B.}, title = {A made-up title},\n"
    "  journal = {J Test}, year = {2020}, volume = {1}, pages = {3--4}}\n"
)
BROKEN_BIB = BIB + "\n@article{broken2021,\n  title = {An unclosed {title},\n  year = {2021}\n"
SKIP = ["--skip", "enrich"]


def _docx(files, capsys, name="ms.docx"):
    assert main(["pandoc", "ms.txt", "-o", name]) == 0
    capsys.readouterr()
    return files / name


# -- a rerun over the command's own output needs no --force ------------------------------


def test_pandoc_to_word_twice_replaces_its_own_copy(files, capsys):
    # the second run said "ms.docx: exists and was not written by blinarefs"
    _docx(files, capsys)
    assert written_by_blinarefs(files / "ms.docx")
    assert main(["pandoc", "ms.txt", "-o", "ms.docx"]) == 0


def test_check_annotate_twice_replaces_its_own_copy(files, capsys):
    _docx(files, capsys)
    assert main(["check", "ms.docx", "--annotate", "-o", "checked.docx"]) in (0, 1)
    assert written_by_blinarefs(files / "checked.docx")
    assert main(["check", "ms.docx", "--annotate", "-o", "checked.docx"]) in (0, 1)
    assert "comments written to checked.docx" in capsys.readouterr().out


# -- --json with -o: the file is written all the same, and JSON names it ------------------


@pytest.mark.parametrize(
    "argv, output",
    [
        (["parse", "l.txt", "-o", "out.bib"], "out.bib"),
        (["format", "s.bib", "-o", "out.txt"], "out.txt"),
        (["check", "ms.txt", "--format", "html", "-o", "out.html"], "out.html"),
    ],
)
def test_json_does_not_drop_the_output_file(files, capsys, argv, output):
    # each printed JSON and silently wrote nothing
    code = main([*argv, "--json"])
    assert code in (0, 1)
    data = json.loads(capsys.readouterr().out)
    assert (files / output).stat().st_size > 0
    assert data["output"] == output


# -- parse -o over an existing file: a usage error, said before any work ------------------


def test_parse_over_an_existing_file_is_a_usage_error_with_a_command_line_hint(files, capsys):
    # exit 1, and the hint named the library's save(force=True)
    (files / "mine.bib").write_text(BIB, encoding="utf-8")
    assert main(["parse", "l.txt", "-o", "mine.bib"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "--force" in err and "save(" not in err
    assert "blinarefs import l.txt --merge mine.bib" in err
    assert (files / "mine.bib").read_text(encoding="utf-8") == BIB


# -- build: never over the manuscript, never over the user's files ------------------------


def test_build_into_the_manuscripts_folder_does_not_replace_it(files, capsys):
    # 'build paper.md -o .' wrote the Pandoc copy over the manuscript
    (files / "paper.md").write_text(MANUSCRIPT, encoding="utf-8")
    assert main(["build", "paper.md", "-o", ".", *SKIP]) == 2
    err = capsys.readouterr().err
    assert "paper.md" in err and "input" in err and err.count("\n") == 1
    assert (files / "paper.md").read_text(encoding="utf-8") == MANUSCRIPT
    assert main(["build", "paper.md", "-o", ".", *SKIP, "--force"]) == 2  # not even forced


def test_build_keeps_a_file_of_the_users_in_its_folder_unless_forced(files, capsys):
    (files / "out").mkdir()
    (files / "out" / "report.html").write_text("my notes\n", encoding="utf-8")
    assert main(["build", "ms.txt", "-o", "out", *SKIP]) == 2
    assert "out/report.html" in capsys.readouterr().err
    assert (files / "out" / "report.html").read_text(encoding="utf-8") == "my notes\n"
    assert not (files / "out" / "references.bib").exists()  # refused before any stage ran
    assert main(["build", "ms.txt", "-o", "out", *SKIP, "--force"]) in (0, 1)
    assert "<html" in (files / "out" / "report.html").read_text(encoding="utf-8")


def test_build_rebuilds_over_its_own_outputs_but_not_over_an_edit(files, capsys):
    assert main(["build", "ms.txt", "-o", "out", *SKIP]) in (0, 1)
    assert main(["build", "ms.txt", "-o", "out", *SKIP]) in (0, 1)  # its own: no flag
    capsys.readouterr()
    (files / "out" / "paper.md").write_text("edited by hand\n", encoding="utf-8")
    assert main(["build", "ms.txt", "-o", "out", *SKIP]) == 2
    assert "out/paper.md" in capsys.readouterr().err
    assert (files / "out" / "paper.md").read_text(encoding="utf-8") == "edited by hand\n"


def test_build_over_a_folder_an_earlier_version_wrote(files, capsys, monkeypatch, tmp_path):
    # outputs listed in OUTDIR/build.json and unchanged since are the earlier build's own,
    # even when the record in the cache folder does not know them (a new cache, a new version)
    assert main(["build", "ms.txt", "-o", "out", *SKIP]) in (0, 1)
    monkeypatch.setenv("BLINAREFS_CACHE_DIR", str(tmp_path / "another-cache"))
    assert main(["build", "ms.txt", "-o", "out", *SKIP]) in (0, 1)


def test_build_checks_every_output_it_names(files, capsys):
    from blinarefs.buildfolder import planned_outputs

    assert main(["build", "ms.txt", "-o", "out", *SKIP, "--json"]) in (0, 1)
    written = {o for s in json.loads(capsys.readouterr().out)["stages"] for o in s["outputs"]}
    planned = {str(p) for p in planned_outputs(Path("out"))}
    assert written - planned == {"out/references.bib"}  # the store is added to, not replaced


# -- a store's unreadable blocks are said by every command that reads it -------------------


@pytest.mark.parametrize(
    "argv", [["enrich", "b.bib", "--offline"], ["import", "l.txt", "--merge", "b.bib"]]
)
def test_store_problems_are_reported(files, capsys, argv):
    # both said nothing of the entry they could not read, and exited 0
    (files / "b.bib").write_text(BROKEN_BIB, encoding="utf-8")
    assert main(argv) == 1
    err = capsys.readouterr().err
    assert "unparseable-block" in err and "b.bib:4" in err
    assert "broken2021" in (files / "b.bib").read_text(encoding="utf-8")  # kept as text


# -- files of a kind a command does not read -----------------------------------------------


@pytest.mark.parametrize("command", ["parse", "import"])
def test_a_word_reference_list_is_read(files, capsys, command):
    # it said "binary file (it holds NUL bytes) ... export .docx to plain text first"
    assert main(["pandoc", "ms.txt", "-o", "ms.docx"]) == 0
    capsys.readouterr()
    assert main([command, "ms.docx"]) == 0
    out = capsys.readouterr().out
    assert "@article{madeup2020" in out and "@article{other2021" in out


@pytest.mark.parametrize(
    "head, said", [(b"%PDF-1.4\n", "a PDF"), (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", ".doc")]
)
def test_renumber_names_a_file_it_does_not_read(files, capsys, head, said):
    # a PDF was read as text: "no numbered reference list to renumber", exit 1
    (files / "paper.bin").write_bytes(head + b"1. not a reference list\n")
    assert main(["renumber", "paper.bin", "--dry-run"]) == 2
    err = capsys.readouterr().err
    assert said in err and err.count("\n") == 1


@pytest.mark.parametrize(
    "argv",
    [
        ["parse", "l.txt"],
        ["check", "ms.txt", "--bib", "s.bib"],
        ["validate", "s.bib"],
        ["format", "s.bib", "--style", "own.csl"],
        ["check", "ms.txt", "--retraction-data", "rw.csv"],
    ],
)
def test_a_file_it_may_not_read_is_one_line_saying_what_to_do(files, capsys, monkeypatch, argv):
    # tests may run as root, who reads any file: the system's refusal is made here, for the
    # last file named. Each reader said "cannot read (Permission denied)" and no more, and
    # the Retraction Watch file Python's "[Errno 13] Permission denied: '...'"
    import pathlib

    locked = argv[-1]
    (files / "own.csl").write_text("<style/>", encoding="utf-8")
    (files / "rw.csv").write_text("Record ID\n", encoding="utf-8")
    opened = pathlib.Path.open

    def refusing(self, *args, **kwargs):
        if self.name == locked:
            raise PermissionError(13, "Permission denied", str(self))
        return opened(self, *args, **kwargs)

    monkeypatch.setattr(pathlib.Path, "open", refusing)
    monkeypatch.setattr("builtins.open", lambda f, *a, **k: refusing(pathlib.Path(f), *a, **k))
    assert main(argv) in (1, 2)
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert f"{locked}: permission denied: cannot read it (make it readable with chmod" in err


# -- --help says what each command reads -----------------------------------------------------


@pytest.mark.parametrize("command", ["build", "trace", "check", "evidence", "pandoc"])
def test_help_names_word_and_jats_manuscripts(command, capsys):
    with pytest.raises(SystemExit):
        main([command, "--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert "Word (.docx)" in out and "JATS" in out


# -- without a network, the reason is said once ---------------------------------------------


def test_the_integrity_table_says_one_reason_once():
    # without a network it was one row per reference, each "cannot reach api.crossref.org"
    from blinarefs.enrich.integrity import Verdict, table_lines

    away = "crossref: cannot reach api.crossref.org (name or service not known)"
    verdicts = [Verdict(f"made{n}", "unverifiable", "info", away) for n in range(5)]
    verdicts += [Verdict("gone", "not-found", "warning", "matches no work")]
    lines = table_lines(verdicts)
    assert lines[0] == "Reference integrity: 1 not-found, 5 unverifiable"
    assert [ln.split()[:2] for ln in lines[2:]] == [["gone", "not-found"], ["5", "references"]]
    assert sum(away in ln for ln in lines) == 1
    few = table_lines(verdicts[:3])  # a few are named one by one
    assert [ln.split()[0] for ln in few[2:]] == ["made0", "made1", "made2"]


@pytest.mark.parametrize("command", ["validate", "format", "enrich"])
@pytest.mark.parametrize(
    "head, said",
    [
        (b"%PDF-1.4\n", "a PDF"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", ".doc"),
        (b"PK\x03\x04", "zip"),
    ],
)
def test_a_store_that_is_no_text_is_named(files, capsys, command, head, said):
    # a PDF was "0 entries" (exit 0), a .doc "not UTF-8: convert it with iconv" (exit 0)
    (files / "refs.bib").write_bytes(head + b"@article{x, title={y}}\n")
    assert main([command, "refs.bib"]) == 2
    err = capsys.readouterr().err
    assert said in err and "not a BibTeX store" in err and err.count("\n") == 1


# -- a store written on Windows keeps its line breaks ---------------------------------------


def test_merge_into_a_crlf_store_writes_crlf(files, capsys):
    # the new entry came in with LF line breaks: a file of mixed line endings
    crlf = "\ufeff" + BIB.replace("\n", "\r\n")
    (files / "win.bib").write_bytes(crlf.encode("utf-8"))
    assert main(["import", "l.txt", "--merge", "win.bib"]) == 0
    data = (files / "win.bib").read_bytes()
    assert data.startswith(crlf.encode("utf-8"))  # the user's entry as it was, BOM and all
    assert data.count(b"\n") == data.count(b"\r\n") and b"@article{other2021" in data
    assert b"\r\n\r\n@article{other2021" in data  # one blank line between entries


@pytest.mark.parametrize("argv", [["parse", "l.txt"], ["export", "s.bib", "--to", "ris"]])
def test_output_dash_is_standard_output(files, capsys, argv):
    assert main([*argv, "-o", "-"]) == 0
    assert capsys.readouterr().out.strip() and not (files / "-").exists()


@pytest.mark.parametrize("argv", [["renumber", "ms.txt"], ["import", "s.bib"]])
def test_output_dash_where_a_file_is_written_is_one_line(files, capsys, argv):
    assert main([*argv, "-o", "-"]) == 2
    assert "not standard output" in capsys.readouterr().err and not (files / "-").exists()
