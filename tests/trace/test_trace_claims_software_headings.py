"""A software or data paper's Methods under their own names (stop 50): GigaScience prints its
method as "Algorithm" and its data as "Data description", F1000Research and BMC software
articles print "Implementation"; what follows them is the authors' own work, as under
"Methods".

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


@pytest.mark.parametrize(
    "heading", ["Implementation of the made-up programme", "Algorithm for invented fever"]
)
def test_a_topic_named_after_them_is_no_methods_heading(heading):
    # a review's "Implementation of ..." is a topic of its own, not the Methods
    assert section_of(heading) is None
