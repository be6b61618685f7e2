"""Whose claim is it: the authors' own (methods, results) or a fact borrowed from others?

Only a borrowed fact needs a citation. A sentence is the authors' own when it speaks in the
first person ("we", "our", "here"), describes a procedure ("cells were fixed in 70%
ethanol", "samples were incubated"), points at the manuscript's own figures and tables, or
sits in a Methods or Results section with nothing that says otherwise. It is borrowed
when it says so ("has been shown", "previous studies", "is known"), names an approval or a
guideline, or dates a past event ("in 1998"). Pure: one sentence and its section in, a
reason out.
"""

from __future__ import annotations

import re

from .agencies import AGENCY, agencies
from .unshown import unshown

_FIRST_PERSON = re.compile(
    r"\b(?:[Ww]e|[Oo]urs?|us|[Hh]ere|[Hh]erein|[Tt]his (?:study|work|paper|article)|"
    # "the current trial", "the present cross-sectional study": words between, not "present
    # in the study"; "the current meta-analysis" is the authors' own pooling
    r"(?:the )?(?:present|current) (?:(?!(?:in|of|the|a|an|and|or|to|for|on|at|by|with|from|"
    r"this|that|these|those)\b)[\w-]+ ){0,2}(?:study|work|paper|trial|(?:meta-)?analysis))\b"
)
# "In the present work, it has been shown that ...": the frame says whose the finding is, as
# "here" does, whatever the passive that follows sounds like
_OWN_FRAME = re.compile(
    r"(?:In|Through|With) (?:this|the present|the current) (?:study|work|paper)\b"
)
# "The analyses show", "The results confirm": the manuscript's own results, in the present
# tense a manuscript reports them in (a cited study's results are told in the past tense)
_OWN_RESULTS = re.compile(
    r"\bThe (?:analys[ie]s|results|data) (?:also )?(?:show|confirm|demonstrate|indicate|"
    r"suggest|reveal)\b"
)
# "The current findings corroborate previous reports", "Our data support previous studies
# showing ...": the authors set their own results beside others' (cited where they were told);
# not "These findings", which may be the cited ones
_OWN_BESIDE = re.compile(
    r"\b(?:[Oo]ur|[Tt]he (?:current|present)) (?:\w+ )?(?:findings|results|data|observations) "
    r"(?:\w+ )?(?:corroborate|support|confirm|agree with|are (?:consistent|in line|in "
    r"agreement|in accordance) with|extend|replicate|mirror) (?:the )?(?:previous|prior|earlier)"
)
# "Interestingly, in contrast to previous studies, we did not observe ...": the authors' own
# finding set against others' (claims_judging.md round 25), where "As expected from previous
# reports, our strain ..." and "Similar to previous studies, ..." still tell what others found
_OWN_AGAINST = re.compile(
    r"\A(?:[\w-]+,\s+)?(?:in contrast (?:to|with)|contrary to|unlike|different (?:from|to|with)) "
    r"(?:the |some |many )?(?:previous|prior|earlier|other) (?:[\w-]+ )?(?:stud(?:y|ies)|reports?|"
    r"works?|findings|results|research|data)\b(?=(?s:.*)\bwe\b)",
    re.IGNORECASE,
)
_PERSON_GATE = ("we", "our", "us", "here", "this ", "present ", "current ")
_OWN_FIGURE = re.compile(
    # BMJ and the Royal Society print them in lower case: "(figure 2B)", "shown in table 1"
    r"\b(?:[Ff]ig(?:ure)?s?\.?|[Tt]ables?|[Ss]upplementa(?:l|ry)\s+(?:[Ff]ig(?:ure)?|[Tt]able)s?\.?)"
    r"(?:\s*S?\d|(?:~|\s)*\\(?:auto|c|C)?ref\{)"  # LaTeX: Figure~\ref{fig:a}
    # physics journals number their tables in Roman numerals: "Table IV shows"
    r"|\bTables?\s+[IVX]{1,4}\b"
    # and the references that name their float themselves: \ref{subfig:a}, \reftab{scores}
    r"|\\(?:auto|c|C)?ref\{(?:sub)?(?:fig|tab)|\\ref(?:fig|tab)\{"
)
_PROCEDURE = re.compile(
    r"\b(?:was|were|had been)\s+(?:then\s+|also\s+|first\s+|subsequently\s+)?"
    r"(?:incubated|washed|fixed|stained|centrifuged|cultured|harvested|treated|transfected|"
    r"analy[sz]ed|measured|calculated|performed|collected|obtained|recorded|extracted|"
    r"purified|amplified|sequenced|isolated|diluted|added|mixed|resuspended|seeded|injected|"
    r"an(?:a|e)sthetized|euthanized|sacrificed|randomi[sz]ed|enrolled|recruited|included|"
    r"excluded|assessed|evaluated|determined|used|carried out|conducted|defined|estimated|"
    r"applied|verified|quantified|prepared|grown|maintained|stored|kept|placed|plated|"
    r"imaged|scored|counted|genotyped|tested|examined|monitored|interviewed|surveyed|"
    r"selected|divided|categori[sz]ed|coded|adjusted|fitted|computed|normali[sz]ed|"
    r"transferred|exposed|immunized|infected|sampled|screened|"
    r"loaded|visualized|generated|constructed|"
    r"cloned|inserted|designed|acquired|processed|registered|approved by the)\b",
    re.I,
)
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
)
# "the density functional theory (DFT) calculation", "our simulations": a calculation, with up
# to five words before it that do not say it is others' ("previous", "published") and no "by"
# after it ("the calculations by Roe et al.")
_CALCULATED = (
    r"(?:the|our) (?:(?!previous|earlier|prior|published|reported)[\w()-]+ ){0,5}?"
    r"(?:calculations?|simulations?|computations?)\b(?! by\b)"
)
# (words one of which must occur, lower-cased, for the pattern to be worth running): this
# runs on every sentence, and a substring test costs a fraction of a regex pass.
_BORROWED = tuple(
    (gate, re.compile(pattern, re.I))
    for gate, pattern in (
        (("been",), r"\bha(?:s|ve) (?:been|also been|previously been) (?:shown|reported|"
                    r"described|demonstrated|proposed|suggested|found|identified|implicated|"
                    r"associated|linked|observed)\b"),
        (("known", "establish", "recogni", "thought", "believed", "considered", "accepted"),
         # "are known to suppress", "is established as"; not a state a clause ends on
         # ("after infection is established.", "when this is known a priori")
         r"\b(?:(?:is|are) (?:well[- ])?(?:known|established|recognized|thought|believed|"
         # nor a threshold the authors set ("P < 0.05 is considered significant")
         r"considered)(?!\s*[.,;:)]|\s+a priori|\s+(?:statistically\s+)?significant)"
         r"|it is (?:well )?(?:known|established|accepted))\b"),
        (("previous",), r"\bprevious(?:ly)? (?:stud|report|work|research|shown|reported|"
                        r"described|demonstrated)\w*"),
        (("studies", "reports", "investigations", "trials", "authors"),
         r"\b(?:recent|several|many|numerous|other|prior|earlier) (?:studies|reports|"
         r"investigations|trials|authors)\b"),
        # "This study has demonstrated" is the authors' own conclusion; "Studies showed", "A
        # recent study (of made-up farms) found" in the past tense are others' ("The study
        # found" may be the authors' own; "localization studies revealed" their experiments)
        (("stud",), r"(?<!this )(?<!our )(?<!present )(?<!current )"
                    r"\bstud(?:y|ies) (?:have|has) (?:shown|found|reported|demonstrated)\b"
                    r"|(?:(?<![Ii]f )\b[Aa] (?:\w+ ){0,2}study|^(?:\w+,\s+)?Studies) "
                    r"(?:(?:of|in|on|among) [^,;.]{1,60}? )?"
                    r"(?:showed|found|reported|demonstrated|revealed)\b"),
        # not a criterion in lower case ("according to manufacturer's instructions", "varies
        # according to many variables", "according to 1st generation", "organized according
        # to projects"): the source is named, or others' work ("according to previous studies")
        # ... nor a calculation ("according to the density functional theory (DFT)
        # calculation", "according to our simulations"): a calculation is done, by the authors
        # unless the sentence says whose ("the calculations by Roe", "previous calculations")
        (("according to",), r"\baccording to\b(?! (?!(?:the|a|an|our|their|its|his|her|this|"
                            r"these|those|each|literature|reports?|studies)\b|\w+ (?:stud|report|"
                            r"work|research|literature|author|investigat|data|estimat|statistic|"
                            r"survey|census|source))(?-i:[a-z0-9]))"
                            rf"(?! {_CALCULATED})"),
        (("approved", "licensed", "recommended", "introduced", "discovered", "described",
          "reported", "identified"),
         r"\b(?:was|were) (?:first )?(?:approved|licensed|recommended|introduced|discovered|"
         r"described|reported|identified)\b"),
        (("guideline", "recommend"), r"\b(?:guidelines?|recommend(?:s|ed|ation)s?)\b"),
        (("19", "20"), rf"\b(?:in|since|until|by) (?:{_MONTH} )?(?:19|20)\d\d\b"),
        (("most", "leading", "major", "main", "common", "prevalent"),
         # not a hedge: "is most likely a consequence of the low coverage"
         r"\b(?:is|are|remains?) (?:the )?(?:most|leading|major|main|common|prevalent)\b"
         r"(?! (?:likely|probably)\b)"),
        # not "worldwide" or "globally" alone: they say where a thing holds, not whose the
        # knowledge is ("celebrated globally", "a worldwide framework"; alone they made 8
        # flags on the tune halves and dev, none right, stop 56)
        (("affect", "estimated", "reported"),
         r"\b(?:affects? (?:about|approximately|over|more than)|"
         r"(?:estimated|reported) (?:to|that))\b"),
    )
)  # fmt: skip


