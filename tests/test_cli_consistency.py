"""One exit-code table, --quiet never hides an error, --only takes keys, counts agree with
their nouns (issue 18). The texts are made up for these tests."""

from __future__ import annotations

import pytest

from blinarefs.cli import main

BIB = "@article{madeup2020, title = {A made-up title}, year = {2020}}\n"


@pytest.mark.parametrize(
    "argv",
    [
        ["validate", "missing.bib"],
        ["parse", "missing.txt"],
        ["trace", "missing.txt"],
        ["format", "refs.bib", "--style", "no-such-style"],
        ["format", "refs.bib", "--style", "missing.csl"],
        ["export", "refs.bib", "--to", "no-such-format"],
    ],
)
def test_usage_errors_exit_2(tmp_path, monkeypatch, capsys, argv):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "refs.bib").write_text(BIB, encoding="utf-8")
    try:
        code = main(argv)
    except SystemExit as exc:  # argparse's own usage errors
        code = exc.code
    assert code == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and err.strip()


def test_help_documents_the_exit_codes(capsys):
    with pytest.raises(SystemExit):
        main(["validate", "--help"])
    out = capsys.readouterr().out
    assert "exit codes: 0 ok; 1 errors found" in out and "2 usage" in out


def test_quiet_build_still_shows_its_errors(tmp_path, capsys):
    manuscript = tmp_path / "ms.txt"
    manuscript.write_text(
        "Introduction\n\nA made-up claim.[1]\n\nReferences\n\n1. this line is no reference\n",
        encoding="utf-8",
    )
    code = main(["build", str(manuscript), "-o", str(tmp_path / "out"), "-q", "--skip", "enrich"])
    out, err = capsys.readouterr()
    assert code == 1
    assert "error" in err and out == ""


def test_only_takes_keys_not_the_store(tmp_path, capsys):
    store = tmp_path / "refs.bib"
    store.write_text(BIB, encoding="utf-8")
    assert main(["enrich", "--only", "madeup2020", str(store), "--offline"]) == 2
    assert "put the store first" in capsys.readouterr().err


def test_one_entry_is_not_one_entries(tmp_path, capsys):
    store = tmp_path / "refs.bib"
    store.write_text(BIB, encoding="utf-8")
    main(["validate", str(store)])
    out = capsys.readouterr().out
    assert "1 entry," in out and "1 entries" not in out


@pytest.mark.parametrize(
    "argv", [["parse"], ["validate"], ["format"], ["check"], ["import"], ["enrich", "--offline"]]
)
def test_a_folder_given_as_a_file_is_a_usage_error_like_a_missing_file(tmp_path, argv, capsys):
    assert main([*argv[:1], str(tmp_path), *argv[1:]]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and f"{tmp_path}: is a folder, not " in err


def test_build_refuses_a_stage_it_does_not_have(tmp_path, capsys):
    # "--skip enrichment" was accepted and skipped nothing
    with pytest.raises(SystemExit) as exc:
        main(["build", "-o", str(tmp_path / "out"), "--skip", "enrichment"])
    assert exc.value.code == 2
    assert "invalid choice: 'enrichment'" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def test_a_mistyped_command_is_named_with_the_one_meant(capsys):
    # "blinarefs chek" listed the twelve commands and left the user to find "check"
    assert main(["chek", "paper.txt"]) == 2
    err = capsys.readouterr().err
    assert "invalid choice: 'chek' (did you mean 'check'?" in err
    assert main(["frobnicate"]) == 2
    assert "did you mean" not in capsys.readouterr().err
