"""Nothing a round trip changes goes unreported (issue 18): ligatures spelled out, accents
composed, page ranges expanded, TeX's single spaces. The texts are made up for these tests;
they are not real records."""

from __future__ import annotations

import json
from dataclasses import fields

import pytest

from blinarefs.cli import main
from blinarefs.interchange import (
    FIELD_NAMES,
    WRITE_FORMATS,
    changed_values,
    export_references,
    lost_fields,
    read_references,
)
from blinarefs.model import Name, Reference
from blinarefs.normalised import (
    change,
    kind_of_change,
    page_kind,
    parsed_changes,
    stored_changes,
)

LIGATURES = "E\ufb03cient \ufb01ltering of made-up widgets"  # "ﬃ" and "ﬁ"
COMBINING = "Cafe\u0301"  # "e" + COMBINING ACUTE ACCENT
MADE_UP = Reference(
    id="madeup2020",
    title=LIGATURES,
    author=(Name(family=COMBINING, given="B."), Name(family="Madeup", given="A.")),
    container_title="Journal of Invented Results",
    issued=(2020,),
    volume="12",
    page="1234-56",
    abstract="A first line &\na second line",
)


@pytest.mark.parametrize(
    ("before", "after", "kind"),
    [
        (LIGATURES, "Efficient filtering of made-up widgets", "ligature spelled out"),
        (COMBINING, "Caf\u00e9", "accents composed"),
        ("a  b\nc", "a b c", "whitespace collapsed"),
        ("5 \u00b5m", "5 \u03bcm", "compatibility character replaced"),
        ("\ufb01ne  Cafe\u0301", "fine Caf\u00e9", "whitespace collapsed, ligature spelled out, "
         "accents composed"),
        ("A\u2010B", "A-B", "Unicode hyphen as -"),
        ("a title", "another title", "changed"),
    ],
)  # fmt: skip
def test_each_kind_of_change_is_named(before, after, kind):
    assert kind_of_change(before, after) == kind


def test_a_page_range_is_expanded_and_its_dash_is_no_change():
    assert page_kind("1234-56", "1234-1256") == "page range expanded"
    assert page_kind("S12-9", "S12-S19") == "page range expanded"
    assert page_kind("1234\u201356", "1234-1256") == "page range expanded"
    assert page_kind("1234--1256", "1234-1256") is None
    assert change("k", "page", "1234 \u2013 1256", "1234-1256") is None
    message = change("smith2020", "page", "1234-56", "1234-1256").finding("refs.ris").message
    assert message == 'page "1234-56" written as "1234-1256" (page range expanded)'


def test_a_long_value_is_shown_around_its_change():
    before = "A made-up abstract. " * 10 + "\ufb01" + " Its end." * 10
    message = change("k", "abstract", before, before.replace("\ufb01", "fi")).message()
    assert len(message) < 220 and '..."' in message and "\ufb01" in message


def differing(a: Reference, b: Reference) -> set[str]:
    return {FIELD_NAMES[f.name] for f in fields(a) if getattr(a, f.name) != getattr(b, f.name)}


@pytest.mark.parametrize("fmt", WRITE_FORMATS)
def test_every_difference_after_a_round_trip_is_lost_or_changed_and_reported(fmt):
    text = export_references([MADE_UP], fmt)
    back = read_references(text, fmt if fmt != "biblatex" else "bibtex")
    again = back.references[0]
    lost = set(lost_fields([MADE_UP], fmt))
    written = {c.field for c in changed_values([MADE_UP], fmt)}
    read = {c.field for found in back.changes for c in found}
    assert differing(MADE_UP, again) == lost | written | read
    assert differing(MADE_UP, again) or fmt == "csl-json"  # CSL-JSON carries it all


