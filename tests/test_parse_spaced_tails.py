"""Journal, year, volume and pages separated by spaces alone ("Made Up Endocrinology 2014
155 4437-4446", the Bioscientifica journals' house style), as PMC's text of such lists also
prints them: the pages missing and a full stop left where they were, a colon in the
journal's name, an article number or an e-page with its dot. All text here is invented."""

from __future__ import annotations

import pytest

from blinarefs.parse import parse_reference_list

NAMES_TITLE = "1. Roe J, Doe AB & Poe C Invented binding of made-up hormones in plasma."


@pytest.mark.parametrize(
    "tail, journal, volume, page",
    [
        ("Fict Endocrinol 2014 155 4437–4446. (10.9999/f)", "Fict Endocrinol", "155", "4437-4446"),
        ("Fict Endocrinol 2014 155 . (10.9999/f)", "Fict Endocrinol", "155", None),
        ("Fict Endocrinol 2014 155. (https://doi.org/10.9999/f)", "Fict Endocrinol", "155", None),
        ("Clinical Fiction 2000 46 .", "Clinical Fiction", "46", None),
        ("Made Rev: Endocrinol 2012 8 . (10.9999/m)", "Made Rev: Endocrinol", "8", None),
        ("Fict Proteom 2011 10 M111.009100 (10.9999/p)", "Fict Proteom", "10", "M111.009100"),
        ("Fict St 2018 26 1337.e3–1345.e3. (10.9999/s)", "Fict St", "26", "1337.e3-1345.e3"),
    ],
)  # fmt: skip
def test_journal_year_volume_and_pages_with_spaces_alone(tail, journal, volume, page):
    (ref,) = parse_reference_list(f"{NAMES_TITLE} {tail}\n").references
    assert ref.type == "article-journal"
    assert ref.title == "Invented binding of made-up hormones in plasma"
    assert ref.container_title == journal and ref.volume == volume
    assert ref.issued and ref.issued[0] in (2000, 2011, 2012, 2014, 2018)
    assert (ref.page or None) == page


def test_a_title_ending_in_a_year_and_a_number_is_no_journal_without_its_closing_mark():
    """Without pages, nothing closes the year and the number but a DOI or a lone full stop:
    a title's own "in 2014 155 patients." stays the title's."""
    text = "1. Roe J, Doe AB Outcomes of an invented cohort followed in 2014 155 patients."
    (ref,) = parse_reference_list(text + "\n").references
    assert ref.container_title != "cohort followed in"
    assert "2014 155 patients" in (ref.title or "")
