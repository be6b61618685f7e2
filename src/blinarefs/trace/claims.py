"""Claims: the manuscript's sentences, each tied to the references that stand behind it.

A sentence with citation markers is an *explicit* claim. A sentence without markers that
continues a linked one ("They found that ...") *inherits* its references; one that names an
entity (a trial such as ABC1234) found in exactly one reference's title or abstract gets an
*entity* link. Every link carries its reason, so a reader can judge it. Figure captions,
page furniture ("Close modal"), headings and disclosures are not claims: they are returned
as skipped, with why.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ..model import Reference
from .announcements import announces, own_study_frame
from .decode import Citation, ReferenceIndex, compress_numbers
from .entities import EntityIndex
from .factual import YEARS, factual_reasons, sums_up
from .furniture import classify_paragraphs
from .hyphens import printed_compounds, rejoined
from .lacking import knowledge_gap, lacking
from .looking_back import discussed_own, found_here, restated, told_in_past
from .named_again import named_again
from .named_sources import named_source
from .own_work import citing_paragraphs, closing_introduction, own_study_terms, tells_own_work
from .pointers import led_pointer
from .presented import Presented, read_presented, uncited_tail
from .provenance import (
    borrowed_reasons,
    first_person,
    lead_in,
    own_reason,
    strong_reasons,
)
from .sections import headingless_study, paragraph_sections
from .sentences import Paragraph, Sentence
from .specimens import own_material
from .stances import stance
from .topic_sentences import announced_studies
from .turning import set_beside, turns_away

LINKS = ("explicit", "inherited", "entity")


@dataclass(frozen=True, slots=True)
class Claim:
    index: int  # 1-based, in text order
    start: int
    end: int
    text: str
    citations: tuple[Citation, ...]
    numbers: tuple[int, ...]
    keys: tuple[str, ...]
    link: str | None  # "explicit", "inherited", "entity", or None: nothing stands behind it
    reason: str
    factual: tuple[str, ...]  # why it reads as a fact that needs a source; () if not (or own)
    paragraph: int
    own: str = ""  # why an unmarked sentence is the authors' own ("first person 'we'"), or ""
    # "methods", "results", "discussion", "conclusions" (after those), "background", "closing"
    # (a review's Conclusions), "summary" (an abstract), or ""
    section: str = ""
    reading: str = ""  # the text with words a line's end hyphenated made whole, when it has any

    @property
    def shown(self) -> str:
        """The claim as a reader reads it: on one line, its broken words whole."""
        return " ".join((self.reading or self.text).split())

    @property
    def needs_citation(self) -> bool:
        """A borrowed fact with nothing behind it: what an editor wants flagged."""
        return self.link is None and bool(self.factual)

    def to_dict(self) -> dict[str, Any]:
        return {
            "index": self.index,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "markers": [c.marker for c in self.citations],
            "numbers": list(self.numbers),
            "keys": list(self.keys),
            "link": self.link,
            "reason": self.reason,
            "factual": list(self.factual),
            "own": self.own,
            "section": self.section,
        }


@dataclass(frozen=True, slots=True)
class Skipped:
    """Text of the body that is not a claim, and why."""

    start: int
    end: int
    text: str
    reason: str

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end, "reason": self.reason}


def short_label(ref: Reference) -> str:
    """ "Smith 2020": first author's family name and year, for tables and reports; a work
    with no author by its title's first words, cut between words ("A Long Meeting…")."""
    if ref.author:
        who = ref.author[0].full_family
    else:
        who = ref.title.split(":")[0].strip() or ref.id
        if len(who) > 40:
            who = (who[:41].rsplit(" ", 1)[0] if " " in who[:41] else who[:40]) + "…"
    return f"{who} {ref.year}" if ref.year else who


# -- linking ----------------------------------------------------------------------------------

