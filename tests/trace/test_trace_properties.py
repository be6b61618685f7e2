"""Properties that hold for any text: the decoder and the tracer never crash, every span
lies inside the text and covers its marker, and numbers are in the list or reported missing."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from blinarefs.model import Reference
from blinarefs.trace.checks import check_trace
from blinarefs.trace.decode import decode_citations
from blinarefs.trace.manuscript import trace_manuscript

REFS = [Reference(id=f"k{n}", number=n) for n in range(1, 13)]

# Pieces that exercise every rule: words, glue, numbers, brackets, keys, abbreviations.
PIECES = st.sampled_from(
    [
        "word", "Word", "et al", "al", "AALL1731", "KMT2A", "mg/m2", "Fig", "vs", "e.g",
        ".", ",", ";", ":", "(", ")", "[", "]", "%", "-", "–", "@", "\\cite{", "}", "@k3",
        "1", "2", "3", "9", "12", "13", "25", "2-4", "1,3-5", "2023", "0", ".001", "38.1",
        " ", " ", " ", "\n", "\n\n", "\u00a0", "²", "³⁻⁵", "<sup>", "</sup>", "^",
        "P < ", "figure ", "(see figure 2-9)", "[1]", "[2, 3]", "(Kantarjian et al., 2017)",
    ]
)  # fmt: skip
TEXTS = st.one_of(st.text(max_size=300), st.lists(PIECES, max_size=80).map("".join))


def _check_citations(text, citations, refs):
    numbers_in_list = {r.number for r in refs}
    previous_end = 0
    for c in citations:
        assert 0 <= c.start < c.end <= len(text)
        assert text[c.start : c.end] == c.marker
        assert c.start >= previous_end  # in text order, never overlapping
        previous_end = c.end
        for n in c.numbers:
            assert n in numbers_in_list or str(n) in c.missing or not refs


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_decoder_never_crashes_and_spans_hold(text):
    _check_citations(text, decode_citations(text, REFS), REFS)
    _check_citations(text, decode_citations(text, []), [])


@settings(max_examples=150, deadline=None)
@given(TEXTS)
@example("0%\r.")  # a claim with a lone carriage return, quoted on one line
def test_trace_and_check_never_crash(text):
    trace = trace_manuscript(text, REFS, body_end=len(text))
    _check_citations(text, trace.citations, REFS)
    previous_end = 0
    for claim in trace.claims:
        assert previous_end <= claim.start < claim.end <= len(text)
        assert text[claim.start : claim.end] == claim.text
        previous_end = claim.end
    for f in check_trace(trace):
        if f.span:
            # a claim is quoted on one line (``Claim.shown``: a lone "\r" inside it was a
            # space there); every other finding quotes its span as it stands
            spanned = text[f.span[0] : f.span[1]]
            assert f.text == (" ".join(spanned.split()) if f.code == "uncited-claim" else spanned)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(["It works.", "Word al", " et al", "2023.", "x"]), max_size=30))
def test_numbers_within_the_list_unless_strongly_glued(parts):
    """Medium and weak evidence never produce a number past the list."""
    text = " ".join(parts) + " 4-6) and 7,8."
    for c in decode_citations(text, REFS[:3]):
        assert all(n <= 3 for n in c.numbers) or c.missing
