"""Manuscripts written for the trace tests, and the references they cite.

The passages below were written for these tests; every figure they state comes from the
``key_findings`` of ../shared/data/seed-references.json (named per sentence), and every
reference is that file's ``printed_reference`` (the seed commentary's printed reference
list), so no bibliographic fact is made up here.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from blinarefs.keys import assign_keys
from blinarefs.model import Reference
from blinarefs.parse import parse_reference
from blinarefs.store import Store
from blinarefs.trace.citation import Citation
from blinarefs.trace.decode import decode_citations

# A review in bracketed-number style (Vancouver). Reference numbers follow the order of
# first citation: [1] ref2 Kantarjian 2017, [2] ref3 Gökbuget 2018, [3] ref4 Litzow 2024,
# [4] ref6 Gupta 2025, [5] ref8 Hogan 2023 (ids of seed-references.json).
BRACKETED_IDS = ("ref2", "ref3", "ref4", "ref6", "ref8")
BRACKETED_BODY = """\
Blinatumomab across ages: a short review (written for the blinarefs tests)

In adults with advanced disease, blinatumomab prolonged median overall survival over \
chemotherapy (7.7 vs 4.0 months) [1]. In adults with measurable residual disease, 88 of 113 \
evaluable patients (78%) had a complete MRD response after one cycle [2]. Two randomized \
trials then moved the drug into consolidation [3, 4]: in E1910, 3-year overall survival was \
85% with blinatumomab versus 68% with chemotherapy alone (P = 0.002) [3], and in AALL1731, \
3-year disease-free survival was 96.0% versus 87.9% [4]. In children with low-risk first \
relapse, the AALL1331 trial found a 4-year disease-free survival of 61.2% versus 49.5% [5]. \
Taken together, these trials [1-5] cover children in first relapse and adults aged 30 to 70 \
years.

References
"""
BRACKETED_MARKERS = [
    ("[1]", (1,)),
    ("[2]", (2,)),
    ("[3, 4]", (3, 4)),
    ("[3]", (3,)),
    ("[4]", (4,)),
    ("[5]", (5,)),
    ("[1-5]", (1, 2, 3, 4, 5)),
]

# A Pandoc Markdown note with its BibTeX store (keys are blinarefs keys of the printed
# references). Figures: ref5 (KMT2A-rearranged infants), ref9 (108 children, 54 per arm),
# ref8 (255 patients aged 1-30; 4-year OS 90.4% vs 79.6%), ref6 (1440 children randomized).
PANDOC_IDS = ("ref5", "ref9", "ref8", "ref6", "ref2")  # ref2 is in the store, never cited
PANDOC_TEXT = """\
---
title: "Blinatumomab in children (written for the blinarefs tests)"
bibliography: refs.bib
---

# Background

Blinatumomab was added to chemotherapy for infants with KMT2A-rearranged ALL \
[@vandersluis2023blinatumomab]. In a randomized trial of 108 children with high-risk \
first-relapse B-ALL, 54 were assigned to each arm [see @locatelli2021effect, p. 845].

@hogan2023childrens randomized 255 low-risk first-relapse patients aged 1 to 30. They \
reported a 4-year overall survival of 90.4% versus 79.6%. The AALL1731 trial randomized \
1440 children [@gupta2025blinatumomab; @locatelli2021effect].

