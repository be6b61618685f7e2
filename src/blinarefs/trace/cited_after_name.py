"""A name cited after its comma comes back glued to the same number: "vdW,53" then "vdW53".

A methods section lists programs, functionals or data sets with their flattened citations
after the punctuation that separates them ("PBE-TS,49 optB86b-vdW,53 PBE-D3,48"), then names
one of them again where no punctuation follows, and the copy glues the same citation to it
("The optB86b-vdW53 results"). The later mention repeats a number, which the order of first
citations cannot tell from a name's own digits; but the name with that very number was a
citation once, so it is one again. A symbol whose digits are its own does not carry them
after a comma. So too a study's name spelled out, then its abbreviation in parentheses with
the citation after it ("... Macular Edema (RESTORE)31 study", "(PRISMA),19"), then the
abbreviation glued to that citation each time the text names the study again ("the
RESTORE31 study", "PIER12,13" after "(PIER),12,13"): a name's own digits are printed inside
its parentheses, not after them. Pure: the text and the decisions taken on it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from .candidates import DASHES
from .infer import Decision

PUNCTUATION = ",;:"  # what separates a name from its citation in a list of names
NAME_LENGTH = 40  # characters of a parenthesised name looked back over
_CITED = re.compile(rf"\d+(?:[,{DASHES}]\d+)*")  # "53", a group "12,13", a range "31–33"


def cited_after_a_name(
    text: str, decisions: Sequence[Decision], name_before: Callable[[str, int], str]
) -> set[tuple[str, str]]:
    """(name, digits) of each accepted flattened citation printed right after a name and its
    punctuation ("vdW" and "53" of "optB86b-vdW,53") or after a name's closing parenthesis
    ("RESTORE" and "31" of "(RESTORE)31", "PIER" and "12,13" of "(PIER),12,13"): the keys
    a later mention glued alike cites by. ``name_before(text, at)``: the name that ends at
    ``at``, or ""."""
    out: set[tuple[str, str]] = set()
    for d in decisions:
        cand = d.candidate
        at = cand.start - 1
        if not d.accepted or cand.kind != "superscript" or cand.printed or at < 1:
            continue
        if text[at] in PUNCTUATION and text[at - 1] == ")":
            at -= 1  # "(PIER),12,13"
        if text[at] == ")":
            name = _parenthesised(text, at, name_before)
        elif text[at] in PUNCTUATION:
            name = name_before(text, at)
        else:
            continue
        digits = text[cand.start : cand.end]
        if name and _CITED.fullmatch(digits):
            out.add((name, digits))
    return out


def _parenthesised(text: str, close: int, name_before: Callable[[str, int], str]) -> str:
    """The name that a parenthesis closing at ``close`` holds as one printed word
    ("RESTORE" of "(RESTORE)", "net" of "(DRCR.net)"), or an abbreviation in capitals it
    opens with before a dash and its words spelt out ("SGP" of "(SGP – Springfield garden
    programme)": a text that writes in another language gives the name's own words so), or
    "": not a phrase, "(see RESTORE)"."""
    name = name_before(text, close)
    opening = text.rfind("(", max(0, close - NAME_LENGTH), close)
    if name and opening >= 0 and not any(ch.isspace() for ch in text[opening + 1 : close]):
        return name
    spelt = _SPELT_OUT.search(text, max(0, close - SPELT_LENGTH), close + 1)
    return spelt.group(1) if spelt is not None and spelt.end() == close + 1 else ""


SPELT_LENGTH = 160  # characters of an abbreviation's words spelt out looked back over
# "(SGP – Springfield garden programme)": capitals, a dash, words without parentheses
_SPELT_OUT = re.compile(rf"\(([A-Z]{{2,}})[^\S\n][{DASHES}][^\S\n][^()\n]+\)")