# an ethics statement: a committee's approval, the participants' consent
_ETHICS = re.compile(
    r"\b(?:approv|consent|waive)\w*\b[^.;]{0,120}\b(?:ethic|committee|board|irb|"
    r"institutional|kommission|animal (?:care|welfare|use)|helsinki)"
    r"|\b(?:ethic\w*|committee|review board|irb)\b[^.;]{0,120}\b(?:approv|waive)\w*"
    # "in accordance with the Declaration of Helsinki, and written informed consent ..."
    r"|\bhelsinki\b[^.;]{0,120}\bconsent"
    # "The made-up trial was run in line with its protocol, the Declaration of Helsinki (revised
    # October 2030) and ...", "conformed to the principles of the Declaration of Helsinki":
    # the study's own conduct, whatever the dates and guidelines it names
    r"|\b(?:accordance|according|compliance|complied|compl(?:y|ies)|conform\w*|adher\w*|line with)"
    r"\b[^.;]{0,120}\bdeclaration of helsinki\b"
    # "The study was approved by the made-up regulator (Form No. 12)", "the protocols were
    # approved by the Invented Institute": the study's own approval, whoever gave it
    r"|\b(?:the|this|our) (?:\w+ )?(?:study|trial|protocols?) (?:was|were|had been) "
    r"(?:\w+ )?approved\b",
    re.IGNORECASE,
)
_ETHICS_GATE = ("approv", "consent", "helsinki")


