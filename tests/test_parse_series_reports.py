"""A report in a series with its imprint, as MMWR prints the CDC's ("EXA. Title. Made-up
surveillance supplemental report, vol. 25, no. 1. Springfield, GA: Publisher; 2030. URL"),
is a report, not a journal's article (all made-up text)."""

from __future__ import annotations

from blinarefs.parse import read_judged


def test_a_series_with_an_imprint_is_a_report() -> None:
    ref = read_judged(
        "EXA. Estimated made-up incidence in Springfield, 2029–2030. Made-up surveillance "
        "supplemental report, vol. 25, no. 1. Springfield, GA: US Department of Examples, "
        "EXA; 2030. https://www.example.gov/reports/things.html",
        1,
    ).reference
    assert ref.type == "report"
    assert ref.collection_title == "Made-up surveillance supplemental report"
    assert ref.container_title == ""
    assert ref.title == "Estimated made-up incidence in Springfield, 2029–2030"
    assert (ref.publisher, ref.publisher_place) == ("US Department of Examples", "Springfield, GA")


def test_a_journal_article_stays() -> None:
    ref = read_judged(
        "Roe J. Made-up incidence of things. Example surveillance report, vol. 25, no. 1, "
        "pp. 1-9, 2030.",
        1,
    ).reference
    assert ref.type == "article-journal"
