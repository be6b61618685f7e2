"""What decoded dev articles wrongly as a whole when they were stressed: texts that cite few
of their references (a short text, a list cited mostly in tables), whose counts and labels
must not be read as superscripts a copy spaced; a long name glued to the same digits again
and again; items numbered "(1) Hsp100, (2) Hsp90" where nothing was cited before.

Passages are written for these tests; the references behind them are placeholders with a
number only (no bibliographic facts).
"""

from __future__ import annotations

import pytest

from blinarefs.model import Reference
from blinarefs.trace.decode import decode_citations

THIRTY = [Reference(id=f"r{n}", number=n) for n in range(1, 31)]

METHODS = (  # three markers for a list of thirty, then a methods paragraph of counts
    "Fertiliser was applied at the dose the growers use{a}7,8{b} Emissions were measured "
    "as in our earlier study{a}5{b}\n\n"
    "Gas was sampled in three one-hour cycles: first cycle – chambers 1–4 (run 1); second "
    "cycle – chambers 5–8 (run 2); and third cycle – chambers 9–12 (run 3). Chambers 4, 8, "
    "and 12 held no plants. Of 13 valves in the manifold, 12 were used for sampling."
)


def decoded(text: str) -> list[tuple[str, tuple[int, ...]]]:
    return [(c.marker, c.numbers) for c in decode_citations(text, THIRTY)]


@pytest.mark.parametrize(("raised", "after"), [(".^", "^"), (".", "")])
def test_counts_in_mid_clause_are_no_spaced_superscripts(raised: str, after: str) -> None:
    text = METHODS.format(a=raised, b=after)
    assert [numbers for _, numbers in decoded(text)] == [(7, 8), (5,)]


def test_a_text_that_prints_its_superscripts_spaces_none() -> None:
    chemistry = (
        "The alkaloid cures malaria in monkeys,^2^ and its synthesis has been pursued "
        "since.^24^ The lactone 13, the epoxy ester 8, and the amide 10 were made first. "
        "The vinyl triflate 9 and the stannane 10 gave the lactam 6, an advanced "
        "intermediate, and the protons of carbon 16. The salt 21 was made in two steps. "
        "Its structure is still debated.^25^"
    )
    assert decoded(chemistry) == [("^2^", (2,)), ("^24^", (24,)), ("^25^", (25,))]


def test_a_long_name_glued_to_the_same_digits_again_and_again_is_a_name() -> None:
    phages = (
        "Phages that infect soil bacteria are diverse.1,2 Most of them are temperate.3 The "
        "strain Hollow3 was isolated from compost, and Hollow3 forms clear plaques. Its genome "
        "resembles those of earlier isolates.4 Unlike them, Hollow3 carries an integrase, and "
        "the tail of Hollow3 is long. Such tails are rare in this cluster.5"
    )
    assert decoded(phages) == [("1,2", (1, 2)), ("3", (3,)), ("4", (4,)), ("5", (5,))]


LABELS = (  # a text that cites in brackets, in no order, then labels its own experiments
    "Experiment 3: the clouds overlap less. The procedure is that of Experiment 5. The noise "
    "is as described for Experiment 5. Experiment 7: the runtime. The settings are those of "
    "Experiment 5. In contrast to Experiment 5, the surfaces are smooth. The variances are as "
    "defined in Experiment 5. Experiment 14: outliers. The scenario is that of Experiment 7, "
    "with fewer points. The clouds are made as in Experiment 3. As in Experiment 3, the two "
    "sets differ. The ratio is as described in Experiment 3. Experiment 9: real scans. The "
    "scans are aligned as in Experiment 7."
)


def test_a_text_that_cites_in_brackets_spaces_no_superscripts() -> None:
    brackets = (
        "We compare standard matching [1], the total least squares variant [10] and the "
        "anisotropic one [12]. Noise is Gaussian [33] as in the Hxk13 scans. The robust "
        "variant [4] is left out, as are the generalised [11] and the coherent [20] ones, "
        "and those of [8], [2] and [6]."
    )
    text = "\n\n".join((brackets, LABELS, LABELS))
    assert all(marker.startswith("[") for marker, _ in decoded(text))
    assert len(decoded(text)) == 10


def test_numbered_items_after_separators_are_labels_where_nothing_was_cited_before() -> None:
    classes = (
        "Heat shock proteins fall into five classes in plants: (1) Hsp100, (2) Hsp90, (3) "
        "Hsp70, (4) Hsp60, and (5) the small ones. Each class protects other proteins.12 Their "
        "expression rises under stress.13,14"
    )
    assert decoded(classes) == [("12", (12,)), ("13,14", (13, 14))]
    # a parenthesis after its item, or after a name, still cites
    risks = "Smoking (1), obesity (2) and diabetes (3) raise it, as Lee and Park (4) found."
    assert [n for _, n in decoded(risks)] == [(1,), (2,), (3,), (4,)]
