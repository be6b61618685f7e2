"""The authors' own material, printed under a label or credited to whoever gave it.

A taxonomic description prints the specimens its authors designate or examined under a fixed
label (the ICZN and ICN nomenclature sections): "Holotype: MNHN 1234, a female collected on
2 May 2030 near Springfield by A. Roe", "Paratypes (3): ...", "Material examined: ...",
"Type locality: ...". The label says the sentence lists the article's own specimens: its
collectors, places and dates are data, not facts to source. Likewise a Methods sentence that
credits a reagent or a strain to whoever gave it ("X was kindly provided by B. Doe (Examplia
Institute)") tells where the authors' material came from; the institution it names is no
agency whose statement needs a citation.
"""

from __future__ import annotations

import re

# the label opens the sentence and is followed by its punctuation (a colon, a full stop, a
# dash), or by a short parenthesis or sex symbol first ("Holotype (female):", "Holotype ♂:");
# prose that only names a type ("The holotype was lost") is no label
_LABEL = re.compile(
    r"(?:(?:Holo|Para|Neo|Lecto|Paralecto|Syn|Allo|Topo)types?"
    r"|Type (?:material|specimens?|locality|host)"
    r"|(?:(?:Other|Additional) )?(?:[Mm]aterial|[Ss]pecimens) examined"
    r"|Examined (?:material|specimens))"
    r"(?: ?\([^()]{0,40}\)| ?[♀♂]{1,2})? ?[:.—–]\s"
)
# "kindly provided by", "a generous gift from", "were donated by": the material's giver
_GIVEN = re.compile(
    r"\b(?:kindly (?:provided|supplied|donated|given)|(?:generously|kindly) (?:gifted|shared)"
    r"|(?:was|were) (?:a |an )?(?:(?:kind|generous) )?gifts? (?:from|of)|(?:was|were) donated by)\b"
)


def own_material(sentence: str, section: str) -> str:
    """Why the sentence tells the authors' own material ("" when it does not): a label of a
    taxonomic description anywhere; a giver's credit in the Methods."""
    m = _LABEL.match(sentence)
    if m:
        return f"lists the authors' own specimens under the label '{m.group().strip()}'"
    m = _GIVEN.search(sentence) if section == "methods" else None
    if m:
        return f"credits the authors' material to its giver '{m.group()}'"
    return ""
