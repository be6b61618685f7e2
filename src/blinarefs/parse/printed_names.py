"""A printed list of names, as the labeller hands it over, into people and organisations.

The labeller says which tokens are the authors; how they divide into names is decided here,
by rules, because the printed forms are few and regular: Vancouver "Della Starza I, Costa
LDCF", APA "Von Salmuth, V., & Di Nota, P. M.", initials first "B.G. de Oliveira Maia, S.
Arcaro e R. Hesketh", and organisations ("World Health Organization (WHO)", "Centers for
Disease Control and Prevention"), which are one name however many words they have.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..model import Name
from ..names import (
    GENERATIONAL,
    PARTICLES,
    SUFFIXES,
    initials_to_given,
    is_initials,
    split_particle,
)
from .name_forms import (
    UPPER,
    abbreviated,
    after_et_al,
    after_organisation,
    glued_initials,
    normalised,
    organisation_before_title,
    without_years,
)

_ET_AL = re.compile(r"[,;]? ?\bet\.? ?al\b\.?|[,;]? ?\band (?:others|colleagues)\b", re.I)
# "eds", "(Ed.)", "editores", "(Org.)": not "ED", which is a person's initials ("Siggia ED").
_EDITOR_WORDS = re.compile(
    r"\(?\b(?:[Ee]ds?|[Ee]ditors?|[Ee]ditores|[Hh]rsg|[Oo]rgs?|[Cc]oord)\b\.?\)?\s*[:.,]?"
)
# Words only an organisation's name has (in the languages of the corpora).
ORGANISATION_WORDS = re.compile(
    r"\b(?:organi[sz]ations?|organizaci[oó]n|organiza[cç][aã]o|associations?|associa[cç][aã]o"
    r"|asociaci[oó]n|institut\w*|ministr\w*|minist[eé]rio|departments?|departamento"
    r"|universit\w*|universidad\w*|councils?|cent(?:er|re)s?|centro|consorti\w*|groups?"
    r"|grupo|agency|ag[eê]ncia|foundation|funda[cç][aã]o|fundaci[oó]n|committee|commission"
    r"|comiss[aã]o|office|bureau|societ\w*|sociedad\w*|college|federa\w+|union|network"
    r"|services?|survey|collaborat\w*|alliance|programm?e?|programa|secretari\w*|gmbh|inc"
    r"|ltd|corporation|hospital|hochschule|nations|government|authority|team|investigators"
    r"|panel|academy|statistics|initiative|task force|working|members|community|administration"
    r"|partnerships?|coalition|fund|bank|platforms?)\b",
    re.I,
)
# The last word of a study's or a trial's name, which is no person's family name ("Example
# Health Study", "Example Trialists"): not words of organisations in general, since a title
# sentence holds them too ("A Study of...").
_GROUP_LAST = re.compile(
    r"\s(?:Study|Studies|Trial|Trialists|Cohort|Registry|Project|Research|Gardens|Laborator(?:y|ies)"
    r"|Museum|Library)$"
)
# The words of an organisation's name no person has for a family name, which a reference
# manager inverting "Example Systems Office" leaves before the initials: "Office ESS"
_INVERTED = re.compile(
    r"Office|Ministry|Department|Committee|Council|Agency|Bureau|Institute|Association"
    r"|Commission|Secretariat|Organi[sz]ation"
)
# Lower-case words a person's name does not hold ("Centers for Disease Control").
_FUNCTION_WORD = re.compile(r"\s(?:for|of|the|on|für|at)\s")
# An organisation whose name enumerates what it covers, one word each ("Ministry of Health,
# Labour and Welfare", "Ministry of Agriculture, Forestry and Fisheries of Japan"): not
# people, who would have initials, nor organisations, which are more than one word or
# capitals ("WHO, UNICEF and UNFPA").
_ENUMERATING = re.compile(
    r"^([^,;]+)(?:, [A-Z][a-z]+){1,4},? (?:and|&) [A-Z][a-z]+(?: (?:of|in|for|the) [^,;]+)?"
)
# Conjunctions between the last two names; "e", "y" and "und" only after a whole name,
# since they are also inside names ("Aguera y Arcas B").
# (single spaces: read_names closes up runs of white space first)
_AND = re.compile(r" (?:and|&) ")
_AND_FOREIGN = re.compile(r"^(\S+ \S.*?) (?:e|y|und) (?=\S)")
# A given-first initial: "J.", "J.A.", "H.-G.", "Ch.", and the unpunctuated "JA" of "JA Smith".
_GIVEN_INITIAL = re.compile(rf"(?:[{UPPER}][a-z]?\.?(?:[-‐][{UPPER}][a-z]?\.?)?)+")


_SUFFIX_WORDS = frozenset(s.rstrip(".") for s in SUFFIXES)
# One spaced initial after a family name, "J.", "H.-G.", "J": dotted (True), or perhaps not
_SPACED_INITIAL = {
    dotted: re.compile(rf"[{UPPER}]{mark}(?:[-‐][{UPPER}]{mark})?")
    for dotted, mark in ((True, "\\."), (False, "\\.?"))
}
# Hyphenated initials after a family name, "L-G", "J.-P.", "T.-i.", and a two-syllable given
# name whose second part is not capitalised, "Y-xiao": one person's given name.
_HYPHENED_GIVEN = re.compile(r"[A-Z]‐[A-Z]|[A-Z]\.[-‐][a-z]\.?|[A-Z][a-z]?[-‐][a-z]+")


_NO_PERSON_MARK = re.compile(r"[(\d/]")


def is_organisation(text: str) -> bool:
    """Whether a name (with no comma in it) is an organisation's: a person's name opens or
    closes with initials ("Service FJ", "F. J. Service"), an organisation's has a word only
    organisations have, a parenthesis, a number, or a lower-case word such as "for"."""
    words = text.split()
    if len(words) > 2 and words[-1].rstrip(".") in _SUFFIX_WORDS:  # "Miller ER 3rd"
        words = words[:-1]
        text = " ".join(words)
    if (
        len(words) > 2
        and "." in words[0]
        and words[1][:1].isupper()
        and not any(_initial(w) for w in words[1:])
    ):
        # "U.S. Census Bureau": a country's initialism before an organisation's name (a
        # person's family name after initials is one word, "F.J. Service")
        return bool(ORGANISATION_WORDS.search(" ".join(words[1:])))
    if len(words) == 2 and is_initials(words[-1]) and _INVERTED.fullmatch(words[0]):
        return True  # "Office CSM": an organisation a reference manager inverted as a name
    if len(words) > 1 and (is_initials(words[-1]) or (_initial(words[0]) and "." in words[0])):
        return False
    return bool(
        ORGANISATION_WORDS.search(text)
        or _GROUP_LAST.search(text)
        or _NO_PERSON_MARK.search(text)
        or _FUNCTION_WORD.search(f" {text} ")
    )


def _initial(word: str) -> bool:
    """A given name's initial ("J.", "Th.", "A"); never a suffix ("Jr.", "Sr.")."""
    return (
        bool(_GIVEN_INITIAL.fullmatch(word))
        and (word.endswith(".") or word.isupper())
        and word.rstrip(".") not in _SUFFIX_WORDS
    )


