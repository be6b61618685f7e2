"""Fast paths taken for speed give the same answers as the general code they bypass.

Loading a large store splits every author field; when a value holds no braces, a regular
expression or ``str.split`` does the work of the brace-counting loops. Hypothesis checks
that both agree on brace-free text (names, "and", odd spacing, letters whose case changes
length).
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from blinarefs import names

BRACE_FREE = st.text(
    alphabet=st.sampled_from(list("andANDothers xyz,.-\t\n\u00a0İıÖöß")), max_size=60
)


@settings(max_examples=300, deadline=None)
@given(BRACE_FREE)
def test_and_split_fast_path_agrees_with_the_brace_aware_loop(value):
    parts = [p for p in names._split_on_and(value) if p]
    truncated = bool(parts) and parts[-1].lower() == "others"
    assert names.split_bibtex_names(value) == (parts[:-1] if truncated else parts, truncated)


@settings(max_examples=300, deadline=None)
@given(BRACE_FREE, st.sampled_from([",", " "]))
def test_top_level_split_fast_path_agrees_with_the_brace_aware_loop(text, sep):
    assert names._split_top_level(text, sep) == names._split_outside_braces(text, sep)


def test_braced_and_stays_inside_a_name():
    assert names.split_bibtex_names("{Barnes and Noble} and Smith, J. and others") == (
        ["{Barnes and Noble}", "Smith, J."],
        True,
    )
