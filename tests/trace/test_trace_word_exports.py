"""Plain-text readings that Word files saved as text call for.

A list item's number that opens its line ("    1. County", as LibreOffice and Word write
a numbered paragraph saved as text) is no flattened superscript, even in a manuscript
whose byline prints its superscripts after a space (the habit that makes a bare number
after a space a citation elsewhere); a narrative citation keeps its name when a comma was
typed after "et al." ("Roe et al., (2013) found")."""

from __future__ import annotations

import json

from blinarefs.cli import main
from blinarefs.trace.superscripts import flattened_candidates

QUESTIONNAIRE = (
    "Table 1. The questions asked of the wardens\nAnswers\n"
    "    1. Valley of the park\n40 valleys (n=80)\n"
    "    2) Otters seen in the year?\n12 otters (n=40)\n"
)


def test_an_items_number_opening_its_line_is_no_superscript():
    for spaced in (True, False):
        assert flattened_candidates(QUESTIONNAIRE, spaced=spaced) == []


def test_a_comma_typed_after_et_al_keeps_a_narrative_citation(tmp_path, capsys):
    # "Roe et al., (2013) found": as a manager's field shows it once edited by hand
    text = (
        "Results\nIn younger adults, Roe et al., (2013) found that a second task lowered "
        "the illusion (Lee and Kim, 2015).\nReferences\n"
        "Lee A, Kim B (2015) A made-up second task. J Imag Psychol 6:1–9\n"
        "Roe J, Doe A, Poe E (2013) An invented illusion in two tasks. J Imag Psychol 4:10–19\n"
    )
    path = tmp_path / "narrative.txt"
    path.write_text(text, encoding="utf-8")
    assert main(["trace", str(path), "--json"]) == 0
    cited = json.loads(capsys.readouterr().out)["citations"]
    assert [c["marker"] for c in cited] == ["Roe et al., (2013)", "(Lee and Kim, 2015)"]