# "The CDC states that:", "According to the WHO:": a lead-in to a quotation, which carries the
# claim (and its citation); the lead-in itself asserts nothing ("In their 2005 Guidelines ...,
# the CDC state that:" still names a dated guideline)
_LEAD_IN_WORDS = 12


def lead_in(sentence: str, borrowed: tuple[str, ...], facts: tuple[str, ...]) -> bool:
    """Is the sentence only a lead-in to the quotation after its colon?"""
    cues = [b.removeprefix("borrowed '").removesuffix("'") for b in borrowed]
    return (
        sentence.rstrip().endswith(":")
        and not facts
        and len(sentence.split()) <= _LEAD_IN_WORDS
        and all(c.lower() == "according to" or AGENCY.fullmatch(c) for c in cues)
    )


# "More efforts should be taken to explain the recommendations", "Radio could be used to
# spread the guidelines", "Recommendations should also include ...": the authors' advice about
# guidelines, which borrows nothing; not what a guideline says ("Guidelines recommend that
# ... should", "In the guidelines, patients should ...")
_ADVICE = re.compile(r"\b(?:should|could be used)\b")
# "In the national guidelines, ...", "under current recommendations", "as per the guideline",
# "consistent with the guidelines": the sentence places what it says in a guideline, so it
# reports the guideline (a borrowed fact), even when it says what should be done. One wording
# for both readers of it: advice about guidelines here, a recommendation of record in
# :mod:`.stances`
IN_GUIDELINES = (
    r"\b(?:in|under|per|by|following|with)\s+(?:[\w-]+\s+){0,3}?(?:recommendations?|guidelines?)\b"
)
_SAYS = re.compile(r"\bthat\b|\brecommends?\b|" + IN_GUIDELINES, re.IGNORECASE)


