"""A software or data paper's Methods under their own names (stop 50): GigaScience prints its
method as "Algorithm" and its data as "Data description", F1000Research and BMC software
articles print "Implementation", a modelling paper (PLoS Computational Biology) "Model" (stop
61); what follows them is the authors' own work, as under "Methods".

Passages are written for these tests (no real study is described); the references are
placeholders with a number and a key only.
"""

from __future__ import annotations

import pytest
from tracedata import flagged

from blinarefs.trace.sections import section_of

_PAPER = (
    "Background\n\n"
    "Invented assemblers are the most common made-up tools in Springfield.\n\n"
    "{heading}\n\n"
    "If the score of both made-up reads reaches a minimum, the positions are reported. "
    "The orientation is computed by a majority rule on the four orientations (FR, RR, FF, RF)."
    "\n\nResults\n\n"
    "The made-up tool assembled 12 invented genomes.\n"
)


@pytest.mark.parametrize("heading", ["Algorithm", "Data description", "Implementation"])
def test_the_steps_under_a_software_papers_methods_heading_are_the_authors_own(heading):
    assert flagged(_PAPER.format(heading=heading)) == ["Invented assemblers are the mo"]


_MODEL = (
    "Introduction\n\n"
    "Made-up ants of Springfield share their tasks by thresholds [1].\n\n"
    "{heading}\n\n"
    "Each invented colony goes through a work phase, where all made-up workers perceive "
    "stimuli associated with two tasks. "
    "Workers are assessed in random order and, once one works, the stimulus value is "
    "immediately decreased.\n\n"
    "Results\n\n"
    "The made-up colonies split their tasks in 12 of 20 runs.\n"
)


@pytest.mark.parametrize("heading", ["Model", "The model", "Models", "Model description"])
def test_a_model_told_under_its_heading_is_the_authors_own(heading):
    assert flagged(_MODEL.format(heading=heading)) == []
    assert section_of(heading) == "methods"


@pytest.mark.parametrize(
    "heading", ["Mouse models of invented fever", "Models of made-up ants", "Modelling"]
)
def test_a_topic_named_after_a_model_is_no_methods_heading(heading):
    # a review's "Mouse models of X" is a topic, not the study's model
    assert section_of(heading) is None


@pytest.mark.parametrize(
    "heading", ["Implementation of the made-up programme", "Algorithm for invented fever"]
)
def test_a_topic_named_after_them_is_no_methods_heading(heading):
    # a review's "Implementation of ..." is a topic of its own, not the Methods
    assert section_of(heading) is None
