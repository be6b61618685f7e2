"""A long list is read by several processes: the entries must be those one process reads,
in the same order, with the type their printed text names. Every reference here is a
made-up test text, not a real record."""

from __future__ import annotations

import pytest

from blinarefs.parse import ParsedList, parse_reference_list

MADE_UP = [
    "Quill AB, Nib CD. A made-up study of invented widgets. Fict J Tests. 2031;12(3):45-67.",
    "Vellum EF. An invented account of imaginary ink [thesis]. Nowhere: Univ of Fiction; 2030.",
    "Parchment GH, Scroll IJ, et al. Pretend results. Imag Lett 2029; 8: 101-9.",
    "Folio KL. Made-up chapter. In: Quarto MN, editor. Invented Book. Nowhere: Fict Press; 2028.",
    "Codex OP (2027) Entirely fictional data. Made Up Rev 33: 201–209.",
    "Some words that are not a reference at all",
]


def _read(monkeypatch: pytest.MonkeyPatch, workers: str, text: str) -> ParsedList:
    monkeypatch.setenv("BLINAREFS_WORKERS", workers)
    return parse_reference_list(text)


def test_several_processes_read_what_one_reads(monkeypatch: pytest.MonkeyPatch) -> None:
    lines = [MADE_UP[i % len(MADE_UP)] for i in range(60)]
    text = "\n".join(f"{i}. {line}" for i, line in enumerate(lines, 1))
    one = _read(monkeypatch, "1", text)
    two = _read(monkeypatch, "2", text)
    assert (two.references, two.doubts, two.warnings) == (
        one.references, one.doubts, one.warnings
    )  # fmt: skip
    assert [r.number for r in one.references] == list(range(1, 61))
    assert one.references[1].type == "thesis"
    assert any(d.number == 6 for d in one.doubts)  # no reference, in doubt but not lost


@pytest.mark.parametrize("workers", ["1", "2"])
def test_progress_sees_every_reading_as_it_comes(monkeypatch: pytest.MonkeyPatch, workers):
    monkeypatch.setenv("BLINAREFS_WORKERS", workers)
    monkeypatch.setattr("blinarefs.parse.PARALLEL_MIN", 10)
    text = "\n".join(f"{i}. {MADE_UP[i % 5]}" for i in range(1, 41))
    seen: list[tuple[int, int]] = []

    def progress(readings, total):
        for reading in readings:
            seen.append((reading.reference.number, total))
            yield reading

    parsed = parse_reference_list(text, progress=progress)
    assert seen == [(n, 40) for n in range(1, 41)]
    assert parsed.references == parse_reference_list(text).references


def test_a_reading_comes_back_from_a_process_as_it_was_read() -> None:
    # what the processes send back is pickled as each dataclass's fields, in order
    import pickle

    from blinarefs.parse import read_item

    reading = read_item(MADE_UP[3], 4, 7)
    back = pickle.loads(pickle.dumps(reading))
    assert back == reading and back.reference.author == reading.reference.author
    assert back.reference.author[0].family == "Folio" and back.reference.number == 4


def test_the_judge_shared_among_processes_judges_as_one_does() -> None:
    from blinarefs.parse import read_item
    from blinarefs.parse.doubt import judged
    from blinarefs.parse.doubt_parallel import judged_by

    readings = [read_item(MADE_UP[i % len(MADE_UP)], i + 1, None) for i in range(30)]
    one = judged(readings)
    assert judged_by(readings, 2) == one
    assert any(r.doubtful for r in one) and any(r.confidence < 1 for r in one)


def test_two_threads_judging_long_lists_at_once_each_get_their_own_verdicts() -> None:
    # the processes inherit the list from one module slot: two threads take turns at it
    from concurrent.futures import ThreadPoolExecutor

    from blinarefs.parse import read_item
    from blinarefs.parse.doubt import judged
    from blinarefs.parse.doubt_parallel import judged_by

    first = [read_item(MADE_UP[i % len(MADE_UP)], i + 1, None) for i in range(24)]
    second = [read_item(MADE_UP[(i + 2) % len(MADE_UP)], i + 1, None) for i in range(18)]
    with ThreadPoolExecutor(2) as threads:
        got = list(threads.map(lambda readings: judged_by(readings, 2), (first, second)))
    assert got == [judged(first), judged(second)]