def _advised(sentence: str, lower: str) -> bool:
    """Does the sentence give the authors' advice about guidelines or recommendations?"""
    return ("should" in lower or "could" in lower) and bool(
        _ADVICE.search(lower) and not _SAYS.search(sentence)
    )


# "Our epigenetic studies have shown", "our in vitro studies have found": the authors' own
# studies in this manuscript, words between "our" and "studies" ("Our previous studies have
# shown", "our recent studies" are their earlier, published ones, which need a citation)
_OUR_STUDIES = re.compile(
    r"\b[Oo]ur (?!(?:previous|prior|earlier|former|past|published|recent)\b)(?:[\w-]+ ){1,2}"
    r"stud(?:y|ies) (?:have|has) (?:shown|found|reported|demonstrated)\b"
)


def borrowed_reasons(sentence: str) -> tuple[str, ...]:
    """What says this sentence reports others' work or common knowledge."""
    lower = sentence.lower()
    found = [
        m.group()
        for gate, pattern in _BORROWED
        if any(map(lower.__contains__, gate))
        for m in pattern.finditer(sentence)
    ]
    if found and "our " in lower and _OUR_STUDIES.search(sentence):
        found = [w for w in found if not w.lower().startswith("stud")]
    if found and _advised(sentence, lower):
        found = [w for w in found if not w.lower().startswith(("recommendation", "guideline"))]
    found.sort(key=sentence.find)
    found += agencies(sentence)
    return tuple(f"borrowed '{w}'" for w in found[:2])


