"""One printed name: a person's, in the forms lists print it (Vancouver "Costa LDCF", APA
"Smith, J. A.", initials first "J. A. Smith", PubMed's "Barbosa Tde S"), or an
organisation's, told from a person's by its words. :mod:`.printed_names` cuts a list into
such names; what each one is, is read here.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from ..model import Name
from ..names import (
    PARTICLES,
    SUFFIXES,
    initials_to_given,
    is_initials,
    rejoin_initials,
    split_particle,
)
from .kinship_names import kinship_after_initials
from .name_forms import UPPER, glued_initials
from .public_bodies import PUBLIC_BODIES

# Words only an organisation's name has (in the languages of the corpora).
ORGANISATION_WORDS = re.compile(
    r"\b(?:organi[sz]ations?|organizaci[oó]n|organiza[cç][aã]o|associations?|associa[cç][aã]o"
    r"|asociaci[oó]n|institut\w*|ministr\w*|minist[eé]rio|departments?|departamento"
    r"|universit\w*|universidad\w*|councils?|conselhos?|consejos?|conseils?|cent(?:er|re)s?|centro|consorti\w*|(?:work)?groupe?s?"
    r"|grupo|agency|ag[eê]ncia|boards?|foundation|funda[cç][aã]o|fundaci[oó]n|(?:sub)?committee|commission"
    r"|comiss[aã]o|office|bureau|societ\w*|sociedad\w*|college|federa\w+|union|network"
    r"|services?|survey|collaborat\w*|alliance|programm?e?|programa|secretari\w*|gmbh|inc"
    r"|ltd|corporation|hospital|hochschule|nations|government|authority|team|investigators"
    r"|panel|academ(?:y|ies)|statistics|initiative|task force|working|members|community"
    r"|consultations?|administration|partnerships?|coalition|fund|bank|platforms?|international|associates|corp"
    # a ministry's units, as Portuguese and Spanish lists print them after it ("Ministério
    # da Examples, Diretoria de Testes, Coordenação de Amostras")
    r"|coordena[cç][aã]o|coordinaci[oó]n|diretorias?|subchefia|presid[eê]ncia|subsecretar\w*"
    r"|superintend[eê]ncia|comit[eê]|servi[cç]os?|servicios?"
    # German bodies, a society's or a working group's name ("Examplia Gesellschaft für ...",
    # "Arbeitsgemeinschaft Beispiel ...")
    r"|\w*gesellschaft(?:en)?|arbeitsgemeinschaft(?:en)?)\b",
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
# A given-first initial: "J.", "J.A.", "H.-G.", "Ch.", and the unpunctuated "JA" of "JA Smith".
_GIVEN_INITIAL = re.compile(rf"(?:[{UPPER}][a-z]?\.?(?:[-‐][{UPPER}][a-z]?\.?)?)+")
# Initials each with its full stop ("S.J.", "M. R."): never a family name, so a word in
# capitals after them is the family, not undotted initials ("S.J. ROE", as zoology's
# lists print every name after the first, initials first, in capitals)
_DOTTED_ONLY = re.compile(rf"(?:[{UPPER}]\.)+")


SUFFIX_WORDS = frozenset(s.rstrip(".") for s in SUFFIXES)
# Spaced initials after a family name: dotted (True), one or more to a word, however the
# spaces fall ("J.", "H.-G.", "L.K." of "Roe S. L.K."); or perhaps not (False: "J", "J.")
_SPACED_INITIAL = {
    True: re.compile(rf"(?:[{UPPER}]\.(?:[-‐][{UPPER}]\.)?)+"),
    False: re.compile(rf"[{UPPER}]\.?(?:[-‐][{UPPER}]\.?)?"),
}
# (its full stop may be the list's last, taken off: "Roe R. M. d"; not "e" nor "y", "and")
_LOWER_INITIAL = re.compile(r"[a-z]\.|[a-df-xz]")
# Hyphenated initials after a family name, "L-G", "J.-P.", "T.-i.", and a two-syllable given
# name whose second part is not capitalised, "Y-xiao": one person's given name.
_HYPHENED_GIVEN = re.compile(r"[A-Z]‐[A-Z]|[A-Z]\.[-‐][a-z]\.?|[A-Z][a-z]?[-‐][a-z]+")


_NO_PERSON_MARK = re.compile(r"[(\d/]")
# A word in capitals, two letters or more: undotted initials ("LE", "DA") where a
# particle's letters would be small or capitalised ("le", "Da")
_CAPITALS = re.compile(rf"[{UPPER}]{{2,}}")
# A country's initialism, and an agency's acronym after it (no person is "US" or "UK" with
# three initials or more)
_COUNTRY = re.compile(r"US|U\.S\.|USA|UK|U\.K\.|EU")
_AGENCY = re.compile(r"[A-Z]{3,6}")
# APA's and Harvard's inverted person: one family word, its comma, dotted initials ("Board,
# P.", "Service, F. J.", "College, J.-P."), whatever the family word means elsewhere
_INVERTED_PERSON = re.compile(rf"(?<![\w'’\-‐])[{UPPER}][\w'’\-‐]*+, (?:[{UPPER}]\.[\s\-‐]?)+")
# The words that join a group to the people before it: "and the Example Study Group", "&
# Example Group", "for the Example Investigators", "on behalf of the Example Consortium"
GROUP_JOINED = re.compile(r"^(?:(?:and|&|for|on behalf of)\s+)+(?:the\s+)?", re.I)


@lru_cache(maxsize=4096)
def is_organisation(text: str) -> bool:
    """Whether a name (with no comma in it but APA's "Service, F. J.") is an organisation's: a
    person's name opens or closes with initials ("Service FJ", "F. J. Service", "Service,
    F. J."), an organisation's has a word only
    organisations have, a parenthesis, a number, or a lower-case word such as "for", or is
    a public body's official name (:data:`.public_bodies.PUBLIC_BODIES`: "Health and Safety
    Executive", no word of which is an organisation's only). Cached: reading one list of
    names asks it of the same pieces several times."""
    words = text.split()
    if len(words) > 2 and words[-1].rstrip(".") in SUFFIX_WORDS:  # "Miller ER 3rd"
        words = words[:-1]
        text = " ".join(words)
    if (
        len(words) > 2
        and "." in words[0]
        and words[1][:1].isupper()
        and not any(given_initial(w) for w in words[1:])
    ):
        # "U.S. Census Bureau": a country's initialism before an organisation's name (a
        # person's family name after initials is one word, "F.J. Service")
        return bool(ORGANISATION_WORDS.search(" ".join(words[1:])))
    if len(words) == 2 and is_initials(words[-1]) and _INVERTED.fullmatch(words[0]):
        return True  # "Office CSM": an organisation a reference manager inverted as a name
    if len(words) > 2 and text.isupper() and ORGANISATION_WORDS.fullmatch(words[0]):
        # ABNT's bodies in capitals, "FUNDAÇÃO EXEMPLO CRUZ", "ASSOCIAÇÃO BRASILEIRA DE":
        # a last word of capitals is no initials after a word only organisations have
        return True
    if country_agency(words):
        return True
    if len(words) > 1 and (is_initials(words[-1]) or (given_initial(words[0]) and "." in words[0])):
        return False
    if _INVERTED_PERSON.fullmatch(text):  # "Board, P.": the initials make it a person
        return False
    return bool(
        ORGANISATION_WORDS.search(text)
        or text in PUBLIC_BODIES
        or _GROUP_LAST.search(text)
        or _NO_PERSON_MARK.search(text)
        or _FUNCTION_WORD.search(f" {text} ")
    )


def country_agency(words: list[str]) -> bool:
    """Whether a name's words are a country's initialism and an agency's acronym ("US EPA",
    "UK HSE"), which lists print as a body and the readers took for a family name and its
    initials ("US, E. P. A.")."""
    return len(words) == 2 and bool(_COUNTRY.fullmatch(words[0]) and _AGENCY.fullmatch(words[1]))


def given_initial(word: str) -> bool:
    """A given name's initial ("J.", "Th.", "A"); never a suffix ("Jr.", "Sr.") nor the
    "St." of a family name ("St. Roe, J.", "J. St. Roe": Saint, as "St Roe J" prints it)."""
    # (the string tests first: most words asked are not initials, and fail them in C)
    return (
        (word.endswith(".") or word.isupper())
        and bool(_GIVEN_INITIAL.fullmatch(word))
        and word.rstrip(".") not in SUFFIX_WORDS
        and word != "St."
    )


@lru_cache(maxsize=16384)
def read_name(text: str) -> Name | None:
    """One printed person: "Della Starza I", "Costa LDCF", "Smith, J. A.", "J. A. Smith".
    Cached, as :func:`..names.parse_vancouver_name` is: a list names its authors' group
    again and again (a fifth of the names of a long list are read before), a Name cannot
    be changed, and the reading is the printed piece's alone."""
    words = text.replace(",", " , ").split()
    suffix = ""
    if len(words) >= 3 and words[-1].rstrip(".") in SUFFIX_WORDS:
        suffix = words.pop().rstrip(".")
    if kinship := kinship_after_initials(words):  # "Roe AB Filho": "Roe Filho", A. B.
        name = read_name(" ".join(words[:-1]))
        if name is not None and not name.literal:
            return replace(name, family=f"{name.family} {kinship}", suffix=suffix)
    trailing = len(words)
    while trailing > 2 and words[trailing - 1].lower() in PARTICLES:
        trailing -= 1
    if (
        trailing < len(words)
        and is_initials(words[trailing - 1].replace(".", ""))
        and not given_initial(words[0])
    ):
        # "Fersen L von", "Beek M. van den": the particle after the initials is the family
        # name's, printed last as in an index; after initials printed first it is the
        # family name itself ("N. T. Le", "H. Da")
        name = read_name(" ".join(words[:trailing]))
        if name is not None and not name.literal:
            return replace(name, dropping_particle=" ".join(words[trailing:]), suffix=suffix)
    lower = [k for k, w in enumerate(words) if k > 1 and _LOWER_INITIAL.fullmatch(w)]
    if lower and not given_initial(words[0]):
        # "Roe A. d.", "Roe L. a.", "Roe V. d. S. S.": a particle ("d." of "de") or an
        # initial lower-cased among the dotted initials (Frontiers' print of a reference
        # manager's names)
        start = lower[0] - 1
        while start > 1 and _SPACED_INITIAL[True].fullmatch(words[start - 1]):
            start -= 1
        run = words[start:]
        kept = [w for w in run if not _LOWER_INITIAL.fullmatch(w)]
        if kept and all(_SPACED_INITIAL[True].fullmatch(w) for w in kept):
            name = read_name(" ".join([*words[:start], *kept]))
            if name is not None and not name.literal and run[0] == kept[0]:
                return replace(name, given=" ".join(run), suffix=suffix)
    if "," in words:  # "Smith, J. A." / "Smith, John"
        k = words.index(",")
        family, given = " ".join(words[:k]), " ".join(w for w in words[k + 1 :] if w != ",")
        if not family or not given:
            return None
        if not suffix and len(words[:k]) > 1 and words[k - 1].rstrip(".") in SUFFIX_WORDS:
            # APA's "Roe Jr., A. C.": the suffix printed before the comma, after the family
            suffix, family = words[k - 1].rstrip("."), " ".join(words[: k - 1])
        compact = given.replace(".", "").replace(" ", "")
        if is_initials(compact) and ("." not in given or " " not in given.strip()):
            given = initials_to_given(compact)  # "JA", "J.A." -> "J. A.", as "Roe J.A." is
        particle, family = split_particle(family)
        return Name(family=family, given=given, non_dropping_particle=particle, suffix=suffix)
    if len(words) < 2:
        return None
    if name := pubmed_initials(words, suffix):
        return name
    if _HYPHENED_GIVEN.fullmatch(words[-1]) and not given_initial(words[0]):
        # "Yu L-G", "Kim T.-i.", "Luo Y-xiao": the hyphenated initials (or a short given
        # name) of a Chinese or Korean name, after the family name
        given = words[-1].replace("‐", "-")
        given = initials_to_given(given) if is_initials(given) else given
        particle, family = split_particle(" ".join(words[:-1]))
        return Name(family, given, particle, suffix=suffix)
    # the initials after the family name: "LDCF", or dotted and spaced, "J. W." (Science)
    k = len(words) - 1
    # the list's last full stop may have been taken off with its end ("Roe S. L.K")
    last_word = words[-1] + ("." if "." in words[-1] and not words[-1].endswith(".") else "")
    dotted = bool(_SPACED_INITIAL[True].fullmatch(last_word))
    if dotted or _SPACED_INITIAL[False].fullmatch(words[-1]):
        # "Roe J. W.", "Roe S. L.K.", "Roe S.L. K.", and undotted "Roe J W"
        initial = _SPACED_INITIAL[dotted]
        while k > 1 and initial.fullmatch(words[k - 1]):
            k -= 1
    if k == len(words) - 1 and not _SPACED_INITIAL[False].fullmatch(words[-1]):
        # "Roe R A.M": one initial, then the others dotted together ("van der A DL": no)
        while (
            k > 1
            and _SPACED_INITIAL[False].fullmatch(words[k - 1])
            and words[k - 2].lower() not in PARTICLES
        ):
            k -= 1
    last = "".join(words[k:]).replace(".", "")
    if (
        is_initials(last)
        and len(last) <= 4
        and not words[-1][0:1].islower()
        and not all(_DOTTED_ONLY.fullmatch(w) for w in words[:k])
    ):
        family_words, last = rejoin_initials(words[:k], last)  # "Roe ME V"
        generation = family_words[-1] in SUFFIXES  # "Silva Jr AA" (not "Santos Neto LL")
        if len(family_words) > 1 and generation and not suffix:
            suffix = family_words.pop()
        particle, family = split_particle(" ".join(family_words))
        return Name(family, initials_to_given(last), particle, suffix=suffix)
    # "J. A. Smith", "G. da Silva David": the family is what follows the initials; without
    # initials ("John A. Smith", "Ludwig van Beethoven") it is the last word and its particles
    k = 0
    while k < len(words) - 1 and given_initial(words[k]):
        k += 1
    if k == 0:
        k = len(words) - 1
        while k > 1 and words[k - 1].lower() in PARTICLES:
            k -= 1
    given = " ".join(words[:k])
    if not given:
        return None
    if all(w.lower() in PARTICLES and not _CAPITALS.fullmatch(w) for w in words[:k]):
        k, given = 0, ""  # "Le Roch": a family name alone; "LE Roch": initials, a name
    particle, family = split_particle(" ".join(words[k:]))
    return Name(family=family, given=given, non_dropping_particle=particle, suffix=suffix)


