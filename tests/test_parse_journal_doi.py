"""OUP's advance article: the journal's name, then its DOI, with no year, volume or pages
("Title. Clin Example Dis doi: 10.9999/x."). Every reference here is made up for the
test."""

from __future__ import annotations

import pytest

from blinarefs.model import Reference
from blinarefs.parse import parse_reference_list


def _read(text: str) -> Reference:
    return parse_reference_list(f"1. {text}\n").references[0]


@pytest.mark.parametrize("journal", ["Clin Example Dis", "J Example Med", "Example Med J"])
@pytest.mark.parametrize("cue", ["doi: ", "doi:", "DOI: "])
def test_doi_after_a_journal_with_no_numbers_is_no_part_of_the_journal(
    journal: str, cue: str
) -> None:
    ref = _read(f"Roe J, Doe P. Title of the example study in mice. {journal} {cue}10.9999/x.12.")
    assert (ref.title, ref.container_title) == ("Title of the example study in mice", journal)
    assert ref.doi == "10.9999/x.12"