# What says "borrowed" only outside the authors' Methods and Results: there a year is when
# they worked ("starting in 2017", "carried out in 2008"), "were identified" what they found,
# "according to the standard protocol" how they worked. ("According to Baker's classification"
# still names a source.)
# A guideline or a recommendation there is one the authors followed ("most hospitals used
# guidelines that followed national recommendations", "to match the recommended dose"); the
# same cues are weak beside the first person anywhere ("In this work, eleven enzymes were
# identified", "our findings support current recommendations").
_WEAK_THERE = re.compile(
    r"borrowed '(?:(?:in|since|until|by) (?:\w+ )?(?:19|20)\d\d|(?:was|were) (?:identified|"
    r"introduced|discovered|described|reported)|guidelines?|recommend(?:s|ed|ations?)?)'"
    r"|borrowed 'according to'",
    re.IGNORECASE,
)
# "is the most", "are the main": a rank, borrowed as a rule ("X is the most common cancer")
_RANKED = re.compile(
    r"borrowed '(?:is|are|remains?) (?:the )?(?:most|leading|major|main|common|prevalent)'",
    re.IGNORECASE,
)
_OTHER_STUDY = re.compile(
    r"(?<!our )(?<!this )(?<!present )(?<!current )\b(?:stud(?:y|ies)|surveys?|trials?)\b"
    r"|\bet al\b",
    re.IGNORECASE,
)
# A qualitative study's participants speaking ("Most of the participants reported that",
# "One participant said", "Respondents also requested"): the study's own data, whatever
# words they use ("recommendations", "reported that").
_PARTICIPANTS = re.compile(
    r"\b(?:participants?|respondents?|interviewees?|informants?|focus groups?)\b"
    r"(?:\s+[\w-]+){0,5}?\s+(?:also\s+|all\s+|often\s+)?(?:reported|said|stated|felt|"
    r"suggested|requested|mentioned|indicated|expressed|described|noted|perceived|believed|"
    r"preferred|complained|explained|agreed|recalled|asked|urged|appreciated)\b",
    re.IGNORECASE,
)
_SPEAKERS = ("particip", "respond", "interview", "informant", "focus group")
# ... or counted, as a survey prints its respondents: "23 (54.8%) reported that", "5.2%
# reported having", "53 of them reported that", "was reported by five nurses (11.9%)" (not
# "55.2% reported associations", an adjective). Only
# where the study tells its own people (Methods, Results, Discussion, Conclusions) and the
# sentence names no study, survey or trial of others ("In the Examplia survey, 45% reported
# that ..." is a cited finding)
_COUNTED_SAY = re.compile(
    r"(?:\b\d+(?:[.,]\d+)? ?%|\b\d+ \(\d+(?:[.,]\d+)? ?%\)|\b\d+ of (?:them|these|those))\s+"
    r"(?:also\s+)?(?:reported|said|stated|claimed|declared|mentioned) (?:that|having|being|to)\b"
    r"|\breported by (?:[\w-]+ ){1,3}\(\d+(?:[.,]\d+)? ?%\)",
    re.IGNORECASE,
)
_SAYING = ("reported", "said", "stated", "claimed", "declared", "mentioned")
_OWN_PEOPLE_TOLD = ("methods", "results", "discussion", "conclusions")
_OTHERS_NAMED = re.compile(r"\b(?:stud(?:y|ies)|surveys?|trials?|et al)\b", re.IGNORECASE)
# ... unless a borrowed cue names other work ("previous studies reported that participants",
# "has been shown")
OTHER_WORK = re.compile(r"stud|previous|prior|earlier|other|been", re.IGNORECASE)
_BY_A_RULE = re.compile(r"\baccording to (?:the|a|an|our|their|its|each|this|these)\b", re.I)
# "using the previously reported parameters", "a previously described assay": in Methods, what
# the authors took from earlier work and used in their own procedure (a bare "as previously
# reported" still asks for the report)
_TAKEN_OVER = re.compile(
    r"\b(?:the|a|an|these|those) previously (?:reported|described|published) [a-z]", re.I
)
_EARLIER = re.compile(r"borrowed 'previously (?:reported|described)'", re.I)
# "As previously shown, ...": in the Results and the Discussion, a pointer back within the
# article (the result told above is the study's own; another's is cited where it is told)
POINTS_BACK = re.compile(r"^As previously (?:shown|described|mentioned|noted|discussed)\b", re.I)
_PREVIOUSLY = re.compile(r"borrowed 'previously \w+'", re.I)
# "PC2 (10% of variance) is most associated with ...", "Roe1 and Doe2 are the most significantly
# (p = 0.01) enriched": in the Results, a rank told with a share or a P value in parentheses
# ranks the study's own measures (a rank told bare there is a fact to source: "X is the main
# component of Y")
_MEASURED = re.compile(r"\((?:\d+(?:[.,]\d+)? ?%|[^()]{0,40}?\b[pP] ?[=<≤] ?0?[.,]\d)")


def first_person(sentence: str) -> bool:
    """Does the sentence speak in the first person ("we", "our", "this study")?"""
    lower = sentence.lower()
    return any(w in lower for w in _PERSON_GATE) and _FIRST_PERSON.search(sentence) is not None


