"""What a printed reference says of its work's standing, found without asking a service.
The references are made up; the notices are PubMed's and the publishers' forms."""

from __future__ import annotations

import pytest

from blinarefs.parse import parse_reference_list
from blinarefs.validate import validate_references


def _codes(printed: str) -> list[tuple[str, str]]:
    refs = parse_reference_list(f"References\n1. {printed}\n").references
    return [(f.severity, f.code) for f in validate_references(refs) if f.code.startswith("printed")]


@pytest.mark.parametrize(
    ("printed", "expected"),
    [
        (
            "Roe A, Doe B. Made-up counts in fever. J Made Up. 2030;8(3):e301. "
            "Retraction in: J Made Up. 2031;10(2):200.",
            [("error", "printed-retraction")],
        ),
        (
            "Roe A, Doe B. RETRACTED: Made-up counts in fever. Made Up Rep. 2030;8:301-9.",
            [("error", "printed-retraction")],
        ),
        (
            "Roe A. Made-up counts. J Made Up. 2030;8:1-9. Expression of concern in: "
            "J Made Up. 2031;9:10.",
            [("warning", "printed-concern")],
        ),
        (
            "Roe A. Made-up counts. J Made Up. 2030;8:1-9. Erratum in: J Made Up. 2031;9:10.",
            [("info", "printed-erratum")],
        ),
        # the notices themselves, and a title about retractions, are sound to cite
        ("Roe A. Retraction of: made-up counts. J Made Up. 2031;9:10.", []),
        ("Roe A. Why papers are retracted: a made-up survey. J Made Up. 2031;9:10-5.", []),
    ],
)
def test_a_notice_printed_with_the_reference_is_reported(printed, expected):
    assert _codes(printed) == expected


def test_check_reports_a_printed_retraction_with_no_service_asked(tmp_path) -> None:
    from blinarefs import check_manuscript

    paper = tmp_path / "paper.txt"
    paper.write_text(
        "Owls avoid rain [1]. Owls count badly [2].\n\nReferences\n"
        "1. Roe J. Owls in rain. J Made Up Ornithol. 2030;12:45-67.\n"
        "2. Doe A. Owls counted. J Made Up Ornithol. 2029;11:1-9. "
        "Retraction in: J Made Up Ornithol. 2031;13:2.\n",
        encoding="utf-8",
    )
    report = check_manuscript(paper)
    found = [(f.severity, f.key) for f in report.findings if f.code == "printed-retraction"]
    assert found == [("error", report.inputs.references[1].id)]
