"""Where a number meets the next piece when a reference is rebuilt from its pieces.

``joiner.py`` decides each meeting of two pieces; these are its rules around numbers: a
volume's issue in parentheses, pages after a Vancouver volume's colon, a decimal or a
version, a chemical's locants and a hyphen left hanging ("pre- and post-war"). Kept apart
because each reads further ahead than one piece and carries its own measured reasons.
"""

from __future__ import annotations

import re

from .joined_identifiers import HYPHENS, doi_starts
from .years import YEAR, date_word

# What an issue in parentheses opens with: "(4", "(S1", "(Suppl", "(Pt", "(Spec", "(n"
_ISSUE_OPENING = re.compile(
    r"[A-Za-z]?\d|(?:supp?l?\w*|sup|pt|part|spec\w*|issue|no|n|nr|num|esp\w*)$", re.I
)
PAGE = re.compile(r"[A-Za-z]{0,3}\d|e[a-z]{3,4}\d")  # "S12", "e0311", Science's "eabk3327"
RANGE = HYPHENS + "–"  # the hyphens, and the en dash of a range

# A supplement or a part after a year's volume: "2013;15 Suppl 1:" glues its pages
_VANCOUVER_PART = re.compile(r";\d+\s+(?:Suppl|Supl|Pt|Part)\.?\s+\w+:$", re.I)

# A day and a month of access, each with its stop, before the year: "visited 28.12." of
# "visited 28.12.2030", "Zugriff am 3.5." (not a version's "BEAST 1.7. 2030")
_ACCESS_DAY_MONTH = re.compile(
    r"\b(?:accessed|visited|viewed|cited|retrieved|consulted|acesso|acessado|consultado"
    r"|abgerufen|zugriff)(?: (?:on|em|en|el|le|am))?:? (?:0?[1-9]|[12]\d|3[01])\."
    r"(?:0?[1-9]|1[0-2])\.$",
    re.I,
)
_VERSION = re.compile(r"\d+(?:[a-z]\d+)?")  # "7", and "3r1" of "Version 1.3r1"
# A year in parentheses before a volume: Frontiers' "(1993) 123:1939" glues its pages
_PAREN_YEAR = re.compile(rf"\({YEAR.pattern}[a-z]?\)$")


def opens_issue(word: str, tok: str, ahead: tuple[str, ...]) -> bool:
    """An opening parenthesis after a number (``word``): "37(4)", "12(Suppl 1)", "7(Pt 3)"
    hold the issue and are printed against the volume; "603-608 (2014)" holds the year,
    "Version 3 (GPWv3)", "2005 (in Japanese)" and "4.7 (https://...)" a note, and are
    not. An issue that looks like a year is one after a Vancouver year's volume
    ("2010;365(1554)")."""
    if not re.match(r"\((?:\d|$)", tok):
        return False
    inside = tok[1:].rstrip(")") or (ahead[0] if ahead else "")
    if inside == "10" and doi_starts(ahead[1:]):
        return False  # a DOI in parentheses after the pages: "14 39 (10.1000/fict.1)"
    if inside[:1].isalpha() and not _ISSUE_OPENING.match(inside):
        return False  # a word that no issue opens with ("CD8(+)" is printed so, too)
    closed = tok.endswith(")") or (len(ahead) > 1 and ahead[1].startswith(")"))
    return not (YEAR.fullmatch(inside) and closed) or bool(re.search(r"[;:]\d+$", word))


def after_colon(out: str, tok: str, ahead: tuple[str, ...]) -> bool:
    """A volume after a year's ";" and pages after a Vancouver volume's ":" are printed
    against the mark ("2019;37(4):311", "Dec;12", "1992;74-A:1042"); pages after a bare
    volume are spaced ("Lancet Oncol 11: 781", "19, no. 3: 344"), as are a year or a number
    after a word ("CRC Press; 2007", "ImageJ: 25 years"). Measured on the corpus's dev
    references: ";" glued 10 to 1 after a number; ":" glued 5 to 1 after a Vancouver volume,
    spaced 3.5 to 1 after a bare one."""
    mark = out[-1]
    word = out[out.rfind(" ") + 1 : -1]
    if not word:
        return False
    if mark == ";" and tok == "(":  # "2010;(3):1-9": an issue with no volume
        return bool(YEAR.fullmatch(word)) and bool(ahead) and bool(_ISSUE_OPENING.match(ahead[0]))
    if YEAR.fullmatch(word) or (mark == ":" and ":" in word):  # "2014:66", "2019:13:e240898"
        return bool(PAGE.match(tok))
    if mark == ";":  # "2010 Dec;12", "2010 Jan-Feb;12", "2010 Summer;12"
        return tok[0].isdigit() and (word[-1].isdigit() or word[-1] in ")]" or date_word(word))
    # the volume and the word before it; after an issue, those before its "(": "2019;37(4):"
    # and "(2008) 86(Suppl. 14):" glue the pages, PLOS's "PLoS ONE 7(3): e1" does not
    head = out[: out.rfind("(", 0, len(out) - 1)] if word[-1] == ")" else out[:-1]
    volume, _, before_word = head.rpartition(" ")[::-1]
    before_word = before_word.rsplit(" ", 1)[-1]
    vancouver = (
        ";" in volume
        or (volume.isdigit() and bool(_PAREN_YEAR.match(before_word)))
        or (word[-1] == ")" and bool(YEAR.fullmatch(volume)))  # "2013(10):8", a year's issue
    )
    if mark == ":":  # "2013;15 Suppl 1:S1"
        vancouver = vancouver or bool(_VANCOUVER_PART.search(out[-40:]))
    return vancouver and bool(PAGE.match(tok))


