"""A journal's full name in sentence case between the title and the volume (issue 13), as
reference managers copy NLM's full titles into author-year lists ("The Lancet infectious
diseases 9: 162-172."): the title ran on over the journal, and the volume was read as the
issue. Every name and title here is made up."""

from __future__ import annotations

import pytest

from blinarefs.parse import parse_reference_list


def _read(printed: str):  # type: ignore[no-untyped-def]
    (ref,) = parse_reference_list(f"References\n1. {printed}\n").references
    return ref


@pytest.mark.parametrize(
    ("printed", "title", "journal", "volume"),
    [
        (
            "Roe J, Doe K, Poe L, et al (2030) Biomarkers for widget activity, cure, and"
            " relapse. The Examplia journal of widget diseases 9: 162–172.",
            "Biomarkers for widget activity, cure, and relapse",
            "The Examplia journal of widget diseases",
            "9",
        ),
        (
            "Roe J, Doe K (2030) The proteomic path towards widget discovery. Pediatric"
            " widgetry 12: 737–747.",
            "The proteomic path towards widget discovery",
            "Pediatric widgetry",
            "12",
        ),
        (
            "Roe J, Doe K (2030) Circulation level of widget-9 is correlated with gadget"
            " severity. The international journal of widgets and gadgets : the official"
            " journal of the Examplia Union against Widgets 6: 1–9.",
            "Circulation level of widget-9 is correlated with gadget severity",
            "The international journal of widgets and gadgets : the official journal of the"
            " Examplia Union against Widgets",
            "6",
        ),
    ],
)
def test_a_sentence_case_journal_before_its_volume_is_the_journal(
    printed: str, title: str, journal: str, volume: str
) -> None:
    ref = _read(printed)
    assert (ref.title, ref.container_title, ref.volume) == (title, journal, volume)


@pytest.mark.parametrize(
    ("printed", "title", "journal"),
    [
        (  # guard: a journal the labeller reads already
            "Roe J, Doe K (2030) Widgets in the ward. Examplia widget journal 12: 737–747.",
            "Widgets in the ward",
            "Examplia widget journal",
        ),
        (  # guard: an abbreviated journal
            "Roe J, Doe K (2030) Widgets in the ward. J Widget Res 12: 737–747.",
            "Widgets in the ward",
            "J Widget Res",
        ),
        (  # guard: Vancouver's year before the volume
            "Roe J, Doe K. Widgets in the ward. Pediatric widgetry. 2030;12:737–47.",
            "Widgets in the ward",
            "Pediatric widgetry",
        ),
    ],
)
def test_journals_read_before_are_unchanged(printed: str, title: str, journal: str) -> None:
    ref = _read(printed)
    assert (ref.title, ref.container_title) == (title, journal)
