"""The checkable specifics of a sentence: figures with their unit and role, named trials,
drugs, phase, population and direction.

A figure is a number a reader could look up: "93%", "P < .001", "HR 0.45 (95% CI ...)",
"3 years", "149 adult patients", "1 to 10 years". A digit that belongs to a name is not a
figure: COVID-19, SARS-CoV-2, CD8, IL-6, KMT2A, AALL1731 and E1910 are identifiers, and the
"95" of "95% CI" is the interval's level, not a result. Years of dates are left out. Times are
compared in one unit ("3 years" is "36 months"), and values are compared rounding-aware:
"88%" matches "87.9%" and "88.2%", since a citing sentence rounds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..words import NUMBER_WORDS

_MIDDLE_DOT = re.compile(r"(?<=\d)·(?=\d)")
_ANY_NUMBER = re.compile(r"\d|\b(?:" + "|".join(NUMBER_WORDS) + r")\b", re.IGNORECASE)
_WORD_NUMBER = re.compile(r"\b(" + "|".join(NUMBER_WORDS) + r")\b", re.IGNORECASE)
# a number not glued to letters: the 19 of COVID-19 and the 8 of CD8 are names
_NUMBER = re.compile(r"(?<![\w.])(?<![A-Za-z][-−–])(\d+(?:,\d{3})*(?:\.\d+)?|\.\d+)(?!\w)(?!\.\d)")
_UNIT = re.compile(
    r"\A\s*-?(?P<unit>%|percent\b|per\s?cent\b|-?fold\b|years?\b|yrs?\b|months?\b|mo\b|weeks?\b|wks?\b"
    r"|days?\b|dpi\b|hours?\b|h\b|hrs?\b|minutes?\b|min\b|mg/kg\b|mg/m2\b|mg/m²|µg|μg|mg\b|g/dl\b"
    r"|ml\b|mL\b|Gy\b|cycles?\b|doses?\b|patients?\b|participants?\b|subjects?\b|children\b"
    r"|adults?\b|infants?\b|cases?\b|individuals?\b|people\b|women\b|men\b|mice\b|rats?\b)",
    re.IGNORECASE,
)
_RANGE_TO = re.compile(r"^\s*(?:to|-|–|—|and)\s*$")
_TIME_MONTHS = {
    "year": 12.0,
    "yr": 12.0,
    "month": 1.0,
    "mo": 1.0,
    "week": 12 / 52,
    "wk": 12 / 52,
    "day": 12 / 365,
    "dpi": 12 / 365,
    "hour": 12 / 365 / 24,
    "hr": 12 / 365 / 24,
    "h": 12 / 365 / 24,
}
_COUNT_UNITS = (
    "patient",
    "participant",
    "subject",
    "children",
    "adult",
    "infant",
    "case",
    "individual",
    "people",
    "women",
    "men",
    "mice",
    "rat",
)
_P_BEFORE = re.compile(r"\bP\s*(?:value\s*)?[<=>≤≥]\s*$", re.IGNORECASE)
_RATIO_BEFORE = re.compile(
    r"\b(HR|OR|RR|IRR|aHR|aOR|hazard ratio|odds ratio|relative risk|risk ratio)"
    r"\s*[:=,]?\s*(?:of\s*)?$",
    re.IGNORECASE,
)
_CI_AFTER = re.compile(r"^\s*(?:CI|confidence)", re.IGNORECASE)
_PERCENT = re.compile(r"%|per\s?cent\b", re.IGNORECASE)
_MEDIAN_BEFORE = re.compile(r"\bmedian(?:\s+[\w-]+){0,3}\s*(?:of|was|:|=)?\s*$", re.IGNORECASE)
_AGE_BEFORE = re.compile(
    r"\bage[ds]?(?:\s+(?:group|range|band))?\s*(?:of\s*|from\s*|between\s*|\(\s*)?$", re.IGNORECASE
)
_OLD_AFTER = re.compile(
    r"^(?:[–-][\d.]+)?[\s-]?(?:year|month|week|day)s?[\s-]old\b", re.IGNORECASE
)  # "45-year-old", "6–11-month-old", "3 years old"
_DATE_YEAR = re.compile(r"^(?:19|20)\d\d$")

POPULATIONS = (
    "children",
    "pediatric",
    "paediatric",
    "adolescent",
    "adult",
    "elderly",
    "infant",
    "neonate",
    "women",
    "men",
    "pregnant",
    "pregnancy",
    "mice",
    "mouse",
    "rat",
    "in vitro",
    "mrd-negative",
    "mrd-positive",
    "mrd negative",
    "mrd positive",
)
_POP_EQUIV = {
    "pediatric": "children",
    "paediatric": "children",
    "mouse": "mice",
    "mrd negative": "mrd-negative",
    "mrd positive": "mrd-positive",
}
_POP_PATTERNS = [(word, re.compile(r"\b" + re.escape(word) + r"s?\b")) for word in POPULATIONS]
_UP = re.compile(
    r"\b(increas\w*|improv\w*|higher|greater|rose|rise[sn]?|elevat\w*|enhanc\w*|upregulat\w*|"
    r"up-regulat\w*|promot\w*|more)\b",
    re.IGNORECASE,
)
_DOWN = re.compile(
    r"\b(decreas\w*|reduc\w*|lower\w*|declin\w*|fell|drop\w*|downregulat\w*|down-regulat\w*|"
    r"inhibit\w*|suppress\w*|less|fewer|worse)\b",
    re.IGNORECASE,
)
_NULL = re.compile(
    r"\b(no (?:significant )?(?:difference|effect|association|change)|not significantly|"
    r"did not (?:differ|change|improve|increase|reduce)|similar)\b",
    re.IGNORECASE,
)
_PHASE = re.compile(r"\bphase\s*(I{1,3}V?|[1-4](?:/[1-4])?|III|II)\b", re.IGNORECASE)
_DRUG = re.compile(
    r"\b[A-Za-z][a-z]{3,}(?:mab|nib|cel|parib|ciclib|platin|mycin|micin|taxel|rubicin|"
    r"tinib|vir|lukast|olol|pril|sartan|azole|cillin|floxacin|mustine|abine|vastatin)\b"
)
_ARM = re.compile(
    r"^\s*(?:(?:%|percent\b)\s*)?(?:\([^)]{0,40}\)\s*|\+/-\s*[\d.]+\s*|±\s*[\d.]+\s*)?"
    r"(?:with|in|for|among|on|after|in the)\s+(?:the\s+|a\s+)?(?P<arm>[A-Za-z][\w-]+)",
    re.IGNORECASE,
)
_ARMS = frozenset(
    [
        "chemotherapy",
        "placebo",
        "control",
        "controls",
        "standard",
        "observation",
        "surgery",
        "radiotherapy",
        "radiation",
        "transplantation",
        "hsct",
        "usual",
    ]
)
_ROMAN = {"I": "1", "II": "2", "III": "3", "IV": "4"}


@dataclass(frozen=True, slots=True)
class Figure:
    """A number a sentence reports: its value, the text it was read from, its unit ("%",
    "months", "patients", "" when none) and role ("p", "ratio", "median", "age", "n", "time",
    "percent", "value")."""

    value: float
    raw: str
    unit: str
    role: str
    start: int
    end: int
    label: str = ""  # the content word the figure is about ("survival", "remission")
    arm: str = ""  # the arm it is given for ("with chemotherapy": "chemotherapy"), if named


def _float(raw: str) -> float:
    return float(raw.replace(",", ""))


def _decimals(raw: str) -> int:
    return len(raw.split(".")[1]) if "." in raw else 0


def _unit_of(text: str) -> str:
    u = text.lower().strip().rstrip("s")
    if u in ("%", "percent", "per cent", "percent"):
        return "%"
    if u.startswith("percent") or u.startswith("per cent"):
        return "%"
    for key in _TIME_MONTHS:
        if u == key or u == key + "s":
            return "months"
    if u.startswith(_COUNT_UNITS) or u in ("men", "women", "people", "children", "mice"):
        return "n"
    return u.lstrip("-")


def _words_before(text: str, at: int, n: int = 4) -> str:
    words = re.findall(r"(?<![A-Za-z])[A-Za-z][A-Za-z\-]+", text[max(0, at - 60) : at])
    if at > 60:
        words = words[1:]  # the window may have cut the first word
    content = [w.lower() for w in words if len(w) > 3 and w.lower() not in _NOISE]
    return " ".join(content[-n:])


_NOISE = frozenset(
    [
        "with",
        "from",
        "than",
        "that",
        "were",
        "was",
        "and",
        "the",
        "this",
        "those",
        "these",
        "after",
        "before",
        "for",
    ]
)


def figures(text: str) -> list[Figure]:
    """Every figure of ``text``, in order. Word numbers ("two cycles") count as figures."""
    if not _ANY_NUMBER.search(text):
        return []
    original = text = _MIDDLE_DOT.sub(".", text)  # The Lancet's 71·9% is 71.9%
    text = _WORD_NUMBER.sub(
        lambda m: str(NUMBER_WORDS.index(m.group(1).lower())).ljust(len(m.group(1))), text
    )
    found: list[Figure] = []
    matches = list(_NUMBER.finditer(text))
    for i, m in enumerate(matches):
        raw = m.group(1)
        before, after = text[max(0, m.start() - 40) : m.start()], text[m.end() : m.end() + 40]
        unit_m = _UNIT.match(after)
        if not unit_m and i + 1 < len(matches):  # "1 to 10 years": the range shares its unit
            gap = text[m.end() : matches[i + 1].start()]
            nxt = _UNIT.match(text[matches[i + 1].end() : matches[i + 1].end() + 40])
            if _RANGE_TO.match(gap) and nxt:
                unit_m = nxt
        unit = _unit_of(unit_m.group("unit")) if unit_m else ""
        sign = _PERCENT.search(after) if unit == "%" else None
        if sign and _CI_AFTER.match(after[sign.end() :]):
            continue  # "95% CI", "95 per cent CI": the interval's level
        if original[m.start()].isalpha() and not unit:
            continue  # "one of the": a word number counts only with its unit ("two cycles")
        if not unit and _DATE_YEAR.match(raw) and not _P_BEFORE.search(before):
            continue  # a year of a date
        role = "age" if _OLD_AFTER.match(after) else _role(before, unit, raw)
        if found and found[-1].role == "age" and _RANGE_TO.match(text[found[-1].end : m.start()]):
            role = "age"  # "aged 60-69 years": the range is one age
        if role == "p" and raw.startswith("."):
            raw = "0" + raw
        value = _float(raw)
        if unit == "months" and unit_m:
            value *= _TIME_MONTHS.get(unit_m.group("unit").lower().rstrip("s"), 1.0)
        found.append(
            Figure(
                value,
                m.group(1),
                unit,
                role,
                m.start(),
                m.end(),
                _words_before(text, m.start()),
                arm_after(text[m.end() : m.end() + 60]),
            )
        )
    return found


def arm_after(text: str) -> str:
    """The arm a figure is given for, from the words after it: "88% with chemotherapy
    alone" gives "chemotherapy". Only known arms count (a drug, chemotherapy, placebo,
    control, standard care...): "96% with the addition of" names none."""
    m = _ARM.match(text)
    if not m:
        return ""
    word = m.group("arm").lower()
    return word if word in _ARMS or _DRUG.fullmatch(word) else ""


def _role(before: str, unit: str, raw: str) -> str:
    if _P_BEFORE.search(before):
        return "p"
    if _RATIO_BEFORE.search(before):
        return "ratio"
    if _AGE_BEFORE.search(before):
        return "age"
    if _MEDIAN_BEFORE.search(before):
        return "median"
    if unit == "%":
        return "percent"
    if unit == "months":
        return "time"
    if unit == "n":
        return "n"
    return "value"


def same_figure(claim: Figure, source: Figure) -> bool:
    """Whether ``source`` states the claim's figure: same kind, and the same value once
    rounded to the coarser of the two precisions."""
    if claim.role == "p" or source.role == "p":
        if claim.role != source.role:
            return False
    elif claim.unit in ("%", "months") and source.unit != claim.unit:
        return False  # "24 hours" is not the 24 of "March 24"; "6 months" not "n = 6"
    elif (claim.unit and source.unit and claim.unit != source.unit) or (
        source.unit == "%" and claim.unit != "%"
    ):
        return False
    mine, theirs = claim.value, source.value
    if claim.unit == "months" and _float(claim.raw) and _float(source.raw):
        if abs(mine / _float(claim.raw) - theirs / _float(source.raw)) > 1e-9:
            # another time unit (3 years, 36 months): within 5%
            return abs(mine - theirs) <= 0.05 * max(mine, theirs)
        mine, theirs = _float(claim.raw), _float(source.raw)  # the same unit: 4 days, 5 days
    places = _decimals(claim.raw)
    if _decimals(source.raw) < places:  # 69.33% cannot have been read from 69%
        return abs(mine - theirs) < 1e-9
    return abs(mine - theirs) <= 0.5 * 10**-places + 1e-9


def comparable(claim: Figure, source: Figure) -> bool:
    """Whether two figures could be the same quantity: the same unit and role (a claim's
    "96%" and a source's "97%"), so a different value is a contradiction, not another fact."""
    return claim.unit == source.unit and claim.role == source.role and claim.unit in ("%", "months")


def populations(text: str) -> set[str]:
    low = text.lower()
    found = set()
    for word, pattern in _POP_PATTERNS:
        if word in low and pattern.search(low):  # most sentences name none: skip the regex
            found.add(_POP_EQUIV.get(word, word))
    return found


def direction(text: str) -> str:
    """ "none" (no difference), "up", "down", or "" when the sentence states no direction."""
    if _NULL.search(text):
        return "none"
    up, down = len(_UP.findall(text)), len(_DOWN.findall(text))
    if up > down:
        return "up"
    if down > up:
        return "down"
    return ""


def phases(text: str) -> set[str]:
    return {_ROMAN.get(m.group(1).upper(), m.group(1)) for m in _PHASE.finditer(text)}


def drugs(text: str) -> set[str]:
    return {m.group(0).lower() for m in _DRUG.finditer(text)}
