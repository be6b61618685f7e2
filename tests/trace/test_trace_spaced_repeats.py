"""A manuscript that spaces its flattened superscripts cites a work again where it cites
the first time: at a clause's end ("as in the desert 3."). Such a repeat is read as a
citation with confidence, not as a close call: the habit and the clause's end both say
so; only a count or a label's number there stays in doubt.

Passages are written for these tests; the references behind them are placeholders with a
number and a key only (no bibliographic facts).
"""

from __future__ import annotations

from blinarefs.model import Reference
from blinarefs.trace.decode import decode_markers

SPACED_REPEATS = (
    "Beetles sense odours with proteins of the antenna 1. These proteins carry small "
    "ligands 2, and some bind repellents 3. Their structures were solved in three "
    "species 4. Binding assays were run on each 5. In the cold assay a dye is "
    "displaced 6. Pheromones bind best in acid 7. A second site was proposed 8.\n"
    "The repellents bind as in other insects 3. The dye is displaced in acid too 6. "
    "Each protein was made as before 5."
)


def _decisions(text: str, run: str):
    refs = [Reference(id=f"r{k}", number=k) for k in range(1, 9)]
    decoded = decode_markers(text, refs)
    at = [text.index(f" {run}.", text.index("\n")) + 1]
    return [d for d in decoded.decisions if d.candidate.start in at]


def test_a_spaced_repeat_at_a_clause_end_is_no_close_call():
    for run in ("3", "6", "5"):
        (decision,) = _decisions(SPACED_REPEATS, run)
        assert decision.accepted
        assert not decision.uncertain, (run, decision.margin, decision.candidate.why)


def test_a_spaced_number_past_the_list_at_a_clause_end_stays_text():
    text = SPACED_REPEATS + " The plates were read in a Cycler 480. Each was read twice 6."
    refs = [Reference(id=f"r{k}", number=k) for k in range(1, 9)]
    decoded = decode_markers(text, refs)
    at = text.index("480")
    (decision,) = [d for d in decoded.decisions if d.candidate.start == at]
    assert not decision.accepted
    assert not decision.uncertain, (decision.margin, decision.candidate.why)
