"""BMJ's note of a paper published online before its issue, "Journal Published Online
First: 29 June 2030. doi: ...", after the journal's name (issue 13): the journal is the
words between the title's full stop and the note, the title ends at that full stop.
Every reference here is a made-up test text, not a real record."""

from __future__ import annotations

import pytest

from blinarefs.parse import parse_reference_list

TITLE = "Improving outcomes after made-up care"
DOI = "doi: 10.1136/gutjnl-2030-123456"

LIST = [
    (f"Roe J, Doe P, et al. {TITLE}. Example Gut Published Online First: 29 June 2030. {DOI}",
     TITLE, "Example Gut"),
    (f"Roe J, Doe P, et al. {TITLE}. J Example Med Published Online First: 2030. {DOI}",
     TITLE, "J Example Med"),
    (f"Roe J, Doe P, et al. {TITLE}: a 12-year trend analysis of 7446 patients. Ann Example. "
     f"Published Online First: 17 12 2030 {DOI}",
     f"{TITLE}: a 12-year trend analysis of 7446 patients", "Ann Example"),
    (f"Roe J, Doe P, et al. {TITLE}. Example Gut 2030. Published Online First: 29 June 2030. "
     f"{DOI}", TITLE, "Example Gut"),
    (f"Roe J, Doe P, et al. {TITLE}. Example Gut 2030;Published Online First: 29 June 2030. "
     f"{DOI}", TITLE, "Example Gut"),
    (f"Roe J, Doe P, et al. {TITLE}. Example Gut [Published Online First: 29 June 2030]. {DOI}",
     TITLE, "Example Gut"),
    (f"Roe J, Doe P {TITLE} of example patients. Hum Example Published Online: 14 Jul 2030. "
     f"{DOI}", f"{TITLE} of example patients", "Hum Example"),
    (f"Roe J, Doe P. Does made-up care help? Br J Example Med Published Online First: 2 May "
     f"2030. {DOI}", "Does made-up care help?", "Br J Example Med"),
    # the date alone in square brackets, as copied from a BMJ journal's page
    (f"Roe J, Doe P, et al. {TITLE}. Example Gut Published Online First: [29 Jun 2030]. {DOI}",
     TITLE, "Example Gut"),
    (f"Roe J, Doe P. Does made-up care help? Br J Example Med Published Online First: [2 May "
     f"2030]. {DOI}", "Does made-up care help?", "Br J Example Med"),
]  # fmt: skip


@pytest.mark.parametrize(("printed", "title", "journal"), LIST)
def test_the_journal_before_published_online_first(printed: str, title: str, journal: str) -> None:
    (ref,) = parse_reference_list(f"References\n1. {printed}\n").references
    assert (ref.title, ref.container_title) == (title, journal)
    assert ref.type == "article-journal"
    assert ref.issued[:1] == (2030,)
    assert not ref.publisher_place


@pytest.mark.parametrize(
    "printed",
    [
        f"Roe J, Doe P. {TITLE}. Example Gut 2030;79:1–9. Published Online First: 2 May 2030.",
        f"Roe J, Doe P. {TITLE}. J Example Med 2030;12:34–56. {DOI}",
    ],
)
def test_a_journal_read_whole_stays(printed: str) -> None:
    (ref,) = parse_reference_list(f"References\n1. {printed}\n").references
    assert ref.title == TITLE
    assert ref.container_title in ("Example Gut", "J Example Med")
