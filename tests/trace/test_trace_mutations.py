"""Plant one fault in the seed; ``check`` must report that fault and nothing else."""

from __future__ import annotations

import pytest

from blinarefs.trace.checks import check_trace
from blinarefs.trace.manuscript import trace_manuscript
from conftest import run_cli

REFERENCE_LEVEL = {
    "dangling-citation",
    "uncited-reference",
    "citation-order",
    "duplicate-reference",
}


def _findings(text: str):
    return check_trace(trace_manuscript(text))


def _new(text: str, baseline):
    before = {(f.code, f.text) for f in baseline}
    return [f for f in _findings(text) if (f.code, f.text) not in before]


@pytest.fixture(scope="module")
def baseline(seed_text):
    findings = _findings(seed_text)
    assert not [f for f in findings if f.code in REFERENCE_LEVEL]
    return findings


def test_removed_marker_leaves_its_reference_uncited(seed_text, baseline):
    text = seed_text.replace("T-cell responsiveness.10 ", "T-cell responsiveness. ")
    new = _new(text, baseline)
    assert [(f.severity, f.code, f.key) for f in new if f.code in REFERENCE_LEVEL] == [
        ("error", "uncited-reference", "zugmaier2015longterm")
    ]
    # The sentence that lost its marker is the same fault seen from the claim's side.
    claims = [f for f in new if f.code not in REFERENCE_LEVEL]
    assert [f.code for f in claims] == ["uncited-claim"]
    assert claims[0].text.endswith("does not entirely inhibit T-cell responsiveness.")


def test_number_past_the_list_is_dangling(seed_text, baseline):
    text = seed_text.replace("multiagent chemotherapy.2 In", "multiagent chemotherapy.2,11 In")
    new = _new(text, baseline)
    assert len(new) == 1
    f = new[0]
    assert (f.severity, f.code, f.text) == ("error", "dangling-citation", "2,11")
    assert text[f.span[0] : f.span[1]] == "2,11"
    assert "reference 11" in f.message and "has 10" in f.message


def test_swapped_first_citations_are_out_of_order(seed_text, baseline):
    text = seed_text.replace("chemotherapy.2 In March", "chemotherapy.@@ In March")
    text = text.replace("in June 2023.3 In June", "in June 2023.2 In June")
    text = text.replace("chemotherapy.@@ In March", "chemotherapy.3 In March")
    trace = trace_manuscript(text)
    assert [c.numbers for c in trace.citations][:3] == [(1,), (3,), (2,)]
    new = _new(text, baseline)
    assert len(new) == 1
    f = new[0]
    assert (f.severity, f.code, f.key) == ("error", "citation-order", "gokbuget2018blinatumomab")
    assert f.message == "reference 3 is first cited here, before reference 2"
    assert text[f.span[0] - 13 : f.span[1]] == "chemotherapy.3"


def test_check_command_exits_1_on_a_planted_fault(seed_text, tmp_path):
    path = tmp_path / "paper.txt"
    path.write_text(seed_text.replace("years.4 Blinatumomab", "years.14 Blinatumomab"))
    result = run_cli("check", str(path))
    assert result.returncode == 1
    assert "dangling-citation" in result.stdout
    assert "points at reference 14" in result.stdout