def read_name(text: str) -> Name | None:
    """One printed person: "Della Starza I", "Costa LDCF", "Smith, J. A.", "J. A. Smith"."""
    words = text.replace(",", " , ").split()
    suffix = ""
    if len(words) >= 3 and words[-1].rstrip(".") in _SUFFIX_WORDS:
        suffix = words.pop().rstrip(".")
    trailing = len(words)
    while trailing > 2 and words[trailing - 1].lower() in PARTICLES:
        trailing -= 1
    if trailing < len(words) and is_initials(words[trailing - 1].replace(".", "")):
        # "Fersen L von", "Beek M. van den": the particle after the initials is the family
        # name's, printed last as in an index
        name = read_name(" ".join(words[:trailing]))
        if name is not None and not name.literal:
            return replace(name, dropping_particle=" ".join(words[trailing:]), suffix=suffix)
    if "," in words:  # "Smith, J. A." / "Smith, John"
        k = words.index(",")
        family, given = " ".join(words[:k]), " ".join(w for w in words[k + 1 :] if w != ",")
        if not family or not given:
            return None
        if not suffix and len(words[:k]) > 1 and words[k - 1].rstrip(".") in _SUFFIX_WORDS:
            # APA's "Roe Jr., A. C.": the suffix printed before the comma, after the family
            suffix, family = words[k - 1].rstrip("."), " ".join(words[: k - 1])
        compact = given.replace(".", "").replace(" ", "")
        if is_initials(compact) and "." not in given:
            given = initials_to_given(compact)
        particle, family = split_particle(family)
        return Name(family=family, given=given, non_dropping_particle=particle, suffix=suffix)
    if len(words) < 2:
        return None
    if name := pubmed_initials(words, suffix):
        return name
    if _HYPHENED_GIVEN.fullmatch(words[-1]) and not _initial(words[0]):
        # "Yu L-G", "Kim T.-i.", "Luo Y-xiao": the hyphenated initials (or a short given
        # name) of a Chinese or Korean name, after the family name
        given = words[-1].replace("‐", "-")
        given = initials_to_given(given) if is_initials(given) else given
        particle, family = split_particle(" ".join(words[:-1]))
        return Name(family, given, particle, suffix=suffix)
    # the initials after the family name: "LDCF", or dotted and spaced, "J. W." (Science)
    k = len(words) - 1
    if _SPACED_INITIAL[False].fullmatch(words[-1]):
        # "Roe J. W.", and undotted "Roe J W"
        initial = _SPACED_INITIAL[words[-1].endswith(".")]
        while k > 1 and initial.fullmatch(words[k - 1]):
            k -= 1
    last = "".join(words[k:]).replace(".", "")
    if is_initials(last) and len(last) <= 4 and not words[-1][0:1].islower():
        family_words = words[:k]
        generation = family_words[-1] in GENERATIONAL or family_words[-1] in SUFFIXES
        if len(family_words) > 1 and generation and not suffix:  # "Silva Jr AA"
            suffix = family_words.pop()
        particle, family = split_particle(" ".join(family_words))
        return Name(family, initials_to_given(last), particle, suffix=suffix)
    # "J. A. Smith", "G. da Silva David": the family is what follows the initials; without
    # initials ("John A. Smith", "Ludwig van Beethoven") it is the last word and its particles
    k = 0
    while k < len(words) - 1 and _initial(words[k]):
        k += 1
    if k == 0:
        k = len(words) - 1
        while k > 1 and words[k - 1].lower() in PARTICLES:
            k -= 1
    given = " ".join(words[:k])
    if not given:
        return None
    if all(w.lower() in PARTICLES for w in words[:k]):  # "Le Roch": a family name alone
        k, given = 0, ""
    particle, family = split_particle(" ".join(words[k:]))
    return Name(family=family, given=given, non_dropping_particle=particle, suffix=suffix)


