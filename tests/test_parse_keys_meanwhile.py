"""A long list's keys are found while the judge of doubt weighs its entries, and each key is
written with the judge's verdict in one copy (issue 13, speed): the entries must be those
judging, then casing the families, then keying gives. Every reference here is made up."""

from __future__ import annotations

import pytest

from blinarefs.keys import assign_keys, given_keys
from blinarefs.model import Name, build_reference
from blinarefs.parse import parse_reference_list, read_item, read_list
from blinarefs.parse.doubt import judged, judged_extra, rescored, verdict, weights
from blinarefs.parse.doubt_case import list_context
from blinarefs.parse.doubt_parallel import verdicts_by
from blinarefs.parse.split import find_reference_section
from blinarefs.parse.type_codes import capitalised_families
from test_parse_parallel import MADE_UP as PARALLEL_LINES

# the parallel tests' lines, the first again at the end (a duplicate the keys must tell apart)
MADE_UP = [*PARALLEL_LINES, PARALLEL_LINES[0]]
# GB/T 7714's capitals: the list's families are kept in the case a store keeps
CAPITALS = [
    "ROE J, DOE A. Invented widgets[J]. Journal of Examples, 2030, 12(3): 45-67.",
    "SMITH-JONES B. Made-up ink[J]. Examplia Letters, 2029, 8: 101-109.",
    "MCDONALD C, ROE J. Pretend results[J]. Springfield Review, 2028, 33: 201-209.",
    "ROE J. Invented widgets again[J]. Journal of Examples, 2030, 13: 1-9.",
]


def _old_order(text: str) -> tuple[list, list]:
    """The entries and doubts as the parser made them before: each reading judged (a copy
    where the verdict changed it), then the families cased, then the keys given."""
    section = find_reference_section(text)
    assert section is not None
    items, read, _ = read_list(section)
    read = judged(read)
    refs = assign_keys(capitalised_families([r.reference for r in read]))
    pairs = zip(items, read, strict=True)
    doubts = [(i.number, r.doubtful, r.confidence) for i, r in pairs if r.doubtful]
    return refs, doubts


@pytest.mark.parametrize("workers", ["1", "2"])
@pytest.mark.parametrize("lines", [MADE_UP, CAPITALS])
def test_keys_found_meanwhile_give_the_entries_of_the_old_order(
    monkeypatch: pytest.MonkeyPatch, workers: str, lines: list[str]
) -> None:
    monkeypatch.setenv("BLINAREFS_WORKERS", workers)
    monkeypatch.setattr("blinarefs.parse.PARALLEL_MIN", 10)
    text = "\n".join(f"{i}. {lines[i % len(lines)]}" for i in range(1, 31))
    parsed = parse_reference_list(text)
    refs, doubts = _old_order(text)
    assert list(parsed.references) == refs
    assert [(d.number, d.fields, d.confidence) for d in parsed.doubts] == doubts
    assert doubts and len({r.id for r in refs}) == 30  # doubts written; every key its own


def test_the_keys_given_are_those_assign_keys_writes() -> None:
    roe = {"title": "Invented widgets", "issued": (2030,), "author": (Name(family="Roe"),)}
    refs = [
        build_reference("", roe),
        build_reference("", roe),
        build_reference("roe2030invented", {"title": "Kept", "issued": (2030,)}),
        build_reference("", {"title": "The"}),
    ]
    keys = given_keys(refs, taken=["Roe2030Invented"])
    assert keys == [r.id for r in assign_keys(refs, taken=["Roe2030Invented"])]
    assert keys[2] == "roe2030invented" and len({k.lower() for k in keys}) == 4


def test_the_verdicts_shared_among_processes_are_those_one_process_finds() -> None:
    readings = [read_item(MADE_UP[i % len(MADE_UP)], i + 1, None) for i in range(30)]
    context, model = list_context(readings), weights()
    one = [verdict(r, context, model) for r in readings]
    calls: list[int] = []
    for workers in (1, 2):
        found, got = verdicts_by(readings, workers, lambda: calls.append(1) or "done")
        assert (found, got) == (one, "done")
    assert calls == [1, 1]  # once a list


def test_the_extra_written_with_a_key_is_the_one_the_rescored_entry_holds() -> None:
    reading = read_item(MADE_UP[0], 1, None)
    for confidence, doubts in ((0.42, ("title",)), (1.0, ()), (0.3, ("page", "volume"))):
        again = rescored(reading, confidence, doubts)
        assert judged_extra(reading.reference.extra, confidence, doubts) == again.reference.extra


def test_the_readings_are_freed_before_the_paused_collector_runs_again(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # the collector, paused while a list is read, looks through every object made meanwhile
    # that still lives when it runs again: the readings (and their labeller's evidence)
    # must be gone by then, only the entries kept
    import gc
    from contextlib import contextmanager

    from blinarefs import bulk
    from blinarefs.parse.read import Reading

    alive: list[int] = []
    paused = bulk.paused_gc

    @contextmanager
    def counting():  # type: ignore[no-untyped-def]
        with paused():
            yield
            alive.append(sum(isinstance(o, Reading) for o in gc.get_objects()))

    monkeypatch.setattr(bulk, "paused_gc", counting)
    monkeypatch.setenv("BLINAREFS_WORKERS", "1")
    text = "\n".join(f"{i}. {MADE_UP[i % len(MADE_UP)]}" for i in range(1, 21))
    parsed = parse_reference_list(text)
    assert len(parsed.references) == 20 and alive == [0]
