"""``blinarefs export`` and ``blinarefs import`` as a user runs them, and the build's exports.

Inputs are the seed store and the inputs of test_import.py (values from
../shared/data/seed-references.json).
"""

from __future__ import annotations

import io
import json
import re
import shutil

from blinarefs.cli import main
from blinarefs.store import Store
from conftest import ROOT, run_cli
from test_import import MEDLINE, PUBMED_CITE, RIS

SEED_BIB = ROOT / "references" / "commentary.bib"


def _store_copy(tmp_path):
    path = tmp_path / "refs.bib"
    shutil.copy(SEED_BIB, path)
    return path


# -- export --------------------------------------------------------------------------------------


def test_export_to_stdout_lists_what_the_format_cannot_carry(capsys):
    assert main(["export", "--to", "ris"]) == 0
    out, err = capsys.readouterr()
    assert out.count("TY  - JOUR") == 10 and out.count("ER  - ") == 10
    assert 'not carried: author-truncated (10 of 10): RIS has no "et al" marker' in err
    assert "not carried: printed-text (10 of 10)" in err


def test_export_format_from_the_extension_and_nothing_lost(tmp_path, capsys):
    out = tmp_path / "refs.json"
    assert main(["export", "-o", str(out)]) == 0
    items = json.loads(out.read_text(encoding="utf-8"))
    assert [i["id"] for i in items][:2] == ["bassan2025upfront", "kantarjian2017blinatumomab"]
    assert items[0]["custom"]["author-truncated"] is True
    stdout = capsys.readouterr().out
    assert "10 references" in stdout and "CSL-JSON" in stdout and "not carried" not in stdout


def test_export_bib_needs_a_format(tmp_path):
    result = run_cli("export", "-o", str(tmp_path / "refs.bib"))
    assert result.returncode == 2
    assert "give --to bibtex, biblatex" in result.stderr and "Traceback" not in result.stderr


