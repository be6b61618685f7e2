"""A month printed between a journal's name and its year, EndNote's AMA-like form
"Journal. Jun 6 2030;12(3):45-67." (issue 13, preprints' reference lists): the month and
day are the date's, never the journal's. Every reference here is made up."""

from __future__ import annotations

import pytest

from blinarefs.model import Reference
from blinarefs.parse import parse_reference_list

_AUTHORS = "Roe JA, Doe B, Poe C, et al. Examplian findings in Springfield mice."


def _read(text: str) -> Reference:
    refs = parse_reference_list(f"1. {text}\n").references
    assert len(refs) == 1
    return refs[0]


@pytest.mark.parametrize(
    ("tail", "container", "issued"),
    [
        ("Examplia Rev. Sep 2030;21(4):655–675. doi:10.5555/ex.2030.1", "Examplia Rev", (2030, 9)),
        ("Cell Exampl. Jun 6 2030;153(6):1194-217.", "Cell Exampl", (2030, 6, 6)),
        ("J Examplia. August 2030;4(2):1-9.", "J Examplia", (2030, 8)),
        # a span of months: the reader dates it by its last
        ("Exampl Rev. Nov-Dec 2030;2(6):640-53.", "Exampl Rev", (2030, 12)),
    ],
)
def test_the_month_before_the_year_is_the_dates(
    tail: str, container: str, issued: tuple[int, ...]
) -> None:
    ref = _read(f"{_AUTHORS} {tail}")
    assert (ref.container_title, ref.issued) == (container, issued)
    assert ref.title == "Examplian findings in Springfield mice"
    assert [a.family for a in ref.author] == ["Roe", "Doe", "Poe"]


@pytest.mark.parametrize(
    ("tail", "container"),
    [
        # guard: the year right after the journal, and a journal's own last word a month's
        # abbreviation printed with its stop
        ("Examplia Rev. 2030;21(4):655–675.", "Examplia Rev"),
        ("Rev. Biol. Mar. 2030;21(4):655–675.", "Rev. Biol. Mar."),
    ],
)
def test_a_journal_read_whole_keeps_its_name(tail: str, container: str) -> None:
    assert _read(f"{_AUTHORS} {tail}").container_title == container


def test_the_day_after_a_month_read_with_the_journal_is_the_dates() -> None:
    """ "Sci Exampl. May 4 2030": the journal's name never keeps "May" (read with it, and
    the day left out, the year did not follow it)."""
    for journal in ("Sci Exampl", "Cell"):
        ref = _read(f"{_AUTHORS} {journal}. May 4 2030;8(2):7021. doi:10.5555/ex.2030.2")
        assert (ref.container_title, ref.issued[:1]) == (journal, (2030,))