# PubMed's initials of a Portuguese or Spanish name with "de" among the given names
# ("Barbosa Tde S", "Meneghim Mde C"), and the five or six initials of a name with as many
# given names ("Costa IBSDS").
_GLUED_PARTICLE = re.compile(r"([A-Z]{1,3})(?:de|da|do|dos|das|del)")
_LONG_INITIALS = re.compile(r"[A-Z]{5,6}")
# NLM's initials of a name transliterated from Cyrillic keep its digraphs: "Belov IIu" (I.
# Iu.), "Orlov AIa", "Popov ZhK": two or three initials, one of them such a digraph
_DIGRAPH = r"Iu|Ia|Zh|Kh|Ts|Ch|Sh"
_CYRILLIC_INITIALS = re.compile(rf"(?:[A-Z](?![a-z])|{_DIGRAPH}){{2,3}}")


# Initials with a small letter between two of them ("MaM": a particle's or a conjunction's
# letter kept among a name's initials): capitals, never two small letters together
_MIXED_INITIALS = re.compile(r"[A-Z](?:[a-z]?[A-Z]){1,3}")


def pubmed_initials(words: list[str], suffix: str) -> Name | None:
    # the initials' full stop, as lists that dot every name print it ("Roe MFd., Doe AB.")
    last = words[-1][:-1] if words[-1].endswith(".") and words[-1].count(".") == 1 else words[-1]
    family, initials = words[:-1], last
    if len(words) > 2 and (glued := _GLUED_PARTICLE.fullmatch(words[-2])) and is_initials(initials):
        family, initials = words[:-2], glued.group(1) + initials
    elif glued := _GLUED_PARTICLE.fullmatch(initials):
        initials = glued.group(1)
    elif inside := glued_initials(initials):  # "Silva MFd", "Brooke MdeL"
        initials = inside
    elif _CYRILLIC_INITIALS.fullmatch(initials) and not initials.isupper():
        if not family or not all(w[:1].isupper() and not w.isupper() for w in family):
            return None
        given = " ".join(f"{i}." for i in re.findall(rf"{_DIGRAPH}|[A-Z]", initials))
        return Name(family=" ".join(family), given=given, suffix=suffix)
    elif _MIXED_INITIALS.fullmatch(initials) and not initials.isupper():  # "Roe MaM"
        initials = "".join(c for c in initials if c.isupper())
    elif not _LONG_INITIALS.fullmatch(initials):
        return None
    if not family or not all(w[:1].isupper() and not w.isupper() for w in family):
        return None
    return Name(family=" ".join(family), given=initials_to_given(initials), suffix=suffix)


_DOTTED_LAST = re.compile(r"(?<= )(?:[A-Z]\.[-‐]?){1,3}[A-Z]?$")


# a hyphen before hyphenated initials, "Lee -C-C" for "Lee C-C" (as PMC prints some lists)
LEADING_HYPHEN = re.compile(r"(?<= )-(?=[A-Z](?:-[A-Z])+(?:[,;.]|$))")


def undotted_initials(piece: str) -> str:
    """ "Roe J.", "Roe D.D.", "Roe L.K" (Nucleic Acids Research's names) as Vancouver's
    "Roe J", "Roe DD", "Roe LK", and "Lee -C-C" as "Lee C-C": the same name, read by the
    same rules."""
    # (each pattern tried only where its mark is: every name of every list is asked)
    if " -" in piece:
        piece = LEADING_HYPHEN.sub("", piece)
    if "." not in piece:
        return piece
    return _DOTTED_LAST.sub(lambda m: m.group().replace(".", ""), piece)
