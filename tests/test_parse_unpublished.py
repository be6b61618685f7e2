"""Works no library holds, as authors still list them. Every reference is made up."""

from __future__ import annotations

import pytest

from blinarefs.parse import parse_reference_list


def _one(printed: str):
    (ref,) = parse_reference_list(f"References\n1. {printed}\n").references
    return ref


@pytest.mark.parametrize(
    ("printed", "kind", "title", "status"),
    [
        # each was a book titled by its kind, its title in doubt
        ("Roe J. Personal communication, March 5, 2030.",
         "personal_communication", "Personal communication", ""),
        ("Doe P, Roe J. Unpublished data, 2030.", "manuscript", "Unpublished data", ""),
        # the bracket was part of the title
        ("Roe J, Doe P. Example therapy in example disease [manuscript in preparation]. 2030.",
         "manuscript", "Example therapy in example disease", "in preparation"),
        # an article whose journal was in doubt: it has none yet
        ("Roe J, Doe P. Example therapy in example disease. Submitted for publication.",
         "manuscript", "Example therapy in example disease", "submitted for publication"),
    ],
)  # fmt: skip
def test_an_unpublished_work_is_read_as_its_kind(printed, kind, title, status):
    ref = _one(printed)
    assert (ref.type, ref.title, ref.status, ref.container_title) == (kind, title, status, "")
    assert "parse-doubtful" not in dict(ref.extra)


@pytest.mark.parametrize(
    "printed",
    [
        "Roe J, Doe P. Example therapy in example disease. J Example Med. In press.",
        "Roe J. Unpublished data on example cells: a reanalysis. J Example Med. 2030;12:45-52.",
    ],
)
def test_a_paper_of_a_journal_stays_one(printed):
    ref = _one(printed)
    assert (ref.type, ref.container_title) == ("article-journal", "J Example Med")
