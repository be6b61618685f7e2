"""A short text that cites in brackets, naming half its list or more that way, has shown
how it cites: a word glued to a number it cited before ("omega2 was", "integrin3 and") is
a name, read as text with confidence, not a flattened superscript on a close call (its
Word file raises no digit there, and says nothing). The forty markers that settle a
longer text's convention are more than a short one prints.

The passage is written for this test; the references behind it are placeholders with a
number and a key only (no bibliographic facts).
"""

from __future__ import annotations

from blinarefs.model import Reference
from blinarefs.trace.decode import decode_markers

BRACKETED = (
    "Dust storms carry spores across deserts [1]. Spores survive the cold [2], and some "
    "survive heat [3]. Their walls were studied in three species [4]. Each wall was "
    "stained as before [5]. The stain binds in acid [6]. A second stain was proposed [7]. "
    "Survival was measured in dry air [8], [9].\n"
    "With the error rate set at 0.05, an ANOVA was run on each group; omega2 was "
    "calculated to measure the size of the effect. Cells rich in integrin3 and in "
    "collagen survived longest."
)


def test_a_name_glued_to_a_cited_number_in_a_bracketed_text_is_text_without_doubt():
    refs = [Reference(id=f"r{k}", number=k) for k in range(1, 17)]
    decoded = decode_markers(BRACKETED, refs)
    for name in ("omega2", "integrin3"):
        at = BRACKETED.index(name) + len(name) - 1
        (decision,) = [d for d in decoded.decisions if d.candidate.start == at]
        assert not decision.accepted, name
        assert not decision.uncertain, (name, decision.margin, decision.candidate.why)
    assert [c.numbers for c in decoded.citations] == [(k,) for k in range(1, 10)]