def test_classic_bibtex_reports_ligatures_accents_and_tex_spaces():
    found = {(c.field, c.kind) for c in changed_values([MADE_UP], "bibtex")}
    assert found == {
        ("title", "ligature spelled out"),
        ("author", "accents composed"),
        ("abstract", "whitespace collapsed"),
    }
    assert {c.field for c in changed_values([MADE_UP], "biblatex")} == {"abstract"}
    assert changed_values([MADE_UP.with_fields(abstract="")], "csl-json") == []


@pytest.mark.parametrize(
    ("fmt", "text"),
    [
        ("ris", "TY  - JOUR\nTI  - A made-up title\nPY  - 2020\nSP  - 1234\nEP  - 56\nER  - \n"),
        ("endnote-xml", '<?xml version="1.0"?><xml><records><record><titles><title>A made-up '
         "title</title></titles><pages>1234-56</pages></record></records></xml>"),
        ("medline", "PMID- 1\nTI  - A made-up title.\nDP  - 2020\nPG  - 1234-56\n"),
    ],
)  # fmt: skip
def test_readers_that_expand_a_page_range_say_so(fmt, text):
    result = read_references(text, fmt)
    assert result.references[0].page == "1234-1256"
    [[found]] = result.changes
    assert (found.before, found.after, found.kind) == (
        "1234-56",
        "1234-1256",
        "page range expanded",
    )


def test_the_parser_reports_a_range_it_expands():
    ref = Reference(
        id="madeup2020", page="1234-1256", source_text="Madeup A. T. J. 2020;12:1234-56."
    )
    [found] = parsed_changes([ref])
    assert (found.key, found.before, found.after) == ("madeup2020", "1234-56", "1234-1256")
    printed_whole = ref.with_fields(source_text="Madeup A. T. J. 2012;12:1234\u20131256.")
    assert parsed_changes([printed_whole]) == []


def test_a_store_reports_what_it_gives_back_changed():
    assert {c.field for c in stored_changes([MADE_UP])} == {"abstract"}
    ascii = {c.field for c in stored_changes([MADE_UP], ascii=True)}
    assert ascii == {"title", "author", "abstract"}
    assert stored_changes([MADE_UP.with_fields(abstract="One line.")]) == []


# -- the commands --------------------------------------------------------------------------

RIS = "TY  - JOUR\nAU  - Madeup, A.\nTI  - A made-up title\nPY  - 2020\nSP  - 1234\nEP  - 56\n"
RIS += "ER  - \n"


