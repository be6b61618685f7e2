"""No command writes onto its own input or over a file blinarefs did not write (issue 18).
The texts are made up for these tests."""

from __future__ import annotations

import pytest

from blinarefs.cli import main
from blinarefs.outputs import written_by_blinarefs

REFLIST = "1. Madeup A, Invented B. A made-up title for a test. J Test. 2020;1(2):3-4.\n"
MANUSCRIPT = f"Introduction\n\nA made-up claim.[1]\n\nReferences\n\n{REFLIST}"
BIB = (
    "@article{madeup2020, author = {Madeup, A. and Invented, B.}, title = {A made-up title},\n"
    "  journal = {J Test}, year = {2020}, volume = {1}, pages = {3--4}}\n"
)


@pytest.mark.parametrize(
    "argv",
    [
        ["parse", "l.txt", "-o", "l.txt"],
        ["parse", "l.txt", "-o", "l.txt", "--force"],
        ["export", "s.bib", "--to", "ris", "-o", "s.bib"],
        ["export", "s.bib", "--to", "ris", "-o", "s.bib", "--force"],
        ["pandoc", "ms.txt", "-o", "ms.txt"],
        ["check", "ms.txt", "--format", "html", "-o", "ms.txt", "--force"],
        ["format", "s.bib", "-o", "s.bib"],
        ["import", "l.txt", "-o", "l.txt"],
        ["renumber", "ms.txt", "-o", "ms.txt", "--force"],  # that is what --in-place is for
        ["evidence", "ms.txt", "--offline", "--html", "ms.txt", "--force"],
    ],
)
def test_no_command_writes_onto_its_input(files, argv, capsys):
    before = {p.name: p.read_bytes() for p in files.iterdir()}
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert "is also this command's input" in err and err.count("\n") == 1
    assert {p.name: p.read_bytes() for p in files.iterdir()} == before


@pytest.mark.parametrize(
    "argv",
    [
        ["export", "s.bib", "--to", "ris", "-o", "out.txt"],
        ["check", "ms.txt", "--format", "html", "-o", "out.txt"],
        ["format", "s.bib", "-o", "out.txt"],
        ["pandoc", "ms.txt", "-o", "out.txt"],
        ["renumber", "ms.txt", "-o", "out.txt"],
        ["evidence", "ms.txt", "--offline", "--html", "out.txt", "-q"],
    ],
)
def test_a_file_blinarefs_did_not_write_needs_force(files, argv, capsys):
    (files / "out.txt").write_text("the user's own notes\n", encoding="utf-8")
    assert main(argv) == 2
    assert "--force" in capsys.readouterr().err
    assert (files / "out.txt").read_text(encoding="utf-8") == "the user's own notes\n"
    assert main([*argv, "--force"]) in (0, 1)
    assert written_by_blinarefs(files / "out.txt")
    assert main(argv) in (0, 1)  # its own output: replaced again without a flag


def test_pandoc_keeps_a_customised_style_and_says_what_it_wrote(files, capsys):
    assert main(["pandoc", "ms.txt", "-o", "paper.md"]) == 0
    out = capsys.readouterr().out
    assert "paper.md" in out and "paper.json" in out and "blood.csl" in out
    custom = (
        (files / "blood.csl")
        .read_text(encoding="utf-8")
        .replace("</style>", "<!-- mine -->\n</style>")
    )
    (files / "blood.csl").write_text(custom, encoding="utf-8")
    assert main(["pandoc", "ms.txt", "-o", "paper.md"]) == 0
    out = capsys.readouterr().out
    assert "kept: blood.csl" in out
    assert (files / "blood.csl").read_text(encoding="utf-8") == custom


def test_pandoc_does_not_replace_a_foreign_bibliography(files, capsys):
    (files / "paper.json").write_text("[]\n", encoding="utf-8")
    assert main(["pandoc", "ms.txt", "-o", "paper.md"]) == 2
    assert "paper.json" in capsys.readouterr().err
    assert (files / "paper.json").read_text(encoding="utf-8") == "[]\n"
    assert not (files / "paper.md").exists()


