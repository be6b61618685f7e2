"""Sentences that take a stance and state no fact: what should be done, what remains to be
studied or known, what the manuscript sets out to do, where the study falls short, what its findings
are for, what will come.

An article's closing paragraphs and its Discussion say "Nurses should ...", "It is essential
that services ...", "Further studies are needed", "A limitation of this study is ...",
"Knowing these factors can support ..."; a review's introduction says what "will be
discussed". None of these asserts anything another work could be cited for, yet their words
("associated with", "guidelines", "other studies") read as borrowed facts. Judged samples of
real articles call them **no** (benchmarks/claims_judging.md: outlook, aim, opinion), and they
were a steady share of the wrong "uncited factual claim" flags (issue 14).

A stance still carries a borrowed fact when the fact stands outside it: in a clause of its
own ("X is associated with Y; thus, nurses should ..."), behind a reason ("Nurses should
screen, since screening reduced deaths by 40%"), or when a source is named as the one who
recommends ("Guidelines state that nurses should ..."). A figure or a year anywhere keeps the
flag too: a target or a date is a fact to source. Pure: a sentence and its factual reasons
in, the stance out; :func:`blinarefs.trace.claims.find_claims` asks it before flagging.
"""

from __future__ import annotations

import re

from .factual import FIGURES, YEARS
from .provenance import IN_GUIDELINES

