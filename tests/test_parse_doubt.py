"""The judge of doubt: its evidence, its arithmetic, and its verdict on made-up references."""

from __future__ import annotations

import math
import re
from dataclasses import replace
from pathlib import Path

import pytest

from blinarefs.model import Name, Reference, build_reference
from blinarefs.parse import parse_reference_list, read_item, read_judged
from blinarefs.parse.doubt import JUDGED, Weights, chance_wrong, judged, weights
from blinarefs.parse.doubt_case import Case, ListContext, list_context
from blinarefs.parse.doubt_evidence import (
    container_recurs,
    container_sentence_words,
    features,
    field_unlike_list,
    names_not_names,
    others_least_sure,
    pages_span_long,
    title_one_word,
    title_opens_lower,
    type_rare_in_list,
    year_far,
)
from blinarefs.parse.read import Reading


def _listed(refs: list[Reference]) -> list[Reading]:
    return [Reading(ref, 1.0, (), "grammar") for ref in refs]


def _case(field: str, context: ListContext | None = None, **fields: object) -> Case:
    ref = build_reference("", {"type": "article-journal", **fields})
    return Case(field, ref, "unread", (), {}, {}, 0.0, context or list_context([]))


def test_a_journal_with_a_sentence_in_it_is_evidence_a_journal_without_is_none() -> None:
    assert container_sentence_words(_case("container_title", container_title="J Made Up Res")) == 0
    assert (
        container_sentence_words(
            _case("container_title", container_title="Journal of the Made Society")
        )
        == 0
    )
    odd = _case("container_title", container_title="patients were treated with made-up drugs")
    assert container_sentence_words(odd) == 1.0


def test_a_year_far_from_the_lists_years_and_a_one_word_title() -> None:
    refs = [build_reference("", {"issued": (y,)}) for y in (2028, 2029, 2030, 2030, 2031)]
    context = list_context(_listed(refs))
    assert year_far(_case("issued", context, issued=(2030,))) == 0
    assert year_far(_case("issued", context, issued=(1930,))) == 3.0
    assert title_one_word(_case("title", title="Introduction")) == 1.0
    assert title_one_word(_case("title", title="A made-up study of things")) == 0.0


def test_names_that_are_no_names() -> None:
    people = (Name(family="Roe", given="J"), Name(family="of the 2030 survey", given="A"))
    assert names_not_names(_case("author", author=people)) == 0.5
    assert names_not_names(_case("author", author=(Name(family="Roe", given="J"),))) == 0


def test_every_field_has_its_model_and_every_feature_a_weight() -> None:
    model = weights()
    assert set(model.by_field) == set(JUDGED)
    for field in JUDGED:
        named = set(features(_case(field)))
        assert named <= set(model.by_field[field]), field
    assert 0 < model.threshold < 1


def _reading(**evidence: object) -> Reading:
    ref = build_reference(
        "",
        {"type": "article-journal", "title": "A made-up title of a study", "issued": (2030,),
         "container_title": "Made Med J", "volume": "3", "page": "5-9",
         "author": (Name(family="Roe", given="J"),), "number": 1},
    )  # fmt: skip
    base = {"grammar": "disagreed", "disagreed": ("title",), "marginals": (("title", 0.9),)}
    return Reading(ref, 0.8, (), "grammar", (("agreement", 0.8),), **{**base, **evidence})


def test_the_judge_doubts_a_field_its_model_finds_likely_wrong(monkeypatch) -> None:
    from blinarefs.parse import doubt

    sharp = {f: {"bias": -6.0, "grammar_disagrees_here": 8.0} for f in JUDGED}
    monkeypatch.setattr(doubt, "weights", lambda: Weights(sharp, 0.5))
    [reading] = judged([_reading()])
    assert reading.doubtful == ("title",)
    others = (1 - 1 / (1 + math.exp(6.0))) ** (len(JUDGED) - 1)
    p_title = 1 / (1 + math.exp(-2.0))
    assert reading.confidence == pytest.approx(round(others * (1 - p_title), 2))
    extra = dict(reading.reference.extra)
    assert extra["parse-doubtful"] == "title"
    assert extra["parse-confidence"] == f"{reading.confidence:.2f}"
    [agreed] = judged([_reading(grammar="agreed", disagreed=())])
    assert agreed.doubtful == () and agreed.confidence == 1.0
    assert "parse-confidence" not in dict(agreed.reference.extra)


def test_a_missing_title_stays_in_doubt_whatever_the_model_says(monkeypatch) -> None:
    from blinarefs.parse import doubt

    calm = {f: {"bias": -9.0} for f in JUDGED}
    monkeypatch.setattr(doubt, "weights", lambda: Weights(calm, 0.5))
    reading = _reading(grammar="unread", disagreed=())
    reading = Reading(reading.reference.with_fields(title=""), 0.0, ("title",), "labeller",
                      (("title", 0.0),), "unread", (), (("title", 0.9),))  # fmt: skip
    [out] = judged([reading])
    assert out.doubtful == ("title",) and out.confidence == 0.0


def test_chance_wrong_is_the_logistic_of_the_weighted_evidence() -> None:
    model = Weights({"title": {"bias": 0.5, "title_one_word": 1.0}}, 0.5)
    case = _case("title", title="Introduction")
    assert chance_wrong(case, model) == pytest.approx(1 / (1 + math.exp(-1.5)))