# PubMed's initials of a Portuguese or Spanish name with "de" among the given names
# ("Barbosa Tde S", "Meneghim Mde C"), and the five or six initials of a name with as many
# given names ("Costa IBSDS").
_GLUED_PARTICLE = re.compile(r"([A-Z]{1,3})(?:de|da|do|dos|das|del)")
_LONG_INITIALS = re.compile(r"[A-Z]{5,6}")


def pubmed_initials(words: list[str], suffix: str) -> Name | None:
    family, initials = words[:-1], words[-1]
    if len(words) > 2 and (glued := _GLUED_PARTICLE.fullmatch(words[-2])) and is_initials(initials):
        family, initials = words[:-2], glued.group(1) + initials
    elif glued := _GLUED_PARTICLE.fullmatch(initials):
        initials = glued.group(1)
    elif inside := glued_initials(initials):  # "Silva MFd", "Brooke MdeL"
        initials = inside
    elif not _LONG_INITIALS.fullmatch(initials):
        return None
    if not family or not all(w[:1].isupper() and not w.isupper() for w in family):
        return None
    return Name(family=" ".join(family), given=initials_to_given(initials), suffix=suffix)


_GLUED_FAMILY = re.compile(r"(?<=\b[A-Z]\.)(?=[A-Z][a-z])")
_SEPARATOR = re.compile(r"[,;]")
_SEMICOLON = re.compile(r"\s*;\s*")
_LETTER = re.compile(r"[^\W\d_]")
_INITIALS_MARKS = re.compile(r"[.\s\-‐]")


