"""What an article presents as its own: the object it announces (a server, a toolkit, an
algorithm, a material), by the name it gives it and by the noun that says what it is, and the
parts of itself it points at (its equations, its Methods).

An article that presents a new object tells it in the third person, as its own study needs no
"we": "Herein a new alloy (hereinafter called Roe composite) is presented as an anode. ... the
Roe composite showed no dendrites", "a parallel algorithm called ExampliaMP is presented ...
ExampliaMP is ultra-fast", "In this study, we established a gene editing toolkit for Z. roei
... By using this toolkit, point mutations can be readily achieved". Word lists cannot tell
such a sentence from a borrowed fact ("showed", "achieved"); the article can: it named the
object when it announced it. What counts (each in a sentence with no marker):

- the name the article gives the object where it announces it ("hereinafter called X", "an
  algorithm called X is presented", "we developed X, a simulator"): a sentence that names X;
- the noun it announces the object by ("we have established a ... toolkit", "a ... method is
  proposed"): a sentence that says "this toolkit" or "the present method", or opens on "The
  toolkit", where the last sentence before it to name a toolkit is the authors' own (no
  marker; "we", the announcement, or "this toolkit" again) and comes after the announcement
  ("This toolkit" after a cited toolkit is the cited one);
- a pointer at the article's own parts: "(see Methods)", Nature's "(“Methods”)", and outside
  the background "according to Eq. (1)", as "(Figure 2)" points at its own figure;
- a threshold the Methods or Results set ("the site is considered conserved if its score is
  < 1"), however "is considered" reads.

The announcing sentence itself also announces the study for the paragraph that follows it
(:meth:`Presented.announces`) where it says no "we" ("a new alloy ... is presented"), and an
introduction's announcement holds for the paragraphs after it that cite nothing
(:func:`uncited_tail`): "Here we demonstrate ... This indicates that X can be achieved".

On the tune halves of the judged sets 59 and 60 (stop 57) the wrong flags were mostly such
sentences (articles with Methods and Results of their own, whose objects the Introduction
and Discussion tell in the third person). Built once by
:func:`blinarefs.trace.claims.find_claims`, asked for each sentence without a marker.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field

from .citation import Citation
from .provenance import first_person
from .sentences import Paragraph, Sentence

# what an article presents as its own object, singular and plural
_NOUNS = (
    "tool|toolkit|toolbox|server|webserver|method|model|pipeline|database|resource|platform|"
    "software|package|program|programme|algorithm|framework|approach|strategy|assay|"
    "composite|material|device|workflow|atlas|dataset|catalogue|catalog|library|portal|app|"
    "protocol|technique|simulator|classifier|predictor|system|sensor|probe|index|score|scale"
)
_NOUN = rf"(?P<noun>{_NOUNS})(?:s|es)?"
_VERBS = (
    "present|introduce|propose|develop|establish|design|build|construct|create|implement|"
    "devise|engineer"
)
_CREATE = rf"(?:{_VERBS}|built)(?:s|d|ed)?"  # "we present", "we developed", "we have built"
_CREATED = rf"(?:(?:{_VERBS})(?:d|ed)|built|described)"  # "is presented", "is described"
# a noun phrase of a few words before its noun: "a fully parallel algorithm", "an efficient
# native Type I-F CRISPR-based genome editing toolkit"
_PHRASE = r"(?:[^\s,.;:()]+\s+){0,8}?"
# "we have established a ... toolkit", "Here we present a web server", "This work provides a
# ... toolkit"
_ACTIVE = re.compile(
    rf"\b(?:[Ww]e (?:have |also |further |thus |then |first |here |herein |now )*{_CREATE}"
    r"|(?:[Tt]his|[Tt]he present) (?:study|work|paper|article) (?:thus |also |here )?"
    r"(?:presents|provides|describes|introduces|offers|establishes|reports))"
    rf" (?:here |herein )?(?:an?|the|our|this) {_PHRASE}{_NOUN}\b"
)
# "a fully parallel algorithm called X is presented", "a new method is proposed": the object
# announced in the passive, in the present tense (not "a method called Y was proposed", which
# may be others', nor one "developed by" others)
_PASSIVE = re.compile(
    rf"\b(?:[Aa]n?|[Tt]he) {_PHRASE}{_NOUN}\b(?:,? (?:called|named|termed|dubbed) \S+)?,? "
    r"(?:is|are) (?:here |herein |thus |therefore |also |now |first )?"
    rf"{_CREATED}\b(?! by\b)"
)
# the name the article gives it: "(hereinafter called X)", "an algorithm called X is
# presented", "we developed X, a simulator", "which we call X"
_NAME = r"[\"“‘']?(?P<name>[A-Za-z][^\s,;:()\"”’']*(?: [^\s,;:()\"”’']+){0,3}?)[\"”’']?"
# "we developed X, a simulator", "which we call X": the name and its announcement at once
_NAMED_BY_US = (
    re.compile(
        rf"\b[Ww]e (?:have |also |here |herein )*{_CREATE} (?:here )?{_NAME}"
        r"(?:,? (?:an?|the)\b| \()"
    ),
    re.compile(rf"\bwhich we (?:call|term|name|dub|refer to as) {_NAME}(?=[),;.])"),
)
# ... and, where the sentence announces the object, "(hereinafter called X)", "an algorithm
# called X is presented" (elsewhere "hereafter" only shortens a term: "killing capacity
# (hereafter KC)", which others' work may measure too)
_CALLED = re.compile(
    rf"\b(?:(?:hereinafter|hereafter),? (?:(?:called|named|termed|referred to as|denoted) )?"
    rf"|(?:called|named|termed|dubbed) ){_NAME}(?=[),;.]| (?:is|are|was|were)\b)"
)
# "Herein a new alloy ... is presented as an anode": the study announced in the passive
_HEREIN = re.compile(
    r"\A(?:\w+,\s+)?(?:Here|Herein),?\s[^;]*?\b(?:is|are) (?:\w+ )?(?:presented|proposed|"
    r"introduced|reported|described|developed|demonstrated)\b"
)


# "this toolkit", "the present method", "the proposed pipeline", and a sentence that opens on
# the bare noun ("The server accepts ...", not "The immune system ...")
_THIS = re.compile(
    r"(?:\b(?:[Tt]his|[Tt]he (?:present|proposed)) (?:[\w-]+ ){0,3}?|\A(?:\w+,\s+)?The )"
    rf"{_NOUN}\b(?![-'’])"
)
# "(see Methods)", "(“Methods”)", "(see Materials and methods)", "(Supplementary Note 2)"
_OWN_PART = re.compile(
    r"\((?:see |as in |cf\. )?(?:the )?[\"“]?(?:Materials? and [Mm]ethods|Methods|"
    r"Experimental (?:[Ss]ection|[Pp]rocedures)|Supplementary (?:Notes?|Methods|Information|"
    r"Text)(?: \w+)?)[\"”]?(?: section)?[),;]"
)
# "according to Eq. (1)", "from Equation 3": the article's own equation, outside its
# background (an introduction's equation may be a textbook's)
_EQUATION = re.compile(r"\b(?:Eqs?\.|Equations?) ?\(?\d+[a-z]?\)?")
# "If the score of a site is < 1, then the site is considered conserved", "Genes are considered
# expressed when P < 0.05": in the Methods or Results, a threshold the authors set (a
# comparison with a number, under "if" or "when"), however "is considered" reads
_THRESHOLD = re.compile(r"[<>≤≥]\s*\d")
_CONDITION = re.compile(r"\b(?:[Ii]f|[Ww]hen|[Ww]henever)\b")
_CITED_WORK = re.compile(r"\b(?:previous|prior|earlier|other|been (?:shown|reported))\b", re.I)


def _coined(name: str) -> bool:
    """Is ``name`` coined for the object: a capital or a digit after its first letter
    ("FisherMP", "LRTK-SIM", "Li–B–Mg composite"), not a plain word ("the method", "Roe")?"""
    first = name.split(" ", 1)[0]
    return any(c.isupper() or c.isdigit() for c in first[1:])


def _criterion(sentence: str, section: str, borrowed: tuple[str, ...]) -> bool:
    """Does a sentence of the Methods or Results set a threshold of the authors' own, its
    only borrowed cue "is considered"?"""
    return (
        section in ("methods", "results")
        and bool(borrowed)
        and all("considered" in b for b in borrowed)
        and _THRESHOLD.search(sentence) is not None
        and _CONDITION.search(sentence) is not None
    )


@dataclass(frozen=True, slots=True)
class Presented:
    """The article's own object: its names, and for each noun it was announced by, the
    sentences (starts) that name that noun and whether each is the authors' (no marker)."""

    names: frozenset[str] = frozenset()
    announcing: frozenset[int] = frozenset()  # the paragraphs that announce the study
    announced_at: dict[str, int] = field(default_factory=dict)
    mentions: dict[str, tuple[list[int], list[bool]]] = field(default_factory=dict)

    def own(self, sentence: str, start: int, section: str, borrowed: tuple[str, ...]) -> str:
        """Why an unmarked sentence at ``start`` tells the article's own object or points at
        its own parts, or "". What says a fact is borrowed (``borrowed``, as
        :func:`blinarefs.trace.provenance.borrowed_reasons` reads it) wins over the object's
        name ("X is thought to be a poor indicator"), not over a pointer at the Methods."""
        m = _OWN_PART.search(sentence) if "(" in sentence else None
        if m:
            return f"points at the manuscript's own '{m.group().strip('(),;')}'"
        m = _EQUATION.search(sentence) if section and section != "background" else None
        if m:
            return f"points at the manuscript's own '{m.group()}'"
        if _criterion(sentence, section, borrowed):
            return "sets a threshold of the authors' own ('is considered' under a condition)"
        if borrowed or _CITED_WORK.search(sentence):
            return ""
        for name in self.names:
            if name in sentence and re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", sentence):
                return f"names what the manuscript presents ('{name}')"
        for m in _THIS.finditer(sentence):
            noun = m.group("noun").lower()
            if noun in self.announced_at and self._told_last(noun, start):
                return f"names what the manuscript presents ('{m.group()}')"
        return ""

    def announces(self, sent: Sentence) -> str:
        """The words by which ``sent``, in a paragraph that announces the study, announces
        the object the article presents without "we" ("a new X is presented"), or ""."""
        return announces_object(sent.text) if sent.paragraph in self.announcing else ""

    def _told_last(self, noun: str, start: int) -> bool:
        """Is the last sentence before ``start`` to name ``noun`` the authors' own (no
        marker; "we", the announcement, or "this" after such a one), at or after the
        object's announcement?"""
        starts, unmarked = self.mentions[noun]
        i = bisect_left(starts, start) - 1
        return i >= 0 and unmarked[i] and starts[i] >= self.announced_at[noun]


