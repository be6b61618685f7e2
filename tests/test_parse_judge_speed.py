"""The judge of doubt does its list-wide work once a list and copies only what it changes
(issue 13, speed): the same verdicts, the same entries. Every reference here is made up."""

from __future__ import annotations

from collections import Counter

from hypothesis import given
from hypothesis import strategies as st

from blinarefs.model import CONFIDENCE_FIELD, build_reference
from blinarefs.parse import read_item
from blinarefs.parse.doubt import judged, rescored
from blinarefs.parse.doubt_case import Case, list_context, usual_place, volume_place
from blinarefs.parse.doubt_cues import volume_out_of_place
from blinarefs.parse.read import Reading

MADE_UP = [
    "Quill AB, Nib CD. A made-up study of invented widgets. Fict J Tests. 2031;12(3):45-67.",
    "Parchment GH, Scroll IJ, et al. Pretend results. Imag Lett 2029; 8: 101-9.",
    "Codex OP (2027) Entirely fictional data. Made Up Rev 33: 201–209.",
    "Some words that are not a reference at all",
]


def test_a_reading_the_judge_leaves_as_it_was_read_is_not_copied() -> None:
    readings = [read_item(text, i, None) for i, text in enumerate(MADE_UP, 1)]
    out = judged(readings)
    kept = [a for a, b in zip(readings, out, strict=True) if a is b]
    assert kept, "a fully read reference keeps its reading"
    agreed = readings[0]
    assert agreed.confidence == 1.0 and not agreed.doubtful
    assert rescored(agreed, 1.0, ()) is agreed


def test_a_reading_the_judge_changes_is_a_new_one_with_its_fields_written() -> None:
    agreed = read_item(MADE_UP[0], 1, None)
    doubted = rescored(agreed, 0.42, ("title",))
    assert doubted is not agreed and agreed.confidence == 1.0  # the old one is untouched
    assert (doubted.confidence, doubted.doubtful) == (0.42, ("title",))
    assert (CONFIDENCE_FIELD, "0.42") in doubted.reference.extra
    # the same doubts with another confidence: a copy, with the confidence written anew
    again = rescored(doubted, 0.3, ("title",))
    assert again is not doubted and (CONFIDENCE_FIELD, "0.30") in again.reference.extra
    # the same doubts and confidence: nothing to write, the reading itself
    assert rescored(doubted, 0.42, ("title",)) is doubted


def _old_out_of_place(places: Counter[str], volume: str, own: str) -> float:
    """volume_out_of_place as it read the list's places for every entry (the oracle)."""
    total = sum(places.values())
    if not volume or total < 5:
        return 0.0
    usual, count = places.most_common(1)[0]
    return float(count * 5 >= total * 3 and own not in ("?", usual))


_PLACES = st.sampled_from(["d;", "", ",a", "before", "d:", "a"])


@given(st.lists(_PLACES, max_size=12), st.sampled_from(["12", ""]), _PLACES)
def test_the_usual_place_found_once_a_list_weighs_as_before(places, volume, own) -> None:
    counted = Counter(places)
    usual = usual_place(counted)
    expected = 0.0 if usual is None else float(bool(volume) and own not in ("?", usual))
    assert expected == _old_out_of_place(counted, volume, own)


def _ref(printed: str, **fields: object):
    return build_reference("", {"type": "article-journal", "source_text": printed, **fields})


def _vancouver(n: int) -> list:
    return [
        _ref(f"Roe J. Title {i}. Made Med J. 2030;{i}(2):4.", container_title="Made Med J",
             volume=str(i))
        for i in range(10, 10 + n)
    ]  # fmt: skip


def test_a_volume_out_of_place_against_the_list_found_once() -> None:
    listed = _vancouver(6)
    context = list_context([Reading(r, 1.0, (), "grammar") for r in listed])
    assert context.usual_volume_place == volume_place(listed[0]) == "d;"
    odd = _ref("Roe J. Title. Made Med J. 2030;12(3):4.", container_title="Made Med J", volume="3")
    assert volume_out_of_place(Case("volume", odd, "agreed", (), {}, {}, 0.0, context)) == 1.0
    few = list_context([Reading(r, 1.0, (), "grammar") for r in listed[:4]])
    assert few.usual_volume_place is None  # four volumes: too few to tell a style
    assert volume_out_of_place(Case("volume", odd, "agreed", (), {}, {}, 0.0, few)) == 0.0
    # no place three in five volumes share: no style, nothing out of place
    assert usual_place(Counter({"d;": 3, ",a": 3})) is None
    assert usual_place(Counter({"d;": 3, ",a": 2})) == "d;"