# a study's limitations are often listed after a colon ("Among the study limitations: the
# short follow-up ..."), which goes on with the stance instead of opening a clause of its own
_LIMITS = "tells the study's limitations or strengths"
_AHEAD = "looks ahead"
# (what the sentence does, the words that say it), each in English, Portuguese and Spanish
_KINDS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(pattern, re.IGNORECASE))
    for kind, pattern in (
        (
            "calls for further research",
            r"\b(?:further|future|more|additional|other|new|larger|longitudinal|prospective)\s+"
            r"(?:[\w-]+\s+){0,2}(?:stud(?:y|ies)|research|work|investigations?|trials|"
            r"analys[ie]s)\s+(?:(?:is|are)\s+(?:still\s+|also\s+|therefore\s+|thus\s+)?"
            r"(?:needed|required|necessary|warranted|recommended|suggested|essential|"
            r"indispensable|desirable|encouraged)|should|could|may|might|must|will|would|"
            r"needs?\b|ought)"
            # "It is indispensable to develop other studies", "it is recommended to verify"
            r"|\bit is (?:\w+ )?(?:necessary|indispensable|essential|important|recommended|"
            r"suggested|advisable|crucial|desirable) to (?:develop|conduct|carry out|perform|"
            r"undertake|verify|investigate|explore|evaluate|examine|assess|study|further)\b"
            # "novos estudos são necessários", "sugere-se", "futuros estudios deben"
            r"|\b(?:novos|outros|mais|futuros|nuevos|otros|más|futuros)\s+(?:\w+\s+){0,2}"
            r"(?:estudos|pesquisas|investigações|estudios|investigaciones|trabajos)\s+"
            r"(?:são|son|devem|deverão|deben|deberían|podem|poderão|pueden|podrían)\b"
            r"|\bsugere-se\b|\bse sugiere\b",
        ),
        (
            # "Little is known about ...", "X is rarely found in the literature", "there is
            # a scarcity of information on ...": what remains to be studied, the premise of a
            # call for research (an opening "It remains unknown ..." is
            # :func:`blinarefs.trace.lacking.knowledge_gap`'s)
            "names a gap in what is known",
            r"\blittle is (?:yet |currently |still )?known\b"
            r"|\b(?:is|are|has been|have been|remains?) (?:still |yet )?(?:rarely|scarcely|"
            r"seldom|poorly|insufficiently|not (?:yet )?(?:well|fully)) (?:found|studied|"
            r"understood|described|explored|investigated|addressed|documented|known)\b"
            r"|\bthere (?:is|are|remains?) (?:still )?(?:a |an )?(?:\w+ )?(?:scarcity|lack|"
            r"paucity|dearth|shortage) of (?:\w+ )?(?:information|data|studies|research|"
            r"evidence|knowledge|literature)\b"
            r"|\bpouco se sabe\b|\bpoco se sabe\b|\bescassez de (?:estudos|informações|dados)\b"
            r"|\bescasez de (?:estudios|información|datos)\b",
        ),
        (
            "recommends",
            # "Nurses should ...", "Policies must ...", not "It should be noted that ...",
            # which goes on to state a fact
            r"\b(?:should|must|ought to)\b(?!\s+(?:also\s+)?be\s+(?:noted|mentioned|"
            r"emphasi[sz]ed|stressed|highlighted|remembered|recalled|pointed out|borne in mind|"
            r"kept in mind|acknowledged|recogni[sz]ed)\b)"
            r"|\bit is (?:\w+ )?(?:essential|indispensable|necessary|crucial|critical|vital|"
            r"imperative|fundamental|important|advisable|desirable|urgent|paramount) that\b"
            r"|\bcannot be (?:overlooked|ignored|neglected|disregarded|underestimated)\b"
            # "devem ser", "é fundamental que", "recomenda-se"; "deben", "es necesario que";
            # not "deve-se a", "se debe a": "is due to"
            r"|\bdeve(?:m|ria|riam)?\b(?!-se)|(?<!se )\bdeben?\b|\bdeberían?\b"
            r"|\b(?:é|es) (?:\w+ )?(?:necessári[oa]|essencial|fundamental|importante|"
            r"imprescindível|indispensável|urgente|necesario|esencial|imprescindible|"
            r"indispensable) que\b|\brecomenda-se\b|\bse recomienda\b",
        ),
        (
            "says what the manuscript sets out to do",
            r"\b(?:will|shall) (?:then |also |further |first |briefly )?be (?:highlighted|"
            r"discussed|presented|described|reviewed|addressed|explored|outlined|"
            r"summari[sz]ed|detailed|introduced)\b"
            r"|\b(?:the|this|our) (?:main |primary |general |specific )?(?:aim|objective|"
            r"purpose|goal)s? (?:of|in) (?:this|the present|the current|our) (?:\w+ )?(?:study|"
            r"review|article|paper|work|research|section)\b"
            r"|\bo objetivo (?:deste|desta|do presente|da presente) (?:\w+ )?(?:estudo|artigo|"
            r"trabalho|pesquisa|revisão)\b|\bobjetivou-se\b"
            r"|\bel objetivo (?:de este|de esta|del presente) (?:\w+ )?(?:estudio|artículo|"
            r"trabajo|investigación|revisión)\b",
        ),
        (
            _LIMITS,
            r"\b(?:limitations?|strengths?|weakness(?:es)?|shortcomings?) (?:of|in|to) "
            r"(?:this|the present|the current|our) (?:\w+ )?(?:study|review|work|research|"
            r"analysis|survey|trial|investigation)\b"
            r"|\b(?:limitations?|strengths?) of the study\b|\bstudy(?:'s|’s)? limitations?\b"
            r"|\b(?:this|the present|the current|our) (?:\w+ )?(?:study|review|work|research|"
            r"analysis|survey|trial) (?:has|had|have|presents|presented) (?:\w+ )?"
            r"(?:limitations?|strengths?)\b"
            r"|\blimitaç(?:ão|ões) (?:deste|desta|do presente|da presente|do|da) (?:estudo|"
            r"pesquisa|trabalho)\b"
            r"|\blimitaci(?:ón|ones) (?:de este|de esta|del presente|del|de la) (?:estudio|"
            r"investigación|trabajo)\b",
        ),
        (
            "says what knowing this is for",
            # "Knowing the factors associated with X can support ...", "Awareness about ...
            # may help ...", "... is important to guide future strategies"
            r"\A(?:[\w ]+,\s+)?(?:knowing|understanding|investigating|identifying|"
            r"recogni[sz]ing|studying|exploring|assessing|awareness|knowledge|information|"
            r"conhecer|compreender|identificar|investigar|o conhecimento|conocer|comprender|"
            r"el conocimiento)\b[^;:]*?\b(?:(?:can|could|may|might|will|would|pode|podem|"
            r"poderá|poderão|puede|pueden|podrá|podrán)\s+(?:\w+\s+)?(?:contribute|support|help|"
            r"guide|inform|assist|subsidi[sz]e|enable|allow|serve|aid|foster|underpin|direct|"
            r"contribuir|subsidiar|auxiliar|ajudar|orientar|nortear|apoiar|ayudar|guiar)"
            r"|is (?:\w+ )?(?:important|essential|fundamental|crucial|useful|relevant|"
            r"necessary|valuable) (?:to|for) (?:guide|guiding|inform|informing|support|"
            r"supporting|plan|planning|the planning|design|designing|develop|developing|the "
            r"development))\b",
        ),
        (
            # "Such efforts will instil confidence in ...", "An integrated archive will provide
            # ...", "Advances will continue to make X a popular tool": a prediction or a plan,
            # the outlook the judging rules call **no**; last, so that "will be discussed"
            # says what the manuscript sets out to do. A projection of record carries a figure
            # or a year ("will increase from 7 in 2016 to 20 in 2018"), a law of nature a cue
            # of borrowing ("It is well known that adding X will accelerate Y"): both keep
            # their flag
            _AHEAD,
            r"\b(?:will|shall)\b(?! to\b)(?:\s+(?:also|further|not|probably|likely|surely|"
            r"certainly|eventually|soon|continue to|undoubtedly)\b)*\s+[a-z]+",
        ),
    )
)
# who recommends, when it is not the authors: "Guidelines state that ...", "the WHO advises",
# "according to the law", "as recommended by": the sentence reports a recommendation, which
# is a borrowed fact to source
_SOURCE_SAYS = re.compile(
    r"(?i:\baccording to\b|\b(?:recommended|advised|required|proposed|endorsed|stated) by\b|"
    r"\bet al\b|\bsegundo\b|\bde acordo com\b|\bconforme\b|\bsegún\b|\bde acuerdo con\b|"
    # "In the guidelines, patients should ...", "as per national recommendations"
    f"{IN_GUIDELINES})"
    r"|(?:\b(?i:guidelines?|recommendations?|consensus|laws?|legislation|regulations?|"
    r"statements?|authors|experts|societ(?:y|ies)|associations?|agenc(?:y|ies)|ministry|"
    r"organi[sz]ations?)|\b[A-Z]{2,}s?)\b[^,;:.]{0,60}?"
    r"\b(?i:recommend|advise|require|state|stipulate|establish|determine|describe|suggest|"
    r"indicate|propose|argue|conclude|claim|advocate|emphasi[sz]e|stress)(?:s|d|ed)?\b"
    # "A recent study ... reported that ... new items should be added": others' advice
    r"|(?i:\b(?:stud(?:y|ies)|reviews?|trials?|reports?|surveys?|analys[ie]s|authors)\b"
    r"[^.;]{0,120}?\b(?:reported|found|showed|shown|concluded|demonstrated|observed|noted)\b)"
    # "the strong evidence that X must be avoided", "X is recommended for adults", "it is
    # recommended that": a recommendation of record (not "it is recommended to verify", the
    # authors' call for research)
    r"|(?i:\bevidence (?:that|shows?|suggests?|indicates?)\b|\b(?:is|are|was|were) (?:\w+ )?"
    r"recommended\b(?! to\b))"
)
# where the stance's clause ends: a reason or a contrast given after it ("..., since X",
# "..., as X was associated with Y", "..., whereas ...") or a new clause (";", ":")
_AFTER = re.compile(
    r"[;:]|,\s*(?:as|whereas|while|although|though)\s|\s(?:since|because|given that|when|"
    r"due to)\s",
    re.I,
)
# ... and where it starts: after a clause of its own before it, or a leading reason or
# concession ("Because X was associated with Y, nurses should ...")
_LEADING = re.compile(
    r"\A(?:\w+,\s+)?(?i:Although|Though|While|Whereas|Because|Since|As|If|When|Given(?: that)?|"
    r"Considering(?: that)?)"
    r"\b[^,]*,"
)


