"""`blinarefs trace`, `blinarefs check` and the trace stage of `blinarefs build`."""

from __future__ import annotations

import json

from blinarefs.cli import main
from blinarefs.embedded import default_store, references_dir
from conftest import run_cli


def test_trace_prints_the_claim_table(capsys):
    assert main(["trace"]) == 0
    out = capsys.readouterr().out
    assert "8 citation markers, 30 claims, 10 references" in out
    assert " 12  explicit   2-9       Thus, pivotal trials" in out
    assert "marker '2-9' ->\n" in out and "  7 martinelli2017complete (Martinelli 2017)\n" in out
    assert "martinelli2017complete" in out and "Martinelli 2017" in out
    assert "inherited: continues claim 1" in out


def test_trace_json_carries_citations_claims_references(capsys):
    assert main(["trace", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    cite = data["citations"][6]
    assert {k: cite[k] for k in ("marker", "numbers")} == {
        "marker": "2-9",
        "numbers": [2, 3, 4, 5, 6, 7, 8, 9],
    }
    assert set(cite) >= {"marker", "start", "end", "numbers", "keys"}
    claim = data["claims"][0]
    assert set(claim) >= {"text", "start", "end", "numbers", "keys", "link"}
    assert claim["link"] == "explicit" and claim["keys"] == ["bassan2025upfront"]
    assert {c["link"] for c in data["claims"]} == {"explicit", "inherited", "entity", None}
    ref = data["references"][0]
    assert set(ref) >= {"number", "key", "cited_in"} and ref["cited_in"][:2] == [1, 2]


def test_check_seed_is_clean_and_lists_uncited_claims(capsys):
    assert main(["check"]) == 0
    out = capsys.readouterr().out
    assert "10 of 10 references cited, numbering in order, 0 dangling citations" in out
    assert "0 errors" in out
    assert out.count("[uncited-claim]") == 10
    assert "'A Philadelphia (Ph)-like signature was found in 31 out of 111" in out


def test_check_json(capsys):
    assert main(["check", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["summary"].startswith("10 of 10 references cited")
    uncited = [f for f in data["findings"] if f["code"] == "uncited-claim"]
    assert uncited and all({"severity", "span", "text", "suggestion"} <= set(f) for f in uncited)


def test_check_writes_html_and_markdown(tmp_path, capsys):
    out = tmp_path / "report.html"
    assert main(["check", "--format", "html", "-o", str(out)]) == 0
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!doctype html>") and "Traceability report" in page
    assert f"report written to {out}" in capsys.readouterr().out
    assert main(["check", "--format", "markdown"]) == 0
    assert capsys.readouterr().out.startswith("# Traceability report:")


def test_references_from_bib_or_list(capsys):
    assert main(["check", "--bib", str(default_store())]) == 0
    assert "10 of 10 references cited" in capsys.readouterr().out
    reflist = references_dir() / "commentary-references.txt"
    assert main(["trace", "--refs", str(reflist), "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)["references"]) == 10


def test_bib_and_refs_together_is_a_usage_error():
    result = run_cli("check", "--bib", "a.bib", "--refs", "b.txt")
    assert result.returncode == 2
    assert "not allowed with argument" in result.stderr


def test_build_writes_claims_and_report_and_follows_check(tmp_path, seed_text):
    result = run_cli("build", "-o", str(tmp_path / "out"))
    assert result.returncode == 0, result.stderr
    assert "trace      10 of 10 references cited" in result.stdout
    for name in ("claims.json", "claims.tsv", "report.html"):
        assert (tmp_path / "out" / name).exists()
    data = json.loads((tmp_path / "out" / "claims.json").read_text(encoding="utf-8"))
    assert len(data["citations"]) == 8 and len(data["claims"]) == 30

    bad = tmp_path / "bad.txt"
    bad.write_text(seed_text.replace("years.4 Blinatumomab", "years.14 Blinatumomab"))
    result = run_cli("build", str(bad), "-o", str(tmp_path / "bad-out"))
    assert result.returncode == 1
    assert "dangling-citation" in result.stdout


def test_build_reports_a_dangling_citation_once(tmp_path):
    # written for this test: '[7]' past a two-item list; the pandoc stage warned of it as
    # well as the trace stage's error, on the terminal, in --json and in report.html
    paper = tmp_path / "paper.txt"
    paper.write_text(
        "Relapse was rare after the invented regimen [1]. Rates fell in a second cohort [2]"
        " and in a third [7].\n\nReferences\n"
        "1. Pellow Q, Dray V. An invented cohort. J Madeup Med. 2021;3:1-9.\n"
        "2. Dray V. A second invented cohort. J Madeup Med. 2022;4:10-12.\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    result = run_cli("build", str(paper), "-o", str(out), "--offline", "--json")
    assert result.returncode == 1, result.stderr
    stages = {s["stage"]: s["findings"] for s in json.loads(result.stdout)["stages"]}
    dangling = [(stage, f) for stage, fs in stages.items() for f in fs
                if f["code"] == "dangling-citation"]  # fmt: skip
    assert [(stage, f["severity"]) for stage, f in dangling] == [("trace", "error")]
    assert "the list has 2" in dangling[0][1]["message"]
    html = (out / "report.html").read_text(encoding="utf-8")
    assert html.count("<code>dangling-citation</code>") == 1
    assert "not in the references; left as written" not in html
    result = run_cli("build", str(paper), "-o", str(tmp_path / "again"), "--offline")
    assert result.stdout.count("dangling-citation") == 1


def test_build_on_a_bare_reference_list_traces_nothing_and_blames_nothing(tmp_path):
    # written for this test: a list with no manuscript before it, whose page ranges and
    # volumes a body reader would take for citations
    bare = tmp_path / "list.txt"
    bare.write_text(
        "1. Madeup A, Invented B. A made-up title. J Test. 2020;1(2):3-4.\n"
        "2. Unreal C. Another made-up title. J Test. 2019;5:836-847.\n",
        encoding="utf-8",
    )
    result = run_cli("build", str(bare), "-o", str(tmp_path / "out"), "--offline")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "trace      nothing to trace: the file holds only a reference list" in result.stdout
    assert "dangling-citation" not in result.stdout
    assert "uncited-reference" not in result.stdout
    data = json.loads((tmp_path / "out" / "claims.json").read_text(encoding="utf-8"))
    assert data["citations"] == [] and len(data["references"]) == 2


def test_check_on_a_bare_reference_list_says_what_build_says(tmp_path, capsys):
    # written for this test: a list with nothing before it cites nothing, so no reference
    # is at fault; check said one uncited-reference error per reference (exit 1)
    bare = tmp_path / "list.txt"
    bare.write_text(
        "1. Pellow Q, Dray V. An invented cohort. J Madeup Med. 2021.\n"
        "2. Dray V. A second invented cohort. J Madeup Med. 2022;4:10-12.\n",
        encoding="utf-8",
    )
    assert main(["check", str(bare)]) == 0
    out = capsys.readouterr().out
    assert out == f"{bare}: nothing to trace: the file holds only a reference list\n"
    assert main(["check", str(bare), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["summary"] == "nothing to trace: the file holds only a reference list"
    assert data["findings"] == []
