"""A version's or a file name's own digits in a copy that flattened its superscripts: "the
Hoot kit v3.1 Cycle", "Owltree ver.1.4.2 (see", "hoot-Split9.py" are a version's last part
and a script's name, no citation glued after them, not even on a close call (each repeats
a number the text cited before, where only the order spoke against it).

Passages are written for these tests; the references behind them are placeholders with a
number and a key only (no bibliographic facts).
"""

from __future__ import annotations

import pytest
from tracedata import FORTY, OWL_SENTENCES

from blinarefs.trace.decode import decode_markers

# a copy that glued each superscript to its full stop: "at dusk.1"
GLUED = " ".join(f"{s} in the field.{n}" for n, s in enumerate(OWL_SENTENCES[:8], start=1)) + " "


def read_at(passage: str, run: str) -> list[tuple[bool, bool]]:
    """(accepted, uncertain) for each candidate that covers ``run``'s digits in the
    passage after the glued lead."""
    text = GLUED + passage
    at = text.index(run, len(GLUED))
    decoded = decode_markers(text, FORTY)
    return [
        (d.accepted, d.uncertain)
        for d in decoded.decisions
        if at <= d.candidate.start < at + len(run)
    ]


@pytest.mark.parametrize(
    ("passage", "run"),
    [
        ("Owls were typed with the Hoot kit v3.1 Cycle kit in May.", "v3.1"),
        ("Owls were typed with the Hoot kit V2.3 and a dye.", "V2.3"),
        ("Trees were drawn in Owltree ver.1.4.2 (see the methods) in May.", "1.4.2"),
        ("Trees were drawn in Owltree ver. 2.1.3 (see the methods) in May.", "2.1.3"),
    ],
)
def test_a_versions_last_part_is_no_citation(passage, run):
    assert not any(accepted or uncertain for accepted, uncertain in read_at(passage, run))


@pytest.mark.parametrize(
    ("passage", "run"),
    [
        ("A script, hoot-Split3.py, sorted the calls.", "Split3.py"),
        ("The calls were sorted by owlcount2.R in May.", "owlcount2.R"),
        ("Nests were listed in nests5.csv and checked.", "nests5.csv"),
    ],
)
def test_a_file_names_digits_are_no_citation(passage, run):
    assert not any(accepted or uncertain for accepted, uncertain in read_at(passage, run))


def test_a_citation_after_a_three_part_version_that_ends_its_sentence_stays():
    # "ver. 2.4.4.35 Twenty": a version's fourth part is rarer than a citation after it
    assert read_at("Trees were drawn in Owltree ver. 2.4.4.9 Then they fly.", "4.9") == [
        (True, False)
    ]


def test_a_citation_after_a_word_and_its_full_stop_stays():
    # "in the nest.3 Then": a word's full stop, then the superscript, as the lead prints them
    assert read_at("Owls roost in the nest.3 Then they fly.", "nest.3") == [(True, False)]
