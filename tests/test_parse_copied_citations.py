"""The same made-up article as a search engine's "Cite" box gives it in five styles (MLA,
APA, Chicago, Harvard, Vancouver), and MLA 9's "vol., no., year, pp." form: what authors
paste into a numbered list. Every reference here is a made-up test text."""

from __future__ import annotations

import pytest

from blinarefs.model import Reference
from blinarefs.parse import parse_reference_list


def _read(text: str) -> Reference:
    refs = parse_reference_list(f"References\n1. {text}\n").references
    assert len(refs) == 1
    return refs[0]


@pytest.mark.parametrize(
    "text",
    [
        # MLA 8, volume.issue before the year in parentheses
        'Okafor, Chinedu N., et al. "Timing of pretend anticoagulation after stroke." '
        "Journal of Made-Up Medicine 388.25 (2023): 2411-2421.",
        # APA
        "Okafor, C. N., Brandt, L., & Hsieh, M. (2023). Timing of pretend anticoagulation "
        "after stroke. Journal of Made-Up Medicine, 388(25), 2411-2421.",
        # Chicago
        'Okafor, Chinedu N., Lena Brandt, and Min Hsieh. "Timing of pretend anticoagulation '
        'after stroke." Journal of Made-Up Medicine 388, no. 25 (2023): 2411-2421.',
        # Harvard
        "Okafor, C.N., Brandt, L. and Hsieh, M., 2023. Timing of pretend anticoagulation "
        "after stroke. Journal of Made-Up Medicine, 388(25), pp.2411-2421.",
        # Vancouver with the full journal name and a date
        "Okafor CN, Brandt L, Hsieh M. Timing of pretend anticoagulation after stroke. "
        "Journal of Made-Up Medicine. 2023 Jun 22;388(25):2411-21.",
    ],
)
def test_one_article_in_every_copied_style(text: str) -> None:
    ref = _read(text)
    assert ref.author[0].family == "Okafor"
    assert ref.title == "Timing of pretend anticoagulation after stroke"
    assert ref.container_title == "Journal of Made-Up Medicine"
    assert (ref.volume, ref.issue, ref.page) == ("388", "25", "2411-2421")
    assert ref.issued[:1] == (2023,)


def test_mla_9_year_after_the_issue_is_the_year() -> None:
    ref = _read(
        'Roe, Jane, and Kim Moe. "Made-up title of a pretend study." Example Medicine, '
        "vol. 12, no. 3, 2019, pp. 45–67."
    )
    assert (ref.volume, ref.issue, ref.page, ref.issued[:1]) == ("12", "3", "45-67", (2019,))
