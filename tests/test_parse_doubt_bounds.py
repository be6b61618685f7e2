"""The judge of doubt's evidence about where a field ends and which kind of work was read
(``parse/doubt_bounds.py``), and the labeller's hesitation over a field's bounds."""

from __future__ import annotations

from dataclasses import replace

import pytest

from blinarefs.model import build_reference
from blinarefs.parse import read_item
from blinarefs.parse.doubt_bounds import (
    abbreviated,
    article_unlocated,
    container_alone_unabbreviated,
    labeller_edge_unsure,
    title_cut_at_a_comma,
    title_ends_in_a_dangling_word,
    type_located_as_an_article,
    type_without_a_container,
)
from blinarefs.parse.doubt_case import Case, list_context
from blinarefs.parse.labeller import edges
from blinarefs.parse.read import Reading
from labelled import labelled_parts


def _ref(printed: str = "", **fields: object):
    return build_reference("", {"type": "article-journal", "source_text": printed, **fields})


def _listed(refs) -> list[Reading]:
    return [Reading(ref, 1.0, (), "grammar") for ref in refs]


def _case(field: str, ref, refs=()) -> Case:
    return Case(field, ref, "agreed", (), {}, {}, 0.0, list_context(_listed([ref, *refs])))


def test_edges_are_the_fields_chance_on_the_words_just_outside_it() -> None:
    labelled, _ = labelled_parts(("Roe J. ", "author"), ("A made-up study", "title"),
                                 (", ", "other"), ("part two. ", "container"),
                                 ("Made J. 2030", "other"))  # fmt: skip
    # a made-up labeller: "part" is nearly the title's, every other outside token is not
    chance = {("title", "part"): 0.4, ("title", ","): 0.2}

    def marginal(lab: str, i: int) -> float:
        return chance.get((lab, labelled[i].token.text), 0.01)

    out = edges([x.label for x in labelled], [x.token for x in labelled], marginal)
    # past the comma to the first word: the title's bound is in doubt at "part"
    assert out["title"] == pytest.approx(0.4)
    assert out["author"] == pytest.approx(0.01)
    assert "other" not in out


def test_a_reading_carries_its_edges_and_the_judge_weighs_them() -> None:
    reading = read_item("Roe J, Doe A. A made-up study of falls. Inj Prev. 2030;26:1-9.", 1, None)
    sure = dict(reading.edges)
    assert {"author", "title", "container_title", "issued"} <= set(sure)
    assert all(0 <= v < 0.5 for v in sure.values())  # a plain reference: sure bounds
    case = replace(_case("title", reading.reference), edges={"title": 0.45})
    assert labeller_edge_unsure(case) == 0.45
    assert labeller_edge_unsure(replace(case, field="volume")) == 0.0


def _vancouver(n: int) -> list:
    return [
        _ref(f"Roe J. Made-up title {n}. Made Med J. 2030;{n}:1-9.", title=f"Made-up title {n}")
        for n in range(n)
    ]


def test_a_title_cut_at_a_comma_in_a_list_that_ends_titles_with_a_stop() -> None:
    cut = _ref("Roe J. Falls, trips and slips in a made-up town. Inj Prev. 2030;2:1-9.",
               title="Falls", container_title="trips and slips in a made-up town")  # fmt: skip
    assert title_cut_at_a_comma(_case("title", cut, _vancouver(5))) == 1.0
    assert title_cut_at_a_comma(_case("container_title", cut, _vancouver(5))) == 1.0
    whole = _vancouver(6)[-1]
    assert title_cut_at_a_comma(_case("title", whole, _vancouver(5))) == 0.0
    # a style that prints every title with a comma after it (Elsevier's numbered) is no doubt
    elsevier = [
        _ref(f"J. Roe, Made-up title {n}, Made Med. J. {n} (2030) 1-9.", title=f"Made-up title {n}")
        for n in range(5)
    ]
    assert title_cut_at_a_comma(_case("title", cut, elsevier)) == 0.0
    assert title_cut_at_a_comma(_case("title", cut)) == 0.0  # a list too short to tell


def test_a_title_ending_in_a_word_no_title_ends_with() -> None:
    assert title_ends_in_a_dangling_word(_case("title", _ref(title="Falls among the old and"))) == 1
    assert title_ends_in_a_dangling_word(_case("title", _ref(title="Falls among the old"))) == 0


def test_a_lone_journal_named_unlike_an_abbreviation_lists() -> None:
    assert abbreviated("FEMS Immun. Lett.") and abbreviated("J Made Res")
    assert not abbreviated("trips and slips in a made-up town")
    odd = _ref(container_title="trips and slips in a made-up town")
    assert container_alone_unabbreviated(_case("container_title", odd, _vancouver(5))) == 1.0
    listed = _ref(container_title="Made Med J")
    assert container_alone_unabbreviated(_case("container_title", listed, _vancouver(5))) == 0
    # printed by another entry too: a journal, however it is named
    twice = _ref(container_title="Made Town Bulletin")
    assert container_alone_unabbreviated(_case("container_title", twice, [twice])) == 0.0


def test_the_kind_of_work_read_against_what_it_holds() -> None:
    book = build_reference("", {"type": "book", "container_title": "Made Med J", "volume": "3",
                                "page": "1-9"})  # fmt: skip
    assert type_located_as_an_article(_case("type", book)) == 1.0
    article = _ref(container_title="Made Med J", volume="3", page="1-9")
    assert type_located_as_an_article(_case("type", article)) == 0.0
    assert article_unlocated(_case("type", article)) == 0.0
    assert article_unlocated(_case("type", _ref(container_title="Made Med J"))) == 1.0
    assert article_unlocated(_case("type", _ref(container_title="Made J", doi="10.1/x"))) == 0
    assert type_without_a_container(_case("type", _ref(title="A made-up page"))) == 1.0
    assert type_without_a_container(_case("type", article)) == 0.0
