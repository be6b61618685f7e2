"""A year tag that holds when a web page was read: set aside, the other years kept
(made-up references)."""

from __future__ import annotations

from pathlib import Path

from corpora.jats_access_year import ACCESS_YEAR

from benchmarks_corpora.jats_made import one_mixed


def test_the_year_of_an_access_date_is_set_aside(tmp_path: Path) -> None:
    page = one_mixed(
        tmp_path,
        "<collab>Example Agency. A made-up page?</collab> Available at: "
        "<ext-link>https://example.org/2029/05/page.html</ext-link> "
        "(accessed January <year>2030</year>).",
        "other",
    )
    assert page.year is None and ACCESS_YEAR in page.notes


def test_a_vancouver_cited_date_and_an_abnt_acesso_are_access_dates(tmp_path: Path) -> None:
    cited = one_mixed(
        tmp_path,
        "Example Agency. Made-up page [Internet]. [cited April 24, <year>2030</year>].",
        "web",
    )
    acesso = one_mixed(
        tmp_path,
        "ROE, J. Página inventada. Disponível em: https://example.org. Acesso em: 3 "
        "nov. <year>2030</year>.",
        "web",
    )
    assert cited.year is None and acesso.year is None


def test_a_year_printed_as_the_works_date_is_kept(tmp_path: Path) -> None:
    dated = one_mixed(
        tmp_path, "Roe J. Made-up page [Internet]. <year>2030</year> [cited 2031 Jan 3].", "web"
    )
    twice = one_mixed(
        tmp_path,
        "Roe J. Made-up report. Springfield; <year>2030</year>. Accessed 1 May 2030.",
        "report",
    )
    assert dated.year == "2030" and ACCESS_YEAR not in dated.notes
    assert twice.year == "2030" and ACCESS_YEAR not in twice.notes