def decimal(out: str, tok: str, ahead: tuple[str, ...]) -> bool:
    """A number after "N." with N short: "BEAST 1.7", "version 3.4.2", "2013;50.6", not a
    year's full stop ("2016. 106") nor a DOI after the pages ("51-4. 10.1016/...")."""
    tok = tok.removesuffix(".")  # "7." folded by the list splitter
    if len(tok) > 1 and tok[0] == "0" and tok.isdigit():
        return True  # no sentence opens with "08": "2013.08"
    if YEAR.fullmatch(tok) and _ACCESS_DAY_MONTH.search(out[-32:]):
        return True  # a date of access printed with stops: "visited 28.12.2030"
    if not (_VERSION.fullmatch(tok) and len(tok) <= 4) or YEAR.fullmatch(tok):
        return False
    if tok == "10" and doi_starts(ahead):
        return False
    # nor a date's day before a volume: "2031 Mar 3. 7(3)" (a year, then its month)
    day = re.search(r"(?<!\d)(?:19|20)\d\d (\S+) \d{1,2}\.$", out[-24:])
    if day and date_word(day.group(1)):
        return False
    # not the end of a page range either: "323-35." / "14." of a number left dangling;
    # but a range of dotted pages goes on dotted: "3.22.1–3.22.29", "1.11.1–1.11.45",
    # and an article's numbered pages on both ends: "3007.1–3007.12"
    number = re.search(r"(?<![\w.])(\d+)\.$", out[-12:])
    paged = number is not None and ahead[1:3] == (number.group(1), ".")
    return (
        (paged and ahead[0] in RANGE)
        or re.search(r"(?<![\d:\-–‐])(?:\d+\.)*\d{1,3}\.$", out[-40:]) is not None
        or re.search(r"(?<![\w.])\d+(?:\.\d+)+[-–‐]\d{1,3}\.$", out[-40:]) is not None
        or re.search(r"(?<![\w.])[A-Z]?(\d+)\.\d+[-–‐][A-Z]?\1\.$", out[-40:]) is not None
    )


def suspended(tok: str, ahead: tuple[str, ...]) -> bool:
    """A hyphen left hanging before "and", "or" or "to" whose word's own hyphen comes after
    the next word: "pre- and post-war", "6- to 12-month"; not "face-to-face" nor
    "hit-and-run" (no word between the conjunction and a hyphen, or no hyphen)."""
    return (
        tok in ("and", "or", "to")
        and len(ahead) >= 2
        and ahead[0][:1].isalnum()
        and ahead[1] in HYPHENS
    )


def locant(out: str, tok: str, ahead: tuple[str, ...]) -> bool:
    """A chemical's locants, "1,2-Dimadeupane" cut into "1" / "," / "2" / "-" /
    "Dimadeupane": short numbers, the last one hyphened to a word; or in parentheses,
    "β-(1,3)-glucan"."""
    if not (tok.isdigit() and len(tok) <= 2):
        return False
    if ahead[:1] == (")",):
        return re.search(r"\((?:\d{1,2},)+$", out[-12:]) is not None
    return (
        re.search(r"(?<![\w,.])\d{1,2}(?:,\d{1,2})*,$", out[-12:]) is not None
        and len(ahead) >= 2
        and ahead[0] in HYPHENS
        and ahead[1][:1].isalpha()
    )


def bracketed_locants(out: str, tok: str, ahead: tuple[str, ...]) -> bool:
    """The parentheses of "β-(1,3)-glucan" are printed against the hyphens around them."""
    if tok == "(" and out[-1] in HYPHENS:
        return out[-2:-1].isalpha() and len(ahead) >= 3 and ahead[0].isdigit() and ahead[1] == ","
    if re.search(r"\(\d{1,2}(?:,\d{1,2})+\)$", out[-14:]) is None:
        return False
    return tok in HYPHENS and ahead[:1] != () and ahead[0][:1].isalpha()