# written for these tests: a made-up list in one house style, and one item misread
_LIST = """References
1. Roe J, Doe A. Made-up falls among older people in a small town. Inj Prev. 2030;26(2):1-9.
2. Doe A, Roe J. A made-up cohort of walkers and runners. J Made Sci. 2029;12(4):345-52.
3. Smith B, Roe J. Made-up risk of falls in winter. Inj Prev. 2028;25(1):10-19.
4. Roe J, Smith B, Doe A. Gait speed and made-up balance scores. J Made Sci. 2030;13(1):20-8.
5. Roe, J., Doe, A. 2030 made-up falls in the park, walking and running were studied by the
team, p. 45.
"""


def test_a_misread_title_is_doubted_and_the_right_readings_are_not() -> None:
    parsed = parse_reference_list(_LIST)
    misread = parsed.references[4]
    assert misread.title.endswith(", p")  # the page's "p." read into the title
    [doubt] = parsed.doubts
    assert doubt.number == 5 and "title" in doubt.fields
    assert "title" in misread.doubtful
    assert 0 < doubt.confidence < 0.9
    assert dict(misread.extra)["parse-confidence"] == f"{doubt.confidence:.2f}"
    for ref in parsed.references[:4]:  # read alike by both readers, and by the judge
        assert not ref.doubtful and "parse-confidence" not in dict(ref.extra)


def test_a_right_reading_the_labeller_was_unsure_of_is_not_doubted() -> None:
    # the labeller's mean marginal on the journal is under 0.8, which alone made it a
    # doubt before the judge ("check its journal or book")
    parsed = parse_reference_list(
        "1. Roe J, Doe A. Made-up falls in the U.S. Inj Prev 2030;26:1–9.\n"
    )
    [ref] = parsed.references
    assert (ref.container_title, ref.volume, ref.page) == ("Inj Prev", "26", "1-9")
    assert parsed.doubts == ()
    assert 0.5 < float(dict(ref.extra)["parse-confidence"]) < 1  # read by the labeller alone


def test_an_item_read_on_its_own_is_judged_as_in_a_list() -> None:
    # a JATS citation tagging only its printed string is read so (manuscript/jats_refs.py)
    printed = "Roe J, Doe A. Made-up falls in the U.S. Inj Prev 2030;26:1–9."
    assert read_item(printed, 1, None).doubtful == ("container_title",)  # the readers' own
    judged_alone = read_judged(printed, 1)
    assert judged_alone.doubtful == ()
    assert "parse-doubtful" not in dict(judged_alone.reference.extra)


def test_the_lists_other_entries_say_which_kind_and_fields_are_odd() -> None:
    articles = [
        build_reference("", {"type": "article-journal", "container_title": "Made Med J",
                             "volume": str(v), "page": "1-9"})
        for v in range(9)
    ]  # fmt: skip
    book = build_reference("", {"type": "book", "title": "A made-up book"})
    context = list_context(_listed([*articles, book]))
    assert context.size == 10 and context.types["book"] == 1 and context.read["volume"] == 9
    rare = Case("volume", book, "agreed", (), {}, {}, 0.0, context)
    assert type_rare_in_list(rare) == 1.0
    assert type_rare_in_list(replace(rare, ref=articles[0])) == 0.0
    # the book has no volume where nine of ten entries have one; an article's is as theirs
    assert field_unlike_list(rare) == pytest.approx(0.9)
    assert field_unlike_list(replace(rare, ref=articles[0])) == pytest.approx(0.1)
    journal = Case("container_title", articles[0], "agreed", (), {}, {}, 0.0, context)
    assert container_recurs(journal) == 1.0


def test_a_field_muddled_elsewhere_and_pages_that_span_a_volume() -> None:
    case = _case("title", title="A made-up title", page="12-1312")
    muddled = replace(case, lowest={"title": 0.99, "container_title": 0.4})
    assert others_least_sure(muddled) == pytest.approx(0.6)
    assert others_least_sure(replace(muddled, lowest={"title": 0.3})) == 0.0
    assert pages_span_long(replace(case, field="page")) == 1.0
    assert pages_span_long(_case("page", page="12-31")) == 0.0
    assert title_opens_lower(_case("title", title="and a made-up end")) == 1.0
    assert title_opens_lower(case) == 0.0


def test_the_readmes_doubt_is_what_a_list_missing_a_title_and_year_prints() -> None:
    # README's Python example prints each doubt: its line, number, confidence and fields
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    shown = re.search(r'print\(doubt\)  # "([^"]+)"', readme)
    assert shown is not None
    text = (
        "References\n"
        "1. Roe J, Doe A. A made-up trial of things in adults. Lancet. 2020;395(2):100-110.\n"
        "2. Poe K.\n"
        "3. Brown T, Green P. A made-up effect of sleep. J Made Res. 2018;27:e12345.\n"
    )
    [doubt] = parse_reference_list(text).doubts
    assert str(doubt) == shown.group(1)
    assert doubt.number == 2 and doubt.confidence == 0.0 and doubt.fields == ("title", "issued")


def test_a_title_a_mender_read_is_no_missing_title():
    """Citing Medicine's database ("Title [Internet]. Place: Publisher. 2030 - [cited ...]")
    has its title read from the medium designator after the labeller left it out: the
    entry has its title, so no doubt says it has none."""
    (ref,) = parse_reference_list(
        "References\n1. Example Drug Database [Internet]. Springfield: Example Press. 2030 - "
        "[cited 2031 Jan 5]. Available from: https://example.org/db\n"
    ).references
    assert ref.title == "Example Drug Database"
    assert "title" not in dict(ref.extra).get("parse-doubtful", "")
