"""A doubtful reference's finding carries its doubted fields and its confidence as data in
`parse --json` and `check --json`, not only in the message, so a program can act on them."""

from __future__ import annotations

import json

from blinarefs.cli import main

# made up for this test: the second item is no reference at all
REFS = """1. Roe J, Doe A. Aspirin and stroke in older adults. J Fict Med. 2019;12(3):45-52.
2. xyz
3. Poe K, Loe M. Dose finding for aspirin. Fict Trials. 2020;4:1-9.
"""


def _doubts(findings: list[dict]) -> list[dict]:
    return [f for f in findings if f["code"] == "doubtful-reference"]


def test_parse_json_gives_the_doubted_fields_and_the_confidence(tmp_path, capsys) -> None:
    path = tmp_path / "refs.txt"
    path.write_text(REFS, encoding="utf-8")
    main(["parse", str(path), "--json"])
    [doubt] = _doubts(json.loads(capsys.readouterr().out)["findings"])
    # CSL-JSON's names, as the entries of the same output name their fields
    assert doubt["doubtful"] == ["title", "issued"]
    assert doubt["confidence"] == 0.0
    assert "check its title, year" in doubt["message"]


def test_check_json_gives_them_too_and_other_findings_do_not(tmp_path, capsys) -> None:
    path = tmp_path / "ms.txt"
    path.write_text("Aspirin helps [1] and [2], not [3] or [9].\n\nReferences\n" + REFS,
                    encoding="utf-8")  # fmt: skip
    main(["check", str(path), "--json"])
    findings = json.loads(capsys.readouterr().out)["findings"]
    [doubt] = _doubts(findings)
    assert doubt["doubtful"] == ["title", "issued"] and doubt["confidence"] == 0.0
    others = [f for f in findings if f["code"] != "doubtful-reference"]
    assert others and not any("doubtful" in f or "confidence" in f for f in others)