# ... or after a clause that states what the stance is drawn from ("X is known to be Y,
# therefore it is essential that ...", "X increases Y and should help ...")
_BEFORE = re.compile(r"[;:]|,\s*(?:and\s+)?(?:therefore|thus|hence|so|then)\b|\sand\s", re.I)


def _clause(sentence: str, at: int, listed: bool = False) -> tuple[int, int]:
    """The span of the clause that holds position ``at`` of ``sentence``; ``listed``: a
    colon after it goes on with it."""
    start = max((m.end() for m in _BEFORE.finditer(sentence, 0, at)), default=0)
    lead = _LEADING.match(sentence)
    if lead and lead.end() <= at:
        start = max(start, lead.end())
    after = _AFTER.search(sentence.replace(":", " ") if listed else sentence, at)
    return start, after.start() if after else len(sentence)


def stance(sentence: str, facts: tuple[str, ...]) -> str:
    """What ``sentence`` does instead of stating a fact ("recommends ('should')"), or "" when
    it states one: no stance, a figure or a year in it, a source named as the one who
    recommends, or one of its ``facts`` (factual and borrowed reasons, as the claims reader
    makes them, each with its words quoted) outside the stance's clause."""
    if not facts or any(f.startswith(FIGURES) for f in facts) or YEARS.search(sentence):
        return ""
    for kind, pattern in _KINDS:
        m = pattern.search(sentence)
        if m is None:
            continue
        if _SOURCE_SAYS.search(sentence) or (
            kind == _AHEAD and any(f.startswith("borrowed") for f in facts)
        ):
            return ""
        start, end = _clause(sentence, m.start(), kind == _LIMITS)
        lower = sentence.lower()
        for fact in facts:
            quoted = fact.partition("'")[2].removesuffix("'")  # "borrowed 'is known'"
            at = lower.find(quoted.lower()) if quoted else -1
            if at >= 0 and not start <= at < end:
                return ""
        return f"{kind} ('{m.group()}')"
    return ""
