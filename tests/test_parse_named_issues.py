"""The issue named in brackets after the volume, as the CDC prints its reports' and its
series' (all made-up text): "(No. 3)", "(No. RR-2)", "(No. SS-4)"."""

from __future__ import annotations

import pytest

from blinarefs.parse import parse_reference_list


@pytest.mark.parametrize(
    ("printed", "issue", "page"),
    [
        ("Roe J, Doe P. Made-up surveillance. MMWR Surveill Summ 2030;69(No. SS-4):1-20.",
         "SS-4", "1-20"),
        ("Roe J. Made-up recommendations. MMWR Recomm Rep 2030;69(No. RR-2):1-9.", "RR-2",
         "1-9"),
        ("Example Agency. Made-up report. Example Surveillance Report 2030;24(No. 3). "
         "http://www.example.gov/report.html", "3", ""),
    ],
)  # fmt: skip
def test_the_issue_named_in_brackets_after_the_volume(printed: str, issue: str, page: str) -> None:
    ref = parse_reference_list(f"References\n1. {printed}").references[0]
    assert (ref.volume, ref.issue, ref.page) == ("69" if "MMWR" in printed else "24", issue, page)
    assert ref.title.startswith("Made-up")
    assert not ref.title.endswith(")")
