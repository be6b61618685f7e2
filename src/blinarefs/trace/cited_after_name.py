"""A name cited after its comma comes back glued to the same number: "vdW,53" then "vdW53".

A methods section lists programs, functionals or data sets with their flattened citations
after the punctuation that separates them ("PBE-TS,49 optB86b-vdW,53 PBE-D3,48"), then names
one of them again where no punctuation follows, and the copy glues the same citation to it
("The optB86b-vdW53 results"). The later mention repeats a number, which the order of first
citations cannot tell from a name's own digits; but the name with that very number was a
citation once, so it is one again. A symbol whose digits are its own does not carry them
after a comma. Pure: the text and the decisions taken on it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from .infer import Decision

PUNCTUATION = ",;:"  # what separates a name from its citation in a list of names


def cited_after_a_name(
    text: str, decisions: Sequence[Decision], name_before: Callable[[str, int], str]
) -> set[tuple[str, str]]:
    """(name, digits) of each accepted flattened citation printed right after a name and its
    punctuation ("vdW" and "53" of "optB86b-vdW,53"): the keys a later mention glued alike
    cites by. ``name_before(text, at)``: the name that ends at ``at``, or ""."""
    out: set[tuple[str, str]] = set()
    for d in decisions:
        cand = d.candidate
        at = cand.start - 1
        if not d.accepted or cand.kind != "superscript" or cand.printed or at < 1:
            continue
        if text[at] not in PUNCTUATION:
            continue
        name = name_before(text, at)
        digits = text[cand.start : cand.end]
        if name and digits.isdigit():
            out.add((name, digits))
    return out