def strong_reasons(
    sentence: str, section: str | None, borrowed: tuple[str, ...]
) -> tuple[str, ...]:
    """The reasons for "borrowed" that hold in ``section``. In the Conclusions, which sum up
    the study, "according to the results" is the study's own too."""
    ruled = _BY_A_RULE.search(sentence) is not None
    if section == "conclusions" and ruled:
        return tuple(b for b in borrowed if b.lower() != "borrowed 'according to'")
    if section not in ("methods", "results"):
        return borrowed
    taken = section == "methods" and _TAKEN_OVER.search(sentence) is not None
    back = section == "results" and POINTS_BACK.match(sentence) is not None
    measured = section == "results" and _MEASURED.search(sentence) is not None
    return tuple(
        b
        for b in borrowed
        if not (_WEAK_THERE.fullmatch(b) and (ruled or "according" not in b.lower()))
        and not (taken and _EARLIER.fullmatch(b))
        and not (back and _PREVIOUSLY.fullmatch(b))
        and not (measured and _RANKED.fullmatch(b))
    )


def own_reason(sentence: str, section: str | None, borrowed: tuple[str, ...]) -> str:
    """Why the sentence is the authors' own work ("" when it is not). What says the fact is
    borrowed wins over everything but "here" ("Previous studies, ours included, ...") and an
    abstract's place: abstracts and summary boxes carry no citations by convention."""
    if section == "summary":
        return "in the abstract or a summary box"
    borrowed = strong_reasons(sentence, section, borrowed)
    lower = sentence.lower()
    m = _ETHICS.search(sentence) if any(map(lower.__contains__, _ETHICS_GATE)) else None
    if m:
        return "an ethics statement"
    earlier = any(map(lower.__contains__, ("previous", "prior", "earlier")))
    m = _OWN_BESIDE.search(sentence) if earlier else None
    m = m or _OWN_AGAINST.match(sentence)  # anchored: fails on the first words
    if m:
        return f"the authors' own findings beside others' '{m.group()}'"
    if section == "results" and sentence[:1] in '"“':  # "... telling us how ...": theirs
        return "a quotation in the Results section (a participant's words)"
    m = _FIRST_PERSON.search(sentence) if any(w in lower for w in _PERSON_GATE) else None
    # in Methods and Results "we" wins ("To compare with previous studies, we repeated
    # ..."; not "our": "in previous work ..., whereas in our current measurement" compares);
    # elsewhere the first person wins over the weak cues only
    who = m.group().lower() if m else ""
    if m and _OWN_FRAME.match(sentence):
        who = "here"
    kept = borrowed if section not in ("methods", "results") or who != "we" else ()
    # a rank beside the first person ranks within the authors' own frame ("To our minds, this is the
    # most striking result of our made-up work"), as a year or a guideline there is theirs; not
    # where another study is named ("The SAMPLE trial is most comparable to the current trial")
    if not _OTHER_STUDY.search(sentence):
        kept = tuple(b for b in kept if not _RANKED.fullmatch(b))
    if who not in ("", "here", "herein") and strong_reasons(sentence, "methods", kept):
        return ""
    if m:
        return f"first person '{m.group()}'"
    said = _PARTICIPANTS.search(sentence) if any(map(lower.__contains__, _SPEAKERS)) else None
    if not said and section in _OWN_PEOPLE_TOLD and any(map(lower.__contains__, _SAYING)):
        said = None if _OTHERS_NAMED.search(sentence) else _COUNTED_SAY.search(sentence)
    if said and not any(OTHER_WORK.search(b) for b in borrowed):
        return f"the study's participants '{said.group()}'"
    m = _OWN_RESULTS.search(sentence) if "The " in sentence else None
    if m and not borrowed:
        return f"the manuscript's own results '{m.group()}'"
    m = _OWN_FIGURE.search(sentence) if "fig" in lower or "tab" in lower else None
    if m:
        return f"refers to the manuscript's own '{m.group()}'"
    left_out = unshown(sentence)  # "(data not shown)": only the authors leave their data out
    if left_out:
        return f"points at the authors' own data left out '{left_out}'"
    m = (
        _PROCEDURE.search(sentence)
        if " wa" in lower or " were" in lower or "been" in lower
        else None
    )
    if m and not borrowed:
        return f"describes a procedure '{m.group()}'"
    if section in ("methods", "results") and not borrowed:
        return f"in the {section.capitalize()} section"
    return ""
