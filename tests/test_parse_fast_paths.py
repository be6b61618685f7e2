"""The parser's fast paths give the answers of the plain code they replace.

Each is checked by Hypothesis against that code, kept here as the specification, on text
made of the characters the fast path has to tell apart.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from blinarefs.parse.journals import _last_held

VOLUME_TEXT = st.text(alphabet=st.sampled_from(list("12 ()a.Sx-_é")), max_size=40)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("12a.-( ")), min_size=1, max_size=4), VOLUME_TEXT)
def test_last_held_finds_the_last_match_of_the_pattern_made_of_the_number(number, source):
    pattern = rf"(?<![\w.]){re.escape(number)} ?\(([^()]{{1,40}})\)"
    want = next(reversed(list(re.finditer(pattern, source))), None)
    got = _last_held(number, source)
    assert (got and (got.group(1), got.end())) == (want and (want.group(1), want.end()))


def test_last_held_reads_an_issue_with_words_and_skips_a_longer_number():
    held = _last_held("104", "Agron Fict 2104 (x). Agron Fict 104(Spec No 7): 1020-1030.")
    assert held is not None and held.group(1) == "Spec No 7"
    assert _last_held("104", "Fict 2104 (Spec).") is None