# References
"""
PANDOC_MARKERS = [
    ("[@vandersluis2023blinatumomab]", (1,)),
    ("[see @locatelli2021effect, p. 845]", (2,)),
    ("@hogan2023childrens", (3,)),
    ("[@gupta2025blinatumomab; @locatelli2021effect]", (4, 2)),
]

# A LaTeX fragment citing with natbib/biblatex commands. Figures: ref4 (224 MRD-negative
# patients randomized), ref10 (25 of 36 patients, 69%, MRD response).
LATEX_IDS = ("ref4", "ref10")
LATEX_TEXT = r"""\documentclass{article}
\usepackage{biblatex}
\addbibresource{refs.bib}
\begin{document}
\section{Introduction}
% a comment that cites nothing: \cite{nothing}
In E1910, 224 MRD-negative patients were randomized~\citep{litzow2024blinatumomab}.
An MRD response was seen in 25 of 36 patients (69\%)~\autocite[p.~2580]{zugmaier2015longterm}.
Both results are summarised here \cite{litzow2024blinatumomab,zugmaier2015longterm}.
\printbibliography
\end{document}
"""
LATEX_MARKERS = [
    (r"\citep{litzow2024blinatumomab}", (1,)),
    (r"\autocite[p.~2580]{zugmaier2015longterm}", (2,)),
    (r"\cite{litzow2024blinatumomab,zugmaier2015longterm}", (1, 2)),
]


def printed(verified: list[dict], ids) -> list[str]:
    by_id = {item["id"]: item for item in verified}
    return [by_id[i]["printed_reference"] for i in ids]


def references(verified: list[dict], ids, numbered: bool = True):
    """The printed references of ``ids``, parsed; numbered 1.. in the order given."""
    refs = [parse_reference(text, n if numbered else None, n) for n, text in
            enumerate(printed(verified, ids), start=1)]  # fmt: skip
    return assign_keys(refs)


def bracketed_manuscript(verified: list[dict]) -> str:
    listing = "\n".join(f"{n}. {t}" for n, t in enumerate(printed(verified, BRACKETED_IDS), 1))
    return BRACKETED_BODY + listing + "\n"


def write_bib(folder: Path, verified: list[dict], ids) -> Path:
    path = folder / "refs.bib"
    Store.from_references(references(verified, ids, numbered=False), path).save(path)
    return path


# An AMA-style passage whose superscripts a copy-paste flattened, glued to words, acronyms,
# commas, trial names and parentheses. Figures: ref2 (405 adults; 7.7 vs 4.0 months), ref3
# (88 of 113, 78%), ref10 (10 of 36, 28%), ref5 (30 infants, KMT2A), ref6 (AALL1731, 1440
# children), ref8 (AALL1331), ref9 (108 children).
FLATTENED_IDS = ("ref2", "ref3", "ref10", "ref5", "ref6", "ref8", "ref9")
FLATTENED_BODY = """\
Blinatumomab was compared with chemotherapy in 405 adults with advanced ALL1; median overall \
survival was 7.7 versus 4.0 months.1 In adults with measurable residual disease, 88 of 113 \
evaluable patients (78%) had a complete MRD response after one cycle,2 and 10 of 36 patients \
(28%) of an earlier phase 2 study became long-term survivors.3 In 30 infants with \
KMT2A-rearranged ALL,4 in 1440 children randomized in AALL1731,5 and in two trials in first \
relapse (AALL1331 and a trial of 108 children)6,7 the drug was added to chemotherapy. Across \
these studies,1-7 IKZF1 deletions and CD19 expression were not required.

References
"""
FLATTENED_MARKERS = [
    ("ALL", "1", (1,)),
    ("months.", "1", (1,)),
    ("cycle,", "2", (2,)),
    ("survivors.", "3", (3,)),
    ("ALL,", "4", (4,)),
    ("AALL1731,", "5", (5,)),
    ("children)", "6,7", (6, 7)),
    ("studies,", "1-7", (1, 2, 3, 4, 5, 6, 7)),
]


def flattened_manuscript(verified: list[dict]) -> str:
    listing = "\n".join(f"{n}. {t}" for n, t in enumerate(printed(verified, FLATTENED_IDS), 1))
    return FLATTENED_BODY + listing + "\n"


# Sentences with no figure and no source, for the decoder's tests of where a number sits
# (written for the tests); their references are placeholders with a number and a key only.
OWL_SENTENCES = (
    "Owls hunt at dusk",
    "Their hearing is keen",
    "Voles are the usual prey",
    "Pellets hold the bones",
    "Nests are reused",
    "Chicks fledge late",
    "Winters thin the broods",
    "Roosts are shared",
    "Mates call at night",
    "Young disperse in autumn",
)


# Forty placeholder references (a number and a key, no bibliographic fact) for the
# decoder's tests, which ask only which numbers a text cites.
FORTY = [Reference(id=f"r{n}", number=n) for n in range(1, 41)]
SIXTY = [Reference(id=f"r{n}", number=n) for n in range(1, 61)]
THIRTY = [Reference(id=f"r{n}", number=n) for n in range(1, 31)]
# Five made-up sentences citing 1 to 8 as flattened superscripts glued to their words,
# so that a test's own passage after them starts at 9 in the order of first citation
GLUED_OPENING = (
    "Heart failure affects many adults.1 Its burden rises with age.2,3 Treatment has improved.4 "
    "Several drugs were tested in large cohorts.5–7 Earlier work described the mechanism.8 "
)


def numbers_after_opening(text: str) -> list[tuple[int, ...]]:
    """The numbers each citation of ``text`` cites, read after ``GLUED_OPENING``."""
    return [c.numbers for c in decode_citations(GLUED_OPENING + text, THIRTY)][5:]


# Made-up sentence openings with no number of their own, for articles the decoder's tests
# build to any length (dense groups, tables among citing sentences)
VOLE_TOPICS = (
    "Invented voles dig deep burrows",
    "Their burrows keep a steady warmth",
    "The pups leave the nest late",
    "Winter thins the colonies",
    "Owls take most of the adults",
    "Floods drown the lower tunnels",
    "Some colonies move uphill",
    "Grass seed is their main food",
)


def in_order(form: str, count: int = 8) -> str:
    """The first ``count`` owl sentences citing 1, 2, ... in order, each as ``form`` prints
    its number ("[{}]", "({})"): the decoder's tests put a passage after them, so that the
    manuscript's convention is settled before the passage is read."""
    cited = (f"{s} {form.format(n)}." for n, s in enumerate(OWL_SENTENCES[:count], start=1))
    return " ".join(cited) + " "