def read_names(text: str) -> tuple[tuple[Name, ...], bool]:
    """A printed list of names -> (names, cut short with "et al")."""
    text = " ".join(normalised(text).split())
    truncated = bool(_ET_AL.search(text))
    text = _ET_AL.sub("", after_et_al(text, is_organisation))
    text = _EDITOR_WORDS.sub("", text).strip().strip(".,;: ")
    text = _GLUED_FAMILY.sub(" ", text)  # "N.P.Menezes"
    if not _SEPARATOR.search(text) and is_organisation(text):
        return (Name(literal=organisation_before_title(text, is_organisation)),), truncated
    if (m := _ENUMERATING.fullmatch(text)) and is_organisation(m.group(1)):
        return (Name(literal=text),), truncated
    pieces = [p.strip() for p in _SEMICOLON.split(text) if p.strip()]
    if len(pieces) == 1:
        pieces = _unseparated(text) or _comma_pieces(_and_to_comma(pieces[0]))
    else:  # "Kassebaum NJ, Smith AGC, Vos T, et al.; GBD 2015 Oral Health Collaborators"
        pieces = [
            q
            for p in pieces
            for q in (
                [p]
                if "," not in p and is_organisation(p)
                else _vancouver(_and_to_comma(p)) or [_and_to_comma(p)]
            )
        ]
    pieces = after_organisation(pieces, is_organisation)
    names: list[Name] = []
    vancouver = _mostly_vancouver(pieces)
    for piece in pieces:
        piece = without_years(piece.lstrip(" .,:").rstrip(" ,:"))
        if not _LETTER.search(piece):
            continue  # a stray mark the labeller took for a name
        name = None
        two = _TWO_INITIALS.fullmatch(piece)
        if vancouver and two and two.group(2) not in _SUFFIX_WORDS:
            # "Roe Jk" among "Doe AB, Poe C": two initials a copy lower-cased, not a name
            name = Name(family=two.group(1), given=initials_to_given(two.group(2).upper()))
        elif len(piece.split()) <= 10 and not is_organisation(piece):
            name = read_name(piece)
        if names and not names[-1].literal and piece.rstrip(".") in _SUFFIX_WORDS:
            # "P. E. Roe, Jr., S. Doe": the suffix of the name before it, not a name
            names[-1] = replace(names[-1], suffix=piece.rstrip("."))
            continue
        names.append(name if name is not None else Name(literal=piece))
    # initials first: "A. Gonçalves, R. Lopes"; not an acronym alone ("WHO, UNICEF")
    if pieces and len(pieces[0].split()) > 1 and _initial(pieces[0].split()[0]):
        # what follows the last person is the title or the journal the labeller took in,
        # not a name: "M. Alonso e E.J. Finn, Física (Editora", "R. Lopes, J. Exact Sci."
        while len(names) > 1 and (names[-1].literal or abbreviated(names[-1])):
            names.pop()
    return tuple(names), truncated


# A Vancouver name whose two initials were printed with the second in lower case ("Roe Jk").
_TWO_INITIALS = re.compile(r"^([A-Z][^\W\d_]+(?: [A-Z][^\W\d_]+)?) ([A-Z][a-z])$")


def _mostly_vancouver(pieces: list[str]) -> bool:
    """Whether most names of a list (three at least) end with their initials."""
    closed = sum(
        len(p.split()) > 1 and (is_initials(p.split()[-1]) or bool(_TWO_INITIALS.fullmatch(p)))
        for p in pieces
    )
    return len(pieces) >= 3 and 2 * closed >= len(pieces)


