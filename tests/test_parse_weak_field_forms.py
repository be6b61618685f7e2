"""Three printed forms whose title ran on into what follows it (issue 13, SAGE's, OUP's and
BMJ's titles): a journal named with place words before its volume and issue in SAGE's
Harvard, a paper's name and day after the title in SAGE's Harvard, and a body's title in
title case before "Place: Publisher". Every reference here is made up for the test."""

from __future__ import annotations

import pytest

from blinarefs.model import Reference
from blinarefs.parse import parse_reference_list


def _read(text: str) -> Reference:
    refs = parse_reference_list(f"1. {text}\n").references
    assert len(refs) == 1
    return refs[0]


# -- the journal before "Volume(Issue): pages" ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "title", "journal", "volume", "issue"),
    [
        # the journal's place words ("South Atlantic") made the labeller run the title on
        # over the journal and its volume, up to the issue's parenthesis
        (
            "Roe J (2030) Leaping to widgets. South Atlantic Quarterly 120(1): 163–175.",
            "Leaping to widgets",
            "South Atlantic Quarterly",
            "120",
            "1",
        ),
        (
            "Roe J and Doe K (2030) Introduction: From widgets to gadgets. North Atlantic "
            "Widget Quarterly 12(3): 1–11.",
            "Introduction: From widgets to gadgets",
            "North Atlantic Widget Quarterly",
            "12",
            "3",
        ),
    ],
)
def test_the_journal_before_volume_and_issue_is_no_part_of_the_title(
    text: str, title: str, journal: str, volume: str, issue: str
) -> None:
    ref = _read(text)
    assert (ref.title, ref.container_title, ref.volume, ref.issue) == (
        title, journal, volume, issue
    )  # fmt: skip


@pytest.mark.parametrize(
    ("text", "journal", "volume", "issue"),
    [
        # guards: what was read right before stays so
        (
            "Roe J and Doe K (2030) Widgets at scale. Urban Widget Studies 57(3): 16–75.",
            "Urban Widget Studies",
            "57",
            "3",
        ),
        ("Roe J. Widgets at scale. J Widget Res 2030;57(3):16–75.", "J Widget Res", "57", "3"),
        ("Roe J and Doe K (2030) Widgets. Widget Policy 57: 16–75.", "Widget Policy", "57", ""),
    ],
)
def test_journals_read_before_keep_their_reading(
    text: str, journal: str, volume: str, issue: str
) -> None:
    ref = _read(text)
    assert (ref.container_title, ref.volume, ref.issue) == (journal, volume, issue)


# -- a paper's name and day after the title, SAGE's Harvard ----------------------------------


def test_a_papers_name_and_day_after_the_title_are_no_part_of_it() -> None:
    ref = _read(
        "Roe J (2030) Widgets are everywhere now. The Springfield Post, 22 May. Available "
        "at: https://example.org/widgets (accessed 2 July 2031)."
    )
    assert (ref.title, ref.container_title, ref.issued) == (
        "Widgets are everywhere now", "The Springfield Post", (2030, 5, 22)
    )  # fmt: skip


def test_a_last_sentence_with_no_month_stays_in_the_title() -> None:
    # guard: a number after the comma that is no day of a month
    ref = _read(
        "Roe J (2030) Widgets now. Widget Survey, 22 Sites. Available at: "
        "https://example.org/widgets (accessed 2 July 2031)."
    )
    assert ref.title == "Widgets now. Widget Survey, 22 Sites"
    assert ref.container_title == ""


# -- a title in title case before "Place: Publisher" -------------------------------------------


@pytest.mark.parametrize(
    "place", ["Springfield", "Springfield, ST", "Washington, D.C.", "Cambridge, Mass."]
)
def test_a_title_case_title_is_no_part_of_the_place(place: str) -> None:
    ref = _read(
        f"Springfield Landscape Boards. State Widget Strategy. {place}: Springfield Widget "
        "Boards, 2030."
    )
    assert ref.title == "State Widget Strategy"
    assert [n.literal for n in ref.author] == ["Springfield Landscape Boards"]
    assert ref.publisher_place.rstrip(".") == place.rstrip(".")
    assert ref.publisher == "Springfield Widget Boards"


