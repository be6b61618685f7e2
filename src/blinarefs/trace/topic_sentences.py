"""Topic sentences that announce the cited studies told next.

"Several studies have examined the Examplia pathway. Roe et al. [4] found that ..." : the first
sentence names no finding of its own, it opens the cited study (or studies) its paragraph tells
at once, with their markers. benchmarks/claims_judging.md judges such a sentence **no** (rounds
6, 24 and 25: "Several approaches have been proposed ...", "Several studies have reported that
X ..." followed at once by one such study with its marker). Its words ("have reported",
"studies") read as a borrowed finding, so without the sentence after it the claims reader flags
it. The rule asks for all three: a subject that is a count of unnamed studies (see
``_OPENS``), and the very next sentence of the paragraph cited and told as a study ("Roe et
al. [4] found", "In one trial [4], ..."). A next sentence that only states a cited fact ("The
fate of X is set early [4].") leaves the topic sentence's own finding to source (judged
**needs** in set 46). A figure or a year in it is still a fact to source ("Several studies
since 2009 have reported rates near 40%").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from .factual import FIGURES, YEARS

if TYPE_CHECKING:
    from .claims import Claim

# A count of unnamed studies as the subject, with any verb ("Several recent studies have
# indicated that ...", "In recent years, a number of studies demonstrated ...", "A growing
# number of studies have demonstrated ...", "There are many studies related to X"): the paragraph
# goes through them. Without a count, only a topic with no finding ("Recent studies have
# investigated X"): "Recent studies have shown that X ..." asserts X as what recent work
# established, and judged **needs** on dev even with a cited study after it.
_LEAD = r"(?:(?:In recent years|Recently|Since then|However|Moreover|Furthermore|Indeed),\s+)?"
_KINDS = (
    r"(?:(?:recent|previous|earlier|clinical|experimental|independent|other)\s+)*"
    r"(?:studies|reports|investigations|groups|authors|researchers|works)\s+"
    r"(?:(?:have|has)\s+)?(?:also\s+)?"
)
_TOPIC = r"(?:investigated|examined|explored|addressed|evaluated|studied)\b"
_OPENS = re.compile(
    rf"{_LEAD}(?:(?i:several|many|numerous|an? (?:growing |increasing |large )?number of|various|"
    rf"multiple|a few)\s+{_KINDS}"
    rf"(?:reported|shown|demonstrated|indicated|suggested|found|described|revealed|{_TOPIC})"
    rf"|(?i:recent|previous|earlier|other)\s+{_KINDS}{_TOPIC}(?!\s+(?:that|whether)\b)"
    # "There are many studies related to X.": the count as the subject of "there are", on a
    # topic, no finding
    r"|There (?:are|have been) (?i:many|several|numerous|various|multiple|a number of)\s+"
    r"(?:(?:recent|previous|published)\s+)?(?:studies|reports|investigations|works|papers)\s+"
    r"(?:on|of|about|into|related to|regarding|concerning|dealing with)\b"
    # "Some recent studies using X supported our results.": unnamed studies set beside the
    # authors' own results, the one cited next tells how
    r"|(?i:some|several|many|numerous|other|a few)\s+(?:(?:recent|previous|earlier)\s+)?"
    r"(?:studies|reports|works)\s+(?:[\w-]+\s+){0,4}?(?:(?:have|has)\s+(?:also\s+)?)?"
    r"(?:support(?:ed)?|confirm(?:ed)?|corroborat(?:e|ed)|agreed? with|(?:are|were) consistent "
    r"with|(?:are|were) in line with)\s+(?:our|the present|the current)\s+"
    r"(?:results|findings|data|observations)\b)"
)
# ... or a count of unnamed things the literature holds, told in the perfect passive ("Several
# approaches have been proposed to ...", "Although there have been no studies on X, several
# made-up ligands for Y have been identified.", after a lead of a few words or a concession):
# the paragraph goes through them, each with its
# marker, as examples or as studies (3 of 3 such flags judged **no** on the tune halves and dev,
# where the next sentence cites; the one with no cited sentence after it, **needs**). Not what
# was found ("have been shown to", "observed"): that is a finding to source
_ITEMS = re.compile(
    # anchored (\A): a lead of words searched at each start would grow quadratically
    r"\A(?:(?:Although|While) [^,;]{1,150},\s+|[\w-]+(?: [\w-]+){0,5},\s+)?"
    r"(?i:several|many|numerous|various|multiple|an? (?:growing |increasing |large )?number of)"
    r"\s+(?:[\w-]+\s+){1,4}?(?:have|has)\s+(?:also\s+)?(?:previously\s+)?been\s+"
    r"(?:identified|proposed|developed|described|reported|introduced)\b"
)
# the next sentence tells a study: its authors, the word, or what they found
_TOLD_AS_STUDY = re.compile(
    r"\bet al\b|\b(?:colleagues|co-?workers)\b|\b(?:stud(?:y|ies)|trials?|reports?|surveys?)\b"
    r"|\b(?:found|reported|showed|shown|demonstrated|observed|described|revealed)\b",
    re.IGNORECASE,
)


def announced_studies(claims: Sequence[Claim]) -> list[Claim]:
    """``claims`` with each topic sentence that opens the cited study told next made no claim
    (no factual reasons, its reason saying why)."""
    out = list(claims)
    for i, claim in enumerate(out[:-1]):
        after = out[i + 1]
        if not claim.needs_citation or after.paragraph != claim.paragraph:
            continue
        said = claim.shown
        m = _OPENS.match(said)
        told = m is not None and _TOLD_AS_STUDY.search(after.shown) is not None
        m = m or _ITEMS.match(said)  # the items it counts need only their markers next
        if (
            m is None
            or after.link != "explicit"
            or not (told or m.re is _ITEMS)
            or any(f.startswith(FIGURES) for f in claim.factual)
            or YEARS.search(said)
        ):
            continue
        reason = f"no marker; a topic sentence ('{m.group()} ...') opening the cited study next"
        out[i] = replace(claim, factual=(), reason=reason)
    return out
