"""A thesis's university where APA and IEEE print it. Made-up test texts only."""

from __future__ import annotations

import pytest

from blinarefs.parse import parse_reference_list


@pytest.mark.parametrize(
    ("text", "school"),
    [
        ('T. Fenwick, "Low-power front ends for made-up sensors," Ph.D. dissertation, Dept. '
         "Elect. Eng., Univ. Example, Springfield, IL, USA, 2017.", "Univ. Example"),
        ("Fenwick, T. (2017). Low-power front ends for made-up sensors (Doctoral "
         "dissertation, University of Example).", "University of Example"),
        ("Fenwick T. Low-power front ends for made-up sensors [dissertation]. Springfield "
         "(IL): University of Example; 2017.", "University of Example"),
    ],
)  # fmt: skip
def test_a_theses_university_is_its_publisher(text: str, school: str) -> None:
    (ref,) = parse_reference_list(f"References\n1. {text}\n").references
    assert ref.type == "thesis"
    assert ref.title == "Low-power front ends for made-up sensors"
    assert ref.publisher == school