# A sentence continues the one before when it opens by pointing back at what that one
# cited: "They found", "These patients", "In that trial". Not "It" or "Its": those point
# at anything ("Its sequence was also verified before use"); not "However, their ...":
# a contrast opens what the cited work did not show.
_CONTINUES = re.compile(
    r"(?:(?:First|Second|Third|Finally|Moreover|Furthermore|In addition|Also|Notably|"
    r"Importantly|Similarly|Indeed|Interestingly|Overall|Likewise|Consistently|Again|"
    r"Additionally|Further|Specifically|In particular|Subsequently|Later)\s*,?\s+)?"
    r"(?P<cue>They|Those|Their|Such|(?:These|This|That|In (?:this|that|these|those|their)|"
    r"According to (?:this|that|these|those|their)|"
    r"Among (?:these|those|them)|The same)\s+(?:\w+\s+)?(?:study|studies|trial|trials|authors?|"
    r"investigators|analys[ie]s|regimen|patients|cohorts?|participants|findings?|results?|"
    r"data|work|reports?|group|series|review|models?|approach(?:es)?|methods|population)|"
    # not "The study of lncRNA function ...": research on a topic, not the cited study
    r"The (?:study|trial)(?! of (?-i:[a-z]))|The (?:authors|investigators))\b",
    re.IGNORECASE,
)


# ... nor a call for more work in the present tense ("This warrants study in ...", "These
# findings deserve attention", "Such data call for"): "study" there is what remains to be done
# ("caution was warranted" may be a cited conclusion); nor an explanation the authors offer
# ("Such aspects may explain the higher cost", "might partially explain"): a new claim of
# theirs, which the cited work does not make (2 of 2 such links judged wrong on the tune sets;
# in other words, and other outlooks, :func:`turning.turns_away`)
_OUTLOOK = re.compile(
    r"\b(?:will|would|could lead|future|remains? to be|warrants?|deserves?|calls? for"
    r"|(?:may|might|could) (?:\w+ )?explain)\b",
    re.IGNORECASE,
)
# ... unless it sets them beside others' ("This finding was similar to that of a study ...")
_BESIDE_OTHERS = re.compile(
    r"\b(?:stud(?:y|ies)|reports?|literature|previous(?:ly)?|prior|earlier|others?|et al|"
    r"similar|consistent|in line|agree\w*|contrast|contrary|unlike)\b",
    re.IGNORECASE,
)
# a borrowed cue in the perfect: "has been shown", "have also been reported"
_PERFECT = re.compile(r"\bha(?:s|ve) (?:\w+ )?been\b")
# who a pointing word names: the cited work's authors ("They", "Their study", "The authors",
# "These authors")
_PEOPLE = re.compile(
    r"(?:They|Their|(?:The|These|Those) (?:authors|investigators))\b", re.IGNORECASE
)


def _numbers_text(numbers: Sequence[int]) -> str:
    return compress_numbers(numbers) if numbers else "no numbered reference"


def find_claims(
    text: str,
    sentences: Sequence[Sentence],
    paragraphs: Sequence[Paragraph],
    citations: Sequence[Citation],
    index: ReferenceIndex,
) -> tuple[list[Claim], list[Skipped]]:
    """Claims and skipped text, in text order. Linear in the number of sentences."""
    not_claims = classify_paragraphs(paragraphs)
    entities = EntityIndex.build(index.references)
    sections = paragraph_sections(
        paragraphs, lambda p: not_claims.get(p.index, "").startswith("heading")
    )
    if not any(sections.values()):
        sections = headingless_study(paragraphs, not_claims, tells_own_work(sentences, citations))
    compounds = printed_compounds(text)
    terms = own_study_terms(sentences, sections, not_claims, citations)
    closing = closing_introduction(paragraphs, sections, not_claims)
    citing = citing_paragraphs(sentences, citations)
    closing |= uncited_tail(paragraphs, sections, not_claims, citing)
    presented = read_presented(sentences, not_claims, citations, closing)
    claims: list[Claim] = []
    skipped: list[Skipped] = []
    ci = 0
    previous: Claim | None = None
    announced = ""  # the words of this paragraph that announced the authors' own study
    for sent in sentences:
        inside = []
        while ci < len(citations) and citations[ci].start < sent.end:
            if citations[ci].start >= sent.start:
                inside.append(citations[ci])
            ci += 1
        reason = not_claims.get(sent.paragraph)
        if reason:
            skipped.append(Skipped(sent.start, sent.end, sent.text, reason))
            continue
        if previous is not None and previous.paragraph != sent.paragraph:
            previous, announced = None, ""
        section = sections.get(sent.paragraph, "")
        claim = _link(
            len(claims) + 1, sent, tuple(inside), previous, entities, index, section, compounds,
            terms, announced, sent.paragraph not in citing, presented,
        )  # fmt: skip
        claims.append(claim)
        # a cited sentence, or one that reads as borrowed, ends the announcement
        if inside or claim.factual or (sent.paragraph not in closing and section != "discussion"):
            announced = ""
        else:
            announced = announced or announces(
                sent.text, sent.paragraph in closing, section == "discussion"
            )
            announced = announced or presented.announces(sent)  # "a new X is presented"
        previous = claim
    return announced_studies(claims), skipped


