"""`blinarefs evidence`, and evidence in `check` and `build`, on a manuscript and store
written for these tests: each entry's abstract is a made-up test text, no real record."""

from __future__ import annotations

import json

import pytest

from blinarefs.cli import main
from blinarefs.enrich.europepmc import abstract_text, full_text_from_jats

BIB = """@article{alpha2030,
  author = {Alpha, Ann},
  title = {A made-up trial of drugomab},
  journal = {Test Journal},
  year = {2030},
  abstract = {Test text written for blinarefs. RESULTS: The 3-year disease-free survival
              was 96.0% with drugomab vs 87.9% with chemotherapy alone (P<.001).},
}

@article{beta2031,
  author = {Beta, Bob},
  title = {A made-up cohort},
  journal = {Test Journal},
  year = {2031},
}
"""

MANUSCRIPT = """---
bibliography: refs.bib
---

Disease-free survival was {figure} with drugomab compared to 88% with chemotherapy only
[@alpha2030].
A second cohort was described elsewhere [@beta2031].
"""


@pytest.fixture
def paper(tmp_path, monkeypatch):
    monkeypatch.setenv("BLINAREFS_OFFLINE", "1")  # no service is asked: the texts are in the store

    def write(figure: str):
        (tmp_path / "refs.bib").write_text(BIB, encoding="utf-8")
        path = tmp_path / "paper.md"
        path.write_text(MANUSCRIPT.format(figure=figure), encoding="utf-8")
        return path

    return write


def test_evidence_supported_shows_the_sentence(paper, capsys):
    assert main(["evidence", str(paper("96%")), "--all"]) == 0
    out = capsys.readouterr().out
    assert "claim 1: supported" in out
    assert "96.0% with drugomab vs 87.9%" in out
    assert "no source text for beta2031" in out
    # what to do about it, in the same line: the identifiers are enrich's to find
    assert "beta2031: no DOI, PMID or PMCID to look the work up by (run 'blinarefs enrich" in out
    assert "triage, not judgment" in out


def test_evidence_flags_a_wrong_figure_and_exits_1(paper, capsys):
    assert main(["evidence", str(paper("91%")), "--json"]) == 1
    data = json.loads(capsys.readouterr().out)
    claim = data["claims"][0]
    assert claim["verdict"] == "contradicted"
    work = claim["works"][0]
    assert work["source"] == "abstract in the store"
    assert any(c["claimed"] == "91%" and c["status"] == "contradicted" for c in work["checks"])
    assert "96.0%" in work["evidence"][0]["text"]
    assert data["claims"][1]["verdict"] == "no source text"


def test_check_reports_and_shows_evidence_when_text_is_at_hand(paper, capsys, tmp_path):
    path = paper("91%")
    main(["check", str(path), "--json"])
    codes = [f["code"] for f in json.loads(capsys.readouterr().out)["findings"]]
    assert "claim-contradicted" in codes
    out = tmp_path / "report.html"
    main(["check", str(path), "--format", "html", "-o", str(out)])
    html = out.read_text(encoding="utf-8")
    assert 'id="evidence"' in html and '<del title="contradicted' in html
    assert "<mark>88%</mark>" in html or "<mark>88</mark>" in html


def test_evidence_writes_the_report_with_its_evidence(paper, tmp_path, capsys):
    out = tmp_path / "report.html"
    assert main(["evidence", str(paper("91%")), "--html", str(out), "-q"]) == 1
    html = out.read_text(encoding="utf-8")
    assert 'href="#evidence"' in html and "contradicted in the text of 1" in html
    assert "<mark>96.0%</mark> with <mark>drugomab</mark>" in html and "<mark>87.9%</mark>" in html


def test_help_teaches(capsys):
    with pytest.raises(SystemExit):
        main(["evidence", "--help"])
    out = capsys.readouterr().out
    assert "contradicted" in out and "--offline" in out and "examples:" in out


def test_europepmc_abstract_keeps_section_labels():
    # the shape of Europe PMC's core abstractText (tests/fixtures/europepmc/search-*.json)
    text = abstract_text("<h4>Background</h4>Made-up text.<h4>Results</h4>It rose to <i>93%</i>.")
    assert text == "BACKGROUND: Made-up text.\n\nRESULTS: It rose to 93%."
    assert abstract_text("Plain <b>text</b>.") == "Plain text."


def test_europepmc_full_text_reads_body_without_tables():
    from pathlib import Path

    xml = (Path(__file__).parent.parent / "fixtures/europepmc/fulltext-PMC11334054.xml").read_text()
    text = full_text_from_jats(xml)
    assert text.startswith("Test text written for blinarefs")
    assert "# Results" in text and "85% with blinatumomab" in text
    assert "<td>" not in text and "\n85\n" not in text


def test_the_documented_example_is_real_output(paper, capsys):
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    assert main(["evidence", str(paper("91%"))]) == 1
    out = capsys.readouterr().out
    for doc in ("README.md", "docs/evidence.md"):
        text = (root / doc).read_text(encoding="utf-8")
        block = text.split("$ blinarefs evidence paper.md\n", 1)[1].split("```", 1)[0]
        assert block.strip() and block in out, doc


def test_a_manuscript_without_references_is_an_error_not_nothing_to_check(tmp_path, capsys):
    # it printed "nothing to check" and exited 0, as if every citation had been checked
    path = tmp_path / "norefs.txt"
    path.write_text("A made-up claim [1]. Another made-up claim [2].\n", encoding="utf-8")
    assert main(["evidence", str(path), "--offline"]) == 1
    assert "error [no-references]" in capsys.readouterr().err
