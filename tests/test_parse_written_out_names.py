"""A person printed as two written-out words is read in the order its list prints people:
family first in a list of "Roe J" where the names are pinyin ("Liu Xun", as PLOS's lists
print Chinese names), given first elsewhere (all made-up text)."""

from __future__ import annotations

from blinarefs.parse import parse_reference_list
from blinarefs.parse.written_out_names import prints_family_first

_CLOSED = [
    "Poe A, Loe B (2030) Made-up study of things. J Example Med 12: 1–10.",
    "Moe C, Noe D, et al. (2029) Another made-up study. J Example Med 11: 5–9.",
    "Zoe E (2028) A third made-up study. J Example Med 10: 2–8.",
    "van der Koe F, Yoe GH (2027) Made-up methods. J Example Biol 9: 3–7.",
    "Hoe J-P (2026) Made-up results. J Example Biol 8: 4–6.",
]


def _families(items: list[str]) -> list[list[str]]:
    text = "References\n" + "".join(f"{k}. {t}\n" for k, t in enumerate(items, 1))
    return [[n.full_family for n in r.author] for r in parse_reference_list(text).references]


def test_pinyin_names_in_a_list_printed_family_first_are_family_first() -> None:
    items = [
        *_CLOSED,
        "Liu Xun, Wu Xiaoming (2030) Made-up effects of nothing. J Example Med 12: 11–20.",
        "Cui Zhi-Feng and Zhao Jing (2030) Made-up causes of nothing. J Example Med 12: 21–30.",
    ]
    assert _families(items)[-2:] == [["Liu", "Wu"], ["Cui", "Zhao"]]


def test_written_out_names_elsewhere_stay_given_first() -> None:
    # copied given-first into a list that closes its names: not pinyin, or a given name of
    # two syllables first ("Xiaohong Wu") among them
    items = [
        *_CLOSED,
        "Peter Roe, Anna Doe (2030) Made-up effects of nothing. J Example Med 12: 11–20.",
        "Xiaohong Wu, Liu Xun (2030) Made-up causes of nothing. J Example Med 12: 21–30.",
    ]
    assert _families(items)[-2:] == [["Roe", "Doe"], ["Wu", "Xun"]]
    chicago = [
        "Roe, J., Peter Doe, and A. Poe. 2030. Made-up Effects. J. Example Med. 12: 1–10.",
        "Moe, C., Anna Noe, and B. Zoe. 2029. Made-up Causes. J. Example Med. 11: 5–9.",
        *(f"Koe, F., and Walter Yoe. 20{k}. Made-up Methods. J. Example Biol. 9: {k}." for k in
          range(10, 16)),
    ]  # fmt: skip
    assert not prints_family_first(chicago)
    assert _families(chicago)[0] == ["Roe", "Doe", "Poe"]
    few = [*_CLOSED[:4], "Liu Xun and Wu Xiaoming (2030) Made-up. J Example Med 12: 1."]
    assert not prints_family_first(few)  # four of five: not enough to say
    assert _families(few)[-1] == ["Xun", "Xiaoming"]


def test_an_organisation_of_two_words_is_left_alone() -> None:
    items = [*_CLOSED, "Example Agency (2030) Made-up report. Springfield: Example Press."]
    assert _families(items)[-1] == ["Example Agency"]
