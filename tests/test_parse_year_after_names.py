"""A year printed right after the last name's initials and their full stop ("Roe, L. 2030.
Title"), as author-year lists of biology journals print it, is the year, never a further
name, however the labeller marked it. Every reference here is made up."""

from __future__ import annotations

import pytest

from blinarefs.parse import read_item
from blinarefs.parse.assemble import assemble
from labelled import labelled_parts


def test_a_year_after_one_initial_and_its_stop_is_the_year() -> None:
    labelled, source = labelled_parts(
        ("Chau, L. 2031. ", "author"),
        ("Counting the made up seatrout", "title"),
        (". ", "other"),
        ("Journal of Fins", "container"),
        (" 3: 5-15.", "other"),
    )
    fields = assemble(labelled, source).fields
    names = fields["author"]
    assert isinstance(names, tuple)
    assert [(n.family, n.given, n.literal) for n in names] == [("Chau", "L.", "")]
    assert fields["issued"] == (2031,)


def test_a_year_after_two_initials_and_their_stop_is_the_year() -> None:
    labelled, source = labelled_parts(
        ("Chau, L. N. 2031. ", "author"),
        ("Counting the made up seatrout", "title"),
        (". ", "other"),
        ("Journal of Fins", "container"),
        (" 3: 5-15.", "other"),
    )
    fields = assemble(labelled, source).fields
    names = fields["author"]
    assert isinstance(names, tuple)
    assert [n.family for n in names] == ["Chau"]
    assert fields["issued"] == (2031,)


@pytest.mark.parametrize(
    "printed",
    [
        # APA and T&F's Harvard for a journal that numbers its volumes by the year (the
        # year printed twice): one person, not "Roe, S" with "D. (2030)." in the title
        "Roe, S. D. (2030). Example rapid tests for made-up care. J. Example Med., 2030.",
        "Roe, S. (2030). Example rapid tests for made-up care: Needs? J. Example Med., 2030.",
        "Roe, S.D., 2030. Example rapid tests for made-up care: Needs? J. Example Med., 2030.",
    ],
)
def test_one_name_before_the_year_when_the_journal_prints_the_year_again(printed: str) -> None:
    ref = read_item(printed, 1, 1).reference
    assert [(n.family, n.literal) for n in ref.author] == [("Roe", "")]
    assert ref.title.startswith("Example rapid tests")
