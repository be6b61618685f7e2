"""Personal names: reading them as reference lists and BibTeX write them, and back.

Kept apart from the parsers because the reference-list parser, the BibTeX store, the
importers and the enrichment matcher all need the same rules (particles, initials).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from functools import lru_cache

from .model import Name

# Family-name particles. Lower-case ones are particles by BibTeX's own rule; the capitalised
# forms ("Della Starza", "De Lorenzo", "Van Dyke") are taken as particles too when a family
# name follows them, so that sorting and CSL's particle handling see them.
PARTICLES = frozenset(
    [
        "van",
        "von",
        "der",
        "den",
        "de",
        "del",
        "della",
        "delle",
        "dalla",
        "dal",
        "degli",
        "di",
        "da",
        "du",
        "dos",
        "das",
        "des",
        "la",
        "le",
        "lo",
        "ter",
        "ten",
        "zu",
        "zum",
        "zur",
        "af",
        "av",
        "vom",
    ]
)
# The particles printed between a person's initials ("Roe R de S", "Doe M del R")
_GIVEN_PARTICLES = frozenset(("de", "da", "do", "dos", "das", "del", "della", "di", "du"))
SUFFIXES = frozenset({"Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV", "2nd", "3rd", "4th"})

# (capitals of Latin, Greek and Cyrillic: "Иванов ИИ" prints its initials as "Roe JP" does)
_CAPITAL = "A-Z\u00c0-\u00de\u0391-\u03a9\u0400-\u042f"
_INITIALS = re.compile(rf"^(?:[{_CAPITAL}\u0100-\u024F](?:-[{_CAPITAL}])?){{1,4}}$")
_ASCII_EXTRA = str.maketrans(
    {"ø": "o", "Ø": "O", "ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ł": "l",
     "Ł": "L", "đ": "d", "Đ": "D", "þ": "th", "Þ": "Th", "ð": "d", "ı": "i"}
)  # fmt: skip


def fold_ascii(text: str) -> str:
    """ "Müller" -> "Muller": what a LaTeX author types in a citation key. ASCII text is
    its own folding (every entry's key folds its names and title words: most are ASCII)."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text.translate(_ASCII_EXTRA))
    return (
        "".join(c for c in decomposed if not unicodedata.combining(c))
        .encode("ascii", "ignore")
        .decode()
    )


@lru_cache(maxsize=65536)
def is_initials(token: str) -> bool:
    """Vancouver initials: "R", "LE", "J-P", "ÅÉ" (no periods, at most four letters).
    Cached: the parser asks it of the same few words (initials, family names) tens of
    times a reference, and the cache's answer costs half the pattern's."""
    return bool(_INITIALS.match(token))


# The first part of initials split by a space, one to three capitals ("ME" of "Roe ME V",
# "J" of SAGE's "Roe J A.")
_SPLIT_INITIALS = re.compile(rf"[{_CAPITAL}]{{1,3}}\.?")


def rejoin_initials(family: list[str], initials: str) -> tuple[list[str], str]:
    """A family name's words and its initials, where the initials were split by a space
    and their first part left with the family ("Roe ME V", "Roe VN CS": "Roe", "MEV"): the
    words before must still hold a name's (a capital, then small letters)."""
    family = list(family)
    while (
        len(family) > 1
        and _SPLIT_INITIALS.fullmatch(family[-1])
        and family[-1].rstrip(".").title() not in SUFFIXES  # "Roe JR LK": "JR" is "Jr"
        and family[-1].rstrip(".") not in SUFFIXES
        and len(initials) + len(family[-1].rstrip(".")) <= 5
        and any(w[:1].isupper() and not w.isupper() for w in family[:-1])
    ):
        initials = family.pop().rstrip(".") + initials
    return family, initials


# Compiled once, as the patterns below: names are read for every reference of a list
_INITIAL_PART = re.compile(r"-?[^\W\d_]")  # "J", "-P" of "J-P"
_FAMILY = re.compile(r"[^\W\d_][\w'’.\- ]*")  # a family name's words: a letter first


@lru_cache(maxsize=4096)
def initials_to_given(token: str) -> str:
    """ "LE" -> "L. E.", "J-P" -> "J.-P.": the form CSL's initialize-with renders either way.
    Cached: a long list repeats the same few initials thousands of times."""
    out = []
    for part in _INITIAL_PART.findall(token):
        out.append(f"-{part[1]}." if part.startswith("-") else f"{part}.")
    given = " ".join(out)
    return given.replace(" -", "-")


def initials_of(given: str) -> str:
    """ "Lucy Elizabeth" or "L. E." -> "LE"; used to compare names across sources."""
    return "".join(w[0] for w in re.findall(r"[^\W\d_]+", given) if w).upper()


def split_particle(family: str) -> tuple[str, str]:
    """ "van der Sluis" -> ("van der", "Sluis"); a one-word family has no particle."""
    words = family.split()
    i = 0
    while i < len(words) - 1 and words[i].lower() in PARTICLES:
        i += 1
    return " ".join(words[:i]), " ".join(words[i:])


def _family_name(family: str, given: str = "", suffix: str = "") -> Name:
    particle, family = split_particle(family)
    return Name(family=family, given=given, non_dropping_particle=particle, suffix=suffix)


@lru_cache(maxsize=16384)
def parse_vancouver_name(text: str) -> Name | None:
    """ "Della Starza I" -> Name; None when the text does not look like one person's name.

    Cached: the same authors recur down a long list, and a Name is immutable, so the
    references may share one (time, and memory on lists of many thousands)."""
    words = text.split()
    suffix = ""
    if len(words) >= 3 and words[-1] in SUFFIXES:
        suffix = words.pop().rstrip(".")
    if len(words) < 2 or not is_initials(words[-1]):
        return None
    if len(words) >= 3 and words[-2] in SUFFIXES and not suffix:
        # "Silva Jr AA"; not a Portuguese kinship word, "Pinto Júnior EP", which is the
        # family name's (as PubMed and ABNT print it, "Pinto Júnior", and as a Zotero or
        # Crossref record holds it): a suffix would print "Pinto EP Júnior"
        suffix = words.pop(-2).rstrip(".")
    if len(words) >= 4 and words[-2] in _GIVEN_PARTICLES and is_initials(words[-3]):
        # "Nóia Júnior R de S" (Rogério de Souza): a particle between the given names'
        # initials is theirs, as PubMed prints it, not the family's last word
        family_words = words[:-3]
        given = f"{initials_to_given(words[-3])} {words[-2]} {initials_to_given(words[-1])}"
    else:
        family_words, initials = rejoin_initials(words[:-1], words[-1])
        given = initials_to_given(initials)
    family = " ".join(family_words)
    if not _FAMILY.fullmatch(family) or not any(c.isupper() for c in family):
        return None
    return _family_name(family, given, suffix)


# -- BibTeX names ---------------------------------------------------------------------------


_AND = re.compile(r"(?:(?<=\s)|^)and(?=\s|$)", re.IGNORECASE)


def split_bibtex_names(value: str) -> tuple[list[str], bool]:
    """Split an author field on top-level " and "; the second value says "and others" was there."""
    # Without braces every "and" is top-level and a regular expression finds them all.
    if "{" not in value and "}" not in value:
        parts = [p.strip() for p in _AND.split(value)]
    else:
        parts = _split_on_and(value)
    names = [p for p in parts if p]
    truncated = bool(names) and names[-1].lower() == "others"
    if truncated:
        names.pop()
    return names, truncated


def _split_on_and(value: str) -> list[str]:
    parts: list[str] = []
    depth, start, i = 0, 0, 0
    while i < len(value):
        c = value[i]
        if c == "{":
            depth += 1
        elif c == "}":
            depth -= 1
        elif (
            depth == 0
            and value[i : i + 3].lower() == "and"  # not the lowered text's offsets: "İ" is 2
            and (i == 0 or value[i - 1].isspace())
            and (i + 3 == len(value) or value[i + 3].isspace())
        ):
            parts.append(value[start:i].strip())
            start = i + 3
            i += 3
            continue
        i += 1
    parts.append(value[start:].strip())
    return parts


def _strip_braces(text: str) -> str:
    return text.replace("{", "").replace("}", "").strip()


def parse_bibtex_name(text: str) -> Name:
    """One BibTeX name in any of its three forms; a wholly braced name is an organisation."""
    text = text.strip()
    if text.startswith("{") and text.endswith("}") and "," not in text and _balanced_inner(text):
        return Name(literal=text[1:-1].strip())
    parts = _split_top_level(text, ",", keep_empty=True)
    if len(parts) >= 2:  # "von Last, First" or "von Last, Jr, First"; First may be empty
        last = parts[0]
        suffix = _strip_braces(parts[1]) if len(parts) == 3 else ""
        given = _strip_braces(parts[-1])
        # Leading particles, unless braced: "{Della Starza}" and "af {Da Silva}" keep their
        # braced words as the family name.
        words = _split_top_level(last, " ")
        i = 0
        while i < len(words) - 1 and words[i][:1] != "{" and words[i].lower() in PARTICLES:
            i += 1
        return Name(
            family=_strip_braces(" ".join(words[i:])),
            given=given,
            non_dropping_particle=" ".join(words[:i]),
            suffix=suffix,
        )
    words = _split_top_level(text, " ")
    if len(words) == 1:
        return Name(family=_strip_braces(words[0]))
    # "First von Last": the von part starts at the first lower-case word that is not last.
    for i, w in enumerate(words[:-1]):
        if w[:1].islower():
            return Name(
                given=_strip_braces(" ".join(words[:i])),
                non_dropping_particle=" ".join(x for x in words[i:-1] if x[:1].islower()),
                family=_strip_braces(
                    " ".join(x for x in words[i:-1] if not x[:1].islower()) + " " + words[-1]
                ),
            )
    return Name(family=_strip_braces(words[-1]), given=_strip_braces(" ".join(words[:-1])))


@lru_cache(maxsize=16384)
def format_bibtex_name(name: Name) -> str:
    """The "von Last, Jr, First" form, which every BibTeX and biber reader splits the same way.
    Cached: the same people recur across a library, and every export writes each name."""
    if name.literal:
        return "{" + name.literal + "}"
    name = replace(name, family=_guard_words(name.family), given=_guard_words(name.given))
    family = name.family
    if split_particle(family)[0]:
        family = "{" + family + "}"  # a family that merely starts like a particle stays whole
    last = f"{name.non_dropping_particle} {family}".strip()
    given = f"{name.given} {name.dropping_particle}".strip()
    if name.suffix:
        return f"{last}, {name.suffix}, {given}"
    if given:
        return f"{last}, {given}"
    # A lone family name of several words ("Scholte Houtem") needs the comma, or BibTeX
    # reads its first word as a given name; a braced one would read as an organisation.
    return f"{last}," if " " in last or last.startswith("{") else last


def _guard_words(text: str) -> str:
    """Brace a word "and" (any case) or a lone "others": unbraced, BibTeX reads them as the
    separator between names and as the "et al" mark."""
    lower = text.lower()
    if lower == "others":
        return "{" + text + "}"
    if "and" not in lower:
        return text
    return re.sub(r"(?i)(?<![^\s-])and(?![^\s-])", lambda m: "{" + m.group(0) + "}", text)


def _balanced_inner(text: str) -> bool:
    depth = 0
    for c in text[1:-1]:
        depth += (c == "{") - (c == "}")
        if depth < 0:
            return False
    return depth == 0


def _split_top_level(text: str, sep: str, *, keep_empty: bool = False) -> list[str]:
    if "{" not in text and "}" not in text:  # the common case: every separator is top-level
        parts = [part.strip() for part in text.split(sep)]
    else:
        parts = _split_outside_braces(text, sep)
    return parts if keep_empty else [p for p in parts if p]


def _split_outside_braces(text: str, sep: str) -> list[str]:
    parts: list[str] = []
    current: list[str] = []
    depth = 0
    for c in text:
        if c == "{":
            depth += 1
        elif c == "}":
            depth -= 1
        if c == sep and depth == 0:
            parts.append("".join(current).strip())
            current = []
        else:
            current.append(c)
    parts.append("".join(current).strip())
    return parts