def _link(
    number: int,
    sent: Sentence,
    citations: tuple[Citation, ...],
    previous: Claim | None,
    entities: EntityIndex,
    index: ReferenceIndex,
    section: str = "",
    compounds: frozenset[str] = frozenset(),
    terms: frozenset[str] = frozenset(),
    announced: str = "",
    quiet: bool = False,
    presented: Presented | None = None,
) -> Claim:
    said = rejoined(sent.text, compounds)  # "demon-" / "strated" is a finding's word
    # Whose the sentence is matters only where no marker says: a cited one is borrowed.
    borrowed = () if citations else borrowed_reasons(said)
    own = "" if citations else own_reason(said, section or None, borrowed)
    own = own or ("" if citations else own_material(said, section))  # "Holotype: ..."
    if presented and not (own or citations):  # the object the article presents, its parts
        own = presented.own(said, sent.start, section, borrowed)
    facts = factual_reasons(said)
    # in the Discussion only what it tells in the past tense: "Here, we investigated X.
    # Mutants of this class can escape ..." turns to what is known
    if (
        announced
        and not own
        and not citations
        and not borrowed
        and (section != "discussion" or told_in_past(said, facts))
    ):
        own = f"goes on with the study its paragraph announced ('{announced}')"
    # "In this phase III study, ...": the study's own, unless it goes on with a linked one
    if not (own or citations or borrowed):
        own = own_study_frame(said, bool(previous and previous.link))
    cue = _CONTINUES.match(said) or led_pointer(said, section)  # "By X, the authors found"
    # "This pathway" after "... a pathway [4]"; not "This X has (also) been observed in Y":
    # the literature at large, beyond the study cited
    if (
        cue is None
        and previous
        and previous.link in ("explicit", "inherited")
        and not any(_PERFECT.search(b) for b in borrowed)
    ):
        cue = named_again(said, previous.text, section)
    # "These data are reaffirmed in the survey ...": the cited data beside the study's own
    if cue and previous and previous.link and not (own or citations):
        own = set_beside(said, section)
    # "... was seen in our patients' cells (Figure 2). These results suggest ...": a pointing
    # word goes on with what the sentence before told, here the authors' own work, as it goes
    # on with a cited work after a marker; not one that names people ("They", "These
    # authors"), who are others even after the authors' own sentence
    if (
        cue
        and not (own or citations or borrowed)
        and previous
        and previous.own
        and not previous.link
        and not _PEOPLE.match(cue.group("cue"))  # "They selected ...": others, as a rule
        and not _BESIDE_OTHERS.search(said, cue.end())
    ):
        own = f"goes on with the authors' own work told before ('{cue.group('cue')} ...')"
    dated = " ".join(f for f in facts if f.startswith("date"))
    borrowed = tuple(b for b in borrowed if not any(y in dated for y in YEARS.findall(b)))
    if borrowed and lead_in(said, borrowed, facts):
        borrowed = ()
    # the Discussion restating the study's results: own, unless it goes on with a cited one
    holding = strong_reasons(said, section or None, borrowed) if borrowed else ()
    # "were identified" again, in the Discussion or in the Conclusions that sum the study up
    if section in ("discussion", "conclusions") and found_here(said, holding):
        holding = ()
    back = "" if own or citations or holding else restated(said, section, facts, terms)
    if not (back or own or citations):  # what a Discussion says between its comparisons
        after_cited = bool(previous and previous.link)
        back = discussed_own(said, section, facts, borrowed, quiet, after_cited, terms)
    # a question asks, it states nothing ("If it were one country, what would its figures
    # show?"), nor does a gap in what is known ("It remains unknown how ... since 2018"): no
    # fact to source, whatever words it holds
    asked = said.rstrip(" \"'”’)]").endswith("?") or knowledge_gap(said)
    asked = asked or bool(lacking(said, facts + borrowed))  # "none reported to date"
    # nor does a sentence that sums up the manuscript's argument ("In summary, ...")
    asked = asked or sums_up(said, facts)
    # nor does one that names its source (a web address, a personal communication)
    site = "" if citations or own else named_source(said)
    # nor does one that takes a stance: a recommendation, a call for research, an aim
    taken = stance(said, facts + borrowed) if not (citations or own or asked or site) else ""
    factual = () if own or asked or site or taken else facts + borrowed

    def make(numbers, keys, link, reason):
        return Claim(
            number, sent.start, sent.end, sent.text, citations, tuple(numbers), tuple(keys),
            link, reason, factual, sent.paragraph, own, section,
            said if said != sent.text else "",
        )  # fmt: skip

    if citations:
        numbers = list(dict.fromkeys(n for c in citations for n in c.numbers))
        keys = list(dict.fromkeys(k for c in citations for k in c.keys))
        markers = ", ".join(repr(c.marker) for c in citations)
        return make(numbers, keys, "explicit", f"marker{'s' * (len(citations) > 1)} {markers}")
    if (
        cue
        and previous
        and previous.link in ("explicit", "inherited")
        and not own
        # the Conclusions sum up the study's own results: "These results might represent a
        # link ... Additionally, they shed light on ..." goes on with those, whatever the
        # sentence before cited (a review's closing section, "closing", is not this)
        and section != "conclusions"
        and not _OUTLOOK.search(said)  # "Such studies will help ...": the authors' outlook
        # "We present data made with a caller [8]. These data ...": the citation names a
        # tool of the authors' own work, which the next sentence goes on with ("Their
        # study" still points at the cited authors)
        and (_PEOPLE.match(cue.group("cue")) or not first_person(previous.text))
        # "..., in contrast to the aforementioned studies, ...", "They" = the authors' mice
        and not turns_away(
            said, previous.text, first_person(previous.text), said[cue.start("cue") :]
        )
    ):
        reason = (
            f"continues claim {previous.index} ('{cue.group('cue')} ...'), "
            f"which is linked to {_numbers_text(previous.numbers)}"
        )
        return make(previous.numbers, previous.keys, "inherited", reason)
    found = entities.unique(said)
    if found:
        keys = list(dict.fromkeys(key for _, key, _ in found))
        numbers = [index.number_by_key[k] for k in keys if k in index.number_by_key]
        reason = "; ".join(
            f"names {name}, found only in the {field_name} of {_ref_name(key, index)}"
            for name, key, field_name in found
        )
        return make(numbers, keys, "entity", reason)
    if back:
        own, factual = back, ()
    if site:
        return make((), (), None, f"no marker; names its source by {site}")
    if taken:
        return make((), (), None, f"no marker; {taken}: no fact to source")
    return make((), (), None, "no marker, no continuation, no named entity")


def _ref_name(key: str, index: ReferenceIndex) -> str:
    number = index.by_key[key].label or index.number_by_key.get(key)  # "1b": a part
    label = short_label(index.by_key[key])
    return f"reference {number} ({label})" if number is not None else f"{key} ({label})"