def test_an_abbreviated_place_keeps_its_stop() -> None:
    # guard: "St." inside the place is an abbreviation's stop, no sentence's end
    ref = _read("Roe J (2030) Made-up widget outcomes. Mt. Springfield: Example Agency. 45 p.")
    assert ref.title.startswith("Made-up widget outcomes")


# -- a title cut at a word no title ends with --------------------------------------------


@pytest.mark.parametrize("journal", ["Rev Exempl Widgets", "Rev. Exempl. Widgets"])
def test_a_title_cut_after_of_takes_back_its_end_from_the_journal(journal: str) -> None:
    # the labeller ended the title at "of" and opened the journal with the title's end
    ref = _read(
        "Roe J, Doe K. The use of widgets for the management of Mental Widget Services. "
        f"{journal}. 2030;29. doi: https://doi.org/10.1590/0000-0000.0000.0000"
    )
    assert ref.title == "The use of widgets for the management of Mental Widget Services"
    assert ref.container_title.rstrip(".") == journal.rstrip(".")


@pytest.mark.parametrize(
    ("text", "title", "journal"),
    [
        # guards: a journal of one sentence after a title ending so, or after a title
        # ending with a whole word, is read as before
        (
            "Roe J, Doe K. Widgets in the treatment of. Widget Res. 2030;29:1-9.",
            "Widgets in the treatment of",
            "Widget Res",
        ),
        (
            "Roe J, Doe K. Widgets for the management of Springfield. Mental Widget Services. "
            "2030;29:1-9.",
            "Widgets for the management of Springfield",
            "Mental Widget Services",
        ),
    ],
)
def test_a_journal_of_one_sentence_stays_whole(text: str, title: str, journal: str) -> None:
    ref = _read(text)
    assert (ref.title, ref.container_title) == (title, journal)


# -- a body's name before its year, SAGE's Harvard ------------------------------------------

_ONLINE = "Available at: https://example.org/widgets (accessed 2 July 2031)."


@pytest.mark.parametrize(
    ("text", "author", "title"),
    [
        # no word of an organisation's in the name: read as nothing or into the title
        (
            f"Example News (2030) Widgets are everywhere now. 3 June. {_ONLINE}",
            "Example News",
            "Widgets are everywhere now",
        ),
        (
            f"Springfield Brief (2030) Widgets are everywhere now. 3 June. {_ONLINE}",
            "Springfield Brief",
            "Widgets are everywhere now",
        ),
        # the grammar read the name and the year as the opening of a one-sentence title
        (
            "World Widget Organization (2030) Widgets. Journal of Widget Research. Epub ahead "
            "of print 7 March 2030. DOI: 10.1177/0000000001.",
            "World Widget Organization",
            "Widgets",
        ),
    ],
)
def test_a_bodys_name_before_its_year_is_the_author(text: str, author: str, title: str) -> None:
    ref = _read(text)
    assert [n.literal for n in ref.author] == [author]
    assert ref.title == title
    assert ref.issued is not None and ref.issued[0] == 2030


def test_a_day_and_month_alone_after_the_title_are_no_site() -> None:
    ref = _read(f"Example News (2030) Widgets are everywhere now. 3 June. {_ONLINE}")
    assert (ref.container_title, ref.issued) == ("", (2030, 6, 3))


@pytest.mark.parametrize(
    ("text", "families"),
    [
        # guards: people before the year are read as people
        (
            "Roe J and Doe K (2030) Widgets in use. Journal of Widget Research 4(2): 1–9.",
            ["Roe", "Doe"],
        ),
        ("Roe, J. (2030). Widgets in use. Journal of Widget Research, 4(2), 1–9.", ["Roe"]),
    ],
)
def test_people_before_their_year_stay_people(text: str, families: list[str]) -> None:
    ref = _read(text)
    assert [n.family for n in ref.author] == families
    assert ref.title == "Widgets in use"