def test_import_reports_the_expanded_range_under_the_store_key(tmp_path, capsys):
    (tmp_path / "in.ris").write_text(RIS, encoding="utf-8")
    store = tmp_path / "store.bib"
    assert main(["import", str(tmp_path / "in.ris"), "-o", str(store)]) == 0
    out = capsys.readouterr().out
    line = 'madeup2020madeup: page "1234-56" written as "1234-1256" (page range expanded)'
    assert f"info [normalised] {tmp_path / 'in.ris'} {line}" in out
    assert main(["import", str(tmp_path / "in.ris"), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    [finding] = [f for f in report["findings"] if f["code"] == "normalised"]
    assert finding["key"] == "madeup2020madeup" and finding["severity"] == "info"


def test_import_quiet_hides_the_report(tmp_path, capsys):
    (tmp_path / "in.ris").write_text(RIS, encoding="utf-8")
    assert main(["import", str(tmp_path / "in.ris"), "-o", str(tmp_path / "s.bib"), "-q"]) == 0
    assert "normalised" not in capsys.readouterr().out


def test_export_reports_ligatures_and_accents_in_text_and_json(tmp_path, capsys):
    from blinarefs.store import Store

    Store.from_references([MADE_UP], tmp_path / "s.bib").save()
    out = tmp_path / "classic.bib"
    assert main(["export", str(tmp_path / "s.bib"), "--to", "bibtex", "-o", str(out)]) == 0
    text = capsys.readouterr().out
    assert (
        f'info [normalised] {out} madeup2020: title "{LIGATURES}" written as '
        '"Efficient filtering of made-up widgets" (ligature spelled out)' in text
    )
    assert main(["export", str(tmp_path / "s.bib"), "--to", "bibtex", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert {f["message"].split()[0] for f in report["findings"]} == {"title", "author"}


def test_parse_reports_the_range_and_what_ascii_spells_out(tmp_path, capsys):
    refs = tmp_path / "refs.txt"
    refs.write_text(f"1. Madeup A. {LIGATURES}. J Invent Res. 2020;12:1234-56.\n", "utf-8")
    assert main(["parse", str(refs), "--ascii", "-o", str(tmp_path / "s.bib")]) == 0
    err = capsys.readouterr().err
    assert 'page "1234-56" written as "1234-1256" (page range expanded)' in err
    assert f'title "{LIGATURES}" written as "Efficient filtering' in err
    assert main(["parse", str(refs), "--json"]) == 0
    codes = [f["code"] for f in json.loads(capsys.readouterr().out)["findings"]]
    assert codes == ["normalised"]


def test_build_reports_the_parsed_range_and_the_classic_bibtex_export(tmp_path, capsys):
    ms = tmp_path / "ms.txt"
    ms.write_text(
        f"A made-up claim [1].\n\nReferences\n\n1. Madeup A. {LIGATURES}. J Invent Res. "
        "2020;12:1234-56.\n",
        encoding="utf-8",
    )
    main(["build", str(ms), "-o", str(tmp_path / "out"), "--json"])
    stages = json.loads(capsys.readouterr().out)["stages"]
    found = {
        (s["stage"], f["message"].split()[0])
        for s in stages
        for f in s["findings"]
        if f["code"] == "normalised"
    }
    assert found == {("parse", "page"), ("export", "title"), ("export", "printed-text")}


def test_the_examples_in_the_docs_are_what_blinarefs_prints(capsys):
    from blinarefs.console import Console
    from conftest import ROOT

    con = Console()
    page = change("smith2020", "page", "1234-56", "1234-1256").finding("zotero.ris")
    title = change("smith2020", "title", "E\ufb03cient \ufb01ltering", "Efficient filtering")
    lines = [con.finding_line(f) for f in (page, title.finding("classic.bib"))]
    guarantees = (ROOT / "docs" / "guarantees.md").read_text(encoding="utf-8")
    readme = " ".join((ROOT / "README.md").read_text(encoding="utf-8").split())
    assert all(f"  {line}\n" in guarantees for line in lines), lines
    assert f"`{lines[0]}`" in readme


def test_a_store_merged_with_its_own_ris_export_has_no_page_conflict(tmp_path, capsys):
    from blinarefs.store import Store

    store = tmp_path / "s.bib"
    Store.from_references([MADE_UP], store).save()
    assert main(["export", str(store), "-o", str(tmp_path / "s.ris")]) == 0
    capsys.readouterr()
    assert main(["import", str(tmp_path / "s.ris"), "--merge", str(store), "--json"]) == 0
    [outcome] = json.loads(capsys.readouterr().out)["outcomes"]
    assert (outcome["status"], outcome["conflicts"]) == ("unchanged", [])


def test_a_non_breaking_space_is_a_tie_both_ways():
    """Written as TeX's tie "~" (classic BibTeX and UTF-8 alike) and read back as the
    non-breaking space it was: nothing to report. A literal tilde stays a tilde."""
    from blinarefs.bibtex import format_entry
    from blinarefs.model import Reference
    from blinarefs.normalised import bibtex_changes
    from blinarefs.store import Store

    ref = Reference(id="k", title="Stage\u00a0IV disease, site ~3", issued=(2020,))
    for ascii in (False, True):
        entry = format_entry(ref, ascii=ascii)
        assert "Stage~{IV}" in entry and "\u00a0" not in entry
        assert Store.loads(entry)["k"].title == ref.title
        assert bibtex_changes(ref, ascii=ascii) == []