def _and_to_comma(text: str) -> str:
    """ "Smith J and Jones K", "Silva A e Souza B": the last two names, as the others; not
    the "and" inside an organisation's name ("Food and Agriculture Organization of the
    United Nations", "Centers for Disease Control and Prevention")."""

    def conjunction(m: re.Match[str]) -> str:
        left = text[: m.start()].rsplit(",", 1)[-1]
        right = text[m.end() :].split(",", 1)[0]
        whole = f"{left}{m.group()}{right}".strip()
        words = left.split()
        # "Roe JA and ...", "Roe J.A. and ...", "J. Roe and ..."
        person = bool(words) and (is_initials(words[-1].replace(".", "")) or words[0].endswith("."))
        two = is_organisation(left) and is_organisation(right)  # "... Development & WFP"
        keep = words and not person and not two and is_organisation(whole)
        return m.group() if keep else ", "

    return ", ".join(
        _AND_FOREIGN.sub(r"\1, ", p.strip()) for p in _AND.sub(conjunction, text).split(",")
    )


def _vancouver(text: str) -> list[str]:
    """The names of a Vancouver list ("Smith AB, Jones C"), or nothing if it is not one."""
    parts = [p.strip() for p in text.split(",")]
    vancouver = len(parts) > 1 and all(
        1 < len(p.split()) <= 4 and is_initials(p.split()[-1]) for p in parts
    )
    return parts if vancouver else []


def _unseparated(text: str) -> list[str]:
    """The names of a Vancouver list printed with no commas, each closed by its initials
    and perhaps a full stop ("Roe J. Doe AB. Poe C", "Roe J Doe A"), or nothing if the text
    is not two such names or more. A family word has a lower-case letter, initials have
    none, so the words divide one way only; "Marcia Nahikian Nelms KPS" is one name."""
    if _SEPARATOR.search(text):
        return []
    names: list[str] = []
    current: list[str] = []
    closed = False  # the current name has its initials
    for word in text.split():
        initials = word.replace(".", "")
        if initials and is_initials(initials) and (current or closed):
            if not closed:
                names.append(" ".join(current))
                current = []
            names[-1] = f"{names[-1]} {word}"
            closed = True
        elif word.lower() in PARTICLES or (word[:1].isupper() and not word.isupper()):
            current.append(word)
            closed = False
        elif word in {"and", "&"} and closed:
            continue
        else:
            return []
    return [n.rstrip(".") for n in names] if len(names) > 1 and not current else []


def _abnt_family(part: str) -> bool:
    """ "ROE", "DA SILVA": a family name in capitals, as ABNT (Brazil's standard) prints it."""
    return part.isupper() and all(len(w) > 1 for w in part.split()) and len(part.split()) <= 3


def _has_initials(part: str) -> bool:
    return any(_initial(w) or is_initials(w) for w in part.split())


def _full_given_first(part: str) -> bool:
    """ "Karen Birch", "John": a given name written out, first, and no initials closing it."""
    words = part.split()
    return (
        0 < len(words) <= 4
        and len(words[0]) > 1
        and words[0][0].isupper()
        and words[0].isalpha()
        and not _initial(words[-1])
        and not is_initials(words[-1])
    )


def _comma_pieces(text: str) -> list[str]:
    """Split on commas, but keep "Smith, J. A." and "Von Salmuth, V." together (APA: the
    initials follow the family name and a comma), and Chicago's inverted first name."""
    parts = [p.strip() for p in text.split(",") if p.strip()]
    if (
        len(parts) >= 2
        and len(parts[0].split()) == 1
        and not _has_initials(parts[0])
        and all(_full_given_first(p) for p in parts[1:3])
    ):  # Chicago: "Alder, John, Karen Birch, and Lee Cedar": only the first is inverted
        parts[:2] = [f"{parts[0]}, {parts[1]}"]
    if len(parts) == 2 and _abnt_family(parts[0]) and _full_given_first(parts[1]):
        return [f"{parts[0]}, {parts[1]}"]  # ABNT's one author: "ROE, João"
    out: list[str] = []
    for part in parts:
        compact = _INITIALS_MARKS.sub("", part)
        joins = (
            out
            and "," not in out[-1]
            and len(out[-1].split()) <= 3
            # ABNT's family name in capitals before dotted initials ("ROE, J. A."), which
            # an acronym before another ("WHO, UNICEF") is not
            and (
                not _has_initials(out[-1])
                or (_abnt_family(out[-1]) and ("." in part or len(compact) == 1))
            )
            and is_initials(compact)
        )
        if joins:
            out[-1] = f"{out[-1]}, {part}"
        else:
            out.append(part)
    return out