def test_export_clean_bibtex_and_json_report(tmp_path, capsys):
    out = tmp_path / "clean.bib"
    assert main(["export", "--to", "bibtex", "--clean", "-o", str(out), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["format"] == "bibtex" and report["references"] == 10
    assert set(report["lost"]) == {"number", "printed-text"}
    assert len(report["lost"]["number"]["keys"]) == 10
    text = out.read_text(encoding="utf-8")
    assert text.isascii() and "blinarefs-" not in text and 'G{\\"o}kbuget' in text


# -- import --------------------------------------------------------------------------------------


def test_import_merges_a_pubmed_record_into_a_store(tmp_path, capsys):
    store = _store_copy(tmp_path)
    before = store.read_text(encoding="utf-8")
    nbib = tmp_path / "pubmed.nbib"
    nbib.write_text(MEDLINE, encoding="utf-8")
    assert main(["import", str(nbib), "--merge", str(store)]) == 0
    out = capsys.readouterr().out
    assert "2 references read (PubMed MEDLINE (.nbib))" in out
    assert "merged    litzow2024blinatumomab (same title, year and first author): added" in out
    assert "refs.bib: 0 new, 2 merged, 0 unchanged; 10 entries, saved" in out
    after = Store.load(store)
    litzow = after["litzow2024blinatumomab"]
    assert (litzow.doi, litzow.pmid, litzow.issued) == (
        "10.1056/NEJMoa2312948",
        "39047240",
        (2024, 7, 25),
    )
    # only the two merged entries were rewritten
    untouched = before.split("@article{gupta2025blinatumomab")[1].split("@article{hogan")[0]
    assert untouched in store.read_text(encoding="utf-8")
    assert main(["import", str(nbib), "--merge", str(store)]) == 0  # again: nothing to do
    assert "0 new, 0 merged, 2 unchanged; nothing to change" in capsys.readouterr().out


def test_import_dry_run_writes_nothing(tmp_path, capsys):
    store = _store_copy(tmp_path)
    ris = tmp_path / "litzow.ris"
    ris.write_text(RIS, encoding="utf-8")
    assert main(["import", str(ris), "--merge", str(store), "--dry-run"]) == 0
    captured = capsys.readouterr()
    assert "nothing written (--dry-run)" in captured.out
    assert "tag M1 not read" in captured.err
    assert store.read_bytes() == SEED_BIB.read_bytes()


def test_import_will_not_overwrite_a_store_without_merge(tmp_path):
    store = _store_copy(tmp_path)
    other = tmp_path / "other.bib"
    other.write_bytes(store.read_bytes())
    result = run_cli("import", str(other), "-o", str(store))
    assert result.returncode == 2
    assert f"{store} exists (add to it with --merge {store}" in result.stderr
    result = run_cli("import", str(store), "-o", str(store))  # and never onto its input
    assert result.returncode == 2 and "is also this command's input" in result.stderr


def test_paste_from_pubmed_on_stdin():
    result = run_cli("import", "-", input=PUBMED_CITE)
    assert result.returncode == 0, result.stderr
    assert result.stdout.count("@article{") == 2
    assert "= {10.1056/NEJMoa2312948}," in result.stdout
    # named as the findings name it, not "-"
    assert "<stdin>: 2 references read (free-text reference list)" in result.stderr


def test_import_into_a_new_store_and_json(tmp_path, capsys):
    out = tmp_path / "new.bib"
    nbib = tmp_path / "pubmed.txt"  # PubMed's "Save > PubMed format" names files .txt
    nbib.write_text(MEDLINE, encoding="utf-8")
    assert main(["import", str(nbib), "-o", str(out), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["format"] == "medline" and report["written"] is True
    assert [o["key"] for o in report["outcomes"]] == [
        "litzow2024blinatumomab",
        "hogan2023childrens",
    ]
    assert Store.load(out).keys() == ["litzow2024blinatumomab", "hogan2023childrens"]


def test_unreadable_text_is_kept_with_a_warning_naming_its_line(tmp_path, capsys):
    path = tmp_path / "refs.txt"
    path.write_text("1. Words written for the tests, with no year.\n", encoding="utf-8")
    assert main(["import", str(path)]) == 0  # kept: a warning, not an error
    captured = capsys.readouterr()
    assert "blinarefs-printed = {Words written for the tests, with no year.}" in captured.out
    assert "refs.txt:1: reference 1 could not be fully read" in captured.err
    # the year, which was not read, and whatever else the judge of doubt finds likely wrong
    assert re.search(r"check its (?:[\w ]+, )*year\b", captured.err)


def test_from_overrides_detection(tmp_path, capsys):
    path = tmp_path / "litzow.txt"
    path.write_text(RIS, encoding="utf-8")
    assert main(["import", str(path), "--from", "ris", "-q"]) == 0
    assert "@article{litzow2024blinatumomab," in capsys.readouterr().out


# -- build ---------------------------------------------------------------------------------------


def test_build_writes_every_export_and_they_read_back(tmp_path, capsys):
    main(["build", "-o", str(tmp_path), "-q"])
    exports = tmp_path / "exports"
    names = sorted(p.name for p in exports.iterdir())
    assert names == [
        "references-biblatex.bib",
        "references-endnote.xml",
        "references.bib",
        "references.json",
        "references.ris",
    ]
    for name in names:
        code = main(["import", str(exports / name), "--merge", str(tmp_path / "references.bib"),
                     "--dry-run", "--json"])  # fmt: skip
        report = json.loads(capsys.readouterr().out)
        assert code == 0 and {o["status"] for o in report["outcomes"]} == {"unchanged"}, name


def test_a_first_import_into_a_store_that_does_not_exist_says_how_to_make_it(tmp_path, capsys):
    ris = tmp_path / "zotero.ris"
    ris.write_text(RIS, encoding="utf-8")
    target = tmp_path / "new" / "refs.bib"
    assert main(["import", str(ris), "--merge", str(target)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and f"-o {target} makes a new store" in err
    assert not target.parent.exists()


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_import_from_a_terminal_says_how_to_end_the_paste(monkeypatch, capsys):
    # it waited in silence for the end of input
    monkeypatch.setattr("sys.stdin", _Terminal(PUBMED_CITE))
    assert main(["import", "-"]) == 0
    assert "then press Ctrl-D" in capsys.readouterr().err


def test_the_command_pages_import_examples_are_real_output(tmp_path, capsys, monkeypatch):
    # docs/commands.md shows them on files made for the page: Litzow's PubMed record alone,
    # and Hogan's NLM citation as PubMed's "Cite" box gives it
    from docs_examples import shell_examples

    monkeypatch.chdir(tmp_path)
    _store_copy(tmp_path)
    litzow = MEDLINE.split("\nPMID- 37257143")[0] + "\n"
    (tmp_path / "pubmed-39047240.nbib").write_text(litzow, encoding="utf-8")
    hogan = next(part for part in PUBMED_CITE.split("\n\n") if part.startswith("Hogan"))
    (tmp_path / "pubmed-cite.txt").write_text(hogan, encoding="utf-8")
    examples = [(c, s) for c, s in shell_examples() if c.startswith("blinarefs import pubmed")]
    assert len(examples) == 2
    for command, shown in examples:
        main(command.split()[1:])
        assert capsys.readouterr().out.splitlines() == shown.rstrip("\n").splitlines(), command
    # then the BibLaTeX entry the page shows for the merged record (its day aside)
    (command, shown), *_ = [(c, s) for c, s in shell_examples() if "{litzow" in c]
    main(["export", "refs.bib", "--to", "biblatex", "-q"])
    out = capsys.readouterr().out
    entry = "@article{litzow" + out.split("@article{litzow", 1)[1].split("\n}\n", 1)[0] + "\n}"
    day = re.compile(r"\d{4}-\d\d-\d\d(?=[;}])")
    assert day.sub("DAY", entry).splitlines() == day.sub("DAY", shown).rstrip("\n").splitlines()