def cited_after_lead(form: str, text: str) -> list[tuple[int, ...]]:
    """The numbers ``text`` cites when it follows :func:`in_order`'s eight sentences (in
    ``form``) and FORTY references: the lead's own citations left out."""
    return [c.numbers for c in decode_citations(in_order(form) + text, FORTY)][8:]


# Placeholders with a number and a key only, for passages that need no bibliographic fact
PLACEHOLDER_REFS = [Reference(id=f"r{n}", number=n) for n in range(1, 9)]


def cited(text: str, *markers: str) -> list[Citation]:
    """Bracketed or parenthesised citations of placeholder references ``r1``, ``r2`` ...
    at each of ``markers`` in ``text``, in order (what the decoder would hand the splitter)."""
    out, at = [], 0
    for m in markers:
        start = text.index(m, at)
        at = start + len(m)
        numbers = tuple(int(n) for n in m.strip("[]()").split(","))
        kind = "bracket" if m[0] == "[" else "paren"
        out.append(Citation(m, start, at, numbers, tuple(f"r{n}" for n in numbers), kind))
    return out


def placeholder_refs(n: int) -> list[Reference]:
    """References 1 to ``n`` with a number and a key only (no bibliographic facts)."""
    return [Reference(id=f"r{k}", number=k) for k in range(1, n + 1)]


def _claims(text: str) -> list[Any]:
    from blinarefs.trace.manuscript import trace_manuscript

    return trace_manuscript(text, PLACEHOLDER_REFS, body_end=len(text)).claims


def _opening(claim: Any) -> str:
    return " ".join(claim.text.split())[:30]


def claims_by_opening(text: str) -> dict[str, Any]:
    """Each claim of ``text`` (traced against placeholders), by its first 30 characters."""
    return {_opening(c): c for c in _claims(text)}


def flagged(text: str) -> list[str]:
    """The first 30 characters of each claim ``text`` flags as needing a citation (two
    claims that open alike are both listed)."""
    return [_opening(c) for c in _claims(text) if c.needs_citation]


def decoded_markers(text: str, size: int = 12) -> list[tuple[str, tuple[int, ...]]]:
    """Each citation the decoder finds in ``text``, as its marker and numbers, against a
    list of ``size`` placeholders (a number and a key: no bibliographic facts)."""
    refs = [Reference(id=f"r{k}", number=k) for k in range(1, size + 1)]
    return [(c.marker, c.numbers) for c in decode_citations(text, refs)]


# A made-up study from its Introduction to the opening of its Discussion: the tests of the
# Discussion's own findings and guesses append their paragraphs to it
STUDY_TO_DISCUSSION = (
    "Introduction\n\n"
    "Invented fever is the most common made-up disease of Springfield [1]. "
    "We studied invented tablets.\n\n"
    "Methods\n\n"
    "We enrolled 40 made-up patients in 12 invented hospitals.\n\n"
    "Results\n\n"
    "Of 40 made-up patients, 23 responded.\n\n"
    "Discussion\n\n"
)


# A short study whose Discussion the link tests continue: Introduction cited, the rest the
# authors' own.
STUDY = (
    "Introduction\n\n"
    "Invented fever is the most common made-up disease of Springfield [1]. "
    "We surveyed made-up nurses of Springfield.\n\n"
    "Methods\n\n"
    "A made-up survey of 120 nurses was run in Springfield.\n\n"
    "Results\n\n"
    "Most nurses worked in the capital (61.2%).\n\n"
    "Discussion\n\n"
)


# a review's opening and a heading: a cited sentence, then one the tests' sentences follow
REVIEW = (
    "Introduction\n\n"
    "Invented fever is the most common made-up disease of Springfield [1]. "
    "Its causes are debated.\n\n"
    "Invented fever and its made-up microbes\n\n"
)


# seven flattened citations a passage under test follows
GRASSLANDS_LEAD = (
    "Grasslands store much of the soil carbon.1 Their loss has been measured twice.2,3 "
    "Grazing changes the balance of nutrients.4 Fire changes it more.5 Drought slows "
    "growth,6 and floods drown roots.7 Both recur.8,9 "
)


def cited_after_grasslands(text: str) -> list[tuple[int, ...]]:
    """The numbers ``text`` cites after GRASSLANDS_LEAD (whose seven citations are left out)."""
    return [c.numbers for c in decode_citations(GRASSLANDS_LEAD + text, FORTY)][7:]


def after_review(cited: str, sentence: str) -> tuple[str, str, bool]:
    """How ``sentence``, told after the cited sentence ``cited`` under REVIEW, is traced: the
    cited sentence's link, its own, and whether it is flagged as needing a citation."""
    text = REVIEW + cited + " " + sentence + "\n"
    found = claims_by_opening(text)
    return found[cited[:30]].link, found[sentence[:30]].link, sentence[:30] in flagged(text)
