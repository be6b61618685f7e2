"""bench_evidence_misses.py: each kind of evidence miss told apart, on made-up text."""

from __future__ import annotations

import bench_evidence_misses as misses
from evidence_match import hit

from blinarefs.evidence.retrieve import SourceIndex

SOURCE = "\n\n".join(
    [
        "Glimmerase activity doubled in the frozen marsh samples after the thaw.",
        "The ferry crews counted otters along the eastern canal every spring morning.",
        "Lantern moths avoided the orchard whenever the wind came from the north.",
        "Copper roofs in the harbour town turned green within a decade of rain.",
        "Otters along the western canal were counted by the river crews at dusk.",
    ]
)


def _item(claim: str, evidence: list[str], source: str = SOURCE) -> dict:
    return {"claim": claim, "evidence": evidence, "source": source, "ref": "w1"}


def _cause(claim: str, evidence: list[str], shown: list[str], source: str = SOURCE) -> str:
    item = _item(claim, evidence, source)
    return misses.cause(item, SourceIndex.build(source), shown)


def test_a_fragment_alone_is_no_sentence():
    assert _cause("otters in canals", ["Otters"], []) == misses.CAUSES[0]


def test_an_annotated_sentence_missing_from_the_source_is_told_from_a_cut_one():
    absent = ["Tidal mills ground the barley of the whole valley until the flood came."]
    assert _cause("tidal mills ground barley", absent, []) == misses.CAUSES[2]
    titled = "# Glimmerase in thawing marsh soils of the far northern coast\n\n" + SOURCE
    title = ["Glimmerase in thawing marsh soils of the far northern coast"]
    assert _cause("glimmerase in marsh soils", title, [], titled) == misses.CAUSES[1]


def test_a_shown_sentence_sharing_most_but_not_enough_words_is_a_near_match():
    gold = ["The ferry crews counted otters along the eastern canal every spring morning."]
    shown = ["Otters along the western canal were counted by the river crews at dusk."]
    assert 0.6 <= misses.overlap(shown, gold) < 0.8
    assert _cause("ferry crews counted otters", gold, shown) == misses.CAUSES[3]


def test_an_annotated_sentence_ranked_below_the_three_is_a_ranking_miss():
    gold = ["Copper roofs in the harbour town turned green within a decade of rain."]
    shown = ["Lantern moths avoided the orchard whenever the wind came from the north."]
    assert _cause("copper roofs turned green", gold, shown) in misses.CAUSES[4:6]


def test_classify_counts_hits_and_the_neighbours_of_misses():
    items = [
        _item("glimmerase activity doubled after the thaw", [SOURCE.split("\n\n")[0]]),
        _item("no word of it", []),
    ]
    table, n, next_to = misses.classify(items, None)
    assert n == 1 and next_to == 0
    assert table[0] == ["shown first", 1, "100.0%"]


def test_the_match_counts_a_cut_piece_of_the_annotated_sentence_not_a_shorter_one():
    gold = [
        "Glimmerase activity doubled in the frozen marsh samples after the thaw, while the "
        "control samples kept in the cold room did not change."
    ]
    assert hit(["Glimmerase activity doubled in the frozen marsh samples after the thaw."], gold)
    longer = (
        "Glimmerase activity doubled (in frozen marsh samples) after the thaw in spring, while "
        "control samples kept in the cold room did not change at all."
    )
    assert hit([longer], gold)
    # a heading, or another sentence with half the words, is not the annotated sentence
    assert not hit(["4.2 Glimmerase activity in frozen marsh samples."], gold)
    assert not hit(["Frozen marsh samples doubled their glimmerase activity after a thaw."], gold)
