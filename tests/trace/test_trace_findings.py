"""`blinarefs trace` shows what reading found (a reference it could not read, a list's
problems) as `check` words it, and `trace --json` carries those findings in the shape of
`check --json`'s."""

from __future__ import annotations

import json

from blinarefs.cli import main

MANUSCRIPT = """Background

Aspirin lowers the risk of stroke in older adults [1]. A later trial agreed [2]. The dose
matters [3]. Some reported otherwise [12].

References
1. Roe J, Doe A. Aspirin and stroke in older adults. J Fict Med. 2019;12(3):45-52.
2. xyz
3. Poe K, Loe M. Dose finding for aspirin. Fict Trials. 2020;4:1-9.
"""


def _manuscript(tmp_path):
    path = tmp_path / "ms.txt"
    path.write_text(MANUSCRIPT, encoding="utf-8")
    return str(path)


def test_trace_shows_the_doubtful_reference_and_points_at_check(tmp_path, capsys):
    path = _manuscript(tmp_path)
    assert main(["trace", path]) == 0
    err = capsys.readouterr().err
    assert "warning [doubtful-reference]" in err and "reference 2 could not be fully read" in err
    assert f"blinarefs check {path}" in err


def test_trace_json_findings_have_the_shape_of_check_json(tmp_path, capsys):
    path = _manuscript(tmp_path)
    assert main(["trace", path, "--json"]) == 0
    traced = json.loads(capsys.readouterr().out)["findings"]
    main(["check", path, "--json"])
    checked = json.loads(capsys.readouterr().out)["findings"]
    assert [f["code"] for f in traced] == ["doubtful-reference"]
    assert traced[0] in checked  # the same finding, word for word and key for key
    assert "dangling-citation" in {f["code"] for f in checked}  # the trace's own: check's


def test_the_pointer_to_check_names_the_references_given(tmp_path, capsys):
    path = _manuscript(tmp_path)
    refs = tmp_path / "refs.txt"
    refs.write_text(MANUSCRIPT.partition("References\n")[2], encoding="utf-8")
    main(["trace", path, "--refs", str(refs)])
    assert f"blinarefs check {path} --refs {refs}" in capsys.readouterr().err