@pytest.mark.parametrize("kind", ["a file", "inside a file", "unwritable"])
def test_build_output_folder_errors_are_one_line(files, kind, capsys):
    (files / "afile").write_text("x", encoding="utf-8")
    if kind == "unwritable":
        locked = files / "locked"
        locked.mkdir(mode=0o500)
        target = str(locked / "out")
    else:
        target = "afile" if kind == "a file" else "afile/sub"
    code = main(["build", "ms.txt", "-o", target, "--skip", "enrich"])
    err = capsys.readouterr().err
    if kind == "unwritable" and code == 0:
        pytest.skip("running as root: every folder is writable")
    assert code in (1, 2) and "Traceback" not in err
    assert err.strip().count("\n") == 0 and target in err


def test_build_says_when_its_folder_holds_another_manuscripts_outputs(files, capsys):
    other = files / "other.txt"
    other.write_text(MANUSCRIPT.replace("A made-up claim", "Another made-up claim"), "utf-8")
    skip = ["--skip", "enrich"]
    assert main(["build", "ms.txt", "-o", "out", *skip]) in (0, 1)
    capsys.readouterr()
    assert main(["build", "other.txt", "-o", "out", *skip, "--json"]) in (0, 1)
    out = capsys.readouterr().out
    assert "outdir-mixed" in out and "ms.txt" in out
    manifest = (files / "out" / "build.json").read_text(encoding="utf-8")
    assert '"manuscript": "other.txt"' in manifest and '"complete": true' in manifest


@pytest.mark.parametrize("command", ["parse", "import"])
def test_a_new_store_in_a_new_folder_is_written_as_other_outputs_are(files, command, capsys):
    # its lock beside it needs the folder: "cannot make its lock" was the error
    assert main([command, "l.txt", "-o", "new/sub/refs.bib"]) == 0
    assert "@article{" in (files / "new" / "sub" / "refs.bib").read_text(encoding="utf-8")


def test_a_new_store_inside_a_file_is_one_line_naming_it(files, capsys):
    # it said "cannot make its lock afile/.refs.bib.lock (Not a directory)"
    (files / "afile").write_text("x", encoding="utf-8")
    assert main(["parse", "l.txt", "-o", "afile/refs.bib"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "afile is a file, not a folder" in err


def test_enrich_of_a_store_in_no_folder_says_no_such_file(files, capsys):
    assert main(["enrich", "nowhere/refs.bib", "--offline"]) == 2
    err = capsys.readouterr().err
    assert "nowhere/refs.bib: no such file" in err and err.count("\n") == 1
    assert not (files / "nowhere").exists()


def test_an_output_is_its_writers_on_either_side_of_the_rename(tmp_path, monkeypatch):
    """A run killed (SIGKILL, a power cut) just before or just after an output takes its
    name leaves a file that the rerun still takes as blinarefs' own: no --force needed."""
    from blinarefs import outputs
    from blinarefs.fsio import atomic_write

    out = tmp_path / "bibliography.txt"
    outputs.write_output(out, "first\n")
    with monkeypatch.context() as patch:  # killed just after the rename: no record after it
        patch.setattr(outputs, "remember", lambda *paths: None)
        outputs.write_output(out, "second, longer\n")
    assert written_by_blinarefs(out)

    def killed(tmp: str) -> None:  # killed just before the rename
        outputs._record_coming(out, tmp)
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        atomic_write(out, "third\n", before_replace=killed)
    assert out.read_text() == "second, longer\n" and written_by_blinarefs(out)
    out.write_text("the user's own\n")  # edited since: the user's
    assert not written_by_blinarefs(out)


def test_a_record_kept_by_an_earlier_version_is_still_read(tmp_path, monkeypatch):
    import json
    import os

    from blinarefs.fsio import file_state
    from blinarefs.outputs import RECORD_NAME

    cache = tmp_path / "cache"
    cache.mkdir()
    monkeypatch.setenv("BLINAREFS_CACHE_DIR", str(cache))
    out = tmp_path / "claims.tsv"
    out.write_text("a\tb\n")
    state = file_state(out)
    assert state is not None
    (cache / RECORD_NAME).write_text(json.dumps({os.path.realpath(out): list(state)}))
    assert written_by_blinarefs(out)