def announces_object(sentence: str) -> str:
    """The words by which ``sentence`` announces the object the article presents, or ""."""
    m = _ACTIVE.search(sentence) or _PASSIVE.search(sentence) or _HEREIN.match(sentence)
    return m.group() if m else ""


def read_presented(
    sentences: Sequence[Sentence],
    not_claims: dict[int, str],
    citations: Sequence[Citation],
    announcing: frozenset[int],
) -> Presented:
    """One pass over the sentences: the names and nouns the article announces its own object
    by (in an unmarked sentence that says "we" or "this work", or in one of the
    ``announcing`` paragraphs: an introduction's closing ones, the Discussion), and where
    each noun is named."""
    starts = [c.start for c in citations]
    names: set[str] = set()
    announced_at: dict[str, int] = {}
    told: list[tuple[Sentence, bool]] = []
    for sent in sentences:
        if sent.paragraph in not_claims:
            continue
        unmarked = bisect_left(starts, sent.start) == bisect_left(starts, sent.end)
        told.append((sent, unmarked))
        if not unmarked:
            continue
        m = _ACTIVE.search(sent.text)
        if m is None and sent.paragraph in announcing:
            m = _PASSIVE.search(sent.text)
        if m is not None:
            announced_at.setdefault(m.group("noun").lower(), sent.start)
        found = [n for pattern in _NAMED_BY_US for n in pattern.finditer(sent.text)]
        if m is not None or (sent.paragraph in announcing and _HEREIN.match(sent.text)):
            found += _CALLED.finditer(sent.text)
        names |= {n.group("name") for n in found if _coined(n.group("name"))}
    mentions: dict[str, tuple[list[int], list[bool]]] = {}
    for noun in announced_at:
        named = re.compile(rf"\b{noun}", re.IGNORECASE)
        at: list[int] = []
        theirs: list[bool] = []  # the authors' own: "we", the announcement, "this" after one
        for sent, unmarked in told:
            if named.search(sent.text):
                this = any(t.group("noun").lower() == noun for t in _THIS.finditer(sent.text))
                own = first_person(sent.text) or bool(announces_object(sent.text))
                at.append(sent.start)
                theirs.append(unmarked and (own or (this and len(theirs) > 0 and theirs[-1])))
        mentions[noun] = (at, theirs)
    return Presented(frozenset(names), announcing, announced_at, mentions)


def uncited_tail(
    paragraphs: Sequence[Paragraph],
    sections: dict[int, str],
    not_claims: dict[int, str],
    citing: frozenset[int],
) -> frozenset[int]:
    """The introduction's last paragraphs that cite nothing, up to the heading after them:
    where an announcement ("Here we demonstrate ...") goes on with the study, whichever of
    them holds it."""
    tail: list[int] = []
    out: set[int] = set()
    for p in paragraphs:
        reason = not_claims.get(p.index, "")
        if reason.startswith("heading"):
            out.update(tail)
            tail = []
        elif reason:
            continue
        elif sections.get(p.index) == "background" and p.index not in citing:
            tail.append(p.index)
        else:
            tail = []
    return frozenset(out)
